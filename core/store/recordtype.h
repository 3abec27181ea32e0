#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace loket {

// The kinds of record the cache holds and the feed delivers; the codes are the feed's "type".
enum class RecordType {
    Municipality,
    Category,
    Citizen,
    Report,
    Document,
    ContactMoment,
    GuideProgress,
    DocumentAction,
    // Written here and sent to the hub only; the feed never delivers it (DESIGN §8).
    AccessEntry,
    // A planned home visit; the feed delivers it only to the outreach worker it names.
    Visit,
    // A follow-up task (issue 8): delivered to the accounts of its queue and its owner.
    Task,
};

QString recordTypeCode(RecordType type);
std::optional<RecordType> recordTypeFromCode(QStringView code);

} // namespace loket

Q_DECLARE_METATYPE(loket::RecordType)
