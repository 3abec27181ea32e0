// Follow-up tasks (issue 8, item 3; docs/api.md "Follow-up tasks"): created from contact
// moments, waiting in the helpdesk queue or a municipality's queue, claimed by one person, handed
// over with a note, closed with an outcome. Two people claiming at once: one wins, inside the
// hub's write transaction, and the other is told who.

#include "api.h"
#include "apicommon.h"
#include "writer.h"

#include "model/belgiantime.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

HttpResponse invalidTask(const QString &message, QString field = {})
{
    QJsonObject error{{u"code"_s, u"validation_failed"_s}, {u"message"_s, message}};
    if (field.isEmpty())
        field = fieldOf(message);
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return HttpResponse::json(400, QJsonObject{{u"error"_s, error}});
}

std::optional<Task> taskOf(const StoredRecord &record)
{
    QString ignored;
    return wire::taskFromJson(QJsonDocument::fromJson(record.body).object(), &ignored);
}

// Whether `account` (with the municipalities `scope`) sees `task`: counters and helpdesk members
// the tasks of their municipalities, the helpdesk also its queue, the tasks it owns and those of
// the dossiers it holds open (as its feed does), outreach workers the tasks of the citizens they
// visit. nullopt when the database fails.
std::optional<bool> accountSeesTask(Store &store, const Account &account, const QStringList &scope,
                                    const Task &task)
{
    switch (account.role) {
    case Role::Counter:
        return scope.contains(task.municipalityNis);
    case Role::Helpdesk:
        if (task.queue == TaskQueueKind::Helpdesk || task.ownerStaffId == account.staffId ||
            scope.contains(task.municipalityNis))
            return true;
        return store.hasOpened(account.staffId, task.citizenId);
    case Role::Outreach:
        return store.onVisitList(account.staffId, task.citizenId);
    case Role::Manager:
    case Role::Admin:
        return false;
    }
    return false;
}

// The If-Match of a task step: none (the step's own rule decides), or one version.
std::optional<std::optional<qint64>> ifMatchVersion(const HttpRequest &request)
{
    QByteArray value = request.header("If-Match").trimmed();
    if (value.isEmpty() || value == "*")
        return std::optional<qint64>();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    if (value.isEmpty() ||
        !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::optional<qint64>(value.toLongLong());
}

// When the task's owner took it: their claim, or the handover that gave it to them.
QString ownedSince(const Task &task)
{
    for (auto it = task.history.crbegin(); it != task.history.crend(); ++it) {
        if ((it->action == TaskAction::Claimed && it->staffId == task.ownerStaffId) ||
            (it->action == TaskAction::HandedOver && it->toStaffId == task.ownerStaffId) ||
            (it->action == TaskAction::Created && it->staffId == task.ownerStaffId) ||
            it->action == TaskAction::Closed)
            return it->at;
    }
    return task.updatedAt;
}

HttpResponse taskAnswer(int status, const StoredRecord &record)
{
    HttpResponse r = HttpResponse::raw(status, record.body);
    r.setHeader("ETag", etagFor(record.version));
    return r;
}

} // namespace

std::optional<HttpResponse> Api::refuseOutsideTask(Store &store, const Principal &who,
                                                   const Task &task)
{
    const auto sees = accountSeesTask(store, who.account, who.dossierScope, task);
    if (!sees)
        return databaseFailure(store.lastError());
    if (!*sees)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("This task is outside the queues of this account."));
    return std::nullopt;
}

