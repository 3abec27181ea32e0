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
constexpr CodeTable<NotifyChannel, 4> notifyCodes{{
    {NotifyChannel::Email, u"email"},
    {NotifyChannel::Sms, u"sms"},
    {NotifyChannel::Letter, u"letter"},
    {NotifyChannel::None, u"none"},
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

QString notifyChannelCode(NotifyChannel channel)
{
    return notifyCodes.code(channel);
}

std::optional<NotifyChannel> notifyChannelFromCode(QStringView code)
{
    return notifyCodes.fromCode(code);
}

QList<ReportStatus> allReportStatuses()
{
    return {ReportStatus::Received,   ReportStatus::Acknowledged, ReportStatus::Scheduled,
            ReportStatus::InProgress, ReportStatus::Resolved,     ReportStatus::Closed,
            ReportStatus::Rejected,   ReportStatus::Duplicate,    ReportStatus::Forwarded};
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

bool isOverdue(const Report &report, QDate today)
{
    if (isFinished(report.status) || report.expectedDate.isEmpty())
        return false;
    const QDate expected = QDate::fromString(report.expectedDate, Qt::ISODate);
    return expected.isValid() && expected < today;
}

} // namespace loket
