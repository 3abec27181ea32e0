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
            QStringLiteral(
                "CREATE TABLE citizen ("
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
                " name_key TEXT NOT NULL DEFAULT '',"
                " place_key TEXT NOT NULL DEFAULT '',"
                " version INTEGER NOT NULL DEFAULT 0,"
                " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX citizen_national_number ON citizen(national_number)"),
            QStringLiteral("CREATE INDEX citizen_municipality ON citizen(municipality_nis)"),
            // The search keys are computed in C++ (namekey) and indexed here; the table holds
            // them. Names and places are separate columns so a name match can rank first.
            // Prefixes up to eight letters have their own index: "vand" stands for hundreds of
            // family names and "kessel" for every address in Kessel-Lo, and without such an
            // index FTS5 merges all their lists before the LIMIT applies (at 1,000,000 citizens
            // 30-340 ms per keystroke instead of about 1 ms). It costs about 5 % of the file.
            QStringLiteral("CREATE VIRTUAL TABLE citizen_fts USING fts5("
                           " name_key, place_key, content='citizen', content_rowid='local_id',"
                           " tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6 7 8')"),
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
        // 2: sync. The outbox holds every local change until the hub acknowledged it (it cannot
        // be rebuilt from anywhere else); sync_state keeps the feed cursor with the data it
        // describes; conflict keeps what a person must decide after a 412.
        {
            // AUTOINCREMENT: a sequence number is never reused, so order survives deletions.
            // next_attempt_at is Unix time in milliseconds (0: at once).
            QStringLiteral("CREATE TABLE outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " idempotency_key TEXT NOT NULL UNIQUE,"
                           " entity_type TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " depends_on TEXT NOT NULL DEFAULT '',"
                           " operation TEXT NOT NULL CHECK (operation IN ('create', 'update')),"
                           " method TEXT NOT NULL CHECK (method IN ('POST', 'PUT', 'DELETE')),"
                           " path TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " base_version INTEGER,"
                           " base_json TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " last_status INTEGER NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "   CHECK (state IN ('pending', 'conflict', 'failed')))"),
            QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity_type, entity_id, seq)"),
            QStringLiteral("CREATE TABLE conflict ("
                           " id INTEGER PRIMARY KEY,"
                           " outbox_seq INTEGER NOT NULL UNIQUE"
                           "   REFERENCES outbox(seq) ON DELETE CASCADE,"
                           " entity_type TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " base_json TEXT NOT NULL,"
                           " theirs_json TEXT NOT NULL,"
                           " mine_json TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            // One row. hub_url, account and scope say whose feed the cursor belongs to; a cache
            // is never filled from two feeds. bulk_in_progress is set while the search triggers
            // are dropped for a first fill, so that a start after a crash rebuilds the index.
            QStringLiteral("CREATE TABLE sync_state ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " hub_url TEXT NOT NULL DEFAULT '',"
                           " account TEXT NOT NULL DEFAULT '',"
                           " scope TEXT NOT NULL DEFAULT '',"
                           " cursor TEXT NOT NULL DEFAULT '',"
                           " fill_complete INTEGER NOT NULL DEFAULT 0,"
                           " bulk_in_progress INTEGER NOT NULL DEFAULT 0,"
                           " last_success_at TEXT NOT NULL DEFAULT '',"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " last_error_detail TEXT NOT NULL DEFAULT '',"
                           " last_error_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("INSERT INTO sync_state(id) VALUES (1)"),
        },
        // 3: guide progress (issue 6): one row per citizen, guide and step, written by staff in
        // guided mode and synced both ways like a contact moment. A citizen may have progress
        // before the citizen row arrives, so there is no foreign key.
        {
            QStringLiteral("CREATE TABLE guide_progress ("
                           " id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL,"
                           " guide_id TEXT NOT NULL,"
                           " step_id TEXT NOT NULL,"
                           " guide_version INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL"
                           "   CHECK (status IN ('not_yet', 'alone', 'with_help')),"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " done_at TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (citizen_id, guide_id, step_id))"),
        },
        // 4: document actions (issue 5): what staff did or asked for about a citizen's document
        // (a paper copy, a resend, explained) or about the citizen (eBox activation help).
        // Written here and synced like a contact moment; no foreign keys, for the same reason.
        {
            QStringLiteral("CREATE TABLE document_action ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " citizen_id TEXT NOT NULL,"
                           " document_id TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL CHECK (kind IN"
                           "   ('paper_copy', 'resend', 'explained', 'ebox_activation_help')),"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " municipality_nis TEXT NOT NULL DEFAULT '',"
                           " occurred_at TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX document_action_citizen ON document_action(citizen_id)"),
            QStringLiteral("CREATE INDEX document_action_document ON document_action(document_id)"),
            // The document work lists read a few rows of large tables: citizens with
            // assistance notes and paper returned as undeliverable (DocumentWorkLists).
            QStringLiteral("CREATE INDEX citizen_assisted ON citizen(municipality_nis)"
                           " WHERE assistance_notes <> ''"),
            QStringLiteral("CREATE INDEX document_returned ON document(citizen_id)"
                           " WHERE status = 'returned'"),
        },
        // 5: the access log (issue 7, item 5; DESIGN §8): every consultation of a dossier, as
        // the law on the national register requires. Append-only: the triggers refuse every
        // DELETE and every UPDATE, except the one the outbox makes when the hub has stored the
        // entry: `version` going from 0 to the hub's version, nothing else changing. Removing a
        // citizen from the cache (CacheWriter::removeCitizen, a wipe of synced data) leaves
        // these rows alone: the log is the law's record, not a copy of the citizen's data.
        {
            QStringLiteral("CREATE TABLE audit_entry ("
                           " local_id INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " citizen_id TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN"
                           "   ('open_dossier', 'reveal_national_number')),"
                           " purpose TEXT NOT NULL CHECK (purpose IN"
                           "   ('counter_visit', 'home_visit', 'helpdesk_call', 'follow_up',"
                           "    'other')),"
                           " municipality_nis TEXT NOT NULL DEFAULT '',"
                           " occurred_at TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX audit_entry_citizen ON audit_entry(citizen_id)"),
            QStringLiteral("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry"
                           " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"),
            // INSERT OR REPLACE would delete the old row without firing the DELETE trigger
            // (recursive triggers are off): a second row with a taken key is refused first.
            QStringLiteral("CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry"
                           " WHEN EXISTS (SELECT 1 FROM audit_entry"
                           " WHERE id = new.id OR local_id = new.local_id)"
                           " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry"
                           " WHEN NOT (old.version = 0 AND new.version > 0"
                           " AND new.local_id IS old.local_id AND new.id IS old.id"
                           " AND new.staff_id IS old.staff_id"
                           " AND new.citizen_id IS old.citizen_id"
                           " AND new.action IS old.action AND new.purpose IS old.purpose"
                           " AND new.municipality_nis IS old.municipality_nis"
                           " AND new.occurred_at IS old.occurred_at)"
                           " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"),
        },
        // 6: what staff took out of the outbox by hand (DESIGN §5: nothing is dropped silently).
        // A discarded change is kept here whole, with who discarded it, when and why; nobody
        // edits or deletes these rows.
        {
            QStringLiteral("CREATE TABLE outbox_discard ("
                           " id INTEGER PRIMARY KEY,"
                           " outbox_seq INTEGER NOT NULL,"
                           " idempotency_key TEXT NOT NULL,"
                           " entity_type TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " depends_on TEXT NOT NULL DEFAULT '',"
                           " operation TEXT NOT NULL DEFAULT '',"
                           " method TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " base_version INTEGER,"
                           " base_json TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL,"
                           " last_error TEXT NOT NULL,"
                           " last_status INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " discarded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER outbox_discard_no_delete BEFORE DELETE ON outbox_discard"
                           " BEGIN SELECT RAISE(ABORT, 'discarded changes are kept'); END"),
            QStringLiteral("CREATE TRIGGER outbox_discard_no_update BEFORE UPDATE ON outbox_discard"
                           " BEGIN SELECT RAISE(ABORT, 'discarded changes are kept'); END"),
            // INSERT OR REPLACE deletes without firing the DELETE trigger: refused first.
            QStringLiteral(
                "CREATE TRIGGER outbox_discard_no_replace BEFORE INSERT ON outbox_discard"
                " WHEN EXISTS (SELECT 1 FROM outbox_discard WHERE id = new.id)"
                " BEGIN SELECT RAISE(ABORT, 'discarded changes are kept'); END"),
        },
        // 7: home visits (issue 7, items 1 and 3): the outreach worker's visit list, from the hub
        // or planned here (origin), and per citizen when the dossier was last fetched for
        // offline use, how many bytes that was, and why the last attempt failed, if it did. No
        // foreign key to citizen: a visit arrives before its citizen's dossier does.
        {
            QStringLiteral("CREATE TABLE visit ("
                           " id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL,"
                           " staff_id TEXT NOT NULL DEFAULT '',"
                           " visit_date TEXT NOT NULL,"
                           " purpose TEXT NOT NULL DEFAULT '',"
                           " origin TEXT NOT NULL DEFAULT 'hub' CHECK (origin IN ('hub', 'local')),"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX visit_citizen ON visit(citizen_id)"),
            QStringLiteral("CREATE TABLE visit_preparation ("
                           " citizen_id TEXT PRIMARY KEY,"
                           " prepared_at TEXT NOT NULL DEFAULT '',"
                           " bytes INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " attempted_at TEXT NOT NULL DEFAULT '')"),
        },
        // 8: reports filed here (issue 4). What a report and a category carry beyond their
        // columns (how the citizen wants to be kept informed, extra field values, photo
        // metadata; a category's extra fields) is kept as its wire JSON (reportextras.h). The
        // report list sorts by creation and the duplicate suggestion looks up one category's
        // recent reports: both get an index.
        {
            QStringLiteral("ALTER TABLE report ADD COLUMN extras_json TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral(
                "ALTER TABLE category ADD COLUMN fields_json TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("CREATE INDEX report_created ON report(created_at)"),
            QStringLiteral(
                "CREATE INDEX report_category_created ON report(category_code, created_at)"),
        },
        // 9: a municipality's reports sent to its own GeoReport v2 server instead of the hub
        // (issue 4, item 6). open311_target is set per workstation; report_open311 is the
        // journal of each report sent that way: "may have arrived" survives a crash or a restart
        // between attempts (Open311 has no idempotency key), and what the server last said lets
        // a status change be told from one already seen.
        {
            QStringLiteral("CREATE TABLE open311_target ("
                           " municipality_nis TEXT PRIMARY KEY,"
                           " base_url TEXT NOT NULL,"
                           " jurisdiction_id TEXT NOT NULL DEFAULT '',"
                           " api_key TEXT NOT NULL DEFAULT '',"
                           " format TEXT NOT NULL DEFAULT 'json' CHECK (format IN ('json', 'xml')),"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE report_open311 ("
                           " report_id TEXT PRIMARY KEY,"
                           " municipality_nis TEXT NOT NULL,"
                           " base_url TEXT NOT NULL,"
                           " server_id TEXT NOT NULL DEFAULT '',"
                           " token TEXT NOT NULL DEFAULT '',"
                           " may_have_arrived INTEGER NOT NULL DEFAULT 0,"
                           " first_attempt_at TEXT NOT NULL DEFAULT '',"
                           " server_status TEXT NOT NULL DEFAULT '',"
                           " server_notes TEXT NOT NULL DEFAULT '',"
                           " update_ids TEXT NOT NULL DEFAULT '',"
                           " checked_at TEXT NOT NULL DEFAULT '')"),
        },
        // 10: follow-up tasks (issue 8, item 3). The history travels as the wire's JSON list: it
        // is only ever shown whole, never searched. The queue window reads a queue by due date
        // and the dossier panel a citizen's open tasks: each gets an index.
        {
            QStringLiteral("CREATE TABLE task ("
                           " id TEXT PRIMARY KEY,"
                           " citizen_id TEXT NOT NULL,"
                           " contact_moment_id TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL CHECK (kind IN ('call_back', 'check', 'send')),"
                           " title TEXT NOT NULL,"
                           " municipality_nis TEXT NOT NULL,"
                           " queue TEXT NOT NULL CHECK (queue IN ('helpdesk', 'municipality')),"
                           " owner_staff_id TEXT NOT NULL DEFAULT '',"
                           " due TEXT NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed')),"
                           " outcome TEXT NOT NULL DEFAULT '',"
                           " history_json TEXT NOT NULL DEFAULT '[]',"
                           " version INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX task_citizen ON task(citizen_id, status)"),
            QStringLiteral("CREATE INDEX task_queue ON task(queue, municipality_nis, status, due)"),
            QStringLiteral("CREATE INDEX task_owner ON task(owner_staff_id, status, due)"),
        },
        // 11: the report list's sparse filters (docs/benchmarks.md, "Report list"): overdue
        // reads only unfinished reports by expected date (the partial index's condition is the
        // list's own, word for word, so SQLite can use it), and a status filter reads one
        // status by creation instead of walking every report.
        {
            QStringLiteral("CREATE INDEX report_open_expected ON report(expected_date)"
                           " WHERE status NOT IN ('resolved', 'closed', 'rejected', 'duplicate')"),
            QStringLiteral("CREATE INDEX report_status_created ON report(status, created_at)"),
        },
        // 12: a follow-up task's owner by name, as the hub sends it (the queue showed ids).
        {
            QStringLiteral("ALTER TABLE task ADD COLUMN owner_name TEXT NOT NULL DEFAULT ''"),
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
                *error = q.lastError().text() + QStringLiteral(" [") + sql.left(80) +
                         QStringLiteral("]");
            return false;
        }
    }
    return true;
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList searchTriggerStatements()
{
    // The update trigger fires only when a key changed: most synced changes (a phone number,
    // a version) leave the index alone.
    return {
        QStringLiteral("CREATE TRIGGER citizen_fts_insert AFTER INSERT ON citizen BEGIN"
                       " INSERT INTO citizen_fts(rowid, name_key, place_key)"
                       " VALUES (new.local_id, new.name_key, new.place_key); END"),
        QStringLiteral("CREATE TRIGGER citizen_fts_delete AFTER DELETE ON citizen BEGIN"
                       " INSERT INTO citizen_fts(citizen_fts, rowid, name_key, place_key)"
                       " VALUES ('delete', old.local_id, old.name_key, old.place_key); END"),
        QStringLiteral("CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name_key, place_key"
                       " ON citizen WHEN old.name_key IS NOT new.name_key"
                       " OR old.place_key IS NOT new.place_key BEGIN"
                       " INSERT INTO citizen_fts(citizen_fts, rowid, name_key, place_key)"
                       " VALUES ('delete', old.local_id, old.name_key, old.place_key);"
                       " INSERT INTO citizen_fts(rowid, name_key, place_key)"
                       " VALUES (new.local_id, new.name_key, new.place_key); END"),
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
