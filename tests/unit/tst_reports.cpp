// Reports filed and followed here (issue 4, items 2 and 3): the rules a new report and a status
// change follow, the expected date in Belgian working days, what the cache keeps of a report's
// and a category's extras, and the store commands — each writes its rows and outbox entries
// together or nothing at all.

#include "model/reportrules.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/reportcommands.h"
#include "store/repositories.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::ReportCheck::Problem)
Q_DECLARE_METATYPE(loket::StatusChangeProblem)
Q_DECLARE_METATYPE(loket::ReportStatus)

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime at = QDateTime(QDate(2026, 7, 17), QTime(9, 30), QTimeZone::utc()); // a Friday
    QDateTime now() const override { return at; }
};

Category litter()
{
    Category c;
    c.code = u"ZWERFVUIL"_s;
    c.nameNl = u"Zwerfvuil"_s;
    c.nameFr = u"Déchets sauvages"_s;
    c.nameEn = u"Litter"_s;
    c.normWorkingDays = 3;
    CategoryField size;
    size.code = u"size"_s;
    size.datatype = u"singlevaluelist"_s;
    size.required = true;
    size.order = 1;
    size.descriptionNl = u"Hoeveel?"_s;
    size.descriptionEn = u"How much?"_s;
    size.values = {{u"bag"_s, u"Een zak"_s, u"Un sac"_s, u"A bag"_s},
                   {u"van"_s, u"Een bestelwagen"_s, u"Une camionnette"_s, u"A van"_s}};
    CategoryField count;
    count.code = u"bags"_s;
    count.datatype = u"number"_s;
    count.order = 2;
    CategoryField note;
    note.code = u"note"_s;
    note.datatype = u"text"_s;
    note.variable = false; // an information text: never asked, never checked
    note.required = true;
    c.fields = {size, count, note};
    return c;
}

Report newReport()
{
    Report r;
    r.categoryCode = u"ZWERFVUIL"_s;
    r.description = u"Zakken afval naast de glasbol"_s;
    r.street = u"Kerkstraat"_s;
    r.houseNumber = u"12"_s;
    r.postcode = u"3020"_s;
    r.locationNis = u"24038"_s;
    r.receivedNis = u"24038"_s;
    r.citizenIds = {u"c-1"_s};
    r.notifyBy = NotifyChannel::Sms;
    r.attributes = {{u"size"_s, u"bag"_s}};
    return r;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : u"<error>"_s;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newReportRules_data();
    void newReportRules();
    void problemTextNamesTheField();
    void statusChangeRules_data();
    void statusChangeRules();
    void nextStatusesFollowTheRules();
    void expectedDate_data();
    void expectedDate();
    void extrasSurviveTheCache();
    void createWritesReportPhotosAndOutbox();
    void refusedReportWritesNothing();
    void statusUpdateIsSentOnTheVersionSeen();
    void statusUpdateOnAnUnsentReportWaitsForIt();
    void statusUpdateRefusedWhenTheReportMovedOn();
    void linkingACitizenOnce();

private:
    struct Cache
    {
        Connection connection;
        CacheWriter writer;
        Outbox outbox;
        FixedClock clock;
        explicit Cache(const QString &path)
            : connection(u"reports-"_s + QFileInfo(path).baseName())
            , writer(opened(connection, path))
            , outbox(connection.database())
        {}
        static Connection &opened(Connection &c, const QString &path)
        {
            if (!c.open(path))
                qWarning("%s", qPrintable(c.errorString()));
            return c;
        }
        bool run(StoreCommand &command, QString *error)
        {
            StoreContext context{connection, writer, outbox, clock};
            WriteTransaction tx(connection.database());
            if (!tx.isActive() || !command.apply(context, error))
                return false;
            return tx.commit();
        }
        QSqlDatabase db() { return connection.database(); }
    };
    std::unique_ptr<Cache> newCache();
    // A report the hub sent: numbered, version 3, in progress.
    Report syncedReport();

    QTemporaryDir m_dir;
    int m_caches = 0;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<TestReports::Cache> TestReports::newCache()
{
    auto cache = std::make_unique<Cache>(m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches)));
    if (cache->connection.isOpen())
        cache->writer.upsert(litter());
    return cache;
}

