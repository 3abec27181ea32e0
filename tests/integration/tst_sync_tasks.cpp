// Follow-up tasks between real clients and the real loket-hub on loopback (issue 8, item 3): two
// counters claim the same task while offline and then come online (one owns it, the other's
// cache shows the winner and its person is told); a task handed over offline with its note
// arrives once in the helpdesk queue, also when the hub's first answer is lost on the way.

#include "faultproxy.h"
#include "synctestkit.h"

#include "store/store.h"
#include "store/taskcommands.h"
#include "sync/localhub.h"

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

// An open, unclaimed task of the municipality queue of `nis` in the cache at `path`. Every test
// claims or hands over the one it takes, so the next test finds another.
QString openTask(const QString &path, const QString &nis)
{
    return kit::scalar(path,
                       u"SELECT id FROM task WHERE queue = 'municipality' AND status = 'open'"
                       " AND municipality_nis = ? ORDER BY due, id LIMIT 1"_s,
                       {nis});
}

} // namespace

class TestSyncTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoOfflineClaimsOneWinner();
    void handoverOfflineArrivesOnce_data();
    void handoverOfflineArrivesOnce();

private:
    std::unique_ptr<Store> signedIn(const QUrl &hub, const DemoAccount &account);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_counter;
    DemoAccount m_colleague; // a second counter of the same municipality
    DemoAccount m_helpdesk;  // a helpdesk member of another municipality
    int m_caches = 0;
    int m_run = 0; // makes each handover's note unique
};

