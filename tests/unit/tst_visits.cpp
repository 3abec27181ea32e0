// Home visits in the cache (issue 7, items 1 and 3): the wire form and rules of a visit, the
// visit rows and their readiness, the command that plans one offline, the feed's visit records,
// the expiry purge with an injected clock (exactly the expired dossiers go; current ones and
// ones with unsent changes stay), and the remote wipe that deletes the cache files.

#include "fakenetwork.h"
#include "model/accessentry.h"
#include "model/visit.h"
#include "store/cachewipe.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/guideprogresstable.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storecommand.h"
#include "store/visitlist.h"
#include "sync/changeapplier.h"
#include "sync/changefeed.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::VisitReadiness)

namespace {

// A clock the test moves by hand; read from the store thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start)
        : m_ms(start.toMSecsSinceEpoch())
    {}
    QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(m_ms.load(), QTimeZone::utc());
    }
    void advanceDays(int days) { m_ms += qint64(days) * 24 * 3600 * 1000; }

private:
    std::atomic<qint64> m_ms;
};

// Noon in Brussels on 12 March 2026 (UTC+1): the same calendar day in UTC and in Belgium.
const QDateTime noon(QDate(2026, 3, 12), QTime(11, 0), QTimeZone::utc());
const QDate today(2026, 3, 12);

enum class Unsent { None, ContactMoment, DocumentAction, GuideProgress, Visit };

Visit visit(const QString &id, const QString &citizenId, QDate date, const QString &purpose = {})
{
    Visit v;
    v.id = id;
    v.citizenId = citizenId;
    v.staffId = u"demo-outreach-24062"_s;
    v.date = date;
    v.purpose = purpose;
    v.version = 1;
    v.updatedAt = u"2026-03-01T10:00:00.000Z"_s;
    return v;
}

Citizen citizen(const QString &id, const QString &family)
{
    Citizen c;
    c.id = id;
    c.familyName = family;
    c.givenNames = u"Marie"_s;
    c.birthDate = u"1950-04-02"_s;
    c.street = u"Kerkstraat"_s;
    c.houseNumber = u"12"_s;
    c.postcode = u"3000"_s;
    c.city = u"Leuven"_s;
    c.municipalityNis = u"24062"_s;
    c.version = 3;
    c.updatedAt = u"2026-03-01T10:00:00Z"_s;
    return c;
}

// A citizen with one record of every kind, and an access-log entry for their dossier.
bool addDossier(CacheWriter &writer, GuideProgressTable &progress, const QString &id,
                const QString &family)
{
    Document d;
    d.id = id + u"-doc"_s;
    d.citizenId = id;
    d.title = u"Tax assessment"_s;
    d.sentAt = u"2026-03-01T08:00:00Z"_s;
    d.version = 1;
    ContactMoment m;
    m.id = id + u"-contact"_s;
    m.citizenId = id;
    m.topic = u"ebox"_s;
    m.occurredAt = u"2026-03-02T09:00:00Z"_s;
    m.version = 1;
    DocumentAction a;
    a.id = id + u"-action"_s;
    a.citizenId = id;
    a.kind = DocumentActionKind::EboxActivationHelp;
    a.occurredAt = u"2026-03-02T09:05:00Z"_s;
    a.version = 1;
    GuideProgress g;
    g.citizenId = id;
    g.guideId = u"ebox"_s;
    g.stepId = u"open-app"_s;
    g.id = guideProgressId(g.citizenId, g.guideId, g.stepId);
    g.status = StepStatus::Alone;
    g.version = 1;
    Report r;
    r.id = id + u"-report"_s;
    r.publicNumber = u"M-2026-0001"_s;
    r.categoryCode = u"street_light"_s;
    r.createdAt = u"2026-03-01T08:00:00Z"_s;
    r.citizenIds = {id};
    r.version = 1;
    AccessEntry e;
    e.id = id + u"-access"_s;
    e.citizenId = id;
    e.occurredAt = u"2026-03-02T09:00:00.000Z"_s;
    e.version = 4; // delivered
    return writer.upsert(citizen(id, family)) && writer.upsert(d) && writer.upsert(m) &&
           writer.upsert(a) && progress.upsert(g) && writer.upsert(r) && writer.insert(e);
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return u"<no row: %1>"_s.arg(q.lastError().text());
    return q.value(0).toString();
}