Report TestReports::syncedReport()
{
    Report r = newReport();
    r.id = u"r-synced"_s;
    r.publicNumber = u"M-2026-0000042"_s;
    r.createdAt = u"2026-07-01T08:00:00.000Z"_s;
    r.expectedDate = u"2026-07-06"_s;
    r.history = {{1, ReportStatus::Received, r.createdAt, {}, {}, u"s-1"_s},
                 {2, ReportStatus::InProgress, u"2026-07-02T08:00:00.000Z"_s, u"Ploeg gestuurd"_s,
                  u"Via aannemer"_s, u"s-2"_s}};
    r.status = ReportStatus::InProgress;
    r.version = 3;
    return r;
}

void TestReports::newReportRules_data()
{
    using P = ReportCheck::Problem;
    QTest::addColumn<Report>("report");
    QTest::addColumn<bool>("knownCategory");
    QTest::addColumn<P>("problem");
    QTest::addColumn<QString>("field");
    QTest::newRow("complete") << newReport() << true << P::None << QString();
    {
        Report r = newReport();
        r.categoryCode.clear();
        QTest::newRow("no category") << r << true << P::MissingCategory << u"category"_s;
    }
    QTest::newRow("category not in the catalogue")
        << newReport() << false << P::UnknownCategory << u"category"_s;
    {
        Report r = newReport();
        r.street.clear();
        QTest::newRow("no street, no coordinates")
            << r << true << P::MissingLocation << u"street"_s;
        r.latitude = 50.9;
        r.longitude = 4.7;
        QTest::newRow("coordinates alone") << r << true << P::None << QString();
        r.longitude.reset();
        QTest::newRow("half a coordinate") << r << true << P::InvalidCoordinates << u"lat"_s;
        r.latitude = 95;
        r.longitude = 4.7;
        QTest::newRow("latitude beyond the pole") << r << true << P::InvalidCoordinates << u"lat"_s;
    }
    {
        Report r = newReport();
        r.description = QString(reportDescriptionMaxLength, u'x');
        QTest::newRow("description at the limit") << r << true << P::None << QString();
        r.description += u'x';
        QTest::newRow("description over the limit")
            << r << true << P::DescriptionTooLong << u"description"_s;
        // Characters, not UTF-16 units: 4000 emoji are 4000 characters.
        r.description = QString::fromUcs4(std::u32string(4000, U'🗑').c_str());
        QTest::newRow("4000 emoji") << r << true << P::None << QString();
    }
    {
        Report r = newReport();
        r.attributes.clear();
        QTest::newRow("required field missing")
            << r << true << P::MissingField << u"attributes.size"_s;
        r.attributes = {{u"size"_s, u"  "_s}};
        QTest::newRow("required field blank")
            << r << true << P::MissingField << u"attributes.size"_s;
        r.attributes = {{u"size"_s, u"truck"_s}};
        QTest::newRow("value not in the list")
            << r << true << P::InvalidFieldValue << u"attributes.size"_s;
        r.attributes = {{u"size"_s, u"bag"_s}, {u"size"_s, u"van"_s}};
        QTest::newRow("two values for a single list")
            << r << true << P::InvalidFieldValue << u"attributes.size"_s;
        r.attributes = {{u"size"_s, u"van"_s}, {u"bags"_s, u"three"_s}};
        QTest::newRow("a number that is not one")
            << r << true << P::InvalidFieldValue << u"attributes.bags"_s;
        r.attributes = {{u"size"_s, u"van"_s}, {u"bags"_s, u"3"_s}};
        QTest::newRow("a number") << r << true << P::None << QString();
    }
}

void TestReports::newReportRules()
{
    QFETCH(Report, report);
    QFETCH(bool, knownCategory);
    QFETCH(ReportCheck::Problem, problem);
    QFETCH(QString, field);
    const ReportCheck check =
        checkNewReport(report, knownCategory ? std::optional<Category>(litter()) : std::nullopt);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.field, field);
    QCOMPARE(check.ok(), problem == ReportCheck::Problem::None);
}

