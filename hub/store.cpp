#include "store.h"

#include "store/sqlitestatement.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlDriver>

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

// Resets a statement when the scope ends, so that SQLite does not keep a read snapshot open.
class Finish final
{
public:
    explicit Finish(QSqlQuery &q)
        : m_q(q)
    {}
    ~Finish() { m_q.finish(); }
    Finish(const Finish &) = delete;
    Finish &operator=(const Finish &) = delete;

private:
    QSqlQuery &m_q;
};

// Binds text for NOT NULL columns: a null QString would arrive as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString kindCode(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Municipality:
        return u"municipality"_s;
    case RecordKind::Category:
        return u"category"_s;
    case RecordKind::Citizen:
        return u"citizen"_s;
    case RecordKind::Report:
        return u"report"_s;
    case RecordKind::Document:
        return u"document"_s;
    case RecordKind::ContactMoment:
        return u"contact_moment"_s;
    case RecordKind::GuideProgress:
        return u"guide_progress"_s;
    case RecordKind::DocumentAction:
        return u"document_action"_s;
    case RecordKind::Task:
        return u"task"_s;
    case RecordKind::Visit:
        return u"visit"_s;
    }
    return {};
}

std::optional<RecordKind> kindFromNumber(int number)
{
    if (number < int(RecordKind::Municipality) || number > int(RecordKind::Task))
        return std::nullopt;
    return RecordKind(number);
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Counter:
        return u"counter"_s;
    case Role::Outreach:
        return u"outreach"_s;
    case Role::Helpdesk:
        return u"helpdesk"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (Role r : {Role::Counter, Role::Outreach, Role::Helpdesk, Role::Manager, Role::Admin}) {
        if (code == roleCode(r))
            return r;
    }
    return std::nullopt;
}

Store::Store(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

Store::~Store()
{
    if (m_inWrite)
        rollback();
    m_queries.clear();
}

QSqlQuery &Store::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return **it;
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(dialectSql(sql, m_dialect)))
        m_error = q->lastError().text();
    return **m_queries.insert(sql, q);
}

bool Store::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    if (m_error.trimmed().isEmpty())
        m_error = u"statement failed: "_s + q.lastQuery().left(80);
    return false;
}

bool Store::run(QSqlQuery &q)
{
    m_error.clear();
    if (!q.exec())
        return fail(q);
    return true;
}

bool Store::beginWrite()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return fail(q);
    m_inWrite = true;
    // On PostgreSQL the row lock taken here is held until COMMIT, which serialises writers
    // exactly as SQLite's write lock does.
    QSqlQuery &lock = query(u"UPDATE hub_counter SET value = value WHERE name = 'change_seq'"_s);
    if (!run(lock)) {
        rollback();
        return false;
    }
    QSqlQuery &read = query(u"SELECT value FROM hub_counter WHERE name = 'change_seq'"_s);
    Finish finish(read);
    if (!run(read) || !read.next()) {
        const QString error = m_error;
        rollback();
        m_error = error.isEmpty() ? u"the change counter is missing"_s : error;
        return false;
    }
    m_seq = m_seqAtBegin = read.value(0).toLongLong();
    return true;
}

qint64 Store::nextSeq()
{
    Q_ASSERT(m_inWrite);
    return ++m_seq;
}

