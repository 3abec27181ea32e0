#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/municipality.h"
#include "model/report.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace loket {

// Everything the cache knows about one citizen, for the dossier view.
struct Dossier
{
    Citizen citizen;
    QList<Report> reports;         // newest first
    QList<Document> documents;     // newest first
    QList<ContactMoment> contacts; // newest first
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
    QList<Document> documentsFor(const QString &citizenId) const;
    QList<ContactMoment> contactsFor(const QString &citizenId) const;
    std::optional<Dossier> dossier(const QString &citizenId) const;

    QString meta(const QString &key) const;

private:
    QSqlDatabase m_db;
};

} // namespace loket
