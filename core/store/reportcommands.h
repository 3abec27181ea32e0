#pragma once

#include "model/report.h"
#include "model/reportrules.h"
#include "open311journal.h"
#include "storecommand.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace loket {

// A photo to send with a new report: its metadata and its bytes (already stripped of EXIF by
// the form). The bytes wait in the outbox entry until the hub has them.
struct ReportPhotoUpload
{
    ReportPhoto photo;
    QByteArray data;
};

constexpr qint64 reportPhotoMaxBytes = 5 * 1024 * 1024;
constexpr int reportPhotoMaxCount = 5;

// Files a new report (issue 4, item 2), online or offline: the report (received, numbered by
// the hub when it arrives) with its citizens, a POST /api/v1/reports, and one POST per photo
// that waits for the report, all in one transaction. Refused, writing nothing, when the report
// breaks checkNewReport() against `category` (the catalogue's entry the form used).
class CreateReportCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::CreateReportCommand)

public:
    // `staffId` is who files it; `language` the staff language, for a refusal's words.
    CreateReportCommand(Report report, std::optional<Category> category,
                        QList<ReportPhotoUpload> photos, QString staffId, QString language);
    RecordType recordType() const override { return RecordType::Report; }
    QString recordId() const override { return m_report.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;
    const Report &report() const { return m_report; }

private:
    Report m_report;
    std::optional<Category> m_category;
    QList<ReportPhotoUpload> m_photos;
    QString m_staffId;
    QString m_language;
    QString m_refusal; // found while applying: the municipality's server takes no photos
};

// Adds a status update to a report (issue 4, items 3 and 5): the history row here and a POST
// /api/v1/reports/{id}/status with If-Match on the report's version, so that a report someone
// else changed meanwhile becomes a conflict, not an overwrite.
class UpdateReportStatusCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::UpdateReportStatusCommand)

public:
    // `current` is the status the person saw when choosing the new one.
    UpdateReportStatusCommand(QString reportId, ReportStatus current, ReportStatusChange change);
    RecordType recordType() const override { return RecordType::Report; }
    QString recordId() const override { return m_reportId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;

private:
    QString m_reportId;
    ReportStatus m_current;
    ReportStatusChange m_change;
    QString m_refusal; // found while applying: the report moved on here meanwhile
};

// Links a citizen to an existing report instead of filing a duplicate (issue 4, item 2).
class LinkCitizenToReportCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::LinkCitizenToReportCommand)

public:
    LinkCitizenToReportCommand(QString reportId, QString citizenId);
    RecordType recordType() const override { return RecordType::Report; }
    QString recordId() const override { return m_reportId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;

private:
    QString m_reportId;
    QString m_citizenId;
};

// Names the GeoReport v2 server a municipality's new reports go to on this workstation, or with
// no target sends them to the hub again (issue 4, item 6). Reports already waiting keep the way
// they were filed in.
class SetOpen311TargetCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::SetOpen311TargetCommand)

public:
    SetOpen311TargetCommand(QString municipalityNis, std::optional<Open311Target> target);
    RecordType recordType() const override { return RecordType::Municipality; }
    QString recordId() const override { return m_municipalityNis; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;

private:
    QString m_municipalityNis;
    std::optional<Open311Target> m_target;
};

} // namespace loket
