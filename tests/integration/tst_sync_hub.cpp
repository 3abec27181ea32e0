// The client against the real loket-hub on loopback (issue 3): the cache equals the hub for the
// token's scope, changes and tombstones arrive, scope never leaks, and a contact moment whose
// answer is lost reaches the hub exactly once.

#include "faultproxy.h"
#include "synctestkit.h"

#include "store/connection.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
const QString herent = u"24038"_s;
} // namespace

class TestSyncHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncOnceEqualsTheHub();
    void changesAndTombstonesArrive();
    void scopeNeverLeaks();
    void lostAnswerGivesExactlyOneContactMoment();
    void correctionConflictIsResolvedAgainstTheHub();

private:
    std::unique_ptr<Store> makeStore(const QString &name, const QUrl &hub);
    // Signs in and waits for a complete round; returns false on anything else.
    bool syncOnce(Store &store, const DemoAccount &account, const QUrl &hub);
    bool syncAgain(Store &store);
    QByteArray tokenFor(const DemoAccount &account)
    {
        return m_api->login(account.user, account.password);
    }

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_leuven;
    DemoAccount m_herent;
    DemoAccount m_admin;
    QByteArray m_adminToken;
};

void TestSyncHub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 2000;
    o.seed = 7;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto leuvenCounter = m_hub.account(u"counter"_s, {leuven});
    const auto herentCounter = m_hub.account(u"counter"_s, {herent});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(leuvenCounter && herentCounter && admin);
    m_leuven = *leuvenCounter;
    m_herent = *herentCounter;
    m_admin = *admin;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_adminToken = tokenFor(m_admin);
    QVERIFY(!m_adminToken.isEmpty());
}

void TestSyncHub::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncHub::makeStore(const QString &name, const QUrl &)
{
    return kit::openStore(kit::fastStoreOptions(m_dir.filePath(name)));
}

bool TestSyncHub::syncOnce(Store &store, const DemoAccount &account, const QUrl &hub)
{
    return kit::signInAndPull(store, hub, account.user, account.password);
}

bool TestSyncHub::syncAgain(Store &store)
{
    return kit::pullAgain(store);
}