void TestReports::problemTextNamesTheField()
{
    Report r = newReport();
    r.attributes.clear();
    const ReportCheck check = checkNewReport(r, litter());
    QCOMPARE(reportCheckText(check, litter(), u"en"), u"\"How much?\" must be filled in."_s);
    // No French description: the Dutch one.
    QCOMPARE(reportCheckText(check, litter(), u"fr"), u"\"Hoeveel?\" must be filled in."_s);
    QVERIFY(reportCheckText({}, litter(), u"nl").isEmpty());
}

void TestReports::statusChangeRules_data()
{
    using S = ReportStatus;
    using P = StatusChangeProblem;
    QTest::addColumn<S>("current");
    QTest::addColumn<S>("next");
    QTest::addColumn<QString>("publicText");
    QTest::addColumn<P>("problem");
    QTest::newRow("received to acknowledged")
        << S::Received << S::Acknowledged << QString() << P::None;
    QTest::newRow("scheduled to in progress")
        << S::Scheduled << S::InProgress << QString() << P::None;
    QTest::newRow("the same again") << S::InProgress << S::InProgress << u"x"_s << P::SameStatus;
    QTest::newRow("back to received") << S::InProgress << S::Received << u"x"_s << P::NotReceived;
    QTest::newRow("resolved without a word")
        << S::InProgress << S::Resolved << u"  "_s << P::PublicTextRequired;
    QTest::newRow("resolved, with a word")
        << S::InProgress << S::Resolved << u"Hersteld"_s << P::None;
    QTest::newRow("rejected without a word")
        << S::Received << S::Rejected << QString() << P::PublicTextRequired;
    QTest::newRow("duplicate without a word")
        << S::Received << S::Duplicate << QString() << P::PublicTextRequired;
    QTest::newRow("forwarded without a word")
        << S::Received << S::Forwarded << QString() << P::PublicTextRequired;
    QTest::newRow("closed, reopened") << S::Closed << S::InProgress << QString() << P::None;
    QTest::newRow("resolved, acknowledged again")
        << S::Resolved << S::Acknowledged << QString() << P::None;
    QTest::newRow("closed to scheduled")
        << S::Closed << S::Scheduled << QString() << P::FinishedReport;
    QTest::newRow("resolved, then closed") << S::Resolved << S::Closed << QString() << P::None;
    QTest::newRow("rejected to closed") << S::Rejected << S::Closed << u"x"_s << P::FinishedReport;
    QTest::newRow("text too long")
        << S::Received << S::Acknowledged << QString(reportStatusTextMaxLength + 1, u't')
        << P::TextTooLong;
}

void TestReports::statusChangeRules()
{
    QFETCH(ReportStatus, current);
    QFETCH(ReportStatus, next);
    QFETCH(QString, publicText);
    QFETCH(StatusChangeProblem, problem);
    QCOMPARE(checkStatusChange(current, next, publicText, {}), problem);
    QCOMPARE(statusChangeProblemText(problem).isEmpty(), problem == StatusChangeProblem::None);
}

void TestReports::nextStatusesFollowTheRules()
{
    using S = ReportStatus;
    QCOMPARE(nextStatuses(S::Received),
             (QList<S>{S::Acknowledged, S::Scheduled, S::InProgress, S::Resolved, S::Closed,
                       S::Rejected, S::Duplicate, S::Forwarded}));
    QCOMPARE(nextStatuses(S::Closed), (QList<S>{S::Acknowledged, S::InProgress}));
    QCOMPARE(nextStatuses(S::Acknowledged).contains(S::Acknowledged), false);
}

void TestReports::expectedDate_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("norm");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Monday + 3") << QDate(2026, 11, 23) << 3 << QDate(2026, 11, 26);
    QTest::newRow("Friday + 1: over the weekend")
        << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Friday + 3: over the national holiday (Tue 21 July)")
        << QDate(2026, 7, 17) << 3 << QDate(2026, 7, 23);
    QTest::newRow("Thursday + 1: over Christmas (Fri) and the weekend")
        << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 28);
    QTest::newRow("Friday + 1: over Easter Monday 2027")
        << QDate(2027, 3, 26) << 1 << QDate(2027, 3, 30);
    QTest::newRow("received on a Sunday + 1") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
    QTest::newRow("ten working days over All Saints and Armistice")
        << QDate(2026, 10, 30) << 10 << QDate(2026, 11, 16);
    QTest::newRow("no norm: no date") << QDate(2026, 11, 23) << 0 << QDate();
}

