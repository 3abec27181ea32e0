// A municipality's reports sent to its own GeoReport v2 server instead of the hub (issue 4,
// item 6), through the client's outbox, against a real GeoReport v2 server: the loket-hub's own
// /open311/v2 endpoints on loopback, behind a fault proxy. Herent's counter files reports located
// in Leuven while working offline; this workstation sends Leuven's reports to Leuven's server.
// Each report arrives exactly once, also when the answer to the POST is lost, when the server
// fails first, and when the client is closed while its request is in flight; the server's
// number and later status changes reach the client's cache; a refusal stays in the outbox for a
// person; what GeoReport v2 cannot carry (photos, a staff status update) is refused plainly.

#include "faultproxy.h"
#include "synctestkit.h"

#include "open311/georeport.h"
#include "store/open311journal.h"
#include "store/reportcommands.h"
#include "store/repositories.h"
#include "store/store.h"
#include "sync/localhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::open311::Format)
Q_DECLARE_METATYPE(FaultProxy::Fault)

namespace {
const QString leuven = u"24062"_s;
const QString herent = u"24038"_s;

// Reads the cache at `path` through a connection of its own (the store keeps writing).
template<typename F> auto withCache(const QString &path, F read)
{
    const QString name = QUuid::createUuid().toString();
    decltype(read(QSqlDatabase())) out{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            out = read(db);
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// The catalogue's entry for `code` in the cache at `path`.
std::optional<Category> categoryIn(const QString &path, const QString &code)
{
    return withCache(path, [&](QSqlDatabase db) {
        for (const Category &c : CacheReader(db).categories())
            if (c.code == code)
                return std::optional<Category>(c);
        return std::optional<Category>();
    });
}

} // namespace

class TestOpen311Route : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void offlineReportArrivesOnceAndIsFollowed_data();
    void offlineReportArrivesOnceAndIsFollowed();
    void changeBetweenPollAndUpdatesIsTakenOnce();
    void closedWhileSendingArrivesOnceAfterRestart();
    void refusedByTheServerStaysForAPerson();
    void whatGeoReportCannotCarryIsRefused();

private:
    // A workstation of Herent's counter, signed in and filled, that sends Leuven's reports to
    // the hub's GeoReport v2 endpoints through a fault proxy of its own.
    struct Workstation
    {
        std::unique_ptr<FaultProxy> proxy;
        QString path;
        std::unique_ptr<Store> store; // null when it could not be set up
    };
    Workstation workstation(open311::Format format, const QString &apiKey);
    Report newLeuvenReport(const QString &path, const QString &description) const;
    // The command that files `report` at Herent's counter, with the catalogue's category.
    std::shared_ptr<CreateReportCommand> filing(const QString &path, const Report &report,
                                                const QList<ReportPhotoUpload> &photos = {}) const;
    // The reports on the server that carry Loket's reference to `reportId`.
    QList<open311::ServiceRequest> onServer(const QString &serviceCode, const QString &reportId,
                                            QString *problem);
    bool submitAndWait(Store &store, std::shared_ptr<StoreCommand> command, QString *refusal);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_herentCounter;
    QByteArray m_leuvenToken;
    QString m_apiKey;
    int m_caches = 0;
};

void TestOpen311Route::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 400;
    o.seed = 29;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto herentCounter = m_hub.account(u"counter"_s, {herent});
    const auto leuvenCounter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(herentCounter && leuvenCounter && admin);
    m_herentCounter = *herentCounter;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_leuvenToken = m_api->login(leuvenCounter->user, leuvenCounter->password);
    const QByteArray adminToken = m_api->login(admin->user, admin->password);
    QVERIFY(!m_leuvenToken.isEmpty() && !adminToken.isEmpty());
    const kit::HttpReply key = m_api->request(
        "POST", u"/api/v1/admin/open311-keys"_s, adminToken,
        QJsonDocument(QJsonObject{{u"municipality"_s, leuven}, {u"label"_s, u"Loket"_s}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(key.status == 201, key.body.constData());
    m_apiKey = key.json().value(u"api_key"_s).toString();
    QVERIFY(!m_apiKey.isEmpty());
}

void TestOpen311Route::cleanupTestCase()
{
    m_hub.stop();
}

bool TestOpen311Route::submitAndWait(Store &store, std::shared_ptr<StoreCommand> command,
                                     QString *refusal)
{
    QSignalSpy changed(&store, &Store::recordsChanged);
    QSignalSpy refused(&store, &Store::writeRefused);
    QSignalSpy failed(&store, &Store::writeFailed);
    const QString id = command->recordId();
    store.submit(std::move(command));
    const bool done = QTest::qWaitFor(
        [&] {
            if (!refused.isEmpty() || !failed.isEmpty())
                return true;
            for (const QList<QVariant> &args : std::as_const(changed))
                if (args.at(1).toStringList().contains(id))
                    return true;
            return false;
        },
        20000);
    if (!refused.isEmpty())
        *refusal = refused.first().at(2).toString();
    if (!failed.isEmpty())
        qWarning("write failed: %s (%s)", qPrintable(failed.first().at(2).toString()),
                 qPrintable(failed.first().at(3).toString()));
    return done && failed.isEmpty();
}

TestOpen311Route::Workstation TestOpen311Route::workstation(open311::Format format,
                                                            const QString &apiKey)
{
    Workstation w;
    w.proxy = std::make_unique<FaultProxy>();
    if (!w.proxy->listen())
        return w;
    w.proxy->setUpstream(m_hub.port());
    w.path = m_dir.filePath(u"route-%1.db"_s.arg(++m_caches));
    StoreOptions options = kit::fastStoreOptions(w.path);
    options.sync.open311FollowIntervalMs = 0;
    auto store = kit::openStore(options);
    if (!store ||
        !kit::signInAndPull(*store, m_hub.url(), m_herentCounter.user, m_herentCounter.password))
        return w;
    Open311Target target;
    target.base = w.proxy->url().resolved(QUrl(u"/open311/v2/"_s));
    target.jurisdictionId = u"leuven.be"_s;
    target.apiKey = apiKey;
    target.format = format;
    QString refusal;
    if (submitAndWait(*store, std::make_shared<SetOpen311TargetCommand>(leuven, target),
                      &refusal) &&
        refusal.isEmpty())
        w.store = std::move(store);
    return w;
}

Report TestOpen311Route::newLeuvenReport(const QString &path, const QString &description) const
{
    Report r;
    r.description = description;
    r.street = u"Bondgenotenlaan"_s;
    r.houseNumber = u"12"_s;
    r.postcode = u"3000"_s;
    r.locationNis = leuven;
    r.receivedNis = herent;
    r.latitude = 50.8798;
    r.longitude = 4.7005;
    r.notifyBy = NotifyChannel::None;
    r.categoryCode = withCache(path, [](QSqlDatabase db) {
        for (const Category &c : CacheReader(db).categories()) {
            if (std::none_of(c.fields.cbegin(), c.fields.cend(),
                             [](const CategoryField &f) { return f.required; }))
                return c.code;
        }
        return QString();
    });
    return r;
}

std::shared_ptr<CreateReportCommand>
TestOpen311Route::filing(const QString &path, const Report &report,
                         const QList<ReportPhotoUpload> &photos) const
{
    return std::make_shared<CreateReportCommand>(report, categoryIn(path, report.categoryCode),
                                                 photos, u"herent-loket-01"_s, u"nl"_s);
}

QList<open311::ServiceRequest> TestOpen311Route::onServer(const QString &serviceCode,
                                                          const QString &reportId, QString *problem)
{
    const kit::HttpReply reply = m_api->request(
        "GET",
        u"/open311/v2/requests.json?jurisdiction_id=leuven.be&service_code=%1&start_date=%2"_s.arg(
            serviceCode, QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)),
        {});
    QList<open311::ServiceRequest> out;
    const auto parsed = open311::parseRequests(reply.body, open311::Format::Json);
    if (reply.status != 200 || !parsed) {
        *problem = QString::number(reply.status) + u' ' + parsed.error;
        return out;
    }
    for (const open311::ServiceRequest &r : *parsed.value)
        if (r.description.contains(u"Loket ref. "_s + reportId))
            out.append(r);
    return out;
}

void TestOpen311Route::offlineReportArrivesOnceAndIsFollowed_data()
{
    QTest::addColumn<open311::Format>("format");
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<int>("posts"); // POSTs that reach the server
    QTest::newRow("json, answered") << open311::Format::Json << FaultProxy::Fault::None << 1;
    QTest::newRow("json, answer lost after the server stored it")
        << open311::Format::Json << FaultProxy::Fault::CutAfterForward << 1;
    QTest::newRow("xml, answer lost after the server stored it")
        << open311::Format::Xml << FaultProxy::Fault::CutAfterForward << 1;
    QTest::newRow("json, answer cut halfway")
        << open311::Format::Json << FaultProxy::Fault::Truncate << 1;
    // A 503 is unclear too: the report is looked up, not there, and posted once more.
    QTest::newRow("json, server busy first")
        << open311::Format::Json << FaultProxy::Fault::Status503 << 1;
}

void TestOpen311Route::offlineReportArrivesOnceAndIsFollowed()
{
    QFETCH(open311::Format, format);
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(int, posts);

    Workstation w = workstation(format, m_apiKey);
    QVERIFY(w.store);
    FaultProxy &proxy = *w.proxy;
    const QString path = w.path;
    auto &store = w.store;

    // Filed while working offline: it waits in the outbox as a report for Leuven's server.
    store->setWorkOffline(WorkOffline::On);
    QTRY_VERIFY(!store->isOnline());
    const QString description = u"Losliggende stoeptegel voor nummer 12 (%1)"_s.arg(
        QString::fromLatin1(QTest::currentDataTag()));
    const Report report = newLeuvenReport(path, description);
    QVERIFY(!report.categoryCode.isEmpty());
    auto create = filing(path, report);
    const QString reportId = create->recordId();
    QString refusal;
    QVERIFY(submitAndWait(*store, create, &refusal));
    QCOMPARE(refusal, QString());
    QCOMPARE(kit::scalar(path, u"SELECT method || ' ' || path FROM outbox WHERE entity_id = ?"_s,
                         {reportId}),
             u"POST open311:"_s + leuven);
    QCOMPARE(kit::scalar(path, u"SELECT may_have_arrived FROM report_open311 WHERE report_id = ?"_s,
                         {reportId}),
             u"0"_s);

    const QString suffix = format == open311::Format::Xml ? u".xml"_s : u".json"_s;
    if (fault != FaultProxy::Fault::None)
        proxy.addRule({"POST", u"/open311/v2/requests"_s + suffix, 0, 1, fault, 0});
    store->setWorkOffline(WorkOffline::Off);
    const bool sent = QTest::qWaitFor(
        [&] { return kit::scalar(path, u"SELECT count(*) FROM outbox"_s) == u"0"_s; }, 60000);
    QVERIFY2(sent,
             qPrintable(kit::scalar(path, u"SELECT state || ' ' || attempts || ' ' || last_error"
                                          " FROM outbox"_s)));
    QCOMPARE(proxy.faultsApplied(), fault == FaultProxy::Fault::None ? 0 : 1);

    // Exactly once on the server, and the cache knows its number there.
    QString problem;
    const QList<open311::ServiceRequest> found = onServer(report.categoryCode, reportId, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(found.size(), 1);
    const QString serverId = found.constFirst().id;
    int posted = 0;
    for (const FaultProxy::Seen &s : proxy.seen())
        posted += s.method == "POST" && s.fault != FaultProxy::Fault::Status503 ? 1 : 0;
    QCOMPARE(posted, posts);
    QCOMPARE(kit::scalar(path, u"SELECT public_number FROM report WHERE id = ?"_s, {reportId}),
             serverId);
    QCOMPARE(kit::scalar(path,
                         u"SELECT server_id || '/' || may_have_arrived FROM report_open311"
                         " WHERE report_id = ?"_s,
                         {reportId}),
             serverId + u"/0"_s);
    // Herent's counter does not receive Leuven's report from the hub: one copy in the cache.
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM report WHERE description LIKE ?"_s,
                         {u"%"_s + description + u"%"_s}),
             u"1"_s);

    // Leuven's staff work on it; the next round reads the change from the server.
    QVERIFY2(m_api->changeReportStatus(m_leuvenToken, serverId, u"in_progress"_s,
                                       u"De ploeg komt morgen."_s, &problem),
             qPrintable(problem));
    QVERIFY(kit::pullAgain(*store));
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT status FROM report WHERE id = ?"_s, {reportId}),
        u"in_progress"_s, 20000);
    const std::optional<Report> cached =
        withCache(path, [&](QSqlDatabase db) { return CacheReader(db).report(reportId); });
    QVERIFY(cached);
    QCOMPARE(cached->history.constLast().publicText, u"De ploeg komt morgen."_s);
    QVERIFY(cached->history.constLast().staffId.startsWith(u"open311:"_s));
    // Seen once: another round adds no second step for the same change.
    const qsizetype steps = cached->history.size();
    QVERIFY(kit::pullAgain(*store));
    const std::optional<Report> again =
        withCache(path, [&](QSqlDatabase db) { return CacheReader(db).report(reportId); });
    QVERIFY(again);
    QCOMPARE(again->history.size(), steps);
}

