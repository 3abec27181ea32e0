#include "demo/demoseed.h"
#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "store/citizensearch.h"
#include "store/connection.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "sync/wire.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QDate today(2026, 11, 28);
constexpr qint64 citizens = 3000;

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString pragma(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Records as the regional API would send them, sorted by id, for comparing sets.
template<typename Record> QStringList asJson(const QList<Record> &records)
{
    QStringList out;
    for (const Record &r : records)
        out.append(
            QString::fromUtf8(QJsonDocument(wire::toJson(r)).toJson(QJsonDocument::Compact)));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestDemoSeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void isANormalCache();
    void countsMatchTheGenerator();
    void dossiersMatchTheGenerator_data();
    void dossiersMatchTheGenerator();
    void searchFindsGeneratedCitizens_data();
    void searchFindsGeneratedCitizens();
    void searchIndexFollowsLaterEdits();
    void progressIsReported();
    void cancelLeavesNoFileBehind_data();
    void cancelLeavesNoFileBehind();
    void replacesAnEarlierDemoCache();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    demo::RegionOptions m_options{11, citizens, today};
    QList<QPair<qint64, qint64>> m_progress;
};

void TestDemoSeed::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const bool ok = demo::seedCache(
        path(u"demo.db"_s), m_options,
        [this](qint64 done, qint64 total) {
            m_progress.append({done, total});
            return true;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestDemoSeed::isANormalCache()
{
    // Nothing but the cache is left in the directory: no .partial, no shard.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"demo.db"_s});

    Connection c(u"check"_s);
    QVERIFY2(c.open(path(u"demo.db"_s), Connection::Mode::ReadOnly), qPrintable(c.errorString()));
    const QSqlDatabase db = c.database();
    QCOMPARE(schema::userVersion(db), schema::latestVersion());
    QCOMPARE(pragma(db, u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(pragma(db, u"PRAGMA foreign_key_check"_s), QString());
    // The bulk path dropped the search triggers and indexes; all of them are back.
    for (const QString &name :
         {u"citizen_fts_insert"_s, u"citizen_fts_delete"_s, u"citizen_fts_update"_s,
          u"citizen_national_number"_s, u"citizen_municipality"_s, u"report_public_number"_s,
          u"report_citizen_citizen"_s, u"document_citizen"_s, u"contact_moment_citizen"_s}) {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s);
        q.addBindValue(name);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(name));
    }
    const CacheReader reader(db);
    QCOMPARE(reader.meta(u"kind"_s), u"demo"_s);
    QCOMPARE(reader.meta(u"demo_seed"_s), u"11"_s);
    QCOMPARE(reader.meta(u"demo_citizens"_s), QString::number(citizens));
    QCOMPARE(reader.meta(u"demo_today"_s), u"2026-11-28"_s);
}

void TestDemoSeed::countsMatchTheGenerator()
{
    const demo::RegionGenerator region(m_options);
    qint64 reports = 0, statuses = 0, links = 0, documents = 0, events = 0, contacts = 0;
    for (qint64 i = 0; i < citizens; ++i) {
        const demo::CitizenBundle b = region.citizen(i);
        reports += b.reports.size();
        for (const Report &r : b.reports) {
            statuses += r.history.size();
            links += r.citizenIds.size();
        }
        documents += b.documents.size();
        for (const Document &d : b.documents)
            events += d.history.size();
        contacts += b.contacts.size();
    }
    Connection c(u"counts"_s);
    QVERIFY(c.open(path(u"demo.db"_s), Connection::Mode::ReadOnly));
    const QSqlDatabase db = c.database();
    QCOMPARE(CacheReader(db).citizenCount(), citizens);
    QCOMPARE(count(db, u"SELECT count(*) FROM citizen_fts"_s), citizens);
    QCOMPARE(count(db, u"SELECT count(*) FROM report"_s), reports);
    QCOMPARE(count(db, u"SELECT count(*) FROM report_status"_s), statuses);
    QCOMPARE(count(db, u"SELECT count(*) FROM report_citizen"_s), links);
    QCOMPARE(count(db, u"SELECT count(*) FROM document"_s), documents);
    QCOMPARE(count(db, u"SELECT count(*) FROM document_event"_s), events);
    QCOMPARE(count(db, u"SELECT count(*) FROM contact_moment"_s), contacts);
    QCOMPARE(CacheReader(db).municipalities().size(), region.municipalities().size());
    QCOMPARE(CacheReader(db).categories().size(), region.categories().size());
    QVERIFY(reports > 0 && documents > 0 && contacts > 0);
}

void TestDemoSeed::dossiersMatchTheGenerator_data()
{
    QTest::addColumn<qint64>("index");
    for (qint64 i : {qint64(0), qint64(1), qint64(498), qint64(499), qint64(1234), qint64(2047),
                     qint64(2048), citizens - 1})
        QTest::addRow("citizen %lld", i) << i;
}

void TestDemoSeed::dossiersMatchTheGenerator()
{
    QFETCH(qint64, index);
    const demo::CitizenBundle b = demo::RegionGenerator(m_options).citizen(index);
    Connection c(u"dossier"_s);
    QVERIFY(c.open(path(u"demo.db"_s), Connection::Mode::ReadOnly));
    const auto dossier = CacheReader(c.database()).dossier(b.citizen.id);
    QVERIFY(dossier);
    QCOMPARE(asJson(QList<Citizen>{dossier->citizen}), asJson(QList<Citizen>{b.citizen}));
    QCOMPARE(asJson(dossier->documents), asJson(b.documents));
    QCOMPARE(asJson(dossier->contacts), asJson(b.contacts));
    // The dossier also holds reports this citizen co-reported; every own report is there.
    const QStringList stored = asJson(dossier->reports);
    for (const QString &report : asJson(b.reports))
        QVERIFY2(stored.contains(report), qPrintable(report));
}

void TestDemoSeed::searchFindsGeneratedCitizens_data()
{
    QTest::addColumn<qint64>("index");
    QTest::addColumn<QString>("how");
    for (qint64 i : {qint64(5), qint64(777), citizens - 1}) {
        for (const QString &how : {u"name"_s, u"national number"_s, u"formatted number"_s})
            QTest::addRow("citizen %lld by %s", i, qPrintable(how)) << i << how;
    }
}

void TestDemoSeed::searchFindsGeneratedCitizens()
{
    QFETCH(qint64, index);
    QFETCH(QString, how);
    const Citizen wanted = demo::RegionGenerator(m_options).citizen(index).citizen;
    QString query;
    if (how == u"name"_s)
        query = wanted.givenNames + u' ' + wanted.familyName + u' ' + wanted.birthDate.left(4);
    else if (how == u"national number"_s)
        query = wanted.nationalNumber;
    else
        query = NationalNumber::parse(wanted.nationalNumber)->formatted();
    Connection c(u"search"_s);
    QVERIFY(c.open(path(u"demo.db"_s), Connection::Mode::ReadOnly));
    CitizenSearch search(c.database());
    const QList<CitizenHit> hits = search.find(query, 50);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));
    QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                         [&](const CitizenHit &h) { return h.id == wanted.id; }),
             qPrintable(query));
    if (how != u"name"_s)
        QCOMPARE(hits.size(), 1);
}