// How many rows of the citizen's dossier the cache holds, table by table.
QString dossierRows(const QSqlDatabase &db, const QString &id)
{
    QStringList counts;
    for (const QString &sql :
         {u"SELECT count(*) FROM citizen WHERE id = '%1'"_s,
          u"SELECT count(*) FROM document WHERE citizen_id = '%1'"_s,
          u"SELECT count(*) FROM contact_moment WHERE citizen_id = '%1'"_s,
          u"SELECT count(*) FROM document_action WHERE citizen_id = '%1'"_s,
          u"SELECT count(*) FROM guide_progress WHERE citizen_id = '%1'"_s,
          u"SELECT count(*) FROM report_citizen WHERE citizen_id = '%1'"
          " AND report_id <> 'r-shared'"_s,
          u"SELECT count(*) FROM citizen_fts WHERE citizen_fts MATCH 'kerkstraat' AND rowid IN"
          " (SELECT local_id FROM citizen WHERE id = '%1')"_s})
        counts << scalar(db, sql.arg(id));
    return counts.join(u' ');
}

const QString fullDossier = u"1 1 1 1 1 1 1"_s;
const QString noDossier = u"0 0 0 0 0 0 0"_s;

} // namespace

class TestVisits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void wireRoundTrip_data();
    void wireRoundTrip();
    void wireRefuses_data();
    void wireRefuses();
    void problem_data();
    void problem();
    void current_data();
    void current();
    void readiness_data();
    void readiness();

    void writerKeepsTheOrigin();
    void rowsJoinWhatTheCacheKnows();
    void feedVisitsAreApplied();
    void addVisitWritesRowAndOutboxEntry();
    void invalidVisitIsRefused();

    void purge_data();
    void purge();
    void purgeFollowsTheClock();
    void counterCacheIsNeverPurged();

    void deleteCacheFilesRemovesCompanions();
    void wipeRequestDeletesTheCache();

private:
    QString newPath() { return m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches)); }
    static std::unique_ptr<Store> openStore(const StoreOptions &options);

    QTemporaryDir m_dir;
    int m_caches = 0;
};

void TestVisits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Store> TestVisits::openStore(const StoreOptions &options)
{
    auto store = std::make_unique<Store>(options);
    QSignalSpy opened(store.get(), &Store::opened);
    store->open();
    if (!opened.wait(20000) || !opened.first().first().toBool())
        return nullptr;
    return store;
}

void TestVisits::wireRoundTrip_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QDate>("date");
    QTest::newRow("planned here, not yet on the hub")
        << u"help with the eBox"_s << qint64(0) << QDate(2026, 3, 14);
    QTest::newRow("from the hub, no purpose") << QString() << qint64(7) << QDate(2026, 12, 31);
    QTest::newRow("accents and quotes")
        << u"uitleg \"belastingbrief\", één keer"_s << qint64(2) << QDate(2027, 1, 1);
}

void TestVisits::wireRoundTrip()
{
    QFETCH(QString, purpose);
    QFETCH(qint64, version);
    QFETCH(QDate, date);
    Visit v = visit(u"v-1"_s, u"c-1"_s, date, purpose);
    v.version = version;
    const QJsonObject json = wire::toJson(v);
    QCOMPARE(json.value(u"date"_s).toString(), date.toString(Qt::ISODate));
    QString error;
    const auto back =
        wire::visitFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, v.id);
    QCOMPARE(back->citizenId, v.citizenId);
    QCOMPARE(back->staffId, v.staffId);
    QCOMPARE(back->date, v.date);
    QCOMPARE(back->purpose, v.purpose);
    QCOMPARE(back->version, v.version);
    QCOMPARE(back->updatedAt, v.updatedAt);
}

void TestVisits::wireRefuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << u"id"_s << QJsonValue();
    QTest::newRow("no citizen") << u"citizen_id"_s << QJsonValue();
    QTest::newRow("date not a date") << u"date"_s << QJsonValue(u"next tuesday"_s);
    QTest::newRow("date a number") << u"date"_s << QJsonValue(20260314);
}

