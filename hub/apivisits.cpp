// Home visits (DESIGN §4, §8): the visit lists of outreach accounts, the dossier of one
// citizen in one answer, and the remote wipe of an account's laptop.

#include "api.h"
#include "apicommon.h"
#include "writer.h"

#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

// The contract's 400 for a visit that cannot be stored as sent, naming the field to blame.
HttpResponse invalidVisit(const QString &message, QString field = {})
{
    QJsonObject error{{u"code"_s, u"invalid"_s}, {u"message"_s, message}};
    if (field.isEmpty())
        field = fieldOf(message);
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return HttpResponse::json(400, QJsonObject{{u"error"_s, error}});
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

HttpResponse Api::wipeRequested()
{
    return HttpResponse::error(410, u"wipe_requested"_s,
                               tr("An administrator asked to wipe the data of this account from "
                                  "its computer: delete the local cache and sign out."));
}

HttpResponse Api::postVisit(Store &store, const Principal &who, const HttpRequest &request)
{
    const Role role = who.account.role;
    if (role != Role::Outreach && role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only outreach workers and admins plan visits."));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    QString problem;
    auto parsed = wire::visitFromJson(*body, &problem);
    if (!parsed)
        return invalidVisit(problem);
    Visit visit = *parsed;
    if (!isUuid(visit.id))
        return invalidVisit(tr("The visit's id is not a UUID."), u"id"_s);
    if (role == Role::Outreach) {
        // An outreach worker plans their own visits only.
        if (!visit.staffId.isEmpty() && visit.staffId != who.account.staffId)
            return HttpResponse::error(403, u"forbidden"_s,
                                       tr("An outreach worker plans only their own visits."));
        visit.staffId = who.account.staffId;
    } else if (visit.staffId.isEmpty()) {
        return invalidVisit(tr("Name the outreach worker who visits: staff_id."), u"staff_id"_s);
    }
    problem = visitProblem(visit);
    if (!problem.isEmpty()) {
        const QString field = visit.purpose.size() > Visit::maxPurposeLength ? u"purpose"_s
                              : !visit.date.isValid()                        ? u"date"_s
                                                                             : QString();
        return invalidVisit(problem, field);
    }

    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            std::optional<Account> visitor = who.account;
            if (role == Role::Admin) {
                visitor = s.accountByStaffId(visit.staffId);
                if (!visitor && !s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                if (!visitor || visitor->role != Role::Outreach)
                    return invalidVisit(
                        tr("The staff_id %1 is not an outreach account.").arg(visit.staffId),
                        u"staff_id"_s);
            }
            const auto existing = s.visit(visit.id);
            if (!existing && !s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (existing)
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("A visit with this id exists already."));
            // The same answer whether the citizen is unknown or lives elsewhere: planning a
            // visit is no way to learn who lives in another municipality.
            const auto citizen =
                s.record(RecordKind::Citizen, visit.citizenId, Store::Body::Without);
            if (!citizen && !s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (!citizen || !visitor->scope.contains(citizen->scopeA))
                return HttpResponse::error(
                    403, u"forbidden"_s,
                    tr("The citizen is not one of the municipalities of the outreach worker."));
            const auto stored = writer.plan(visit);
            if (!stored)
                return databaseFailure(writer.errorString());
            *recordId = stored->id;
            HttpResponse r = HttpResponse::raw(201, stored->body);
            r.setHeader("ETag", etagFor(stored->version));
            r.setHeader("Location", "/api/v1/visits/" + QUrl::toPercentEncoding(stored->id));
            return r;
        });
}

HttpResponse Api::getVisits(Store &store, const Principal &who, const HttpRequest &request)
{
    const QString asked = request.query.queryItemValue(u"staff"_s, QUrl::FullyDecoded).trimmed();
    QString staff;
    if (who.account.role == Role::Outreach) {
        if (!asked.isEmpty() && asked != who.account.staffId)
            return HttpResponse::error(403, u"forbidden"_s,
                                       tr("An outreach worker reads only their own visits."));
        staff = who.account.staffId;
    } else if (who.account.role == Role::Admin) {
        if (asked.isEmpty())
            return invalidVisit(tr("Name the outreach worker whose visits to list: staff."),
                                u"staff"_s);
        const auto account = store.accountByStaffId(asked);
        if (!account && !store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        if (!account)
            return HttpResponse::error(404, u"not_found"_s, tr("There is no such account."));
        staff = asked;
    } else {
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only outreach workers and admins read visit lists."));
    }
    const auto visits = store.visitsOf(staff);
    if (!visits)
        return databaseFailure(store.lastError());
    QJsonArray list;
    for (const StoredVisit &v : *visits)
        list.append(objectOf(v.body));
    return HttpResponse::json(200, QJsonObject{{u"visits"_s, list}});
}

HttpResponse Api::deleteVisit(Store &store, const Principal &who, const HttpRequest &request,
                              const QString &id)
{
    const Role role = who.account.role;
    if (role != Role::Outreach && role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only outreach workers and admins remove visits."));
    return idempotentWrite(
        store, who, request, KeyRule::Optional, QByteArray(),
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto visit = s.visit(id);
            if (!visit) {
                if (!s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                return HttpResponse::error(404, u"not_found"_s, tr("There is no such visit."));
            }
            if (role == Role::Outreach && visit->staffId != who.account.staffId)
                return HttpResponse::error(403, u"forbidden"_s,
                                           tr("This visit is another outreach worker's."));
            if (!writer.cancelVisit(id))
                return databaseFailure(writer.errorString());
            *recordId = id;
            HttpResponse r;
            r.status = 204;
            return r;
        });
}

HttpResponse Api::getDossier(Store &store, const Principal &who, const QString &citizenId)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 sees no dossiers.").arg(roleCode(who.account.role)));
    // The cursor before the records: whatever changes after it reaches the client through the
    // feed from this cursor on, so reading a newer state here loses nothing.
    qint64 cursor = store.committedSeq();
    if (cursor < 0)
        return databaseFailure(store.lastError());
    const auto citizen = store.record(RecordKind::Citizen, citizenId);
    if (!citizen) {
        if (!store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        return HttpResponse::error(404, u"not_found"_s, tr("There is no such citizen."));
    }
    if (auto refused = refuseOutsideDossiers(store, who, citizenId, citizen->scopeA))
        return *refused;
    // A helpdesk account's opening is logged and puts the dossier in its feed for the
    // retention; the cursor is read after that write, so the answer covers it.
    if (who.account.role == Role::Helpdesk) {
        if (auto failed =
                logHelpdeskRead(store, who, citizenId, citizen->scopeA, Opening::OpenDossier))
            return *failed;
        cursor = store.committedSeq();
        if (cursor < 0)
            return databaseFailure(store.lastError());
    }
    const QList<StoredRecord> dependents = store.dependentsOf(citizenId, Store::Body::With);
    if (!store.lastError().isEmpty())
        return databaseFailure(store.lastError());
    const auto reports = store.reportsOf(citizenId, Store::Body::With);
    if (!reports)
        return databaseFailure(store.lastError());

    QJsonArray reportList;
    for (const StoredRecord &r : *reports)
        reportList.append(objectOf(r.body));
    QJsonArray documents;
    QJsonArray contacts;
    QJsonArray progress;
    QJsonArray actions;
    QJsonArray tasks;
    for (const StoredRecord &r : dependents) {
        switch (r.kind) {
        case RecordKind::Document:
            documents.append(objectOf(r.body));
            break;
        case RecordKind::ContactMoment:
            contacts.append(objectOf(r.body));
            break;
        case RecordKind::GuideProgress:
            progress.append(objectOf(r.body));
            break;
        case RecordKind::DocumentAction:
            actions.append(objectOf(r.body));
            break;
        case RecordKind::Task:
            tasks.append(objectOf(r.body));
            break;
        case RecordKind::Municipality:
        case RecordKind::Category:
        case RecordKind::Citizen:
        case RecordKind::Report:
        case RecordKind::Visit:
            break; // never a citizen's dependent
        }
    }
    HttpResponse r = HttpResponse::json(200, QJsonObject{{u"citizen"_s, objectOf(citizen->body)},
                                                         {u"reports"_s, reportList},
                                                         {u"documents"_s, documents},
                                                         {u"contact_moments"_s, contacts},
                                                         {u"guide_progress"_s, progress},
                                                         {u"document_actions"_s, actions},
                                                         {u"tasks"_s, tasks},
                                                         {u"cursor"_s, QString::number(cursor)}});
    return r;
}

HttpResponse Api::getAccounts(Store &store, const Principal &who)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s, tr("Only an admin manages accounts."));
    const auto accounts = store.accounts();
    if (!accounts)
        return databaseFailure(store.lastError());
    QJsonArray list;
    for (const Account &a : *accounts)
        list.append(accountJson(a, seesDossiers(a.role) ? a.scope : QStringList()));
    return HttpResponse::json(200, QJsonObject{{u"accounts"_s, list}});
}

HttpResponse Api::setWipe(Store &store, const Principal &who, const HttpRequest &request,
                          const QString &staffId, WipeFlag flag)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only an admin requests or cancels a remote wipe."));
    return idempotentWrite(
        store, who, request, flag == WipeFlag::Set ? KeyRule::Required : KeyRule::Optional,
        QByteArray(), [&](Store &s, Writer &, QString *recordId) {
            auto account = s.accountByStaffId(staffId);
            if (!account) {
                if (!s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                return HttpResponse::error(404, u"not_found"_s, tr("There is no such account."));
            }
            // Every request of a flagged account answers 410: an admin who flagged their own
            // could not undo it.
            if (account->staffId == who.account.staffId)
                return HttpResponse::error(409, u"own_account"_s,
                                           tr("An admin cannot request a wipe of their own "
                                              "account."));
            if (!s.setWipeFlag(account->staffId, flag))
                return databaseFailure(s.lastError());
            account->wipeRequested = flag == WipeFlag::Set;
            *recordId = account->staffId;
            return HttpResponse::json(200, accountJson(*account, seesDossiers(account->role)
                                                                     ? account->scope
                                                                     : QStringList()));
        });
}

} // namespace loket::hub
