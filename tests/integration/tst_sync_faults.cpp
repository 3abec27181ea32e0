// Faults between the client and the real loket-hub (issue 3): the hub killed mid-page and
// restarted, 500, 503 with Retry-After, an answer slower than the timeout, a truncated body,
// malformed JSON, a wrong content type; for pushes too. Each time the cache stays consistent
// (its data is exactly what the feed held up to its cursor), a clear error is reported, and the
// sync completes by itself once the fault is gone.

#include "faultproxy.h"
#include "synctestkit.h"

#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(FaultProxy::Fault)

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pullSurvivesFaults_data();
    void pullSurvivesFaults();
    void pushSurvivesFaults_data();
    void pushSurvivesFaults();

private:
    bool startHub();
    std::unique_ptr<Store> makeStore(const QString &path);
    // The cache holds exactly what the feed held up to the cache's cursor.
    QString consistency(const QString &path);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_account;
    QByteArray m_token;
    kit::HubApi::Feed m_full;
    int m_run = 0;
};

bool TestSyncFaults::startHub()
{
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 1000;
    o.seed = 11;
    m_hub.start(o);
    return m_hub.waitForStarted(120000);
}

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(startHub(), qPrintable(m_hub.errorString()));
    const auto account = m_hub.account(u"counter"_s, {u"24062"_s});
    QVERIFY(account);
    m_account = *account;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_token = m_api->login(m_account.user, m_account.password);
    QVERIFY(!m_token.isEmpty());
}

void TestSyncFaults::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncFaults::makeStore(const QString &path)
{
    // Smaller pages and shorter timeouts than the other suites: the faults need several pages
    // and several attempts per test.
    StoreOptions o = kit::fastStoreOptions(path);
    o.sync.pageSize = 200;
    o.sync.timeoutMs = 1500;
    o.sync.backoff = {100, 800, 60000};
    return kit::openStore(o);
}

QString TestSyncFaults::consistency(const QString &path)
{
    if (const QString ok = kit::scalar(path, u"PRAGMA integrity_check"_s); ok != u"ok"_s)
        return u"integrity_check: "_s + ok;
    QString error;
    const auto all = m_api->readFeed(m_token, {}, &error);
    const QString cursor = kit::scalar(path, u"SELECT cursor FROM sync_state"_s);
    const auto rest = m_api->readFeed(m_token, cursor, &error);
    if (!all || !rest)
        return error;
    QHash<QString, QJsonObject> expected = all->records;
    for (auto it = rest->records.cbegin(); it != rest->records.cend(); ++it)
        expected.remove(it.key()); // changed after the cursor: may or may not be in yet
    QHash<QString, QJsonObject> actual = kit::cacheRecords(path, &error);
    for (auto it = rest->records.cbegin(); it != rest->records.cend(); ++it)
        actual.remove(it.key());
    // Contact moments the test itself logged are local rows before the hub has them.
    for (auto it = actual.begin(); it != actual.end();) {
        if (it.value().value(u"summary"_s).toString().startsWith(u"fault test"_s))
            it = actual.erase(it);
        else
            ++it;
    }
    for (auto it = expected.begin(); it != expected.end();) {
        if (it.value().value(u"summary"_s).toString().startsWith(u"fault test"_s))
            it = expected.erase(it);
        else
            ++it;
    }
    const QString diff = kit::difference(kit::normaliseAll(expected), actual);
    return diff.isEmpty() ? QString() : u"cursor %1: "_s.arg(cursor) + diff;
}

void TestSyncFaults::pullSurvivesFaults_data()
{
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    QTest::newRow("hub killed mid-page and restarted")
        << FaultProxy::Fault::KillHub << 1 << int(SyncError::Kind::Network);
    QTest::newRow("500") << FaultProxy::Fault::Status500 << 2 << int(SyncError::Kind::Server);
    QTest::newRow("503 with Retry-After")
        << FaultProxy::Fault::Status503 << 2 << int(SyncError::Kind::Server);
    QTest::newRow("slower than the timeout")
        << FaultProxy::Fault::Slow << 1 << int(SyncError::Kind::Timeout);
    QTest::newRow("truncated body")
        << FaultProxy::Fault::Truncate << 2 << int(SyncError::Kind::Network);
    QTest::newRow("malformed JSON")
        << FaultProxy::Fault::MalformedJson << 2 << int(SyncError::Kind::Contract);
    QTest::newRow("wrong content type")
        << FaultProxy::Fault::WrongContentType << 2 << int(SyncError::Kind::Contract);
}