void TestSyncTasks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 300;
    o.seed = 31;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(counter && admin);
    m_counter = *counter;
    for (const DemoAccount &a : m_hub.accounts()) {
        if (a.role == u"helpdesk"_s && a.scope.size() == 1 && a.scope.first() != leuven)
            m_helpdesk = a;
    }
    QVERIFY(!m_helpdesk.user.isEmpty());
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    const QByteArray adminToken = m_api->login(admin->user, admin->password);
    QVERIFY(!adminToken.isEmpty());
    m_colleague = {u"ann-peeters"_s, u"a long password for Ann"_s, u"counter"_s, {leuven}};
    const kit::HttpReply made = m_api->request(
        "POST", u"/api/v1/admin/accounts"_s, adminToken,
        QJsonDocument(QJsonObject{{u"user"_s, m_colleague.user},
                                  {u"password"_s, m_colleague.password},
                                  {u"role"_s, u"counter"_s},
                                  {u"municipality"_s, leuven},
                                  {u"display_name"_s, u"Ann Peeters"_s}})
            .toJson(QJsonDocument::Compact),
        {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    QVERIFY2(made.status == 201, made.body.constData());
}

void TestSyncTasks::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncTasks::signedIn(const QUrl &hub, const DemoAccount &account)
{
    const QString path = m_dir.filePath(u"tasks-%1.db"_s.arg(++m_caches));
    auto store = kit::openStore(kit::fastStoreOptions(path));
    if (!store || !kit::signInAndPull(*store, hub, account.user, account.password))
        return {};
    return store;
}

void TestSyncTasks::twoOfflineClaimsOneWinner()
{
    auto first = signedIn(m_hub.url(), m_colleague);
    auto second = signedIn(m_hub.url(), m_counter);
    QVERIFY(first && second);
    const QString id = openTask(first->path(), leuven);
    QVERIFY2(!id.isEmpty(), "the demo hub gives Leuven open tasks");
    QCOMPARE(kit::scalar(second->path(), u"SELECT status FROM task WHERE id = ?"_s, {id}),
             u"open"_s);
    const QString winner = first->session().staffId;
    const QString loser = second->session().staffId;
    QVERIFY(!winner.isEmpty() && !loser.isEmpty() && winner != loser);

    // Both claim it offline: each sees the claim as theirs at once.
    for (Store *s : {first.get(), second.get()}) {
        s->setWorkOffline(WorkOffline::On);
        QTRY_VERIFY(!s->isOnline());
        s->submit(
            std::make_shared<TaskStepCommand>(TaskStepCommand::claim(id, s->session().staffId)));
    }
    QTRY_COMPARE(
        kit::scalar(first->path(), u"SELECT owner_staff_id FROM task WHERE id = ?"_s, {id}),
        winner);
    QTRY_COMPARE(
        kit::scalar(second->path(), u"SELECT owner_staff_id FROM task WHERE id = ?"_s, {id}),
        loser);
    QTRY_COMPARE(first->pendingCount(), 1);
    QTRY_COMPARE(second->pendingCount(), 1);

    // The first back online wins; the second is told who did, in plain words.
    first->setWorkOffline(WorkOffline::Off);
    QTRY_COMPARE_WITH_TIMEOUT(first->pendingCount(), 0, 60000);
    QSignalSpy lost(second.get(), &Store::taskClaimLost);
    second->setWorkOffline(WorkOffline::Off);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 60000);
    QCOMPARE(lost.first().at(0).toString(), id);
    const QString message = lost.first().at(1).toString();
    QVERIFY2(message.startsWith(u"Ann Peeters claimed this task at "_s), qPrintable(message));
    QVERIFY2(message.endsWith(u"; it is no longer yours to do."_s), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(second->pendingCount(), 0, 20000);
    QCOMPARE(kit::scalar(second->path(), u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QTRY_COMPARE(
        kit::scalar(second->path(), u"SELECT owner_staff_id FROM task WHERE id = ?"_s, {id}),
        winner);
    // The hub holds one claim, the winner's.
    const QByteArray token = m_api->login(m_counter.user, m_counter.password);
    const kit::HttpReply r = m_api->request("GET", u"/api/v1/tasks/"_s + id, token);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"owner_staff_id"_s).toString(), winner);
    int claims = 0;
    for (const QJsonValue &v : r.json().value(u"history"_s).toArray())
        claims += v.toObject().value(u"action"_s).toString() == u"claimed"_s ? 1 : 0;
    QCOMPARE(claims, 1);
    // After a pull, both caches agree with the hub.
    QVERIFY(kit::pullAgain(*first));
    QVERIFY(kit::pullAgain(*second));
    for (Store *s : {first.get(), second.get()})
        QCOMPARE(kit::scalar(s->path(),
                             u"SELECT owner_staff_id || '|' || version FROM task"
                             " WHERE id = ?"_s,
                             {id}),
                 winner + u"|2"_s);
}

void TestSyncTasks::handoverOfflineArrivesOnce_data()
{
    QTest::addColumn<bool>("loseFirstAnswer");
    QTest::newRow("answered") << false;
    QTest::newRow("first answer lost after the hub committed") << true;
}

void TestSyncTasks::handoverOfflineArrivesOnce()
{
    QFETCH(bool, loseFirstAnswer);
    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    auto counter = signedIn(proxy.url(), m_counter);
    auto helpdesk = signedIn(m_hub.url(), m_helpdesk);
    QVERIFY(counter && helpdesk);
    const QString id = openTask(counter->path(), leuven);
    QVERIFY(!id.isEmpty());
    // The helpdesk of another municipality does not see the counter's queue.
    QCOMPARE(kit::scalar(helpdesk->path(), u"SELECT count(*) FROM task WHERE id = ?"_s, {id}),
             u"0"_s);

    const QString note = u"Mevrouw belt na 14u terug; graag via de helpdesk (%1)."_s.arg(++m_run);
    counter->setWorkOffline(WorkOffline::On);
    QTRY_VERIFY(!counter->isOnline());
    const QString me = counter->session().staffId;
    counter->submit(std::make_shared<TaskStepCommand>(TaskStepCommand::claim(id, me)));
    TaskHandover handover;
    handover.toQueue = TaskQueueKind::Helpdesk;
    handover.note = note;
    counter->submit(std::make_shared<TaskStepCommand>(TaskStepCommand::handOver(id, handover, me)));
    QTRY_COMPARE(kit::scalar(counter->path(), u"SELECT queue FROM task WHERE id = ?"_s, {id}),
                 u"helpdesk"_s);
    QTRY_COMPARE(counter->pendingCount(), 2);
    const QString handoverPath = u"/api/v1/tasks/%1/handover"_s.arg(id);
    if (loseFirstAnswer)
        proxy.addRule({"POST", handoverPath, 0, 1, FaultProxy::Fault::CutAfterForward, 0});

    counter->setWorkOffline(WorkOffline::Off);
    QTRY_COMPARE_WITH_TIMEOUT(counter->pendingCount(), 0, 60000);
    QList<QByteArray> keys;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method == "POST" && s.path == handoverPath)
            keys << s.idempotencyKey;
    }
    QCOMPARE(keys.size(), loseFirstAnswer ? 2 : 1);
    QVERIFY(std::all_of(keys.cbegin(), keys.cend(),
                        [&](const QByteArray &k) { return k == keys.first(); }));
    QCOMPARE(proxy.faultsApplied(), loseFirstAnswer ? 1 : 0);

    // On the hub: in the helpdesk queue, unclaimed, the note once.
    const QByteArray token = m_api->login(m_helpdesk.user, m_helpdesk.password);
    const kit::HttpReply r = m_api->request("GET", u"/api/v1/tasks/"_s + id, token);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"queue"_s).toString(), u"helpdesk"_s);
    QVERIFY(r.json().value(u"owner_staff_id"_s).isNull());
    int notes = 0;
    for (const QJsonValue &v : r.json().value(u"history"_s).toArray())
        notes += v.toObject().value(u"note"_s).toString() == note ? 1 : 0;
    QCOMPARE(notes, 1);
    QCOMPARE(r.json().value(u"version"_s).toInt(), 3); // created, claimed, handed over

    // The helpdesk's client gets it with its next pull, once, with the note once.
    QVERIFY(kit::pullAgain(*helpdesk));
    QCOMPARE(kit::scalar(helpdesk->path(),
                         u"SELECT queue || '|' || status || '|' || version FROM task"
                         " WHERE id = ?"_s,
                         {id}),
             u"helpdesk|open|3"_s);
    const QString history =
        kit::scalar(helpdesk->path(), u"SELECT history_json FROM task WHERE id = ?"_s, {id});
    QCOMPARE(history.count(note), 1);
    // And the counter's cache shows the hub's version.
    QVERIFY(kit::pullAgain(*counter));
    QCOMPARE(kit::scalar(counter->path(), u"SELECT version FROM task WHERE id = ?"_s, {id}),
             u"3"_s);
}

QTEST_GUILESS_MAIN(TestSyncTasks)
#include "tst_sync_tasks.moc"
