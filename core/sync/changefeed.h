#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/municipality.h"
#include "model/report.h"
#include "model/task.h"
#include "model/visit.h"
#include "store/recordtype.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace loket {

// One entry of GET /api/v1/changes: a record at its latest state, or a tombstone.
struct Change
{
    RecordType type = RecordType::Citizen;
    bool deleted = false;
    QString id;
    qint64 version = 0;
    QString reason; // why a tombstone was written ("moved", "erased" ...), when the hub says
    std::variant<std::monostate, Municipality, Category, Citizen, Report, Document, ContactMoment,
                 GuideProgress, DocumentAction, Visit, Task>
        record;
};

// One page of the feed, checked in full before anything of it is applied.
struct ChangePage
{
    QList<Change> changes;
    QString cursor;
    bool more = false;
    std::optional<qint64> remaining; // the hub's estimate of changes after this page
    int unknownTypes = 0;            // entries of record types this version does not know
};

// Parses and checks a page against the contract (docs/api.md): a JSON object with "changes",
// "cursor" and "more"; every entry with a known op, an id, a version, and for an upsert a record
// the wire parser accepts whose id and version match the entry. Record types this version does
// not know are skipped (a newer hub may send more). Any other problem refuses the whole page and
// `error` says what and where.
std::optional<ChangePage> parseChangePage(const QByteArray &json, QString *error);

} // namespace loket
