// Home visits against the real loket-hub on loopback (issue 7, items 1 and 3): an outreach
// account prepares its visit list and then holds exactly those dossiers, as the hub has them; a
// visit withdrawn on the hub takes its dossier off the laptop at the next sync; a visit planned
// offline reaches the hub exactly once; a wipe flag set on the hub deletes the cache files at
// the next contact. Everything is checked through the hub's API and the cache file.

#include "synctestkit.h"

#include "model/visit.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "sync/visitpreparer.h"
#include "sync/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QString leuven = u"24062"_s;

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate belgianToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Brussels")).date();
}

} // namespace

class TestSyncVisits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void preparedCacheHoldsExactlyTheListedDossiers();
    void withdrawnVisitRemovesTheDossierAtTheNextSync();
    void visitAddedOfflineReachesTheHubOnce();
    void wipeFlagDeletesTheCacheAtTheNextContact();

private:
    bool startHub(quint16 port);
    // Plans a visit for the outreach account as the admin; the visit's id, or empty.
    QString planVisit(const QString &citizenId, QDate date, const QString &purpose);
    // The outreach account's visits on the hub, by id.
    QHash<QString, Visit> hubVisits();
    // What the hub's dossier endpoint gives for the citizens, as kit::cacheRecords keys them.
    QHash<QString, QJsonObject> hubDossiers(const QSet<QString> &citizens, QString *error);
    // The records of the cache that belong to dossiers (no reference data).
    static QHash<QString, QJsonObject> cachedDossiers(const QString &path, QString *error);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_outreach;
    DemoAccount m_admin;
    DemoAccount m_counter;
    QByteArray m_adminToken;
    QByteArray m_outreachToken;
    QString m_outreachStaff;
    QStringList m_leuvenCitizens;
    std::unique_ptr<Store> m_store;
    QString m_cachePath;
    QStringList m_planned; // visit ids planned by the admin, in order
};

bool TestSyncVisits::startHub(quint16 port)
{
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.port = port;
    o.demo = true;
    o.citizens = 400;
    o.seed = 23;
    m_hub.start(o);
    return m_hub.waitForStarted(120000);
}

void TestSyncVisits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(startHub(0), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto outreach = m_hub.account(u"outreach"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    QVERIFY(outreach && admin && counter);
    m_outreach = *outreach;
    m_admin = *admin;
    m_counter = *counter;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_adminToken = m_api->login(m_admin.user, m_admin.password);
    QVERIFY(!m_adminToken.isEmpty());
    const kit::HttpReply session =
        m_api->request("POST", u"/api/v1/session"_s, {},
                       QJsonDocument(QJsonObject{{u"user"_s, m_outreach.user},
                                                 {u"password"_s, m_outreach.password}})
                           .toJson(QJsonDocument::Compact));
    QCOMPARE(session.status, 200);
    m_outreachToken = session.json().value(u"token"_s).toString().toLatin1();
    m_outreachStaff = session.json().value(u"staff_id"_s).toString();
    QVERIFY(!m_outreachStaff.isEmpty());

    // Leuven citizens, read as the counter of Leuven sees them.
    const QByteArray counterToken = m_api->login(m_counter.user, m_counter.password);
    QString error;
    const auto feed = m_api->readFeed(counterToken, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"citizen:"_s) &&
            it.value().value(u"municipality_nis"_s).toString() == leuven)
            m_leuvenCitizens << it.value().value(u"id"_s).toString();
    }
    // Citizens the demo planned visits for are left out: these tests decide about theirs.
    for (const Visit &v : hubVisits())
        m_leuvenCitizens.removeAll(v.citizenId);
    m_leuvenCitizens.sort();
    // Citizens with documents first: a withdrawal must visibly take records with it.
    QSet<QString> withDocuments;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"document:"_s))
            withDocuments.insert(it.value().value(u"citizen_id"_s).toString());
    }
    std::stable_partition(m_leuvenCitizens.begin(), m_leuvenCitizens.end(),
                          [&](const QString &id) { return withDocuments.contains(id); });
    QVERIFY2(withDocuments.contains(m_leuvenCitizens.at(1)),
             "too few Leuven citizens with documents");
    QVERIFY2(m_leuvenCitizens.size() >= 10, "the demo region has fewer than 10 Leuven citizens");
}

