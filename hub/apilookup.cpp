// The helpdesk's region-wide lookup (DESIGN §4, issue 8): the online citizen search, the log
// of every lookup and of every read, and the dossiers a helpdesk account opened, which its
// feed holds for a limited time.

#include "api.h"
#include "apicommon.h"
#include "writer.h"

#include "model/accessentry.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

constexpr int defaultLookupLimit = 25;
constexpr int maxLookupLimit = 100;

HttpResponse invalidLookup(const QString &message, const QString &field)
{
    return HttpResponse::json(400, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"invalid"_s},
                                                                        {u"message"_s, message},
                                                                        {u"field"_s, field}}}});
}

} // namespace

HttpResponse Api::getCitizenLookup(Store &store, const Principal &who, const HttpRequest &request)
{
    const Role role = who.account.role;
    if (role != Role::Helpdesk && role != Role::Counter)
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 does not search citizens online.").arg(roleCode(role)));
    const QString query = request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    QString problem;
    const auto lookup = parseLookup(query, &problem);
    if (!lookup)
        return invalidLookup(problem, u"q"_s);
    int limit = defaultLookupLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        const QString text = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        bool ok = false;
        const int value = text.size() <= 3 ? text.toInt(&ok) : 0;
        if (!ok || value < 1 || value > maxLookupLimit)
            return invalidLookup(
                tr("The limit must be a whole number from 1 to %1.").arg(maxLookupLimit),
                u"limit"_s);
        limit = value;
    }
    const QStringList region = store.municipalityCodes();
    if (!store.lastError().isEmpty())
        return databaseFailure(store.lastError());
    const QString municipality =
        request.query.queryItemValue(u"municipality"_s, QUrl::FullyDecoded).trimmed();
    // An empty municipality= (a form sent without one) is no filter.
    if (!municipality.isEmpty() && !region.contains(municipality))
        return invalidLookup(
            tr("The municipality %1 is not a municipality of the region.").arg(municipality),
            u"municipality"_s);
    // The helpdesk searches the whole region; a counter only the municipalities of its scope.
    QStringList scopes = role == Role::Helpdesk ? region : who.dossierScope;
    if (!municipality.isEmpty()) {
        if (!scopes.contains(municipality))
            return HttpResponse::error(
                403, u"forbidden"_s,
                tr("The municipality %1 is outside the municipalities of this account.")
                    .arg(municipality));
        scopes = {municipality};
    }

    const auto found = store.lookupCitizens(*lookup, scopes, limit + 1);
    if (!found)
        return databaseFailure(store.lastError());
    const bool more = found->size() > limit;

    if (role == Role::Helpdesk) {
        // Every lookup of the helpdesk is logged (DESIGN §8): who asked what, when; a national
        // number only masked.
        if (!store.beginWrite())
            return databaseFailure(store.lastError());
        LookupLogRow row;
        row.seq = store.nextSeq();
        row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.staffId = who.account.staffId;
        row.purpose = accessPurposeCode(AccessPurpose::HelpdeskCall);
        row.queryText = lookup->loggedText(query);
        row.municipalityNis = municipality;
        row.resultCount = int(qMin<qsizetype>(found->size(), limit));
        row.occurredAt = nowIso();
        if (!store.insertLookupEntry(row) || !store.commit()) {
            const QString error = store.lastError();
            store.rollback();
            return databaseFailure(error);
        }
    }

    QHash<QString, QString> names; // municipality NIS -> name
    QJsonArray citizens;
    for (qsizetype i = 0; i < found->size() && i < limit; ++i) {
        const StoredRecord &r = found->at(i);
        QString parseProblem;
        const auto c =
            wire::citizenFromJson(QJsonDocument::fromJson(r.body).object(), &parseProblem);
        if (!c)
            return databaseFailure(u"citizen %1 unreadable: %2"_s.arg(r.id, parseProblem));
        if (!names.contains(r.scopeA)) {
            const auto m = store.record(RecordKind::Municipality, r.scopeA);
            names.insert(r.scopeA,
                         m ? QJsonDocument::fromJson(m->body).object().value(u"name"_s).toString()
                           : QString());
        }
        citizens.append(QJsonObject{{u"id"_s, c->id},
                                    {u"display_name"_s, c->fullName().trimmed()},
                                    {u"birth_date"_s, c->birthDate},
                                    {u"municipality_nis"_s, r.scopeA},
                                    {u"municipality_name"_s, names.value(r.scopeA)},
                                    {u"street"_s, c->street},
                                    {u"house_number"_s, c->houseNumber},
                                    {u"postcode"_s, c->postcode},
                                    {u"version"_s, r.version}});
    }
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{u"citizens"_s, citizens}, {u"more"_s, more}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

bool Api::expireOpenedDossiers(Store &store, const QString &staffId)
{
    const qint64 cutoff = nowMs() - m_options.helpdeskRetentionDays * 24 * 3600 * 1000;
    // Read outside the write lock first: nearly every pull finds nothing to expire.
    const auto due = store.openedBefore(staffId, cutoff);
    if (!due)
        return false;
    if (due->isEmpty())
        return true;
    if (!store.beginWrite())
        return false;
    // Read again under the lock: another request may have reopened or expired one meanwhile.
    const auto locked = store.openedBefore(staffId, cutoff);
    if (!locked) {
        store.rollback();
        return false;
    }
    Writer writer(store, nowIso());
    for (const OpenedDossier &opened : *locked) {
        if (!writer.expireOpened(opened.staffId, opened.citizenId)) {
            store.rollback();
            return false;
        }
    }
    return store.commit();
}

std::optional<HttpResponse> Api::logHelpdeskRead(Store &store, const Principal &who,
                                                 const QString &citizenId, const QString &scopeA,
                                                 Opening opening)
{
    if (!store.beginWrite())
        return databaseFailure(store.lastError());
    AccessLogRow row;
    row.seq = store.nextSeq();
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.staffId = who.account.staffId;
    row.citizenId = citizenId;
    row.action = accessActionCode(AccessAction::OpenDossier);
    row.purpose = accessPurposeCode(AccessPurpose::HelpdeskCall);
    row.municipalityNis = scopeA;
    row.occurredAt = nowIso();
    row.receivedAt = row.occurredAt;
    if (!store.insertAccessEntry(row) ||
        (opening == Opening::OpenDossier &&
         !store.openDossier(who.account.staffId, citizenId, nowMs())) ||
        !store.commit()) {
        const QString error = store.lastError();
        store.rollback();
        return databaseFailure(error);
    }
    return std::nullopt;
}

} // namespace loket::hub
