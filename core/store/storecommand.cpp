#include "storecommand.h"
#include "cachewriter.h"
#include "connection.h"
#include "guideprogresstable.h"
#include "outbox.h"
#include "repositories.h"
#include "sync/clock.h"
#include "sync/wire.h"
#include "taskcommands.h"
#include "visitlist.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
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

QString contactPath(const QString &id)
{
    return QStringLiteral("/api/v1/contact-moments/") +
           QString::fromLatin1(QUrl::toPercentEncoding(id));
}

std::optional<ContactMoment> localContact(Connection &connection, const QString &id)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT citizen_id FROM contact_moment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString citizenId = q.value(0).toString();
    q.finish();
    const QList<ContactMoment> all = CacheReader(connection.database()).contactsFor(citizenId);
    for (const ContactMoment &c : all) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

} // namespace

LogContactMomentCommand::LogContactMomentCommand(ContactMoment contact, FollowUpRoute route)
    : m_contact(std::move(contact))
    , m_route(route)
{
    if (m_contact.id.isEmpty())
        m_contact.id = newKey();
    m_contact.version = 0; // the hub assigns versions
    m_contact.updatedAt.clear();
    if (!m_contact.followUpTask.trimmed().isEmpty())
        m_taskId = newKey();
}

bool LogContactMomentCommand::apply(StoreContext &context, QString *error)
{
    if (m_contact.citizenId.isEmpty()) {
        *error = QStringLiteral("a contact moment needs a citizen");
        return false;
    }
    if (m_contact.occurredAt.isEmpty())
        m_contact.occurredAt = context.clock.now().toString(Qt::ISODate);
    if (!context.writer.upsert(m_contact)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = recordTypeCode(RecordType::ContactMoment);
    entry.entityId = m_contact.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_contact.citizenId;
    entry.operation = OutboxEntry::Operation::Create;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/contact-moments");
    entry.body = compact(wire::toJson(m_contact));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    if (m_taskId.isEmpty())
        return true;
    // The follow-up becomes a task in the queue the staff member chose; unchosen, the helpdesk's
    // when the helpdesk promised it, else the counter's of the municipality where the contact
    // took place. The form's owner is a name in words, not an account, so the task waits
    // unclaimed unless it names the author.
    Task task;
    task.id = m_taskId;
    task.citizenId = m_contact.citizenId;
    task.contactMomentId = m_contact.id;
    task.kind = m_route.kind;
    task.title = m_contact.followUpTask.trimmed();
    task.queue = m_route.queue.value_or(m_contact.channel == ContactChannel::Helpdesk
                                            ? TaskQueueKind::Helpdesk
                                            : TaskQueueKind::Municipality);
    task.municipalityNis = m_contact.municipalityNis;
    if (task.municipalityNis.isEmpty()) {
        if (const auto citizen = CacheReader(context.connection.database()).citizen(task.citizenId))
            task.municipalityNis = citizen->municipalityNis;
    }
    if (!m_contact.staffId.isEmpty() && m_contact.followUpOwner.trimmed() == m_contact.staffId)
        task.ownerStaffId = m_contact.staffId;
    task.due = QDate::fromString(m_contact.followUpDue, Qt::ISODate);
    Task checked = task;
    checked.status = task.ownerStaffId.isEmpty() ? TaskStatus::Open : TaskStatus::Claimed;
    if (const QString problem = taskProblem(checked); !problem.isEmpty()) {
        m_refusal = tr("The follow-up task cannot be made: %1").arg(problem);
        *error = QStringLiteral("refused: ") + m_refusal;
        return false;
    }
    return CreateTaskCommand::write(context, task, m_contact.staffId,
                                    recordTypeCode(RecordType::ContactMoment) + u':' + m_contact.id,
                                    error);
}

QString LogContactMomentCommand::failureMessage() const
{
    return tr("The contact moment could not be saved. It is kept in memory; Loket tries to save "
              "it again.");
}

CorrectContactMomentCommand::CorrectContactMomentCommand(ContactMoment contact)
    : m_contact(std::move(contact))
{}

bool CorrectContactMomentCommand::apply(StoreContext &context, QString *error)
{
    const std::optional<ContactMoment> current = localContact(context.connection, m_contact.id);
    if (!current) {
        *error = QStringLiteral("contact moment %1 is not in the cache").arg(m_contact.id);
        return false;
    }
    const QString type = recordTypeCode(RecordType::ContactMoment);
    OutboxEntry entry;
    // On top of a change still waiting for the hub, the base version is known only once the
    // hub answered that change (Outbox::rebaseNext).
    if (!context.outbox.hasEntriesFor(type, m_contact.id))
        entry.baseVersion = current->version;
    m_contact.version = current->version;
    m_contact.updatedAt = current->updatedAt;
    m_contact.citizenId = current->citizenId; // a contact moment never moves to another citizen
    if (m_contact.occurredAt.isEmpty())
        m_contact.occurredAt = current->occurredAt; // a correction of what was said, not when
    if (!context.writer.upsert(m_contact)) {
        *error = context.writer.errorString();
        return false;
    }
    entry.idempotencyKey = newKey();
    entry.entityType = type;
    entry.entityId = m_contact.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_contact.citizenId;
    entry.operation = OutboxEntry::Operation::Update;
    entry.method = "PUT";
    entry.path = contactPath(m_contact.id);
    entry.body = compact(wire::toJson(m_contact));
    entry.baseJson = compact(wire::toJson(*current));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString CorrectContactMomentCommand::failureMessage() const
{
    return tr("The correction of the contact moment could not be saved. It is kept in memory; "
              "Loket tries to save it again.");
}

RecordGuideProgressCommand::RecordGuideProgressCommand(GuideProgress progress)
    : m_progress(std::move(progress))
{
    m_progress.id = guideProgressId(m_progress.citizenId, m_progress.guideId, m_progress.stepId);
}

bool RecordGuideProgressCommand::apply(StoreContext &context, QString *error)
{
    if (m_progress.citizenId.isEmpty() || m_progress.guideId.isEmpty() ||
        m_progress.stepId.isEmpty()) {
        *error = QStringLiteral("guide progress needs a citizen, a guide and a step");
        return false;
    }
    if (m_progress.doneAt.isEmpty())
        m_progress.doneAt = context.clock.now().toUTC().toString(Qt::ISODate);
    GuideProgressTable table(context.connection.database());
    // The version stays the one last confirmed by the hub until the hub answers this change.
    const qint64 known = table.version(m_progress.id);
    // The step as it was, so that discarding this tick can put it back (outboxcommands.h).
    const std::optional<GuideProgress> before = table.find(m_progress.id);
    GuideProgress row = m_progress;
    row.version = known < 0 ? 0 : known;
    if (!table.upsert(row)) {
        *error = table.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = recordTypeCode(RecordType::GuideProgress);
    entry.entityId = m_progress.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_progress.citizenId;
    entry.operation = OutboxEntry::Operation::Create; // an upsert: no If-Match
    entry.method = "PUT";
    // HubClient sets the path decoded (QUrl encodes it); the id's characters (UUID, ':', guide
    // and step ids of lowercase letters, digits and hyphens) need no escaping.
    entry.path = QStringLiteral("/api/v1/guide-progress/") + m_progress.id;
    if (before)
        entry.baseJson = compact(wire::toJson(*before));
    GuideProgress sent = m_progress;
    sent.version = 0;
    sent.updatedAt.clear();
    entry.body = compact(wire::toJson(sent));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString RecordGuideProgressCommand::failureMessage() const
{
    return tr("The progress in the guide could not be saved. It is kept in memory; Loket tries "
              "to save it again.");
}

RecordDocumentActionCommand::RecordDocumentActionCommand(DocumentAction action)
    : m_action(std::move(action))
{
    if (m_action.id.isEmpty())
        m_action.id = newKey();
    m_action.version = 0; // the hub assigns versions
    m_action.updatedAt.clear();
}

QString RecordDocumentActionCommand::refusal() const
{
    return documentActionProblemText(documentActionProblem(m_action));
}

bool RecordDocumentActionCommand::apply(StoreContext &context, QString *error)
{
    // Checked here too, not only when submitted: nothing invalid ever reaches the outbox.
    const DocumentActionProblem problem = documentActionProblem(m_action);
    if (problem != DocumentActionProblem::None) {
        *error = QStringLiteral("refused: %1 (%2)")
                     .arg(documentActionProblemText(problem), documentActionProblemField(problem));
        return false;
    }
    if (m_action.occurredAt.isEmpty())
        m_action.occurredAt = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (!context.writer.upsert(m_action)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = recordTypeCode(RecordType::DocumentAction);
    entry.entityId = m_action.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_action.citizenId;
    entry.operation = OutboxEntry::Operation::Create;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/document-actions");
    entry.body = compact(wire::toJson(m_action));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString RecordDocumentActionCommand::failureMessage() const
{
    return tr("The action on the document could not be saved. It is kept in memory; Loket tries "
              "to save it again.");
}

RecordAccessCommand::RecordAccessCommand(AccessEntry entry)
    : m_entry(std::move(entry))
{
    if (m_entry.id.isEmpty())
        m_entry.id = newKey();
    m_entry.version = 0; // the hub assigns the version when it has stored the entry
}

bool RecordAccessCommand::apply(StoreContext &context, QString *error)
{
    if (m_entry.citizenId.isEmpty()) {
        *error = QStringLiteral("an access-log entry needs a citizen");
        return false;
    }
    // The time of the consultation, fixed at the first attempt: a retried write keeps it.
    if (m_entry.occurredAt.isEmpty())
        m_entry.occurredAt = context.clock.now().toUTC().toString(Qt::ISODateWithMs);
    if (!context.writer.insert(m_entry)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = recordTypeCode(RecordType::AccessEntry);
    entry.entityId = m_entry.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_entry.citizenId;
    entry.operation = OutboxEntry::Operation::Create;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/access-log");
    entry.body = compact(wire::toJson(m_entry));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString RecordAccessCommand::failureMessage() const
{
    return tr("The consultation of the dossier could not be written to the access log. It is "
              "kept in memory; Loket tries to write it again.");
}

AddVisitCommand::AddVisitCommand(Visit visit)
    : m_visit(std::move(visit))
{
    if (m_visit.id.isEmpty())
        m_visit.id = newKey();
    m_visit.purpose = m_visit.purpose.trimmed();
    m_visit.version = 0; // the hub assigns versions
    m_visit.updatedAt.clear();
}

QString AddVisitCommand::refusal() const
{
    return visitProblem(m_visit);
}

bool AddVisitCommand::apply(StoreContext &context, QString *error)
{
    // Checked here too, not only when submitted: nothing invalid ever reaches the outbox.
    if (const QString problem = visitProblem(m_visit); !problem.isEmpty()) {
        *error = QStringLiteral("refused: %1").arg(problem);
        return false;
    }
    if (!context.writer.upsert(m_visit, VisitOrigin::Local)) {
        *error = context.writer.errorString();
        return false;
    }
    OutboxEntry entry;
    entry.idempotencyKey = newKey();
    entry.entityType = recordTypeCode(RecordType::Visit);
    entry.entityId = m_visit.id;
    entry.dependsOn = recordTypeCode(RecordType::Citizen) + u':' + m_visit.citizenId;
    entry.operation = OutboxEntry::Operation::Create;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/visits");
    entry.body = compact(wire::toJson(m_visit));
    entry.createdAt = context.clock.now().toString(Qt::ISODateWithMs);
    if (!context.outbox.enqueue(&entry)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString AddVisitCommand::failureMessage() const
{
    return tr("The visit could not be saved. It is kept in memory; Loket tries to save it "
              "again.");
}

ResolveConflictCommand::ResolveConflictCommand(qint64 conflictId, ConflictResolution resolution)
    : m_conflictId(conflictId)
    , m_resolution(resolution)
{}

bool ResolveConflictCommand::apply(StoreContext &context, QString *error)
{
    const std::optional<SyncConflict> conflict = context.outbox.conflict(m_conflictId);
    if (!conflict) {
        *error = QStringLiteral("conflict %1 does not exist (already resolved?)").arg(m_conflictId);
        return false;
    }
    m_entityId = conflict->entityId;
    const QJsonObject theirs = QJsonDocument::fromJson(conflict->theirsJson).object();
    if (m_resolution == ConflictResolution::KeepMine) {
        const qint64 version = qint64(theirs.value(QLatin1String("version")).toDouble(-1));
        if (version < 0) {
            *error = QStringLiteral("the hub's version of the record is unknown");
            return false;
        }
        if (!context.outbox.setBase(conflict->outboxSeq, version) ||
            !context.outbox.scheduleRetry(conflict->outboxSeq, 0, 0, 0, {}) ||
            !context.outbox.removeConflict(conflict->id)) {
            *error = context.outbox.errorString();
            return false;
        }
        return true;
    }
    if (conflict->entityType == recordTypeCode(RecordType::ContactMoment)) {
        QString problem;
        const auto record = wire::contactMomentFromJson(theirs, &problem);
        if (!record) {
            *error = problem;
            return false;
        }
        if (!context.writer.upsert(*record)) {
            *error = context.writer.errorString();
            return false;
        }
    }
    if (!context.outbox.removeAllFor(conflict->entityType, conflict->entityId)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString ResolveConflictCommand::failureMessage() const
{
    return tr("The choice could not be saved. Try again.");
}

} // namespace loket