void TestSyncVisits::cleanupTestCase()
{
    m_store.reset();
    m_hub.stop();
}

QString TestSyncVisits::planVisit(const QString &citizenId, QDate date, const QString &purpose)
{
    Visit v;
    v.id = newKey();
    v.citizenId = citizenId;
    v.staffId = m_outreachStaff;
    v.date = date;
    v.purpose = purpose;
    const kit::HttpReply r =
        m_api->request("POST", u"/api/v1/visits"_s, m_adminToken,
                       QJsonDocument(wire::toJson(v)).toJson(QJsonDocument::Compact),
                       {{"Idempotency-Key", newKey().toLatin1()}});
    if (r.status != 201) {
        qWarning("POST /api/v1/visits: HTTP %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json().value(u"id"_s).toString();
}

QHash<QString, Visit> TestSyncVisits::hubVisits()
{
    QHash<QString, Visit> out;
    const kit::HttpReply r = m_api->request("GET", u"/api/v1/visits"_s, m_outreachToken);
    if (r.status != 200) {
        qWarning("GET /api/v1/visits: HTTP %d %s", r.status, r.body.constData());
        return out;
    }
    for (const QJsonValue &v : r.json().value(u"visits"_s).toArray()) {
        QString error;
        if (const auto visit = wire::visitFromJson(v.toObject(), &error))
            out.insert(visit->id, *visit);
    }
    return out;
}

QHash<QString, QJsonObject> TestSyncVisits::hubDossiers(const QSet<QString> &citizens,
                                                        QString *error)
{
    QHash<QString, QJsonObject> out;
    for (const QString &id : citizens) {
        const kit::HttpReply r =
            m_api->request("GET", u"/api/v1/citizens/%1/dossier"_s.arg(id), m_outreachToken);
        if (r.status != 200) {
            *error =
                u"dossier %1: HTTP %2 %3"_s.arg(id).arg(r.status).arg(QString::fromUtf8(r.body));
            return {};
        }
        const QJsonObject d = r.json();
        const auto put = [&out](const QString &type, const QJsonObject &json) {
            out.insert(type + u':' + json.value(u"id"_s).toString(), kit::normalise(type, json));
        };
        put(u"citizen"_s, d.value(u"citizen"_s).toObject());
        for (const QJsonValue &v : d.value(u"reports"_s).toArray())
            put(u"report"_s, v.toObject());
        for (const QJsonValue &v : d.value(u"documents"_s).toArray())
            put(u"document"_s, v.toObject());
        for (const QJsonValue &v : d.value(u"contact_moments"_s).toArray())
            put(u"contact_moment"_s, v.toObject());
        for (const QJsonValue &v : d.value(u"document_actions"_s).toArray())
            put(u"document_action"_s, v.toObject());
        for (const QJsonValue &v : d.value(u"tasks"_s).toArray())
            put(u"task"_s, v.toObject());
    }
    return out;
}

QHash<QString, QJsonObject> TestSyncVisits::cachedDossiers(const QString &path, QString *error)
{
    QHash<QString, QJsonObject> all = kit::cacheRecords(path, error);
    for (auto it = all.begin(); it != all.end();) {
        if (it.key().startsWith(u"municipality:"_s) || it.key().startsWith(u"category:"_s))
            it = all.erase(it);
        else
            ++it;
    }
    return all;
}

void TestSyncVisits::preparedCacheHoldsExactlyTheListedDossiers()
{
    const QDate today = belgianToday();
    // Three planned by the regional service for the coming days, one long past (its dossier
    // must not come), and a citizen with two visits.
    for (const auto &[citizen, offset] :
         QList<std::pair<QString, int>>{{m_leuvenCitizens.at(0), 0},
                                        {m_leuvenCitizens.at(1), 2},
                                        {m_leuvenCitizens.at(2), 5},
                                        {m_leuvenCitizens.at(2), 9},
                                        {m_leuvenCitizens.at(3), -40}}) {
        const QString id = planVisit(citizen, today.addDays(offset), u"help with the eBox"_s);
        QVERIFY(!id.isEmpty());
        m_planned << id;
    }
    // The expected list is the hub's: the demo may plan visits of its own for this account.
    const QHash<QString, Visit> visits = hubVisits();
    QVERIFY(visits.size() >= m_planned.size());
    QSet<QString> expected;
    for (const Visit &v : visits) {
        if (visitIsCurrent(v, today, defaultKeepVisitedDays))
            expected.insert(v.citizenId);
    }
    QVERIFY(!expected.contains(m_leuvenCitizens.at(3)));

    m_cachePath = m_dir.filePath(u"outreach.db"_s);
    StoreOptions o = kit::fastStoreOptions(m_cachePath);
    o.sync.timeoutMs = 3000;
    m_store = kit::openStore(o);
    QVERIFY(m_store);
    QVERIFY(kit::signInAndPull(*m_store, m_hub.url(), m_outreach.user, m_outreach.password));
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM visit"_s),
             QString::number(visits.size()));

    QSignalSpy progress(m_store.get(), &Store::visitPreparationProgress);
    QSignalSpy finished(m_store.get(), &Store::visitPreparationFinished);
    m_store->prepareVisits();
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().first().value<VisitPreparationOutcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.total, int(expected.size()));
    QCOMPARE(outcome.prepared, int(expected.size()));
    QCOMPARE(outcome.failed, 0);
    QVERIFY(!outcome.cancelled);
    QVERIFY(outcome.bytes > 0);
    // "n of m": the last report says all were done.
    const auto last = progress.last().first().value<VisitPreparationProgress>();
    QCOMPARE(last.done, last.total);
    QCOMPARE(last.total, int(expected.size()));

    // Exactly the dossiers of the current visits, record for record as the hub has them.
    const QStringList cached =
        kit::scalar(m_cachePath, u"SELECT group_concat(id, ' ') FROM citizen"_s)
            .split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(cached.cbegin(), cached.cend()), expected);
    QString error;
    const QHash<QString, QJsonObject> hub = hubDossiers(expected, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QHash<QString, QJsonObject> cache = cachedDossiers(m_cachePath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = kit::difference(hub, cache);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // Each with the time and size of its fetch.
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM visit_preparation"
                                      " WHERE prepared_at <> '' AND bytes > 0"
                                      " AND last_error = ''"_s),
             QString::number(expected.size()));
    // The category catalogue came with the pull.
    QVERIFY(kit::scalar(m_cachePath, u"SELECT count(*) FROM category"_s).toInt() > 0);
}

