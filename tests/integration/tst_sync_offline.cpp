// Working offline by choice against the real loket-hub on loopback (issue 7, item 2): with
// "Work offline" on, the engine sends no request at all (counted by a proxy in front of the
// hub) while edits land in the outbox; switched off, it sends at once and every change lands
// on the hub exactly once.

#include "faultproxy.h"
#include "synctestkit.h"

#include "model/accessentry.h"
#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
} // namespace

class TestSyncOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void workOfflineSendsNothingThenEachChangeLandsOnce_data();
    void workOfflineSendsNothingThenEachChangeLandsOnce();

private:
    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_counter;
    DemoAccount m_admin;
    int m_caches = 0;
};

void TestSyncOffline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 400;
    o.seed = 23;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(counter && admin);
    m_counter = *counter;
    m_admin = *admin;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestSyncOffline::cleanupTestCase()
{
    m_hub.stop();
}

void TestSyncOffline::workOfflineSendsNothingThenEachChangeLandsOnce_data()
{
    QTest::addColumn<int>("contacts");
    QTest::addColumn<int>("openings");
    QTest::newRow("a few") << 3 << 2;
    QTest::newRow("a morning's work") << 12 << 8;
}

void TestSyncOffline::workOfflineSendsNothingThenEachChangeLandsOnce()
{
    QFETCH(int, contacts);
    QFETCH(int, openings);

    FaultProxy proxy; // lets everything through; it only counts
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    const QString name = u"offline-%1.db"_s.arg(++m_caches);
    const QString path = m_dir.filePath(name);
    auto store = kit::openStore(kit::fastStoreOptions(path));
    QVERIFY(store);
    QVERIFY(kit::signInAndPull(*store, proxy.url(), m_counter.user, m_counter.password));
    const QString citizen = kit::scalar(
        path, u"SELECT id FROM citizen WHERE municipality_nis = ? ORDER BY id LIMIT 1"_s, {leuven});
    QVERIFY(!citizen.isEmpty());

    QSignalSpy finished(store.get(), &Store::cycleFinished);
    QSignalSpy loginFailed(store.get(), &Store::loginFailed);
    store->setWorkOffline(WorkOffline::On);
    QCOMPARE(store->workOffline(), WorkOffline::On);
    QTRY_VERIFY(!store->isOnline());
    const qsizetype before = proxy.seen().size();

    // A morning's work while offline by choice: contact moments and dossier openings.
    const QString run = QString::number(m_caches);
    QStringList ids;
    for (int i = 0; i < contacts; ++i) {
        ContactMoment m;
        m.citizenId = citizen;
        m.channel = ContactChannel::HomeVisit;
        m.topic = u"ebox"_s;
        m.summary = u"offline %1 contact %2"_s.arg(run).arg(i);
        ids << store->logContactMoment(m);
    }
    QStringList openingIds;
    for (int i = 0; i < openings; ++i) {
        AccessEntry e;
        e.citizenId = citizen;
        e.action = AccessAction::OpenDossier;
        e.purpose = AccessPurpose::HomeVisit;
        openingIds << store->recordAccess(e);
    }
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), contacts + openings, 20000);

    // Asked to sync and to sign in: the engine answers at once that it holds, and sends nothing.
    finished.clear();
    store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.first().value<SyncOutcome>().heldOffline;
                                         }),
                             20000);
    const SyncOutcome held = finished.last().first().value<SyncOutcome>();
    QCOMPARE(held.pushed, 0);
    QCOMPARE(held.pendingLeft, contacts + openings);
    store->login(proxy.url(), m_counter.user, m_counter.password);
    QTRY_COMPARE_WITH_TIMEOUT(loginFailed.size(), 1, 20000);
    QVERIFY(loginFailed.first().first().value<SyncError>().message.contains(u"Work offline"_s));
    QCOMPARE(proxy.seen().size(), before);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s),
             QString::number(contacts + openings));

    // Back online by choice: everything goes out at once, without anyone asking for a sync.
    store->setWorkOffline(WorkOffline::Off);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 60000);
    QVERIFY(store->isOnline());
    QVERIFY(proxy.seen().size() > before);

    // Each change was sent once and is on the hub once.
    QHash<QString, int> posts;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method == "POST" && !s.idempotencyKey.isEmpty())
            ++posts[s.path.section(u'?', 0, 0)];
    }
    QCOMPARE(posts.value(u"/api/v1/contact-moments"_s), contacts);
    QCOMPARE(posts.value(u"/api/v1/access-log"_s), openings);
    const QByteArray token = m_api->login(m_counter.user, m_counter.password);
    QString error;
    const auto feed = m_api->readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    for (int i = 0; i < contacts; ++i) {
        const QString summary = u"offline %1 contact %2"_s.arg(run).arg(i);
        int copies = 0;
        for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
            copies += it.value().value(u"summary"_s).toString() == summary ? 1 : 0;
        QCOMPARE(copies, 1);
        QVERIFY(feed->records.contains(u"contact_moment:"_s + ids.at(i)));
    }
    const QByteArray admin = m_api->login(m_admin.user, m_admin.password);
    QUrlQuery query;
    query.addQueryItem(u"citizen_id"_s, citizen);
    const kit::HttpReply log =
        m_api->request("GET", u"/api/v1/access-log?"_s + query.toString(QUrl::FullyEncoded), admin);
    QVERIFY2(log.status == 200, log.body.constData());
    QSet<QString> logged;
    for (const QJsonValue &v : log.json().value(u"entries"_s).toArray())
        logged.insert(v.toObject().value(u"id"_s).toString());
    for (const QString &id : std::as_const(openingIds))
        QVERIFY2(logged.contains(id), qPrintable(id));
    int mine = 0;
    for (const QJsonValue &v : log.json().value(u"entries"_s).toArray())
        mine += openingIds.contains(v.toObject().value(u"id"_s).toString()) ? 1 : 0;
    QCOMPARE(mine, openings);
}

QTEST_GUILESS_MAIN(TestSyncOffline)
#include "tst_sync_offline.moc"
