#pragma once

#include "open311/georeport.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace loket {

// Where a municipality's reports go when it uses a GeoReport v2 server instead of the hub.
struct Open311Target
{
    QUrl base; // e.g. https://meldingen.example.be/open311/v2/ ; paths are resolved against it
    QString jurisdictionId; // e.g. "leuven.be"; sent with every call
    QString apiKey;         // for POST requests
    open311::Format format = open311::Format::Json;
};

// Why a target cannot be used as it is, in words for the person configuring it; empty when fine.
QString open311TargetProblem(const Open311Target &target);

// The outbox path of a report that goes to `municipalityNis`'s own server instead of the hub
// (a POST like any other; sync/open311relay.h sends the entries with this path).
QString open311OutboxPath(const QString &municipalityNis);

// One report sent to a GeoReport v2 server (table report_open311): what is known of the sending
// and of the report on that server.
struct Open311Sending
{
    QString reportId;
    QString municipalityNis;
    QString baseUrl;  // the server it went to, kept when the configuration changes later
    QString serverId; // service_request_id, once known
    QString token;    // a batch server's token until it gives an id
    // An attempt was made whose answer was not seen (timeout, cut connection, crash): the next
    // attempt looks the report up before it posts again.
    bool mayHaveArrived = false;
    QString firstAttemptAt; // UTC, ISO 8601
    QString serverStatus;   // what the server last said ("open", "IN_PROGRESS")
    QString serverNotes;
    QStringList updateIds; // updates of the extension already taken
    QString checkedAt;     // UTC, ISO 8601, of the last successful look at the server
};

// The per-workstation Open311 configuration (open311_target) and the journal of reports sent
// that way (report_open311), on the caller's connection and in the caller's transaction.
class Open311Journal final
{
public:
    explicit Open311Journal(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<Open311Target> target(const QString &municipalityNis) const;
    QList<std::pair<QString, Open311Target>> targets() const; // by municipality code
    bool setTarget(const QString &municipalityNis, const Open311Target &target,
                   const QString &updatedAt);
    bool removeTarget(const QString &municipalityNis);

    std::optional<Open311Sending> sending(const QString &reportId) const;
    bool save(const Open311Sending &sending);
    // Reports the server holds (an id or a token) that are not finished in the cache: the ones
    // whose status is followed, oldest first.
    QList<Open311Sending> followed() const;

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace loket
