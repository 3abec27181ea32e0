#include "accessentry.h"
#include "codes.h"

namespace loket {
namespace {
constexpr CodeTable<AccessPurpose, 5> purposeCodes{{
    {AccessPurpose::CounterVisit, u"counter_visit"},
    {AccessPurpose::HomeVisit, u"home_visit"},
    {AccessPurpose::HelpdeskCall, u"helpdesk_call"},
    {AccessPurpose::FollowUp, u"follow_up"},
    {AccessPurpose::Other, u"other"},
}};
constexpr CodeTable<AccessAction, 2> actionCodes{{
    {AccessAction::OpenDossier, u"open_dossier"},
    {AccessAction::RevealNationalNumber, u"reveal_national_number"},
}};
} // namespace

QString accessPurposeCode(AccessPurpose purpose)
{
    return purposeCodes.code(purpose);
}

std::optional<AccessPurpose> accessPurposeFromCode(QStringView code)
{
    return purposeCodes.fromCode(code);
}

QString accessActionCode(AccessAction action)
{
    return actionCodes.code(action);
}

std::optional<AccessAction> accessActionFromCode(QStringView code)
{
    return actionCodes.fromCode(code);
}

AccessPurpose defaultPurposeForRole(QStringView roleCode)
{
    if (roleCode == u"counter")
        return AccessPurpose::CounterVisit;
    if (roleCode == u"outreach")
        return AccessPurpose::HomeVisit;
    if (roleCode == u"helpdesk")
        return AccessPurpose::HelpdeskCall;
    return AccessPurpose::Other;
}

} // namespace loket
