#include "outbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace loket {
namespace {

const QString entryColumns = QStringLiteral(
    "seq, idempotency_key, entity_type, entity_id, depends_on, operation, method, path, body,"
    " base_version, base_json, created_at, attempts, next_attempt_at, last_error, last_status,"
    " state");

OutboxEntry::State stateFrom(const QString &code)
{
    if (code == QLatin1String("conflict"))
        return OutboxEntry::State::Conflict;
    if (code == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.entityType = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.dependsOn = q.value(4).toString();
    e.operation = q.value(5).toString() == QLatin1String("update") ? OutboxEntry::Operation::Update
                                                                   : OutboxEntry::Operation::Create;
    e.method = q.value(6).toString().toLatin1();
    e.path = q.value(7).toString();
    e.body = q.value(8).toString().toUtf8();
    if (!q.value(9).isNull())
        e.baseVersion = q.value(9).toLongLong();
    e.baseJson = q.value(10).toString().toUtf8();
    e.createdAt = q.value(11).toString();
    e.attempts = q.value(12).toInt();
    e.nextAttemptAtMs = q.value(13).toLongLong();
    e.lastError = q.value(14).toString();
    e.lastStatus = q.value(15).toInt();
    e.state = stateFrom(q.value(16).toString());
    return e;
}

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.outboxSeq = q.value(1).toLongLong();
    c.entityType = q.value(2).toString();
    c.entityId = q.value(3).toString();
    c.baseJson = q.value(4).toString().toUtf8();
    c.theirsJson = q.value(5).toString().toUtf8();
    c.mineJson = q.value(6).toString().toUtf8();
    c.createdAt = q.value(7).toString();
    return c;
}

const QString conflictColumns = QStringLiteral(
    "id, outbox_seq, entity_type, entity_id, base_json, theirs_json, mine_json, created_at");

// QSqlQuery binds a null QString as NULL; the columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
QString text(const QByteArray &utf8)
{
    return utf8.isNull() ? QStringLiteral("") : QString::fromUtf8(utf8);
}

} // namespace

QString outboxStateCode(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Conflict:
        return QStringLiteral("conflict");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString outboxOperationCode(OutboxEntry::Operation operation)
{
    return operation == OutboxEntry::Operation::Update ? QStringLiteral("update")
                                                       : QStringLiteral("create");
}

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool Outbox::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &values,
                                  const QString &tail) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM outbox o %2 ORDER BY o.seq %3")
                       .arg(entryColumns, where, tail))) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

bool Outbox::enqueue(OutboxEntry *e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox(idempotency_key, entity_type, entity_id, depends_on, operation,"
        " method, path, body, base_version, base_json, created_at, attempts, next_attempt_at,"
        " last_error, last_status, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.addBindValue(text(e->idempotencyKey));
    q.addBindValue(text(e->entityType));
    q.addBindValue(text(e->entityId));
    q.addBindValue(text(e->dependsOn));
    q.addBindValue(outboxOperationCode(e->operation));
    q.addBindValue(QString::fromLatin1(e->method));
    q.addBindValue(text(e->path));
    q.addBindValue(text(e->body));
    q.addBindValue(e->baseVersion ? QVariant(*e->baseVersion)
                                  : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(e->baseJson));
    q.addBindValue(text(e->createdAt));
    q.addBindValue(e->attempts);
    q.addBindValue(e->nextAttemptAtMs);
    q.addBindValue(text(e->lastError));
    q.addBindValue(e->lastStatus);
    q.addBindValue(outboxStateCode(e->state));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    e->seq = q.lastInsertId().toLongLong();
    return true;
}

QList<OutboxEntry> Outbox::due(qint64 nowMs, int limit) const
{
    // The head of each record's queue only; a record is held up by any earlier open entry of
    // its own, by any earlier open entry of the record it depends on, and by any earlier open
    // entry that depends on it (a report's photos go before a later change of the report, which
    // was made on top of them).
    return select(
        QStringLiteral("WHERE o.state = 'pending' AND o.next_attempt_at <= ? AND NOT EXISTS ("
                       " SELECT 1 FROM outbox p WHERE p.seq < o.seq AND ("
                       "  (p.entity_type = o.entity_type AND p.entity_id = o.entity_id)"
                       "  OR (o.depends_on <> '' AND p.entity_type || ':' || p.entity_id"
                       "      = o.depends_on)"
                       "  OR p.depends_on = o.entity_type || ':' || o.entity_id))"),
        {nowMs, limit}, QStringLiteral("LIMIT ?"));
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq) const
{
    const QList<OutboxEntry> found = select(QStringLiteral("WHERE o.seq = ?"), {seq});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<OutboxEntry> Outbox::entries() const
{
    return select({}, {});
}

QList<OutboxEntry> Outbox::entriesFor(const QString &entityType, const QString &entityId) const
{
    return select(QStringLiteral("WHERE o.entity_type = ? AND o.entity_id = ?"),
                  {entityType, entityId});
}

bool Outbox::hasEntriesFor(const QString &entityType, const QString &entityId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity_type = ? AND entity_id = ? LIMIT 1"));
    q.addBindValue(entityType);
    q.addBindValue(entityId);
    return q.exec() && q.next();
}

std::optional<qint64> Outbox::nextDueAtMs() const
{
    const QList<OutboxEntry> heads =
        select(QStringLiteral("WHERE o.state = 'pending' AND NOT EXISTS ("
                              " SELECT 1 FROM outbox p WHERE p.seq < o.seq AND ("
                              "  (p.entity_type = o.entity_type AND p.entity_id = o.entity_id)"
                              "  OR (o.depends_on <> '' AND p.entity_type || ':' || p.entity_id"
                              "      = o.depends_on)))"),
               {});
    std::optional<qint64> earliest;
    for (const OutboxEntry &e : heads) {
        if (!earliest || e.nextAttemptAtMs < *earliest)
            earliest = e.nextAttemptAtMs;
    }
    return earliest;
}

int Outbox::openCount() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Outbox::countIn(OutboxEntry::State state) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    q.addBindValue(outboxStateCode(state));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Outbox::remove(qint64 seq)
{
    return exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
}

bool Outbox::scheduleRetry(qint64 seq, int attempts, qint64 nextAttemptAtMs, int status,
                           const QString &error)
{
    return exec(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?,"
                               " last_status = ?, last_error = ?, state = 'pending' WHERE seq = ?"),
                {attempts, nextAttemptAtMs, status, text(error), seq});
}

bool Outbox::setState(qint64 seq, OutboxEntry::State state, int status, const QString &error)
{
    return exec(QStringLiteral("UPDATE outbox SET state = ?, last_status = ?, last_error = ?,"
                               " attempts = attempts + 1 WHERE seq = ?"),
                {outboxStateCode(state), status, text(error), seq});
}

bool Outbox::rebaseNext(const QString &entityType, const QString &entityId, qint64 afterSeq,
                        qint64 version)
{
    return exec(QStringLiteral("UPDATE outbox SET base_version = ? WHERE seq = (SELECT min(seq)"
                               " FROM outbox WHERE entity_type = ? AND entity_id = ? AND seq > ?)"),
                {version, entityType, entityId, afterSeq});
}

bool Outbox::setBase(qint64 seq, qint64 version)
{
    return exec(QStringLiteral("UPDATE outbox SET base_version = ? WHERE seq = ?"), {version, seq});
}

bool Outbox::removeAllFor(const QString &entityType, const QString &entityId)
{
    return exec(QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ?"),
                {entityType, entityId});
}

bool Outbox::addConflict(SyncConflict *c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO conflict(outbox_seq, entity_type, entity_id, base_json,"
                             " theirs_json, mine_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c->outboxSeq);
    q.addBindValue(text(c->entityType));
    q.addBindValue(text(c->entityId));
    q.addBindValue(text(c->baseJson));
    q.addBindValue(text(c->theirsJson));
    q.addBindValue(text(c->mineJson));
    q.addBindValue(text(c->createdAt));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    c->id = q.lastInsertId().toLongLong();
    return true;
}

QList<SyncConflict> Outbox::conflicts() const
{
    QList<SyncConflict> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM conflict ORDER BY id").arg(conflictColumns))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(conflictFrom(q));
    return out;
}

std::optional<SyncConflict> Outbox::conflict(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conflict WHERE id = ?").arg(conflictColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return conflictFrom(q);
    return std::nullopt;
}

bool Outbox::removeConflict(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM conflict WHERE id = ?"), {id});
}

bool Outbox::retryNow(qint64 seq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = 0"
                             " WHERE seq = ? AND state IN ('pending', 'failed')"));
    q.addBindValue(seq);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = QStringLiteral("outbox entry %1 is not waiting or failed").arg(seq);
        return false;
    }
    return true;
}

