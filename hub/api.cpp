#include "api.h"
#include "apicommon.h"
#include "database.h"
#include "open311server.h"
#include "writer.h"

#include "model/accessentry.h"
#include "model/documentaction.h"
#include "model/nationalnumber.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

constexpr int defaultFeedLimit = 500;
constexpr int maxFeedLimit = 5000;

// Splits an encoded path into decoded segments; "/api/v1/x" gives {"api", "v1", "x"}.
QStringList segmentsOf(const QString &encodedPath)
{
    QStringList out;
    const QStringList parts = encodedPath.split(u'/');
    for (qsizetype i = 1; i < parts.size(); ++i)
        out << QUrl::fromPercentEncoding(parts.at(i).toUtf8());
    return out;
}

// A 400 naming the field to blame; wire parser messages name it themselves.
HttpResponse invalidField(const QString &message, QString field = {})
{
    QJsonObject error{{u"code"_s, u"validation_failed"_s}, {u"message"_s, message}};
    if (field.isEmpty())
        field = fieldOf(message);
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return HttpResponse::json(400, QJsonObject{{u"error"_s, error}});
}

// The body of a PUT to a record's own address: a JSON object the wire parser `parse` accepts,
// whose id, when it has one, is the address's. On success `body` holds the object as sent
// (with the id filled in), for the idempotency check.
template<typename Record>
std::optional<Record> recordAtAddress(const HttpRequest &request, const QString &id,
                                      std::optional<Record> (*parse)(const QJsonObject &,
                                                                     QString *),
                                      QJsonObject *body, HttpResponse *refusal)
{
    auto object = parseObject(request, refusal);
    if (!object)
        return std::nullopt;
    if (!object->contains(u"id"_s))
        object->insert(u"id"_s, id);
    QString problem;
    auto record = parse(*object, &problem);
    if (!record) {
        *refusal = invalidField(problem);
        return std::nullopt;
    }
    if (record->id != id) {
        *refusal = invalidField(
            QCoreApplication::translate("Api", "The body's id differs from the address."), u"id"_s);
        return std::nullopt;
    }
    *body = std::move(*object);
    return record;
}

// The body of a POST as a record of the wire format. On success `body` holds the object as
// sent, for the idempotency check.
template<typename Record>
std::optional<Record> recordInBody(const HttpRequest &request,
                                   std::optional<Record> (*parse)(const QJsonObject &, QString *),
                                   QJsonObject *body, HttpResponse *refusal)
{
    auto object = parseObject(request, refusal);
    if (!object)
        return std::nullopt;
    QString problem;
    auto record = parse(*object, &problem);
    if (!record) {
        *refusal = invalidField(problem);
        return std::nullopt;
    }
    *body = std::move(*object);
    return record;
}

