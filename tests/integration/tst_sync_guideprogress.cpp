// Guide progress against the real loket-hub on loopback (issue 6): a ticked step reaches the hub
// exactly once even when its push is repeated with the same idempotency key, another client
// receives it through the changes feed, and an account of another municipality is refused.

#include "synctestkit.h"

#include "model/guideprogress.h"
#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
const QString herent = u"24038"_s;
const QString guideId = u"ebox-activate"_s;
} // namespace

class TestSyncGuideProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void progressReachesTheHubOnceAndAnotherClient();
    void otherMunicipalityIsRefused_data();
    void otherMunicipalityIsRefused();

private:
    std::unique_ptr<Store> makeStore(const QString &name);
    bool syncOnce(Store &store, const DemoAccount &account);
    bool syncAgain(Store &store);
    QString citizenOf(const QString &nis);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_leuven;
    DemoAccount m_herent;
};

void TestSyncGuideProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 400;
    o.seed = 11;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto leuvenCounter = m_hub.account(u"counter"_s, {leuven});
    const auto herentCounter = m_hub.account(u"counter"_s, {herent});
    QVERIFY(leuvenCounter && herentCounter);
    m_leuven = *leuvenCounter;
    m_herent = *herentCounter;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestSyncGuideProgress::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestSyncGuideProgress::makeStore(const QString &name)
{
    return kit::openStore(kit::fastStoreOptions(m_dir.filePath(name)));
}

bool TestSyncGuideProgress::syncOnce(Store &store, const DemoAccount &account)
{
    return kit::signInAndPull(store, m_hub.url(), account.user, account.password);
}

bool TestSyncGuideProgress::syncAgain(Store &store)
{
    return kit::pullAgain(store);
}

// A citizen of `nis`, read through the hub's own feed with that municipality's account.
QString TestSyncGuideProgress::citizenOf(const QString &nis)
{
    const DemoAccount &account = nis == leuven ? m_leuven : m_herent;
    const auto feed = m_api->readFeed(m_api->login(account.user, account.password));
    if (!feed)
        return {};
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"citizen:"_s) &&
            it.value().value(u"municipality_nis"_s).toString() == nis)
            return it.value().value(u"id"_s).toString();
    }
    return {};
}

