#include "recordtype.h"
#include "model/codes.h"

namespace loket {
namespace {
constexpr CodeTable<RecordType, 11> typeCodes{{
    {RecordType::Municipality, u"municipality"},
    {RecordType::Category, u"category"},
    {RecordType::Citizen, u"citizen"},
    {RecordType::Report, u"report"},
    {RecordType::Document, u"document"},
    {RecordType::ContactMoment, u"contact_moment"},
    {RecordType::GuideProgress, u"guide_progress"},
    {RecordType::DocumentAction, u"document_action"},
    {RecordType::AccessEntry, u"access_entry"},
    {RecordType::Visit, u"visit"},
    {RecordType::Task, u"task"},
}};
} // namespace

QString recordTypeCode(RecordType type)
{
    return typeCodes.code(type);
}

std::optional<RecordType> recordTypeFromCode(QStringView code)
{
    return typeCodes.fromCode(code);
}

} // namespace loket