// Times arrive from many clients: they must carry their offset, and are kept in UTC.
std::optional<QString> utcTime(const QString &text)
{
    static const QRegularExpression zone(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    if (!zone.match(text).hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Checks what the wire parser cannot know about a contact moment and normalises its time.
std::optional<HttpResponse> checkContactMoment(ContactMoment &c)
{
    if (!isUuid(c.id))
        return invalidField(
            QCoreApplication::translate("Api", "The contact moment's id is not a UUID."), u"id"_s);
    const auto occurred = utcTime(c.occurredAt);
    if (!occurred)
        return invalidField(QCoreApplication::translate(
                                "Api", "The contact moment's occurred_at is not an ISO 8601 "
                                       "time with a time zone."),
                            u"occurred_at"_s);
    c.occurredAt = *occurred;
    if (!c.followUpDue.isEmpty() && !QDate::fromString(c.followUpDue, Qt::ISODate).isValid())
        return invalidField(
            QCoreApplication::translate("Api", "The contact moment's follow_up_due is not a date "
                                               "(YYYY-MM-DD)."),
            u"follow_up_due"_s);
    return std::nullopt;
}

// The entity tags of an If-None-Match or If-Match header.
QList<QByteArray> entityTags(const QByteArray &header)
{
    QList<QByteArray> out;
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (!tag.isEmpty())
            out << tag;
    }
    return out;
}

std::optional<qint64> versionFromTag(const QByteArray &tag)
{
    QByteArray value = tag;
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version < 0 || value.isEmpty() ||
        !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return version;
}

QString clientKey(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return u"address:"_s + (ok ? QHostAddress(v4).toString() : address.toString());
}

} // namespace

Api::Api(Database &database, ApiOptions options)
    : m_database(database)
    , m_options(options)
    , m_accountLimiter(options.loginFailuresPerAccount, options.loginWindowSeconds * 1000)
    , m_addressLimiter(options.loginFailuresPerAddress, options.loginWindowSeconds * 1000)
{}

HttpResponse Api::handle(const HttpRequest &request)
{
    QString error;
    Store *store = m_database.threadStore(&error);
    if (!store) {
        qWarning("loket-hub: cannot open the database: %s", qUtf8Printable(error));
        HttpResponse r = HttpResponse::error(
            503, u"unavailable"_s, tr("The hub's database is not available; try again later."));
        r.setHeader("Retry-After", "5");
        return r;
    }
    HttpResponse response = route(*store, request);
    if (store->inWrite())
        store->rollback(); // a handler that returned early must not leave its lock behind
    return response;
}

void Api::purgeExpired()
{
    QString error;
    Store *store = m_database.threadStore(&error);
    if (!store || !store->beginWrite())
        return;
    const qint64 now = nowMs();
    // Expired sessions stay a day, so that a late client hears "expired", not "unknown".
    if (store->purgeSessions(now - 24 * 3600 * 1000) &&
        store->purgeAnswers(now - m_options.idempotencyRetentionSeconds * 1000))
        store->commit();
    else
        store->rollback();
    if (!expireOpenedDossiers(*store, QString()))
        qWarning("loket-hub: expiring the helpdesk's dossiers failed: %s",
                 qUtf8Printable(store->lastError()));
}

HttpResponse Api::route(Store &store, const HttpRequest &request)
{
    const QStringList s = segmentsOf(request.path);
    const QByteArray &m = request.method;
    auto notAllowed = [](const QByteArray &allow) {
        HttpResponse r = HttpResponse::error(
            405, u"method_not_allowed"_s,
            tr("This method is not allowed here; allowed: %1.").arg(QString::fromLatin1(allow)));
        r.setHeader("Allow", allow);
        return r;
    };
    const auto notFound = HttpResponse::error(
        404, u"not_found"_s,
        tr("There is no such endpoint: %1.").arg(QUrl::fromPercentEncoding(request.path.toUtf8())));
    // Open311 GeoReport v2 speaks its own formats and keys (hub/open311server.h).
    if (!s.isEmpty() && s.at(0) == u"open311"_s)
        return Open311Server(store, m_database).handle(request);
    if (s.size() < 3 || s.at(0) != u"api"_s || s.at(1) != u"v1"_s)
        return notFound;

    if (s.size() == 3 && s.at(2) == u"session"_s) {
        if (m != "POST")
            return notAllowed("POST");
        return postSession(store, request);
    }

    // Every other endpoint: resolve the route first (404/405 need no token), then the token.
    enum class Target {
        Changes,
        CitizenLookup,
        Citizen,
        ContactMoments,
        ContactMoment,
        GuideProgress,
        Document,
        DocumentActions,
        DocumentAction,
        AccessLog,
        AdminAccounts,
        AdminRecord,
        Indicators,
        Visits,
        Visit,
        Dossier,
        Wipe,
        Reports,
        Report,
        ReportStatus,
        ReportCitizens,
        ReportPhotos,
        ReportPhoto,
        Open311Keys,
        Tasks,
        Task,
        TaskStep,
    };
    Target target;
    QByteArray allow;
    RecordKind kind = RecordKind::Citizen;
    QString id;
    if (s.size() == 3 && s.at(2) == u"changes"_s) {
        target = Target::Changes;
        allow = "GET";
    } else if (s.size() == 3 && s.at(2) == u"citizens"_s) {
        target = Target::CitizenLookup;
        allow = "GET";
    } else if (s.size() == 4 && s.at(2) == u"citizens"_s && !s.at(3).isEmpty()) {
        target = Target::Citizen;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 5 && s.at(2) == u"citizens"_s && !s.at(3).isEmpty() &&
               s.at(4) == u"dossier"_s) {
        target = Target::Dossier;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 3 && s.at(2) == u"visits"_s) {
        target = Target::Visits;
        allow = "GET, POST";
    } else if (s.size() == 4 && s.at(2) == u"visits"_s && !s.at(3).isEmpty()) {
        target = Target::Visit;
        allow = "DELETE";
        id = s.at(3);
    } else if (s.size() == 3 && s.at(2) == u"tasks"_s) {
        target = Target::Tasks;
        allow = "POST";
    } else if (s.size() == 4 && s.at(2) == u"tasks"_s && !s.at(3).isEmpty()) {
        target = Target::Task;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 5 && s.at(2) == u"tasks"_s && !s.at(3).isEmpty() &&
               (s.at(4) == u"claim"_s || s.at(4) == u"handover"_s || s.at(4) == u"close"_s ||
                s.at(4) == u"reopen"_s)) {
        target = Target::TaskStep;
        allow = "POST";
        id = s.at(3);
    } else if (s.size() == 3 && s.at(2) == u"reports"_s) {
        target = Target::Reports;
        allow = "POST";
    } else if (s.size() == 4 && s.at(2) == u"reports"_s && !s.at(3).isEmpty()) {
        target = Target::Report;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 5 && s.at(2) == u"reports"_s && !s.at(3).isEmpty() &&
               (s.at(4) == u"status"_s || s.at(4) == u"citizens"_s || s.at(4) == u"photos"_s)) {
        target = s.at(4) == u"status"_s     ? Target::ReportStatus
                 : s.at(4) == u"citizens"_s ? Target::ReportCitizens
                                            : Target::ReportPhotos;
        allow = "POST";
        id = s.at(3);
    } else if (s.size() == 4 && s.at(2) == u"report-photos"_s && !s.at(3).isEmpty()) {
        target = Target::ReportPhoto;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 4 && s.at(2) == u"admin"_s && s.at(3) == u"open311-keys"_s) {
        target = Target::Open311Keys;
        allow = "GET, POST";
    } else if (s.size() == 3 && s.at(2) == u"contact-moments"_s) {
        target = Target::ContactMoments;
        allow = "POST";
    } else if (s.size() == 4 && s.at(2) == u"contact-moments"_s && !s.at(3).isEmpty()) {
        target = Target::ContactMoment;
        allow = "GET, PUT";
        id = s.at(3);
    } else if (s.size() == 4 && s.at(2) == u"guide-progress"_s && !s.at(3).isEmpty()) {
        target = Target::GuideProgress;
        allow = "GET, PUT";
        id = s.at(3);
    } else if (s.size() == 4 && s.at(2) == u"documents"_s && !s.at(3).isEmpty()) {
        target = Target::Document;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 3 && s.at(2) == u"document-actions"_s) {
        target = Target::DocumentActions;
        allow = "POST";
    } else if (s.size() == 4 && s.at(2) == u"document-actions"_s && !s.at(3).isEmpty()) {
        target = Target::DocumentAction;
        allow = "GET";
        id = s.at(3);
    } else if (s.size() == 3 && s.at(2) == u"access-log"_s) {
        target = Target::AccessLog;
        allow = "GET, POST";
    } else if (s.size() == 3 && s.at(2) == u"indicators"_s) {
        target = Target::Indicators;
        allow = "GET";
    } else if (s.size() == 4 && s.at(2) == u"admin"_s && s.at(3) == u"accounts"_s) {
        target = Target::AdminAccounts;
        allow = "GET, POST";
    } else if (s.size() == 6 && s.at(2) == u"admin"_s && s.at(3) == u"accounts"_s &&
               !s.at(4).isEmpty() && s.at(5) == u"wipe"_s) {
        target = Target::Wipe;
        allow = "POST, DELETE";
        id = s.at(4);
    } else if (s.size() == 5 && s.at(2) == u"admin"_s && !s.at(4).isEmpty()) {
        target = Target::AdminRecord;
        id = s.at(4);
        const QString &collection = s.at(3);
        if (collection == u"citizens"_s) {
            kind = RecordKind::Citizen;
            allow = "PUT, DELETE";
        } else if (collection == u"documents"_s) {
            kind = RecordKind::Document;
            allow = "PUT, DELETE";
        } else if (collection == u"reports"_s) {
            kind = RecordKind::Report;
            allow = "PUT, DELETE";
        } else if (collection == u"municipalities"_s) {
            kind = RecordKind::Municipality;
            allow = "PUT";
        } else if (collection == u"categories"_s) {
            kind = RecordKind::Category;
            allow = "PUT";
        } else {
            return notFound;
        }
    } else {
        return notFound;
    }
    const QList<QByteArray> allowed = allow.split(',');
    if (!std::any_of(allowed.cbegin(), allowed.cend(),
                     [&m](const QByteArray &a) { return a.trimmed() == m; }))
        return notAllowed(allow);

    HttpResponse refusal;
    const auto who = authenticate(store, request, &refusal);
    if (!who)
        return refusal;

    switch (target) {
    case Target::Changes:
        return getChanges(store, *who, request);
    case Target::CitizenLookup:
        return getCitizenLookup(store, *who, request);
    case Target::Citizen:
        return getRecord(store, *who, request, RecordKind::Citizen, id);
    case Target::ContactMoments:
        return postContactMoment(store, *who, request);
    case Target::ContactMoment:
        return m == "GET" ? getRecord(store, *who, request, RecordKind::ContactMoment, id)
                          : putContactMoment(store, *who, request, id);
    case Target::GuideProgress:
        return m == "GET" ? getRecord(store, *who, request, RecordKind::GuideProgress, id)
                          : putGuideProgress(store, *who, request, id);
    case Target::Document:
        return getRecord(store, *who, request, RecordKind::Document, id);
    case Target::DocumentActions:
        return postDocumentAction(store, *who, request);
    case Target::DocumentAction:
        return getRecord(store, *who, request, RecordKind::DocumentAction, id);
    case Target::AccessLog:
        return m == "GET" ? getAccessLog(store, *who, request)
                          : postAccessEntry(store, *who, request);
    case Target::AdminAccounts:
        return m == "GET" ? getAccounts(store, *who) : postAccount(store, *who, request);
    case Target::Visits:
        return m == "GET" ? getVisits(store, *who, request) : postVisit(store, *who, request);
    case Target::Visit:
        return deleteVisit(store, *who, request, id);
    case Target::Dossier:
        return getDossier(store, *who, id);
    case Target::Wipe:
        return setWipe(store, *who, request, id, m == "POST" ? WipeFlag::Set : WipeFlag::Clear);
    case Target::Indicators:
        return getIndicators(store, *who, request);
    case Target::AdminRecord:
        return m == "PUT" ? putAdminRecord(store, *who, request, kind, id)
                          : deleteAdminRecord(store, *who, request, kind, id);
    case Target::Tasks:
        return postTask(store, *who, request);
    case Target::Task:
        return getTask(store, *who, id);
    case Target::TaskStep: {
        const QString &step = s.at(4);
        return postTaskStep(store, *who, request, id,
                            step == u"claim"_s      ? TaskStep::Claim
                            : step == u"handover"_s ? TaskStep::HandOver
                            : step == u"close"_s    ? TaskStep::Close
                                                    : TaskStep::Reopen);
    }
    case Target::Reports:
        return postReport(store, *who, request);
    case Target::Report:
        return getReport(store, *who, request, id);
    case Target::ReportStatus:
        return postReportStatus(store, *who, request, id);
    case Target::ReportCitizens:
        return postReportCitizen(store, *who, request, id);
    case Target::ReportPhotos:
        return postReportPhoto(store, *who, request, id);
    case Target::ReportPhoto:
        return getReportPhoto(store, *who, id);
    case Target::Open311Keys:
        return m == "GET" ? getOpen311Keys(store, *who) : postOpen311Key(store, *who, request);
    }
    return notFound;
}

std::optional<Api::Principal> Api::authenticate(Store &store, const HttpRequest &request,
                                                HttpResponse *refusal)
{
    auto unauthorized = [refusal](const QString &code, const QString &message) {
        *refusal = HttpResponse::error(401, code, message);
        refusal->setHeader("WWW-Authenticate", code == u"token_expired"_s
                                                   ? "Bearer error=\"invalid_token\""
                                                   : "Bearer");
        return std::nullopt;
    };
    const QByteArray header = request.header("Authorization");
    if (header.isEmpty())
        return unauthorized(u"unauthorized"_s, tr("This request needs a bearer token; log in "
                                                  "first (POST /api/v1/session)."));
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return unauthorized(u"unauthorized"_s, tr("Only bearer tokens are accepted."));
    const QByteArray token = header.mid(7).trimmed();
    const bool wellFormed =
        token.size() == 64 && std::all_of(token.cbegin(), token.cend(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
    if (!wellFormed)
        return unauthorized(u"unauthorized"_s, tr("The token is not valid; log in again."));
    const auto session = store.session(auth::sha256Hex(token));
    if (!session) {
        if (!store.lastError().isEmpty()) {
            *refusal = databaseFailure(store.lastError());
            return std::nullopt;
        }
        return unauthorized(u"unauthorized"_s, tr("The token is not valid; log in again."));
    }
    // Before expiry and the disabled flag: a lost laptop must learn of its wipe whatever else
    // happened to its account.
    if (session->account.wipeRequested) {
        *refusal = wipeRequested();
        return std::nullopt;
    }
    if (session->expiresAtMs <= nowMs())
        return unauthorized(u"token_expired"_s, tr("The session has expired; log in again."));
    const Account *account = &session->account;
    if (account->disabled)
        return unauthorized(u"unauthorized"_s, tr("The account of this token is no longer "
                                                  "active."));
    Principal p;
    p.account = *account;
    if (seesDossiers(account->role))
        p.dossierScope = account->scope;
    return p;
}

HttpResponse Api::idempotentWrite(Store &store, const Principal &who, const HttpRequest &request,
                                  KeyRule rule, const QByteArray &canonicalBody,
                                  const Change &change)
{
    const QString key = QString::fromLatin1(request.header("Idempotency-Key")).trimmed().toLower();
    if (key.isEmpty() && rule == KeyRule::Required)
        return HttpResponse::error(400, u"idempotency_key_required"_s,
                                   tr("This request needs an Idempotency-Key header holding a "
                                      "UUID that the client keeps with its outbox entry."));
    if (!key.isEmpty() && !isUuid(key))
        return HttpResponse::error(400, u"idempotency_key_required"_s,
                                   tr("The Idempotency-Key header must hold a UUID."));
    // The request this key stands for: who sent what where, with which precondition.
    const QByteArray fingerprint = auth::sha256Hex(
        who.account.staffId.toUtf8() + '\n' + request.method + '\n' + request.path.toUtf8() + '\n' +
        request.header("If-Match") + '\n' + canonicalBody);

    if (!store.beginWrite()) {
        qWarning("loket-hub: cannot start a write: %s", qUtf8Printable(store.lastError()));
        HttpResponse r =
            HttpResponse::error(503, u"busy"_s, tr("The hub is busy; try again in a moment."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    if (!key.isEmpty()) {
        const auto stored = store.answer(key);
        if (!stored && !store.lastError().isEmpty()) {
            const QString error = store.lastError();
            store.rollback();
            return databaseFailure(error);
        }
        if (stored) {
            store.rollback();
            if (stored->fingerprint != fingerprint)
                return HttpResponse::error(
                    422, u"idempotency_key_reused"_s,
                    tr("This Idempotency-Key was used for a different request."));
            HttpResponse replay = HttpResponse::raw(stored->status, stored->body);
            if (!stored->etag.isEmpty())
                replay.setHeader("ETag", stored->etag);
            replay.setHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }
    Writer writer(store, nowIso());
    QString recordId;
    HttpResponse response = change(store, writer, &recordId);
    if (response.status >= 300) {
        // Refusals change nothing and are not stored: the same request may succeed later.
        store.rollback();
        return response;
    }
    if (!key.isEmpty()) {
        StoredAnswer answer;
        answer.fingerprint = fingerprint;
        answer.staffId = who.account.staffId;
        answer.recordId = recordId;
        answer.status = response.status;
        answer.etag = response.header("ETag");
        answer.body = response.body;
        if (!store.insertAnswer(key, answer, nowMs())) {
            const QString error = store.lastError();
            store.rollback();
            return databaseFailure(error);
        }
    }
    if (!store.commit())
        return databaseFailure(store.lastError());
    return response;
}

HttpResponse Api::postSession(Store &store, const HttpRequest &request)
{
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const QJsonValue userValue = body->value(u"user"_s);
    const QJsonValue passwordValue = body->value(u"password"_s);
    if (!userValue.isString() || userValue.toString().isEmpty())
        return invalidField(tr("A login needs a user name."), u"user"_s);
    if (!passwordValue.isString() || passwordValue.toString().isEmpty())
        return invalidField(tr("A login needs a password."), u"password"_s);
    const QString user = userValue.toString();
    const QString password = passwordValue.toString();

    const QString accountKey = u"account:"_s + user.toCaseFolded();
    const QString addressKey = clientKey(request.remoteAddress);
    const int waitAccount = m_accountLimiter.blockedFor(accountKey).value_or(0);
    const int waitAddress = m_addressLimiter.blockedFor(addressKey).value_or(0);
    if (waitAccount > 0 || waitAddress > 0) {
        HttpResponse r =
            HttpResponse::error(429, u"too_many_attempts"_s,
                                tr("Too many failed logins; try again in %n second(s).", nullptr,
                                   qMax(waitAccount, waitAddress)));
        r.setHeader("Retry-After", QByteArray::number(qMax(waitAccount, waitAddress)));
        return r;
    }

    const auto account = store.accountByUser(user);
    if (!account && !store.lastError().isEmpty())
        return databaseFailure(store.lastError());
    bool ok = false;
    if (account)
        ok = auth::verifyPassword(account->passwordHash, password);
    else
        auth::verifyDummy(password);
    // The right password of an account flagged for a wipe learns of the wipe, also when the
    // account is disabled as well (a lost laptop usually is both).
    if (ok && account->wipeRequested) {
        m_accountLimiter.reset(accountKey);
        return wipeRequested();
    }
    ok = ok && !account->disabled;
    if (!ok) {
        m_accountLimiter.recordFailure(accountKey);
        m_addressLimiter.recordFailure(addressKey);
        return HttpResponse::error(401, u"invalid_credentials"_s,
                                   tr("The user name or the password is wrong."));
    }
    m_accountLimiter.reset(accountKey);

    // Hashing is slow on purpose: do it before taking the hub's write lock.
    const QString rehash =
        auth::needsRehash(account->passwordHash) ? auth::hashPassword(password) : QString();
    const QByteArray token = auth::newToken();
    const qint64 created = nowMs();
    const qint64 expires = created + m_options.tokenLifetimeSeconds * 1000;
    if (!store.beginWrite())
        return databaseFailure(store.lastError());
    if (!store.insertSession(auth::sha256Hex(token), account->staffId, created, expires) ||
        (!rehash.isEmpty() && !store.setPasswordHash(account->staffId, rehash)) ||
        !store.commit()) {
        const QString error = store.lastError();
        store.rollback();
        return databaseFailure(error);
    }
    const QStringList scope = seesDossiers(account->role) ? account->scope : QStringList();
    return HttpResponse::json(
        200,
        QJsonObject{{u"token"_s, QString::fromLatin1(token)},
                    {u"expires_at"_s,
                     QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODateWithMs)},
                    {u"role"_s, roleCode(account->role)},
                    {u"municipality"_s, account->municipalityNis},
                    {u"scope"_s, QJsonArray::fromStringList(scope)},
                    {u"staff_id"_s, account->staffId},
                    {u"display_name"_s, account->displayName}});
}

HttpResponse Api::getChanges(Store &store, const Principal &who, const HttpRequest &request)
{
    auto digits = [](const QString &text, int maxLength) {
        return !text.isEmpty() && text.size() <= maxLength &&
               std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    qint64 since = 0;
    const QString sinceText = request.query.queryItemValue(u"since"_s, QUrl::FullyDecoded);
    if (!sinceText.isEmpty()) {
        if (!digits(sinceText, 18))
            return HttpResponse::error(400, u"invalid_cursor"_s,
                                       tr("The cursor is not one this hub handed out."));
        since = sinceText.toLongLong();
    }
    int limit = defaultFeedLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        const QString limitText = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        const int value = digits(limitText, 9) ? limitText.toInt() : 0;
        if (value < 1 || value > maxFeedLimit)
            return HttpResponse::error(
                400, u"invalid_limit"_s,
                tr("The limit must be a whole number from 1 to %1.").arg(maxFeedLimit));
        limit = value;
    }
    FeedScope scope;
    if (who.account.role == Role::Outreach) {
        scope.extent = FeedScope::Extent::VisitList;
        scope.staffId = who.account.staffId;
    } else if (who.account.role == Role::Helpdesk) {
        // The dossiers it opened within the retention; the older ones leave with tombstones
        // written before the page is read.
        if (!expireOpenedDossiers(store, who.account.staffId))
            return databaseFailure(store.lastError());
        scope.extent = FeedScope::Extent::OpenedList;
        scope.staffId = who.account.staffId;
        // The helpdesk also sees the tasks of its queue and those it owns, wherever they are.
        scope.nisCodes << Writer::taskHelpdeskScope()
                       << Writer::taskOwnerScope(who.account.staffId);
    } else if (!who.dossierScope.isEmpty()) {
        scope.nisCodes = who.dossierScope;
        scope.extent = FeedScope::Extent::Listed;
        // Most accounts see one municipality: only a wider scope can be the whole region.
        if (who.dossierScope.size() > 1) {
            const QStringList all = store.municipalityCodes();
            if (!all.isEmpty() && std::all_of(all.cbegin(), all.cend(), [&](const QString &nis) {
                    return who.dossierScope.contains(nis);
                }))
                scope.extent = FeedScope::Extent::Region;
        }
    }
    const auto page = store.feed(scope, since, limit);
    if (!page)
        return databaseFailure(store.lastError());
    if (since > page->head)
        return HttpResponse::error(400, u"invalid_cursor"_s,
                                   tr("The cursor is ahead of this hub (was it restored from a "
                                      "backup?); start again without a cursor."));

    qsizetype size = 64;
    for (const FeedEntry &e : page->entries)
        size += e.body.size() + e.id.size() + 96;
    QByteArray out;
    out.reserve(size);
    static const QByteArray upserts[] = {
        {}, // record kinds count from 1
        "{\"type\":\"municipality\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"category\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"citizen\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"report\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"document\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"contact_moment\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"guide_progress\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"document_action\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"visit\",\"op\":\"upsert\",\"id\":",
        "{\"type\":\"task\",\"op\":\"upsert\",\"id\":",
    };
    out += "{\"changes\":[";
    bool first = true;
    for (const FeedEntry &e : page->entries) {
        if (!first)
            out += ',';
        first = false;
        if (e.deleted) {
            out += "{\"type\":\"";
            out += kindCode(e.kind).toLatin1();
            out += "\",\"op\":\"delete\",\"id\":";
        } else {
            out += upserts[int(e.kind)];
        }
        appendJsonString(out, QByteArrayView(e.id));
        out += ",\"version\":";
        out += QByteArray::number(e.version);
        if (e.deleted) {
            out += ",\"reason\":";
            appendJsonString(out, e.reason);
        } else {
            out += ",\"data\":";
            out += e.body;
        }
        out += '}';
    }
    out += "],\"cursor\":\"";
    out += QByteArray::number(page->cursor);
    out += page->more ? "\",\"more\":true}" : "\",\"more\":false}";
    return HttpResponse::raw(200, std::move(out));
}

std::optional<HttpResponse> Api::refuseCitizen(Store &store, const Principal &who,
                                               const QString &citizenId,
                                               const QString &unknownCitizen)
{
    const auto citizen = store.record(RecordKind::Citizen, citizenId, Store::Body::Without);
    if (!citizen) {
        if (!store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        return HttpResponse::error(422, u"unknown_citizen"_s, unknownCitizen);
    }
    return refuseOutsideDossiers(store, who, citizenId, citizen->scopeA);
}

std::optional<HttpResponse> Api::refuseOutsideDossiers(Store &store, const Principal &who,
                                                       const QString &citizenId,
                                                       const QString &scopeA)
{
    if (who.account.role == Role::Outreach) {
        const auto listed = store.onVisitList(who.account.staffId, citizenId);
        if (!listed)
            return databaseFailure(store.lastError());
        if (!*listed)
            return HttpResponse::error(403, u"forbidden"_s,
                                       tr("This citizen is not on the visit list of this "
                                          "account."));
        return std::nullopt;
    }
    // The helpdesk reads and writes for any citizen of the region (DESIGN §4); its reads of a
    // citizen are logged where they happen (logHelpdeskRead).
    if (who.account.role == Role::Helpdesk) {
        if (scopeA.isEmpty() || scopeA == regionScope())
            return HttpResponse::error(403, u"forbidden"_s,
                                       tr("This citizen does not live in the region."));
        return std::nullopt;
    }
    if (!who.dossierScope.contains(scopeA))
        return HttpResponse::error(
            403, u"forbidden"_s, tr("This citizen is outside the municipalities of this account."));
    return std::nullopt;
}

HttpResponse Api::getRecord(Store &store, const Principal &who, const HttpRequest &request,
                            RecordKind kind, const QString &id)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 sees no dossiers.").arg(roleCode(who.account.role)));
    const auto record = store.record(kind, id);
    if (!record) {
        if (!store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        return HttpResponse::error(404, u"not_found"_s, tr("There is no such record."));
    }
    if (auto refused = refuseOutsideDossiers(
            store, who, kind == RecordKind::Citizen ? record->id : record->citizenId,
            record->scopeA))
        return *refused;
    if (who.account.role == Role::Helpdesk && kind == RecordKind::Citizen)
        if (auto failed =
                logHelpdeskRead(store, who, record->id, record->scopeA, Opening::ReadOnly))
            return *failed;
    const QByteArray etag = etagFor(record->version);
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty()) {
        const QList<QByteArray> tags = entityTags(ifNoneMatch);
        if (tags.contains("*") || tags.contains(etag)) {
            HttpResponse r;
            r.status = 304;
            r.setHeader("ETag", etag);
            return r;
        }
    }
    HttpResponse r = HttpResponse::raw(200, record->body);
    r.setHeader("ETag", etag);
    return r;
}

HttpResponse Api::postContactMoment(Store &store, const Principal &who, const HttpRequest &request)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 records no contact moments.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    QJsonObject body;
    auto parsed = recordInBody(request, &wire::contactMomentFromJson, &body, &refusal);
    if (!parsed)
        return refusal;
    ContactMoment contact = *parsed;
    if (auto bad = checkContactMoment(contact))
        return *bad;

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto existing =
                s.record(RecordKind::ContactMoment, contact.id, Store::Body::Without);
            if (existing)
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("A contact moment with this id exists already."));
            if (!s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (auto refused = refuseCitizen(
                    s, who, contact.citizenId,
                    tr("The citizen of this contact moment is not known to the hub.")))
                return *refused;
            // Who had the conversation is the account that logs it, whatever the body says.
            contact.staffId = who.account.staffId;
            if (contact.municipalityNis.isEmpty())
                contact.municipalityNis = who.account.municipalityNis;
            const auto rec = writer.put(contact);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = rec->id;
            HttpResponse r = HttpResponse::raw(201, rec->body);
            r.setHeader("ETag", etagFor(rec->version));
            r.setHeader("Location", "/api/v1/contact-moments/" + rec->id.toUtf8());
            return r;
        });
}

HttpResponse Api::putContactMoment(Store &store, const Principal &who, const HttpRequest &request,
                                   const QString &id)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 records no contact moments.").arg(roleCode(who.account.role)));
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        return HttpResponse::error(428, u"precondition_required"_s,
                                   tr("A correction needs If-Match with the version it is based "
                                      "on."));
    std::optional<qint64> base;
    if (ifMatch != "*") {
        const QList<QByteArray> tags = entityTags(ifMatch);
        if (tags.size() == 1)
            base = versionFromTag(tags.first());
        if (!base)
            return HttpResponse::error(400, u"invalid_if_match"_s,
                                       tr("If-Match must hold one version, such as \"3\"."));
    }
    HttpResponse refusal;
    QJsonObject body;
    auto parsed = recordAtAddress(request, id, &wire::contactMomentFromJson, &body, &refusal);
    if (!parsed)
        return refusal;
    ContactMoment contact = *parsed;
    if (auto bad = checkContactMoment(contact))
        return *bad;

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Optional, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto current = s.record(RecordKind::ContactMoment, id);
            if (!current) {
                if (!s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                return HttpResponse::error(404, u"not_found"_s,
                                           tr("There is no such contact moment."));
            }
            if (auto refused = refuseOutsideDossiers(s, who, current->citizenId, current->scopeA))
                return *refused;
            const QJsonObject currentJson = QJsonDocument::fromJson(current->body).object();
            if (base && *base != current->version) {
                HttpResponse r = HttpResponse::error(
                    412, u"version_conflict"_s,
                    tr("The contact moment was changed in the meantime (now version %1).")
                        .arg(current->version),
                    QJsonObject{{u"current"_s, currentJson}});
                r.setHeader("ETag", etagFor(current->version));
                return r;
            }
            if (contact.citizenId != current->citizenId)
                return HttpResponse::error(422, u"citizen_id_immutable"_s,
                                           tr("A contact moment cannot move to another citizen; "
                                              "cancel it and record a new one."));
            // The author and the place stay those of the conversation; the history row keeps
            // who corrected it.
            contact.staffId = currentJson.value(u"staff_id"_s).toString();
            contact.municipalityNis = currentJson.value(u"municipality_nis"_s).toString();
            if (!s.insertHistory(id, current->version, current->body, nowIso(),
                                 who.account.staffId))
                return databaseFailure(s.lastError());
            const auto rec = writer.put(contact);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = rec->id;
            HttpResponse r = HttpResponse::raw(200, rec->body);
            r.setHeader("ETag", etagFor(rec->version));
            return r;
        });
}

HttpResponse Api::putGuideProgress(Store &store, const Principal &who, const HttpRequest &request,
                                   const QString &id)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 records no guide progress.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    QJsonObject body;
    auto parsed = recordAtAddress(request, id, &wire::guideProgressFromJson, &body, &refusal);
    if (!parsed)
        return refusal;
    GuideProgress progress = *parsed;
    if (!progress.doneAt.isEmpty()) {
        const auto at = utcTime(progress.doneAt);
        if (!at)
            return invalidField(tr("The guide progress's done_at is not an ISO 8601 time with "
                                   "an offset."),
                                u"done_at"_s);
        progress.doneAt = *at;
    }

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            if (auto refused = refuseCitizen(
                    s, who, progress.citizenId,
                    tr("The citizen of this guide progress is not known to the hub.")))
                return *refused;
            // Who ticked the step is the account that sends it, whatever the body says.
            progress.staffId = who.account.staffId;
            const bool existed =
                s.record(RecordKind::GuideProgress, id, Store::Body::Without).has_value();
            if (!s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            const auto rec = writer.put(progress);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = rec->id;
            HttpResponse r = HttpResponse::raw(existed ? 200 : 201, rec->body);
            r.setHeader("ETag", etagFor(rec->version));
            if (!existed)
                r.setHeader("Location",
                            "/api/v1/guide-progress/" + QUrl::toPercentEncoding(rec->id));
            return r;
        });
}

