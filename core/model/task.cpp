#include "task.h"
#include "codes.h"

#include <QCoreApplication>

namespace loket {
namespace {
constexpr CodeTable<TaskKind, 3> kindCodes{{
    {TaskKind::CallBack, u"call_back"},
    {TaskKind::Check, u"check"},
    {TaskKind::Send, u"send"},
}};
constexpr CodeTable<TaskQueueKind, 2> queueCodes{{
    {TaskQueueKind::Helpdesk, u"helpdesk"},
    {TaskQueueKind::Municipality, u"municipality"},
}};
constexpr CodeTable<TaskStatus, 3> statusCodes{{
    {TaskStatus::Open, u"open"},
    {TaskStatus::Claimed, u"claimed"},
    {TaskStatus::Closed, u"closed"},
}};
constexpr CodeTable<TaskAction, 5> actionCodes{{
    {TaskAction::Created, u"created"},
    {TaskAction::Claimed, u"claimed"},
    {TaskAction::HandedOver, u"handed_over"},
    {TaskAction::Closed, u"closed"},
    {TaskAction::Reopened, u"reopened"},
}};

// Lengths as staff count them: characters, not UTF-16 units.
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

TaskRefusal mayChange(const Task &task, const QString &staffId)
{
    if (task.status == TaskStatus::Closed)
        return TaskRefusal::Closed;
    if (!task.ownerStaffId.isEmpty() && task.ownerStaffId != staffId)
        return TaskRefusal::ClaimedByOther;
    return TaskRefusal::None;
}

} // namespace

QString taskKindCode(TaskKind kind)
{
    return kindCodes.code(kind);
}
std::optional<TaskKind> taskKindFromCode(QStringView code)
{
    return kindCodes.fromCode(code);
}
QString taskQueueCode(TaskQueueKind queue)
{
    return queueCodes.code(queue);
}
std::optional<TaskQueueKind> taskQueueFromCode(QStringView code)
{
    return queueCodes.fromCode(code);
}
QString taskStatusCode(TaskStatus status)
{
    return statusCodes.code(status);
}
std::optional<TaskStatus> taskStatusFromCode(QStringView code)
{
    return statusCodes.fromCode(code);
}
QString taskActionCode(TaskAction action)
{
    return actionCodes.code(action);
}
std::optional<TaskAction> taskActionFromCode(QStringView code)
{
    return actionCodes.fromCode(code);
}

QString taskProblem(const Task &task)
{
    if (task.id.trimmed().isEmpty())
        return QCoreApplication::translate("Task", "A task needs an identifier.");
    if (task.citizenId.trimmed().isEmpty())
        return QCoreApplication::translate("Task", "A task needs a citizen.");
    if (task.title.trimmed().isEmpty())
        return QCoreApplication::translate("Task", "A task needs a title: what is to be done.");
    if (characters(task.title) > Task::maxTitleLength)
        return QCoreApplication::translate("Task",
                                           "The title of a task is at most %n characters "
                                           "long.",
                                           nullptr, Task::maxTitleLength);
    if (task.municipalityNis.trimmed().isEmpty())
        return QCoreApplication::translate("Task", "A task needs the municipality it belongs to.");
    if (!task.due.isValid())
        return QCoreApplication::translate("Task", "A task needs a valid due date.");
    if (task.status == TaskStatus::Claimed && task.ownerStaffId.isEmpty())
        return QCoreApplication::translate("Task", "A claimed task needs its owner.");
    if (task.status == TaskStatus::Open && !task.ownerStaffId.isEmpty())
        return QCoreApplication::translate("Task", "An open task has no owner yet.");
    if (task.status == TaskStatus::Closed && task.outcome.trimmed().isEmpty())
        return QCoreApplication::translate("Task", "A closed task needs its outcome.");
    if (task.status != TaskStatus::Closed && !task.outcome.isEmpty())
        return QCoreApplication::translate("Task", "Only a closed task has an outcome.");
    if (characters(task.outcome) > Task::maxNoteLength)
        return QCoreApplication::translate("Task",
                                           "The outcome of a task is at most %n "
                                           "characters long.",
                                           nullptr, Task::maxNoteLength);
    return {};
}

int taskOverdueDays(const Task &task, QDate today)
{
    if (task.status == TaskStatus::Closed || !task.due.isValid() || !today.isValid() ||
        today <= task.due)
        return 0;
    return int(task.due.daysTo(today));
}

QString taskRefusalText(TaskRefusal refusal)
{
    switch (refusal) {
    case TaskRefusal::None:
        return {};
    case TaskRefusal::ClaimedByOther:
        return QCoreApplication::translate("Task", "Someone else has claimed this task.");
    case TaskRefusal::Closed:
        return QCoreApplication::translate("Task", "This task is closed; reopen it first.");
    case TaskRefusal::NotClosed:
        return QCoreApplication::translate("Task", "Only a closed task can be reopened.");
    case TaskRefusal::NoteMissing:
        return QCoreApplication::translate("Task", "A handover needs a note for the colleague "
                                                   "who takes the task over.");
    case TaskRefusal::NoteTooLong:
        return QCoreApplication::translate("Task", "The note is at most %n characters long.",
                                           nullptr, Task::maxNoteLength);
    case TaskRefusal::OutcomeMissing:
        return QCoreApplication::translate("Task", "Say what came of the task before closing it.");
    case TaskRefusal::OutcomeTooLong:
        return QCoreApplication::translate("Task", "The outcome is at most %n characters long.",
                                           nullptr, Task::maxNoteLength);
    case TaskRefusal::MunicipalityMissing:
        return QCoreApplication::translate("Task", "Choose the municipality whose counter takes "
                                                   "the task over.");
    }
    return {};
}

TaskRefusal claimTask(Task &task, const QString &staffId, const QString &at)
{
    if (const TaskRefusal refusal = mayChange(task, staffId); refusal != TaskRefusal::None)
        return refusal;
    if (task.ownerStaffId == staffId)
        return TaskRefusal::None;
    task.ownerStaffId = staffId;
    task.ownerName.clear();
    task.status = TaskStatus::Claimed;
    TaskEvent e;
    e.at = at;
    e.staffId = staffId;
    e.action = TaskAction::Claimed;
    task.history.append(e);
    return TaskRefusal::None;
}

TaskRefusal handOverTask(Task &task, const TaskHandover &handover, const QString &staffId,
                         const QString &at)
{
    if (const TaskRefusal refusal = mayChange(task, staffId); refusal != TaskRefusal::None)
        return refusal;
    const QString note = handover.note.trimmed();
    if (note.isEmpty())
        return TaskRefusal::NoteMissing;
    if (characters(note) > Task::maxNoteLength)
        return TaskRefusal::NoteTooLong;
    const QString nis = handover.toMunicipalityNis.trimmed();
    if (handover.toQueue == TaskQueueKind::Municipality && nis.isEmpty() &&
        task.municipalityNis.isEmpty())
        return TaskRefusal::MunicipalityMissing;
    task.queue = handover.toQueue;
    if (!nis.isEmpty())
        task.municipalityNis = nis;
    task.ownerStaffId = handover.toStaffId.trimmed();
    task.ownerName.clear();
    task.status = task.ownerStaffId.isEmpty() ? TaskStatus::Open : TaskStatus::Claimed;
    TaskEvent e;
    e.at = at;
    e.staffId = staffId;
    e.action = TaskAction::HandedOver;
    e.note = note;
    e.toQueue = handover.toQueue;
    e.toMunicipalityNis = task.municipalityNis;
    e.toStaffId = task.ownerStaffId;
    task.history.append(e);
    return TaskRefusal::None;
}

TaskRefusal closeTask(Task &task, const QString &outcome, const QString &staffId, const QString &at)
{
    if (const TaskRefusal refusal = mayChange(task, staffId); refusal != TaskRefusal::None)
        return refusal;
    const QString text = outcome.trimmed();
    if (text.isEmpty())
        return TaskRefusal::OutcomeMissing;
    if (characters(text) > Task::maxNoteLength)
        return TaskRefusal::OutcomeTooLong;
    // Whoever closes an unclaimed task did the work: the task shows them as its owner.
    task.ownerStaffId = staffId;
    task.ownerName.clear();
    task.status = TaskStatus::Closed;
    task.outcome = text;
    TaskEvent e;
    e.at = at;
    e.staffId = staffId;
    e.action = TaskAction::Closed;
    e.note = text;
    task.history.append(e);
    return TaskRefusal::None;
}

TaskRefusal reopenTask(Task &task, const QString &note, const QString &staffId, const QString &at)
{
    if (task.status != TaskStatus::Closed)
        return TaskRefusal::NotClosed;
    const QString text = note.trimmed();
    if (characters(text) > Task::maxNoteLength)
        return TaskRefusal::NoteTooLong;
    task.status = TaskStatus::Open;
    task.ownerStaffId.clear();
    task.ownerName.clear();
    task.outcome.clear();
    TaskEvent e;
    e.at = at;
    e.staffId = staffId;
    e.action = TaskAction::Reopened;
    e.note = text;
    task.history.append(e);
    return TaskRefusal::None;
}

} // namespace loket
