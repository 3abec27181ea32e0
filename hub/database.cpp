#include "database.h"
#include "citizenlookup.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

// Each migration is a list of portable statements; {seq_pk} and {blob} are the only spots where
// SQLite and PostgreSQL differ. Never edit a migration that has shipped: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: accounts and sessions, every synced record in its wire form with the hub-wide
        // change sequence, tombstones, contact-moment history, stored idempotent answers.
        {
            u"CREATE TABLE hub_meta ("
            " key VARCHAR(64) PRIMARY KEY,"
            " value TEXT NOT NULL)"_s,
            // The one change sequence. Every write transaction locks this row first, so
            // sequence numbers become visible in the order they were handed out and a reader
            // never skips a change that commits later.
            u"CREATE TABLE hub_counter ("
            " name VARCHAR(32) PRIMARY KEY,"
            " value BIGINT NOT NULL)"_s,
            u"INSERT INTO hub_counter (name, value) VALUES ('change_seq', 0)"_s,
            u"CREATE TABLE account ("
            " staff_id VARCHAR(64) PRIMARY KEY,"
            " user_name VARCHAR(128) NOT NULL UNIQUE,"
            " password_hash VARCHAR(255) NOT NULL,"
            " role VARCHAR(16) NOT NULL"
            "   CHECK (role IN ('counter', 'outreach', 'helpdesk', 'manager', 'admin')),"
            " municipality_nis VARCHAR(16) NOT NULL DEFAULT '',"
            " display_name VARCHAR(255) NOT NULL DEFAULT '',"
            " created_at VARCHAR(32) NOT NULL,"
            " disabled INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE account_scope ("
            " staff_id VARCHAR(64) NOT NULL REFERENCES account(staff_id) ON DELETE CASCADE,"
            " nis_code VARCHAR(16) NOT NULL,"
            " PRIMARY KEY (staff_id, nis_code))"_s,
            // Only a hash of each token is kept: a copy of the database opens no sessions.
            u"CREATE TABLE session ("
            " token_hash CHAR(64) PRIMARY KEY,"
            " staff_id VARCHAR(64) NOT NULL REFERENCES account(staff_id) ON DELETE CASCADE,"
            " created_at BIGINT NOT NULL,"
            " expires_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX session_expiry ON session(expires_at)"_s,
            // One row per record of every type, at its latest state. The sequence is the key,
            // so a feed page is a range scan; scope_a/scope_b are the municipalities whose
            // accounts see the row ('*' = everyone, '' = nobody).
            // The indexes are separate statements (recordIndexStatements()), so that the demo
            // load can drop them and build each once at the end.
            u"CREATE TABLE record ("
            " change_seq {seq_pk},"
            " kind SMALLINT NOT NULL,"
            " id VARCHAR(64) NOT NULL,"
            " version BIGINT NOT NULL,"
            " scope_a VARCHAR(16) NOT NULL,"
            " scope_b VARCHAR(16) NOT NULL DEFAULT '',"
            " citizen_id VARCHAR(64) NOT NULL DEFAULT '',"
            " updated_at VARCHAR(32) NOT NULL,"
            " body {blob} NOT NULL)"_s,
            u"CREATE UNIQUE INDEX record_key ON record(kind, id)"_s,
            u"CREATE INDEX record_scope_a ON record(scope_a, change_seq)"_s,
            u"CREATE INDEX record_scope_b ON record(scope_b, change_seq) WHERE scope_b <> ''"_s,
            u"CREATE INDEX record_citizen ON record(citizen_id) WHERE citizen_id <> ''"_s,
            // A record that left a scope (moved, erased, deleted), for that scope's accounts.
            u"CREATE TABLE tombstone ("
            " change_seq {seq_pk},"
            " kind SMALLINT NOT NULL,"
            " id VARCHAR(64) NOT NULL,"
            " version BIGINT NOT NULL,"
            " scope_nis VARCHAR(16) NOT NULL,"
            " reason VARCHAR(32) NOT NULL,"
            " created_at VARCHAR(32) NOT NULL)"_s,
            u"CREATE INDEX tombstone_scope ON tombstone(scope_nis, change_seq)"_s,
            u"CREATE INDEX tombstone_record ON tombstone(kind, id)"_s,
            // Nothing is silently deleted: every corrected contact moment keeps its earlier
            // versions here.
            u"CREATE TABLE contact_moment_history ("
            " id VARCHAR(64) NOT NULL,"
            " version BIGINT NOT NULL,"
            " body {blob} NOT NULL,"
            " replaced_at VARCHAR(32) NOT NULL,"
            " replaced_by VARCHAR(64) NOT NULL,"
            " PRIMARY KEY (id, version))"_s,
            // The first answer to each idempotency key, written in the change's transaction.
            u"CREATE TABLE idempotency ("
            " idem_key VARCHAR(64) PRIMARY KEY,"
            " fingerprint CHAR(64) NOT NULL,"
            " staff_id VARCHAR(64) NOT NULL,"
            " record_id VARCHAR(64) NOT NULL DEFAULT '',"
            " status INTEGER NOT NULL,"
            " etag VARCHAR(32) NOT NULL DEFAULT '',"
            " body {blob} NOT NULL,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX idempotency_created ON idempotency(created_at)"_s,
            u"CREATE INDEX idempotency_record ON idempotency(record_id)"_s,
        },
        // 2: the access log (DESIGN §8): every consultation of a dossier that a client logged.
        // Append-only by construction: the hub has statements to insert and read it, none to
        // change or delete it, and the citizen erasure leaves it alone (the log is the law's
        // record of who consulted the national register; it holds ids, not the citizen's
        // data). Not a record kind, so the feed never hands it to a client.
        {
            u"CREATE TABLE access_log ("
            " seq BIGINT PRIMARY KEY,"
            " id VARCHAR(64) NOT NULL UNIQUE,"
            " staff_id VARCHAR(64) NOT NULL,"
            " citizen_id VARCHAR(64) NOT NULL,"
            " action VARCHAR(32) NOT NULL"
            "   CHECK (action IN ('open_dossier', 'reveal_national_number')),"
            " purpose VARCHAR(32) NOT NULL CHECK (purpose IN"
            "   ('counter_visit', 'home_visit', 'helpdesk_call', 'follow_up', 'other')),"
            " municipality_nis VARCHAR(16) NOT NULL DEFAULT '',"
            " occurred_at VARCHAR(32) NOT NULL,"
            " received_at VARCHAR(32) NOT NULL)"_s,
            u"CREATE INDEX access_log_citizen ON access_log(citizen_id, occurred_at)"_s,
        },
        // 3: home visits (DESIGN §4, §8). An outreach account sees only the dossiers of the
        // citizens on its visit list, so the hub keeps the lists, the links from reports to
        // their citizens (a report has several, so record.citizen_id cannot hold them),
        // tombstones for one account (withdrawn access) and the remote-wipe flag. The report
        // links of an existing database are filled from the report bodies after this step
        // (linkExistingReports()).
        {
            u"CREATE TABLE visit ("
            " id VARCHAR(64) PRIMARY KEY,"
            " staff_id VARCHAR(64) NOT NULL REFERENCES account(staff_id) ON DELETE CASCADE,"
            " citizen_id VARCHAR(64) NOT NULL,"
            " visit_date VARCHAR(10) NOT NULL,"
            " change_seq BIGINT NOT NULL UNIQUE,"
            " version BIGINT NOT NULL,"
            " updated_at VARCHAR(32) NOT NULL,"
            " body {blob} NOT NULL)"_s,
            u"CREATE INDEX visit_staff ON visit(staff_id, citizen_id)"_s,
            u"CREATE INDEX visit_citizen ON visit(citizen_id)"_s,
            u"CREATE TABLE report_citizen ("
            " report_id VARCHAR(64) NOT NULL,"
            " citizen_id VARCHAR(64) NOT NULL,"
            " PRIMARY KEY (report_id, citizen_id))"_s,
            u"CREATE INDEX report_citizen_citizen ON report_citizen(citizen_id)"_s,
            u"CREATE TABLE account_tombstone ("
            " change_seq {seq_pk},"
            " staff_id VARCHAR(64) NOT NULL,"
            " kind SMALLINT NOT NULL,"
            " id VARCHAR(64) NOT NULL,"
            " version BIGINT NOT NULL,"
            " reason VARCHAR(32) NOT NULL,"
            " created_at VARCHAR(32) NOT NULL)"_s,
            u"CREATE INDEX account_tombstone_staff ON account_tombstone(staff_id, change_seq)"_s,
            u"ALTER TABLE account ADD COLUMN wipe_requested INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 4: reports (issue 4). The public numbers the hub hands out ("M-2026-0001423": one
        // counter per year, and each number once, so that Open311 finds a report by it), the
        // photos of reports (their bytes, without EXIF), and the Open311 API keys that file
        // reports for a municipality (only a hash of each key is kept).
        {
            u"CREATE TABLE report_counter ("
            " year INTEGER PRIMARY KEY,"
            " last_number BIGINT NOT NULL)"_s,
            u"CREATE TABLE report_number ("
            " public_number VARCHAR(32) PRIMARY KEY,"
            " report_id VARCHAR(64) NOT NULL)"_s,
            u"CREATE TABLE report_photo ("
            " id VARCHAR(64) PRIMARY KEY,"
            " report_id VARCHAR(64) NOT NULL,"
            " file_name VARCHAR(255) NOT NULL,"
            " mime_type VARCHAR(32) NOT NULL,"
            " size BIGINT NOT NULL,"
            " sha256 CHAR(64) NOT NULL,"
            " created_at VARCHAR(32) NOT NULL,"
            " created_by VARCHAR(64) NOT NULL,"
            " data {blob} NOT NULL)"_s,
            u"CREATE INDEX report_photo_report ON report_photo(report_id)"_s,
            u"CREATE TABLE open311_key ("
            " id VARCHAR(64) PRIMARY KEY,"
            " key_hash CHAR(64) NOT NULL UNIQUE,"
            " municipality_nis VARCHAR(16) NOT NULL,"
            " label VARCHAR(255) NOT NULL DEFAULT '',"
            " created_at VARCHAR(32) NOT NULL,"
            " created_by VARCHAR(64) NOT NULL DEFAULT '')"_s,
        },
        // 5: the helpdesk's region-wide lookup (issue 8). The tokens under which the online
        // search finds a citizen (hub/citizenlookup.h; filled from the existing citizens after
        // this step), the dossiers each helpdesk account opened and when (its feed holds those
        // for a limited time), and the log of its lookups, which name no citizen and so have no
        // place in access_log. Append-only like access_log.
        {
            u"CREATE TABLE citizen_token ("
            " citizen_id VARCHAR(64) NOT NULL,"
            " field SMALLINT NOT NULL,"
            " token VARCHAR(255) NOT NULL,"
            " PRIMARY KEY (field, token, citizen_id))"_s,
            u"CREATE INDEX citizen_token_citizen ON citizen_token(citizen_id)"_s,
            u"CREATE TABLE helpdesk_open ("
            " staff_id VARCHAR(64) NOT NULL REFERENCES account(staff_id) ON DELETE CASCADE,"
            " citizen_id VARCHAR(64) NOT NULL,"
            " opened_at BIGINT NOT NULL,"
            " PRIMARY KEY (staff_id, citizen_id))"_s,
            u"CREATE INDEX helpdesk_open_citizen ON helpdesk_open(citizen_id)"_s,
            u"CREATE INDEX helpdesk_open_time ON helpdesk_open(opened_at)"_s,
            u"CREATE TABLE lookup_log ("
            " seq BIGINT PRIMARY KEY,"
            " id VARCHAR(64) NOT NULL UNIQUE,"
            " staff_id VARCHAR(64) NOT NULL,"
            " purpose VARCHAR(32) NOT NULL CHECK (purpose IN ('helpdesk_call')),"
            " query_text VARCHAR(255) NOT NULL,"
            " municipality_nis VARCHAR(16) NOT NULL DEFAULT '',"
            " result_count INTEGER NOT NULL,"
            " occurred_at VARCHAR(32) NOT NULL)"_s,
            u"CREATE INDEX lookup_log_staff ON lookup_log(staff_id, seq)"_s,
        },
    };
    return all;
}

