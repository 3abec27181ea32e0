#include "reportcommands.h"

#include "cachewriter.h"
#include "connection.h"
#include "model/belgiantime.h"
#include "open311journal.h"
#include "outbox.h"
#include "repositories.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString reportPath(const QString &id, const QString &tail = {})
{
    return u"/api/v1/reports/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + tail;
}

QString reportType()
{
    return recordTypeCode(RecordType::Report);
}

} // namespace

CreateReportCommand::CreateReportCommand(Report report, std::optional<Category> category,
                                         QList<ReportPhotoUpload> photos, QString staffId,
                                         QString language)
    : m_report(std::move(report))
    , m_category(std::move(category))
    , m_photos(std::move(photos))
    , m_staffId(std::move(staffId))
    , m_language(std::move(language))
{
    if (m_report.id.isEmpty())
        m_report.id = newKey();
    for (ReportPhotoUpload &p : m_photos) {
        if (p.photo.id.isEmpty())
            p.photo.id = newKey();
        p.photo.size = p.data.size();
    }
}

QString CreateReportCommand::refusal() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    const ReportCheck check = checkNewReport(m_report, m_category);
    if (!check.ok())
        return reportCheckText(check, m_category, m_language);
    if (m_photos.size() > reportPhotoMaxCount)
        return tr("A report takes at most %n photos.", nullptr, reportPhotoMaxCount);
    for (const ReportPhotoUpload &p : m_photos) {
        if (p.data.size() > reportPhotoMaxBytes)
            return tr("The photo %1 is larger than %2 MB.")
                .arg(p.photo.fileName)
                .arg(reportPhotoMaxBytes / (1024 * 1024));
        if (p.photo.mimeType != u"image/jpeg"_s && p.photo.mimeType != u"image/png"_s)
            return tr("The photo %1 is not a JPEG or PNG picture.").arg(p.photo.fileName);
    }
    return {};
}

bool CreateReportCommand::apply(StoreContext &context, QString *error)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        *error = u"refused: "_s + why;
        return false;
    }
    const QDateTime now = context.clock.now().toUTC();
    m_report.createdAt = now.toString(Qt::ISODateWithMs);
    m_report.status = ReportStatus::Received;
    // Until the hub answers: its own number, date and history replace these.
    m_report.publicNumber.clear();
    m_report.version = 0;
    const QDate today = belgianDate(m_report.createdAt);
    const QDate expected = expectedDateFor(today, m_category->normWorkingDays);
    m_report.expectedDate = expected.isValid() ? expected.toString(Qt::ISODate) : QString();
    ReportStatusChange received;
    received.seq = 1;
    received.status = ReportStatus::Received;
    received.at = m_report.createdAt;
    received.staffId = m_staffId;
    m_report.history = {received};
    // A municipality with its own GeoReport v2 server gets the report there, not through the
    // hub (issue 4, item 6); GeoReport v2 takes a photo only as a web address, which a photo on
    // this computer does not have.
    const auto target = Open311Journal(context.connection.database()).target(m_report.locationNis);
    if (target && !m_photos.isEmpty()) {
        m_refusal = tr("Reports for this municipality go to its own report server (%1), which "
                       "takes no photos from Loket. Remove the photos and describe what they "
                       "show.")
                        .arg(target->base.host());
        *error = u"refused: "_s + m_refusal;
        return false;
    }
    m_report.photos.clear();
    for (const ReportPhotoUpload &p : std::as_const(m_photos))
        m_report.photos.append(p.photo);
    if (!context.writer.upsert(m_report)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = reportType();
    entry.entityId = m_report.id;
    entry.operation = OutboxEntry::Operation::Create;
    if (target) {
        entry.method = "POST";
        entry.path = open311OutboxPath(m_report.locationNis);
        entry.body = compact(wire::toJson(m_report));
        entry.createdAt = now.toString(Qt::ISODateWithMs);
        if (!context.outbox.enqueue(&entry)) {
            *error = context.outbox.errorString();
            return false;
        }
        Open311Sending sending;
        sending.reportId = m_report.id;
        sending.municipalityNis = m_report.locationNis;
        sending.baseUrl = target->base.toString();
        Open311Journal journal(context.connection.database());
        if (!journal.save(sending)) {
            *error = journal.errorString();
            return false;
        }
        return true;
    }
    entry.method = "POST";
    entry.path = u"/api/v1/reports"_s;
    Report sent = m_report;
    sent.photos.clear(); // the hub lists a photo once it has its bytes
    QJsonObject body = wire::toJson(sent);
    // The hub numbers the report and writes its history, status and expected date.
    for (const char *key :
         {"public_number", "status", "history", "expected_date", "version", "updated_at"})
        body.remove(QLatin1String(key));
    entry.body = compact(body);
    entry.createdAt = now.toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    for (const ReportPhotoUpload &p : std::as_const(m_photos)) {
        OutboxEntry photo;
        photo.idempotencyKey = newKey();
        photo.entityType = u"report_photo"_s;
        photo.entityId = p.photo.id;
        photo.dependsOn = reportType() + u':' + m_report.id;
        photo.operation = OutboxEntry::Operation::Create;
        photo.method = "POST";
        photo.path = reportPath(m_report.id, u"/photos"_s);
        photo.body = compact(QJsonObject{{u"id"_s, p.photo.id},
                                         {u"file_name"_s, p.photo.fileName},
                                         {u"mime_type"_s, p.photo.mimeType},
                                         {u"data"_s, QString::fromLatin1(p.data.toBase64())}});
        photo.createdAt = entry.createdAt;
        if (!context.outbox.enqueue(&photo)) {
            *error = context.outbox.errorString();
            return false;
        }
    }
    return true;
}