HttpResponse Api::postTask(Store &store, const Principal &who, const HttpRequest &request)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 creates no tasks.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    // The hub writes the state of a new task; a client names only what is to be done.
    QJsonObject sent = *body;
    if (!sent.contains(u"status"_s))
        sent.insert(u"status"_s, u"open"_s);
    QString problem;
    auto parsed = wire::taskFromJson(sent, &problem);
    if (!parsed)
        return invalidTask(problem);
    Task task = *parsed;
    if (!isUuid(task.id))
        return invalidTask(tr("The task's id is not a UUID."), u"id"_s);
    if (!task.contactMomentId.isEmpty() && !isUuid(task.contactMomentId))
        return invalidTask(tr("The task's contact_moment_id is not a UUID."),
                           u"contact_moment_id"_s);
    task.status = task.ownerStaffId.isEmpty() ? TaskStatus::Open : TaskStatus::Claimed;
    task.outcome.clear();
    const QString now = nowIso();
    TaskEvent created;
    created.at = now;
    created.staffId = who.account.staffId;
    created.action = TaskAction::Created;
    created.toQueue = task.queue;
    created.toMunicipalityNis = task.municipalityNis;
    created.toStaffId = task.ownerStaffId;
    task.history = {created};
    problem = taskProblem(task);
    if (!problem.isEmpty()) {
        const QString field =
            task.title.trimmed().isEmpty() || task.title.toUcs4().size() > Task::maxTitleLength
                ? u"title"_s
            : !task.due.isValid() ? u"due"_s
                                  : QString();
        return invalidTask(problem, field);
    }

    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto existing = s.record(RecordKind::Task, task.id, Store::Body::Without);
            if (!existing && !s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (existing)
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("A task with this id exists already."));
            if (auto refused = refuseCitizen(s, who, task.citizenId,
                                             tr("The citizen of this task is not known to the "
                                                "hub.")))
                return *refused;
            // A counter fills the queue of its own municipalities, or the helpdesk's for one of
            // them (the task's municipality decides which counters see it).
            if (who.account.role != Role::Helpdesk &&
                !who.dossierScope.contains(task.municipalityNis))
                return HttpResponse::error(
                    403, u"forbidden"_s,
                    tr("This account cannot put tasks in the queue of municipality %1.")
                        .arg(task.municipalityNis));
            if (!task.ownerStaffId.isEmpty()) {
                const auto owner = s.accountByStaffId(task.ownerStaffId);
                if (!owner && !s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                const auto sees =
                    owner ? accountSeesTask(s, *owner, owner->scope, task) : std::optional(false);
                if (!sees)
                    return databaseFailure(s.lastError());
                if (!*sees)
                    return HttpResponse::error(
                        422, u"unknown_staff"_s,
                        tr("The owner_staff_id %1 is no account that sees this task.")
                            .arg(task.ownerStaffId));
            }
            const auto rec = writer.put(task, std::nullopt);
            if (!rec) {
                if (writer.problem() == Writer::Problem::UnknownMunicipality)
                    return HttpResponse::error(422, u"unknown_municipality"_s,
                                               writer.errorString());
                return databaseFailure(writer.errorString());
            }
            *recordId = rec->id;
            HttpResponse r = taskAnswer(201, *rec);
            r.setHeader("Location", "/api/v1/tasks/" + QUrl::toPercentEncoding(rec->id));
            return r;
        });
}