// A round polls the report, then asks the updates extension; staff change the report in
// between. The round takes the change from the update; the next round polls the notes that
// update gave and must not add them as a second step (it did: a step "received" with them).
void TestOpen311Route::changeBetweenPollAndUpdatesIsTakenOnce()
{
    Workstation w = workstation(open311::Format::Json, m_apiKey);
    QVERIFY(w.store);
    FaultProxy &proxy = *w.proxy;
    const QString path = w.path;
    auto &store = w.store;
    const Report report = newLeuvenReport(path, u"Put in het fietspad"_s);
    auto create = filing(path, report);
    const QString reportId = create->recordId();
    QString refusal;
    QVERIFY(submitAndWait(*store, create, &refusal));
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s, 30000);
    QVERIFY(kit::pullAgain(*store)); // the round that sent it has finished its look too
    const QString serverId = kit::scalar(
        path, u"SELECT server_id FROM report_open311 WHERE report_id = ?"_s, {reportId});
    QVERIFY(!serverId.isEmpty());
    const QString firstWords = kit::scalar(
        path, u"SELECT server_notes FROM report_open311 WHERE report_id = ?"_s, {reportId});
    QVERIFY(!firstWords.isEmpty());

    const QString updatesPath = u"/open311/v2/servicerequestupdates.json"_s;
    proxy.addRule({"GET", updatesPath, 0, 1, FaultProxy::Fault::HoldRequest, 3000});
    QSignalSpy finished(store.get(), &Store::cycleFinished);
    const qsizetype seenBefore = proxy.seen().size();
    store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<FaultProxy::Seen> seen = proxy.seen();
            return std::any_of(seen.cbegin() + seenBefore, seen.cend(),
                               [&](const FaultProxy::Seen &s) { return s.path == updatesPath; });
        }(),
        20000);
    QString problem;
    QVERIFY2(m_api->changeReportStatus(m_leuvenToken, serverId, u"in_progress"_s,
                                       u"De ploeg komt morgen."_s, &problem),
             qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(proxy.faultsApplied(), 1);
    QCOMPARE(kit::scalar(path, u"SELECT status FROM report WHERE id = ?"_s, {reportId}),
             u"in_progress"_s);
    const auto history = [&] {
        return withCache(path, [&](QSqlDatabase db) {
            QStringList steps;
            if (const auto r = CacheReader(db).report(reportId))
                for (const ReportStatusChange &h : r->history)
                    steps << reportStatusCode(h.status) + u": "_s + h.publicText;
            return steps;
        });
    };
    // The server's own first words (the hub thanks the citizen) are a step of their own.
    const QStringList expected{u"received: "_s, u"received: "_s + firstWords,
                               u"in_progress: De ploeg komt morgen."_s};
    QCOMPARE(history().join(u" / "_s), expected.join(u" / "_s));

    // The next rounds poll the report with those notes: nothing new.
    QVERIFY(kit::pullAgain(*store));
    QVERIFY(kit::pullAgain(*store));
    QCOMPARE(history().join(u" / "_s), expected.join(u" / "_s));
    QCOMPARE(kit::scalar(path, u"SELECT status FROM report WHERE id = ?"_s, {reportId}),
             u"in_progress"_s);
}

