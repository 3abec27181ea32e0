#include "demo/regiongenerator.h"
#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "store/citizensearch.h"
#include "store/connection.h"
#include "text/namekey.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

constexpr qint64 noiseCitizens = 5000;

struct GoldenRow
{
    QString query;
    QString name;
    QString nationalNumber;
};

QList<GoldenRow> readGolden()
{
    QList<GoldenRow> rows;
    QFile f(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/names-golden.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        rows.append({cols.value(0), cols.value(1), cols.value(2)});
    }
    return rows;
}

bool contains(const QList<CitizenHit> &hits, const QString &id)
{
    return std::any_of(hits.cbegin(), hits.cend(),
                       [&id](const CitizenHit &h) { return h.id == id; });
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void nationalNumberNotations_data();
    void nationalNumberNotations();
    void narrowsByYearDateAndStreet();
    void reportNumber();
    void exactWordsComeFirst();
    void planQuotesEveryToken();
    void planForReportNumberSearchesOnlyReports();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CitizenSearch> m_search;
    QHash<QString, QString> m_idByName; // golden full name -> citizen id
    Citizen m_pieter;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<Connection>(u"search-test"_s);
    QVERIFY2(m_connection->open(m_dir.filePath(u"cache.db"_s)),
             qPrintable(m_connection->errorString()));
    CacheWriter writer(*m_connection);
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
    WriteTransaction tx(m_connection->database());
    QVERIFY(tx.isActive());

    // Noise: a generated region, so that common names have many namesakes.
    demo::RegionGenerator region({42, noiseCitizens, QDate(2026, 11, 28)});
    for (const Municipality &m : region.municipalities())
        QVERIFY(writer.upsert(m));
    for (qint64 i = 0; i < region.citizenCount(); ++i) {
        const demo::CitizenBundle b = region.citizen(i);
        QVERIFY2(writer.upsert(b.citizen), qPrintable(writer.errorString()));
        for (const Report &r : b.reports)
            QVERIFY2(writer.upsert(r), qPrintable(writer.errorString()));
    }

    // The golden citizens: the first word of the name is the given name, the rest the family name.
    int sequence = 1;
    for (const GoldenRow &row : readGolden()) {
        if (m_idByName.contains(row.name))
            continue;
        Citizen c;
        c.id = u"golden-%1"_s.arg(m_idByName.size());
        const qsizetype space = row.name.indexOf(u' ');
        c.givenNames = row.name.left(space);
        c.familyName = row.name.mid(space + 1);
        c.nationalNumber = row.nationalNumber.isEmpty()
                               ? NationalNumber::make(QDate(1977, 4, 1), sequence++ * 2).digits()
                               : row.nationalNumber;
        c.birthDate = u"1977-04-01"_s;
        c.street = u"Molenstraat"_s;
        c.houseNumber = u"3"_s;
        c.postcode = u"3020"_s;
        c.city = u"Herent"_s;
        c.version = 1;
        QVERIFY2(writer.upsert(c), qPrintable(writer.errorString()));
        m_idByName.insert(row.name, c.id);
    }
    QVERIFY(m_idByName.size() >= 15);

    m_pieter = {};
    m_pieter.id = u"pieter-two"_s;
    m_pieter.givenNames = u"Pieter"_s;
    m_pieter.familyName = u"Vandevelde"_s;
    m_pieter.nationalNumber = NationalNumber::make(QDate(1954, 3, 12), 417).digits();
    m_pieter.birthDate = u"1954-03-12"_s;
    m_pieter.street = u"Zwaluwenstraat"_s;
    m_pieter.houseNumber = u"88"_s;
    m_pieter.postcode = u"3001"_s;
    m_pieter.city = u"Heverlee"_s;
    m_pieter.version = 1;
    QVERIFY(writer.upsert(m_pieter));
    Report r;
    r.id = u"report-golden"_s;
    r.publicNumber = u"M-2026-0000142"_s;
    r.categoryCode = u"streetlight"_s;
    r.createdAt = u"2026-03-02T09:00:00Z"_s;
    r.citizenIds = {m_pieter.id};
    r.version = 1;
    QVERIFY(writer.upsert(r));
    QVERIFY2(tx.commit(), qPrintable(tx.errorString()));

    m_search = std::make_unique<CitizenSearch>(m_connection->database());
}