HttpResponse Api::getTask(Store &store, const Principal &who, const QString &id)
{
    const auto record = store.record(RecordKind::Task, id);
    if (!record) {
        if (!store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        return HttpResponse::error(404, u"not_found"_s, tr("There is no such task."));
    }
    const auto task = taskOf(*record);
    if (!task)
        return databaseFailure(u"task %1 has a broken body"_s.arg(id));
    if (auto refused = refuseOutsideTask(store, who, *task))
        return *refused;
    return taskAnswer(200, *record);
}

HttpResponse Api::postTaskStep(Store &store, const Principal &who, const HttpRequest &request,
                               const QString &id, TaskStep step)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 works on no tasks.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    const auto ifMatch = ifMatchVersion(request);
    if (!ifMatch)
        return HttpResponse::error(400, u"invalid_if_match"_s,
                                   tr("If-Match must hold one version, such as \"3\"."));
    // A claim needs no body; the other steps say where to, or what came of it.
    QJsonObject body;
    if (step != TaskStep::Claim || !request.body.trimmed().isEmpty()) {
        HttpResponse refusal;
        auto parsed = parseObject(request, &refusal);
        if (!parsed)
            return refusal;
        body = *parsed;
    }
    auto text = [&body](const QString &key, QString *value) {
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *value = v.toString();
        return true;
    };
    TaskHandover handover;
    QString note;
    if (step == TaskStep::HandOver) {
        QString queue;
        if (!text(u"to_queue"_s, &queue) || !taskQueueFromCode(queue))
            return invalidTask(tr("to_queue must be \"helpdesk\" or \"municipality\"."),
                               u"to_queue"_s);
        handover.toQueue = *taskQueueFromCode(queue);
        if (!text(u"to_municipality_nis"_s, &handover.toMunicipalityNis))
            return invalidTask(tr("to_municipality_nis must be a NIS code."),
                               u"to_municipality_nis"_s);
        if (!text(u"to_staff_id"_s, &handover.toStaffId))
            return invalidTask(tr("to_staff_id must be a staff id."), u"to_staff_id"_s);
        if (!text(u"note"_s, &handover.note))
            return invalidTask(tr("The note must be text."), u"note"_s);
        if (handover.note.trimmed().isEmpty())
            return invalidTask(taskRefusalText(TaskRefusal::NoteMissing), u"note"_s);
        if (handover.note.trimmed().toUcs4().size() > Task::maxNoteLength)
            return invalidTask(taskRefusalText(TaskRefusal::NoteTooLong), u"note"_s);
    } else if (step == TaskStep::Close) {
        if (!text(u"outcome"_s, &note))
            return invalidTask(tr("The outcome must be text."), u"outcome"_s);
        if (note.trimmed().isEmpty())
            return invalidTask(taskRefusalText(TaskRefusal::OutcomeMissing), u"outcome"_s);
        if (note.trimmed().toUcs4().size() > Task::maxNoteLength)
            return invalidTask(taskRefusalText(TaskRefusal::OutcomeTooLong), u"outcome"_s);
    } else if (step == TaskStep::Reopen) {
        if (!text(u"note"_s, &note))
            return invalidTask(tr("The note must be text."), u"note"_s);
        if (note.trimmed().toUcs4().size() > Task::maxNoteLength)
            return invalidTask(taskRefusalText(TaskRefusal::NoteTooLong), u"note"_s);
    }

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto record = s.record(RecordKind::Task, id);
            if (!record) {
                if (!s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                return HttpResponse::error(404, u"not_found"_s, tr("There is no such task."));
            }
            const auto current = taskOf(*record);
            if (!current)
                return databaseFailure(u"task %1 has a broken body"_s.arg(id));
            if (auto refused = refuseOutsideTask(s, who, *current))
                return *refused;
            const QJsonObject currentJson = QJsonDocument::fromJson(record->body).object();
            const QString me = who.account.staffId;
            // Someone else's task: the answer names them, whatever version the caller saw, so
            // that the one who lost a race learns who won it.
            if (step != TaskStep::Reopen && current->status != TaskStatus::Closed &&
                !current->ownerStaffId.isEmpty() && current->ownerStaffId != me) {
                const auto owner = s.accountByStaffId(current->ownerStaffId);
                if (!owner && !s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                const QString name = owner && !owner->displayName.isEmpty() ? owner->displayName
                                                                            : current->ownerStaffId;
                const QString since = ownedSince(*current);
                const QDateTime local = belgianTime(since);
                const QString when =
                    local.isValid() ? local.toString(u"yyyy-MM-dd HH:mm"_s) : since;
                // The contract puts the task inside the error: the client's outbox reads it
                // there to show the winner's state at once.
                HttpResponse r = HttpResponse::json(
                    409,
                    QJsonObject{{u"error"_s,
                                 QJsonObject{{u"code"_s, u"already_claimed"_s},
                                             {u"message"_s,
                                              tr("%1 claimed this task at %2.").arg(name, when)},
                                             {u"task"_s, currentJson},
                                             {u"owner_name"_s, name},
                                             {u"claimed_at"_s, since}}}});
                r.setHeader("ETag", etagFor(record->version));
                return r;
            }
            if (*ifMatch && **ifMatch != record->version) {
                HttpResponse r =
                    HttpResponse::error(412, u"version_conflict"_s,
                                        tr("The task was changed in the meantime (now version %1).")
                                            .arg(record->version),
                                        QJsonObject{{u"current"_s, currentJson}});
                r.setHeader("ETag", etagFor(record->version));
                return r;
            }
            Task task = *current;
            const QString now = nowIso();
            TaskRefusal refused = TaskRefusal::None;
            switch (step) {
            case TaskStep::Claim:
                refused = claimTask(task, me, now);
                break;
            case TaskStep::HandOver: {
                if (handover.toQueue == TaskQueueKind::Municipality &&
                    handover.toMunicipalityNis.isEmpty())
                    handover.toMunicipalityNis = task.municipalityNis;
                refused = handOverTask(task, handover, me, now);
                if (refused == TaskRefusal::None && !task.ownerStaffId.isEmpty()) {
                    const auto owner = s.accountByStaffId(task.ownerStaffId);
                    if (!owner && !s.lastError().isEmpty())
                        return databaseFailure(s.lastError());
                    const auto sees = owner ? accountSeesTask(s, *owner, owner->scope, task)
                                            : std::optional(false);
                    if (!sees)
                        return databaseFailure(s.lastError());
                    if (!*sees)
                        return HttpResponse::error(
                            422, u"unknown_staff"_s,
                            tr("The to_staff_id %1 is no account that would see the task in its "
                               "new queue.")
                                .arg(task.ownerStaffId));
                }
                break;
            }
            case TaskStep::Close:
                refused = closeTask(task, note, me, now);
                break;
            case TaskStep::Reopen:
                refused = reopenTask(task, note, me, now);
                break;
            }
            switch (refused) {
            case TaskRefusal::None:
                break;
            case TaskRefusal::Closed:
                return HttpResponse::error(409, u"task_closed"_s, taskRefusalText(refused),
                                           QJsonObject{{u"task"_s, currentJson}});
            case TaskRefusal::NotClosed:
                return HttpResponse::error(409, u"task_not_closed"_s, taskRefusalText(refused),
                                           QJsonObject{{u"task"_s, currentJson}});
            case TaskRefusal::ClaimedByOther:
                // Answered above with the owner's name; kept for completeness of the rules.
                return HttpResponse::json(
                    409,
                    QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"already_claimed"_s},
                                                         {u"message"_s, taskRefusalText(refused)},
                                                         {u"task"_s, currentJson}}}});
            case TaskRefusal::NoteMissing:
            case TaskRefusal::NoteTooLong:
                return invalidTask(taskRefusalText(refused), u"note"_s);
            case TaskRefusal::OutcomeMissing:
            case TaskRefusal::OutcomeTooLong:
                return invalidTask(taskRefusalText(refused), u"outcome"_s);
            case TaskRefusal::MunicipalityMissing:
                return invalidTask(taskRefusalText(refused), u"to_municipality_nis"_s);
            }
            *recordId = id;
            // Claiming one's own task again changes nothing: the same task, the same version.
            if (task.history.size() == current->history.size())
                return taskAnswer(200, *record);
            const auto rec = writer.put(task, record->version);
            if (!rec) {
                switch (writer.problem()) {
                case Writer::Problem::UnknownMunicipality:
                    return HttpResponse::error(422, u"unknown_municipality"_s,
                                               writer.errorString());
                case Writer::Problem::Stale:
                    return HttpResponse::error(
                        409, u"changed_meanwhile"_s,
                        tr("The task was changed at the same moment; try again."));
                default:
                    return databaseFailure(writer.errorString());
                }
            }
            return taskAnswer(200, *rec);
        });
}

} // namespace loket::hub
