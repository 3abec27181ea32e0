// A report filed offline at the counter against the real loket-hub on loopback (issue 4: "a
// report created offline is sent exactly once, also when the first answer is lost"; "a
// forwarded report is visible to both municipalities and to the citizen's dossier"). The
// report, with two photos, a second citizen and a status update on top, is made while the
// client works offline; then it goes online through a proxy that cuts the connection after the
// hub committed the report, a photo, or both. After the sync, the hub holds each thing once,
// the cache holds the hub's number and equals the hub's record, and a report located in another
// municipality of the region is forwarded there and seen by both municipalities' counters.

#include "faultproxy.h"
#include "synctestkit.h"

#include "model/belgiantime.h"
#include "store/connection.h"
#include "store/reportcommands.h"
#include "store/reportlist.h"
#include "store/repositories.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "sync/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
const QString herent = u"24038"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A real picture as the form sends it (made by Qt's image writers, without metadata), from
// tests/data/reports.
QByteArray picture(const QString &name)
{
    QFile f(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/reports/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSyncReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void offlineReportLandsOnceWhateverAnswerIsLost_data();
    void offlineReportLandsOnceWhateverAnswerIsLost();

private:
    // One number from the hub's own database (read-only, beside the running hub), or -1.
    qint64 hubCount(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_leuvenCounter;
    DemoAccount m_herentCounter;
    int m_run = 0;
};

void TestSyncReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 400;
    o.seed = 31;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto leuvenCounter = m_hub.account(u"counter"_s, {leuven});
    const auto herentCounter = m_hub.account(u"counter"_s, {herent});
    QVERIFY(leuvenCounter && herentCounter);
    m_leuvenCounter = *leuvenCounter;
    m_herentCounter = *herentCounter;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestSyncReports::cleanupTestCase()
{
    m_hub.stop();
}

qint64 TestSyncReports::hubCount(const QString &sql, const QVariantList &values)
{
    const QString name = u"hub-read-%1"_s.arg(newId());
    qint64 out = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir.filePath(u"hub.db"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.prepare(sql)) {
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (q.exec() && q.next())
                    out = q.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void TestSyncReports::offlineReportLandsOnceWhateverAnswerIsLost_data()
{
    QTest::addColumn<bool>("reportAnswerLost");
    QTest::addColumn<bool>("photoAnswerLost");
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("statusUpdate"); // made offline on top of the unsent report
    QTest::newRow("no answer lost") << false << false << leuven << false;
    QTest::newRow("the report's answer lost") << true << false << leuven << false;
    QTest::newRow("a photo's answer lost") << false << true << leuven << false;
    QTest::newRow("the report's and a photo's answer lost") << true << true << leuven << false;
    QTest::newRow("located in Herent: forwarded, the report's answer lost")
        << true << false << herent << false;
    QTest::newRow("located in Herent: forwarded, a photo's answer lost")
        << false << true << herent << false;
    QTest::newRow("status update on top, no answer lost") << false << false << leuven << true;
    QTest::newRow("status update on top, the report's and a photo's answer lost")
        << true << true << leuven << true;
    QTest::newRow("status update on top, located in Herent: forwarded, the report's answer lost")
        << true << false << herent << true;
}

void TestSyncReports::offlineReportLandsOnceWhateverAnswerIsLost()
{
    QFETCH(bool, reportAnswerLost);
    QFETCH(bool, photoAnswerLost);
    QFETCH(QString, location);
    QFETCH(bool, statusUpdate);
    const int run = ++m_run;

    FaultProxy proxy;
    QVERIFY(proxy.listen());
    proxy.setUpstream(m_hub.port());
    const QString path = m_dir.filePath(u"counter-%1.db"_s.arg(run));
    auto store = kit::openStore(kit::fastStoreOptions(path));
    QVERIFY(store);
    QVERIFY(
        kit::signInAndPull(*store, proxy.url(), m_leuvenCounter.user, m_leuvenCounter.password));
    const QString staffId = store->session().staffId;
    QVERIFY(!staffId.isEmpty());

    // Two citizens of Leuven (a different pair each row) and a category of the regional
    // catalogue that asks for no extra field, as the form would offer them from the cache.
    const QStringList citizens =
        kit::scalar(path,
                    u"SELECT group_concat(id) FROM (SELECT id FROM citizen"
                    " WHERE municipality_nis = ? ORDER BY id LIMIT 2 OFFSET ?)"_s,
                    {leuven, 2 * run})
            .split(u',');
    QCOMPARE(citizens.size(), 2);
    std::optional<Category> category;
    {
        Connection c(u"catalogue-%1"_s.arg(run));
        QVERIFY2(c.open(path, Connection::Mode::ReadOnly), qPrintable(c.errorString()));
        for (const Category &k : CacheReader(c.database()).categories()) {
            const bool asksForMore =
                std::any_of(k.fields.cbegin(), k.fields.cend(),
                            [](const CategoryField &f) { return f.variable && f.required; });
            if (!asksForMore && k.normWorkingDays > 0) {
                category = k;
                break;
            }
        }
    }
    QVERIFY2(category, "the demo catalogue has no category without required fields");

    // Offline by choice from here: nothing reaches the proxy until it is switched off.
    store->setWorkOffline(WorkOffline::On);
    QTRY_VERIFY(!store->isOnline());
    const qsizetype seenOffline = proxy.seen().size();

    const QString tag = u"Putten in het fietspad, test %1 (%2)"_s.arg(run).arg(newId());
    Report draft;
    draft.categoryCode = category->code;
    draft.description = tag;
    draft.street = location == leuven ? u"Bondgenotenlaan"_s : u"Wijgmaalsesteenweg"_s;
    draft.houseNumber = QString::number(10 + run);
    draft.postcode = location == leuven ? u"3000"_s : u"3020"_s;
    draft.locationNis = location;
    draft.receivedNis = leuven;
    draft.citizenIds = citizens;
    draft.notifyBy = NotifyChannel::Email;
    const QByteArray jpeg = picture(u"pothole.jpg"_s);
    const QByteArray png = picture(u"streetlight.png"_s);
    QVERIFY(jpeg.startsWith("\xFF\xD8\xFF"));
    QVERIFY(png.startsWith("\x89PNG"));
    const QList<ReportPhotoUpload> photos{
        {{newId(), u"fietspad.jpg"_s, u"image/jpeg"_s, 0}, jpeg},
        {{newId(), u"paal.png"_s, u"image/png"_s, 0}, png},
    };
    QSignalSpy refused(store.get(), &Store::writeRefused);
    auto create = std::make_shared<CreateReportCommand>(draft, category, photos, staffId, u"nl"_s);
    QVERIFY2(create->refusal().isEmpty(), qPrintable(create->refusal()));
    const QString id = create->recordId();
    store->submit(create);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 3, 20000); // the report and its photos
    const QString publicText = u"We hebben uw melding bekeken."_s;
    const QString internalNote = u"Ploeg wegen, test %1"_s.arg(run);
    if (statusUpdate) {
        store->submit(std::make_shared<UpdateReportStatusCommand>(
            id, ReportStatus::Received,
            ReportStatusChange{
                0, ReportStatus::Acknowledged, {}, publicText, internalNote, staffId}));
        QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 4, 20000);
    }
    QVERIFY(refused.isEmpty());
    QCOMPARE(kit::scalar(path, u"SELECT public_number FROM report WHERE id = ?"_s, {id}),
             QString());
    QCOMPARE(proxy.seen().size(), seenOffline);

    // What the hub held before, to count what this report added.
    const qint64 numbersBefore = hubCount(u"SELECT count(*) FROM report_number"_s);
    const qint64 photosBefore = hubCount(u"SELECT count(*) FROM report_photo"_s);
    QVERIFY(numbersBefore >= 0 && photosBefore >= 0);

    // Online: the proxy lets the hub commit and then cuts the client's connection.
    if (reportAnswerLost)
        proxy.addRule({"POST", u"/api/v1/reports"_s, 0, 1, FaultProxy::Fault::CutAfterForward});
    if (photoAnswerLost)
        proxy.addRule({"POST", u"/api/v1/reports/%1/photos"_s.arg(id), 0, 1,
                       FaultProxy::Fault::CutAfterForward});
    store->setWorkOffline(WorkOffline::Off);
    const bool drained = QTest::qWaitFor([&] { return store->pendingCount() == 0; }, 90000);
    // What is left, named, when something is: which request, in which state, and why.
    QCOMPARE(kit::scalar(path,
                         u"SELECT COALESCE(group_concat(method || ' ' || path || ' ' || state || ' "
                         "' || last_status || ' ' || last_error, ' | '), '') FROM outbox"_s),
             QString());
    QVERIFY(drained);
    QCOMPARE(store->pendingCount(), 0);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM conflict"_s), u"0"_s);
    QCOMPARE(store->conflictCount(), 0);
    const int lost = int(reportAnswerLost) + int(photoAnswerLost);
    QCOMPARE(proxy.faultsApplied(), lost);

    // What went over the wire: each lost answer asked again under the same key.
    QList<QByteArray> reportKeys;
    QHash<QString, QList<QByteArray>> photoKeys;
    QList<QByteArray> statusKeys;
    const QString reportPath = u"/api/v1/reports/"_s + id;
    for (const FaultProxy::Seen &s : proxy.seen()) {
        if (s.method != "POST")
            continue;
        const QString p = s.path.section(u'?', 0, 0);
        if (p == u"/api/v1/reports"_s)
            reportKeys << s.idempotencyKey;
        else if (p == reportPath + u"/photos"_s)
            photoKeys[QString::fromLatin1(s.idempotencyKey)] << s.idempotencyKey;
        else if (p == reportPath + u"/status"_s)
            statusKeys << s.idempotencyKey;
    }
    QCOMPARE(reportKeys.size(), 1 + int(reportAnswerLost));
    QCOMPARE(QSet<QByteArray>(reportKeys.cbegin(), reportKeys.cend()).size(), 1);
    QVERIFY(!reportKeys.first().isEmpty());
    QCOMPARE(photoKeys.size(), 2);
    int photoPosts = 0;
    for (const auto &keys : std::as_const(photoKeys))
        photoPosts += int(keys.size());
    QCOMPARE(photoPosts, 2 + int(photoAnswerLost));
    QCOMPARE(statusKeys.size(), statusUpdate ? 1 : 0);

    // On the hub: the report once, numbered once, each photo once, the status update once.
    QCOMPARE(hubCount(u"SELECT count(*) FROM report_number"_s), numbersBefore + 1);
    QCOMPARE(hubCount(u"SELECT count(*) FROM report_number WHERE report_id = ?"_s, {id}), 1);
    QCOMPARE(hubCount(u"SELECT count(*) FROM report_photo"_s), photosBefore + 2);
    QCOMPARE(hubCount(u"SELECT count(*) FROM report_photo WHERE report_id = ?"_s, {id}), 2);
    const QByteArray token = m_api->login(m_leuvenCounter.user, m_leuvenCounter.password);
    QVERIFY(!token.isEmpty());
    QString error;
    const auto feed = m_api->readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    int copies = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"report:"_s) &&
            it.value().value(u"description"_s).toString() == tag)
            ++copies;
    }
    QCOMPARE(copies, 1);
    const kit::HttpReply got = m_api->request("GET", reportPath, token);
    QVERIFY2(got.status == 200, got.body.constData());
    const QJsonObject hubJson = got.json();
    QString problem;
    const std::optional<Report> onHub = wire::reportFromJson(hubJson, &problem);
    QVERIFY2(onHub, qPrintable(problem));
    QSet<QString> photoIds;
    for (const ReportPhoto &p : onHub->photos)
        photoIds.insert(p.id);
    QCOMPARE(photoIds, (QSet<QString>{photos.at(0).photo.id, photos.at(1).photo.id}));
    QCOMPARE(onHub->photos.size(), 2);
    int acknowledged = 0;
    for (const ReportStatusChange &h : onHub->history) {
        if (h.status == ReportStatus::Acknowledged) {
            ++acknowledged;
            QCOMPARE(h.publicText, publicText);
            QCOMPARE(h.internalNote, internalNote);
        }
    }
    const bool forwarded = location != leuven;
    const ReportStatus expectedStatus = statusUpdate ? ReportStatus::Acknowledged
                                        : forwarded  ? ReportStatus::Forwarded
                                                     : ReportStatus::Received;
    QCOMPARE(acknowledged, statusUpdate ? 1 : 0);
    QCOMPARE(onHub->status, expectedStatus);
    QCOMPARE(onHub->citizenIds.size(), 2);
    QCOMPARE(QSet<QString>(onHub->citizenIds.cbegin(), onHub->citizenIds.cend()),
             QSet<QString>(citizens.cbegin(), citizens.cend()));
    QCOMPARE(onHub->locationNis, location);
    QCOMPARE(onHub->receivedNis, leuven);
    const bool forwardedInHistory = std::any_of(
        onHub->history.cbegin(), onHub->history.cend(),
        [](const ReportStatusChange &h) { return h.status == ReportStatus::Forwarded; });
    QCOMPARE(forwardedInHistory, forwarded);
    // The hub's number, of the Belgian year it was filed in.
    const QRegularExpression numberPattern(u"^M-(\\d{4})-\\d{7}$"_s);
    const QRegularExpressionMatch number = numberPattern.match(onHub->publicNumber);
    QVERIFY2(number.hasMatch(), qPrintable(onHub->publicNumber));
    QCOMPARE(number.captured(1).toInt(), belgianDate(onHub->createdAt).year());

    // The cache: the hub's number, and the same record as the hub's, read as the dossier does.
    QVERIFY(kit::pullAgain(*store));
    QCOMPARE(kit::scalar(path, u"SELECT public_number FROM report WHERE id = ?"_s, {id}),
             onHub->publicNumber);
    const QHash<QString, QJsonObject> cached = kit::cacheRecords(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString key = u"report:"_s + id;
    QVERIFY(cached.contains(key));
    QVERIFY2(cached.value(key) == kit::normalise(u"report"_s, hubJson),
             qPrintable(u"\ncache "_s + compact(cached.value(key)) + u"\nhub   "_s +
                        compact(kit::normalise(u"report"_s, hubJson))));
    QVERIFY2(kit::normalise(u"report"_s, feed->records.value(key)) ==
                 kit::normalise(u"report"_s, hubJson),
             "the feed and GET /api/v1/reports/{id} disagree");
    {
        Connection c(u"dossier-%1"_s.arg(run));
        QVERIFY2(c.open(path, Connection::Mode::ReadOnly), qPrintable(c.errorString()));
        const CacheReader reader(c.database());
        for (const QString &citizen : citizens) {
            const QList<Report> dossier = reader.reportsFor(citizen);
            QVERIFY2(std::any_of(dossier.cbegin(), dossier.cend(),
                                 [&](const Report &r) {
                                     return r.id == id && r.publicNumber == onHub->publicNumber;
                                 }),
                     qPrintable(citizen));
        }
        // In Leuven's own list, where it was received, also when located elsewhere.
        ReportFilter mine;
        mine.municipalities = {leuven};
        mine.text = onHub->publicNumber;
        ReportLister lister(c.database());
        const QList<ReportRow> rows = lister.list(mine, belgianDate(onHub->createdAt), u"nl");
        QVERIFY2(lister.errorString().isEmpty(), qPrintable(lister.errorString()));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, id);
        QCOMPARE(rows.first().status, expectedStatus);
    }
    if (!forwarded)
        return;

    // The municipality where the problem is: its counter sees the report in its list, as the
    // hub has it, after its own sync.
    const QString herentPath = m_dir.filePath(u"herent-%1.db"_s.arg(run));
    auto herentStore = kit::openStore(kit::fastStoreOptions(herentPath));
    QVERIFY(herentStore);
    QVERIFY(kit::signInAndPull(*herentStore, m_hub.url(), m_herentCounter.user,
                               m_herentCounter.password));
    const QByteArray herentToken = m_api->login(m_herentCounter.user, m_herentCounter.password);
    const auto herentFeed = m_api->readFeed(herentToken, {}, &error);
    QVERIFY2(herentFeed, qPrintable(error));
    QVERIFY(herentFeed->records.contains(key));
    Connection c(u"herent-%1"_s.arg(run));
    QVERIFY2(c.open(herentPath, Connection::Mode::ReadOnly), qPrintable(c.errorString()));
    const std::optional<Report> inHerent = CacheReader(c.database()).report(id);
    QVERIFY(inHerent);
    QCOMPARE(inHerent->publicNumber, onHub->publicNumber);
    QVERIFY2(kit::normalise(u"report"_s, wire::toJson(*inHerent)) ==
                 kit::normalise(u"report"_s, herentFeed->records.value(key)),
             qPrintable(u"\nherent cache "_s +
                        compact(kit::normalise(u"report"_s, wire::toJson(*inHerent))) +
                        u"\nherent feed  "_s +
                        compact(kit::normalise(u"report"_s, herentFeed->records.value(key)))));
    ReportFilter theirs;
    theirs.municipalities = {herent};
    theirs.statuses = {expectedStatus};
    theirs.text = onHub->publicNumber;
    ReportLister lister(c.database());
    const QList<ReportRow> rows = lister.list(theirs, belgianDate(onHub->createdAt), u"nl");
    QVERIFY2(lister.errorString().isEmpty(), qPrintable(lister.errorString()));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, id);
    QCOMPARE(rows.first().locationNis, herent);
    QCOMPARE(rows.first().receivedNis, leuven);
}

QTEST_GUILESS_MAIN(TestSyncReports)
#include "tst_sync_reports.moc"
