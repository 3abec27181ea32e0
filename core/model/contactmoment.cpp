#include "contactmoment.h"
#include "codes.h"

namespace loket {
namespace {
constexpr CodeTable<ContactChannel, 6> channelCodes{{
    {ContactChannel::Counter, u"counter"},
    {ContactChannel::Phone, u"phone"},
    {ContactChannel::HomeVisit, u"home_visit"},
    {ContactChannel::Helpdesk, u"helpdesk"},
    {ContactChannel::Email, u"email"},
    {ContactChannel::Video, u"video"},
}};
} // namespace

QString contactChannelCode(ContactChannel channel)
{
    return channelCodes.code(channel);
}

std::optional<ContactChannel> contactChannelFromCode(QStringView code)
{
    return channelCodes.fromCode(code);
}

} // namespace loket
