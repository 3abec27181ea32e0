#pragma once

#include "model/contactmoment.h"
#include "model/report.h"
#include "model/task.h"
#include "store/documentworklists.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace loket {

// What "open for this citizen" means (issue 8, item 2) and on which day.
struct OpenItemsQuery
{
    QString citizenId;
    QDate today; // Belgian calendar day the days are counted to
    // eBox documents unread for more than this many days: the work list's own default.
    int unreadDays = DocumentWorkListQuery{}.minDays;
    int contactDays = 30; // contacts on or after the start of the day this many days ago
};

// One line of the open items: a record and the name of the municipality it belongs to.
struct OpenReport
{
    Report report;           // with its history
    QString municipalityNis; // where the report is located (it is handled there)
    QString municipalityName;
};

struct OpenDocument
{
    DocumentWorkItem item;   // list: UnreadInEbox or ReturnedPaper
    QString municipalityNis; // the citizen's municipality: documents carry none of their own
    QString municipalityName;
};

struct RecentContact
{
    ContactMoment contact;
    QString municipalityName;
};

struct OpenTask
{
    Task task;
    QString municipalityName; // the municipality whose counter the task belongs to
    int overdueDays = 0;      // taskOverdueDays() on the day asked
};

// Everything open for one citizen in every municipality the cache holds, newest first.
struct OpenItems
{
    QList<OpenReport> reports;     // not finished, by creation time
    QList<OpenDocument> documents; // unread in the eBox or returned, by since
    QList<RecentContact> contacts; // by time
    QList<OpenTask> tasks;         // open or claimed follow-up tasks, by due date
};

// Reads a citizen's open items from a cache connection (the caller's thread; the UI runs it on
// a worker through queryCache).
class OpenItemsReader final
{
public:
    explicit OpenItemsReader(QSqlDatabase db);
    // Nothing, with errorString() set, when SQLite failed.
    std::optional<OpenItems> read(const OpenItemsQuery &query);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace loket
