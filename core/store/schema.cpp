#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <initializer_list>

namespace loket::schema {
namespace {

// Each migration is a list of statements. Never edit a migration that has shipped: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: the first cache: municipalities, citizens with their search index, reports with
        // status history, documents with delivery history, contact moments.
        {
            QStringLiteral("CREATE TABLE meta ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE municipality ("
                           " nis_code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " region TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE citizen ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " national_number TEXT,"
                           " family_name TEXT NOT NULL,"
                           " given_names TEXT NOT NULL,"
                           " birth_date TEXT NOT NULL DEFAULT '',"
                           " street TEXT NOT NULL DEFAULT '',"
                           " house_number TEXT NOT NULL DEFAULT '',"
                           " postcode TEXT NOT NULL DEFAULT '',"
                           " city TEXT NOT NULL DEFAULT '',"
                           " municipality_nis TEXT,"
                           " language TEXT NOT NULL DEFAULT 'nl',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " ebox_consent INTEGER NOT NULL DEFAULT 0 CHECK (ebox_consent IN (0, 1)),"
                           " ebox_since TEXT NOT NULL DEFAULT '',"
                           " delivery_channel TEXT NOT NULL DEFAULT 'paper'"
                           "   CHECK (delivery_channel IN ('paper', 'ebox')),"
                           " assistance_notes TEXT NOT NULL DEFAULT '',"
                           " search_key TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX citizen_national_number ON citizen(national_number)"),
            QStringLiteral("CREATE INDEX citizen_municipality ON citizen(municipality_nis)"),
            // The search key is computed in C++ (namekey) and indexed here; the table holds it.
            QStringLiteral("CREATE VIRTUAL TABLE citizen_fts USING fts5("
                           " search_key, content='citizen', content_rowid='local_id',"
                           " tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
            QStringLiteral("CREATE TABLE category ("
                           " code TEXT PRIMARY KEY,"
                           " group_code TEXT NOT NULL DEFAULT '',"
                           " name_nl TEXT NOT NULL,"
                           " name_fr TEXT NOT NULL DEFAULT '',"
                           " name_en TEXT NOT NULL DEFAULT '',"
                           " service TEXT NOT NULL DEFAULT '',"
                           " norm_days INTEGER NOT NULL DEFAULT 0,"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            // Documents and contact moments name their citizen without a foreign key: the feed
            // may deliver them before the citizen's own latest change, and removing a citizen
            // removes them explicitly (CacheWriter::removeCitizen).
            QStringLiteral("CREATE TABLE report ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " public_number TEXT NOT NULL,"
                           " category_code TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " street TEXT NOT NULL DEFAULT '',"
                           " house_number TEXT NOT NULL DEFAULT '',"
                           " postcode TEXT NOT NULL DEFAULT '',"
                           " location_nis TEXT,"
                           " received_nis TEXT,"
                           " latitude REAL,"
                           " longitude REAL,"
                           " status TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " expected_date TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX report_public_number ON report(public_number)"),
            QStringLiteral("CREATE TABLE report_status ("
                           " report_id TEXT NOT NULL REFERENCES report(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " public_text TEXT NOT NULL DEFAULT '',"
                           " internal_note TEXT NOT NULL DEFAULT '',"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (report_id, seq)) WITHOUT ROWID"),
            // Any number of citizens per report; a citizen may be outside this cache's scope,
            // so there is no foreign key to citizen.
            QStringLiteral("CREATE TABLE report_citizen ("
                           " report_id TEXT NOT NULL REFERENCES report(id) ON DELETE CASCADE,"
                           " citizen_id TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT 'reporter',"
                           " PRIMARY KEY (report_id, citizen_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX report_citizen_citizen ON report_citizen(citizen_id)"),
            QStringLiteral("CREATE TABLE document ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " citizen_id TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " kind TEXT NOT NULL DEFAULT '',"
                           " sender TEXT NOT NULL DEFAULT '',"
                           " sent_at TEXT NOT NULL DEFAULT '',"
                           " expires_at TEXT NOT NULL DEFAULT '',"
                           " channel TEXT NOT NULL CHECK (channel IN ('paper', 'ebox')),"
                           " status TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX document_citizen ON document(citizen_id)"),
            QStringLiteral("CREATE TABLE document_event ("
                           " document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (document_id, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE contact_moment ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " citizen_id TEXT NOT NULL,"
                           " channel TEXT NOT NULL CHECK (channel IN"
                           "   ('counter', 'phone', 'home_visit', 'helpdesk', 'email', 'video')),"
                           " topic TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL DEFAULT '',"
                           " follow_up_task TEXT NOT NULL DEFAULT '',"
                           " follow_up_owner TEXT NOT NULL DEFAULT '',"
                           " follow_up_due TEXT NOT NULL DEFAULT '',"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " municipality_nis TEXT NOT NULL DEFAULT '',"
                           " occurred_at TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX contact_moment_citizen ON contact_moment(citizen_id)"),
        },
    };
    return all;
}

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80)
                    + QStringLiteral("]");
            return false;
        }
    }
    return true;
}

} // namespace

int latestVersion() { return int(migrations().size()); }

int userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList searchTriggerStatements()
{
    return {
        QStringLiteral("CREATE TRIGGER citizen_fts_insert AFTER INSERT ON citizen BEGIN"
                       " INSERT INTO citizen_fts(rowid, search_key)"
                       " VALUES (new.local_id, new.search_key); END"),
        QStringLiteral("CREATE TRIGGER citizen_fts_delete AFTER DELETE ON citizen BEGIN"
                       " INSERT INTO citizen_fts(citizen_fts, rowid, search_key)"
                       " VALUES ('delete', old.local_id, old.search_key); END"),
        QStringLiteral("CREATE TRIGGER citizen_fts_update AFTER UPDATE OF search_key ON citizen"
                       " BEGIN"
                       " INSERT INTO citizen_fts(citizen_fts, rowid, search_key)"
                       " VALUES ('delete', old.local_id, old.search_key);"
                       " INSERT INTO citizen_fts(rowid, search_key)"
                       " VALUES (new.local_id, new.search_key); END"),
    };
}

QStringList dropSearchTriggerStatements()
{
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS citizen_fts_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS citizen_fts_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS citizen_fts_update"),
    };
}

bool migrate(QSqlDatabase db, QString *error, int target)
{
    const int latest = latestVersion();
    if (target < 0 || target > latest)
        target = latest;
    const int current = userVersion(db);
    if (current < 0) {
        if (error)
            *error = QCoreApplication::translate("Schema", "Cannot read the schema version.");
        return false;
    }
    if (current >= target)
        return true;

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    bool ok = true;
    for (int v = current + 1; v <= target && ok; ++v) {
        ok = execAll(db, migrations().at(v - 1), error);
        // The search triggers belong to version 1; they are kept out of the list so that the
        // bulk path can drop and recreate exactly the same statements.
        if (ok && v == 1)
            ok = execAll(db, searchTriggerStatements(), error);
    }
    // PRAGMA takes no bound parameters; the value is an integer we produced.
    const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(target);
    ok = ok && q.exec(setVersion);
    if (ok && !q.exec(QStringLiteral("COMMIT"))) {
        ok = false;
        if (error)
            *error = q.lastError().text();
    }
    if (!ok)
        q.exec(QStringLiteral("ROLLBACK"));
    return ok;
}

} // namespace loket::schema
