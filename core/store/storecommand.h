#pragma once

#include "model/accessentry.h"
#include "model/contactmoment.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/task.h"
#include "model/visit.h"
#include "recordtype.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

class CacheWriter;
class Clock;
class Connection;
class Outbox;

// What a command may touch: the writer connection (inside the store's BEGIN IMMEDIATE), the
// cache writer, the outbox, and the clock.
struct StoreContext
{
    Connection &connection;
    CacheWriter &writer;
    Outbox &outbox;
    const Clock &clock;
};

// A user's edit handed from the UI thread to the store thread (DESIGN §5): it knows how to apply
// itself to the cache and which outbox entries it produces. The store runs apply() inside one
// BEGIN IMMEDIATE transaction, so the row and its outbox entry commit together or not at all.
class StoreCommand
{
public:
    virtual ~StoreCommand() = default;
    virtual RecordType recordType() const = 0;
    virtual QString recordId() const = 0;
    // Returns false with a technical `error`; the store rolls everything back.
    virtual bool apply(StoreContext &context, QString *error) = 0;
    // A sentence for staff when the write fails, e.g. "The contact moment could not be saved."
    virtual QString failureMessage() const = 0;
    // Why the command can never succeed as it stands (invalid input), for staff; empty when it
    // may. A refused command is reported and not kept for a retry: trying again cannot help.
    virtual QString refusal() const { return {}; }
};

// Logs a new contact moment: the row (version 0 until the hub answers) and a POST to the hub.
// With a follow-up (followUpTask), the follow-up task too (issue 8), of the kind and in the queue
// `route` names: its row and its POST /api/v1/tasks, after the contact moment's, in the same
// transaction.
class LogContactMomentCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::LogContactMomentCommand)

public:
    explicit LogContactMomentCommand(ContactMoment contact, FollowUpRoute route = {});
    RecordType recordType() const override { return RecordType::ContactMoment; }
    QString recordId() const override { return m_contact.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override { return m_refusal; }
    const ContactMoment &contact() const { return m_contact; }
    // The id of the follow-up task it creates; empty without a follow-up.
    QString followUpTaskId() const { return m_taskId; }

private:
    ContactMoment m_contact;
    FollowUpRoute m_route;
    QString m_taskId;
    QString m_refusal; // set by apply() when the follow-up cannot become a task
};

// Corrects a contact moment: nothing is deleted; the hub keeps the earlier version in its
// history. Sent as a PUT with If-Match on the version the correction was made on.
class CorrectContactMomentCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::CorrectContactMomentCommand)

public:
    explicit CorrectContactMomentCommand(ContactMoment contact);
    RecordType recordType() const override { return RecordType::ContactMoment; }
    QString recordId() const override { return m_contact.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;

private:
    ContactMoment m_contact;
};

// Records how a citizen did one step of a guide: the row (version kept until the hub answers)
// and a PUT of the whole record to the hub. The latest tick wins, on the hub as here, so the PUT
// carries no If-Match; its idempotency key makes a repeated push land once.
class RecordGuideProgressCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::RecordGuideProgressCommand)

public:
    explicit RecordGuideProgressCommand(GuideProgress progress);
    RecordType recordType() const override { return RecordType::GuideProgress; }
    QString recordId() const override { return m_progress.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    const GuideProgress &progress() const { return m_progress; }

private:
    GuideProgress m_progress;
};

// Records what staff did or asked for about a citizen's document (a paper copy, a resend, an
// explanation) or eBox activation help: the row (version 0 until the hub answers) and a POST to
// the hub with an idempotency key, in one transaction. An action that breaks the rules of
// documentActionProblem() is refused and writes nothing.
class RecordDocumentActionCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::RecordDocumentActionCommand)

public:
    explicit RecordDocumentActionCommand(DocumentAction action);
    RecordType recordType() const override { return RecordType::DocumentAction; }
    QString recordId() const override { return m_action.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;
    const DocumentAction &action() const { return m_action; }

private:
    DocumentAction m_action;
};

// Records one consultation of a dossier in the append-only access log (DESIGN §8): the row
// (version 0 until the hub answers) and a POST to /api/v1/access-log with an idempotency key,
// in one transaction, so that no consultation is logged here without being sent.
class RecordAccessCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::RecordAccessCommand)

public:
    explicit RecordAccessCommand(AccessEntry entry);
    RecordType recordType() const override { return RecordType::AccessEntry; }
    QString recordId() const override { return m_entry.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    const AccessEntry &entry() const { return m_entry; }

private:
    AccessEntry m_entry;
};

// Plans a home visit on this machine (outreach, "Add visit…"): the row (origin local, version 0
// until the hub answers) and a POST to /api/v1/visits with an idempotency key, in one
// transaction, so that a visit planned offline reaches the hub exactly once. A visit that
// breaks the rules of visitProblem() is refused and writes nothing.
class AddVisitCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::AddVisitCommand)

public:
    explicit AddVisitCommand(Visit visit);
    RecordType recordType() const override { return RecordType::Visit; }
    QString recordId() const override { return m_visit.id; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;
    QString refusal() const override;
    const Visit &visit() const { return m_visit; }

private:
    Visit m_visit;
};

enum class ConflictResolution {
    KeepMine,   // send the local change again, on top of the hub's version
    TakeTheirs, // take the hub's version; the local changes of that record are dropped, by choice
};

// Settles a stored conflict the way a person chose.
class ResolveConflictCommand final : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(loket::ResolveConflictCommand)

public:
    ResolveConflictCommand(qint64 conflictId, ConflictResolution resolution);
    RecordType recordType() const override { return RecordType::ContactMoment; }
    QString recordId() const override { return m_entityId; }
    bool apply(StoreContext &context, QString *error) override;
    QString failureMessage() const override;

private:
    qint64 m_conflictId;
    ConflictResolution m_resolution;
    QString m_entityId;
};

} // namespace loket