void TestSyncVisits::withdrawnVisitRemovesTheDossierAtTheNextSync()
{
    QVERIFY(m_store);
    const QString citizen = m_leuvenCitizens.at(1); // one visit only
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM citizen WHERE id = ?"_s, {citizen}),
             u"1"_s);
    QVERIFY(
        kit::scalar(m_cachePath, u"SELECT count(*) FROM document WHERE citizen_id = ?"_s, {citizen})
            .toInt() > 0);
    const QString visitId = m_planned.at(1);
    const kit::HttpReply r =
        m_api->request("DELETE", u"/api/v1/visits/%1"_s.arg(visitId), m_adminToken);
    QVERIFY2(r.status == 204, r.body.constData());

    QSignalSpy confirmation(m_store.get(), &Store::confirmationNeeded);
    QVERIFY(kit::pullAgain(*m_store));
    QCOMPARE(confirmation.size(), 0); // never held, never asked
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM visit WHERE id = ?"_s, {visitId}),
             u"0"_s);
    for (const QString &sql : {u"SELECT count(*) FROM citizen WHERE id = ?"_s,
                               u"SELECT count(*) FROM document WHERE citizen_id = ?"_s,
                               u"SELECT count(*) FROM contact_moment WHERE citizen_id = ?"_s,
                               u"SELECT count(*) FROM document_action WHERE citizen_id = ?"_s,
                               u"SELECT count(*) FROM report_citizen WHERE citizen_id = ?"_s,
                               u"SELECT count(*) FROM visit_preparation WHERE citizen_id = ?"_s})
        QVERIFY2(kit::scalar(m_cachePath, sql, {citizen}) == u"0"_s, qPrintable(sql.arg(citizen)));
    // The others stay.
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM citizen WHERE id = ?"_s,
                         {m_leuvenCitizens.at(0)}),
             u"1"_s);
}

