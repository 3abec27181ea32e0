// Document actions against the real loket-hub on loopback (issue 5, items 3 and 5): a resend
// asked for while the hub is down reaches it exactly once when it is back, a paper-copy request
// whose first answer is lost lands exactly once, and an action made on one client arrives in
// another client's cache through the changes feed. Counted on the hub, through its API.

#include "faultproxy.h"
#include "synctestkit.h"

#include "model/documentaction.h"
#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
} // namespace

class TestSyncDocumentActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void resendMadeOfflineReachesTheHubOnce();
    void paperCopyWhoseAnswerIsLostLandsOnce();
    void actionOnOneClientReachesAnother();

private:
    bool startHub(quint16 port);
    std::unique_ptr<Store> makeStore(const QString &name);
    bool syncOnce(Store &store, const QUrl &hub);
    bool syncAgain(Store &store);
    // A Leuven citizen with a document, from a synced cache: {citizen id, document id}.
    QStringList citizenWithDocument(const QString &cachePath);
    // How many document actions with `id` the hub's feed holds for the Leuven counter, and the
    // stored record (empty when none).
    int onHub(const QString &id, QJsonObject *record);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_leuven;
};

bool TestSyncDocumentActions::startHub(quint16 port)
{
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.port = port;
    o.demo = true;
    o.citizens = 400;
    o.seed = 11;
    m_hub.start(o);
    return m_hub.waitForStarted(120000);
}

void TestSyncDocumentActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(startHub(0), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto account = m_hub.account(u"counter"_s, {leuven});
    QVERIFY(account);
    m_leuven = *account;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestSyncDocumentActions::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncDocumentActions::makeStore(const QString &name)
{
    StoreOptions o = kit::fastStoreOptions(m_dir.filePath(name));
    o.sync.timeoutMs = 3000;
    return kit::openStore(o);
}

bool TestSyncDocumentActions::syncOnce(Store &store, const QUrl &hub)
{
    return kit::signInAndPull(store, hub, m_leuven.user, m_leuven.password);
}

bool TestSyncDocumentActions::syncAgain(Store &store)
{
    return kit::pullAgain(store);
}

QStringList TestSyncDocumentActions::citizenWithDocument(const QString &cachePath)
{
    const QString pair = kit::scalar(cachePath,
                                     u"SELECT d.citizen_id || ' ' || d.id FROM document d"
                                     " JOIN citizen c ON c.id = d.citizen_id"
                                     " WHERE c.municipality_nis = ? ORDER BY d.local_id LIMIT 1"_s,
                                     {leuven});
    const QStringList ids = pair.split(u' ');
    return ids.size() == 2 ? ids : QStringList();
}

int TestSyncDocumentActions::onHub(const QString &id, QJsonObject *record)
{
    const QByteArray token = m_api->login(m_leuven.user, m_leuven.password);
    QString error;
    const auto feed = m_api->readFeed(token, {}, &error);
    if (!feed) {
        qWarning("feed: %s", qPrintable(error));
        return -1;
    }
    int n = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"document_action:"_s) &&
            it.value().value(u"id"_s).toString() == id) {
            ++n;
            *record = it.value();
        }
    }
    // The single-record read agrees with the feed.
    const kit::HttpReply single = m_api->request("GET", u"/api/v1/document-actions/"_s + id, token);
    if ((n == 0) != (single.status == 404) || (n > 0 && single.json() != *record))
        return -2;
    return n;
}

void TestSyncDocumentActions::resendMadeOfflineReachesTheHubOnce()
{
    const QString path = m_dir.filePath(u"offline.db"_s);
    auto store = makeStore(u"offline.db"_s);
    QVERIFY(store);
    QVERIFY(syncOnce(*store, m_hub.url()));
    const QStringList ids = citizenWithDocument(path);
    QVERIFY2(ids.size() == 2, "the demo region has no Leuven citizen with a document");

    // The hub goes away; the clerk goes on.
    const quint16 port = m_hub.port();
    m_hub.stop();
    QVERIFY(!m_hub.isRunning());
    QSignalSpy changed(store.get(), &Store::recordsChanged);
    QSignalSpy failed(store.get(), &Store::writeFailed);
    DocumentAction a;
    a.citizenId = ids.at(0);
    a.documentId = ids.at(1);
    a.kind = DocumentActionKind::Resend;
    a.reason = u"Brief nooit ontvangen; adres gecontroleerd"_s;
    const QString id = store->recordDocumentAction(a);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    // The push fails: offline, the action waits in the outbox at version 0.
    store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!store->isOnline(), 30000);
    QCOMPARE(store->pendingCount(), 1);
    QCOMPARE(kit::scalar(path, u"SELECT version FROM document_action WHERE id = ?"_s, {id}),
             u"0"_s);
    QCOMPARE(kit::scalar(path, u"SELECT method || ' ' || path FROM outbox"_s),
             u"POST /api/v1/document-actions"_s);

    // The hub comes back on the same address; the engine sends the action by itself.
    QVERIFY2(startHub(port), qPrintable(m_hub.errorString() + m_hub.standardError()));
    QCOMPARE(m_hub.port(), port);
    store->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version FROM document_action WHERE id = ?"_s, {id}), u"1"_s,
        20000);
    QVERIFY(store->isOnline());
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);

    QJsonObject stored;
    QCOMPARE(onHub(id, &stored), 1);
    QCOMPARE(stored.value(u"kind"_s).toString(), u"resend"_s);
    QCOMPARE(stored.value(u"document_id"_s).toString(), ids.at(1));
    QCOMPARE(stored.value(u"reason"_s).toString(), a.reason);
    QCOMPARE(stored.value(u"version"_s).toInteger(), 1);
    QVERIFY(!stored.value(u"staff_id"_s).toString().isEmpty());
    // The cache holds what the hub holds.
    QString error;
    const QJsonObject cached = kit::cacheRecords(path, &error).value(u"document_action:"_s + id);
    QCOMPARE(cached, kit::normalise(u"document_action"_s, stored));
    // And a later sync changes nothing: still one.
    QVERIFY(syncAgain(*store));
    QCOMPARE(onHub(id, &stored), 1);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM document_action WHERE id = ?"_s, {id}),
             u"1"_s);
}