void TestReports::expectedDate()
{
    QFETCH(QDate, received);
    QFETCH(int, norm);
    QFETCH(QDate, expected);
    QCOMPARE(expectedDateFor(received, norm), expected);
}

void TestReports::extrasSurviveTheCache()
{
    auto cache = newCache();
    QVERIFY(cache->connection.isOpen());
    Report r = syncedReport();
    r.photos = {{u"p-1"_s, u"glasbol.jpg"_s, u"image/jpeg"_s, 123456}};
    r.attributes = {{u"size"_s, u"van"_s}, {u"bags"_s, u"4"_s}};
    QVERIFY(cache->writer.upsert(r));
    const std::optional<Report> back = CacheReader(cache->db()).report(r.id);
    QVERIFY(back);
    QCOMPARE(back->notifyBy, NotifyChannel::Sms);
    QCOMPARE(back->attributes, r.attributes);
    QCOMPARE(back->photos.size(), 1);
    QCOMPARE(back->photos.first().fileName, u"glasbol.jpg"_s);
    QCOMPARE(back->photos.first().size, 123456);
    QCOMPARE(back->history.size(), 2);
    QCOMPARE(back->history.at(1).internalNote, u"Via aannemer"_s);
    QCOMPARE(back->citizenIds, QStringList{u"c-1"_s});
    // The dossier's reader gives the same.
    const QList<Report> forCitizen = CacheReader(cache->db()).reportsFor(u"c-1"_s);
    QCOMPARE(forCitizen.size(), 1);
    QCOMPARE(forCitizen.first().attributes, r.attributes);

    const QList<Category> categories = CacheReader(cache->db()).categories();
    QCOMPARE(categories.size(), 1);
    QCOMPARE(categories.first().fields.size(), 3);
    QCOMPARE(categories.first().fields.first().values.at(1).nameEn, u"A van"_s);
    QVERIFY(!categories.first().fields.at(2).variable);
    QVERIFY(!CacheReader(cache->db()).report(u"nope"_s));
}

void TestReports::createWritesReportPhotosAndOutbox()
{
    auto cache = newCache();
    const QByteArray jpeg(2048, 'j');
    CreateReportCommand command(newReport(), litter(),
                                {{{QString(), u"glasbol.jpg"_s, u"image/jpeg"_s, 0}, jpeg}},
                                u"s-7"_s, u"nl"_s);
    QVERIFY(command.refusal().isEmpty());
    QString error;
    QVERIFY2(cache->run(command, &error), qPrintable(error));
    const QString id = command.recordId();

    const std::optional<Report> row = CacheReader(cache->db()).report(id);
    QVERIFY(row);
    QVERIFY(row->publicNumber.isEmpty()); // the hub numbers it
    QCOMPARE(row->version, 0);
    QCOMPARE(row->status, ReportStatus::Received);
    QCOMPARE(row->createdAt, u"2026-07-17T09:30:00.000Z"_s);
    // Friday 17 July + 3 working days, over the national holiday.
    QCOMPARE(row->expectedDate, u"2026-07-23"_s);
    QCOMPARE(row->history.size(), 1);
    QCOMPARE(row->history.first().staffId, u"s-7"_s);
    QCOMPARE(row->citizenIds, QStringList{u"c-1"_s});
    QCOMPARE(row->photos.size(), 1);
    QCOMPARE(row->photos.first().size, 2048);
    QCOMPARE(row->notifyBy, NotifyChannel::Sms);

    const QList<OutboxEntry> entries = cache->outbox.entries();
    QCOMPARE(entries.size(), 2);
    const OutboxEntry &post = entries.at(0);
    QCOMPARE(post.entityType, u"report"_s);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, u"/api/v1/reports"_s);
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.value(u"id"_s).toString(), id);
    QCOMPARE(body.value(u"category"_s).toString(), u"ZWERFVUIL"_s);
    QCOMPARE(body.value(u"notify_by"_s).toString(), u"sms"_s);
    QCOMPARE(body.value(u"attributes"_s).toArray().size(), 1);
    QCOMPARE(body.value(u"citizen_ids"_s).toArray().size(), 1);
    QVERIFY(body.value(u"photos"_s).toArray().isEmpty()); // listed by the hub once it has them
    const OutboxEntry &photo = entries.at(1);
    QCOMPARE(photo.entityType, u"report_photo"_s);
    QCOMPARE(photo.dependsOn, u"report:"_s + id); // waits until the report is there
    QCOMPARE(photo.path, u"/api/v1/reports/%1/photos"_s.arg(id));
    const QJsonObject photoBody = QJsonDocument::fromJson(photo.body).object();
    QCOMPARE(QByteArray::fromBase64(photoBody.value(u"data"_s).toString().toLatin1()), jpeg);
    QCOMPARE(photoBody.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(photoBody.value(u"id"_s).toString(), row->photos.first().id);
    // Only the report is due now; the photo follows it.
    const QList<OutboxEntry> due = cache->outbox.due(cache->clock.nowMs());
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().seq, post.seq);
}