HttpResponse Api::postDocumentAction(Store &store, const Principal &who, const HttpRequest &request)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 records no document actions.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    QJsonObject body;
    auto parsed = recordInBody(request, &wire::documentActionFromJson, &body, &refusal);
    if (!parsed)
        return refusal;
    DocumentAction action = *parsed;
    if (!isUuid(action.id))
        return invalidField(tr("The document action's id is not a UUID."), u"id"_s);
    const auto occurred = utcTime(action.occurredAt);
    if (!occurred)
        return invalidField(tr("The document action's occurred_at is not an ISO 8601 time with "
                               "a time zone."),
                            u"occurred_at"_s);
    action.occurredAt = *occurred;
    // The same rules as the client's (documentActionProblem), in the API's words.
    switch (documentActionProblem(action)) {
    case DocumentActionProblem::None:
        break;
    case DocumentActionProblem::MissingCitizen:
        return invalidField(tr("A document action needs a citizen_id."), u"citizen_id"_s);
    case DocumentActionProblem::MissingDocument:
        return invalidField(tr("A document action of kind %1 needs a document_id.")
                                .arg(documentActionKindCode(action.kind)),
                            u"document_id"_s);
    case DocumentActionProblem::UnexpectedDocument:
        return invalidField(tr("A document action of kind %1 is about the citizen: document_id "
                               "must be empty.")
                                .arg(documentActionKindCode(action.kind)),
                            u"document_id"_s);
    case DocumentActionProblem::MissingReason:
        return invalidField(tr("A document action of kind %1 needs a reason.")
                                .arg(documentActionKindCode(action.kind)),
                            u"reason"_s);
    case DocumentActionProblem::ReasonTooLong:
        return invalidField(
            tr("The reason is longer than %1 characters.").arg(documentActionReasonMaxLength),
            u"reason"_s);
    }

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            const auto existing =
                s.record(RecordKind::DocumentAction, action.id, Store::Body::Without);
            if (existing)
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("A document action with this id exists already."));
            if (!s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (auto refused = refuseCitizen(
                    s, who, action.citizenId,
                    tr("The citizen of this document action is not known to the hub.")))
                return *refused;
            if (!action.documentId.isEmpty()) {
                // The same answer whether the document is unknown or another citizen's: an
                // account learns nothing about documents outside the dossier it works on.
                const auto document =
                    s.record(RecordKind::Document, action.documentId, Store::Body::Without);
                if (!document && !s.lastError().isEmpty())
                    return databaseFailure(s.lastError());
                if (!document || document->citizenId != action.citizenId)
                    return HttpResponse::json(
                        422,
                        QJsonObject{{u"error"_s,
                                     QJsonObject{{u"code"_s, u"unknown_document"_s},
                                                 {u"message"_s,
                                                  tr("The document_id %1 is not a document of this "
                                                     "citizen.")
                                                      .arg(action.documentId)},
                                                 {u"field"_s, u"document_id"_s}}}});
            }
            // Who acted is the account that sends it, whatever the body says.
            action.staffId = who.account.staffId;
            if (action.municipalityNis.isEmpty())
                action.municipalityNis = who.account.municipalityNis;
            const auto rec = writer.put(action);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = rec->id;
            HttpResponse r = HttpResponse::raw(201, rec->body);
            r.setHeader("ETag", etagFor(rec->version));
            r.setHeader("Location", "/api/v1/document-actions/" + rec->id.toUtf8());
            return r;
        });
}

