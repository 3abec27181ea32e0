#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    qint64 version = 0;
    QString updatedAt;

    // The status of the latest change (by time, then sequence), whatever order they arrived in.
    static ReportStatus currentStatus(const QList<ReportStatusChange> &history);
};

} // namespace loket