void TestReports::refusedReportWritesNothing()
{
    auto cache = newCache();
    Report noPlace = newReport();
    noPlace.street.clear();
    const QList<std::pair<QString, std::shared_ptr<CreateReportCommand>>> rows{
        {u"no place"_s, std::make_shared<CreateReportCommand>(
                            noPlace, litter(), QList<ReportPhotoUpload>{}, u"s-7"_s, u"en"_s)},
        {u"unknown category"_s,
         std::make_shared<CreateReportCommand>(newReport(), std::nullopt,
                                               QList<ReportPhotoUpload>{}, u"s-7"_s, u"en"_s)},
        {u"photo too large"_s,
         std::make_shared<CreateReportCommand>(
             newReport(), litter(),
             QList<ReportPhotoUpload>{{{QString(), u"big.jpg"_s, u"image/jpeg"_s, 0},
                                       QByteArray(reportPhotoMaxBytes + 1, 'b')}},
             u"s-7"_s, u"en"_s)},
        {u"not a picture"_s,
         std::make_shared<CreateReportCommand>(
             newReport(), litter(),
             QList<ReportPhotoUpload>{
                 {{QString(), u"notes.pdf"_s, u"application/pdf"_s, 0}, QByteArray(10, 'p')}},
             u"s-7"_s, u"en"_s)},
        {u"too many photos"_s,
         std::make_shared<CreateReportCommand>(
             newReport(), litter(),
             QList<ReportPhotoUpload>(reportPhotoMaxCount + 1,
                                      {{QString(), u"a.png"_s, u"image/png"_s, 0}, "png"}),
             u"s-7"_s, u"en"_s)},
    };
    for (const auto &[name, command] : rows) {
        QVERIFY2(!command->refusal().isEmpty(), qPrintable(name));
        QString error;
        QVERIFY2(!cache->run(*command, &error), qPrintable(name));
        QVERIFY2(error.startsWith(u"refused"_s), qPrintable(error));
    }
    QCOMPARE(scalar(cache->db(), u"SELECT count(*) FROM report"_s), u"0"_s);
    QCOMPARE(scalar(cache->db(), u"SELECT count(*) FROM outbox"_s), u"0"_s);
}

