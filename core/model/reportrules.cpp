#include "reportrules.h"

#include "workingdays.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

QString fieldDescription(const CategoryField &field, QStringView language)
{
    if (language == u"fr" && !field.descriptionFr.isEmpty())
        return field.descriptionFr;
    if (language == u"en" && !field.descriptionEn.isEmpty())
        return field.descriptionEn;
    return field.descriptionNl.isEmpty() ? field.code : field.descriptionNl;
}

} // namespace

ReportCheck checkNewReport(const Report &report, const std::optional<Category> &category)
{
    using P = ReportCheck::Problem;
    if (report.categoryCode.trimmed().isEmpty())
        return {P::MissingCategory, u"category"_s};
    if (!category || category->code != report.categoryCode)
        return {P::UnknownCategory, u"category"_s};
    if (report.latitude.has_value() != report.longitude.has_value() ||
        (report.latitude && (std::abs(*report.latitude) > 90 || std::abs(*report.longitude) > 180)))
        return {P::InvalidCoordinates, u"lat"_s};
    const bool hasAddress =
        !report.street.trimmed().isEmpty() && !report.locationNis.trimmed().isEmpty();
    if (!hasAddress && !report.latitude)
        return {P::MissingLocation, u"street"_s};
    if (characters(report.description) > reportDescriptionMaxLength)
        return {P::DescriptionTooLong, u"description"_s};
    for (const CategoryField &field : category->fields) {
        if (!field.variable)
            continue;
        QStringList values;
        for (const auto &[code, value] : report.attributes) {
            if (code == field.code && !value.trimmed().isEmpty())
                values << value.trimmed();
        }
        const QString where = u"attributes."_s + field.code;
        if (values.isEmpty()) {
            if (field.required)
                return {P::MissingField, where};
            continue;
        }
        if (field.datatype == u"singlevaluelist"_s || field.datatype == u"multivaluelist"_s) {
            if (field.datatype == u"singlevaluelist"_s && values.size() > 1)
                return {P::InvalidFieldValue, where};
            for (const QString &v : std::as_const(values)) {
                const bool known =
                    std::any_of(field.values.cbegin(), field.values.cend(),
                                [&](const CategoryFieldValue &k) { return k.key == v; });
                if (!known)
                    return {P::InvalidFieldValue, where};
            }
        } else if (field.datatype == u"number"_s) {
            bool isNumber = false;
            values.first().toDouble(&isNumber);
            if (!isNumber)
                return {P::InvalidFieldValue, where};
        }
    }
    return {};
}

QString reportCheckText(const ReportCheck &check, const std::optional<Category> &category,
                        QStringView language)
{
    using P = ReportCheck::Problem;
    QString fieldName = check.field;
    if (category && check.field.startsWith(u"attributes."_s)) {
        const QString code = check.field.mid(11);
        for (const CategoryField &f : category->fields) {
            if (f.code == code)
                fieldName = fieldDescription(f, language);
        }
    }
    switch (check.problem) {
    case P::None:
        return {};
    case P::MissingCategory:
        return QCoreApplication::translate("ReportRules", "Choose what the problem is.");
    case P::UnknownCategory:
        return QCoreApplication::translate(
            "ReportRules", "This category is not in the regional catalogue (any more).");
    case P::MissingLocation:
        return QCoreApplication::translate(
            "ReportRules", "Say where the problem is: a street in the region, or coordinates.");
    case P::InvalidCoordinates:
        return QCoreApplication::translate(
            "ReportRules", "The coordinates need both a latitude and a longitude, in degrees.");
    case P::DescriptionTooLong:
        return QCoreApplication::translate("ReportRules",
                                           "The description is at most %n characters long.",
                                           nullptr, reportDescriptionMaxLength);
    case P::MissingField:
        return QCoreApplication::translate("ReportRules", "\"%1\" must be filled in.")
            .arg(fieldName);
    case P::InvalidFieldValue:
        return QCoreApplication::translate("ReportRules", "\"%1\" has a value that is not allowed.")
            .arg(fieldName);
    }
    return {};
}

bool statusNeedsPublicText(ReportStatus status)
{
    return status == ReportStatus::Resolved || status == ReportStatus::Rejected ||
           status == ReportStatus::Duplicate || status == ReportStatus::Forwarded;
}

StatusChangeProblem checkStatusChange(ReportStatus current, ReportStatus next,
                                      const QString &publicText, const QString &internalNote)
{
    if (next == current)
        return StatusChangeProblem::SameStatus;
    if (next == ReportStatus::Received)
        return StatusChangeProblem::NotReceived;
    // A finished report is reopened, or a resolved one closed once the citizen agrees.
    const bool reopening = next == ReportStatus::Acknowledged || next == ReportStatus::InProgress;
    const bool closingResolved = current == ReportStatus::Resolved && next == ReportStatus::Closed;
    if (isFinished(current) && !reopening && !closingResolved)
        return StatusChangeProblem::FinishedReport;
    if (statusNeedsPublicText(next) && publicText.trimmed().isEmpty())
        return StatusChangeProblem::PublicTextRequired;
    if (characters(publicText) > reportStatusTextMaxLength ||
        characters(internalNote) > reportStatusTextMaxLength)
        return StatusChangeProblem::TextTooLong;
    return StatusChangeProblem::None;
}

QString statusChangeProblemText(StatusChangeProblem problem)
{
    switch (problem) {
    case StatusChangeProblem::None:
        return {};
    case StatusChangeProblem::SameStatus:
        return QCoreApplication::translate("ReportRules", "The report has this status already.");
    case StatusChangeProblem::NotReceived:
        return QCoreApplication::translate("ReportRules",
                                           "A report cannot be set back to received.");
    case StatusChangeProblem::FinishedReport:
        return QCoreApplication::translate(
            "ReportRules", "This report is finished; it can only be reopened (acknowledged or "
                           "in progress), or closed once it was resolved.");
    case StatusChangeProblem::PublicTextRequired:
        return QCoreApplication::translate(
            "ReportRules", "Write a text for the citizen: it says what was done or why not.");
    case StatusChangeProblem::TextTooLong:
        return QCoreApplication::translate("ReportRules", "A text is at most %n characters long.",
                                           nullptr, reportStatusTextMaxLength);
    }
    return {};
}

QList<ReportStatus> nextStatuses(ReportStatus current)
{
    QList<ReportStatus> out;
    for (ReportStatus s : allReportStatuses()) {
        const StatusChangeProblem p = checkStatusChange(current, s, u"x"_s, {});
        if (p == StatusChangeProblem::None)
            out.append(s);
    }
    return out;
}

QDate expectedDateFor(QDate receivedDay, int normWorkingDays)
{
    if (!receivedDay.isValid() || normWorkingDays <= 0)
        return {};
    return addWorkingDays(receivedDay, normWorkingDays);
}

} // namespace loket
