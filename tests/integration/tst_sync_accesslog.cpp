// The access log against the real loket-hub on loopback (issue 7, item 5; DESIGN §8): 25
// dossiers opened while the hub is down all reach the hub's log exactly once when it is back,
// an entry whose first answer is lost lands once, and only an admin reads the log. Counted on
// the hub, through its API.

#include "faultproxy.h"
#include "synctestkit.h"

#include "model/accessentry.h"
#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
} // namespace

class TestSyncAccessLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void openingsMadeOfflineReachTheLogOnce();
    void entryWhoseAnswerIsLostLandsOnce();
    void onlyAnAdminReadsTheLog();

private:
    bool startHub(quint16 port);
    std::unique_ptr<Store> makeStore(const QString &name);
    // Leuven citizens from a synced cache, in a fixed order: `count` from `offset`.
    QStringList leuvenCitizens(const QString &cachePath, int offset, int count);
    // The admin's answer to GET /api/v1/access-log?citizen_id=...
    kit::HttpReply logOf(const QString &citizenId, const QByteArray &token);
    // Opens the dossier as MainWindow does: the purpose is the session role's default.
    static QString open(Store &store, const QString &citizenId, AccessAction action);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_counter;
    DemoAccount m_admin;
};

bool TestSyncAccessLog::startHub(quint16 port)
{
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.port = port;
    o.demo = true;
    o.citizens = 400;
    o.seed = 17;
    m_hub.start(o);
    return m_hub.waitForStarted(120000);
}

void TestSyncAccessLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(startHub(0), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(counter && admin);
    m_counter = *counter;
    m_admin = *admin;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestSyncAccessLog::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncAccessLog::makeStore(const QString &name)
{
    StoreOptions o = kit::fastStoreOptions(m_dir.filePath(name));
    o.sync.timeoutMs = 3000;
    return kit::openStore(o);
}

QStringList TestSyncAccessLog::leuvenCitizens(const QString &cachePath, int offset, int count)
{
    const QString ids = kit::scalar(cachePath,
                                    u"SELECT group_concat(id, ' ') FROM (SELECT id FROM citizen"
                                    " WHERE municipality_nis = ? ORDER BY id LIMIT ? OFFSET ?)"_s,
                                    {leuven, count, offset});
    QStringList out = ids.split(u' ', Qt::SkipEmptyParts);
    return out.size() == count ? out : QStringList();
}

kit::HttpReply TestSyncAccessLog::logOf(const QString &citizenId, const QByteArray &token)
{
    QUrlQuery query;
    query.addQueryItem(u"citizen_id"_s, citizenId);
    return m_api->request("GET", u"/api/v1/access-log?"_s + query.toString(QUrl::FullyEncoded),
                          token);
}

QString TestSyncAccessLog::open(Store &store, const QString &citizenId, AccessAction action)
{
    AccessEntry e;
    e.citizenId = citizenId;
    e.action = action;
    e.purpose = defaultPurposeForRole(store.session().role);
    return store.recordAccess(e);
}

void TestSyncAccessLog::openingsMadeOfflineReachTheLogOnce()
{
    const QString path = m_dir.filePath(u"offline.db"_s);
    auto store = makeStore(u"offline.db"_s);
    QVERIFY(store);
    QVERIFY(kit::signInAndPull(*store, m_hub.url(), m_counter.user, m_counter.password));
    const QStringList citizens = leuvenCitizens(path, 0, 25);
    QVERIFY2(citizens.size() == 25, "the demo region has fewer than 25 Leuven citizens");

    // The hub goes away; the counter goes on opening dossiers.
    const quint16 port = m_hub.port();
    m_hub.stop();
    QVERIFY(!m_hub.isRunning());
    QHash<QString, QString> entryOf; // citizen id -> entry id
    for (const QString &citizen : citizens)
        entryOf.insert(citizen, open(*store, citizen, AccessAction::OpenDossier));
    QCOMPARE(QSet<QString>(entryOf.cbegin(), entryOf.cend()).size(), 25);
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(path, u"SELECT count(*) FROM audit_entry"_s), u"25"_s,
                              20000);
    store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!store->isOnline(), 30000);
    QCOMPARE(store->pendingCount(), 25);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM audit_entry WHERE version = 0"_s), u"25"_s);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox WHERE entity_type = 'access_entry'"
                               " AND method = 'POST' AND path = '/api/v1/access-log'"_s),
             u"25"_s);

    // The hub comes back on the same address; the engine delivers the log by itself.
    QVERIFY2(startHub(port), qPrintable(m_hub.errorString() + m_hub.standardError()));
    QCOMPARE(m_hub.port(), port);
    store->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 60000);
    // Each answer set its entry's version: the one change the local log allows.
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT count(*) FROM audit_entry WHERE version = 1"_s), u"25"_s, 20000);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);

    const QByteArray admin = m_api->login(m_admin.user, m_admin.password);
    QVERIFY(!admin.isEmpty());
    const QString counterStaff = store->session().staffId;
    QVERIFY(!counterStaff.isEmpty());
    QSet<QString> seen;
    for (const QString &citizen : citizens) {
        const kit::HttpReply reply = logOf(citizen, admin);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonArray entries = reply.json().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(u"id"_s).toString(), entryOf.value(citizen));
        QCOMPARE(e.value(u"citizen_id"_s).toString(), citizen);
        QCOMPARE(e.value(u"staff_id"_s).toString(), counterStaff);
        QCOMPARE(e.value(u"action"_s).toString(), u"open_dossier"_s);
        QCOMPARE(e.value(u"purpose"_s).toString(), u"counter_visit"_s);
        QCOMPARE(e.value(u"municipality_nis"_s).toString(), leuven);
        QCOMPARE(e.value(u"occurred_at"_s).toString(),
                 kit::scalar(path, u"SELECT occurred_at FROM audit_entry WHERE id = ?"_s,
                             {entryOf.value(citizen)}));
        seen.insert(e.value(u"id"_s).toString());
    }
    QCOMPARE(seen.size(), 25);

    // A later sync sends nothing again: still one entry per citizen.
    QVERIFY(kit::pullAgain(*store));
    QCOMPARE(logOf(citizens.first(), admin).json().value(u"entries"_s).toArray().size(), 1);
}

