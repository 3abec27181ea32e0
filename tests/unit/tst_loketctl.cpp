#include "demo/regiongenerator.h"
#include "model/belgiantime.h"
#include "model/nationalnumber.h"
#include "store/connection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QDate demoToday(2026, 11, 28);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

Run loketctl(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(LOKETCTL_PATH), arguments);
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The line `loketctl search` prints for a citizen.
QString searchLine(const Citizen &c)
{
    return QStringList{c.id, c.fullName(), c.birthDate, c.nationalNumber, c.addressLine()}.join(
        u'\t');
}

} // namespace

class TestLoketctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void seedAndSearch_data();
    void seedAndSearch();
    void searchLimit();
    void seedLeavesOtherFilesAlone();
    void searchOfAMissingCache();
    void importReportsBadRowsAndImportsGoodOnes();
    void reimportUpdates();
    void importRefusesADemoCache();
    void worklistsMatchTheGeneratedRegion();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    demo::RegionOptions m_options{5, 2000, demoToday};
};

void TestLoketctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LOKETCTL_PATH)), LOKETCTL_PATH);
    const Run r = loketctl({u"seed"_s, u"--db"_s, path(u"demo.db"_s), u"--citizens"_s, u"2000"_s,
                            u"--seed"_s, u"5"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.outLines().size(), 1);
    QVERIFY2(r.out.contains(u"2000 citizens"_s), qPrintable(r.out));
}

void TestLoketctl::helpAndVersion()
{
    const Run help = loketctl({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : {u"seed"_s, u"search"_s, u"import"_s})
        QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(help.out));
    const Run version = loketctl({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), u"loketctl %1"_s.arg(QStringLiteral(LOKET_VERSION)));
    const Run seedHelp = loketctl({u"seed"_s, u"--help"_s});
    QCOMPARE(seedHelp.exitCode, 0);
    QVERIFY(seedHelp.out.startsWith(u"Usage: loketctl seed"_s));
    QVERIFY(seedHelp.out.contains(u"--citizens"_s));
}

void TestLoketctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = u"whatever.db"_s;
    QTest::newRow("nothing") << QStringList() << u"Usage: loketctl COMMAND"_s;
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
    QTest::newRow("unknown option") << QStringList{u"seed"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("seed without --db")
        << QStringList{u"seed"_s, u"--citizens"_s, u"10"_s} << u"--db is required"_s;
    QTest::newRow("seed without --citizens")
        << QStringList{u"seed"_s, u"--db"_s, db} << u"--citizens is required"_s;
    QTest::newRow("seed, not a number")
        << QStringList{u"seed"_s, u"--db"_s, db, u"--citizens"_s, u"many"_s} << u"not \"many\""_s;
    QTest::newRow("seed, zero") << QStringList{u"seed"_s, u"--db"_s, db, u"--citizens"_s, u"0"_s}
                                << u"from 1 to 1000000"_s;
    QTest::newRow("seed, too many")
        << QStringList{u"seed"_s, u"--db"_s, db, u"--citizens"_s, u"1000001"_s}
        << u"from 1 to 1000000"_s;
    QTest::newRow("seed, bad seed")
        << QStringList{u"seed"_s, u"--db"_s, db, u"--citizens"_s, u"5"_s, u"--seed"_s, u"-1"_s}
        << u"--seed needs a whole number"_s;
    QTest::newRow("search without a query")
        << QStringList{u"search"_s, u"--db"_s, db} << u"give a QUERY"_s;
    QTest::newRow("search, bad limit")
        << QStringList{u"search"_s, u"--db"_s, db, u"--limit"_s, u"ten"_s, u"x"_s}
        << u"--limit needs a whole number"_s;
    QTest::newRow("search without --db")
        << QStringList{u"search"_s, u"peeters"_s} << u"--db is required"_s;
    QTest::newRow("worklist without a list")
        << QStringList{u"worklist"_s, u"--db"_s, db} << u"name one LIST"_s;
    QTest::newRow("worklist, unknown list")
        << QStringList{u"worklist"_s, u"--db"_s, db, u"unopened"_s} << u"unknown list"_s;
    QTest::newRow("worklist, bad date")
        << QStringList{u"worklist"_s, u"--db"_s, db, u"--today"_s, u"28/11/2026"_s, u"unread"_s}
        << u"--today needs a date"_s;
    QTest::newRow("bench worklists, bad days")
        << QStringList{u"bench"_s, u"worklists"_s, u"--db"_s, db, u"--days"_s, u"-1"_s}
        << u"--days"_s;
    QTest::newRow("import without --citizens")
        << QStringList{u"import"_s, u"--db"_s, db} << u"--citizens is required"_s;
}

void TestLoketctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = loketctl(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    const QString said = arguments.isEmpty() ? r.out : r.err;
    QVERIFY2(said.contains(message), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(u"whatever.db"_s));
}

void TestLoketctl::seedAndSearch_data()
{
    QTest::addColumn<qint64>("index");
    QTest::addColumn<QString>("how");
    for (qint64 i : {qint64(3), qint64(1999)}) {
        for (const QString &how :
             {u"name"_s, u"number"_s, u"formatted number"_s, u"words as arguments"_s})
            QTest::addRow("citizen %lld by %s", i, qPrintable(how)) << i << how;
    }
}

void TestLoketctl::seedAndSearch()
{
    QFETCH(qint64, index);
    QFETCH(QString, how);
    const Citizen c = demo::RegionGenerator(m_options).citizen(index).citizen;
    QStringList query;
    if (how == u"name"_s)
        query = {c.givenNames + u' ' + c.familyName + u' ' + c.birthDate.left(4)};
    else if (how == u"number"_s)
        query = {c.nationalNumber};
    else if (how == u"formatted number"_s)
        query = {NationalNumber::parse(c.nationalNumber)->formatted()};
    else
        query = (c.familyName + u' ' + c.givenNames).split(u' ');
    const Run r = loketctl(QStringList{u"search"_s, u"--db"_s, path(u"demo.db"_s)} + query);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.outLines();
    QVERIFY2(lines.contains(searchLine(c)),
             qPrintable(describe(r) + u"\nwanted:\n"_s + searchLine(c)));
    static const QRegularExpression format(
        u"^[0-9a-f-]{36}\\t[^\\t]+ [^\\t]+\\t\\d{4}-\\d{2}-\\d{2}\\t\\d{11}\\t[^\\t]+ \\S+, \\d{4} [^\\t]+$"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    if (how.contains(u"number"_s))
        QCOMPARE(lines, QStringList{searchLine(c)});
}

void TestLoketctl::searchLimit()
{
    const Run all = loketctl(
        {u"search"_s, u"--db"_s, path(u"demo.db"_s), u"--limit"_s, u"1000"_s, u"kerkstraat"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.outLines().size() > 3, qPrintable(describe(all)));
    const Run three = loketctl(
        {u"search"_s, u"--db"_s, path(u"demo.db"_s), u"--limit"_s, u"3"_s, u"kerkstraat"_s});
    QCOMPARE(three.exitCode, 0);
    QCOMPARE(three.outLines().size(), 3);
    const Run none = loketctl({u"search"_s, u"--db"_s, path(u"demo.db"_s), u"zzzqqqxxx"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QString());
}

void TestLoketctl::seedLeavesOtherFilesAlone()
{
    const QString other = path(u"notes.txt"_s);
    QVERIFY(writeFile(other, "not a cache\n"));
    const QByteArray before = fileHash(other);
    const Run r = loketctl({u"seed"_s, u"--db"_s, other, u"--citizens"_s, u"10"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(r.err.contains(u"is not a demo cache"_s));
    QCOMPARE(fileHash(other), before);
    QVERIFY(!QFile::exists(other + u".partial"_s));
}

void TestLoketctl::searchOfAMissingCache()
{
    const Run r = loketctl({u"search"_s, u"--db"_s, path(u"missing.db"_s), u"peeters"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(r.err.contains(u"does not exist"_s));
    QVERIFY(!QFile::exists(path(u"missing.db"_s)));
}

void TestLoketctl::importReportsBadRowsAndImportsGoodOnes()
{
    // As a Belgian Excel writes it: a byte order mark, semicolons, quotes where needed.
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "national_number;family_name;given_names;birth_date;street;house_number;postcode;"
        "municipality;language\r\n"
        "85073003328;Peeters;Jan Frans;1985-07-30;Kerkstraat;12;3020;Herent;nl\r\n"
        "85073003329;Janssens;Els;1985-07-30;Kerkstraat;14;3020;Herent;nl\r\n"
        "54031212390;;Marc;1954-03-12;Molenstraat;3;3001;Heverlee;nl\r\n"
        "01010100225;Maes;Lotte;2001-13-45;Molenstraat;5;3001;Heverlee;nl\r\n"
        "17051234507;Claes;Mil;2017-05-12;Naamsestraat;8;3000;Leuven\r\n"
        "\"00022901234\";\"Van den Broeck\";\"Anne\nMarie\";29/02/2000;\"Tiensestraat; "
        "achterbouw\";\"7 bus 2\";3000;Leuven;FR\r\n"
        "85473003317;Yılmaz;Ayşe;1985-07-30;Diestsesteenweg;101;3010;Kessel-Lo;dutch\r\n"
        "99123199841;Şahin;Zeynep;1999-12-31;Aarschotsesteenweg;2;3012;Wilsele;tr\r\n"
        "\r\n";
    QVERIFY(writeFile(path(u"register.csv"_s), csv));
    const QString db = path(u"register.db"_s);
    const Run r = loketctl({u"import"_s, u"--db"_s, db, u"--citizens"_s, path(u"register.csv"_s)});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(
        r.errLines(),
        (QStringList{
            u"line 3: invalid national number: The last two digits do not match the rest: a digit was probably mistyped."_s,
            u"line 4: the family name is missing"_s,
            u"line 5: the birth date \"2001-13-45\" is not a valid date (expected YYYY-MM-DD)"_s,
            u"line 6: expected 9 fields, found 8"_s,
            u"line 9: the language \"dutch\" is not a two-letter code such as nl or fr"_s,
        }));
    QCOMPARE(r.out.trimmed(),
             u"Imported 3 citizens into %1 (3 new, 0 updated); refused 5 rows."_s.arg(db));

    const Run jan = loketctl({u"search"_s, u"--db"_s, db, u"jan peeters"_s});
    QCOMPARE(jan.exitCode, 0);
    QCOMPARE(jan.outLines().size(), 1);
    const QStringList fields = jan.outLines().first().split(u'\t');
    QCOMPARE(fields.mid(1), (QStringList{u"Jan Frans Peeters"_s, u"1985-07-30"_s, u"85073003328"_s,
                                         u"Kerkstraat 12, 3020 Herent"_s}));
    QVERIFY(QRegularExpression(
                u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                .match(fields.first())
                .hasMatch());

    // Quoted fields: a separator and a line break inside quotes, a DD/MM/YYYY date.
    const Run anne = loketctl({u"search"_s, u"--db"_s, db, u"00.02.29-012.34"_s});
    QCOMPARE(anne.exitCode, 0);
    QCOMPARE(anne.outLines().size(), 1);
    QCOMPARE(
        anne.outLines().first().section(u'\t', 1),
        u"Anne Marie Van den Broeck\t2000-02-29\t00022901234\tTiensestraat; achterbouw 7 bus 2, 3000 Leuven"_s);
    const Run zeynep = loketctl({u"search"_s, u"--db"_s, db, u"sahin"_s});
    QCOMPARE(zeynep.outLines().size(), 1);

    // Municipality names map to NIS codes, languages are stored lower case.
    Connection c(u"check"_s);
    QVERIFY(c.open(db, Connection::Mode::ReadOnly));
    QSqlQuery q(c.database());
    QVERIFY(q.exec(
        u"SELECT national_number, municipality_nis, language, version FROM citizen ORDER BY national_number"_s));
    QStringList rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}
                    .join(u' ');
    QCOMPARE(rows, (QStringList{u"00022901234 24062 fr 0"_s, u"85073003328 24038 nl 0"_s,
                                u"99123199841 24062 tr 0"_s}));
}

void TestLoketctl::reimportUpdates()
{
    const QString db = path(u"update.db"_s);
    QVERIFY(writeFile(path(u"first.csv"_s),
                      "national_number,family_name,given_names,birth_date,street,house_number,"
                      "postcode,municipality,language\n"
                      "85073003328,Peeters,Jan,1985-07-30,Kerkstraat,12,3020,Herent,nl\n"));
    const Run first = loketctl({u"import"_s, u"--db"_s, db, u"--citizens"_s, path(u"first.csv"_s)});
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY(first.err.isEmpty());
    const QString id =
        loketctl({u"search"_s, u"--db"_s, db, u"85073003328"_s}).out.section(u'\t', 0, 0);
    QVERIFY(!id.isEmpty());

    // Moved house; the same person under the same number, columns in another order.
    QVERIFY(
        writeFile(path(u"second.csv"_s),
                  "language,municipality,postcode,house_number,street,birth_date,given_names,"
                  "family_name,national_number\n"
                  "nl,Rotselaar,3110,4,Provinciebaan,1985-07-30,Jan,Peeters,85.07.30-033.28\n"));
    const Run second =
        loketctl({u"import"_s, u"--db"_s, db, u"--citizens"_s, path(u"second.csv"_s)});
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QVERIFY(second.out.contains(u"(0 new, 1 updated)"_s));
    const Run found = loketctl({u"search"_s, u"--db"_s, db, u"peeters"_s});
    QCOMPARE(
        found.outLines(),
        QStringList{id +
                    u"\tJan Peeters\t1985-07-30\t85073003328\tProvinciebaan 4, 3110 Rotselaar"_s});
    QCOMPARE(loketctl({u"search"_s, u"--db"_s, db, u"kerkstraat"_s}).out, QString());
}

void TestLoketctl::importRefusesADemoCache()
{
    QVERIFY(writeFile(path(u"one.csv"_s),
                      "national_number;family_name;given_names;birth_date;street;house_number;"
                      "postcode;municipality;language\n"
                      "85073003328;Peeters;Jan;1985-07-30;Kerkstraat;12;3020;Herent;nl\n"));
    const QByteArray before = fileHash(path(u"demo.db"_s));
    const Run r =
        loketctl({u"import"_s, u"--db"_s, path(u"demo.db"_s), u"--citizens"_s, path(u"one.csv"_s)});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(r.err.contains(u"is a demo cache"_s));
    QCOMPARE(fileHash(path(u"demo.db"_s)), before);

    const Run missing =
        loketctl({u"import"_s, u"--db"_s, path(u"x.db"_s), u"--citizens"_s, path(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"cannot read"_s));
    QVERIFY(writeFile(path(u"header.csv"_s), "national_number;family_name\n85073003328;Peeters\n"));
    const Run header =
        loketctl({u"import"_s, u"--db"_s, path(u"x.db"_s), u"--citizens"_s, path(u"header.csv"_s)});
    QCOMPARE(header.exitCode, 1);
    QVERIFY2(
        header.err.contains(u"line 1: the header lacks the column(s) given_names, birth_date"_s),
        qPrintable(header.err));
}

void TestLoketctl::worklistsMatchTheGeneratedRegion()
{
    // The expected lists, worked out from the generator's own records rather than from SQL.
    const demo::RegionGenerator region(m_options);
    QList<std::pair<QString, QString>> unread;   // (delivered at, document id)
    QList<std::pair<QString, QString>> returned; // (returned at, document id)
    const QString cutoff = u"2026-11-13"_s;      // more than 15 days before 28 November
    for (qint64 i = 0; i < region.citizenCount(); ++i) {
        const demo::CitizenBundle b = region.citizen(i);
        for (const Document &d : b.documents) {
            const DocumentStatus now = Document::currentStatus(d.history);
            QString delivered;
            QString returnedAt;
            bool read = false;
            for (const DocumentEvent &e : d.history) {
                if (e.status == DocumentStatus::Delivered &&
                    (delivered.isEmpty() || e.at < delivered))
                    delivered = e.at;
                if (e.status == DocumentStatus::Returned)
                    returnedAt = e.at;
                read = read || e.status == DocumentStatus::Read;
            }
            if (!b.citizen.assistanceNotes.isEmpty() && d.channel == DeliveryChannel::Ebox &&
                !read && now != DocumentStatus::Expired && !delivered.isEmpty() &&
                belgianDate(delivered).toString(Qt::ISODate) < cutoff)
                unread.append({delivered, d.id});
            if (now == DocumentStatus::Returned)
                returned.append({returnedAt, d.id});
        }
    }
    std::sort(unread.begin(), unread.end());
    std::sort(returned.begin(), returned.end());
    QVERIFY(!unread.isEmpty());
    QVERIFY(!returned.isEmpty());

    for (const auto &[list, expected] :
         {std::pair{u"unread"_s, unread}, {u"returned"_s, returned}}) {
        const Run r = loketctl(
            {u"worklist"_s, u"--db"_s, path(u"demo.db"_s), u"--today"_s, u"2026-11-28"_s, list});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QStringList ids;
        for (const QString &line : r.outLines()) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 8);
            ids << fields.first();
        }
        QStringList wanted;
        for (const auto &e : expected)
            wanted << e.second;
        QCOMPARE(ids, wanted);
    }
    const Run bench = loketctl({u"bench"_s, u"worklists"_s, u"--db"_s, path(u"demo.db"_s),
                                u"--today"_s, u"2026-11-28"_s, u"--repeat"_s, u"1"_s, u"--json"_s});
    QVERIFY2(bench.exitCode == 0, qPrintable(describe(bench)));
    QVERIFY2(bench.out.contains(u"\"unread\":{"_s) && bench.out.contains(u"\"returned\":{"_s),
             qPrintable(bench.out));
}

QTEST_GUILESS_MAIN(TestLoketctl)
#include "tst_loketctl.moc"