void TestDemoSeed::searchIndexFollowsLaterEdits()
{
    // The triggers are back: a later ordinary write is searchable at once.
    QFile::copy(path(u"demo.db"_s), path(u"edited.db"_s));
    Connection c(u"edit"_s);
    QVERIFY(c.open(path(u"edited.db"_s)));
    {
        CacheWriter writer(c);
        WriteTransaction tx(c.database());
        Citizen added;
        added.id = u"added-later"_s;
        added.familyName = u"Zwanepoel"_s;
        added.givenNames = u"Quirina"_s;
        added.birthDate = u"1970-01-02"_s;
        QVERIFY2(writer.upsert(added), qPrintable(writer.errorString()));
        QVERIFY(tx.commit());
    }
    CitizenSearch search(c.database());
    const QList<CitizenHit> hits = search.find(u"quirina zwanepoel"_s, 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, u"added-later"_s);
}

void TestDemoSeed::progressIsReported()
{
    QVERIFY(m_progress.size() >= 3);
    QCOMPARE(m_progress.first(), (QPair<qint64, qint64>(0, citizens)));
    QCOMPARE(m_progress.last(), (QPair<qint64, qint64>(citizens, citizens)));
    for (qsizetype i = 1; i < m_progress.size(); ++i) {
        QVERIFY(m_progress.at(i).first >= m_progress.at(i - 1).first);
        QCOMPARE(m_progress.at(i).second, citizens);
    }
}

void TestDemoSeed::cancelLeavesNoFileBehind_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::addColumn<bool>("existing");
    QTest::newRow("before the first citizen") << 1 << false;
    QTest::newRow("half way") << 3 << false;
    QTest::newRow("half way, over an earlier cache") << 3 << true;
}

void TestDemoSeed::cancelLeavesNoFileBehind()
{
    QFETCH(int, cancelAtCall);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"cancelled.db"_s);
    QByteArray before;
    if (existing) {
        QVERIFY(QFile::copy(path(u"demo.db"_s), target));
        before = fileHash(target);
    }
    int calls = 0;
    QString error;
    const bool ok = demo::seedCache(
        target, {3, 20000, today}, [&](qint64, qint64) { return ++calls < cancelAtCall; }, &error);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(calls, cancelAtCall);
    if (existing) {
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"cancelled.db"_s});
        QCOMPARE(fileHash(target), before);
    } else {
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }
}

void TestDemoSeed::replacesAnEarlierDemoCache()
{
    const QString target = path(u"replaced.db"_s);
    QVERIFY(QFile::copy(path(u"demo.db"_s), target));
    // A leftover WAL of the old cache must not be replayed into the new one.
    QFile wal(target + u"-wal"_s);
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(4096, 'x'));
    wal.close();
    QString error;
    QVERIFY2(demo::seedCache(target, {12, 1000, today}, {}, &error), qPrintable(error));
    Connection c(u"replaced"_s);
    QVERIFY(c.open(target, Connection::Mode::ReadOnly));
    const CacheReader reader(c.database());
    QCOMPARE(reader.meta(u"demo_seed"_s), u"12"_s);
    QCOMPARE(reader.citizenCount(), qint64(1000));
    QCOMPARE(pragma(c.database(), u"PRAGMA integrity_check"_s), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