void TestSyncHub::syncOnceEqualsTheHub()
{
    auto store = makeStore(u"once.db"_s, m_hub.url());
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_leuven, m_hub.url()));
    const QString path = m_dir.filePath(u"once.db"_s);

    // A second, independent read of the whole feed with the same account.
    const QByteArray token = tokenFor(m_leuven);
    QString error;
    const auto feed = m_api->readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    QVERIFY(feed->records.size() > 1000);
    const auto cache = kit::cacheRecords(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = kit::difference(kit::normaliseAll(feed->records), cache);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Single-resource reads agree too, ETag and all.
    int checked = 0;
    for (auto it = cache.cbegin(); it != cache.cend() && checked < 25; ++it) {
        if (!it.key().startsWith(u"citizen:"_s) && !it.key().startsWith(u"contact_moment:"_s))
            continue;
        const bool isCitizen = it.key().startsWith(u"citizen:"_s);
        const QString id = it.key().section(u':', 1);
        const kit::HttpReply r = m_api->request(
            "GET", (isCitizen ? u"/api/v1/citizens/"_s : u"/api/v1/contact-moments/"_s) + id,
            token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("etag"),
                 '"' + QByteArray::number(it.value().value(u"version"_s).toInteger()) + '"');
        QCOMPARE(kit::normalise(it.key().section(u':', 0, 0), r.json()), it.value());
        ++checked;
    }
    QCOMPARE(checked, 25);
    QCOMPARE(kit::scalar(path, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(kit::scalar(path, u"SELECT cursor FROM sync_state"_s), feed->cursor);
    // The address column: some people are called Van Leuven.
    QCOMPARE(
        kit::scalar(
            path,
            u"SELECT count(*) FROM citizen_fts WHERE citizen_fts MATCH 'place_key : leuven'"_s),
        kit::scalar(path, u"SELECT count(*) FROM citizen WHERE city = 'Leuven'"_s));
}

void TestSyncHub::changesAndTombstonesArrive()
{
    auto store = makeStore(u"changes.db"_s, m_hub.url());
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_leuven, m_hub.url()));
    const QString path = m_dir.filePath(u"changes.db"_s);
    const QStringList ids =
        kit::scalar(path, u"SELECT group_concat(id) FROM (SELECT c.id FROM citizen c"
                          " WHERE EXISTS (SELECT 1 FROM document d WHERE d.citizen_id = c.id)"
                          " ORDER BY c.local_id LIMIT 3)"_s)
            .split(u',');
    QCOMPARE(ids.size(), 3);
    const QString renamed = ids.at(0);
    const QString erased = ids.at(1);
    const QString moved = ids.at(2);
    QVERIFY(kit::scalar(path, u"SELECT count(*) FROM document WHERE citizen_id = ?"_s, {erased})
                .toInt() > 0);

    // The register renames one, erases one, and one moves to Herent.
    const QByteArray leuvenToken = tokenFor(m_leuven);
    QJsonObject citizen =
        m_api->request("GET", u"/api/v1/citizens/"_s + renamed, leuvenToken).json();
    citizen.insert(u"family_name"_s, u"Vanderauwera-Renamed"_s);
    kit::HttpReply r = m_api->request("PUT", u"/api/v1/admin/citizens/"_s + renamed, m_adminToken,
                                      QJsonDocument(citizen).toJson());
    QVERIFY2(r.status == 200, r.body.constData());
    const qint64 newVersion = r.json().value(u"version"_s).toInteger();
    QVERIFY(newVersion > citizen.value(u"version"_s).toInteger());
    r = m_api->request("DELETE", u"/api/v1/admin/citizens/"_s + erased, m_adminToken);
    QVERIFY2(r.status == 200, r.body.constData());
    QJsonObject mover = m_api->request("GET", u"/api/v1/citizens/"_s + moved, leuvenToken).json();
    mover.insert(u"municipality_nis"_s, herent);
    mover.insert(u"city"_s, u"Herent"_s);
    mover.insert(u"postcode"_s, u"3020"_s);
    r = m_api->request("PUT", u"/api/v1/admin/citizens/"_s + moved, m_adminToken,
                       QJsonDocument(mover).toJson());
    QVERIFY2(r.status == 200, r.body.constData());

    QVERIFY(syncAgain(*store));
    QCOMPARE(kit::scalar(path, u"SELECT family_name || ' ' || version FROM citizen WHERE id = ?"_s,
                         {renamed}),
             u"Vanderauwera-Renamed %1"_s.arg(newVersion));
    QCOMPARE(
        kit::scalar(path, u"SELECT count(*) FROM citizen_fts WHERE citizen_fts MATCH 'renamed'"_s),
        u"1"_s);
    for (const QString &gone : {erased, moved}) {
        QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM citizen WHERE id = ?"_s, {gone}), u"0"_s);
        QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM document WHERE citizen_id = ?"_s, {gone}),
                 u"0"_s);
        QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM contact_moment WHERE citizen_id = ?"_s,
                             {gone}),
                 u"0"_s);
    }
    QString error;
    const auto feed = m_api->readFeed(leuvenToken, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    const QString diff =
        kit::difference(kit::normaliseAll(feed->records), kit::cacheRecords(path, &error));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Herent's counter gets the one who moved, with their documents.
    auto herentStore = makeStore(u"herent.db"_s, m_hub.url());
    QVERIFY(herentStore);
    QVERIFY(syncOnce(*herentStore, m_herent, m_hub.url()));
    const QString herentPath = m_dir.filePath(u"herent.db"_s);
    QCOMPARE(
        kit::scalar(herentPath, u"SELECT municipality_nis FROM citizen WHERE id = ?"_s, {moved}),
        herent);
    QCOMPARE(
        kit::scalar(herentPath, u"SELECT count(*) FROM document WHERE citizen_id = ?"_s, {moved}),
        kit::scalar(m_dir.filePath(u"once.db"_s),
                    u"SELECT count(*) FROM document WHERE citizen_id = ?"_s, {moved}));
}

void TestSyncHub::scopeNeverLeaks()
{
    auto store = makeStore(u"scope.db"_s, m_hub.url());
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_leuven, m_hub.url()));
    const QString path = m_dir.filePath(u"scope.db"_s);
    QVERIFY(kit::scalar(path, u"SELECT count(*) FROM citizen"_s).toInt() > 100);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM citizen WHERE municipality_nis IS NOT ?"_s,
                         {leuven}),
             u"0"_s);
    QCOMPARE(
        kit::scalar(
            path,
            u"SELECT count(*) FROM document WHERE citizen_id NOT IN (SELECT id FROM citizen)"_s),
        u"0"_s);
    QCOMPARE(
        kit::scalar(
            path,
            u"SELECT count(*) FROM contact_moment WHERE citizen_id NOT IN (SELECT id FROM citizen)"_s),
        u"0"_s);
    QCOMPARE(
        kit::scalar(
            path,
            u"SELECT count(*) FROM report WHERE location_nis IS NOT '%1' AND received_nis IS NOT '%1'"_s
                .arg(leuven)),
        u"0"_s);

    // A citizen of Herent, as Herent's counter sees them: out of reach for Leuven's counter.
    QString error;
    const auto herentFeed = m_api->readFeed(tokenFor(m_herent), {}, &error);
    QVERIFY2(herentFeed, qPrintable(error));
    QString herentCitizen;
    for (auto it = herentFeed->records.cbegin(); it != herentFeed->records.cend(); ++it) {
        if (it.key().startsWith(u"citizen:"_s)) {
            herentCitizen = it.key().section(u':', 1);
            break;
        }
    }
    QVERIFY(!herentCitizen.isEmpty());
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM citizen WHERE id = ?"_s, {herentCitizen}),
             u"0"_s);
    QCOMPARE(
        m_api->request("GET", u"/api/v1/citizens/"_s + herentCitizen, tokenFor(m_leuven)).status,
        403);
}

