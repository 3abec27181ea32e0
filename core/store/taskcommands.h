#pragma once

#include "model/task.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// Creates a follow-up task on this machine: the row (version 0 until the hub answers) and a POST
// /api/v1/tasks with an idempotency key, in one transaction. A task that breaks taskProblem() is
// refused and writes nothing. (A task made from a contact moment is written by
// LogContactMomentCommand, in the contact moment's own transaction.)
class CreateTaskCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::CreateTaskCommand)

public:
    // `staffId` is who creates it: the first line of its history.
    CreateTaskCommand(Task task, QString staffId);
    RecordType recordType() const override { return RecordType::Task; }
    QString recordId() const override { return m_task.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;
    const Task &task() const { return m_task; }

    // Writes `task` as new (history "created" by `staffId` at `at`) with its outbox entry;
    // for LogContactMomentCommand too. `dependsOn` names a record the hub needs first.
    static bool write(StoreContext &context, Task task, const QString &staffId,
                      const QString &dependsOn, QString *error);

private:
    Task m_task;
    QString m_staffId;
};

// One step on a task, done here at once and sent to the hub: claim, hand over, close, reopen.
// In one transaction the cached task takes the step (the queue shows it at once) and a POST
// /api/v1/tasks/{id}/<step> with an idempotency key and If-Match on the version it was made on
// waits in the outbox. A step the rules refuse (taskRefusalText()) writes nothing.
class TaskStepCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::TaskStepCommand)

public:
    enum class Step { Claim, HandOver, Close, Reopen };

    static TaskStepCommand claim(QString taskId, QString staffId);
    static TaskStepCommand handOver(QString taskId, TaskHandover handover, QString staffId);
    static TaskStepCommand close(QString taskId, QString outcome, QString staffId);
    static TaskStepCommand reopen(QString taskId, QString note, QString staffId);

    RecordType recordType() const override { return RecordType::Task; }
    QString recordId() const override { return m_taskId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override { return m_refusal; }
    Step step() const { return m_step; }

    // The path segment of a step on the hub ("claim", "handover" ...).
    static QString stepCode(Step step);

private:
    TaskStepCommand(Step step, QString taskId, QString staffId);

    Step m_step;
    QString m_taskId;
    QString m_staffId;
    TaskHandover m_handover;
    QString m_text; // the outcome of a close, the note of a reopen
    // Found while applying (the cache's task refuses the step); read by the store only after
    // apply() returned, never while it runs.
    QString m_refusal;
};

} // namespace loket
