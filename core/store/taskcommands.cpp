#include "taskcommands.h"
#include "cachewriter.h"
#include "connection.h"
#include "outbox.h"
#include "repositories.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace loket {
namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString taskType()
{
    return recordTypeCode(RecordType::Task);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CreateTaskCommand::CreateTaskCommand(Task task, QString staffId)
    : m_task(std::move(task))
    , m_staffId(std::move(staffId))
{
    if (m_task.id.isEmpty())
        m_task.id = newKey();
}

QString CreateTaskCommand::refusal() const
{
    Task checked = m_task;
    checked.status = checked.ownerStaffId.isEmpty() ? TaskStatus::Open : TaskStatus::Claimed;
    checked.outcome.clear();
    return taskProblem(checked);
}

bool CreateTaskCommand::write(StoreContext &context, Task task, const QString &staffId,
                              const QString &dependsOn, QString *error)
{
    const QString now = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    task.status = task.ownerStaffId.isEmpty() ? TaskStatus::Open : TaskStatus::Claimed;
    task.outcome.clear();
    task.version = 0; // the hub assigns versions
    task.updatedAt.clear();
    TaskEvent created;
    created.at = now;
    created.staffId = staffId;
    created.action = TaskAction::Created;
    created.toQueue = task.queue;
    created.toMunicipalityNis = task.municipalityNis;
    created.toStaffId = task.ownerStaffId;
    task.history = {created};
    if (!context.writer.upsert(task)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = taskType();
    entry.entityId = task.id;
    entry.dependsOn = dependsOn;
    entry.operation = OutboxEntry::Operation::Create;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/tasks");
    QJsonObject body = wire::toJson(task);
    // The hub writes the state, the history and the version of a new task.
    for (const char *key : {"status", "outcome", "history", "version", "updated_at"})
        body.remove(QLatin1String(key));
    entry.body = compact(body);
    entry.createdAt = now;
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

bool CreateTaskCommand::apply(StoreContext &context, QString *error)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        *error = QStringLiteral("refused: ") + why;
        return false;
    }
    return write(context, m_task, m_staffId,
                 recordTypeCode(RecordType::Citizen) + u':' + m_task.citizenId, error);
}

QString CreateTaskCommand::failureMessage() const
{
    return tr("The task could not be saved. It is kept in memory; Loket tries to save it again.");
}

TaskStepCommand::TaskStepCommand(Step step, QString taskId, QString staffId)
    : m_step(step)
    , m_taskId(std::move(taskId))
    , m_staffId(std::move(staffId))
{}

TaskStepCommand TaskStepCommand::claim(QString taskId, QString staffId)
{
    return TaskStepCommand(Step::Claim, std::move(taskId), std::move(staffId));
}

TaskStepCommand TaskStepCommand::handOver(QString taskId, TaskHandover handover, QString staffId)
{
    TaskStepCommand c(Step::HandOver, std::move(taskId), std::move(staffId));
    c.m_handover = std::move(handover);
    return c;
}

TaskStepCommand TaskStepCommand::close(QString taskId, QString outcome, QString staffId)
{
    TaskStepCommand c(Step::Close, std::move(taskId), std::move(staffId));
    c.m_text = std::move(outcome);
    return c;
}

TaskStepCommand TaskStepCommand::reopen(QString taskId, QString note, QString staffId)
{
    TaskStepCommand c(Step::Reopen, std::move(taskId), std::move(staffId));
    c.m_text = std::move(note);
    return c;
}

QString TaskStepCommand::stepCode(Step step)
{
    switch (step) {
    case Step::Claim:
        return QStringLiteral("claim");
    case Step::HandOver:
        return QStringLiteral("handover");
    case Step::Close:
        return QStringLiteral("close");
    case Step::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

bool TaskStepCommand::apply(StoreContext &context, QString *error)
{
    const std::optional<Task> current = CacheReader(context.connection.database()).task(m_taskId);
    if (!current) {
        m_refusal = tr("This task is no longer on this computer: it was handed over to a queue "
                       "you do not see, or removed.");
        *error = QStringLiteral("refused: task %1 is not in the cache").arg(m_taskId);
        return false;
    }
    Task task = *current;
    const QString now = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    TaskRefusal refused = TaskRefusal::None;
    QJsonObject body;
    switch (m_step) {
    case Step::Claim:
        refused = claimTask(task, m_staffId, now);
        break;
    case Step::HandOver:
        refused = handOverTask(task, m_handover, m_staffId, now);
        body =
            QJsonObject{{QStringLiteral("to_queue"), taskQueueCode(m_handover.toQueue)},
                        {QStringLiteral("to_municipality_nis"),
                         textOrNull(m_handover.toMunicipalityNis.trimmed())},
                        {QStringLiteral("to_staff_id"), textOrNull(m_handover.toStaffId.trimmed())},
                        {QStringLiteral("note"), m_handover.note.trimmed()}};
        break;
    case Step::Close:
        refused = closeTask(task, m_text, m_staffId, now);
        body = QJsonObject{{QStringLiteral("outcome"), m_text.trimmed()}};
        break;
    case Step::Reopen:
        refused = reopenTask(task, m_text, m_staffId, now);
        body = QJsonObject{{QStringLiteral("note"), textOrNull(m_text.trimmed())}};
        break;
    }
    if (refused != TaskRefusal::None) {
        m_refusal = taskRefusalText(refused);
        *error = QStringLiteral("refused: ") + m_refusal;
        return false;
    }
    // Claiming a task one owns already: nothing to send.
    if (task.history.size() == current->history.size())
        return true;
    if (!context.writer.upsert(task)) {
        *error = context.writer.errorString();
        return false;
    }
    const QString type = taskType();
    OutboxEntry entry;
    // On top of a change still waiting for the hub (the task's creation, an earlier step), the
    // base version is known only once the hub answered that change (Outbox::rebaseNext).
    if (!context.outbox.hasEntriesFor(type, m_taskId) && current->version > 0)
        entry.baseVersion = current->version;
    entry.idempotencyKey = newKey();
    entry.entityType = type;
    entry.entityId = m_taskId;
    entry.operation = OutboxEntry::Operation::Update;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/tasks/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(m_taskId)) + u'/' + stepCode(m_step);
    entry.body = compact(body);
    entry.baseJson = compact(wire::toJson(*current));
    entry.createdAt = now;
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString TaskStepCommand::failureMessage() const
{
    switch (m_step) {
    case Step::Claim:
        return tr("The task could not be claimed on this computer. Try again.");
    case Step::HandOver:
        return tr("The handover could not be saved on this computer. Try again.");
    case Step::Close:
        return tr("The task could not be closed on this computer. Try again.");
    case Step::Reopen:
        return tr("The task could not be reopened on this computer. Try again.");
    }
    return {};
}

} // namespace loket