void TestVisits::wireRefuses()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = wire::toJson(visit(u"v-1"_s, u"c-1"_s, today));
    if (value.isNull())
        json.remove(field);
    else
        json.insert(field, value);
    QString error;
    QVERIFY(!wire::visitFromJson(json, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestVisits::problem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("citizenId");
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("purposeLength");
    QTest::addColumn<bool>("valid");
    QTest::newRow("complete") << u"v"_s << u"c"_s << u"s"_s << today << 20 << true;
    QTest::newRow("no purpose") << u"v"_s << u"c"_s << u"s"_s << today << 0 << true;
    QTest::newRow("longest purpose")
        << u"v"_s << u"c"_s << u"s"_s << today << Visit::maxPurposeLength << true;
    QTest::newRow("purpose too long")
        << u"v"_s << u"c"_s << u"s"_s << today << Visit::maxPurposeLength + 1 << false;
    QTest::newRow("no id") << QString() << u"c"_s << u"s"_s << today << 0 << false;
    QTest::newRow("blank id") << u"  "_s << u"c"_s << u"s"_s << today << 0 << false;
    QTest::newRow("no citizen") << u"v"_s << QString() << u"s"_s << today << 0 << false;
    QTest::newRow("no outreach worker") << u"v"_s << u"c"_s << QString() << today << 0 << false;
    QTest::newRow("no date") << u"v"_s << u"c"_s << u"s"_s << QDate() << 0 << false;
}

void TestVisits::problem()
{
    QFETCH(QString, id);
    QFETCH(QString, citizenId);
    QFETCH(QString, staffId);
    QFETCH(QDate, date);
    QFETCH(int, purposeLength);
    QFETCH(bool, valid);
    Visit v;
    v.id = id;
    v.citizenId = citizenId;
    v.staffId = staffId;
    v.date = date;
    v.purpose = u"x"_s.repeated(purposeLength);
    QCOMPARE(visitProblem(v).isEmpty(), valid);
}

void TestVisits::current_data()
{
    QTest::addColumn<int>("visitOffset"); // days from today
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<bool>("current");
    QTest::newRow("next month") << 30 << 14 << true;
    QTest::newRow("today") << 0 << 14 << true;
    QTest::newRow("last day kept") << -14 << 14 << true;
    QTest::newRow("one day past") << -15 << 14 << false;
    QTest::newRow("kept 0 days: the day itself") << 0 << 0 << true;
    QTest::newRow("kept 0 days: yesterday") << -1 << 0 << false;
    QTest::newRow("a long keep period") << -60 << 90 << true;
}

void TestVisits::current()
{
    QFETCH(int, visitOffset);
    QFETCH(int, keepDays);
    QFETCH(bool, current);
    QCOMPARE(visitIsCurrent(visit(u"v"_s, u"c"_s, today.addDays(visitOffset)), today, keepDays),
             current);
}

void TestVisits::readiness_data()
{
    QTest::addColumn<int>("visitOffset");
    QTest::addColumn<bool>("cached");
    QTest::addColumn<QString>("preparedAt");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<VisitReadiness>("expected");
    const QString at = u"2026-03-11T17:00:00.000Z"_s;
    QTest::newRow("prepared") << 1 << true << at << QString() << VisitReadiness::Ready;
    QTest::newRow("in the cache through the feed only")
        << 1 << true << QString() << QString() << VisitReadiness::NotPrepared;
    QTest::newRow("prepared, then purged or withdrawn")
        << 1 << false << at << QString() << VisitReadiness::NotPrepared;
    QTest::newRow("never tried") << 1 << false << QString() << QString()
                                 << VisitReadiness::NotPrepared;
    QTest::newRow("last attempt failed") << 1 << true << at << u"403"_s << VisitReadiness::Failed;
    QTest::newRow("expired wins") << -20 << true << at << QString() << VisitReadiness::Expired;
}

void TestVisits::readiness()
{
    QFETCH(int, visitOffset);
    QFETCH(bool, cached);
    QFETCH(QString, preparedAt);
    QFETCH(QString, lastError);
    QFETCH(VisitReadiness, expected);
    VisitListRow row;
    row.visit = visit(u"v"_s, u"c"_s, today.addDays(visitOffset));
    row.citizenCached = cached;
    row.preparation.preparedAt = preparedAt;
    row.preparation.lastError = lastError;
    QCOMPARE(visitReadiness(row, today, 14), expected);
}

void TestVisits::writerKeepsTheOrigin()
{
    Connection c(u"origin"_s);
    QVERIFY2(c.open(newPath()), qPrintable(c.errorString()));
    CacheWriter writer(c);
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
    Visit v = visit(u"v-1"_s, u"c-1"_s, today, u"eBox"_s);
    v.version = 0;
    QVERIFY2(writer.upsert(v, VisitOrigin::Local), qPrintable(writer.errorString()));
    v.version = 1;
    v.purpose = u"eBox and taxes"_s;
    QVERIFY2(writer.upsert(v, VisitOrigin::Hub), qPrintable(writer.errorString()));
    QCOMPARE(scalar(c.database(), u"SELECT origin || '|' || version || '|' || purpose ||"
                                  " '|' || visit_date FROM visit"_s),
             u"local|1|eBox and taxes|2026-03-12"_s);
    QVERIFY(writer.removeVisit(v.id));
    QCOMPARE(scalar(c.database(), u"SELECT count(*) FROM visit"_s), u"0"_s);
}

void TestVisits::rowsJoinWhatTheCacheKnows()
{
    Connection c(u"rows"_s);
    QVERIFY2(c.open(newPath()), qPrintable(c.errorString()));
    CacheWriter writer(c);
    GuideProgressTable progress(c.database());
    Municipality leuven;
    leuven.nisCode = u"24062"_s;
    leuven.name = u"Leuven"_s;
    QVERIFY(writer.upsert(leuven));
    QVERIFY(addDossier(writer, progress, u"c-1"_s, u"Janssens"_s));
    QVERIFY(writer.upsert(visit(u"v-2"_s, u"c-2"_s, today.addDays(2)), VisitOrigin::Hub));
    QVERIFY(writer.upsert(visit(u"v-1"_s, u"c-1"_s, today, u"eBox"_s), VisitOrigin::Local));
    VisitPreparationTable table(c.database());
    QVERIFY2(table.markPrepared(u"c-1"_s, u"2026-03-12T08:00:00.000Z"_s, 4321),
             qPrintable(table.errorString()));
    QVERIFY(table.markFailed(u"c-2"_s, u"2026-03-12T08:00:01.000Z"_s, u"not on the list"_s));

    const QList<VisitListRow> rows = VisitListReader(c.database()).rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).visit.id, u"v-1"_s);
    QCOMPARE(rows.at(0).origin, VisitOrigin::Local);
    QVERIFY(rows.at(0).citizenCached);
    QCOMPARE(rows.at(0).citizenName, u"Janssens, Marie"_s);
    QCOMPARE(rows.at(0).municipality, u"Leuven"_s);
    QCOMPARE(rows.at(0).preparation.bytes, qint64(4321));
    QCOMPARE(visitReadiness(rows.at(0), today, 14), VisitReadiness::Ready);
    QCOMPARE(rows.at(1).visit.id, u"v-2"_s);
    QVERIFY(!rows.at(1).citizenCached);
    QCOMPARE(rows.at(1).preparation.lastError, u"not on the list"_s);
    QCOMPARE(visitReadiness(rows.at(1), today, 14), VisitReadiness::Failed);

    // A later success clears the failure and keeps the new size.
    QVERIFY(table.markPrepared(u"c-2"_s, u"2026-03-12T09:00:00.000Z"_s, 10));
    const auto p = VisitListReader(c.database()).preparation(u"c-2"_s);
    QVERIFY(p);
    QVERIFY(p->lastError.isEmpty());
    QCOMPARE(p->bytes, qint64(10));

    // Removing the citizen takes the preparation state with it, not the visit.
    QVERIFY(writer.removeCitizen(u"c-1"_s));
    QVERIFY(!VisitListReader(c.database()).preparation(u"c-1"_s));
    QCOMPARE(scalar(c.database(), u"SELECT count(*) FROM visit WHERE citizen_id = 'c-1'"_s),
             u"1"_s);
}