void TestSyncDocumentActions::paperCopyWhoseAnswerIsLostLandsOnce()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    const QString path = m_dir.filePath(u"lost.db"_s);
    auto store = makeStore(u"lost.db"_s);
    QVERIFY(store);
    QVERIFY(syncOnce(*store, proxy.url()));
    const QStringList ids = citizenWithDocument(path);
    QVERIFY(ids.size() == 2);

    // The hub stores the first POST and commits; its answer never reaches the client.
    proxy.addRule(
        {"POST", u"/api/v1/document-actions"_s, 0, 1, FaultProxy::Fault::CutAfterForward, 0});
    DocumentAction a;
    a.citizenId = ids.at(0);
    a.documentId = ids.at(1);
    a.kind = DocumentActionKind::PaperCopy;
    a.reason = u"Geen computer; wil de brief op papier"_s;
    const QString id = store->recordDocumentAction(a);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version FROM document_action WHERE id = ?"_s, {id}), u"1"_s,
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 20000);
    QCOMPARE(proxy.faultsApplied(), 1);

    // Sent twice with one idempotency key: the second answer was the hub's first.
    QList<QByteArray> keys;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method == "POST" && s.path.startsWith(u"/api/v1/document-actions"_s))
            keys << s.idempotencyKey;
    }
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
    QVERIFY(!keys.at(0).isEmpty());

    QJsonObject stored;
    QCOMPARE(onHub(id, &stored), 1);
    QCOMPARE(stored.value(u"kind"_s).toString(), u"paper_copy"_s);
    QCOMPARE(stored.value(u"reason"_s).toString(), a.reason);
    QCOMPARE(stored.value(u"version"_s).toInteger(), 1);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);
}

void TestSyncDocumentActions::actionOnOneClientReachesAnother()
{
    const QString pathA = m_dir.filePath(u"client-a.db"_s);
    const QString pathB = m_dir.filePath(u"client-b.db"_s);
    auto a = makeStore(u"client-a.db"_s);
    auto b = makeStore(u"client-b.db"_s);
    QVERIFY(a && b);
    QVERIFY(syncOnce(*a, m_hub.url()));
    QVERIFY(syncOnce(*b, m_hub.url()));
    const QStringList ids = citizenWithDocument(pathA);
    QVERIFY(ids.size() == 2);

    DocumentAction explained;
    explained.citizenId = ids.at(0);
    explained.documentId = ids.at(1);
    explained.kind = DocumentActionKind::Explained;
    explained.reason = u"Uitgelegd dat de herinnering automatisch komt"_s;
    const QString first = a->recordDocumentAction(explained);
    DocumentAction help;
    help.citizenId = ids.at(0);
    help.kind = DocumentActionKind::EboxActivationHelp;
    const QString second = a->recordDocumentAction(help);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(pathA,
                    u"SELECT group_concat(version) FROM (SELECT version FROM"
                    " document_action WHERE id IN (?, ?) ORDER BY local_id)"_s,
                    {first, second}),
        u"1,1"_s, 60000);

    // B has neither until it reads the feed; then both, as the hub has them.
    QCOMPARE(kit::scalar(pathB, u"SELECT count(*) FROM document_action WHERE id IN (?, ?)"_s,
                         {first, second}),
             u"0"_s);
    QVERIFY(syncAgain(*b));
    QString error;
    const QHash<QString, QJsonObject> cached = kit::cacheRecords(pathB, &error);
    for (const QString &id : {first, second}) {
        QJsonObject stored;
        QCOMPARE(onHub(id, &stored), 1);
        QCOMPARE(cached.value(u"document_action:"_s + id),
                 kit::normalise(u"document_action"_s, stored));
    }
    QCOMPARE(cached.value(u"document_action:"_s + first).value(u"kind"_s).toString(),
             u"explained"_s);
    QCOMPARE(cached.value(u"document_action:"_s + second).value(u"document_id"_s).toString(),
             QString());
    QCOMPARE(kit::scalar(pathB, u"SELECT count(*) FROM document_action WHERE id IN (?, ?)"_s,
                         {first, second}),
             u"2"_s);
    // B's cache and the hub agree on everything else too.
    const QByteArray token = m_api->login(m_leuven.user, m_leuven.password);
    const auto feed = m_api->readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    QHash<QString, QJsonObject> expected = feed->records;
    // Other tests of this suite wrote actions too; this client read them all.
    const QString diff = kit::difference(kit::normaliseAll(expected), cached);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestSyncDocumentActions)
#include "tst_sync_documentactions.moc"