void TestSyncGuideProgress::progressReachesTheHubOnceAndAnotherClient()
{
    const QString pathA = m_dir.filePath(u"a.db"_s);
    auto a = makeStore(u"a.db"_s);
    QVERIFY(a);
    QVERIFY(syncOnce(*a, m_leuven));
    const QString citizen = kit::scalar(
        pathA, u"SELECT id FROM citizen WHERE municipality_nis = ? LIMIT 1"_s, {leuven});
    QVERIFY(!citizen.isEmpty());
    const QString id = guideProgressId(citizen, guideId, u"open-website"_s);

    // Ticked while the hub is away: the entry waits in the outbox with its key.
    a.reset();
    a = makeStore(u"a.db"_s);
    QVERIFY(a);
    GuideProgress p;
    p.citizenId = citizen;
    p.guideId = guideId;
    p.stepId = u"open-website"_s;
    p.guideVersion = 1;
    p.status = StepStatus::Alone;
    QSignalSpy changed(a.get(), &Store::recordsChanged);
    QSignalSpy failed(a.get(), &Store::writeFailed);
    a->recordGuideProgress(p);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    QCOMPARE(changed.first().at(0).value<RecordType>(), RecordType::GuideProgress);
    a.reset(); // the store's connection is closed: the outbox is read from the file
    const QString key = kit::scalar(pathA, u"SELECT idempotency_key FROM outbox"_s);
    const QString method = kit::scalar(pathA, u"SELECT method FROM outbox"_s);
    const QString path = kit::scalar(pathA, u"SELECT path FROM outbox"_s);
    const QString body = kit::scalar(pathA, u"SELECT body FROM outbox"_s);
    QCOMPARE(method, u"PUT"_s);
    QCOMPARE(path, u"/api/v1/guide-progress/"_s + id);

    // The push.
    a = makeStore(u"a.db"_s);
    QVERIFY(a);
    QVERIFY(syncOnce(*a, m_leuven));
    QTRY_COMPARE_WITH_TIMEOUT(a->pendingCount(), 0, 20000);
    QCOMPARE(kit::scalar(pathA, u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QCOMPARE(kit::scalar(pathA,
                         u"SELECT status || ' ' || version FROM guide_progress"
                         " WHERE id = ?"_s,
                         {id}),
             u"alone 1"_s);

    // The same push again, as after a lost answer: the hub answers from its first answer.
    const QByteArray token = m_api->login(m_leuven.user, m_leuven.password);
    QVERIFY(!token.isEmpty());
    const kit::HttpReply replay =
        m_api->request("PUT", path, token, body.toUtf8(), {{"Idempotency-Key", key.toLatin1()}});
    QVERIFY2(replay.status == 201, replay.body.constData());
    QCOMPARE(replay.json().value(u"version"_s).toInteger(), 1);

    // On the hub: stored once, at version 1, by the account that sent it.
    const kit::HttpReply stored = m_api->request("GET", u"/api/v1/guide-progress/"_s + id, token);
    QVERIFY2(stored.status == 200, stored.body.constData());
    QCOMPARE(stored.json().value(u"version"_s).toInteger(), 1);
    QCOMPARE(stored.json().value(u"status"_s).toString(), u"alone"_s);
    QCOMPARE(stored.headers.value("etag"), QByteArray("\"1\""));
    QVERIFY(!stored.json().value(u"staff_id"_s).toString().isEmpty());
    const auto feed = m_api->readFeed(token);
    QVERIFY(feed);
    int records = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
        records += it.key().startsWith(u"guide_progress:"_s) ? 1 : 0;
    QCOMPARE(records, 1);
    QCOMPARE(feed->records.value(u"guide_progress:"_s + id).value(u"version"_s).toInteger(), 1);

    // Another client with its own cache receives it through the feed.
    const QString pathB = m_dir.filePath(u"b.db"_s);
    auto b = makeStore(u"b.db"_s);
    QVERIFY(b);
    QVERIFY(syncOnce(*b, m_leuven));
    QCOMPARE(kit::scalar(pathB,
                         u"SELECT status || ' ' || version FROM guide_progress"
                         " WHERE id = ?"_s,
                         {id}),
             u"alone 1"_s);

    // A later tick on A (now with help) reaches B as version 2.
    p.status = StepStatus::WithHelp;
    a->recordGuideProgress(p);
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(pathA,
                                          u"SELECT status || ' ' || version FROM guide_progress"
                                          " WHERE id = ?"_s,
                                          {id}),
                              u"with_help 2"_s, 30000);
    QVERIFY(syncAgain(*b));
    QCOMPARE(kit::scalar(pathB,
                         u"SELECT status || ' ' || version FROM guide_progress"
                         " WHERE id = ?"_s,
                         {id}),
             u"with_help 2"_s);
}

void TestSyncGuideProgress::otherMunicipalityIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("GET") << QByteArray("GET");
}

void TestSyncGuideProgress::otherMunicipalityIsRefused()
{
    QFETCH(QByteArray, method);
    const QString citizen = citizenOf(herent);
    QVERIFY(!citizen.isEmpty());
    const QString id = guideProgressId(citizen, guideId, u"start-login"_s);
    const QString path = u"/api/v1/guide-progress/"_s + id; // HubApi encodes it
    // Herent's own counter creates it, so that a GET has something to refuse.
    GuideProgress p;
    p.id = id;
    p.citizenId = citizen;
    p.guideId = guideId;
    p.stepId = u"start-login"_s;
    p.guideVersion = 1;
    p.status = StepStatus::WithHelp;
    p.doneAt = u"2026-03-02T10:00:00Z"_s;
    const QByteArray body = QJsonDocument(QJsonObject{
                                              {u"id"_s, p.id},
                                              {u"citizen_id"_s, p.citizenId},
                                              {u"guide_id"_s, p.guideId},
                                              {u"step_id"_s, p.stepId},
                                              {u"guide_version"_s, p.guideVersion},
                                              {u"status"_s, stepStatusCode(p.status)},
                                              {u"done_at"_s, p.doneAt},
                                          })
                                .toJson();
    const QByteArray herentToken = m_api->login(m_herent.user, m_herent.password);
    const kit::HttpReply own = m_api->request(
        "PUT", path, herentToken, body,
        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QVERIFY2(own.status == 200 || own.status == 201, own.body.constData());
    const qint64 version = own.json().value(u"version"_s).toInteger();

    const QByteArray leuvenToken = m_api->login(m_leuven.user, m_leuven.password);
    const kit::HttpReply r = m_api->request(
        method, path, leuvenToken, method == "PUT" ? body : QByteArray(),
        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    // Nothing changed on the hub.
    const kit::HttpReply after = m_api->request("GET", path, herentToken);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"version"_s).toInteger(), version);
}

QTEST_GUILESS_MAIN(TestSyncGuideProgress)
#include "tst_sync_guideprogress.moc"