namespace {

QJsonObject accessLogJson(const AccessLogRow &row)
{
    return QJsonObject{{u"id"_s, row.id},
                       {u"staff_id"_s, row.staffId},
                       {u"staff_name"_s, row.staffName},
                       {u"citizen_id"_s, row.citizenId},
                       {u"action"_s, row.action},
                       {u"purpose"_s, row.purpose},
                       {u"municipality_nis"_s, row.municipalityNis},
                       {u"occurred_at"_s, row.occurredAt},
                       {u"received_at"_s, row.receivedAt},
                       // Written once: its first version is its only one.
                       {u"version"_s, 1}};
}

} // namespace

HttpResponse Api::postAccessEntry(Store &store, const Principal &who, const HttpRequest &request)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 consults no dossiers.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    QJsonObject body;
    auto parsed = recordInBody(request, &wire::accessEntryFromJson, &body, &refusal);
    if (!parsed)
        return refusal;
    AccessEntry entry = *parsed;
    if (!isUuid(entry.id))
        return invalidField(tr("The access-log entry's id is not a UUID."), u"id"_s);
    const auto occurred = utcTime(entry.occurredAt);
    if (!occurred)
        return invalidField(tr("The access-log entry's occurred_at is not an ISO 8601 time with "
                               "a time zone."),
                            u"occurred_at"_s);

    AccessLogRow row;
    row.id = entry.id.toLower();
    // Who consulted is the account that sends it, whatever the body says.
    row.staffId = who.account.staffId;
    row.staffName = who.account.displayName;
    row.citizenId = entry.citizenId;
    row.action = accessActionCode(entry.action);
    row.purpose = accessPurposeCode(entry.purpose);
    row.municipalityNis =
        entry.municipalityNis.isEmpty() ? who.account.municipalityNis : entry.municipalityNis;
    row.occurredAt = *occurred;

    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &, QString *recordId) {
            const auto existing = s.accessEntry(row.id);
            if (!existing && !s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (existing) {
                // The same consultation sent again under another key (its first answer was
                // purged): it is in the log once, and the client learns that it arrived.
                if (existing->staffId == row.staffId && existing->citizenId == row.citizenId &&
                    existing->action == row.action && existing->purpose == row.purpose &&
                    existing->municipalityNis == row.municipalityNis &&
                    existing->occurredAt == row.occurredAt)
                    return HttpResponse::json(200, accessLogJson(*existing));
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("An access-log entry with this id exists already."));
            }
            if (auto refused = refuseCitizen(
                    s, who, row.citizenId,
                    tr("The citizen of this access-log entry is not known to the hub.")))
                return *refused;
            row.seq = s.nextSeq();
            row.receivedAt = nowIso();
            if (!s.insertAccessEntry(row))
                return databaseFailure(s.lastError());
            *recordId = row.id;
            return HttpResponse::json(201, accessLogJson(row));
        });
}