QList<OutboxEntry> Outbox::dependantsOf(const OutboxEntry &entry) const
{
    return select(QStringLiteral("WHERE o.seq <> ? AND ((o.entity_type = ? AND o.entity_id = ?"
                                 " AND o.seq > ?) OR o.depends_on = ?)"),
                  {entry.seq, entry.entityType, entry.entityId, entry.seq,
                   entry.entityType + u':' + entry.entityId});
}

bool Outbox::discard(qint64 seq, const QString &reason, const QString &staffId,
                     const QString &discardedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_discard(outbox_seq, idempotency_key, entity_type, entity_id,"
        " depends_on, operation, method, path, body, base_version, base_json, created_at,"
        " attempts, last_error, last_status, state, reason, staff_id, discarded_at)"
        " SELECT seq, idempotency_key, entity_type, entity_id, depends_on, operation, method,"
        " path, body, base_version, base_json, created_at, attempts, last_error, last_status,"
        " state, ?, ?, ? FROM outbox WHERE seq = ?"));
    q.addBindValue(reason);
    q.addBindValue(text(staffId));
    q.addBindValue(discardedAt);
    q.addBindValue(seq);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = QStringLiteral("outbox entry %1 does not exist").arg(seq);
        return false;
    }
    // The conflict row goes with its entry (ON DELETE CASCADE).
    return remove(seq);
}

QList<DiscardedOutboxEntry> Outbox::discarded() const
{
    QList<DiscardedOutboxEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, outbox_seq, idempotency_key, entity_type, entity_id, method, path, body,"
            " created_at, attempts, last_error, last_status, state, reason, staff_id,"
            " discarded_at FROM outbox_discard ORDER BY id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        DiscardedOutboxEntry d;
        d.id = q.value(0).toLongLong();
        d.outboxSeq = q.value(1).toLongLong();
        d.idempotencyKey = q.value(2).toString();
        d.entityType = q.value(3).toString();
        d.entityId = q.value(4).toString();
        d.method = q.value(5).toString().toLatin1();
        d.path = q.value(6).toString();
        d.body = q.value(7).toString().toUtf8();
        d.createdAt = q.value(8).toString();
        d.attempts = q.value(9).toInt();
        d.lastError = q.value(10).toString();
        d.lastStatus = q.value(11).toInt();
        d.state = stateFrom(q.value(12).toString());
        d.reason = q.value(13).toString();
        d.staffId = q.value(14).toString();
        d.discardedAt = q.value(15).toString();
        out.append(d);
    }
    return out;
}

} // namespace loket
