#include "helpdesklookup.h"
#include "hubclient.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace loket {

HelpdeskLookup::HelpdeskLookup(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    qRegisterMetaType<loket::OnlineLookupResult>();
}

HelpdeskLookup::~HelpdeskLookup()
{
    cancel();
}

void HelpdeskLookup::cancel()
{
    // A cancelled request's callback does not run (HubClient::cancel).
    if (m_inFlight && m_engine.hubClient())
        m_engine.hubClient()->cancel(m_inFlight);
    m_inFlight = nullptr;
}

void HelpdeskLookup::lookup(quint64 request, const QString &query, int limit)
{
    cancel(); // the user typed on: the older answer is of no use any more
    OnlineLookupResult result;
    result.request = request;
    result.query = query;
    if (m_engine.isWiped() || m_engine.workOffline() == WorkOffline::On ||
        !m_engine.session().isValid() || !m_engine.hubClient() ||
        m_engine.phase() == SyncPhase::LoginRequired) {
        emit finished(result);
        return;
    }
    HubRequest r;
    r.path = QStringLiteral("/api/v1/citizens");
    r.query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 100)));
    m_inFlight = m_engine.hubClient()->send(r, [this, request, query](const HubReply &reply) {
        m_inFlight = nullptr;
        onReply(request, query, reply);
    });
}

void HelpdeskLookup::onReply(quint64 request, const QString &query, const HubReply &reply)
{
    OnlineLookupResult result;
    result.request = request;
    result.query = query;
    if (!reply.answered() || reply.status >= 500) {
        result.outcome = OnlineLookupResult::Outcome::Offline;
    } else if (reply.status == 200) {
        const auto hits = parseAnswer(reply.body, &result.more);
        if (hits) {
            result.outcome = OnlineLookupResult::Outcome::Found;
            result.hits = *hits;
        } else {
            result.outcome = OnlineLookupResult::Outcome::Refused;
            result.message = tr("The regional hub's answer could not be read.");
        }
    } else {
        result.outcome = OnlineLookupResult::Outcome::Refused;
        result.message =
            reply.errorMessage().isEmpty()
                ? tr("The regional hub refused the search (HTTP %1).").arg(reply.status)
                : reply.errorMessage();
    }
    emit finished(result);
}

std::optional<QList<CitizenHit>> HelpdeskLookup::parseAnswer(const QByteArray &body, bool *more)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue list = doc.object().value(QLatin1String("citizens"));
    if (!list.isArray())
        return std::nullopt;
    *more = doc.object().value(QLatin1String("more")).toBool();
    QList<CitizenHit> hits;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        CitizenHit h;
        h.id = o.value(QLatin1String("id")).toString();
        if (h.id.isEmpty())
            return std::nullopt;
        // The summary has one display name ("Jan Karel Peeters"); the list shows it as is.
        h.familyName = o.value(QLatin1String("display_name")).toString();
        h.birthDate = o.value(QLatin1String("birth_date")).toString();
        h.street = o.value(QLatin1String("street")).toString();
        h.houseNumber = o.value(QLatin1String("house_number")).toString();
        h.postcode = o.value(QLatin1String("postcode")).toString();
        h.municipalityNis = o.value(QLatin1String("municipality_nis")).toString();
        h.municipalityName = o.value(QLatin1String("municipality_name")).toString();
        h.online = true;
        hits.append(h);
    }
    return hits;
}

} // namespace loket