HttpResponse Api::getAccessLog(Store &store, const Principal &who, const HttpRequest &request)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s, tr("Only an admin reads the access log."));
    const QString citizenId =
        request.query.queryItemValue(u"citizen_id"_s, QUrl::FullyDecoded).trimmed();
    const QString staffId =
        request.query.queryItemValue(u"staff_id"_s, QUrl::FullyDecoded).trimmed();
    if (citizenId.isEmpty() && !staffId.isEmpty()) {
        // The online lookups of a staff member: they name no citizen.
        const auto lookups = store.lookupLogOf(staffId);
        if (!lookups)
            return databaseFailure(store.lastError());
        QJsonArray list;
        for (const LookupLogRow &row : *lookups)
            list.append(QJsonObject{{u"id"_s, row.id},
                                    {u"staff_id"_s, row.staffId},
                                    {u"staff_name"_s, row.staffName},
                                    {u"purpose"_s, row.purpose},
                                    {u"query"_s, row.queryText},
                                    {u"municipality_nis"_s, row.municipalityNis},
                                    {u"result_count"_s, row.resultCount},
                                    {u"occurred_at"_s, row.occurredAt}});
        return HttpResponse::json(200, QJsonObject{{u"staff_id"_s, staffId}, {u"lookups"_s, list}});
    }
    if (citizenId.isEmpty())
        return invalidField(tr("Name the citizen whose consultations to list: citizen_id."),
                            u"citizen_id"_s);
    const auto rows = store.accessLogFor(citizenId);
    if (!rows)
        return databaseFailure(store.lastError());
    QJsonArray entries;
    for (const AccessLogRow &row : *rows)
        entries.append(accessLogJson(row));
    return HttpResponse::json(200,
                              QJsonObject{{u"citizen_id"_s, citizenId}, {u"entries"_s, entries}});
}

