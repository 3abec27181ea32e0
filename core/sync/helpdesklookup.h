#pragma once

#include "store/citizensearch.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkReply;

namespace loket {

class SyncEngine;
struct HubReply;

// The answer to one online lookup, for the search list.
struct OnlineLookupResult
{
    enum class Outcome {
        Found,   // the hub answered: `hits` (possibly none) and `more`
        Offline, // not asked or no answer: the caller searches the cache instead
        Refused, // the hub refused the query or the account (400, 403): `message` says why
    };
    quint64 request = 0;
    QString query;
    Outcome outcome = Outcome::Offline;
    QList<CitizenHit> hits; // municipalityName filled from the hub's answer
    bool more = false;
    QString message; // for staff
};

// The helpdesk's region-wide lookup (DESIGN §4, docs/api.md "Helpdesk: region-wide lookup"):
// GET /api/v1/citizens through the sync engine's hub client, on the store thread. A new lookup
// cancels the one still on its way, so only the newest query is ever answered. Offline, with
// Work offline on or without a session it answers Offline at once, without a request.
class HelpdeskLookup final : public QObject
{
    Q_OBJECT
public:
    explicit HelpdeskLookup(SyncEngine &engine, QObject *parent = nullptr);
    ~HelpdeskLookup() override;

    void lookup(quint64 request, const QString &query, int limit);
    void cancel();

    // Reads the hub's answer into hits; nullopt when it is not the documented form.
    static std::optional<QList<CitizenHit>> parseAnswer(const QByteArray &body, bool *more);

signals:
    void finished(const loket::OnlineLookupResult &result);

private:
    void onReply(quint64 request, const QString &query, const HubReply &reply);

    SyncEngine &m_engine;
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace loket

Q_DECLARE_METATYPE(loket::OnlineLookupResult)
