#pragma once

#include "model/accessentry.h"
#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/municipality.h"
#include "model/report.h"
#include "model/task.h"
#include "model/visit.h"
#include "sqlitestatement.h"
#include "visitlist.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace loket {

class Connection;

// The citizen's search key: every token under which the dossier is found (DESIGN §7), the
// name's apart from the rest (address, birth year and date), so that name matches rank first.
struct SearchKey
{
    QString name;
    QString place;
    bool operator==(const SearchKey &) const = default;
};
SearchKey searchKeyFor(const Citizen &citizen);

// Gives the same keys as searchKeyFor(), remembering the tokens of every field value it has
// seen: a bulk load meets the same names, streets and places over and over. One per thread.
class SearchKeyBuilder final
{
public:
    SearchKey keyFor(const Citizen &citizen);

private:
    static constexpr qsizetype maxRemembered = 200000;
    QHash<QString, QStringList> m_attached;  // family names, particles split
    QHash<QString, QStringList> m_asWritten; // the other fields
};

// Writes records into the cache through prepared statements on the writer connection.
// The caller owns the transaction: sync applies a page and its cursor in one, the bulk load
// wraps many rows in one. Every upsert replaces the record with its history as given.
class CacheWriter final
{
public:
    explicit CacheWriter(Connection &connection);
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    bool upsert(const Municipality &municipality);
    bool upsert(const Category &category);
    bool upsert(const Citizen &citizen);
    // The same, with searchKeyFor(citizen) computed by the caller: the bulk load computes the
    // keys on its generator threads, since folding costs more than the insert.
    bool upsert(const Citizen &citizen, const SearchKey &searchKey);
    bool upsert(const Report &report);
    bool upsert(const Document &document);
    bool upsert(const ContactMoment &contact);
    bool upsert(const DocumentAction &action);
    // `origin` is kept from the first write: a visit planned here stays "local" when the hub's
    // feed delivers it back.
    bool upsert(const Visit &visit, VisitOrigin origin);
    // A follow-up task with its whole history (kept as the wire's JSON list).
    bool upsert(const Task &task);
    // The access log is append-only (schema migration 5): a plain insert, never an upsert, and
    // no removal at all, also not with the citizen (removeCitizen leaves the log alone).
    bool insert(const AccessEntry &entry);
    // The one change the log allows: the hub's version for an entry still at version 0.
    bool setAccessEntryVersion(const QString &id, qint64 version);

    // With its documents, contact moments, document actions and preparation state; its
    // access-log entries stay (the log is the law's record of who consulted the dossier,
    // DESIGN §8), and so do its visits (the visit list says why the dossier is gone).
    bool removeCitizen(const QString &id);
    bool removeReport(const QString &id);
    bool removeDocument(const QString &id);
    bool removeContactMoment(const QString &id);
    bool removeDocumentAction(const QString &id);
    bool removeVisit(const QString &id);
    bool removeTask(const QString &id);
    // Not part of removeCitizen(): a counter keeps its municipality's tasks of a citizen who
    // moved away; an outreach cache drops them with the expired dossier (VisitPurge).
    bool removeTasksOfCitizen(const QString &citizenId);

    bool setMeta(const QString &key, const QString &value);

    // The first-fill path: drop the search triggers, load, then rebuild the index once.
    bool beginBulkLoad();
    bool finishBulkLoad();

    QString errorString() const { return m_error; }

private:
    bool run(SqliteStatement &statement);
    // Runs `clear` (bound to `id`) only when `probe` finds a row: most records are new, and a
    // DELETE on a WITHOUT ROWID table builds a temporary b-tree even when it deletes nothing.
    bool clearIfAny(SqliteStatement &probe, SqliteStatement &clear, const QString &id);
    // Runs an upsert on a rowid table; `inserted` tells whether it added a new row.
    bool runUpsert(SqliteStatement &statement, bool *inserted);
    // History rows go in several per statement: a statement costs more than a row.
    static constexpr int maxHistoryRowsPerInsert = 8;
    SqliteStatement &historyInsert(std::vector<SqliteStatement> &statements, const char *head,
                                   int columns, int rows);
    bool insertHistory(const Report &report);
    bool insertHistory(const Document &document);

    sqlite3 *m_db;
    QString m_error;

    SqliteStatement m_municipality;
    SqliteStatement m_category;
    SqliteStatement m_citizen;
    SqliteStatement m_report;
    SqliteStatement m_reportStatusAny;
    SqliteStatement m_reportStatusClear;
    std::vector<SqliteStatement> m_reportStatusInserts; // by number of rows - 1
    SqliteStatement m_reportCitizenAny;
    SqliteStatement m_reportCitizenClear;
    SqliteStatement m_reportCitizen;
    SqliteStatement m_document;
    SqliteStatement m_documentEventAny;
    SqliteStatement m_documentEventClear;
    std::vector<SqliteStatement> m_documentEventInserts; // by number of rows - 1
    SqliteStatement m_contact;
    SqliteStatement m_documentAction;
    SqliteStatement m_accessEntry;
    SqliteStatement m_accessEntryVersion;
    SqliteStatement m_removeCitizen;
    SqliteStatement m_removeCitizenDocuments;
    SqliteStatement m_removeCitizenContacts;
    SqliteStatement m_removeCitizenDocumentActions;
    SqliteStatement m_removeCitizenPreparation;
    SqliteStatement m_visit;
    SqliteStatement m_removeVisit;
    SqliteStatement m_task;
    SqliteStatement m_removeTask;
    SqliteStatement m_removeCitizenTasks;
    SqliteStatement m_removeReport;
    SqliteStatement m_removeDocument;
    SqliteStatement m_removeContact;
    SqliteStatement m_removeDocumentAction;
    SqliteStatement m_meta;
};

} // namespace loket