HttpResponse Api::postAccount(Store &store, const Principal &who, const HttpRequest &request)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s, tr("Only an admin manages accounts."));
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (key.isEmpty() || !isUuid(QString::fromLatin1(key)))
        return HttpResponse::error(400, u"idempotency_key_required"_s,
                                   tr("This request needs an Idempotency-Key header holding a "
                                      "UUID."));
    HttpResponse refusal;
    auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    auto text = [&](const QString &field) {
        const QJsonValue v = body->value(field);
        return v.isString() ? v.toString() : QString();
    };
    Account a;
    a.userName = text(u"user"_s).trimmed();
    const QString password = text(u"password"_s);
    const auto role = roleFromCode(text(u"role"_s));
    a.municipalityNis = text(u"municipality"_s);
    a.displayName = text(u"display_name"_s);
    a.staffId = text(u"staff_id"_s);
    if (a.userName.isEmpty() || a.userName.size() > 128)
        return invalidField(tr("An account needs a user name of at most 128 characters."),
                            u"user"_s);
    if (password.size() < 8)
        return invalidField(tr("An account needs a password of at least 8 characters."),
                            u"password"_s);
    if (!role)
        return invalidField(tr("The role must be counter, outreach, helpdesk, manager or admin."),
                            u"role"_s);
    a.role = *role;
    if (a.staffId.isEmpty())
        a.staffId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (a.displayName.isEmpty())
        a.displayName = a.userName;
    const QJsonValue scopeValue = body->value(u"scope"_s);
    if (scopeValue.isArray()) {
        for (const QJsonValue &v : scopeValue.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return invalidField(tr("The scope must list NIS codes."), u"scope"_s);
            if (!a.scope.contains(v.toString()))
                a.scope << v.toString();
        }
    } else if (!scopeValue.isUndefined() && !scopeValue.isNull()) {
        return invalidField(tr("The scope must list NIS codes."), u"scope"_s);
    }
    if (a.scope.isEmpty() && !a.municipalityNis.isEmpty() && seesDossiers(a.role))
        a.scope << a.municipalityNis;
    if (seesDossiers(a.role) && a.scope.isEmpty())
        return invalidField(tr("An account of this role needs a municipality."), u"municipality"_s);
    // Slow on purpose, so outside the write lock. The fingerprint leaves the password out:
    // a fast hash of it must not be stored anywhere.
    a.passwordHash = auth::hashPassword(password);
    if (a.passwordHash.isEmpty())
        return databaseFailure(u"password hashing failed (out of memory?)"_s);
    a.createdAt = nowIso();
    QJsonObject withoutPassword = *body;
    withoutPassword.remove(u"password"_s);
    const QByteArray canonical = QJsonDocument(withoutPassword).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &, QString *recordId) {
            const QStringList known = s.municipalityCodes();
            QStringList wanted = a.scope;
            if (!a.municipalityNis.isEmpty())
                wanted << a.municipalityNis;
            for (const QString &nis : std::as_const(wanted)) {
                if (!known.contains(nis))
                    return HttpResponse::error(
                        422, u"unknown_municipality"_s,
                        tr("%1 is not a municipality of the region.").arg(nis));
            }
            if (s.accountByUser(a.userName) || s.accountByStaffId(a.staffId))
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("An account with this user name or staff id "
                                              "exists already."));
            if (!s.lastError().isEmpty())
                return databaseFailure(s.lastError());
            if (!s.insertAccount(a))
                return databaseFailure(s.lastError());
            *recordId = a.staffId;
            return HttpResponse::json(
                201, accountJson(a, seesDossiers(a.role) ? a.scope : QStringList()));
        });
}