void TestSyncVisits::visitAddedOfflineReachesTheHubOnce()
{
    QVERIFY(m_store);
    const QString citizen = m_leuvenCitizens.at(0); // on the list, so in the cache
    const quint16 port = m_hub.port();
    m_hub.stop();
    QVERIFY(!m_hub.isRunning());

    Visit v;
    v.citizenId = citizen;
    v.date = belgianToday().addDays(7);
    v.purpose = u"follow-up: tax letter"_s;
    const QString id = m_store->addVisit(v);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(m_cachePath, u"SELECT origin || '|' || version FROM visit WHERE id = ?"_s,
                    {id}),
        u"local|0"_s, 20000);
    m_store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isOnline(), 30000);
    QCOMPARE(m_store->pendingCount(), 1);

    QVERIFY2(startHub(port), qPrintable(m_hub.errorString() + m_hub.standardError()));
    QCOMPARE(m_hub.port(), port);
    m_store->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 0, 60000);
    // The hub's answer gave it its version; the origin stays.
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(m_cachePath, u"SELECT origin || '|' || version FROM visit WHERE id = ?"_s,
                    {id}),
        u"local|1"_s, 20000);
    QVERIFY(kit::pullAgain(*m_store));
    QVERIFY(kit::pullAgain(*m_store));

    int found = 0;
    for (const Visit &h : hubVisits()) {
        if (h.citizenId == citizen && h.date == v.date) {
            ++found;
            QCOMPARE(h.id, id);
            QCOMPARE(h.purpose, v.purpose);
            QCOMPARE(h.staffId, m_outreachStaff);
        }
    }
    QCOMPARE(found, 1);
    QCOMPARE(kit::scalar(m_cachePath, u"SELECT count(*) FROM visit WHERE id = ?"_s, {id}), u"1"_s);
}

void TestSyncVisits::wipeFlagDeletesTheCacheAtTheNextContact()
{
    QVERIFY(m_store);
    QVERIFY(QFile::exists(m_cachePath));
    const kit::HttpReply flag =
        m_api->request("POST", u"/api/v1/admin/accounts/%1/wipe"_s.arg(m_outreachStaff),
                       m_adminToken, {}, {{"Idempotency-Key", newKey().toLatin1()}});
    QVERIFY2(flag.status == 200, flag.body.constData());

    QSignalSpy wiped(m_store.get(), &Store::wiped);
    m_store->syncNow(); // the next contact
    QVERIFY(wiped.wait(60000));
    QVERIFY2(wiped.first().at(0).toBool(), qPrintable(wiped.first().at(1).toString()));
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFile::exists(m_cachePath + suffix), qPrintable(m_cachePath + suffix));
    m_store.reset();
    QVERIFY(!QFile::exists(m_cachePath));

    // Signing in again while the flag is set wipes a fresh cache too, before anything is kept.
    const QString second = m_dir.filePath(u"second.db"_s);
    auto store = kit::openStore(kit::fastStoreOptions(second));
    QVERIFY(store);
    QSignalSpy wipedAgain(store.get(), &Store::wiped);
    QSignalSpy loggedIn(store.get(), &Store::loggedIn);
    store->login(m_hub.url(), m_outreach.user, m_outreach.password);
    QVERIFY(wipedAgain.wait(60000));
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!QFile::exists(second));

    // Cleared by the admin: the account works again.
    const kit::HttpReply clear = m_api->request(
        "DELETE", u"/api/v1/admin/accounts/%1/wipe"_s.arg(m_outreachStaff), m_adminToken);
    QVERIFY2(clear.status == 200, clear.body.constData());
    QVERIFY(!m_api->login(m_outreach.user, m_outreach.password).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncVisits)
#include "tst_sync_visits.moc"