void TestVisits::feedVisitsAreApplied()
{
    Connection c(u"feed"_s);
    QVERIFY2(c.open(newPath()), qPrintable(c.errorString()));
    CacheWriter writer(c);
    Outbox outbox(c.database());
    ChangeApplier applier(c, writer, outbox);
    const auto page = [](const QJsonArray &changes) {
        QString error;
        auto p = parseChangePage(
            QJsonDocument(
                QJsonObject{{u"changes"_s, changes}, {u"cursor"_s, u"9"_s}, {u"more"_s, false}})
                .toJson(),
            &error);
        if (!p)
            qWarning("%s", qPrintable(error));
        return p;
    };
    Visit v = visit(u"v-9"_s, u"c-9"_s, today, u"taxes"_s);
    v.version = 2;
    const QJsonObject up{{u"type"_s, u"visit"_s},
                         {u"op"_s, u"upsert"_s},
                         {u"id"_s, v.id},
                         {u"version"_s, 2},
                         {u"data"_s, wire::toJson(v)}};
    auto first = page({up});
    QVERIFY(first);
    ChangeApplier::Stats stats;
    WriteTransaction tx1(c.database());
    QVERIFY2(applier.apply(*first, ChangeApplier::Mode::Incremental, &stats),
             qPrintable(applier.errorString()));
    QVERIFY(tx1.commit());
    QCOMPARE(stats.changed.value(RecordType::Visit), QStringList{v.id});
    QCOMPARE(
        scalar(c.database(), u"SELECT purpose || '|' || origin || '|' || version FROM visit"_s),
        u"taxes|hub|2"_s);

    // A late page with an older version does not turn it back.
    Visit older = v;
    older.version = 1;
    older.purpose = u"old"_s;
    QJsonObject late = up;
    late.insert(u"version"_s, 1);
    late.insert(u"data"_s, wire::toJson(older));
    auto second = page({late});
    QVERIFY(second);
    WriteTransaction tx2(c.database());
    QVERIFY(applier.apply(*second, ChangeApplier::Mode::Incremental, &stats));
    QVERIFY(tx2.commit());
    QCOMPARE(scalar(c.database(), u"SELECT purpose FROM visit"_s), u"taxes"_s);

    // Withdrawn: the visit's delete removes it at once.
    auto third = page({QJsonObject{{u"type"_s, u"visit"_s},
                                   {u"op"_s, u"delete"_s},
                                   {u"id"_s, v.id},
                                   {u"version"_s, 3},
                                   {u"reason"_s, u"access_withdrawn"_s}}});
    QVERIFY(third);
    WriteTransaction tx3(c.database());
    QVERIFY(applier.apply(*third, ChangeApplier::Mode::Incremental, &stats));
    QVERIFY(tx3.commit());
    QCOMPARE(scalar(c.database(), u"SELECT count(*) FROM visit"_s), u"0"_s);
}