void TestOpen311Route::closedWhileSendingArrivesOnceAfterRestart()
{
    Workstation w = workstation(open311::Format::Json, m_apiKey);
    QVERIFY(w.store);
    FaultProxy &proxy = *w.proxy;
    const QString path = w.path;
    auto &store = w.store;
    store->setWorkOffline(WorkOffline::On);
    QTRY_VERIFY(!store->isOnline());
    const Report report = newLeuvenReport(path, u"Sluikstort achter het station"_s);
    auto create = filing(path, report);
    const QString reportId = create->recordId();
    QString refusal;
    QVERIFY(submitAndWait(*store, create, &refusal));

    // The server stores the report but its answer is held; the client is closed meanwhile.
    proxy.addRule({"POST", u"/open311/v2/requests.json"_s, 0, 1, FaultProxy::Fault::Slow, 30000});
    store->setWorkOffline(WorkOffline::Off);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(proxy.seen().cbegin(), proxy.seen().cend(),
                    [](const FaultProxy::Seen &s) { return s.method == "POST"; }),
        20000);
    QString problem;
    QTRY_COMPARE_WITH_TIMEOUT(onServer(report.categoryCode, reportId, &problem).size(), 1, 20000);
    store.reset();
    QCOMPARE(kit::scalar(path, u"SELECT may_have_arrived FROM report_open311 WHERE report_id = ?"_s,
                         {reportId}),
             u"1"_s);

    // Opened again: the report is looked up first and found, not posted a second time.
    StoreOptions options = kit::fastStoreOptions(path);
    options.sync.open311FollowIntervalMs = 0;
    store = kit::openStore(options);
    QVERIFY(store);
    QVERIFY(
        kit::signInAndPull(*store, m_hub.url(), m_herentCounter.user, m_herentCounter.password));
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s, 30000);
    const QList<open311::ServiceRequest> found = onServer(report.categoryCode, reportId, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(found.size(), 1);
    int posted = 0;
    for (const FaultProxy::Seen &s : proxy.seen())
        posted += s.method == "POST" ? 1 : 0;
    QCOMPARE(posted, 1);
    QCOMPARE(kit::scalar(path, u"SELECT public_number FROM report WHERE id = ?"_s, {reportId}),
             found.constFirst().id);
}