void TestReports::statusUpdateIsSentOnTheVersionSeen()
{
    auto cache = newCache();
    const Report synced = syncedReport();
    QVERIFY(cache->writer.upsert(synced));
    UpdateReportStatusCommand command(
        synced.id, ReportStatus::InProgress,
        {0, ReportStatus::Resolved, {}, u"Het afval is opgehaald"_s, u"Team Noord"_s, u"s-9"_s});
    QVERIFY(command.refusal().isEmpty());
    QString error;
    QVERIFY2(cache->run(command, &error), qPrintable(error));

    const std::optional<Report> row = CacheReader(cache->db()).report(synced.id);
    QCOMPARE(row->status, ReportStatus::Resolved);
    QCOMPARE(row->history.size(), 3);
    const ReportStatusChange &added = row->history.last();
    QCOMPARE(added.seq, 3);
    QCOMPARE(added.publicText, u"Het afval is opgehaald"_s);
    QCOMPARE(added.internalNote, u"Team Noord"_s);
    QCOMPARE(added.staffId, u"s-9"_s);
    QCOMPARE(added.at, u"2026-07-17T09:30:00.000Z"_s);

    const QList<OutboxEntry> entries = cache->outbox.entries();
    QCOMPARE(entries.size(), 1);
    const OutboxEntry &e = entries.first();
    QCOMPARE(e.path, u"/api/v1/reports/r-synced/status"_s);
    QCOMPARE(e.operation, OutboxEntry::Operation::Update);
    QCOMPARE(e.baseVersion, std::optional<qint64>(3)); // If-Match: a report changed meanwhile
    const QJsonObject body = QJsonDocument::fromJson(e.body).object();
    QCOMPARE(body.value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(body.value(u"public_text"_s).toString(), u"Het afval is opgehaald"_s);
    QCOMPARE(body.value(u"internal_note"_s).toString(), u"Team Noord"_s);
    // The base, for a conflict view: the report as it was.
    QCOMPARE(QJsonDocument::fromJson(e.baseJson).object().value(u"status"_s).toString(),
             u"in_progress"_s);
}

void TestReports::statusUpdateOnAnUnsentReportWaitsForIt()
{
    auto cache = newCache();
    CreateReportCommand create(newReport(), litter(), {}, u"s-7"_s, u"nl"_s);
    QString error;
    QVERIFY2(cache->run(create, &error), qPrintable(error));
    UpdateReportStatusCommand update(create.recordId(), ReportStatus::Received,
                                     {0, ReportStatus::Acknowledged, {}, {}, {}, u"s-7"_s});
    QVERIFY2(cache->run(update, &error), qPrintable(error));
    const QList<OutboxEntry> entries = cache->outbox.entries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(!entries.at(1).baseVersion); // known once the hub answered the report
    QCOMPARE(cache->outbox.due(cache->clock.nowMs()).size(), 1); // one after the other
}

void TestReports::statusUpdateRefusedWhenTheReportMovedOn()
{
    auto cache = newCache();
    Report synced = syncedReport();
    synced.history.append(
        {3, ReportStatus::Closed, u"2026-07-03T08:00:00.000Z"_s, u"Klaar"_s, {}, u"s-2"_s});
    QVERIFY(cache->writer.upsert(synced));
    // The person saw "in progress"; meanwhile the feed brought "closed".
    UpdateReportStatusCommand command(synced.id, ReportStatus::InProgress,
                                      {0, ReportStatus::Scheduled, {}, {}, {}, u"s-9"_s});
    QVERIFY(command.refusal().isEmpty());
    QString error;
    QVERIFY(!cache->run(command, &error));
    QCOMPARE(command.refusal(), statusChangeProblemText(StatusChangeProblem::FinishedReport));
    QCOMPARE(scalar(cache->db(), u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QCOMPARE(CacheReader(cache->db()).report(synced.id)->history.size(), 3);
}

void TestReports::linkingACitizenOnce()
{
    auto cache = newCache();
    const Report synced = syncedReport();
    QVERIFY(cache->writer.upsert(synced));
    LinkCitizenToReportCommand link(synced.id, u"c-2"_s);
    QString error;
    QVERIFY2(cache->run(link, &error), qPrintable(error));
    LinkCitizenToReportCommand again(synced.id, u"c-2"_s);
    QVERIFY2(cache->run(again, &error), qPrintable(error));
    QCOMPARE(CacheReader(cache->db()).report(synced.id)->citizenIds,
             (QStringList{u"c-1"_s, u"c-2"_s}));
    QCOMPARE(CacheReader(cache->db()).reportsFor(u"c-2"_s).size(), 1);
    const QList<OutboxEntry> entries = cache->outbox.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().path, u"/api/v1/reports/r-synced/citizens"_s);
    QCOMPARE(QJsonDocument::fromJson(entries.first().body).object().value(u"citizen_id"_s),
             QJsonValue(u"c-2"_s));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