void TestSyncFaults::pullSurvivesFaults()
{
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(int, count);
    QFETCH(int, kind);

    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    // The third page breaks, `count` times in a row.
    proxy.addRule({"GET", u"/api/v1/changes"_s, 2, count, fault, 4000});
    bool restarted = false;
    proxy.setOnKill([&] {
        m_hub.kill();
        restarted = startHub();
        proxy.setUpstream(m_hub.port());
        m_api->setBase(m_hub.url());
    });

    const QString path = m_dir.filePath(u"pull-%1.db"_s.arg(++m_run));
    auto store = makeStore(path);
    QVERIFY(store);
    QSignalSpy errors(store.get(), &Store::errorOccurred);
    QSignalSpy finished(store.get(), &Store::cycleFinished);
    store->login(proxy.url(), m_account.user, m_account.password);
    QVERIFY(errors.wait(30000));
    const auto error = errors.first().first().value<SyncError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    if (fault == FaultProxy::Fault::KillHub)
        QVERIFY2(restarted, qPrintable(m_hub.errorString()));
    const QString right = consistency(path);
    QVERIFY2(right.isEmpty(), qPrintable(right));

    // Nobody asks it to: the engine retries and completes once the fault is gone.
    QVERIFY(QTest::qWaitFor(
        [&] { return !finished.isEmpty() && finished.last().first().value<SyncOutcome>().pulled; },
        60000));
    QCOMPARE(proxy.faultsApplied(), count);
    QString e;
    const auto feed = m_api->readFeed(m_token, {}, &e);
    QVERIFY2(feed, qPrintable(e));
    QCOMPARE(kit::scalar(path, u"SELECT cursor FROM sync_state"_s), feed->cursor);
    const QString diff =
        kit::difference(kit::normaliseAll(feed->records), kit::cacheRecords(path, &e));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(kit::scalar(path, u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                               " AND tbl_name = 'citizen'"_s),
             u"3"_s);
    // The address column: some people are called Van Leuven.
    QCOMPARE(
        kit::scalar(
            path,
            u"SELECT count(*) FROM citizen_fts WHERE citizen_fts MATCH 'place_key : leuven'"_s),
        kit::scalar(path, u"SELECT count(*) FROM citizen WHERE city = 'Leuven'"_s));
}

void TestSyncFaults::pushSurvivesFaults_data()
{
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<int>("count");
    QTest::newRow("500") << FaultProxy::Fault::Status500 << 2;
    QTest::newRow("503 with Retry-After") << FaultProxy::Fault::Status503 << 1;
    QTest::newRow("slower than the timeout") << FaultProxy::Fault::Slow << 1;
    QTest::newRow("truncated answer") << FaultProxy::Fault::Truncate << 1;
    QTest::newRow("answer lost after the hub committed") << FaultProxy::Fault::CutAfterForward << 3;
    QTest::newRow("hub killed while answering") << FaultProxy::Fault::KillHub << 1;
}

void TestSyncFaults::pushSurvivesFaults()
{
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(int, count);

    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    proxy.setOnKill([&] {
        m_hub.kill();
        startHub();
        proxy.setUpstream(m_hub.port());
        m_api->setBase(m_hub.url());
    });
    const QString path = m_dir.filePath(u"push-%1.db"_s.arg(++m_run));
    auto store = makeStore(path);
    QVERIFY(store);
    QSignalSpy finished(store.get(), &Store::cycleFinished);
    store->login(proxy.url(), m_account.user, m_account.password);
    QVERIFY(QTest::qWaitFor(
        [&] { return !finished.isEmpty() && finished.last().first().value<SyncOutcome>().pulled; },
        60000));

    proxy.addRule({"POST", u"/api/v1/contact-moments"_s, 0, count, fault, 4000});
    QSignalSpy errors(store.get(), &Store::errorOccurred);
    const QString tag = u"fault test %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QStringList ids;
    const QStringList citizens =
        kit::scalar(
            path,
            u"SELECT group_concat(id) FROM (SELECT id FROM citizen ORDER BY local_id LIMIT 3)"_s)
            .split(u',');
    for (int i = 0; i < 3; ++i) {
        ContactMoment m;
        m.citizenId = citizens.at(i);
        m.channel = ContactChannel::HomeVisit;
        m.topic = u"social"_s;
        m.summary = u"%1 #%2"_s.arg(tag).arg(i);
        ids << store->logContactMoment(m);
    }
    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(
            kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}), u"1"_s,
            60000);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(proxy.faultsApplied(), count);

    // Each exactly once on the hub, with the version the hub gave it in the cache.
    m_token = m_api->login(m_account.user, m_account.password);
    QString e;
    const auto feed = m_api->readFeed(m_token, {}, &e);
    QVERIFY2(feed, qPrintable(e));
    QStringList summaries;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        const QString s = it.value().value(u"summary"_s).toString();
        if (s.startsWith(tag))
            summaries << s;
    }
    summaries.sort();
    QCOMPARE(summaries, (QStringList{tag + u" #0"_s, tag + u" #1"_s, tag + u" #2"_s}));
    for (const QString &id : std::as_const(ids)) {
        const kit::HttpReply r = m_api->request("GET", u"/api/v1/contact-moments/"_s + id, m_token);
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}),
                     QString::number(r.json().value(u"version"_s).toInteger()));
    }
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
