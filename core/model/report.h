#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace loket {

enum class ReportStatus {
    Received,
    Acknowledged,
    Scheduled,
    InProgress,
    Resolved,
    Closed,
    Rejected,
    Duplicate,
    Forwarded,
};

QString reportStatusCode(ReportStatus status);
std::optional<ReportStatus> reportStatusFromCode(QStringView code);
// Resolved, closed, rejected and duplicate need no further work.
bool isFinished(ReportStatus status);
// Every status, in the order a report usually goes through them.
QList<ReportStatus> allReportStatuses();

// How the citizens who reported want to hear about progress.
enum class NotifyChannel {
    Email,
    Sms,
    Letter,
    None,
};

QString notifyChannelCode(NotifyChannel channel);
std::optional<NotifyChannel> notifyChannelFromCode(QStringView code);

// One step in a report's life, with the text the citizen sees and a note for staff only.
struct ReportStatusChange
{
    int seq = 0;
    ReportStatus status = ReportStatus::Received;
    QString at; // UTC, ISO 8601
    QString publicText;
    QString internalNote;
    QString staffId;
};

// One allowed value of a list field (Open311 attribute value).
struct CategoryFieldValue
{
    QString key;
    QString nameNl;
    QString nameFr;
    QString nameEn;
};

// An extra field a category asks for (Open311 attribute): "datatype" is one of Open311's
// string, number, datetime, text, singlevaluelist, multivaluelist; "variable" false means an
// information text, not an input.
struct CategoryField
{
    QString code;
    QString datatype;
    bool required = false;
    bool variable = true;
    int order = 0;
    QString descriptionNl;
    QString descriptionFr;
    QString descriptionEn;
    QList<CategoryFieldValue> values;
};

// A photo attached to a report: metadata only, the bytes are fetched by id.
struct ReportPhoto
{
    QString id;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

// A category of the regional catalogue (Open311 service).
struct Category
{
    QString code;
    QString groupCode;
    QString nameNl;
    QString nameFr;
    QString nameEn;
    QString service; // the responsible service
    int normWorkingDays = 0;
    QList<CategoryField> fields;
    qint64 version = 0;
    QString updatedAt;

    QString name(QStringView language) const;
};

// A report ("melding") of a problem in the public domain.
struct Report
{
    qint64 localId = 0;
    QString id;
    QString publicNumber; // M-2026-0001423
    QString categoryCode;
    QString description;
    QString street;
    QString houseNumber;
    QString postcode;
    QString locationNis; // where the problem is
    QString receivedNis; // where it was reported; differs once forwarded
    std::optional<double> latitude;
    std::optional<double> longitude;
    ReportStatus status = ReportStatus::Received;
    QString createdAt;
    QString expectedDate; // YYYY-MM-DD
    QList<ReportStatusChange> history;
    QStringList citizenIds;
    NotifyChannel notifyBy = NotifyChannel::None;
    QList<std::pair<QString, QString>> attributes; // extra field code -> value
    QList<ReportPhoto> photos;
    qint64 version = 0;
    QString updatedAt;

    // The status of the latest change (by time, then sequence), whatever order they arrived in.
    static ReportStatus currentStatus(const QList<ReportStatusChange> &history);
};

// Not finished and its expected date lies before today (Europe/Brussels).
bool isOverdue(const Report &report, QDate today);

} // namespace loket