void TestSyncHub::lostAnswerGivesExactlyOneContactMoment()
{
    // The hub commits the first two POSTs; their answers never reach the client.
    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    proxy.addRule(
        {"POST", u"/api/v1/contact-moments"_s, 0, 2, FaultProxy::Fault::CutAfterForward, 0});

    auto store = makeStore(u"lost.db"_s, proxy.url());
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_leuven, proxy.url()));
    const QString path = m_dir.filePath(u"lost.db"_s);
    const QString citizenId =
        kit::scalar(path, u"SELECT id FROM citizen ORDER BY local_id LIMIT 1"_s);
    ContactMoment m;
    m.citizenId = citizenId;
    m.channel = ContactChannel::Phone;
    m.topic = u"ebox"_s;
    m.summary = u"lost answer %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m.outcome = u"explained how to open the eBox"_s;
    const QString id = store->logContactMoment(m);
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}), u"1"_s,
        30000);

    QList<FaultProxy::Seen> posts;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method == "POST" && s.path == u"/api/v1/contact-moments"_s)
            posts << s;
    }
    QCOMPARE(posts.size(), 3); // sent three times
    QVERIFY(!posts.first().idempotencyKey.isEmpty());
    for (const FaultProxy::Seen &s : posts)
        QCOMPARE(s.idempotencyKey, posts.first().idempotencyKey);

    const QByteArray token = tokenFor(m_leuven);
    const kit::HttpReply one = m_api->request("GET", u"/api/v1/contact-moments/"_s + id, token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"summary"_s).toString(), m.summary);
    QString error;
    const auto feed = m_api->readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    int copies = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
        copies += it.value().value(u"summary"_s).toString() == m.summary ? 1 : 0;
    QCOMPARE(copies, 1);
    QCOMPARE(kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}), u"1"_s);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);
}

void TestSyncHub::correctionConflictIsResolvedAgainstTheHub()
{
    auto store = makeStore(u"conflict.db"_s, m_hub.url());
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_leuven, m_hub.url()));
    const QString path = m_dir.filePath(u"conflict.db"_s);
    ContactMoment m;
    m.citizenId = kit::scalar(path, u"SELECT id FROM citizen ORDER BY local_id DESC LIMIT 1"_s);
    m.channel = ContactChannel::Counter;
    m.topic = u"parking"_s;
    m.summary = u"asked for a parking permit"_s;
    QSignalSpy finished(store.get(), &Store::cycleFinished);
    const QString id = store->logContactMoment(m);
    // The round that sent it is over (its pull included), so the cache holds version 1.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : finished) {
                const auto o = args.first().value<SyncOutcome>();
                if (o.pushed == 1 && o.pulled)
                    return true;
            }
            return false;
        },
        30000));
    QCOMPARE(kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}), u"1"_s);

    // A colleague corrects it first, elsewhere.
    const QByteArray token = tokenFor(m_leuven);
    QJsonObject theirs = m_api->request("GET", u"/api/v1/contact-moments/"_s + id, token).json();
    theirs.insert(u"outcome"_s, u"permit sent by post (colleague)"_s);
    const kit::HttpReply put =
        m_api->request("PUT", u"/api/v1/contact-moments/"_s + id, token,
                       QJsonDocument(theirs).toJson(), {{"If-Match", "\"1\""}});
    QVERIFY2(put.status == 200, put.body.constData());

    ContactMoment mine = m;
    mine.id = id;
    mine.outcome = u"permit handed over at the counter (mine)"_s;
    store->correctContactMoment(mine);
    QTRY_COMPARE_WITH_TIMEOUT(store->conflictCount(), 1, 30000);
    Connection reader(u"conflicts"_s);
    QVERIFY(reader.open(path, Connection::Mode::ReadOnly));
    const QList<SyncConflict> conflicts = Outbox(reader.database()).conflicts();
    reader.close();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(conflicts.first().theirsJson)
                 .object()
                 .value(u"outcome"_s)
                 .toString(),
             u"permit sent by post (colleague)"_s);
    QCOMPARE(
        QJsonDocument::fromJson(conflicts.first().baseJson).object().value(u"version"_s).toInt(),
        1);

    store->resolveConflict(conflicts.first().id, ConflictResolution::KeepMine);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 30000);
    const kit::HttpReply now = m_api->request("GET", u"/api/v1/contact-moments/"_s + id, token);
    QCOMPARE(now.json().value(u"outcome"_s).toString(), mine.outcome);
    QCOMPARE(now.headers.value("etag"), QByteArray("\"3\""));
    QTRY_COMPARE(kit::scalar(path,
                             u"SELECT version || ' ' || outcome FROM contact_moment WHERE id = ?"_s,
                             {id}),
                 u"3 "_s + mine.outcome);
}

QTEST_GUILESS_MAIN(TestSyncHub)
#include "tst_sync_hub.moc"