HttpResponse Api::putAdminRecord(Store &store, const Principal &who, const HttpRequest &request,
                                 RecordKind kind, const QString &id)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only an admin changes the register's records."));
    HttpResponse refusal;
    auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const QString idField = kind == RecordKind::Municipality ? u"nis_code"_s
                            : kind == RecordKind::Category   ? u"code"_s
                                                             : u"id"_s;
    if (!body->contains(idField))
        body->insert(idField, id);
    if (body->value(idField).toString() != id)
        return invalidField(tr("The body's %1 differs from the address.").arg(idField), idField);
    // The hub assigns versions; the register's copy may leave them out.
    body->insert(u"version"_s, 0);
    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);

    QString problem;
    std::function<std::optional<StoredRecord>(Writer &)> put;
    switch (kind) {
    case RecordKind::Municipality:
        if (auto m = wire::municipalityFromJson(*body, &problem))
            put = [m = *m](Writer &w) { return w.put(m); };
        break;
    case RecordKind::Category:
        if (auto c = wire::categoryFromJson(*body, &problem))
            put = [c = *c](Writer &w) { return w.put(c); };
        break;
    case RecordKind::Citizen:
        if (auto c = wire::citizenFromJson(*body, &problem)) {
            if (!c->nationalNumber.isEmpty() && !NationalNumber::parse(c->nationalNumber))
                return invalidField(
                    tr("The national number fails its check: a digit is probably wrong."),
                    u"national_number"_s);
            put = [c = *c](Writer &w) { return w.put(c); };
        }
        break;
    case RecordKind::Report:
        if (auto r = wire::reportFromJson(*body, &problem))
            put = [r = *r](Writer &w) { return w.put(r); };
        break;
    case RecordKind::Document:
        if (auto d = wire::documentFromJson(*body, &problem))
            put = [d = *d](Writer &w) { return w.put(d); };
        break;
    case RecordKind::ContactMoment:
    case RecordKind::GuideProgress:
    case RecordKind::DocumentAction:
    case RecordKind::Visit:
    case RecordKind::Task:
        break;
    }
    if (!put)
        return invalidField(problem.isEmpty() ? tr("This record type cannot be written here.")
                                              : problem);
    return idempotentWrite(
        store, who, request, KeyRule::Optional, canonical,
        [&](Store &, Writer &writer, QString *recordId) {
            const auto rec = put(writer);
            if (!rec) {
                switch (writer.problem()) {
                case Writer::Problem::UnknownMunicipality:
                    return HttpResponse::error(422, u"unknown_municipality"_s,
                                               writer.errorString());
                case Writer::Problem::UnknownCitizen:
                    return HttpResponse::error(422, u"unknown_citizen"_s, writer.errorString());
                default:
                    return databaseFailure(writer.errorString());
                }
            }
            *recordId = rec->id;
            HttpResponse r = HttpResponse::raw(rec->version == 1 ? 201 : 200, rec->body);
            r.setHeader("ETag", etagFor(rec->version));
            return r;
        });
}

