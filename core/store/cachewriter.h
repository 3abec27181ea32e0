#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/municipality.h"
#include "model/report.h"
#include "sqlitestatement.h"

#include <QString>

namespace loket {

class Connection;

// The citizen's search key: every token under which the dossier is found (DESIGN §7).
QString searchKeyFor(const Citizen &citizen);

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
    bool upsert(const Report &report);
    bool upsert(const Document &document);
    bool upsert(const ContactMoment &contact);

    bool removeCitizen(const QString &id); // with its documents and contact moments
    bool removeReport(const QString &id);
    bool removeDocument(const QString &id);
    bool removeContactMoment(const QString &id);

    bool setMeta(const QString &key, const QString &value);

    // The first-fill path: drop the search triggers, load, then rebuild the index once.
    bool beginBulkLoad();
    bool finishBulkLoad();

    QString errorString() const { return m_error; }

private:
    bool run(SqliteStatement &statement);

    sqlite3 *m_db;
    QString m_error;

    SqliteStatement m_municipality;
    SqliteStatement m_category;
    SqliteStatement m_citizen;
    SqliteStatement m_report;
    SqliteStatement m_reportStatusClear;
    SqliteStatement m_reportStatus;
    SqliteStatement m_reportCitizenClear;
    SqliteStatement m_reportCitizen;
    SqliteStatement m_document;
    SqliteStatement m_documentEventClear;
    SqliteStatement m_documentEvent;
    SqliteStatement m_contact;
    SqliteStatement m_removeCitizen;
    SqliteStatement m_removeCitizenDocuments;
    SqliteStatement m_removeCitizenContacts;
    SqliteStatement m_removeReport;
    SqliteStatement m_removeDocument;
    SqliteStatement m_removeContact;
    SqliteStatement m_meta;
};

} // namespace loket