bool Store::commit()
{
    if (!m_inWrite)
        return false;
    if (m_seq != m_seqAtBegin) {
        QSqlQuery &q = query(u"UPDATE hub_counter SET value = ? WHERE name = 'change_seq'"_s);
        q.addBindValue(m_seq);
        if (!run(q)) {
            const QString error = m_error;
            rollback();
            m_error = error;
            return false;
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        fail(q);
        const QString error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    m_inWrite = false;
    return true;
}

void Store::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
    m_inWrite = false;
}

qint64 Store::committedSeq()
{
    QSqlQuery &q = query(u"SELECT value FROM hub_counter WHERE name = 'change_seq'"_s);
    Finish finish(q);
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<QString> Store::meta(const QString &key)
{
    QSqlQuery &q = query(u"SELECT value FROM hub_meta WHERE key = ?"_s);
    Finish finish(q);
    q.addBindValue(text(key));
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &del = query(u"DELETE FROM hub_meta WHERE key = ?"_s);
    del.addBindValue(text(key));
    if (!run(del))
        return false;
    QSqlQuery &ins = query(u"INSERT INTO hub_meta (key, value) VALUES (?, ?)"_s);
    ins.addBindValue(text(key));
    ins.addBindValue(text(value));
    return run(ins);
}

std::optional<Account> Store::readAccount(QSqlQuery &q, qint64 *extra)
{
    Account a;
    {
        Finish finish(q);
        if (!run(q) || !q.next())
            return std::nullopt;
        if (extra)
            *extra = q.value(9).toLongLong();
        a.staffId = q.value(0).toString();
        a.userName = q.value(1).toString();
        a.passwordHash = q.value(2).toString();
        const auto role = roleFromCode(q.value(3).toString());
        if (!role) {
            m_error = u"account %1 has an unknown role"_s.arg(a.userName);
            return std::nullopt;
        }
        a.role = *role;
        a.municipalityNis = q.value(4).toString();
        a.displayName = q.value(5).toString();
        a.createdAt = q.value(6).toString();
        a.disabled = q.value(7).toInt() != 0;
        a.wipeRequested = q.value(8).toInt() != 0;
    }
    if (!readScope(a))
        return std::nullopt;
    return a;
}

bool Store::readScope(Account &a)
{
    QSqlQuery &s =
        query(u"SELECT nis_code FROM account_scope WHERE staff_id = ? ORDER BY nis_code"_s);
    Finish finish(s);
    s.addBindValue(text(a.staffId));
    if (!run(s))
        return false;
    a.scope.clear();
    while (s.next())
        a.scope << s.value(0).toString();
    return true;
}

std::optional<QList<Account>> Store::accounts()
{
    QList<Account> out;
    {
        QSqlQuery &q = query(u"SELECT staff_id, user_name, role, municipality_nis, display_name,"
                             " created_at, disabled, wipe_requested FROM account"
                             " ORDER BY user_name"_s);
        Finish finish(q);
        if (!run(q))
            return std::nullopt;
        while (q.next()) {
            Account a;
            a.staffId = q.value(0).toString();
            a.userName = q.value(1).toString();
            const auto role = roleFromCode(q.value(2).toString());
            if (!role) {
                m_error = u"account %1 has an unknown role"_s.arg(a.userName);
                return std::nullopt;
            }
            a.role = *role;
            a.municipalityNis = q.value(3).toString();
            a.displayName = q.value(4).toString();
            a.createdAt = q.value(5).toString();
            a.disabled = q.value(6).toInt() != 0;
            a.wipeRequested = q.value(7).toInt() != 0;
            out << a;
        }
    }
    for (Account &a : out) {
        if (!readScope(a))
            return std::nullopt;
    }
    return out;
}

bool Store::setWipeFlag(const QString &staffId, WipeFlag flag)
{
    QSqlQuery &q = query(u"UPDATE account SET wipe_requested = ? WHERE staff_id = ?"_s);
    q.addBindValue(flag == WipeFlag::Set ? 1 : 0);
    q.addBindValue(text(staffId));
    return run(q);
}

std::optional<Account> Store::accountByUser(const QString &userName)
{
    QSqlQuery &q = query(u"SELECT staff_id, user_name, password_hash, role, municipality_nis,"
                         " display_name, created_at, disabled, wipe_requested FROM account"
                         " WHERE user_name = ?"_s);
    q.addBindValue(text(userName));
    return readAccount(q);
}

std::optional<Account> Store::accountByStaffId(const QString &staffId)
{
    QSqlQuery &q = query(u"SELECT staff_id, user_name, password_hash, role, municipality_nis,"
                         " display_name, created_at, disabled, wipe_requested FROM account"
                         " WHERE staff_id = ?"_s);
    q.addBindValue(text(staffId));
    return readAccount(q);
}

bool Store::insertAccount(const Account &a)
{
    QSqlQuery &q = query(u"INSERT INTO account (staff_id, user_name, password_hash, role,"
                         " municipality_nis, display_name, created_at, disabled)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(text(a.staffId));
    q.addBindValue(text(a.userName));
    q.addBindValue(text(a.passwordHash));
    q.addBindValue(roleCode(a.role));
    q.addBindValue(text(a.municipalityNis));
    q.addBindValue(text(a.displayName));
    q.addBindValue(text(a.createdAt));
    q.addBindValue(a.disabled ? 1 : 0);
    if (!run(q))
        return false;
    QSqlQuery &s = query(u"INSERT INTO account_scope (staff_id, nis_code) VALUES (?, ?)"_s);
    for (const QString &nis : a.scope) {
        s.addBindValue(text(a.staffId));
        s.addBindValue(text(nis));
        if (!run(s))
            return false;
    }
    return true;
}

bool Store::setPasswordHash(const QString &staffId, const QString &hash)
{
    QSqlQuery &q = query(u"UPDATE account SET password_hash = ? WHERE staff_id = ?"_s);
    q.addBindValue(text(hash));
    q.addBindValue(text(staffId));
    return run(q);
}

bool Store::insertSession(const QByteArray &tokenHash, const QString &staffId, qint64 createdAtMs,
                          qint64 expiresAtMs)
{
    QSqlQuery &q = query(u"INSERT INTO session (token_hash, staff_id, created_at, expires_at)"
                         " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(tokenHash));
    q.addBindValue(text(staffId));
    q.addBindValue(createdAtMs);
    q.addBindValue(expiresAtMs);
    return run(q);
}

std::optional<Store::SessionInfo> Store::session(const QByteArray &tokenHash)
{
    // The account comes along: authorisation is decided from it on every request.
    QSqlQuery &q = query(u"SELECT a.staff_id, a.user_name, a.password_hash, a.role,"
                         " a.municipality_nis, a.display_name, a.created_at, a.disabled,"
                         " a.wipe_requested, s.expires_at FROM session s"
                         " JOIN account a ON a.staff_id = s.staff_id"
                         " WHERE s.token_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(tokenHash));
    qint64 expires = 0;
    auto account = readAccount(q, &expires);
    if (!account)
        return std::nullopt;
    return SessionInfo{std::move(*account), expires};
}

bool Store::purgeSessions(qint64 expiredBeforeMs)
{
    QSqlQuery &q = query(u"DELETE FROM session WHERE expires_at < ?"_s);
    q.addBindValue(expiredBeforeMs);
    return run(q);
}

std::optional<StoredRecord> Store::record(RecordKind kind, const QString &id, Body body)
{
    QSqlQuery &q =
        body == Body::With
            ? query(u"SELECT change_seq, version, scope_a, scope_b, citizen_id, updated_at, body"
                    " FROM record WHERE kind = ? AND id = ?"_s)
            : query(u"SELECT change_seq, version, scope_a, scope_b, citizen_id, updated_at"
                    " FROM record WHERE kind = ? AND id = ?"_s);
    Finish finish(q);
    q.addBindValue(int(kind));
    q.addBindValue(text(id));
    if (!run(q) || !q.next())
        return std::nullopt;
    StoredRecord r;
    r.kind = kind;
    r.id = id;
    r.seq = q.value(0).toLongLong();
    r.version = q.value(1).toLongLong();
    r.scopeA = q.value(2).toString();
    r.scopeB = q.value(3).toString();
    r.citizenId = q.value(4).toString();
    r.updatedAt = q.value(5).toString();
    if (body == Body::With)
        r.body = q.value(6).toByteArray();
    return r;
}

bool Store::insertRecord(const StoredRecord &r)
{
    QSqlQuery &q = query(u"INSERT INTO record (change_seq, kind, id, version, scope_a, scope_b,"
                         " citizen_id, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.seq);
    q.addBindValue(int(r.kind));
    q.addBindValue(text(r.id));
    q.addBindValue(r.version);
    q.addBindValue(text(r.scopeA));
    q.addBindValue(text(r.scopeB));
    q.addBindValue(text(r.citizenId));
    q.addBindValue(text(r.updatedAt));
    q.addBindValue(r.body);
    return run(q) && (r.kind != RecordKind::Report || linkReport(r.id, r.linkedCitizens)) &&
           (r.kind != RecordKind::Citizen || indexCitizen(r));
}

bool Store::linkReport(const QString &reportId, QStringList citizenIds)
{
    citizenIds.removeAll(QString());
    citizenIds.removeDuplicates();
    QSqlQuery &q = query(u"INSERT INTO report_citizen (report_id, citizen_id) VALUES (?, ?)"_s);
    for (const QString &citizen : std::as_const(citizenIds)) {
        q.addBindValue(text(reportId));
        q.addBindValue(citizen);
        if (!run(q))
            return false;
    }
    return true;
}

bool Store::unlinkReport(const QString &reportId)
{
    QSqlQuery &q = query(u"DELETE FROM report_citizen WHERE report_id = ?"_s);
    q.addBindValue(text(reportId));
    return run(q);
}

bool Store::updateRecord(const StoredRecord &r)
{
    QSqlQuery &q = query(u"UPDATE record SET change_seq = ?, version = ?, scope_a = ?,"
                         " scope_b = ?, citizen_id = ?, updated_at = ?, body = ?"
                         " WHERE kind = ? AND id = ?"_s);
    q.addBindValue(r.seq);
    q.addBindValue(r.version);
    q.addBindValue(text(r.scopeA));
    q.addBindValue(text(r.scopeB));
    q.addBindValue(text(r.citizenId));
    q.addBindValue(text(r.updatedAt));
    q.addBindValue(r.body);
    q.addBindValue(int(r.kind));
    q.addBindValue(text(r.id));
    if (!run(q))
        return false;
    if (r.kind == RecordKind::Citizen)
        return unindexCitizen(r.id) && indexCitizen(r);
    return r.kind != RecordKind::Report ||
           (unlinkReport(r.id) && linkReport(r.id, r.linkedCitizens));
}

std::optional<bool> Store::updateRecordIf(const StoredRecord &r, qint64 expectedVersion)
{
    // The version in the WHERE clause makes the check and the change one statement: of two
    // writers that read the same version, only the first one's UPDATE finds the row.
    QSqlQuery &q = query(u"UPDATE record SET change_seq = ?, version = ?, scope_a = ?,"
                         " scope_b = ?, citizen_id = ?, updated_at = ?, body = ?"
                         " WHERE kind = ? AND id = ? AND version = ?"_s);
    q.addBindValue(r.seq);
    q.addBindValue(r.version);
    q.addBindValue(text(r.scopeA));
    q.addBindValue(text(r.scopeB));
    q.addBindValue(text(r.citizenId));
    q.addBindValue(text(r.updatedAt));
    q.addBindValue(r.body);
    q.addBindValue(int(r.kind));
    q.addBindValue(text(r.id));
    q.addBindValue(expectedVersion);
    if (!run(q))
        return std::nullopt;
    return q.numRowsAffected() == 1;
}

bool Store::moveRecord(RecordKind kind, const QString &id, qint64 seq, const QString &scopeA)
{
    QSqlQuery &q =
        query(u"UPDATE record SET change_seq = ?, scope_a = ? WHERE kind = ? AND id = ?"_s);
    q.addBindValue(seq);
    q.addBindValue(text(scopeA));
    q.addBindValue(int(kind));
    q.addBindValue(text(id));
    return run(q);
}

bool Store::deleteRecord(RecordKind kind, const QString &id)
{
    QSqlQuery &q = query(u"DELETE FROM record WHERE kind = ? AND id = ?"_s);
    q.addBindValue(int(kind));
    q.addBindValue(text(id));
    return run(q) && (kind != RecordKind::Report || unlinkReport(id)) &&
           (kind != RecordKind::Citizen || unindexCitizen(id));
}

QList<StoredRecord> Store::dependentsOf(const QString &citizenId, Body body)
{
    QList<StoredRecord> out;
    QSqlQuery &q = body == Body::With
                       ? query(u"SELECT kind, id, change_seq, version, scope_a, scope_b,"
                               " updated_at, body FROM record WHERE citizen_id = ?"
                               " AND citizen_id <> '' ORDER BY change_seq"_s)
                       : query(u"SELECT kind, id, change_seq, version, scope_a, scope_b FROM record"
                               " WHERE citizen_id = ? AND citizen_id <> '' ORDER BY change_seq"_s);
    Finish finish(q);
    q.addBindValue(text(citizenId));
    if (!run(q))
        return out;
    while (q.next()) {
        StoredRecord r;
        r.kind = kindFromNumber(q.value(0).toInt()).value_or(RecordKind::Document);
        r.id = q.value(1).toString();
        r.seq = q.value(2).toLongLong();
        r.version = q.value(3).toLongLong();
        r.scopeA = q.value(4).toString();
        r.scopeB = q.value(5).toString();
        r.citizenId = citizenId;
        if (body == Body::With) {
            r.updatedAt = q.value(6).toString();
            r.body = q.value(7).toByteArray();
        }
        out << r;
    }
    return out;
}

std::optional<QList<StoredRecord>> Store::reportsOf(const QString &citizenId, Body body)
{
    QSqlQuery &q =
        body == Body::With
            ? query(u"SELECT r.id, r.change_seq, r.version, r.scope_a, r.scope_b, r.updated_at,"
                    " r.body FROM report_citizen l JOIN record r ON r.kind = ? AND r.id ="
                    " l.report_id WHERE l.citizen_id = ? ORDER BY r.change_seq"_s)
            : query(u"SELECT r.id, r.change_seq, r.version, r.scope_a, r.scope_b, r.updated_at"
                    " FROM report_citizen l JOIN record r ON r.kind = ? AND r.id = l.report_id"
                    " WHERE l.citizen_id = ? ORDER BY r.change_seq"_s);
    Finish finish(q);
    q.addBindValue(int(RecordKind::Report));
    q.addBindValue(text(citizenId));
    if (!run(q))
        return std::nullopt;
    QList<StoredRecord> out;
    while (q.next()) {
        StoredRecord r;
        r.kind = RecordKind::Report;
        r.id = q.value(0).toString();
        r.seq = q.value(1).toLongLong();
        r.version = q.value(2).toLongLong();
        r.scopeA = q.value(3).toString();
        r.scopeB = q.value(4).toString();
        r.updatedAt = q.value(5).toString();
        if (body == Body::With)
            r.body = q.value(6).toByteArray();
        out << r;
    }
    return out;
}

std::optional<QStringList> Store::citizensOfReport(const QString &reportId)
{
    QSqlQuery &q =
        query(u"SELECT citizen_id FROM report_citizen WHERE report_id = ? ORDER BY citizen_id"_s);
    Finish finish(q);
    q.addBindValue(text(reportId));
    if (!run(q))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Store::citizenIdsIn(const QString &nis, int limit)
{
    QStringList out;
    QSqlQuery &q = query(u"SELECT id FROM record WHERE scope_a = ? AND kind = ?"
                         " ORDER BY change_seq LIMIT ?"_s);
    Finish finish(q);
    q.addBindValue(text(nis));
    q.addBindValue(int(RecordKind::Citizen));
    q.addBindValue(limit);
    if (!run(q))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Store::municipalityCodes()
{
    QStringList out;
    QSqlQuery &q = query(u"SELECT id FROM record WHERE kind = ? ORDER BY id"_s);
    Finish finish(q);
    q.addBindValue(int(RecordKind::Municipality));
    if (!run(q))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 Store::countRecords(RecordKind kind)
{
    QSqlQuery &q = query(u"SELECT count(*) FROM record WHERE kind = ?"_s);
    Finish finish(q);
    q.addBindValue(int(kind));
    if (!run(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Store::bulkLoad(BulkLoad phase)
{
    // Outside a transaction: SQLite changes no safety level inside one.
    QStringList statements;
    if (m_dialect == Dialect::Sqlite) {
        // While loading, a commit need not wait for the disk (a crash loses at most the last
        // batches, which the load repeats) and a large cache helps building the indexes.
        statements << (phase == BulkLoad::Begin ? u"PRAGMA synchronous=NORMAL"_s
                                                : u"PRAGMA synchronous=FULL"_s)
                   << (phase == BulkLoad::Begin ? u"PRAGMA cache_size=-524288"_s
                                                : u"PRAGMA cache_size=-65536"_s);
    }
    statements = phase == BulkLoad::Begin ? statements + dropRecordIndexStatements()
                                          : recordIndexStatements() + statements;
    // Fresh statistics, so that the planner knows how large the table has become.
    if (phase == BulkLoad::End)
        statements << (m_dialect == Dialect::Postgres ? u"ANALYZE record"_s : u"PRAGMA optimize"_s);
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return fail(q);
    }
    return true;
}

bool Store::insertTombstone(const Tombstone &t)
{
    QSqlQuery &q = query(u"INSERT INTO tombstone (change_seq, kind, id, version, scope_nis,"
                         " reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.seq);
    q.addBindValue(int(t.kind));
    q.addBindValue(text(t.id));
    q.addBindValue(t.version);
    q.addBindValue(text(t.scopeNis));
    q.addBindValue(text(t.reason));
    q.addBindValue(text(t.createdAt));
    return run(q);
}

bool Store::insertAccountTombstone(const AccountTombstone &t)
{
    QSqlQuery &q = query(u"INSERT INTO account_tombstone (change_seq, staff_id, kind, id, version,"
                         " reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.seq);
    q.addBindValue(text(t.staffId));
    q.addBindValue(int(t.kind));
    q.addBindValue(text(t.id));
    q.addBindValue(t.version);
    q.addBindValue(text(t.reason));
    q.addBindValue(text(t.createdAt));
    return run(q);
}

std::optional<StoredVisit> Store::visit(const QString &id)
{
    const auto found = readVisits(u"SELECT id, staff_id, citizen_id, visit_date, change_seq,"
                                  " version, updated_at, body FROM visit WHERE id = ?"_s,
                                  id);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

bool Store::insertVisit(const StoredVisit &v)
{
    QSqlQuery &q = query(u"INSERT INTO visit (id, staff_id, citizen_id, visit_date, change_seq,"
                         " version, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(text(v.id));
    q.addBindValue(text(v.staffId));
    q.addBindValue(text(v.citizenId));
    q.addBindValue(text(v.date));
    q.addBindValue(v.seq);
    q.addBindValue(v.version);
    q.addBindValue(text(v.updatedAt));
    q.addBindValue(v.body);
    return run(q);
}

bool Store::deleteVisit(const QString &id)
{
    QSqlQuery &q = query(u"DELETE FROM visit WHERE id = ?"_s);
    q.addBindValue(text(id));
    return run(q);
}

std::optional<QList<StoredVisit>> Store::visitsOf(const QString &staffId)
{
    return readVisits(u"SELECT id, staff_id, citizen_id, visit_date, change_seq, version,"
                      " updated_at, body FROM visit WHERE staff_id = ? ORDER BY visit_date, id"_s,
                      staffId);
}

std::optional<QList<StoredVisit>> Store::visitsTo(const QString &citizenId)
{
    return readVisits(u"SELECT id, staff_id, citizen_id, visit_date, change_seq, version,"
                      " updated_at, body FROM visit WHERE citizen_id = ? ORDER BY change_seq"_s,
                      citizenId);
}

std::optional<QList<StoredVisit>> Store::readVisits(const QString &sql, const QString &value)
{
    QSqlQuery &q = query(sql);
    Finish finish(q);
    q.addBindValue(text(value));
    if (!run(q))
        return std::nullopt;
    QList<StoredVisit> out;
    while (q.next()) {
        StoredVisit v;
        v.id = q.value(0).toString();
        v.staffId = q.value(1).toString();
        v.citizenId = q.value(2).toString();
        v.date = q.value(3).toString();
        v.seq = q.value(4).toLongLong();
        v.version = q.value(5).toLongLong();
        v.updatedAt = q.value(6).toString();
        v.body = q.value(7).toByteArray();
        out << v;
    }
    return out;
}

std::optional<bool> Store::onVisitList(const QString &staffId, const QString &citizenId)
{
    QSqlQuery &q = query(u"SELECT count(*) FROM visit WHERE staff_id = ? AND citizen_id = ?"_s);
    Finish finish(q);
    q.addBindValue(text(staffId));
    q.addBindValue(text(citizenId));
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong() > 0;
}

bool Store::deleteTombstone(RecordKind kind, const QString &id, const QString &scopeNis)
{
    QSqlQuery &q = query(u"DELETE FROM tombstone WHERE kind = ? AND id = ? AND scope_nis = ?"_s);
    q.addBindValue(int(kind));
    q.addBindValue(text(id));
    q.addBindValue(text(scopeNis));
    return run(q);
}

bool Store::insertHistory(const QString &contactId, qint64 version, const QByteArray &body,
                          const QString &replacedAt, const QString &replacedBy)
{
    QSqlQuery &q = query(u"INSERT INTO contact_moment_history (id, version, body, replaced_at,"
                         " replaced_by) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(text(contactId));
    q.addBindValue(version);
    q.addBindValue(body);
    q.addBindValue(text(replacedAt));
    q.addBindValue(text(replacedBy));
    return run(q);
}

bool Store::deleteHistory(const QString &contactId)
{
    QSqlQuery &q = query(u"DELETE FROM contact_moment_history WHERE id = ?"_s);
    q.addBindValue(text(contactId));
    return run(q);
}

bool Store::insertAccessEntry(const AccessLogRow &row)
{
    QSqlQuery &q = query(u"INSERT INTO access_log (seq, id, staff_id, citizen_id, action, purpose,"
                         " municipality_nis, occurred_at, received_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row.seq);
    q.addBindValue(text(row.id));
    q.addBindValue(text(row.staffId));
    q.addBindValue(text(row.citizenId));
    q.addBindValue(text(row.action));
    q.addBindValue(text(row.purpose));
    q.addBindValue(text(row.municipalityNis));
    q.addBindValue(text(row.occurredAt));
    q.addBindValue(text(row.receivedAt));
    return run(q);
}

namespace {
AccessLogRow accessLogRow(const QSqlQuery &q)
{
    AccessLogRow r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.staffId = q.value(2).toString();
    r.staffName = q.value(3).toString();
    r.citizenId = q.value(4).toString();
    r.action = q.value(5).toString();
    r.purpose = q.value(6).toString();
    r.municipalityNis = q.value(7).toString();
    r.occurredAt = q.value(8).toString();
    r.receivedAt = q.value(9).toString();
    return r;
}
} // namespace

std::optional<AccessLogRow> Store::accessEntry(const QString &id)
{
    m_error.clear();
    QSqlQuery &q = query(u"SELECT l.seq, l.id, l.staff_id, a.display_name, l.citizen_id, l.action,"
                         " l.purpose, l.municipality_nis, l.occurred_at, l.received_at"
                         " FROM access_log l LEFT JOIN account a ON a.staff_id = l.staff_id"
                         " WHERE l.id = ?"_s);
    Finish finish(q);
    q.addBindValue(text(id));
    if (!run(q) || !q.next())
        return std::nullopt;
    return accessLogRow(q);
}

std::optional<QList<AccessLogRow>> Store::accessLogFor(const QString &citizenId)
{
    QSqlQuery &q = query(u"SELECT l.seq, l.id, l.staff_id, a.display_name, l.citizen_id, l.action,"
                         " l.purpose, l.municipality_nis, l.occurred_at, l.received_at"
                         " FROM access_log l LEFT JOIN account a ON a.staff_id = l.staff_id"
                         " WHERE l.citizen_id = ? ORDER BY l.occurred_at DESC, l.seq DESC"_s);
    Finish finish(q);
    q.addBindValue(text(citizenId));
    if (!run(q))
        return std::nullopt;
    QList<AccessLogRow> out;
    while (q.next())
        out << accessLogRow(q);
    return out;
}

std::optional<StoredAnswer> Store::answer(const QString &key)
{
    QSqlQuery &q = query(u"SELECT fingerprint, staff_id, record_id, status, etag, body"
                         " FROM idempotency WHERE idem_key = ?"_s);
    Finish finish(q);
    q.addBindValue(text(key));
    if (!run(q) || !q.next())
        return std::nullopt;
    StoredAnswer a;
    a.fingerprint = q.value(0).toString().toLatin1();
    a.staffId = q.value(1).toString();
    a.recordId = q.value(2).toString();
    a.status = q.value(3).toInt();
    a.etag = q.value(4).toString().toLatin1();
    a.body = q.value(5).toByteArray();
    return a;
}

bool Store::insertAnswer(const QString &key, const StoredAnswer &a, qint64 createdAtMs)
{
    QSqlQuery &q = query(u"INSERT INTO idempotency (idem_key, fingerprint, staff_id, record_id,"
                         " status, etag, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(text(key));
    q.addBindValue(QString::fromLatin1(a.fingerprint));
    q.addBindValue(text(a.staffId));
    q.addBindValue(text(a.recordId));
    q.addBindValue(a.status);
    q.addBindValue(text(QString::fromLatin1(a.etag)));
    q.addBindValue(a.body);
    q.addBindValue(createdAtMs);
    return run(q);
}

bool Store::deleteAnswersFor(const QString &recordId)
{
    QSqlQuery &q = query(u"DELETE FROM idempotency WHERE record_id = ?"_s);
    q.addBindValue(text(recordId));
    return run(q);
}

bool Store::purgeAnswers(qint64 createdBeforeMs)
{
    QSqlQuery &q = query(u"DELETE FROM idempotency WHERE created_at < ?"_s);
    q.addBindValue(createdBeforeMs);
    return run(q);
}

namespace {

constexpr qint64 noUpperBound = std::numeric_limits<qint64>::max();

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

// The statements of a feed page. Each page is at most two statements, whatever the scope:
// on PostgreSQL every statement is a round trip, and incremental pulls are mostly empty.
// Record rows: (change_seq, kind, id, version, body). Phase 1 rows: (source, change_seq, kind,
// id, version, reason), source 0 = a record's number, 1 = a tombstone, 2 = the sequence's head.
const QString headPart = u"SELECT 2, value, 0, '', 0, '' FROM hub_counter"
                         " WHERE name = 'change_seq'"_s;

QString regionRowsSql()
{
    return u"SELECT change_seq, kind, id, version, body FROM record WHERE change_seq > ?"
           " AND change_seq <= ? AND (scope_a <> '' OR scope_b <> '') ORDER BY change_seq"
           " LIMIT ?"_s;
}

QString regionPhaseOneSql(bool withTombstones)
{
    if (!withTombstones)
        return headPart;
    return u"SELECT 1, change_seq, kind, id, version, reason FROM (SELECT change_seq, kind, id,"
           " version, reason FROM tombstone WHERE change_seq > ? ORDER BY change_seq LIMIT ?)"
           " AS t UNION ALL "_s +
           headPart;
}

// Per municipality: its records by scope_a and scope_b (index entries only) and its
// tombstones, each at most `limit + 1`; the region's own scope ('*') has no scope_b rows.
QString listedPhaseOneSql(const QStringList &scopes, bool withTombstones)
{
    QStringList parts;
    int n = 0;
    for (const QString &nis : scopes) {
        parts << u"SELECT 0, change_seq, 0, '', 0, '' FROM (SELECT change_seq FROM record"
                 " WHERE scope_a = ? AND change_seq > ? ORDER BY change_seq LIMIT ?) AS s%1"_s.arg(
                     ++n);
        if (nis != regionScope())
            parts << u"SELECT 0, change_seq, 0, '', 0, '' FROM (SELECT change_seq FROM record"
                     " WHERE scope_b = ? AND scope_b <> '' AND change_seq > ?"
                     " ORDER BY change_seq LIMIT ?) AS s%1"_s.arg(++n);
        if (withTombstones)
            parts << u"SELECT 1, change_seq, kind, id, version, reason FROM (SELECT change_seq,"
                     " kind, id, version, reason FROM tombstone WHERE scope_nis = ?"
                     " AND change_seq > ? ORDER BY change_seq LIMIT ?) AS s%1"_s.arg(++n);
    }
    parts << headPart;
    return parts.join(u" UNION ALL "_s);
}

QString listedRowsSql(const QStringList &scopes)
{
    QStringList parts;
    for (const QString &nis : scopes) {
        parts << u"SELECT change_seq, kind, id, version, body FROM record WHERE scope_a = ?"
                 " AND change_seq > ? AND change_seq <= ?"_s;
        if (nis != regionScope())
            parts << u"SELECT change_seq, kind, id, version, body FROM record WHERE scope_b = ?"
                     " AND scope_b <> '' AND change_seq > ? AND change_seq <= ?"_s;
    }
    return parts.join(u" UNION ALL "_s);
}

// The rows of an account whose dossiers are a list of citizens in `table` (visit for outreach,
// helpdesk_open for the helpdesk): reference data, the listed citizens and their records, the
// reports naming them, and the account's visits. `table` is one of those two names, never input.
QString listRowsSql(const QString &table)
{
    const QString listed = u"SELECT citizen_id FROM "_s + table + u" WHERE staff_id = ?"_s;
    return u"SELECT change_seq, kind, id, version, body FROM (SELECT change_seq, kind, id, version,"
           " body FROM record WHERE scope_a = ? AND change_seq > ? AND change_seq <= ?"
           " ORDER BY change_seq LIMIT ?) AS reference_rows"
           " UNION ALL SELECT change_seq, kind, id, version, body FROM (SELECT change_seq, kind,"
           " id, version, body FROM record WHERE citizen_id <> '' AND citizen_id IN ("_s +
           listed +
           u") AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?) AS dossier_rows"
           " UNION ALL SELECT change_seq, kind, id, version, body FROM (SELECT change_seq, kind,"
           " id, version, body FROM record WHERE kind = ? AND id IN ("_s +
           listed +
           u") AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?) AS citizen_rows"
           " UNION ALL SELECT change_seq, kind, id, version, body FROM (SELECT change_seq, kind,"
           " id, version, body FROM record WHERE kind = ? AND id IN (SELECT l.report_id FROM"
           " report_citizen l JOIN "_s +
           table +
           u" v ON v.citizen_id = l.citizen_id WHERE v.staff_id = ?)"
           " AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?) AS report_rows"
           // The kind as a constant: PostgreSQL cannot type a parameter in a select list.
           " UNION ALL SELECT change_seq, "_s +
           QString::number(int(RecordKind::Visit)) +
           u", id, version, body FROM (SELECT change_seq, id, version, body FROM visit"
           " WHERE staff_id = ? AND change_seq > ? AND change_seq <= ? ORDER BY change_seq"
           " LIMIT ?) AS visit_rows"_s;
}

// The page from its records and tombstones (each source cut at `limit + 1` in sequence
// order): sorted, cut to `limit`, each record once at its latest state.
FeedPage pageOf(QList<FeedEntry> rows, QList<FeedEntry> tombstones, bool sorted, bool more,
                qint64 since, int limit, qint64 head)
{
    rows += std::move(tombstones);
    if (!sorted) {
        std::sort(rows.begin(), rows.end(),
                  [](const FeedEntry &a, const FeedEntry &b) { return a.seq < b.seq; });
        // A report seen through both of its municipalities comes back twice with one number.
        rows.erase(
            std::unique(rows.begin(), rows.end(),
                        [](const FeedEntry &a, const FeedEntry &b) { return a.seq == b.seq; }),
            rows.end());
    }
    FeedPage page;
    page.head = head;
    page.cursor = since;
    if (rows.size() > limit) {
        more = true;
        rows.resize(limit);
    }
    page.more = more;
    if (!rows.isEmpty())
        page.cursor = rows.last().seq;
    // Each record once per page, at its latest state: a tombstone for the municipality a
    // citizen left is dropped when the same page also brings the citizen in its new one.
    // Only tombstones can repeat a record within a page, so only pages with them are checked.
    const bool anyTombstone =
        std::any_of(rows.cbegin(), rows.cend(), [](const FeedEntry &e) { return e.deleted; });
    if (!anyTombstone) {
        page.entries = std::move(rows);
        return page;
    }
    QHash<QPair<int, QByteArray>, qsizetype> latest;
    latest.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        latest.insert({int(rows.at(i).kind), rows.at(i).id}, i);
    page.entries.reserve(latest.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (latest.value({int(rows.at(i).kind), rows.at(i).id}) == i)
            page.entries << std::move(rows[i]);
    }
    return page;
}

} // namespace

// One row of a result, from a native SQLite statement or from a QSqlQuery.
class RowView final
{
public:
    explicit RowView(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    explicit RowView(const QSqlQuery *query)
        : m_query(query)
    {}

    qint64 integer(int column) const
    {
        return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
    }
    // Text as UTF-8, or a blob as it is.
    QByteArray bytes(int column) const
    {
        if (m_stmt) {
            const void *data = sqlite3_column_blob(m_stmt, column);
            return QByteArray(static_cast<const char *>(data),
                              sqlite3_column_bytes(m_stmt, column));
        }
        const QVariant v = m_query->value(column);
        return v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    const QSqlQuery *m_query = nullptr;
};

// On SQLite the feed's statements run on the connection's own sqlite3 handle: Qt SQL's
// per-value QVariant and UTF-16 round trip cost more than the query itself on a first fill.
struct NativeFeed
{
    sqlite3 *db = nullptr;
    QHash<QString, std::shared_ptr<SqliteStatement>> statements;
};

bool Store::select(const QString &sql, const QList<QVariant> &values,
                   const std::function<void(const RowView &)> &row)
{
    if (m_dialect == Dialect::Sqlite) {
        if (!m_native) {
            m_native = std::make_unique<NativeFeed>();
            m_native->db = sqliteHandle(m_db);
        }
        if (!m_native->db) {
            m_error = u"the SQLite driver gives no native handle"_s;
            return false;
        }
        auto &st = m_native->statements[sql];
        if (!st)
            st = std::make_shared<SqliteStatement>(m_native->db, sql.toUtf8().constData());
        if (!st->isValid()) {
            m_error = st->errorString();
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::QString)
                st->bind(i + 1, v.toString());
            else
                st->bind(i + 1, v.toLongLong());
        }
        int rc;
        while ((rc = st->step()) == SQLITE_ROW)
            row(RowView(st->get()));
        const bool ok = rc == SQLITE_DONE;
        if (!ok)
            m_error = st->errorString();
        st->reset();
        return ok;
    }
    QSqlQuery &q = query(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Finish finish(q);
    if (!run(q))
        return false;
    while (q.next())
        row(RowView(&q));
    return true;
}

bool Store::forEachBody(RecordKind kind, const QString &scopeA,
                        const std::function<void(const QByteArray &body)> &row)
{
    // record_scope_a serves the municipality; the kind is a filter on the rows it finds.
    return select(u"SELECT body FROM record WHERE scope_a = ? AND kind = ?"_s,
                  {scopeA, qint64(kind)}, [&row](const RowView &r) { row(r.bytes(0)); });
}

std::optional<FeedPage> Store::feed(const FeedScope &scope, qint64 since, int limit)
{
    if (scope.extent == FeedScope::Extent::VisitList ||
        scope.extent == FeedScope::Extent::OpenedList)
        return visitListFeed(scope, since, limit);
    // A fresh client holds nothing a tombstone could remove.
    const bool withTombstones = since > 0;
    const qint64 fetch = limit + 1;
    QList<FeedEntry> rows;
    QList<FeedEntry> tombstones;
    QList<qint64> seqs;
    qint64 head = -1;

    auto recordRow = [&rows](const RowView &r) {
        FeedEntry e;
        e.seq = r.integer(0);
        e.kind = kindFromNumber(int(r.integer(1))).value_or(RecordKind::Citizen);
        e.id = r.bytes(2);
        e.version = r.integer(3);
        e.body = r.bytes(4);
        rows << std::move(e);
    };
    auto phaseOneRow = [&](const RowView &r) {
        const qint64 source = r.integer(0);
        if (source == 0) {
            seqs << r.integer(1);
        } else if (source == 1) {
            FeedEntry e;
            e.seq = r.integer(1);
            e.kind = kindFromNumber(int(r.integer(2))).value_or(RecordKind::Citizen);
            e.id = r.bytes(3);
            e.version = r.integer(4);
            e.reason = QString::fromUtf8(r.bytes(5));
            e.deleted = true;
            tombstones << std::move(e);
        } else {
            head = r.integer(1);
        }
    };

    // SQLite: one read snapshot (and one read lock) for both statements of the page.
    // PostgreSQL stays in autocommit: the page needs no snapshot, because writers hand out
    // sequence numbers in commit order. A change that commits between the two statements gets a
    // number above this page's cutoff and arrives with a later page.
    const bool snapshot = m_dialect == Dialect::Sqlite;
    QSqlQuery tx(m_db);
    if (snapshot && !tx.exec(u"BEGIN"_s)) {
        fail(tx);
        return std::nullopt;
    }
    auto finishRead = [this, snapshot](bool ok) {
        if (!snapshot)
            return ok;
        QSqlQuery end(m_db);
        return end.exec(ok ? u"COMMIT"_s : u"ROLLBACK"_s) && ok;
    };
    auto abort = [&] {
        const QString error = m_error;
        finishRead(false);
        m_error = error;
        return std::optional<FeedPage>();
    };

    bool more = false;
    if (scope.extent == FeedScope::Extent::Region) {
        // Every municipality: one range scan over the sequence beats merging one index scan per
        // municipality (rows of different municipalities share pages).
        QList<QVariant> values;
        if (withTombstones)
            values = {since, fetch};
        if (!select(regionPhaseOneSql(withTombstones), values, phaseOneRow) ||
            !select(regionRowsSql(), {since, noUpperBound, fetch}, recordRow))
            return abort();
    } else {
        QStringList scopes{regionScope()};
        if (scope.extent == FeedScope::Extent::Listed)
            scopes += scope.nisCodes;
        // Phase 1 reads only index entries (and the small tombstones) to find where this page
        // ends; phase 2 then reads exactly the rows up to there, so no record body is read and
        // thrown away.
        QList<QVariant> values;
        for (const QString &nis : std::as_const(scopes)) {
            values << nis << since << fetch;
            if (nis != regionScope())
                values << nis << since << fetch;
            if (withTombstones)
                values << nis << since << fetch;
        }
        if (!select(listedPhaseOneSql(scopes, withTombstones), values, phaseOneRow))
            return abort();
        for (const FeedEntry &t : std::as_const(tombstones))
            seqs << t.seq;
        std::sort(seqs.begin(), seqs.end());
        seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
        more = seqs.size() > limit;
        const qint64 cutoff = seqs.isEmpty()        ? since
                              : seqs.size() > limit ? seqs.at(limit - 1)
                                                    : seqs.last();
        if (cutoff > since) {
            values.clear();
            for (const QString &nis : std::as_const(scopes)) {
                values << nis << since << cutoff;
                if (nis != regionScope())
                    values << nis << since << cutoff;
            }
            if (!select(listedRowsSql(scopes), values, recordRow))
                return abort();
        }
        tombstones.erase(std::remove_if(tombstones.begin(), tombstones.end(),
                                        [cutoff](const FeedEntry &t) { return t.seq > cutoff; }),
                         tombstones.end());
    }
    if (!finishRead(true)) {
        m_error = u"the feed's read transaction failed"_s;
        return std::nullopt;
    }

    const bool sorted = scope.extent == FeedScope::Extent::Region && tombstones.isEmpty();
    return pageOf(std::move(rows), std::move(tombstones), sorted, more, since, limit, head);
}

std::optional<FeedPage> Store::visitListFeed(const FeedScope &scope, qint64 since, int limit)
{
    // An outreach account's feed is small (reference data and a few dozen dossiers), so each
    // source reads its first `limit + 1` rows with their bodies, and the merge cuts the page.
    // Every source stops at the head read first: on PostgreSQL, where the statements see
    // different moments, everything up to the head had committed before it was read (writers
    // hand out numbers in commit order), so no source can run ahead of another.
    // A helpdesk account's list is the dossiers it opened (helpdesk_open), an outreach
    // account's the citizens it visits (visit); both tables name the staff member and citizen.
    static const QString headSql = u"SELECT value FROM hub_counter WHERE name = 'change_seq'"_s;
    static const QString visitRowsSql = listRowsSql(u"visit"_s);
    static const QString openedRowsSql = listRowsSql(u"helpdesk_open"_s);
    QString rowsSql = scope.extent == FeedScope::Extent::OpenedList ? openedRowsSql : visitRowsSql;
    // Further scopes the account sees whole (the helpdesk's task queues): their records and
    // their tombstones.
    for (qsizetype i = 0; i < scope.nisCodes.size(); ++i)
        rowsSql += u" UNION ALL SELECT change_seq, kind, id, version, body FROM (SELECT"
                   " change_seq, kind, id, version, body FROM record WHERE scope_a = ?"
                   " AND change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?)"
                   " AS extra_a_%1"
                   " UNION ALL SELECT change_seq, kind, id, version, body FROM (SELECT"
                   " change_seq, kind, id, version, body FROM record WHERE scope_b = ?"
                   " AND scope_b <> '' AND change_seq > ? AND change_seq <= ?"
                   " ORDER BY change_seq LIMIT ?) AS extra_b_%1"_s.arg(i);
    QString tombstonesSql = u"SELECT change_seq, kind, id, version, reason FROM"
                            " account_tombstone WHERE staff_id = ? AND change_seq > ?"
                            " AND change_seq <= ? ORDER BY change_seq LIMIT ?"_s;
    if (!scope.nisCodes.isEmpty()) {
        tombstonesSql = u"SELECT change_seq, kind, id, version, reason FROM ("_s + tombstonesSql +
                        u") AS own_tombstones"_s;
        for (qsizetype i = 0; i < scope.nisCodes.size(); ++i)
            tombstonesSql += u" UNION ALL SELECT change_seq, kind, id, version, reason FROM"
                             " (SELECT change_seq, kind, id, version, reason FROM tombstone"
                             " WHERE scope_nis = ? AND change_seq > ? AND change_seq <= ?"
                             " ORDER BY change_seq LIMIT ?) AS extra_tombstones_%1"_s.arg(i);
    }

    const qint64 fetch = limit + 1;
    QList<FeedEntry> rows;
    QList<FeedEntry> tombstones;
    qint64 head = -1;
    const bool snapshot = m_dialect == Dialect::Sqlite;
    QSqlQuery tx(m_db);
    if (snapshot && !tx.exec(u"BEGIN"_s)) {
        fail(tx);
        return std::nullopt;
    }
    auto finishRead = [this, snapshot](bool ok) {
        if (!snapshot)
            return ok;
        QSqlQuery end(m_db);
        return end.exec(ok ? u"COMMIT"_s : u"ROLLBACK"_s) && ok;
    };
    auto abort = [&] {
        const QString error = m_error;
        finishRead(false);
        m_error = error;
        return std::optional<FeedPage>();
    };
    if (!select(headSql, {}, [&head](const RowView &r) { head = r.integer(0); }))
        return abort();
    const QString &staff = scope.staffId;
    QList<QVariant> values = {
        regionScope(),
        since,
        head,
        fetch, // reference
        staff,
        since,
        head,
        fetch, // dossiers
        qint64(RecordKind::Citizen),
        staff,
        since,
        head,
        fetch, // citizens
        qint64(RecordKind::Report),
        staff,
        since,
        head,
        fetch, // reports
        staff,
        since,
        head,
        fetch, // visits
    };
    QList<QVariant> tombstoneValues = {staff, since, head, fetch};
    for (const QString &extra : scope.nisCodes) {
        values << extra << since << head << fetch << extra << since << head << fetch;
        tombstoneValues << extra << since << head << fetch;
    }
    const bool ok = select(rowsSql, values, [&rows](const RowView &r) {
        FeedEntry e;
        e.seq = r.integer(0);
        e.kind = kindFromNumber(int(r.integer(1))).value_or(RecordKind::Citizen);
        e.id = r.bytes(2);
        e.version = r.integer(3);
        e.body = r.bytes(4);
        rows << std::move(e);
    });
    if (!ok)
        return abort();
    // A fresh client holds nothing a tombstone could remove.
    if (since > 0 && !select(tombstonesSql, tombstoneValues, [&tombstones](const RowView &r) {
            FeedEntry e;
            e.seq = r.integer(0);
            e.kind = kindFromNumber(int(r.integer(1))).value_or(RecordKind::Citizen);
            e.id = r.bytes(2);
            e.version = r.integer(3);
            e.reason = QString::fromUtf8(r.bytes(4));
            e.deleted = true;
            tombstones << std::move(e);
        }))
        return abort();
    if (!finishRead(true)) {
        m_error = u"the feed's read transaction failed"_s;
        return std::nullopt;
    }
    return pageOf(std::move(rows), std::move(tombstones), false, false, since, limit, head);
}

bool Store::indexCitizen(const StoredRecord &record)
{
    QString problem;
    const auto citizen =
        wire::citizenFromJson(QJsonDocument::fromJson(record.body).object(), &problem);
    if (!citizen) {
        m_error = u"a citizen record the lookup cannot read: "_s + problem;
        return false;
    }
    QSqlQuery &q =
        query(u"INSERT INTO citizen_token (citizen_id, field, token) VALUES (?, ?, ?)"_s);
    for (const LookupToken &t : lookupTokensOf(*citizen)) {
        q.addBindValue(text(record.id));
        q.addBindValue(int(t.field));
        q.addBindValue(t.token);
        if (!run(q))
            return false;
    }
    return true;
}

bool Store::unindexCitizen(const QString &citizenId)
{
    QSqlQuery &q = query(u"DELETE FROM citizen_token WHERE citizen_id = ?"_s);
    q.addBindValue(text(citizenId));
    return run(q);
}

namespace {

// LIKE with '!' as its escape character: what a person typed never acts as a wildcard.
QString likePrefix(const QString &token)
{
    QString out;
    out.reserve(token.size() + 2);
    for (const QChar c : token) {
        if (c == u'!' || c == u'%' || c == u'_')
            out += u'!';
        out += c;
    }
    return out + u'%';
}

} // namespace

std::optional<QList<StoredRecord>> Store::lookupCitizens(const CitizenLookup &lookup,
                                                         const QStringList &scopes, int limit)
{
    m_error.clear();
    if (scopes.isEmpty() || limit <= 0)
        return QList<StoredRecord>();
    // The statement's shape follows the number of words, never their text: every word is a
    // bound value, so the cache of prepared statements stays small.
    static const QString exactSql =
        u"r.id IN (SELECT citizen_id FROM citizen_token WHERE field = ? AND token = ?)"_s;
    static const QString prefixSql = u"r.id IN (SELECT citizen_id FROM citizen_token"
                                     " WHERE field = ? AND token LIKE ? ESCAPE '!')"_s;
    QList<QVariant> values{qint64(RecordKind::Citizen)};
    QStringList scopeMarks;
    for (const QString &nis : scopes) {
        scopeMarks << u"?"_s;
        values << nis;
    }
    QStringList conditions;
    QStringList scores;
    QList<QVariant> scoreValues;
    auto addTerms = [&](LookupField field) {
        for (const namekey::QueryTerm &term : lookup.terms) {
            QStringList alternatives;
            for (const QStringList &tokens : term.alternatives) {
                QStringList parts;
                for (const QString &token : tokens) {
                    parts << prefixSql;
                    values << qint64(field) << likePrefix(token);
                }
                alternatives << u"("_s + parts.join(u" AND "_s) + u")"_s;
            }
            conditions << u"("_s + alternatives.join(u" OR "_s) + u")"_s;
            // A whole word counts before a word that only starts with what was typed.
            for (const QString &token : term.alternatives.first()) {
                scores << u"(CASE WHEN "_s + exactSql + u" THEN 1 ELSE 0 END)"_s;
                scoreValues << qint64(field) << token;
            }
        }
    };
    switch (lookup.kind) {
    case CitizenLookup::Kind::NationalNumber:
        conditions << exactSql;
        values << qint64(LookupField::NationalNumber) << lookup.nationalNumber;
        break;
    case CitizenLookup::Kind::Name:
        addTerms(LookupField::Name);
        break;
    case CitizenLookup::Kind::Address:
        addTerms(LookupField::Street);
        conditions << exactSql;
        values << qint64(LookupField::HouseNumber) << lookup.houseNumber;
        break;
    }
    if (conditions.isEmpty())
        return QList<StoredRecord>();
    // Driven by the sort keys (one row per citizen) joined to the records: the order comes from
    // the join, so no per-row subquery runs for it.
    QString sql = u"SELECT r.id, r.change_seq, r.version, r.scope_a, r.updated_at, r.body"
                  " FROM citizen_token s JOIN record r ON r.kind = ? AND r.id = s.citizen_id"
                  " WHERE s.field = 0 AND r.scope_a IN ("_s +
                  scopeMarks.join(u", "_s) + u") AND "_s + conditions.join(u" AND "_s) +
                  u" ORDER BY "_s;
    if (!scores.isEmpty())
        sql += scores.join(u" + "_s) + u" DESC, "_s;
    sql += u"s.token, r.id LIMIT ?"_s;
    values += scoreValues;
    values << qint64(limit);
    QList<StoredRecord> out;
    const bool ok = select(sql, values, [&out](const RowView &row) {
        StoredRecord r;
        r.kind = RecordKind::Citizen;
        r.id = QString::fromUtf8(row.bytes(0));
        r.seq = row.integer(1);
        r.version = row.integer(2);
        r.scopeA = QString::fromUtf8(row.bytes(3));
        r.updatedAt = QString::fromUtf8(row.bytes(4));
        r.body = row.bytes(5);
        out << std::move(r);
    });
    if (!ok)
        return std::nullopt;
    return out;
}

bool Store::insertLookupEntry(const LookupLogRow &row)
{
    QSqlQuery &q = query(u"INSERT INTO lookup_log (seq, id, staff_id, purpose, query_text,"
                         " municipality_nis, result_count, occurred_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row.seq);
    q.addBindValue(text(row.id));
    q.addBindValue(text(row.staffId));
    q.addBindValue(text(row.purpose));
    q.addBindValue(text(row.queryText));
    q.addBindValue(text(row.municipalityNis));
    q.addBindValue(row.resultCount);
    q.addBindValue(text(row.occurredAt));
    return run(q);
}

std::optional<QList<LookupLogRow>> Store::lookupLogOf(const QString &staffId)
{
    QSqlQuery &q = query(u"SELECT l.seq, l.id, l.staff_id, a.display_name, l.purpose,"
                         " l.query_text, l.municipality_nis, l.result_count, l.occurred_at"
                         " FROM lookup_log l LEFT JOIN account a ON a.staff_id = l.staff_id"
                         " WHERE l.staff_id = ? ORDER BY l.seq DESC"_s);
    Finish finish(q);
    q.addBindValue(text(staffId));
    if (!run(q))
        return std::nullopt;
    QList<LookupLogRow> out;
    while (q.next()) {
        LookupLogRow r;
        r.seq = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.staffId = q.value(2).toString();
        r.staffName = q.value(3).toString();
        r.purpose = q.value(4).toString();
        r.queryText = q.value(5).toString();
        r.municipalityNis = q.value(6).toString();
        r.resultCount = q.value(7).toInt();
        r.occurredAt = q.value(8).toString();
        out << r;
    }
    return out;
}

bool Store::openDossier(const QString &staffId, const QString &citizenId, qint64 atMs)
{
    QSqlQuery &q = query(u"INSERT INTO helpdesk_open (staff_id, citizen_id, opened_at)"
                         " VALUES (?, ?, ?) ON CONFLICT (staff_id, citizen_id)"
                         " DO UPDATE SET opened_at = excluded.opened_at"_s);
    q.addBindValue(text(staffId));
    q.addBindValue(text(citizenId));
    q.addBindValue(atMs);
    return run(q);
}

bool Store::closeDossier(const QString &staffId, const QString &citizenId)
{
    QSqlQuery &q = query(u"DELETE FROM helpdesk_open WHERE staff_id = ? AND citizen_id = ?"_s);
    q.addBindValue(text(staffId));
    q.addBindValue(text(citizenId));
    return run(q);
}

bool Store::deleteOpenedOf(const QString &citizenId)
{
    QSqlQuery &q = query(u"DELETE FROM helpdesk_open WHERE citizen_id = ?"_s);
    q.addBindValue(text(citizenId));
    return run(q);
}

std::optional<bool> Store::hasOpened(const QString &staffId, const QString &citizenId)
{
    QSqlQuery &q =
        query(u"SELECT count(*) FROM helpdesk_open WHERE staff_id = ? AND citizen_id = ?"_s);
    Finish finish(q);
    q.addBindValue(text(staffId));
    q.addBindValue(text(citizenId));
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong() > 0;
}

std::optional<QStringList> Store::openersOf(const QString &citizenId)
{
    QSqlQuery &q = query(u"SELECT staff_id FROM helpdesk_open WHERE citizen_id = ?"
                         " ORDER BY staff_id"_s);
    Finish finish(q);
    q.addBindValue(text(citizenId));
    if (!run(q))
        return std::nullopt;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QList<OpenedDossier>> Store::openedBefore(const QString &staffId, qint64 beforeMs)
{
    QSqlQuery &q = staffId.isEmpty()
                       ? query(u"SELECT staff_id, citizen_id, opened_at FROM helpdesk_open"
                               " WHERE opened_at < ? ORDER BY staff_id, citizen_id"_s)
                       : query(u"SELECT staff_id, citizen_id, opened_at FROM helpdesk_open"
                               " WHERE opened_at < ? AND staff_id = ? ORDER BY citizen_id"_s);
    Finish finish(q);
    q.addBindValue(beforeMs);
    if (!staffId.isEmpty())
        q.addBindValue(staffId);
    if (!run(q))
        return std::nullopt;
    QList<OpenedDossier> out;
    while (q.next())
        out << OpenedDossier{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

} // namespace loket::hub