void TestVisits::addVisitWritesRowAndOutboxEntry()
{
    Connection connection(u"command"_s);
    QVERIFY2(connection.open(newPath()), qPrintable(connection.errorString()));
    CacheWriter writer(connection);
    Outbox outbox(connection.database());
    ManualClock clock(noon);
    StoreContext context{connection, writer, outbox, clock};
    Visit v = visit({}, u"c-1"_s, today.addDays(3), u"  help with the eBox  "_s);
    v.version = 5; // ignored: the hub assigns it
    AddVisitCommand command(v);
    QVERIFY(command.refusal().isEmpty());
    {
        WriteTransaction tx(connection.database());
        QString error;
        QVERIFY2(command.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const QString id = command.recordId();
    QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
    QCOMPARE(scalar(connection.database(),
                    u"SELECT origin || '|' || version || '|' || purpose || '|' || visit_date"
                    " FROM visit WHERE id = '%1'"_s.arg(id)),
             u"local|0|help with the eBox|2026-03-15"_s);
    const QList<OutboxEntry> entries = outbox.entriesFor(u"visit"_s, id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QByteArray("POST"));
    QCOMPARE(entries.first().path, u"/api/v1/visits"_s);
    QCOMPARE(QUuid::fromString(entries.first().idempotencyKey).version(), QUuid::Random);
    QString error;
    const auto sent =
        wire::visitFromJson(QJsonDocument::fromJson(entries.first().body).object(), &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->id, id);
    QCOMPARE(sent->citizenId, u"c-1"_s);
    QCOMPARE(sent->date, today.addDays(3));
    QCOMPARE(sent->version, 0);
    // The feed's copy of a visit still waiting in the outbox leaves the local row alone.
    ChangeApplier applier(connection, writer, outbox);
    Visit theirs = *sent;
    theirs.version = 1;
    theirs.purpose = u"changed on the hub"_s;
    ChangePage page;
    Change change;
    change.type = RecordType::Visit;
    change.id = id;
    change.version = 1;
    change.record = theirs;
    page.changes << change;
    page.cursor = u"1"_s;
    ChangeApplier::Stats stats;
    WriteTransaction tx(connection.database());
    QVERIFY(applier.apply(page, ChangeApplier::Mode::Incremental, &stats));
    QVERIFY(tx.commit());
    QCOMPARE(stats.keptLocal, qint64(1));
    QCOMPARE(scalar(connection.database(), u"SELECT purpose FROM visit"_s),
             u"help with the eBox"_s);
}

void TestVisits::invalidVisitIsRefused()
{
    StoreOptions o;
    o.path = newPath();
    o.useNetworkInformation = false;
    auto store = openStore(o);
    QVERIFY(store);
    QSignalSpy refused(store.get(), &Store::writeRefused);
    Visit v = visit({}, u"c-1"_s, today, u"x"_s.repeated(Visit::maxPurposeLength + 1));
    QVERIFY(store->addVisit(v).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(refused.first().at(0).value<RecordType>(), RecordType::Visit);
    QVERIFY(!refused.first().at(2).toString().isEmpty());
    Connection check(u"refused"_s);
    QVERIFY(check.open(o.path, Connection::Mode::ReadOnly));
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM visit"_s), u"0"_s);
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM outbox"_s), u"0"_s);

    // A valid one lands with its outbox entry, offline (never signed in).
    v.purpose = u"taxes"_s;
    v.id.clear();
    const QString id = store->addVisit(v);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 1, 10000);
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM visit WHERE id = '%1'"_s.arg(id)),
             u"1"_s);
}

void TestVisits::purge_data()
{
    QTest::addColumn<QList<int>>("visitOffsets"); // days from the clock's UTC date
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<Unsent>("unsent");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("kept");
    QTest::newRow("visit today") << QList<int>{0} << 14 << Unsent::None << noon << true;
    QTest::newRow("visit next week") << QList<int>{7} << 14 << Unsent::None << noon << true;
    QTest::newRow("last day of the keep period")
        << QList<int>{-14} << 14 << Unsent::None << noon << true;
    QTest::newRow("one day past the keep period")
        << QList<int>{-15} << 14 << Unsent::None << noon << false;
    QTest::newRow("a longer keep period") << QList<int>{-15} << 30 << Unsent::None << noon << true;
    QTest::newRow("keep 0 days: yesterday's visit")
        << QList<int>{-1} << 0 << Unsent::None << noon << false;
    QTest::newRow("no visit at all") << QList<int>{} << 14 << Unsent::None << noon << false;
    QTest::newRow("an old and a coming visit")
        << QList<int>{-40, 3} << 14 << Unsent::None << noon << true;
    QTest::newRow("two old visits") << QList<int>{-40, -20} << 14 << Unsent::None << noon << false;
    // 23:30 UTC is already the next day in Brussels (UTC+1 in March): the visit is one day
    // further in the past than the UTC date says.
    QTest::newRow("Belgian day, not the UTC day")
        << QList<int>{-14} << 14 << Unsent::None
        << QDateTime(QDate(2026, 3, 12), QTime(23, 30), QTimeZone::utc()) << false;
    QTest::newRow("expired, contact moment unsent")
        << QList<int>{-20} << 14 << Unsent::ContactMoment << noon << true;
    QTest::newRow("expired, document action unsent")
        << QList<int>{-20} << 14 << Unsent::DocumentAction << noon << true;
    QTest::newRow("expired, guide step unsent")
        << QList<int>{-20} << 14 << Unsent::GuideProgress << noon << true;
    QTest::newRow("expired, the visit itself unsent")
        << QList<int>{-20} << 14 << Unsent::Visit << noon << true;
}

void TestVisits::purge()
{
    QFETCH(QList<int>, visitOffsets);
    QFETCH(int, keepDays);
    QFETCH(Unsent, unsent);
    QFETCH(QDateTime, now);
    QFETCH(bool, kept);
    const QString path = newPath();
    const QString subject = u"c-subject"_s;
    const QString bystander = u"c-bystander"_s;
    {
        Connection c(u"fixture"_s);
        QVERIFY2(c.open(path), qPrintable(c.errorString()));
        CacheWriter writer(c);
        Outbox outbox(c.database());
        GuideProgressTable progress(c.database());
        QVERIFY(addDossier(writer, progress, subject, u"Peeters"_s));
        QVERIFY(addDossier(writer, progress, bystander, u"Maes"_s));
        // A report both citizens made: it stays while the bystander is in the cache.
        Report shared;
        shared.id = u"r-shared"_s;
        shared.publicNumber = u"M-2026-0002"_s;
        shared.categoryCode = u"litter"_s;
        shared.createdAt = u"2026-03-01T08:00:00Z"_s;
        shared.citizenIds = {subject, bystander};
        QVERIFY(writer.upsert(shared));
        // Offsets count from the UTC date: at noon it is the Belgian date too, and the row at
        // 23:30 UTC shows that the purge counts in Belgian days.
        const QDate day = now.date();
        int n = 0;
        for (int offset : std::as_const(visitOffsets))
            QVERIFY(writer.upsert(visit(u"v-%1"_s.arg(++n), subject, day.addDays(offset)),
                                  VisitOrigin::Hub));
        QVERIFY(writer.upsert(visit(u"v-bystander"_s, bystander, day), VisitOrigin::Hub));
        QVERIFY(writer.setMeta(u"session_role"_s, u"outreach"_s));
        VisitPreparationTable(c.database()).markPrepared(subject, u"2026-03-01T08:00:00Z"_s, 99);
        if (unsent != Unsent::None) {
            OutboxEntry e;
            e.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.method = "POST";
            e.path = u"/api/v1/x"_s;
            e.body = "{}";
            e.createdAt = u"2026-03-01T08:00:00Z"_s;
            switch (unsent) {
            case Unsent::ContactMoment:
                e.entityType = u"contact_moment"_s;
                e.entityId = subject + u"-contact"_s;
                break;
            case Unsent::DocumentAction:
                e.entityType = u"document_action"_s;
                e.entityId = subject + u"-action"_s;
                break;
            case Unsent::GuideProgress:
                e.entityType = u"guide_progress"_s;
                e.entityId = guideProgressId(subject, u"ebox"_s, u"open-app"_s);
                break;
            case Unsent::Visit:
                e.entityType = u"visit"_s;
                e.entityId = u"v-1"_s;
                break;
            case Unsent::None:
                break;
            }
            // Without depends_on: the record itself must keep the dossier.
            QVERIFY2(outbox.enqueue(&e), qPrintable(outbox.errorString()));
        }
    }

    auto clock = std::make_shared<ManualClock>(now);
    StoreOptions o;
    o.path = path;
    o.clock = clock;
    o.keepVisitedDays = keepDays;
    o.useNetworkInformation = false;
    auto store = openStore(o); // the purge runs at open
    QVERIFY(store);
    Connection check(u"check"_s);
    QVERIFY(check.open(path, Connection::Mode::ReadOnly));
    QCOMPARE(dossierRows(check.database(), subject), kept ? fullDossier : noDossier);
    QCOMPARE(dossierRows(check.database(), bystander), fullDossier);
    QCOMPARE(scalar(check.database(),
                    u"SELECT count(*) FROM report WHERE id = '%1-report'"_s.arg(subject)),
             kept ? u"1"_s : u"0"_s);
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM report WHERE id = 'r-shared'"_s),
             u"1"_s);
    QCOMPARE(scalar(check.database(),
                    u"SELECT group_concat(citizen_id) FROM (SELECT citizen_id FROM report_citizen"
                    " WHERE report_id = 'r-shared' ORDER BY citizen_id)"_s),
             kept ? bystander + u","_s + subject : bystander);
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM visit_preparation"
                                      " WHERE citizen_id = '%1'"_s.arg(subject)),
             kept ? u"1"_s : u"0"_s);
    // The access log is the law's record and stays; so do the visits themselves.
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM audit_entry"_s), u"2"_s);
    QCOMPARE(scalar(check.database(),
                    u"SELECT count(*) FROM visit WHERE citizen_id = '%1'"_s.arg(subject)),
             QString::number(visitOffsets.size()));

    if (unsent == Unsent::None)
        return;
    // Once the hub has the change, the next purge takes the expired dossier.
    QSignalSpy purged(store.get(), &Store::expiredDossiersPurged);
    {
        Connection side(u"side"_s);
        QVERIFY(side.open(path));
        QSqlQuery q(side.database());
        QVERIFY(q.exec(u"DELETE FROM outbox"_s));
    }
    store->purgeExpiredVisits();
    QVERIFY(purged.wait(10000));
    QCOMPARE(purged.first().first().toStringList(), QStringList{subject});
    QCOMPARE(dossierRows(check.database(), subject), noDossier);
    QCOMPARE(dossierRows(check.database(), bystander), fullDossier);
}