// The calling thread's connection and the statements prepared on it; closed in that thread
// when it ends (worker threads) or on releaseThreadConnection() (the main thread).
struct ThreadState
{
    QString connectionName;
    std::unique_ptr<Store> store;

    ~ThreadState() { close(); }
    void close()
    {
        store.reset();
        if (connectionName.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }
};

thread_local ThreadState t_state;
std::atomic<int> s_connectionCounter{0};

bool execAll(QSqlDatabase db, const QStringList &statements, Dialect dialect, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(dialectSql(sql, dialect))) {
            *error = q.lastError().text() + u" ["_s + sql.left(80) + u"]"_s;
            return false;
        }
    }
    return true;
}

// Fills report_citizen from the reports a database held before migration 3: the links are in
// each report's citizen_ids, which only the JSON knows.
bool linkExistingReports(QSqlDatabase db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!read.prepare(u"SELECT id, body FROM record WHERE kind = ?"_s) ||
        !insert.prepare(u"INSERT INTO report_citizen (report_id, citizen_id) VALUES (?, ?)"_s)) {
        *error = read.lastError().text() + insert.lastError().text();
        return false;
    }
    read.addBindValue(int(RecordKind::Report));
    if (!read.exec()) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        const QString reportId = read.value(0).toString();
        const QJsonArray ids = QJsonDocument::fromJson(read.value(1).toByteArray())
                                   .object()
                                   .value(u"citizen_ids"_s)
                                   .toArray();
        QStringList linked;
        for (const QJsonValue &v : ids) {
            if (v.isString() && !v.toString().isEmpty() && !linked.contains(v.toString()))
                linked << v.toString();
        }
        for (const QString &citizen : std::as_const(linked)) {
            insert.addBindValue(reportId);
            insert.addBindValue(citizen);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace

QStringList recordIndexStatements()
{
    // As the latest migration leaves them; IF NOT EXISTS, so that running them is always safe.
    return {
        u"CREATE UNIQUE INDEX IF NOT EXISTS record_key ON record(kind, id)"_s,
        u"CREATE INDEX IF NOT EXISTS record_scope_a ON record(scope_a, change_seq)"_s,
        u"CREATE INDEX IF NOT EXISTS record_scope_b ON record(scope_b, change_seq)"
        " WHERE scope_b <> ''"_s,
        u"CREATE INDEX IF NOT EXISTS record_citizen ON record(citizen_id)"
        " WHERE citizen_id <> ''"_s,
    };
}

QStringList dropRecordIndexStatements()
{
    return {u"DROP INDEX IF EXISTS record_key"_s, u"DROP INDEX IF EXISTS record_scope_a"_s,
            u"DROP INDEX IF EXISTS record_scope_b"_s, u"DROP INDEX IF EXISTS record_citizen"_s};
}

QString dialectSql(const QString &sql, Dialect dialect)
{
    QString out = sql;
    if (dialect == Dialect::Sqlite) {
        // INTEGER PRIMARY KEY makes the sequence SQLite's row id: a feed page reads the table
        // in key order without a second lookup.
        out.replace(u"{seq_pk}"_s, u"INTEGER PRIMARY KEY"_s);
        out.replace(u"{blob}"_s, u"BLOB"_s);
    } else {
        out.replace(u"{seq_pk}"_s, u"BIGINT PRIMARY KEY"_s);
        out.replace(u"{blob}"_s, u"BYTEA"_s);
    }
    return out;
}

std::optional<DatabaseTarget> DatabaseTarget::parse(const QString &text, QString *error)
{
    DatabaseTarget t;
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QCoreApplication::translate("Database", "Not a valid PostgreSQL URL: %1")
                         .arg(url.errorString());
            return std::nullopt;
        }
        t.dialect = Dialect::Postgres;
        t.host = url.host();
        t.port = url.port(5432);
        t.user = url.userName();
        t.password = url.password();
        t.databaseName = url.path().mid(1);
        if (t.databaseName.isEmpty() || t.databaseName.contains(u'/')) {
            *error = QCoreApplication::translate(
                "Database", "The PostgreSQL URL names no database: postgresql://USER@HOST:PORT/DB");
            return std::nullopt;
        }
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + u'=' + value;
        t.connectOptions = options.join(u';');
        return t;
    }
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("Database", "No database was given.");
        return std::nullopt;
    }
    t.dialect = Dialect::Sqlite;
    t.sqlitePath = text;
    return t;
}

