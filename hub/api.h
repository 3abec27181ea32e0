#pragma once

#include "auth.h"
#include "http.h"
#include "store.h"

#include "model/task.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace loket::hub {

class Database;
class Writer;

struct ApiOptions
{
    qint64 tokenLifetimeSeconds = 8 * 3600;
    int loginFailuresPerAccount = 5;
    int loginFailuresPerAddress = 20;
    qint64 loginWindowSeconds = 300;
    qint64 idempotencyRetentionSeconds = 7 * 24 * 3600;
    // How long a helpdesk account's feed holds a dossier it opened (0: until its next pull).
    qint64 helpdeskRetentionDays = 7;
};

// The regional API (docs/api.md): routes a request, authenticates its bearer token, decides
// authorisation from the token's account on every request, and answers in JSON. handle() runs
// on any thread and uses that thread's database connection.
class Api final
{
    Q_DECLARE_TR_FUNCTIONS(Api)

public:
    Api(Database &database, ApiOptions options);

    HttpResponse handle(const HttpRequest &request);

    // Removes expired sessions and idempotent answers past their retention, and ends the hold
    // of helpdesk accounts on dossiers opened longer ago than their retention.
    void purgeExpired();

private:
    struct Principal
    {
        Account account;
        QStringList dossierScope; // empty for roles without dossiers
    };
    enum class KeyRule { Required, Optional };
    using Change = std::function<HttpResponse(Store &, Writer &, QString *recordId)>;

    HttpResponse route(Store &store, const HttpRequest &request);
    std::optional<Principal> authenticate(Store &store, const HttpRequest &request,
                                          HttpResponse *refusal);
    HttpResponse idempotentWrite(Store &store, const Principal &who, const HttpRequest &request,
                                 KeyRule rule, const QByteArray &canonicalBody,
                                 const Change &change);

    // A refusal when the citizen a write is about is unknown to the hub (422, `unknownCitizen`)
    // or outside the account's municipalities as the hub knows them (403); nullopt to go on.
    static std::optional<HttpResponse> refuseCitizen(Store &store, const Principal &who,
                                                     const QString &citizenId,
                                                     const QString &unknownCitizen);
    // A 403 when the account may not see the dossier of the citizen `citizenId` living in
    // `scopeA`: an outreach account sees the citizens on its visit list, the other roles that
    // see dossiers the municipalities of their scope. nullopt to go on.
    static std::optional<HttpResponse> refuseOutsideDossiers(Store &store, const Principal &who,
                                                             const QString &citizenId,
                                                             const QString &scopeA);
    // 410 wipe_requested: the answer to every request of an account flagged for a wipe.
    static HttpResponse wipeRequested();

    HttpResponse postSession(Store &store, const HttpRequest &request);
    HttpResponse getChanges(Store &store, const Principal &who, const HttpRequest &request);
    // The online citizen lookup (docs/api.md "Helpdesk: region-wide lookup"); in
    // apilookup.cpp, with what the helpdesk's region-wide reads share.
    HttpResponse getCitizenLookup(Store &store, const Principal &who, const HttpRequest &request);
    // Tombstones `access_expired` for the dossiers `staffId` (empty: every helpdesk account)
    // opened longer ago than the retention; false when the database fails.
    bool expireOpenedDossiers(Store &store, const QString &staffId);
    // Logs a helpdesk account's read of a citizen of the region in the access log, and with
    // `opening` set records the dossier as opened (its feed then holds it). A refusal or
    // nullopt to go on.
    enum class Opening { ReadOnly, OpenDossier };
    std::optional<HttpResponse> logHelpdeskRead(Store &store, const Principal &who,
                                                const QString &citizenId, const QString &scopeA,
                                                Opening opening);
    HttpResponse getRecord(Store &store, const Principal &who, const HttpRequest &request,
                           RecordKind kind, const QString &id);
    HttpResponse postContactMoment(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse putContactMoment(Store &store, const Principal &who, const HttpRequest &request,
                                  const QString &id);
    HttpResponse postDocumentAction(Store &store, const Principal &who, const HttpRequest &request);
    // The access log (DESIGN §8): any role that reads dossiers logs its consultations; only an
    // admin reads who consulted a citizen.
    HttpResponse postAccessEntry(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse getAccessLog(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse putGuideProgress(Store &store, const Principal &who, const HttpRequest &request,
                                  const QString &id);
    // GET /api/v1/indicators (docs/kpi.md), for managers and admins; in apiindicators.cpp.
    HttpResponse getIndicators(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse postAccount(Store &store, const Principal &who, const HttpRequest &request);
    // Visits, outreach dossiers and the remote wipe (docs/api.md); in apivisits.cpp.
    HttpResponse postVisit(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse getVisits(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse deleteVisit(Store &store, const Principal &who, const HttpRequest &request,
                             const QString &id);
    HttpResponse getDossier(Store &store, const Principal &who, const QString &citizenId);
    HttpResponse getAccounts(Store &store, const Principal &who);
    HttpResponse setWipe(Store &store, const Principal &who, const HttpRequest &request,
                         const QString &staffId, WipeFlag flag);
    // Reports (issue 4, docs/api.md "Reports"); in apireports.cpp.
    HttpResponse postReport(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse getReport(Store &store, const Principal &who, const HttpRequest &request,
                           const QString &id);
    HttpResponse postReportStatus(Store &store, const Principal &who, const HttpRequest &request,
                                  const QString &id);
    HttpResponse postReportCitizen(Store &store, const Principal &who, const HttpRequest &request,
                                   const QString &id);
    HttpResponse postReportPhoto(Store &store, const Principal &who, const HttpRequest &request,
                                 const QString &id);
    HttpResponse getReportPhoto(Store &store, const Principal &who, const QString &id);
    HttpResponse getOpen311Keys(Store &store, const Principal &who);
    HttpResponse postOpen311Key(Store &store, const Principal &who, const HttpRequest &request);
    // A 403 when the account may not see the report `record` (its municipalities, or for an
    // outreach account the citizens on its visit list); nullopt to go on.
    static std::optional<HttpResponse> refuseOutsideReport(Store &store, const Principal &who,
                                                           const StoredRecord &record);
    // Follow-up tasks (issue 8, docs/api.md "Follow-up tasks"); in apitasks.cpp.
    enum class TaskStep { Claim, HandOver, Close, Reopen };
    HttpResponse postTask(Store &store, const Principal &who, const HttpRequest &request);
    HttpResponse getTask(Store &store, const Principal &who, const QString &id);
    HttpResponse postTaskStep(Store &store, const Principal &who, const HttpRequest &request,
                              const QString &id, TaskStep step);
    // A 403 when the account may not see the task; nullopt to go on.
    static std::optional<HttpResponse> refuseOutsideTask(Store &store, const Principal &who,
                                                         const Task &task);
    HttpResponse putAdminRecord(Store &store, const Principal &who, const HttpRequest &request,
                                RecordKind kind, const QString &id);
    HttpResponse deleteAdminRecord(Store &store, const Principal &who, const HttpRequest &request,
                                   RecordKind kind, const QString &id);

    Database &m_database;
    const ApiOptions m_options;
    RateLimiter m_accountLimiter;
    RateLimiter m_addressLimiter;
};

} // namespace loket::hub