void TestVisits::purgeFollowsTheClock()
{
    const QString path = newPath();
    {
        Connection c(u"fixture"_s);
        QVERIFY(c.open(path));
        CacheWriter writer(c);
        GuideProgressTable progress(c.database());
        QVERIFY(addDossier(writer, progress, u"c-1"_s, u"Peeters"_s));
        QVERIFY(addDossier(writer, progress, u"c-2"_s, u"Maes"_s));
        QVERIFY(writer.upsert(visit(u"v-1"_s, u"c-1"_s, today), VisitOrigin::Hub));
        QVERIFY(writer.upsert(visit(u"v-2"_s, u"c-2"_s, today.addDays(10)), VisitOrigin::Hub));
        QVERIFY(writer.setMeta(u"session_role"_s, u"outreach"_s));
    }
    auto clock = std::make_shared<ManualClock>(noon);
    StoreOptions o;
    o.path = path;
    o.clock = clock;
    o.useNetworkInformation = false;
    auto store = openStore(o);
    QVERIFY(store);
    Connection check(u"check"_s);
    QVERIFY(check.open(path, Connection::Mode::ReadOnly));
    QCOMPARE(dossierRows(check.database(), u"c-1"_s), fullDossier);

    QSignalSpy purged(store.get(), &Store::expiredDossiersPurged);
    clock->advanceDays(15); // c-1's visit is 15 days ago, c-2's 5 days ago
    store->purgeExpiredVisits();
    QVERIFY(purged.wait(10000));
    QCOMPARE(purged.first().first().toStringList(), QStringList{u"c-1"_s});
    QCOMPARE(dossierRows(check.database(), u"c-1"_s), noDossier);
    QCOMPARE(dossierRows(check.database(), u"c-2"_s), fullDossier);

    // A shorter keep period (the staff setting) takes effect at once.
    purged.clear();
    store->setKeepVisitedDays(4);
    QVERIFY(purged.wait(10000));
    QCOMPARE(purged.first().first().toStringList(), QStringList{u"c-2"_s});
    QCOMPARE(scalar(check.database(), u"SELECT count(*) FROM citizen"_s), u"0"_s);
}