QString DatabaseTarget::describe() const
{
    if (dialect == Dialect::Sqlite)
        return sqlitePath;
    QString out = u"postgresql://"_s;
    if (!user.isEmpty())
        out += user + u'@';
    return out + host + u':' + QString::number(port) + u'/' + databaseName;
}

Database::Database(DatabaseTarget target)
    : m_target(std::move(target))
{}

Database::~Database() = default;

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

QSqlDatabase Database::openConnection(const QString &name, QString *error) const
{
    if (m_target.dialect == Dialect::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_target.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        if (!db.open()) {
            *error = db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        // WAL lets the feed readers run next to the one writer; FULL because an acknowledged
        // contact moment must survive a power cut; a larger page cache and memory-mapped reads
        // serve first fills (a page of 5000 records is some thousand database pages).
        const QStringList pragmas = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                     u"PRAGMA foreign_keys=ON"_s, u"PRAGMA cache_size=-65536"_s,
                                     u"PRAGMA mmap_size=1073741824"_s};
        for (const QString &p : pragmas) {
            if (!q.exec(p)) {
                *error = q.lastError().text();
                if (error->contains(u"not a database"_s))
                    *error = QCoreApplication::translate(
                                 "Database", "%1 is not a SQLite database; it was left untouched.")
                                 .arg(m_target.sqlitePath);
                return {};
            }
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_target.host);
    db.setPort(m_target.port);
    db.setUserName(m_target.user);
    db.setPassword(m_target.password);
    db.setDatabaseName(m_target.databaseName);
    if (!m_target.connectOptions.isEmpty())
        db.setConnectOptions(m_target.connectOptions);
    if (!db.open()) {
        *error = db.lastError().text();
        return {};
    }
    QSqlQuery q(db);
    // Notices (such as "index exists, skipping" at every start) are noise in the log.
    if (!q.exec(u"SET client_min_messages TO warning"_s)) {
        *error = q.lastError().text();
        return {};
    }
    return db;
}

QSqlDatabase Database::threadConnection(QString *error)
{
    if (!t_state.connectionName.isEmpty())
        return QSqlDatabase::database(t_state.connectionName, false);
    const QString name = u"loket-hub-%1"_s.arg(++s_connectionCounter);
    QSqlDatabase db = openConnection(name, error);
    if (!db.isValid() || !db.isOpen()) {
        db = {};
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    t_state.connectionName = name;
    return db;
}

Store *Database::threadStore(QString *error)
{
    if (t_state.store)
        return t_state.store.get();
    QSqlDatabase db = threadConnection(error);
    if (!db.isValid())
        return nullptr;
    t_state.store = std::make_unique<Store>(db, m_target.dialect);
    return t_state.store.get();
}

void Database::releaseThreadConnection()
{
    t_state.close();
}

bool Database::checkSqliteFile(QString *error) const
{
    const QFileInfo info(m_target.sqlitePath);
    if (!info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("Database", "The folder of %1 does not exist.")
                     .arg(m_target.sqlitePath);
        return false;
    }
    if (!info.exists() || info.size() == 0)
        return true;
    // Read-only, before any pragma: a file that is not ours must stay exactly as it was
    // (switching it to WAL would already rewrite its header).
    const QString name = u"loket-hub-check"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_target.sqlitePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            QStringList tables;
            if (q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
                while (q.next())
                    tables << q.value(0).toString();
                ok = tables.isEmpty() || tables.contains(u"hub_schema"_s);
                if (!ok)
                    *error = QCoreApplication::translate("Database",
                                                         "%1 is not a loket-hub database (it "
                                                         "holds other tables); it was left "
                                                         "untouched.")
                                 .arg(m_target.sqlitePath);
            } else {
                *error = QCoreApplication::translate(
                             "Database", "%1 is not a SQLite database; it was left untouched.")
                             .arg(m_target.sqlitePath);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::initialize(QString *error)
{
    if (m_target.dialect == Dialect::Sqlite && !checkSqliteFile(error))
        return false;
    QSqlDatabase db = threadConnection(error);
    if (!db.isValid())
        return false;
    return migrate(db, error);
}

bool Database::migrate(QSqlDatabase db, QString *error) const
{
    const Dialect dialect = m_target.dialect;
    QSqlQuery q(db);
    // Serialise hubs that start at the same time on one database.
    if (!q.exec(dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        *error = q.lastError().text();
        if (error->contains(u"not a database"_s))
            *error = QCoreApplication::translate(
                         "Database", "%1 is not a SQLite database; it was left untouched.")
                         .arg(m_target.sqlitePath);
        return false;
    }
    auto fail = [&](const QString &message) {
        *error = message;
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    };
    const QStringList tables = db.tables(QSql::Tables);
    int current = 0;
    if (tables.contains(u"hub_schema"_s)) {
        if (dialect == Dialect::Postgres && !q.exec(u"LOCK TABLE hub_schema IN EXCLUSIVE MODE"_s))
            return fail(q.lastError().text());
        if (!q.exec(u"SELECT version FROM hub_schema"_s) || !q.next())
            return fail(QCoreApplication::translate("Database",
                                                    "The hub's schema version cannot be read: %1")
                            .arg(q.lastError().text()));
        current = q.value(0).toInt();
        q.finish();
    } else {
        if (dialect == Dialect::Sqlite && !tables.isEmpty())
            return fail(QCoreApplication::translate(
                            "Database",
                            "%1 is not a loket-hub database (it holds other tables); it was left "
                            "untouched.")
                            .arg(m_target.sqlitePath));
        if (!q.exec(u"CREATE TABLE hub_schema (version INTEGER NOT NULL)"_s) ||
            !q.exec(u"INSERT INTO hub_schema (version) VALUES (0)"_s))
            return fail(q.lastError().text());
    }
    if (current > latestSchemaVersion())
        return fail(QCoreApplication::translate("Database",
                                                "The database was written by a newer loket-hub "
                                                "(schema %1, this one knows up to %2).")
                        .arg(current)
                        .arg(latestSchemaVersion()));
    for (int v = current; v < latestSchemaVersion(); ++v) {
        QString problem;
        if (!execAll(db, migrations().at(v), dialect, &problem) ||
            (v + 1 == 3 && !linkExistingReports(db, &problem)) ||
            (v + 1 == 5 && !indexExistingCitizens(db, &problem)))
            return fail(QCoreApplication::translate("Database", "Migration %1 failed: %2")
                            .arg(v + 1)
                            .arg(problem));
    }
    if (current != latestSchemaVersion()) {
        q.prepare(u"UPDATE hub_schema SET version = ?"_s);
        q.addBindValue(latestSchemaVersion());
        if (!q.exec())
            return fail(q.lastError().text());
    }
    // A demo load that was cut off leaves the record table without its indexes.
    QString problem;
    if (!execAll(db, recordIndexStatements(), dialect, &problem))
        return fail(QCoreApplication::translate("Database", "Indexing the records failed: %1")
                        .arg(problem));
    if (!q.exec(u"COMMIT"_s))
        return fail(q.lastError().text());
    return true;
}

} // namespace loket::hub
