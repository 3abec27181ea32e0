#include "outboxcommands.h"
#include "cachewriter.h"
#include "connection.h"
#include "guideprogresstable.h"
#include "outboxdescription.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace loket {
namespace {

RecordType recordTypeOf(const QString &entityType)
{
    // Every entry the outbox holds comes from a command with a record type; Citizen only makes
    // the views re-read if a later version wrote a type this one does not know.
    return recordTypeFromCode(entityType).value_or(RecordType::Citizen);
}

} // namespace

DiscardOutboxEntryCommand::DiscardOutboxEntryCommand(OutboxEntry entry, QString reason,
                                                     QString staffId)
    : m_entry(std::move(entry))
    , m_reason(reason.trimmed())
    , m_staffId(std::move(staffId))
{
    if (!mayDiscard(m_entry.entityType))
        m_refusal = tr("A consultation of a dossier cannot be discarded: the law requires every "
                       "one to reach the regional access log.");
    else
        m_refusal = reasonProblem(m_reason);
}

RecordType DiscardOutboxEntryCommand::recordType() const
{
    return recordTypeOf(m_entry.entityType);
}

bool DiscardOutboxEntryCommand::mayDiscard(const QString &entityType)
{
    return entityType != recordTypeCode(RecordType::AccessEntry);
}

QString DiscardOutboxEntryCommand::reasonProblem(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return tr("Give a reason for discarding the change.");
    if (trimmed.toUcs4().size() > maxReasonLength)
        return tr("The reason is too long: at most %1 characters.").arg(maxReasonLength);
    return {};
}

bool DiscardOutboxEntryCommand::apply(StoreContext &context, QString *error)
{
    if (!m_refusal.isEmpty()) {
        *error = QStringLiteral("refused: %1").arg(m_refusal);
        return false;
    }
    // The view's copy may be old: the outbox itself decides.
    const std::optional<OutboxEntry> current = context.outbox.entry(m_entry.seq);
    if (!current) {
        m_refusal = tr("This change is no longer waiting: it was sent or discarded meanwhile.");
        *error = QStringLiteral("outbox entry %1 is gone").arg(m_entry.seq);
        return false;
    }
    if (!mayDiscard(current->entityType)) {
        m_refusal = tr("A consultation of a dossier cannot be discarded: the law requires every "
                       "one to reach the regional access log.");
        *error = QStringLiteral("refused: access-log entry %1").arg(current->seq);
        return false;
    }
    const QList<OutboxEntry> dependants = context.outbox.dependantsOf(*current);
    if (!dependants.isEmpty()) {
        OutboxDescriber describer(context.connection.database());
        QStringList names;
        for (const OutboxEntry &d : dependants)
            names << describer.describe(d);
        m_refusal = tr("Later changes build on this one. Discard them first, newest first: %1.")
                        .arg(names.join(QStringLiteral("; ")));
        *error = QStringLiteral("refused: %1 later entries depend on outbox entry %2")
                     .arg(dependants.size())
                     .arg(current->seq);
        return false;
    }
    if (!restoreCache(context, *current, error))
        return false;
    if (!context.outbox.discard(current->seq, m_reason, m_staffId,
                                context.clock.now().toUTC().toString(Qt::ISODateWithMs))) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

bool DiscardOutboxEntryCommand::restoreCache(StoreContext &context, const OutboxEntry &entry,
                                             QString *error)
{
    // What the hub holds: after a conflict its current version, else the version the change was
    // made on. Without either, the record did not exist before this change.
    QByteArray hubJson = entry.baseJson;
    if (entry.state == OutboxEntry::State::Conflict) {
        for (const SyncConflict &c : context.outbox.conflicts()) {
            if (c.outboxSeq == entry.seq)
                hubJson = c.theirsJson;
        }
    }
    const QString type = entry.entityType;
    const QJsonObject json = QJsonDocument::fromJson(hubJson).object();
    QString problem;
    GuideProgressTable progress(context.connection.database());
    const auto writerDone = [&](bool ok) {
        if (!ok)
            *error = context.writer.errorString();
        return ok;
    };
    if (type == recordTypeCode(RecordType::ContactMoment)) {
        if (hubJson.isEmpty())
            return writerDone(context.writer.removeContactMoment(entry.entityId));
        const auto record = wire::contactMomentFromJson(json, &problem);
        if (!record || !context.writer.upsert(*record)) {
            *error = record ? context.writer.errorString() : problem;
            return false;
        }
        return true;
    }
    if (type == recordTypeCode(RecordType::DocumentAction)) {
        if (hubJson.isEmpty())
            return writerDone(context.writer.removeDocumentAction(entry.entityId));
        const auto record = wire::documentActionFromJson(json, &problem);
        if (!record || !context.writer.upsert(*record)) {
            *error = record ? context.writer.errorString() : problem;
            return false;
        }
        return true;
    }
    if (type == recordTypeCode(RecordType::GuideProgress)) {
        if (hubJson.isEmpty()) {
            // A tick recorded before bases were kept for guide steps, on a step the hub already
            // had: what the hub holds is not known here, so nothing is guessed.
            if (progress.version(entry.entityId) > 0) {
                m_refusal = tr("The earlier state of this guide step is not known on this "
                               "computer, so it cannot be put back. Retry the change instead.");
                *error = QStringLiteral("refused: no base for guide step %1").arg(entry.entityId);
                return false;
            }
            if (!progress.remove(entry.entityId)) {
                *error = progress.errorString();
                return false;
            }
            return true;
        }
        const auto record = wire::guideProgressFromJson(json, &problem);
        if (!record || !progress.upsert(*record)) {
            *error = record ? progress.errorString() : problem;
            return false;
        }
        return true;
    }
    m_refusal = tr("Loket cannot put this kind of record back yet, so the change cannot be "
                   "discarded. Retry it, or ask the helpdesk.");
    *error = QStringLiteral("refused: no restore for entity type %1").arg(type);
    return false;
}

QString DiscardOutboxEntryCommand::failureMessage() const
{
    return tr("The change could not be discarded. It is still waiting; Loket tries to discard it "
              "again.");
}

RetryOutboxEntryCommand::RetryOutboxEntryCommand(OutboxEntry entry)
    : m_entry(std::move(entry))
{}

RecordType RetryOutboxEntryCommand::recordType() const
{
    return recordTypeOf(m_entry.entityType);
}

bool RetryOutboxEntryCommand::apply(StoreContext &context, QString *error)
{
    const std::optional<OutboxEntry> current = context.outbox.entry(m_entry.seq);
    if (!current) {
        m_refusal = tr("This change is no longer waiting: it was sent or discarded meanwhile.");
        *error = QStringLiteral("outbox entry %1 is gone").arg(m_entry.seq);
        return false;
    }
    if (current->state == OutboxEntry::State::Conflict) {
        m_refusal = tr("This change is in conflict with the regional hub's version: choose which "
                       "version to keep instead.");
        *error = QStringLiteral("refused: outbox entry %1 is in conflict").arg(m_entry.seq);
        return false;
    }
    if (!context.outbox.retryNow(current->seq)) {
        *error = context.outbox.errorString();
        return false;
    }
    return true;
}

QString RetryOutboxEntryCommand::failureMessage() const
{
    return tr("The change could not be queued again. Loket tries again by itself.");
}

} // namespace loket