void TestVisits::counterCacheIsNeverPurged()
{
    const QString path = newPath();
    {
        Connection c(u"fixture"_s);
        QVERIFY(c.open(path));
        CacheWriter writer(c);
        GuideProgressTable progress(c.database());
        QVERIFY(addDossier(writer, progress, u"c-1"_s, u"Peeters"_s));
        QVERIFY(writer.setMeta(u"session_role"_s, u"counter"_s));
    }
    StoreOptions o;
    o.path = path;
    o.clock = std::make_shared<ManualClock>(noon);
    o.useNetworkInformation = false;
    auto store = openStore(o);
    QVERIFY(store);
    QSignalSpy purged(store.get(), &Store::expiredDossiersPurged);
    store->purgeExpiredVisits();
    // The purge answers nothing when it removes nothing: a sync point on the store thread
    // (a refused command, reported from there) shows it has run.
    QSignalSpy refused(store.get(), &Store::writeRefused);
    store->addVisit(Visit{});
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(purged.size(), 0);
    Connection check(u"check"_s);
    QVERIFY(check.open(path, Connection::Mode::ReadOnly));
    QCOMPARE(dossierRows(check.database(), u"c-1"_s), fullDossier);
}

void TestVisits::deleteCacheFilesRemovesCompanions()
{
    const QString path = newPath();
    {
        Connection c(u"wal"_s);
        QVERIFY(c.open(path));
        CacheWriter writer(c);
        QVERIFY(writer.upsert(citizen(u"c-1"_s, u"Peeters"_s)));
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QVERIFY(QFile::exists(path + u"-shm"_s));
    }
    // SQLite removes the -wal at the last close; a crashed app leaves both: make them.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile f(path + suffix);
        QVERIFY(f.open(QIODevice::Append));
    }
    QString error;
    QVERIFY2(deleteCacheFiles(path, &error), qPrintable(error));
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(suffix));
    // Nothing there: nothing to do, and that is success.
    QVERIFY(deleteCacheFiles(path, &error));
    QVERIFY(!deleteCacheFiles(QString(), &error));
}