void TestSearch::golden_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    const auto rows = readGolden();
    QVERIFY2(rows.size() >= 30, "tests/data/names-golden.tsv is missing or short");
    for (const GoldenRow &row : rows)
        QTest::addRow("%s -> %s", qPrintable(row.query), qPrintable(row.name))
            << row.query << row.name;
}

void TestSearch::golden()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    const QList<CitizenHit> hits = m_search->find(query, 50);
    QVERIFY2(m_search->errorString().isEmpty(), qPrintable(m_search->errorString()));
    QVERIFY2(contains(hits, m_idByName.value(name)),
             qPrintable(u"%1 not among the %2 results"_s.arg(name).arg(hits.size())));
}

void TestSearch::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("double quote") << u"\"jan"_s;
    QTest::newRow("unbalanced quotes") << u"\"\"\"peeters\""_s;
    QTest::newRow("star alone") << u"*"_s;
    QTest::newRow("star prefix") << u"*jan*"_s;
    QTest::newRow("NEAR") << u"NEAR(jan peeters, 2)"_s;
    QTest::newRow("AND OR NOT") << u"jan AND OR NOT peeters"_s;
    QTest::newRow("column filter") << u"search_key:jan"_s;
    QTest::newRow("colon alone") << u":"_s;
    QTest::newRow("minus") << u"-jan"_s;
    QTest::newRow("caret") << u"^jan"_s;
    QTest::newRow("parentheses") << u"(jan) (peeters"_s;
    QTest::newRow("braces") << u"{search_key}: jan"_s;
    QTest::newRow("plus") << u"jan + peeters"_s;
    QTest::newRow("sql") << u"'; DROP TABLE citizen; --"_s;
    QTest::newRow("percent underscore") << u"%_%"_s;
    QTest::newRow("emoji") << u"😀🙈 jan 👍"_s;
    QTest::newRow("only emoji") << u"😀"_s;
    QTest::newRow("right-to-left") << u"سعيد بن علي"_s;
    QTest::newRow("rtl marks") << u"\u202Ejan\u202C"_s;
    QTest::newRow("hebrew") << u"שלום"_s;
    QTest::newRow("combining marks alone") << u"\u0301\u0308"_s;
    QTest::newRow("zero width") << u"ja\u200Bn"_s;
    QTest::newRow("nul") << QString(QChar(0)) + u"jan"_s;
    QTest::newRow("control chars") << u"\t\n\r jan"_s;
    QTest::newRow("2000 characters") << QString(2000, u'a');
    QTest::newRow("2000 characters of words") << QString(u"jan \" * : - ( "_s).repeated(2000 / 14);
    QTest::newRow("long digits") << QString(2000, u'9');
    QTest::newRow("dots and dashes") << u"..--..//"_s;
    QTest::newRow("report-like garbage") << u"M-----"_s;
    QTest::newRow("whitespace") << u"   "_s;
    QTest::newRow("empty") << QString();
}

void TestSearch::hostileInputNeverFails()
{
    QFETCH(QString, query);
    const QList<CitizenHit> hits = m_search->find(query, 50);
    QVERIFY2(m_search->errorString().isEmpty(), qPrintable(m_search->errorString()));
    QVERIFY(hits.size() <= 50);
    // The citizen table is intact afterwards.
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM citizen"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toLongLong() > noiseCitizens);
}

