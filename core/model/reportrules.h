#pragma once

#include "report.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loket {

// The rules a report and its status changes follow, the same wherever they are checked (the
// report form, the store command, the hub): one process for the whole region (issue 4).

constexpr int reportDescriptionMaxLength = 4000; // Open311's limit
constexpr int reportStatusTextMaxLength = 2000;

// Why a new report cannot be filed as it stands; `field` names the wire field.
struct ReportCheck
{
    enum class Problem {
        None,
        MissingCategory,
        UnknownCategory,
        MissingLocation, // neither an address (street, number, municipality) nor coordinates
        InvalidCoordinates,
        DescriptionTooLong,
        MissingField,      // a required extra field of the category is empty
        InvalidFieldValue, // not one of the list's values, or not a number
    };
    Problem problem = Problem::None;
    QString field; // "category", "street", "lat", "description", "attributes.<code>"

    bool ok() const { return problem == Problem::None; }
};

// `category` is the catalogue's entry for report.categoryCode, if the catalogue has one.
ReportCheck checkNewReport(const Report &report, const std::optional<Category> &category);
// A sentence for staff, in the UI language; `category` names the field of a field problem.
QString reportCheckText(const ReportCheck &check, const std::optional<Category> &category,
                        QStringView language);

enum class StatusChangeProblem {
    None,
    SameStatus,         // the report has that status already
    NotReceived,        // "received" is where a report starts, not a step
    FinishedReport,     // a finished report is only reopened (acknowledged, in progress),
                        // or closed when it was resolved
    PublicTextRequired, // resolved, rejected, duplicate and forwarded tell the citizen why
    TextTooLong,
};

// Whether a report in `current` may go to `next` with these texts.
StatusChangeProblem checkStatusChange(ReportStatus current, ReportStatus next,
                                      const QString &publicText, const QString &internalNote);
QString statusChangeProblemText(StatusChangeProblem problem);
// The statuses a report in `current` may go to, in workflow order, for a picker.
QList<ReportStatus> nextStatuses(ReportStatus current);
bool statusNeedsPublicText(ReportStatus status);

// The day a report received on `receivedDay` is expected to be handled: the category's norm in
// Belgian working days later (weekends and public holidays do not count).
QDate expectedDateFor(QDate receivedDay, int normWorkingDays);

} // namespace loket
