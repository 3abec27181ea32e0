#include "document.h"
#include "codes.h"

#include <algorithm>

namespace loket {
namespace {
constexpr CodeTable<DocumentStatus, 10> statusCodes{{
    {DocumentStatus::Prepared, u"prepared"},
    {DocumentStatus::Sent, u"sent"},
    {DocumentStatus::Delivered, u"delivered"},
    {DocumentStatus::Read, u"read"},
    {DocumentStatus::UnreadReminder, u"unread_reminder"},
    {DocumentStatus::Expiring, u"expiring"},
    {DocumentStatus::Expired, u"expired"},
    {DocumentStatus::FallbackToPaper, u"fallback_to_paper"},
    {DocumentStatus::PaperSent, u"paper_sent"},
    {DocumentStatus::Returned, u"returned"},
}};
} // namespace

QString documentStatusCode(DocumentStatus status)
{
    return statusCodes.code(status);
}

std::optional<DocumentStatus> documentStatusFromCode(QStringView code)
{
    return statusCodes.fromCode(code);
}

DocumentStatus Document::currentStatus(const QList<DocumentEvent> &history)
{
    if (history.isEmpty())
        return DocumentStatus::Prepared;
    const auto latest = std::max_element(history.cbegin(), history.cend(),
                                         [](const DocumentEvent &a, const DocumentEvent &b) {
                                             return std::tie(a.at, a.seq) < std::tie(b.at, b.seq);
                                         });
    return latest->status;
}

} // namespace loket
