#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace loket {

// One local change waiting for the hub: the HTTP request that carries it, the idempotency key
// that makes repeating it harmless, and the version it was made on.
struct OutboxEntry
{
    enum class State { Pending, Conflict, Failed };
    enum class Operation { Create, Update };

    qint64 seq = 0; // order of creation; never reused
    QString idempotencyKey;
    QString entityType; // "contact_moment", ...
    QString entityId;
    // Another record this change needs on the hub first ("citizen:<id>"); empty for none.
    QString dependsOn;
    Operation operation = Operation::Create;
    QByteArray method;                 // POST, PUT
    QString path;                      // /api/v1/contact-moments
    QByteArray body;                   // JSON
    std::optional<qint64> baseVersion; // sent as If-Match; none while the base is still local
    QByteArray baseJson; // the record as it was before this change (the "base" of a conflict)
    QString createdAt;   // UTC, ISO 8601
    int attempts = 0;
    qint64 nextAttemptAtMs = 0; // Unix ms; 0 = at once
    QString lastError;
    int lastStatus = 0; // the hub's HTTP status of the last attempt, 0 without an answer
    State state = State::Pending;
};

QString outboxStateCode(OutboxEntry::State state);
QString outboxOperationCode(OutboxEntry::Operation operation);

// A change the hub refused because the record changed there first (412): the three versions
// a person needs to decide.
struct SyncConflict
{
    qint64 id = 0;
    qint64 outboxSeq = 0;
    QString entityType;
    QString entityId;
    QByteArray baseJson;   // what the local change was made on
    QByteArray theirsJson; // what the hub holds now
    QByteArray mineJson;   // the local change
    QString createdAt;
};

// An outbox entry staff took out by hand (schema migration 6): the entry as it was, who took
// it out, when and why. Kept for good; the table refuses updates and deletes.
struct DiscardedOutboxEntry
{
    qint64 id = 0;
    qint64 outboxSeq = 0;
    QString idempotencyKey;
    QString entityType;
    QString entityId;
    QByteArray method;
    QString path;
    QByteArray body;
    QString createdAt;
    int attempts = 0;
    QString lastError;
    int lastStatus = 0;
    OutboxEntry::State state = OutboxEntry::State::Pending;
    QString reason;
    QString staffId;
    QString discardedAt; // UTC, ISO 8601
};

// The outbox table on the writer connection: entries in order, each record's entries one after
// the other, and a record whose head entry is stuck (conflict, refused) blocking only itself and
// what depends on it. The caller owns the transaction, so a change and its entry commit together.
class Outbox final
{
public:
    explicit Outbox(QSqlDatabase db);

    bool enqueue(OutboxEntry *entry); // sets seq
    // Entries that may be sent now, in order: the first open entry of each record, when it is
    // pending, due at `nowMs`, and nothing it depends on is still open.
    QList<OutboxEntry> due(qint64 nowMs, int limit = 50) const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    QList<OutboxEntry> entries() const; // all, in order
    QList<OutboxEntry> entriesFor(const QString &entityType, const QString &entityId) const;
    bool hasEntriesFor(const QString &entityType, const QString &entityId) const;
    // The earliest time a pending entry becomes due (Unix ms), if any is waiting.
    std::optional<qint64> nextDueAtMs() const;

    int openCount() const; // everything not yet acknowledged
    int countIn(OutboxEntry::State state) const;

    bool remove(qint64 seq);
    bool scheduleRetry(qint64 seq, int attempts, qint64 nextAttemptAtMs, int status,
                       const QString &error);
    bool setState(qint64 seq, OutboxEntry::State state, int status, const QString &error);
    // After the hub acknowledged a change with `version`, the next entry of the same record was
    // made on top of it: that version becomes its base.
    bool rebaseNext(const QString &entityType, const QString &entityId, qint64 afterSeq,
                    qint64 version);
    bool setBase(qint64 seq, qint64 version);
    bool removeAllFor(const QString &entityType, const QString &entityId);
    // A failed or waiting entry is sent at the next round: pending, due at once. Its attempts
    // stay counted. False (with nothing changed) for an entry in conflict or not there.
    bool retryNow(qint64 seq);
    // The open entries that build on `entry`: later changes of the same record, and changes
    // of other records that depend on it (depends_on).
    QList<OutboxEntry> dependantsOf(const OutboxEntry &entry) const;
    // Copies the entry into outbox_discard with `reason` and removes it (with its conflict),
    // inside the caller's transaction. Putting the cache back is the caller's part.
    bool discard(qint64 seq, const QString &reason, const QString &staffId,
                 const QString &discardedAt);
    QList<DiscardedOutboxEntry> discarded() const; // oldest first

    bool addConflict(SyncConflict *conflict);
    QList<SyncConflict> conflicts() const;
    std::optional<SyncConflict> conflict(qint64 id) const;
    bool removeConflict(qint64 id);

    QString errorString() const { return m_error; }

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values,
                              const QString &tail = {}) const;
    bool exec(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace loket