void TestVisits::wipeRequestDeletesTheCache()
{
    const QString path = newPath();
    {
        Connection c(u"fixture"_s);
        QVERIFY(c.open(path));
        CacheWriter writer(c);
        GuideProgressTable progress(c.database());
        QVERIFY(addDossier(writer, progress, u"c-1"_s, u"Peeters"_s));
    }
    // The hub answers every request of this account with 410 wipe_requested.
    auto network = std::make_shared<fake::Hub>();
    network->setHandler([](const fake::Request &) {
        return fake::Answer::json(
            410, R"({"error":{"code":"wipe_requested","message":"wipe requested by an admin"}})");
    });
    StoreOptions o;
    o.path = path;
    o.clock = std::make_shared<ManualClock>(noon);
    o.useNetworkInformation = false;
    o.sync.pollIntervalMs = 0;
    o.networkFactory = [network] { return std::make_unique<fake::NetworkAccessManager>(network); };
    auto store = openStore(o);
    QVERIFY(store);
    // An edit that waits in the outbox does not hold the wipe back (DESIGN §5: not deferrable).
    ContactMoment m;
    m.citizenId = u"c-1"_s;
    m.topic = u"ebox"_s;
    store->logContactMoment(m);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 1, 10000);

    QSignalSpy wiped(store.get(), &Store::wiped);
    HubSession s;
    s.hubUrl = QUrl(u"http://hub.test"_s);
    s.token = "token-1";
    s.role = u"outreach"_s;
    s.staffId = u"demo-outreach-24062"_s;
    store->setSession(s);
    QVERIFY(wiped.wait(10000));
    QVERIFY2(wiped.first().at(0).toBool(), qPrintable(wiped.first().at(1).toString()));
    QVERIFY(store->isWiped());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(suffix));
    // One request was answered with the wipe; nothing was sent after it.
    QCOMPARE(network->requests().size(), 1);
    // Nothing is written any more.
    QSignalSpy refused(store.get(), &Store::writeRefused);
    store->logContactMoment(m);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
