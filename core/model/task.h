#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace loket {

enum class TaskKind { CallBack, Check, Send };
QString taskKindCode(TaskKind kind);
std::optional<TaskKind> taskKindFromCode(QStringView code);

// Which pool of staff a task waits for: the regional helpdesk or the counter of its municipality.
enum class TaskQueueKind { Helpdesk, Municipality };
QString taskQueueCode(TaskQueueKind queue);
std::optional<TaskQueueKind> taskQueueFromCode(QStringView code);

enum class TaskStatus { Open, Claimed, Closed };
QString taskStatusCode(TaskStatus status);
std::optional<TaskStatus> taskStatusFromCode(QStringView code);

enum class TaskAction { Created, Claimed, HandedOver, Closed, Reopened };
QString taskActionCode(TaskAction action);
std::optional<TaskAction> taskActionFromCode(QStringView code);

// One line of a task's history: who did what, and for a handover where it went and why.
struct TaskEvent
{
    QString at; // UTC, ISO 8601
    QString staffId;
    TaskAction action = TaskAction::Created;
    QString note; // the handover note, the closing outcome, a reopening reason
    std::optional<TaskQueueKind> toQueue;
    QString toMunicipalityNis;
    QString toStaffId;
};

// A follow-up task (issue 8, item 3): work promised to a citizen during a contact moment (call
// back, check, send), waiting in a queue until someone claims it and closes it with an outcome.
struct Task
{
    static constexpr int maxTitleLength = 200;
    static constexpr int maxNoteLength = 2000;

    QString id; // UUID, made by whoever created the task
    QString citizenId;
    QString contactMomentId; // empty: not made from a contact moment
    TaskKind kind = TaskKind::CallBack;
    QString title;
    QString municipalityNis; // whose counter sees it
    TaskQueueKind queue = TaskQueueKind::Municipality;
    QString ownerStaffId; // empty: unclaimed
    // The owner's name as the hub's accounts have it ("Els Janssens"), set by the hub on every
    // write; empty when unclaimed, or while a step made here waits for the hub's answer.
    QString ownerName;
    QDate due;
    TaskStatus status = TaskStatus::Open;
    QString outcome; // empty until closed
    QList<TaskEvent> history;
    qint64 version = 0; // 0 until the hub has stored it
    QString updatedAt;  // UTC, ISO 8601, set by the hub
};

// How the follow-up of a contact moment becomes a task: what is to be done, and whose queue it
// waits in.
struct FollowUpRoute
{
    TaskKind kind = TaskKind::CallBack;
    // None: the helpdesk's queue when the contact was on the helpdesk channel, else the queue of
    // the municipality where it took place.
    std::optional<TaskQueueKind> queue;
};

// Why a task cannot be stored as it stands, in a sentence for staff; empty when it can.
QString taskProblem(const Task &task);

// Days a task is past its due date on `today` (0 when not overdue or closed).
int taskOverdueDays(const Task &task, QDate today);

// Why a step on a task is refused; the hub and the client apply the same rules.
enum class TaskRefusal {
    None,
    ClaimedByOther, // someone else owns it
    Closed,         // the step needs an open task
    NotClosed,      // only a closed task is reopened
    NoteMissing,
    NoteTooLong,
    OutcomeMissing,
    OutcomeTooLong,
    MunicipalityMissing, // a handover to a municipality names it
};
QString taskRefusalText(TaskRefusal refusal);

// Where a handover sends a task.
struct TaskHandover
{
    TaskQueueKind toQueue = TaskQueueKind::Municipality;
    QString toMunicipalityNis; // empty: stays in the task's municipality
    QString toStaffId;         // empty: unclaimed in the new queue
    QString note;              // required
};

// The steps of a task's life. Each checks its rule, then changes `task` and appends its history
// line (staff `staffId` at `at`); a refused step leaves `task` as it was. Claiming a task one
// owns already changes nothing and is no refusal.
TaskRefusal claimTask(Task &task, const QString &staffId, const QString &at);
TaskRefusal handOverTask(Task &task, const TaskHandover &handover, const QString &staffId,
                         const QString &at);
TaskRefusal closeTask(Task &task, const QString &outcome, const QString &staffId,
                      const QString &at);
TaskRefusal reopenTask(Task &task, const QString &note, const QString &staffId, const QString &at);

} // namespace loket
