#pragma once

#include "model/visit.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace loket {

// Where a visit in the cache was planned: delivered by the hub's feed, or added on this machine
// (and sent to the hub through the outbox).
enum class VisitOrigin { Hub, Local };
QString visitOriginCode(VisitOrigin origin);
VisitOrigin visitOriginFromCode(const QString &code);

// What this machine holds of one citizen for offline use (table visit_preparation).
struct VisitPreparation
{
    QString citizenId;
    QString preparedAt;  // UTC, ISO 8601, of the last successful fetch; empty: never
    qint64 bytes = 0;    // the size of what that fetch brought
    QString lastError;   // why the last attempt failed, for staff; empty after a success
    QString attemptedAt; // UTC, ISO 8601, of the last attempt
};

// Whether a visit's dossier can be used offline, as the visit list shows it.
enum class VisitReadiness {
    Ready,       // fetched and in the cache
    NotPrepared, // never fetched, or no longer in the cache
    Expired,     // the visit is past the keep period: its dossier is (or will be) purged
    Failed,      // the last attempt to fetch it failed (VisitPreparation::lastError says why)
};

// One line of the visit list: the visit with what the cache knows about its citizen.
struct VisitListRow
{
    Visit visit;
    VisitOrigin origin = VisitOrigin::Hub;
    bool citizenCached = false;
    QString citizenName;  // "Family, Given" when cached
    QString municipality; // the citizen's municipality name when cached
    VisitPreparation preparation;
    bool sendPending = false; // a visit planned here that the hub has not confirmed yet
};

VisitReadiness visitReadiness(const VisitListRow &row, QDate today, int keepDays);

// Reads the visit list and the preparation state on the caller's connection (a handful of rows
// per outreach worker, so plain prepared QSqlQuery on the UI thread is fine).
class VisitListReader final
{
public:
    explicit VisitListReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Newest date last; within a day in the order of planning (id).
    QList<VisitListRow> rows() const;
    QList<Visit> visits() const;
    std::optional<VisitPreparation> preparation(const QString &citizenId) const;
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

// Writes the preparation state on the store's writer connection, inside the caller's
// transaction (the dossier fetched for a citizen and its state commit together).
class VisitPreparationTable final
{
public:
    explicit VisitPreparationTable(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool markPrepared(const QString &citizenId, const QString &at, qint64 bytes);
    // Keeps an earlier successful fetch's time and size: that copy is still on the machine.
    bool markFailed(const QString &citizenId, const QString &at, const QString &error);
    bool remove(const QString &citizenId);
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace loket