void TestSyncAccessLog::entryWhoseAnswerIsLostLandsOnce()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    const QString path = m_dir.filePath(u"lost.db"_s);
    auto store = makeStore(u"lost.db"_s);
    QVERIFY(store);
    QVERIFY(kit::signInAndPull(*store, proxy.url(), m_counter.user, m_counter.password));
    const QStringList citizens = leuvenCitizens(path, 25, 1);
    QVERIFY(citizens.size() == 1);

    // The hub stores the first POST and commits; its answer never reaches the client.
    proxy.addRule({"POST", u"/api/v1/access-log"_s, 0, 1, FaultProxy::Fault::CutAfterForward, 0});
    const QString id = open(*store, citizens.first(), AccessAction::RevealNationalNumber);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version FROM audit_entry WHERE id = ?"_s, {id}), u"1"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 20000);
    QCOMPARE(proxy.faultsApplied(), 1);

    // Sent twice with one idempotency key: the second answer was the hub's first.
    QList<QByteArray> keys;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method == "POST" && s.path.startsWith(u"/api/v1/access-log"_s))
            keys << s.idempotencyKey;
    }
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
    QVERIFY(!keys.at(0).isEmpty());

    const QByteArray admin = m_api->login(m_admin.user, m_admin.password);
    const kit::HttpReply reply = logOf(citizens.first(), admin);
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonArray entries = reply.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"id"_s).toString(), id);
    QCOMPARE(entries.first().toObject().value(u"action"_s).toString(), u"reveal_national_number"_s);
}

void TestSyncAccessLog::onlyAnAdminReadsTheLog()
{
    const QString path = m_dir.filePath(u"offline.db"_s); // filled by the first test
    const QStringList citizens = leuvenCitizens(path, 0, 1);
    QVERIFY(citizens.size() == 1);
    const QByteArray counter = m_api->login(m_counter.user, m_counter.password);
    QVERIFY(!counter.isEmpty());
    const kit::HttpReply refused = logOf(citizens.first(), counter);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"forbidden"_s);
    QVERIFY(!refused.body.contains(citizens.first().toUtf8()));

    const QByteArray admin = m_api->login(m_admin.user, m_admin.password);
    const kit::HttpReply unnamed = m_api->request("GET", u"/api/v1/access-log"_s, admin);
    QCOMPARE(unnamed.status, 400);
    QCOMPARE(unnamed.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
             u"citizen_id"_s);
    QCOMPARE(logOf(citizens.first(), admin).status, 200);
}

QTEST_GUILESS_MAIN(TestSyncAccessLog)
#include "tst_sync_accesslog.moc"
