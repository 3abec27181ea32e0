#pragma once

#include "outbox.h"
#include "storecommand.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// Takes one change out of the outbox for good, by a person's choice and with their reason
// (DESIGN §5: nothing is dropped silently). In one transaction it copies the entry into
// outbox_discard, removes it, and puts the cache back as the hub has it: a conflict takes the
// hub's version, an update its base, a create that never reached the hub loses its local row.
// Refused (StoreCommand::refusal) for an access-log entry (the law's record of a consultation),
// without a reason, and while later changes build on the entry: those are named and must be
// discarded first, newest first, so that every base that is put back is the right one.
class DiscardOutboxEntryCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::DiscardOutboxEntryCommand)

public:
    static constexpr int maxReasonLength = 500;

    DiscardOutboxEntryCommand(OutboxEntry entry, QString reason, QString staffId);
    RecordType recordType() const override;
    QString recordId() const override { return m_entry.entityId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override { return m_refusal; }

    // Why `reason` cannot be kept as the reason of a discard; empty when it can.
    static QString reasonProblem(const QString &reason);
    // Whether an entry of this record type may ever be discarded (not the access log).
    static bool mayDiscard(const QString &entityType);

private:
    bool restoreCache(StoreContext &context, const OutboxEntry &entry, QString *error);

    OutboxEntry m_entry;
    QString m_reason;
    QString m_staffId;
    // Set when the command is made, or by apply() when the cache shows it can never succeed;
    // read by the store only after apply() returned (queued), never while it runs.
    QString m_refusal;
};

// Makes a failed entry, or one waiting for its backoff, due now: "Retry" in the outbox view.
// An entry in conflict is not retried (the person resolves it); one sent meanwhile is refused.
class RetryOutboxEntryCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::RetryOutboxEntryCommand)

public:
    explicit RetryOutboxEntryCommand(OutboxEntry entry);
    RecordType recordType() const override;
    QString recordId() const override { return m_entry.entityId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override { return m_refusal; }

private:
    OutboxEntry m_entry;
    QString m_refusal; // as for DiscardOutboxEntryCommand
};

} // namespace loket