void TestSearch::nationalNumberNotations_data()
{
    QTest::addColumn<QString>("query");
    const QString d = NationalNumber::make(QDate(1954, 3, 12), 417).digits();
    const auto n = NationalNumber::parse(d);
    QTest::newRow("digits") << d;
    QTest::newRow("formatted") << n->formatted();
    QTest::newRow("spaces") << d.left(6) + u' ' + d.mid(6, 3) + u' ' + d.mid(9);
    QTest::newRow("prefix with dots") << n->formatted().left(8);
    QTest::newRow("birth part only") << d.left(6);
}

void TestSearch::nationalNumberNotations()
{
    QFETCH(QString, query);
    const auto hits = m_search->find(query, 50);
    QVERIFY2(contains(hits, m_pieter.id), qPrintable(query));
}

void TestSearch::narrowsByYearDateAndStreet()
{
    // "pieter" alone has many namesakes in a generated region; each addition narrows.
    for (const QString &q :
         {u"pieter 1954"_s, u"vandevelde 12/03/1954"_s, u"pieter 1954-03-12"_s,
          u"pieter zwaluwenstraat"_s, u"vandevelde heverlee"_s, u"zwaluwenstraat 88"_s}) {
        const auto hits = m_search->find(q, 50);
        QVERIFY2(contains(hits, m_pieter.id), qPrintable(q));
        for (const CitizenHit &h : hits) {
            if (q.contains(u"1954"_s))
                QVERIFY2(h.birthDate.startsWith(u"1954"_s) || h.postcode == u"1954"_s ||
                             h.houseNumber.startsWith(u"1954"_s),
                         qPrintable(q + u" gave "_s + h.fullName() + u' ' + h.birthDate));
        }
    }
    const auto none = m_search->find(u"vandevelde 1955"_s, 50);
    QVERIFY(!contains(none, m_pieter.id));
}

void TestSearch::reportNumber()
{
    for (const QString &q :
         {u"M-2026-0000142"_s, u"m-2026-142"_s, u"M 2026 142"_s, u"M-2026-00001"_s}) {
        const auto hits = m_search->find(q, 50);
        QVERIFY2(contains(hits, m_pieter.id), qPrintable(q));
    }
}

void TestSearch::exactWordsComeFirst()
{
    // "jan" is a given name, a word of street names (Jan Stasstraat) and a prefix of
    // Janssens: people called Jan come first, then people living in a "Jan" street.
    const auto hits = m_search->find(u"jan"_s, 50);
    QVERIFY(!hits.isEmpty());
    auto isNamedJan = [](const CitizenHit &h) {
        const QStringList tokens =
            namekey::indexTokens(h.givenNames) +
            namekey::indexTokens(h.familyName, namekey::Particles::SplitAttached);
        return tokens.contains(u"jan"_s);
    };
    QVERIFY(isNamedJan(hits.first()));
    bool seenOther = false;
    for (const CitizenHit &h : hits) {
        if (!isNamedJan(h))
            seenOther = true;
        else
            QVERIFY2(!seenOther,
                     qPrintable(h.fullName() + u" came after someone not called Jan"_s));
    }
}

void TestSearch::planQuotesEveryToken()
{
    const QString expr =
        CitizenSearch::ftsExpression(u"d'hondt NEAR \"x\" *"_s, CitizenSearch::Matching::Prefixes);
    QCOMPARE(expr, u"(\"dhondt\"* OR (\"d\"* AND \"hondt\"*)) AND \"near\"* AND \"x\"*"_s);
}

void TestSearch::planForReportNumberSearchesOnlyReports()
{
    const SearchPlan full = CitizenSearch::plan(u"M-2025-32"_s, 50);
    QVERIFY(!full.steps.isEmpty());
    for (const SearchStep &step : full.steps)
        QCOMPARE(step.kind, SearchStep::Kind::ReportNumber);
    // "M 2014" may still be a name with a birth year: names are searched too.
    const SearchPlan yearOnly = CitizenSearch::plan(u"M 2014"_s, 50);
    QVERIFY(std::any_of(yearOnly.steps.cbegin(), yearOnly.steps.cend(), [](const SearchStep &s) {
        return s.kind != SearchStep::Kind::ReportNumber;
    }));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
