#pragma once

#include "model/task.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace loket {

// Which tasks a queue window lists.
enum class TaskQueueView {
    Helpdesk,     // the regional helpdesk queue
    Municipality, // the queue of one municipality's counter
    Mine,         // the tasks the signed-in person owns, in any queue
};

struct TaskQueueFilter
{
    TaskQueueView view = TaskQueueView::Municipality;
    QString municipalityNis; // Municipality only
    QString staffId;         // Mine only
    enum class Closed { Hide, Show };
    Closed closed = Closed::Hide;
};

// One line of a queue: the task, who it is for, and how late it is.
struct TaskQueueRow
{
    Task task;
    QString citizenName; // "Family, Given"; empty when the citizen is not in this cache
    int overdueDays = 0; // taskOverdueDays() on the day asked
};

// Reads a queue of follow-up tasks from a cache connection (the caller's thread): unfinished
// tasks by due date, so that overdue ones come first, closed ones last when shown at all.
class TaskQueue final
{
public:
    explicit TaskQueue(QSqlDatabase db);

    QList<TaskQueueRow> rows(const TaskQueueFilter &filter, QDate today) const;
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace loket