void TestOpen311Route::refusedByTheServerStaysForAPerson()
{
    Workstation w = workstation(open311::Format::Json, u"not-the-key"_s);
    QVERIFY(w.store);
    const QString path = w.path;
    auto &store = w.store;
    QSignalSpy errors(store.get(), &Store::errorOccurred);
    const Report report = newLeuvenReport(path, u"Verlichting defect aan het plein"_s);
    auto create = filing(path, report);
    const QString reportId = create->recordId();
    QString refusal;
    QVERIFY(submitAndWait(*store, create, &refusal));
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT state || ' ' || last_status FROM outbox WHERE entity_id = ?"_s,
                    {reportId}),
        u"failed 403"_s, 30000);
    QTRY_VERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const QList<QVariant> &args) {
        const auto e = args.first().value<SyncError>();
        return e.kind == SyncError::Kind::Rejected && e.message.contains(u"refused the report"_s);
    }));
    QCOMPARE(kit::scalar(path, u"SELECT may_have_arrived FROM report_open311 WHERE report_id = ?"_s,
                         {reportId}),
             u"0"_s);
    QString problem;
    QCOMPARE(onServer(report.categoryCode, reportId, &problem).size(), 0);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestOpen311Route::whatGeoReportCannotCarryIsRefused()
{
    Workstation w = workstation(open311::Format::Json, m_apiKey);
    QVERIFY(w.store);
    const QString path = w.path;
    auto &store = w.store;
    store->setWorkOffline(WorkOffline::On);
    QTRY_VERIFY(!store->isOnline());
    const Report report = newLeuvenReport(path, u"Wrak op de parking"_s);

    // A photo: refused, nothing written.
    ReportPhotoUpload photo;
    photo.photo.fileName = u"wrak.jpg"_s;
    photo.photo.mimeType = u"image/jpeg"_s;
    photo.data = QByteArray(2048, 'x');
    auto withPhoto = filing(path, report, {photo});
    QString refusal;
    submitAndWait(*store, withPhoto, &refusal);
    QVERIFY2(refusal.contains(u"takes no photos"_s), qPrintable(refusal));
    QCOMPARE(
        kit::scalar(path, u"SELECT count(*) FROM report WHERE id = ?"_s, {withPhoto->recordId()}),
        u"0"_s);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM report_open311"_s + u" WHERE report_id = ?"_s,
                         {withPhoto->recordId()}),
             u"0"_s);

    // Without the photo it is filed; a staff status update on it is refused: the server owns it.
    auto create = filing(path, report);
    refusal.clear();
    QVERIFY(submitAndWait(*store, create, &refusal));
    QCOMPARE(refusal, QString());
    ReportStatusChange change;
    change.status = ReportStatus::Acknowledged;
    change.publicText = u"Bekeken"_s;
    auto update = std::make_shared<UpdateReportStatusCommand>(create->recordId(),
                                                              ReportStatus::Received, change);
    submitAndWait(*store, update, &refusal);
    QVERIFY2(refusal.contains(u"its status follows from there"_s), qPrintable(refusal));
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox WHERE entity_id = ?"_s,
                         {create->recordId()}),
             u"1"_s);

    // Linking a second citizen stays in Loket: no entry the server could not take.
    const QString citizen = kit::scalar(path, u"SELECT id FROM citizen ORDER BY id LIMIT 1"_s);
    QVERIFY(!citizen.isEmpty());
    refusal.clear();
    QVERIFY(submitAndWait(*store,
                          std::make_shared<LinkCitizenToReportCommand>(create->recordId(), citizen),
                          &refusal));
    QCOMPARE(refusal, QString());
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox WHERE entity_id = ?"_s,
                         {create->recordId()}),
             u"1"_s);
    const std::optional<Report> cached = withCache(
        path, [&](QSqlDatabase db) { return CacheReader(db).report(create->recordId()); });
    QVERIFY(cached && cached->citizenIds.contains(citizen));

    // A target that cannot work is refused when it is set.
    Open311Target bad;
    bad.base = QUrl(u"ftp://meldingen.example"_s);
    bad.apiKey = u"k"_s;
    refusal.clear();
    submitAndWait(*store, std::make_shared<SetOpen311TargetCommand>(leuven, bad), &refusal);
    QVERIFY2(refusal.contains(u"web address"_s), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestOpen311Route)
#include "tst_open311_route.moc"
