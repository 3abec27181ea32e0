#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/municipality.h"
#include "model/report.h"
#include "model/task.h"
#include "model/visit.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace loket {

// The citizen table's columns in the order citizenFrom() reads them, each prefixed with
// `alias.` unless it is empty; for queries that join citizens to other records.
QString citizenColumns(const QString &alias);
Citizen citizenFrom(const QSqlQuery &query, int firstColumn);

// The same from any row with text(column) and int64(column), such as a SqliteStatement.
template<typename Row> Citizen citizenFromRow(const Row &row, int first)
{
    Citizen c;
    c.localId = row.int64(first);
    c.id = row.text(first + 1);
    c.nationalNumber = row.text(first + 2);
    c.familyName = row.text(first + 3);
    c.givenNames = row.text(first + 4);
    c.birthDate = row.text(first + 5);
    c.street = row.text(first + 6);
    c.houseNumber = row.text(first + 7);
    c.postcode = row.text(first + 8);
    c.city = row.text(first + 9);
    c.municipalityNis = row.text(first + 10);
    c.language = row.text(first + 11);
    c.phone = row.text(first + 12);
    c.email = row.text(first + 13);
    c.eboxConsent = row.int64(first + 14) != 0;
    c.eboxSince = row.text(first + 15);
    c.deliveryChannel = deliveryChannelFromCode(row.text(first + 16));
    c.assistanceNotes = row.text(first + 17);
    c.version = row.int64(first + 18);
    c.updatedAt = row.text(first + 19);
    return c;
}

// Everything the cache knows about one citizen, for the dossier view.
struct Dossier
{
    Citizen citizen;
    QList<Report> reports;         // newest first
    QList<Document> documents;     // newest first
    QList<ContactMoment> contacts; // newest first
    // What staff did about the citizen's documents, oldest first: the story reads forwards.
    QList<DocumentAction> documentActions;
};

// Reads citizens and their records from a cache connection (the caller's thread).
class CacheReader final
{
public:
    explicit CacheReader(QSqlDatabase db);

    std::optional<Citizen> citizen(const QString &id) const;
    std::optional<Citizen> citizenByLocalId(qint64 localId) const;
    qint64 citizenCount() const;

    QList<Municipality> municipalities() const;
    QList<Category> categories() const;

    QList<Report> reportsFor(const QString &citizenId) const;
    std::optional<Report> report(const QString &id) const;
    QList<Document> documentsFor(const QString &citizenId) const;
    QList<ContactMoment> contactsFor(const QString &citizenId) const;
    // Oldest first (by time, then by the order they were written here).
    QList<DocumentAction> documentActionsFor(const QString &citizenId) const;
    std::optional<Dossier> dossier(const QString &citizenId) const;
    // The visit list (outreach), by date; VisitListReader adds what the cache holds of each.
    QList<Visit> visits() const;

    QString meta(const QString &key) const;
    // Follow-up tasks (defined in taskqueue.cpp): one task, and the unfinished tasks (open or
    // claimed) of a citizen in every queue, by due date, for the dossier's open-items panel.
    std::optional<Task> task(const QString &id) const;
    QList<Task> openTasksForCitizen(const QString &citizenId) const;

    // Why the last list read (reports, contacts, open tasks of a citizen) came back empty
    // although the citizen may have some: the database's words; empty when the read went well.
    QString errorString() const { return m_error; }

private:
    // Reports with their history and citizens; `fromWhere` binds one value.
    QList<Report> reports(const QString &fromWhere, const QString &value) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace loket
