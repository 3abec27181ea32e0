#include "report.h"
#include "codes.h"

#include <algorithm>

namespace loket {
namespace {
constexpr CodeTable<ReportStatus, 9> statusCodes{{
    {ReportStatus::Received, u"received"},
    {ReportStatus::Acknowledged, u"acknowledged"},
    {ReportStatus::Scheduled, u"scheduled"},
    {ReportStatus::InProgress, u"in_progress"},
    {ReportStatus::Resolved, u"resolved"},
    {ReportStatus::Closed, u"closed"},
    {ReportStatus::Rejected, u"rejected"},
    {ReportStatus::Duplicate, u"duplicate"},
    {ReportStatus::Forwarded, u"forwarded"},
}};
} // namespace

QString reportStatusCode(ReportStatus status)
{
    return statusCodes.code(status);
}

std::optional<ReportStatus> reportStatusFromCode(QStringView code)
{
    return statusCodes.fromCode(code);
}

bool isFinished(ReportStatus status)
{
    return status == ReportStatus::Resolved || status == ReportStatus::Closed ||
           status == ReportStatus::Rejected || status == ReportStatus::Duplicate;
}

QString Category::name(QStringView language) const
{
    if (language == u"fr" && !nameFr.isEmpty())
        return nameFr;
    if (language == u"en" && !nameEn.isEmpty())
        return nameEn;
    return nameNl;
}

ReportStatus Report::currentStatus(const QList<ReportStatusChange> &history)
{
    if (history.isEmpty())
        return ReportStatus::Received;
    const auto latest =
        std::max_element(history.cbegin(), history.cend(),
                         [](const ReportStatusChange &a, const ReportStatusChange &b) {
                             return std::tie(a.at, a.seq) < std::tie(b.at, b.seq);
                         });
    return latest->status;
}

} // namespace loket