HttpResponse Api::deleteAdminRecord(Store &store, const Principal &who, const HttpRequest &request,
                                    RecordKind kind, const QString &id)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only an admin removes the register's records."));
    return idempotentWrite(
        store, who, request, KeyRule::Optional, QByteArray(),
        [&](Store &, Writer &writer, QString *recordId) {
            QJsonObject result;
            if (kind == RecordKind::Citizen) {
                const auto erased = writer.eraseCitizen(id);
                if (erased)
                    result = QJsonObject{
                        {u"erased"_s,
                         QJsonObject{{u"citizen"_s, id},
                                     {u"documents"_s, erased->documents},
                                     {u"contact_moments"_s, erased->contactMoments},
                                     {u"guide_progress"_s, erased->guideProgress},
                                     {u"document_actions"_s, erased->documentActions}}}};
            } else if (writer.remove(kind, id, u"deleted"_s)) {
                result = QJsonObject{
                    {u"deleted"_s, QJsonObject{{u"type"_s, kindCode(kind)}, {u"id"_s, id}}}};
            }
            if (result.isEmpty()) {
                if (writer.problem() == Writer::Problem::NotFound)
                    return HttpResponse::error(404, u"not_found"_s, tr("There is no such record."));
                return databaseFailure(writer.errorString());
            }
            *recordId = id;
            return HttpResponse::json(200, result);
        });
}

} // namespace loket::hub