QString CreateReportCommand::failureMessage() const
{
    return tr("The report could not be saved. It is kept in memory; Loket tries to save it "
              "again.");
}

UpdateReportStatusCommand::UpdateReportStatusCommand(QString reportId, ReportStatus current,
                                                     ReportStatusChange change)
    : m_reportId(std::move(reportId))
    , m_current(current)
    , m_change(std::move(change))
{}

QString UpdateReportStatusCommand::refusal() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    return statusChangeProblemText(
        checkStatusChange(m_current, m_change.status, m_change.publicText, m_change.internalNote));
}

bool UpdateReportStatusCommand::apply(StoreContext &context, QString *error)
{
    std::optional<Report> report = CacheReader(context.connection.database()).report(m_reportId);
    if (!report) {
        *error = u"report %1 is not in the cache"_s.arg(m_reportId);
        return false;
    }
    // A report on a municipality's own server changes status there only.
    if (const auto sending = Open311Journal(context.connection.database()).sending(m_reportId)) {
        m_refusal = tr("This report is handled on the report server %1; its status follows "
                       "from there.")
                        .arg(QUrl(sending->baseUrl).host());
        *error = u"refused: "_s + m_refusal;
        return false;
    }
    // Checked against what the cache holds now: the report may have moved on since the
    // person chose (a sync ran meanwhile).
    const StatusChangeProblem problem = checkStatusChange(
        report->status, m_change.status, m_change.publicText, m_change.internalNote);
    if (problem != StatusChangeProblem::None) {
        m_refusal = statusChangeProblemText(problem);
        *error = u"refused: "_s + m_refusal;
        return false;
    }
    const QJsonObject base = wire::toJson(*report);
    int seq = 0;
    for (const ReportStatusChange &h : std::as_const(report->history))
        seq = std::max(seq, h.seq);
    m_change.seq = seq + 1;
    m_change.at = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    report->history.append(m_change);
    report->status = m_change.status;
    if (!context.writer.upsert(*report)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    // On top of a change still waiting (the report itself, made offline), the version is
    // known only once the hub answered it (Outbox::rebaseNext).
    if (!context.outbox.hasEntriesFor(reportType(), m_reportId))
        entry.baseVersion = report->version;
    entry.idempotencyKey = newKey();
    entry.entityType = reportType();
    entry.entityId = m_reportId;
    entry.operation = OutboxEntry::Operation::Update;
    entry.method = "POST";
    entry.path = reportPath(m_reportId, u"/status"_s);
    entry.body = compact(QJsonObject{{u"status"_s, reportStatusCode(m_change.status)},
                                     {u"public_text"_s, m_change.publicText},
                                     {u"internal_note"_s, m_change.internalNote}});
    entry.baseJson = compact(base);
    entry.createdAt = m_change.at;
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString UpdateReportStatusCommand::failureMessage() const
{
    return tr("The status update could not be saved. It is kept in memory; Loket tries to save "
              "it again.");
}

LinkCitizenToReportCommand::LinkCitizenToReportCommand(QString reportId, QString citizenId)
    : m_reportId(std::move(reportId))
    , m_citizenId(std::move(citizenId))
{}

bool LinkCitizenToReportCommand::apply(StoreContext &context, QString *error)
{
    std::optional<Report> report = CacheReader(context.connection.database()).report(m_reportId);
    if (!report) {
        *error = u"report %1 is not in the cache"_s.arg(m_reportId);
        return false;
    }
    if (report->citizenIds.contains(m_citizenId))
        return true; // linked already: nothing to send
    report->citizenIds.append(m_citizenId);
    if (!context.writer.upsert(*report)) {
        *error = context.writer.errorString();
        return false;
    }
    // A report on a municipality's own server: GeoReport v2 has no way to add a reporter, so
    // the link stays in Loket, where the citizen's dossier shows it.
    if (Open311Journal(context.connection.database()).sending(m_reportId))
        return true;
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = reportType();
    entry.entityId = m_reportId;
    entry.operation = OutboxEntry::Operation::Update;
    entry.method = "POST";
    entry.path = reportPath(m_reportId, u"/citizens"_s);
    entry.body = compact(QJsonObject{{u"citizen_id"_s, m_citizenId}});
    entry.createdAt = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString LinkCitizenToReportCommand::failureMessage() const
{
    return tr("The citizen could not be linked to the report. It is kept in memory; Loket tries "
              "again.");
}

SetOpen311TargetCommand::SetOpen311TargetCommand(QString municipalityNis,
                                                 std::optional<Open311Target> target)
    : m_municipalityNis(std::move(municipalityNis))
    , m_target(std::move(target))
{}

QString SetOpen311TargetCommand::refusal() const
{
    return m_target ? open311TargetProblem(*m_target) : QString();
}

bool SetOpen311TargetCommand::apply(StoreContext &context, QString *error)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        *error = u"refused: "_s + why;
        return false;
    }
    Open311Journal journal(context.connection.database());
    const bool ok = m_target
                        ? journal.setTarget(m_municipalityNis, *m_target,
                                            context.clock.now().toUTC().toString(Qt::ISODateWithMs))
                        : journal.removeTarget(m_municipalityNis);
    if (!ok)
        *error = journal.errorString();
    return ok;
}

QString SetOpen311TargetCommand::failureMessage() const
{
    return tr("The report server could not be saved. Loket tries again.");
}

} // namespace loket
