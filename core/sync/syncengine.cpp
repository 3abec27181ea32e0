#include "syncengine.h"
#include "clock.h"
#include "model/belgiantime.h"
#include "open311relay.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/guideprogresstable.h"
#include "store/outbox.h"
#include "store/schema.h"
#include "store/syncstate.h"
#include "wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace loket {
namespace {

QString scopeText(QStringList scope)
{
    scope.sort();
    scope.removeDuplicates();
    return scope.join(u',');
}

bool retryableStatus(int status)
{
    return status == 408 || status == 425 || status == 429 || status >= 500;
}

constexpr int defaultCheckpointInterval = 1000; // SQLite's default, in pages

// A hub that asks every client to wait (busy, maintenance) is asked nothing else meanwhile.
bool hubWideWait(int status)
{
    return status == 429 || status == 503;
}

QString entityLabel(const QString &type)
{
    // Free function: the context is spelled out so that lupdate and tr() agree.
    if (type == QLatin1String("contact_moment"))
        return QCoreApplication::translate("loket::SyncEngine", "contact moment");
    if (type == QLatin1String("citizen"))
        return QCoreApplication::translate("loket::SyncEngine", "citizen");
    if (type == QLatin1String("guide_progress"))
        return QCoreApplication::translate("loket::SyncEngine", "step of a guide");
    if (type == QLatin1String("document_action"))
        return QCoreApplication::translate("loket::SyncEngine", "document action");
    if (type == QLatin1String("access_entry"))
        return QCoreApplication::translate("loket::SyncEngine", "access-log entry");
    if (type == QLatin1String("visit"))
        return QCoreApplication::translate("loket::SyncEngine", "visit");
    if (type == QLatin1String("report"))
        return QCoreApplication::translate("loket::SyncEngine", "report");
    if (type == QLatin1String("report_photo"))
        return QCoreApplication::translate("loket::SyncEngine", "photo of a report");
    return type;
}

} // namespace

SyncEngine::SyncEngine(Connection &connection, CacheWriter &writer, Outbox &outbox,
                       const Clock &clock, std::unique_ptr<QNetworkAccessManager> network,
                       SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_writer(writer)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_network(std::move(network))
    , m_state(std::make_unique<SyncStateTable>(connection.database()))
    , m_applier(std::make_unique<ChangeApplier>(connection, writer, outbox))
    , m_options(options)
    , m_backoff(options.backoff)
{
    m_hub = new HubClient(m_network.get(), this);
    m_hub->setTimeoutMs(m_options.timeoutMs);
    m_relay = new Open311Relay(connection, writer, outbox, clock, m_network.get(), this);
    m_relay->setTimeoutMs(m_options.timeoutMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::runCycle);
    connect(m_hub, &HubClient::wipeRequested, this, &SyncEngine::onWipeRequested);
}

void SyncEngine::onWipeRequested()
{
    if (m_wiped)
        return;
    // Not deferred and not confirmable (DESIGN §5): nothing more is sent or written.
    m_wiped = true;
    m_again = false;
    if (m_cycleRunning)
        stopCycle(Stop::Shutdown);
    m_timer.stop();
    m_hub->cancelAll();
    m_relay->cancelAll();
    emit wipeRequested();
}

SyncEngine::~SyncEngine()
{
    m_hub->cancelAll();
    delete m_hub;
    delete m_relay; // its requests belong to m_network, which goes first
}

QString SyncEngine::nowIso() const
{
    return m_clock.now().toString(Qt::ISODateWithMs);
}

bool SyncEngine::recoverInterruptedFill(Connection &connection, CacheWriter &writer, QString *error)
{
    SyncStateTable state(connection.database());
    if (!state.read().bulkInProgress)
        return true;
    WriteTransaction tx(connection.database());
    bool ok = tx.isActive();
    // The triggers are normally absent here; dropping first makes the rebuild safe either way.
    for (const QString &sql : schema::dropSearchTriggerStatements()) {
        QSqlQuery q(connection.database());
        ok = ok && q.exec(sql);
    }
    ok = ok && writer.finishBulkLoad() && state.markBulkFinished() && tx.commit();
    if (!ok && error)
        *error = tx.errorString().isEmpty() ? writer.errorString() + state.errorString()
                                            : tx.errorString();
    return ok;
}

bool SyncEngine::wipeSyncedData(Connection &connection, CacheWriter &writer, QString *error)
{
    WriteTransaction tx(connection.database());
    bool ok = tx.isActive() && writer.beginBulkLoad();
    QSqlQuery q(connection.database());
    for (const char *sql : {
             "DELETE FROM document",
             "DELETE FROM citizen",
             // Local records whose change still waits for the hub stay with their entry, and
             // reports sent to a municipality's own server, which the hub never delivers.
             "DELETE FROM report WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'report')"
             " AND id NOT IN (SELECT report_id FROM report_open311)",
             "DELETE FROM contact_moment WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'contact_moment')",
             "DELETE FROM guide_progress WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'guide_progress')",
             "DELETE FROM document_action WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'document_action')",
             "DELETE FROM visit WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'visit')",
             "DELETE FROM task WHERE id NOT IN"
             " (SELECT entity_id FROM outbox WHERE entity_type = 'task')",
             "DELETE FROM visit_preparation",
             "DELETE FROM category",
             "DELETE FROM municipality",
             "INSERT INTO citizen_fts(citizen_fts) VALUES ('delete-all')",
         }) {
        if (ok && !q.exec(QString::fromLatin1(sql))) {
            ok = false;
            if (error)
                *error = q.lastError().text();
        }
    }
    ok = ok && writer.finishBulkLoad();
    SyncStateTable state(connection.database());
    ok = ok && state.resetFeed() && tx.commit();
    if (!ok && error && error->isEmpty())
        *error = writer.errorString() + tx.errorString();
    return ok;
}

void SyncEngine::setPhase(SyncPhase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncEngine::emitPending()
{
    const int count = m_outbox.openCount();
    if (count != m_lastPendingCount) {
        m_lastPendingCount = count;
        emit pendingCountChanged(count);
    }
    const int conflicts = m_outbox.countIn(OutboxEntry::State::Conflict);
    if (conflicts != m_lastConflictCount) {
        m_lastConflictCount = conflicts;
        emit conflictCountChanged(conflicts);
    }
}

SyncError SyncEngine::makeError(SyncError::Kind kind, const QString &message,
                                const QString &detail) const
{
    SyncError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    e.at = m_clock.now();
    return e;
}

SyncError SyncEngine::transportError(const HubReply &reply) const
{
    const QString host = m_hub->baseUrl().toDisplayString();
    if (reply.failure == HubReply::Failure::Timeout)
        return makeError(SyncError::Kind::Timeout,
                         tr("The regional hub did not answer in time. Loket keeps working "
                            "offline and tries again by itself."),
                         QStringLiteral("%1: no progress within %2 ms (%3)")
                             .arg(host)
                             .arg(m_options.timeoutMs)
                             .arg(reply.networkError));
    return makeError(SyncError::Kind::Network,
                     tr("The regional hub cannot be reached. Loket keeps working offline and "
                        "tries again by itself."),
                     QStringLiteral("%1: %2").arg(host, reply.networkError));
}

SyncError SyncEngine::statusError(const HubReply &reply, const QString &what) const
{
    const QString detail = QStringLiteral("%1: HTTP %2 %3 %4")
                               .arg(what)
                               .arg(reply.status)
                               .arg(reply.errorCode(), reply.errorMessage())
                               .trimmed();
    if (reply.status == 401)
        return makeError(SyncError::Kind::Authentication,
                         tr("Your sign-in at the regional hub has ended. Sign in again to "
                            "continue synchronising."),
                         detail);
    if (hubWideWait(reply.status))
        return makeError(SyncError::Kind::Server,
                         tr("The regional hub is busy and asked to wait. Loket tries again by "
                            "itself."),
                         detail);
    if (reply.status >= 500)
        return makeError(SyncError::Kind::Server,
                         tr("The regional hub has a problem (server error). Loket tries again "
                            "by itself."),
                         detail);
    return makeError(SyncError::Kind::Rejected,
                     tr("The regional hub refused the request: %1")
                         .arg(reply.errorMessage().isEmpty()
                                  ? QStringLiteral("HTTP %1").arg(reply.status)
                                  : reply.errorMessage()),
                     detail);
}

// --- sign-in ---------------------------------------------------------------------------------

void SyncEngine::login(const QUrl &hub, const QString &user, const QString &password)
{
    if (m_workOffline == WorkOffline::On) {
        emit loginFailed(
            makeError(SyncError::Kind::Network,
                      tr("Work offline is on, so Loket does not contact the regional "
                         "hub. Switch off Work offline to sign in."),
                      QStringLiteral("POST /api/v1/session: not sent (work offline)")));
        return;
    }
    m_hub->setBaseUrl(hub);
    HubRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/session");
    request.authenticated = false;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                             {QStringLiteral("password"), password}})
                       .toJson(QJsonDocument::Compact);
    m_hub->send(request, [this, hub, user](const HubReply &reply) {
        if (!reply.answered()) {
            setOnline(false);
            emit loginFailed(transportError(reply));
            return;
        }
        setOnline(true);
        if (reply.status == 401 || reply.status == 403) {
            emit loginFailed(makeError(
                SyncError::Kind::Authentication, tr("The account or the password is not right."),
                QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.errorCode())));
            return;
        }
        if (reply.status == 429) {
            SyncError e =
                makeError(SyncError::Kind::Authentication,
                          tr("Too many failed sign-ins. Wait a few minutes and try again."),
                          QStringLiteral("HTTP 429"));
            e.retryInMs = parseRetryAfterMs(reply.retryAfter, m_clock.now());
            emit loginFailed(e);
            return;
        }
        if (reply.status != 200) {
            emit loginFailed(statusError(reply, QStringLiteral("POST /api/v1/session")));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        HubSession session;
        session.hubUrl = hub;
        session.user = user;
        session.token = json.value(QLatin1String("token")).toString().toLatin1();
        session.expiresAt = QDateTime::fromString(
            json.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        session.role = json.value(QLatin1String("role")).toString();
        session.municipality = json.value(QLatin1String("municipality")).toString();
        for (const QJsonValue &v : json.value(QLatin1String("scope")).toArray())
            session.scope.append(v.toString());
        session.staffId = json.value(QLatin1String("staff_id")).toString();
        session.displayName = json.value(QLatin1String("display_name")).toString();
        if (!reply.isJson() || session.token.isEmpty()) {
            emit loginFailed(
                makeError(SyncError::Kind::Contract,
                          tr("The regional hub gave an answer Loket does not understand."),
                          QStringLiteral("POST /api/v1/session: no token in the answer")));
            return;
        }
        emit loggedIn(session);
        setSession(session);
    });
}

void SyncEngine::setSession(const HubSession &session)
{
    m_session = session;
    m_hub->setBaseUrl(session.hubUrl);
    m_hub->setToken(session.token);

    // A cache is filled from one feed: another hub or another scope starts it over, so that no
    // record outside the new scope stays behind (DESIGN §8, data minimisation).
    const SyncState state = m_state->read();
    const QString hub = session.hubUrl.toString(QUrl::StripTrailingSlash);
    const QString scope = scopeText(session.scope);
    if (!state.hubUrl.isEmpty() && (state.hubUrl != hub || state.scope != scope)) {
        // Nothing of the old feed may land after the wipe.
        if (m_cycleRunning)
            stopCycle(Stop::Cancelled);
        QString error;
        if (!wipeSyncedData(m_connection, m_writer, &error)) {
            fail(makeError(SyncError::Kind::Storage,
                           tr("The cache could not be prepared for the new account. Nothing was "
                              "changed."),
                           error));
            return;
        }
        for (RecordType t : {RecordType::Municipality, RecordType::Category, RecordType::Citizen,
                             RecordType::Report, RecordType::Document, RecordType::ContactMoment,
                             RecordType::GuideProgress, RecordType::DocumentAction,
                             RecordType::Visit, RecordType::Task})
            emit recordsChanged(t, {});
    }
    if (state.hubUrl != hub || state.scope != scope || state.account != session.user) {
        WriteTransaction tx(m_connection.database());
        if (!tx.isActive() || !m_state->setOrigin(hub, session.user, scope) || !tx.commit()) {
            fail(makeError(SyncError::Kind::Storage, tr("The cache cannot be written."),
                           tx.errorString() + m_state->errorString()));
            return;
        }
    }
    if (m_phase == SyncPhase::LoginRequired)
        setPhase(SyncPhase::Idle);
    m_cycleFailures = 0;
    scheduleCycle(0);
}

// --- scheduling ------------------------------------------------------------------------------

void SyncEngine::scheduleCycle(qint64 delayMs)
{
    const qint64 ms = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    if (m_timer.isActive() && m_timer.remainingTime() <= ms)
        return;
    m_timer.start(int(ms));
}

void SyncEngine::syncNow()
{
    // Asked by a person: a cancelled fill resumes, and a held pull looks at the feed again
    // (and holds again if the tombstones are still there).
    m_fillCancelled = false;
    m_awaitingConfirmation = false;
    m_cycleFailures = 0;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    scheduleCycle(0);
}

void SyncEngine::outboxChanged()
{
    emitPending();
    if (!m_session.isValid() || m_phase == SyncPhase::LoginRequired)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    // While offline the backoff timer decides; otherwise send at once.
    if (m_phase != SyncPhase::Offline)
        scheduleCycle(0);
}

void SyncEngine::reachabilityHint(QNetworkInformation::Reachability reachability)
{
    // Only a hint (DESIGN §5): it may wake an offline engine early, never declare it online.
    const bool online = reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site;
    if (online && m_phase == SyncPhase::Offline && !m_cycleRunning) {
        m_cycleFailures = 0;
        scheduleCycle(0);
    }
}

void SyncEngine::runCycle()
{
    // Every pull and push starts here: working offline by choice, nothing goes out, and whoever
    // waits for the round hears at once that it was held.
    if (m_workOffline == WorkOffline::On) {
        SyncOutcome held;
        held.heldOffline = true;
        held.pendingLeft = m_outbox.openCount();
        emit cycleFinished(held);
        return;
    }
    if (m_wiped || !m_session.isValid() || m_phase == SyncPhase::LoginRequired)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    m_cycleRunning = true;
    m_again = false;
    m_outcome = {};
    m_attempted.clear();
    m_pullDone = false;
    pushNext();
}

void SyncEngine::finishCycle()
{
    m_cycleRunning = false;
    m_cycleFailures = 0;
    m_outcome.pendingLeft = m_outbox.openCount();
    if (m_outcome.pulled) {
        const QDateTime now = m_clock.now();
        WriteTransaction tx(m_connection.database());
        if (tx.isActive() && m_state->setLastSuccess(now.toString(Qt::ISODateWithMs)))
            tx.commit();
        emit lastSuccessChanged(now);
    }
    setPhase(SyncPhase::Idle);
    emitPending();
    emit cycleFinished(m_outcome);

    if (m_again) {
        scheduleCycle(0);
        return;
    }
    std::optional<qint64> next;
    if (m_options.pollIntervalMs > 0)
        next = m_clock.nowMs() + m_options.pollIntervalMs;
    // An entry waiting for its retry time, including one whose time passed during this round.
    if (const auto due = m_outbox.nextDueAtMs())
        next = next ? std::min(*next, *due) : *due;
    if (next)
        scheduleCycle(*next - m_clock.nowMs());
}

void SyncEngine::fail(const SyncError &error)
{
    WriteTransaction tx(m_connection.database());
    if (tx.isActive() &&
        m_state->setLastError(error.message, error.detail, error.at.toString(Qt::ISODateWithMs)))
        tx.commit();
    emit errorOccurred(error);
}

void SyncEngine::stopCycle(Stop how, const SyncError &error)
{
    if (m_request)
        m_hub->cancel(m_request);
    m_request = nullptr;
    m_relay->cancelAll();
    m_following = false;
    // A fill that stops leaves a consistent cache: the index is rebuilt and the triggers are
    // back; the next pull takes the bulk path again because the fill is not complete. Only a
    // shutdown leaves that to the next open, so that quitting never waits for a rebuild.
    if (m_bulk && how != Stop::Shutdown && !finishBulk())
        fail(makeError(SyncError::Kind::Storage, tr("The search index could not be rebuilt."),
                       m_writer.errorString()));
    m_bulk = false;
    m_cycleRunning = false;
    m_outcome.cancelled = how == Stop::Cancelled;
    m_outcome.pendingLeft = m_outbox.openCount();
    emitPending();

    switch (how) {
    case Stop::Shutdown:
        m_timer.stop();
        return;
    case Stop::LoginLost:
        m_timer.stop();
        m_session.token.clear();
        m_hub->setToken({});
        fail(error);
        setPhase(SyncPhase::LoginRequired);
        emit cycleFinished(m_outcome);
        emit loginRequired();
        return;
    case Stop::Cancelled:
        setPhase(SyncPhase::Idle);
        emit cycleFinished(m_outcome);
        if (m_again)
            scheduleCycle(0);
        return;
    case Stop::Held:
        // No automatic retry: the pull waits for confirmMassDeletion(); pushes go on.
        fail(error);
        setPhase(SyncPhase::Idle);
        emit cycleFinished(m_outcome);
        return;
    case Stop::Failed:
        break;
    }
    ++m_cycleFailures;
    SyncError e = error;
    // Callers put the hub's Retry-After into retryInMs; the backoff turns it into the delay.
    const qint64 delay = m_backoff.delayMs(m_cycleFailures, e.retryInMs);
    e.retryInMs = delay;
    fail(e);
    const bool offline = e.kind == SyncError::Kind::Network || e.kind == SyncError::Kind::Timeout;
    setPhase(offline ? SyncPhase::Offline : SyncPhase::Idle);
    emit cycleFinished(m_outcome);
    scheduleCycle(m_again ? 0 : delay);
}

void SyncEngine::confirmMassDeletion()
{
    m_massDeletionConfirmed = true;
    m_awaitingConfirmation = false;
    syncNow();
}

void SyncEngine::cancelFill()
{
    m_fillCancelled = true;
    if (m_cycleRunning && m_phase == SyncPhase::Pulling)
        stopCycle(Stop::Cancelled);
}

void SyncEngine::setWorkOffline(WorkOffline mode)
{
    if (m_workOffline == mode)
        return;
    m_workOffline = mode;
    if (mode == WorkOffline::On) {
        m_again = false;
        // A request in flight is abandoned; its idempotency key makes the later resend harmless.
        if (m_cycleRunning)
            stopCycle(Stop::Cancelled);
        m_timer.stop();
        setOnline(false);
        if (m_phase != SyncPhase::LoginRequired)
            setPhase(SyncPhase::Offline);
        return;
    }
    if (m_phase == SyncPhase::Offline)
        setPhase(SyncPhase::Idle);
    m_cycleFailures = 0;
    scheduleCycle(0); // back online by choice: whatever waits goes out now
}

void SyncEngine::shutdown()
{
    m_again = false;
    if (m_cycleRunning)
        stopCycle(Stop::Shutdown);
    m_timer.stop();
    m_hub->cancelAll();
    m_relay->cancelAll();
}

// --- push ------------------------------------------------------------------------------------

void SyncEngine::pushNext()
{
    const QList<OutboxEntry> due = m_outbox.due(m_clock.nowMs(), 64);
    const auto next = std::find_if(due.cbegin(), due.cend(), [this](const OutboxEntry &e) {
        return !m_attempted.contains(e.seq);
    });
    if (next == due.cend()) {
        const SyncState state = m_state->read();
        if (!m_pullDone && !(m_fillCancelled && !state.fillComplete) && !m_awaitingConfirmation)
            startPull();
        else
            endCycle();
        return;
    }
    const OutboxEntry entry = *next;
    m_attempted.insert(entry.seq);
    setPhase(SyncPhase::Pushing);
    if (Open311Relay::handles(entry)) {
        pushToOpen311(entry);
        return;
    }

    HubRequest request;
    request.method = entry.method;
    request.path = entry.path;
    request.body = entry.body;
    request.idempotencyKey = entry.idempotencyKey.toLatin1();
    if (entry.operation == OutboxEntry::Operation::Update)
        request.ifMatch = entry.baseVersion;
    m_request = m_hub->send(request, [this, entry](const HubReply &reply) {
        m_request = nullptr;
        onPushReply(entry, reply);
    });
}

void SyncEngine::onPushReply(const OutboxEntry &entry, const HubReply &reply)
{
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.method), entry.path);
    if (!reply.answered()) {
        // The network failed, not the entry: the engine's backoff decides when to try again,
        // with the same idempotency key, so a change the hub did take is not taken twice.
        setOnline(false);
        const SyncError error = transportError(reply);
        WriteTransaction tx(m_connection.database());
        if (tx.isActive() &&
            m_outbox.scheduleRetry(entry.seq, entry.attempts + 1, 0, 0, error.detail))
            tx.commit();
        stopCycle(Stop::Failed, error);
        return;
    }
    setOnline(true);
    const int status = reply.status;
    if (status >= 200 && status < 300) {
        if (!acknowledge(entry, reply)) {
            stopCycle(Stop::Failed,
                      makeError(SyncError::Kind::Storage,
                                tr("The hub's confirmation could not be saved in the cache; the "
                                   "change will be sent again and the hub recognises it."),
                                m_outbox.errorString() + m_writer.errorString()));
            return;
        }
        ++m_outcome.pushed;
        emitPending();
        pushNext();
        return;
    }
    if (status == 401) {
        stopCycle(Stop::LoginLost, statusError(reply, what));
        return;
    }
    if (status == 409 && entry.entityType == recordTypeCode(RecordType::Task) &&
        reply.errorCode() == QLatin1String("already_claimed")) {
        QString message;
        if (!settleLostClaim(entry, reply, &message)) {
            stopCycle(Stop::Failed,
                      makeError(SyncError::Kind::Storage, tr("The cache cannot be written."),
                                m_outbox.errorString() + m_writer.errorString()));
            return;
        }
        emitPending();
        emit recordsChanged(RecordType::Task, {entry.entityId});
        emit taskClaimLost(entry.entityId, message);
        pushNext();
        return;
    }
    if (status == 412) {
        if (!storeConflict(entry, reply)) {
            stopCycle(Stop::Failed, makeError(SyncError::Kind::Storage,
                                              tr("A conflict could not be saved in the cache."),
                                              m_outbox.errorString()));
            return;
        }
        ++m_outcome.conflicts;
        emitPending();
        emit errorOccurred(makeError(
            SyncError::Kind::Conflict,
            tr("A %1 was changed on the hub while you changed it here. Choose which version to "
               "keep.")
                .arg(entityLabel(entry.entityType)),
            QStringLiteral("%1: HTTP 412 %2").arg(what, reply.errorMessage())));
        pushNext();
        return;
    }
    if (retryableStatus(status)) {
        const int attempts = entry.attempts + 1;
        const auto retryAfter = parseRetryAfterMs(reply.retryAfter, m_clock.now());
        const qint64 delay = m_backoff.delayMs(attempts, retryAfter);
        SyncError error = statusError(reply, what);
        WriteTransaction tx(m_connection.database());
        if (!tx.isActive() ||
            !m_outbox.scheduleRetry(entry.seq, attempts, m_clock.nowMs() + delay, status,
                                    error.detail) ||
            !tx.commit()) {
            stopCycle(Stop::Failed,
                      makeError(SyncError::Kind::Storage, tr("The cache cannot be written."),
                                m_outbox.errorString() + tx.errorString()));
            return;
        }
        if (hubWideWait(status)) {
            error.retryInMs = retryAfter;
            stopCycle(Stop::Failed, error);
            return;
        }
        error.retryInMs = delay;
        fail(error);
        pushNext();
        return;
    }
    // Any other refusal is about this change: keep it, with the hub's reason, for a person.
    const QString message =
        reply.errorMessage().isEmpty()
            ? QStringLiteral("HTTP %1").arg(status)
            : QStringLiteral("%1 (%2)").arg(reply.errorMessage(), reply.errorCode());
    WriteTransaction tx(m_connection.database());
    if (!tx.isActive() ||
        !m_outbox.setState(entry.seq, OutboxEntry::State::Failed, status, message) ||
        !tx.commit()) {
        stopCycle(Stop::Failed,
                  makeError(SyncError::Kind::Storage, tr("The cache cannot be written."),
                            m_outbox.errorString() + tx.errorString()));
        return;
    }
    ++m_outcome.failed;
    emit errorOccurred(
        makeError(SyncError::Kind::Rejected,
                  tr("The regional hub refused a %1: %2. The change is kept; "
                     "correct it or ask the helpdesk.")
                      .arg(entityLabel(entry.entityType), message),
                  QStringLiteral("%1: HTTP %2 %3").arg(what).arg(status).arg(message)));
    pushNext();
}

void SyncEngine::pushToOpen311(const OutboxEntry &entry)
{
    // A municipality's own report server: its failures are about that server, not the hub, so
    // the round goes on with the other entries whatever happens here.
    m_relay->send(entry, [this, entry](const Open311Relay::Result &result) {
        using Kind = Open311Relay::Result::Kind;
        switch (result.kind) {
        case Kind::Sent:
            ++m_outcome.pushed;
            emitPending();
            emit recordsChanged(RecordType::Report, {entry.entityId});
            break;
        case Kind::Retry: {
            const int attempts = entry.attempts + 1;
            const qint64 delay = m_backoff.delayMs(attempts, std::nullopt);
            WriteTransaction tx(m_connection.database());
            if (!tx.isActive() ||
                !m_outbox.scheduleRetry(entry.seq, attempts, m_clock.nowMs() + delay, result.status,
                                        result.detail) ||
                !tx.commit()) {
                stopCycle(Stop::Failed,
                          makeError(SyncError::Kind::Storage, tr("The cache cannot be written."),
                                    m_outbox.errorString() + tx.errorString()));
                return;
            }
            SyncError error = makeError(SyncError::Kind::Server, result.message, result.detail);
            error.retryInMs = delay;
            fail(error);
            break;
        }
        case Kind::Refused:
            ++m_outcome.failed;
            emitPending();
            emit errorOccurred(makeError(SyncError::Kind::Rejected, result.message, result.detail));
            break;
        case Kind::Storage:
            stopCycle(Stop::Failed, makeError(SyncError::Kind::Storage,
                                              tr("The cache cannot be written."), result.detail));
            return;
        }
        pushNext();
    });
}

void SyncEngine::endCycle()
{
    const qint64 now = m_clock.nowMs();
    if (m_following ||
        (m_lastFollowMs && now - *m_lastFollowMs < m_options.open311FollowIntervalMs)) {
        finishCycle();
        return;
    }
    m_following = true;
    m_lastFollowMs = now;
    m_relay->follow([this](const QStringList &changed, const QStringList &problems) {
        m_following = false;
        if (!changed.isEmpty())
            emit recordsChanged(RecordType::Report, changed);
        // Read again at the next look; staff see a report's last check in its detail.
        for (const QString &problem : problems)
            qWarning("Open311 follow-up: %s", qPrintable(problem));
        finishCycle();
    });
}

bool SyncEngine::acknowledge(const OutboxEntry &entry, const HubReply &reply)
{
    // The hub's answer carries the stored record with its version (also on a replay).
    std::optional<ContactMoment> stored;
    if (entry.entityType == QLatin1String("contact_moment") && reply.isJson()) {
        QString ignored;
        stored =
            wire::contactMomentFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (stored && stored->id != entry.entityId)
            stored.reset();
    }
    std::optional<GuideProgress> progress;
    if (entry.entityType == QLatin1String("guide_progress") && reply.isJson()) {
        QString ignored;
        progress =
            wire::guideProgressFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (progress && progress->id != entry.entityId)
            progress.reset();
    }
    std::optional<DocumentAction> action;
    if (entry.entityType == QLatin1String("document_action") && reply.isJson()) {
        QString ignored;
        action =
            wire::documentActionFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (action && action->id != entry.entityId)
            action.reset();
    }
    std::optional<Visit> visit;
    if (entry.entityType == QLatin1String("visit") && reply.isJson()) {
        QString ignored;
        visit = wire::visitFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (visit && visit->id != entry.entityId)
            visit.reset();
    }
    // A report's answer is the whole report: its number, history and version from the hub.
    std::optional<Report> report;
    if (entry.entityType == QLatin1String("report") && reply.isJson()) {
        QString ignored;
        report = wire::reportFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (report && report->id != entry.entityId)
            report.reset();
    }
    // The hub's version marks the log entry as delivered: the one change its triggers allow.
    std::optional<AccessEntry> access;
    if (entry.entityType == QLatin1String("access_entry") && reply.isJson()) {
        QString ignored;
        access = wire::accessEntryFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (access && (access->id != entry.entityId || access->version <= 0))
            access.reset();
    }
    // A task's answer is the whole task as the hub keeps it: its history, owner and version.
    std::optional<Task> task;
    if (entry.entityType == QLatin1String("task") && reply.isJson()) {
        QString ignored;
        task = wire::taskFromJson(QJsonDocument::fromJson(reply.body).object(), &ignored);
        if (task && task->id != entry.entityId)
            task.reset();
    }
    // A photo changes its report on the hub: a change of that report waiting here was made on
    // the version before, so the photo's answer gives that change its base.
    std::optional<qint64> photoReportVersion;
    QString photoReportId;
    if (entry.entityType == QLatin1String("report_photo") && reply.isJson()) {
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        if (answer.value(QLatin1String("report_version")).isDouble()) {
            photoReportVersion = answer.value(QLatin1String("report_version")).toInteger();
            photoReportId = answer.value(QLatin1String("report_id")).toString();
        }
    }
    WriteTransaction tx(m_connection.database());
    if (!tx.isActive())
        return false;
    if (photoReportVersion && !m_outbox.rebaseNext(QStringLiteral("report"), photoReportId,
                                                   entry.seq, *photoReportVersion))
        return false;
    if (access && !m_writer.setAccessEntryVersion(access->id, access->version))
        return false;
    const QList<OutboxEntry> later = m_outbox.entriesFor(entry.entityType, entry.entityId);
    const bool moreWaiting = std::any_of(later.cbegin(), later.cend(),
                                         [&](const OutboxEntry &e) { return e.seq > entry.seq; });
    bool changed = false;
    if (stored) {
        if (moreWaiting) {
            // The next local change was made on top of this one: its base is now known.
            if (!m_outbox.rebaseNext(entry.entityType, entry.entityId, entry.seq, stored->version))
                return false;
        } else {
            if (!m_writer.upsert(*stored))
                return false;
            changed = true;
        }
    }
    if (task) {
        // The next step was made on top of this one here: the hub's version is its base.
        if (moreWaiting) {
            if (!m_outbox.rebaseNext(entry.entityType, entry.entityId, entry.seq, task->version))
                return false;
        } else if (!m_writer.upsert(*task)) {
            return false;
        }
    }
    if (report) {
        if (moreWaiting) {
            if (!m_outbox.rebaseNext(entry.entityType, entry.entityId, entry.seq, report->version))
                return false;
        } else if (!m_writer.upsert(*report)) {
            return false;
        }
    }
    // A later tick of the same step waits in the outbox: the local row already holds it.
    if (progress && !moreWaiting) {
        GuideProgressTable table(m_connection.database());
        if (!table.upsert(*progress))
            return false;
    }
    // The hub's answer brings the version, the update time and the staff id it recorded.
    if (action && !moreWaiting && !m_writer.upsert(*action))
        return false;
    // The hub's version and time; the origin stays "local" (CacheWriter keeps it).
    if (visit && !moreWaiting && !m_writer.upsert(*visit, VisitOrigin::Local))
        return false;
    if (!m_outbox.remove(entry.seq) || !tx.commit())
        return false;
    if (action && !moreWaiting)
        emit recordsChanged(RecordType::DocumentAction, {entry.entityId});
    if (changed)
        emit recordsChanged(RecordType::ContactMoment, {entry.entityId});
    if (progress && !moreWaiting)
        emit recordsChanged(RecordType::GuideProgress, {entry.entityId});
    if (visit && !moreWaiting)
        emit recordsChanged(RecordType::Visit, {entry.entityId});
    if (report && !moreWaiting)
        emit recordsChanged(RecordType::Report, {entry.entityId});
    if (task && !moreWaiting)
        emit recordsChanged(RecordType::Task, {entry.entityId});
    return true;
}

bool SyncEngine::settleLostClaim(const OutboxEntry &entry, const HubReply &reply, QString *message)
{
    const QJsonObject error =
        QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error")).toObject();
    QString ignored;
    const std::optional<Task> theirs =
        wire::taskFromJson(error.value(QLatin1String("task")).toObject(), &ignored);
    QString name = error.value(QLatin1String("owner_name")).toString();
    if (name.isEmpty() && theirs)
        name = theirs->ownerStaffId;
    const QDateTime at = belgianTime(error.value(QLatin1String("claimed_at")).toString());
    *message = at.isValid() ? tr("%1 claimed this task at %2; it is no longer yours to do.")
                                  .arg(name, at.toString(QStringLiteral("HH:mm")))
                            : tr("%1 claimed this task; it is no longer yours to do.").arg(name);
    WriteTransaction tx(m_connection.database());
    if (!tx.isActive())
        return false;
    // The later steps of this task were made on the lost claim: they go with it, and the
    // message above is what the person is told about all of them.
    if (!m_outbox.removeAllFor(entry.entityType, entry.entityId))
        return false;
    if (theirs && theirs->id == entry.entityId && !m_writer.upsert(*theirs))
        return false;
    return tx.commit();
}

bool SyncEngine::storeConflict(const OutboxEntry &entry, const HubReply &reply)
{
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    SyncConflict conflict;
    conflict.outboxSeq = entry.seq;
    conflict.entityType = entry.entityType;
    conflict.entityId = entry.entityId;
    conflict.baseJson = entry.baseJson;
    conflict.theirsJson = QJsonDocument(body.value(QLatin1String("current")).toObject())
                              .toJson(QJsonDocument::Compact);
    conflict.mineJson = entry.body;
    conflict.createdAt = nowIso();
    WriteTransaction tx(m_connection.database());
    return tx.isActive() && m_outbox.addConflict(&conflict) &&
           m_outbox.setState(entry.seq, OutboxEntry::State::Conflict, 412, reply.errorMessage()) &&
           tx.commit();
}

// --- pull ------------------------------------------------------------------------------------

void SyncEngine::startPull()
{
    const SyncState state = m_state->read();
    m_bulk = false;
    m_bulkWanted = state.cursor.isEmpty() || !state.fillComplete;
    m_progress = {};
    m_unexplainedDeletes = 0;
    setPhase(SyncPhase::Pulling);
    requestPage(state.cursor);
}

void SyncEngine::requestPage(const QString &cursor)
{
    HubRequest request;
    request.path = QStringLiteral("/api/v1/changes");
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("since"), cursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    m_request = m_hub->send(request, [this](const HubReply &reply) {
        m_request = nullptr;
        onPage(reply);
    });
}

void SyncEngine::onPage(const HubReply &reply)
{
    const QString what = QStringLiteral("GET /api/v1/changes");
    if (!reply.answered()) {
        setOnline(false);
        stopCycle(Stop::Failed, transportError(reply));
        return;
    }
    setOnline(true);
    if (reply.status == 401) {
        stopCycle(Stop::LoginLost, statusError(reply, what));
        return;
    }
    if (reply.status != 200) {
        SyncError error = statusError(reply, what);
        error.retryInMs = parseRetryAfterMs(reply.retryAfter, m_clock.now());
        stopCycle(Stop::Failed, error);
        return;
    }
    const auto contractError = [this, &what](const QString &problem) {
        stopCycle(Stop::Failed,
                  makeError(SyncError::Kind::Contract,
                            tr("The regional hub sent data Loket cannot accept; nothing of it was "
                               "stored. Loket tries again later; if this persists, tell the "
                               "helpdesk."),
                            QStringLiteral("%1: %2").arg(what, problem)));
    };
    if (!reply.isJson()) {
        contractError(QStringLiteral("the answer has content type \"%1\", not application/json")
                          .arg(QString::fromLatin1(reply.contentType)));
        return;
    }
    QString problem;
    const std::optional<ChangePage> page = parseChangePage(reply.body, &problem);
    if (!page) {
        contractError(problem);
        return;
    }
    // Ask for the next page now: the hub prepares it and the network carries it while this one
    // is written.
    if (page->more && m_options.prefetch)
        requestPage(page->cursor);
    if (!applyPage(*page))
        return;
    if (page->more) {
        if (!m_options.prefetch)
            requestPage(page->cursor);
        return;
    }
    m_pullDone = true;
    m_outcome.pulled = true;
    m_massDeletionConfirmed = false; // a confirmation covers one pull
    // Changes made while the feed was read go out in this cycle too.
    pushNext();
}

bool SyncEngine::applyPage(const ChangePage &page)
{
    qint64 unexplained = 0;
    for (const Change &c : page.changes)
        unexplained += c.deleted && c.type == RecordType::Citizen && c.reason.isEmpty() ? 1 : 0;
    if (unexplained > 0 && !m_massDeletionConfirmed) {
        QSqlQuery q(m_connection.database());
        const qint64 cached = q.exec(QStringLiteral("SELECT count(*) FROM citizen")) && q.next()
                                  ? q.value(0).toLongLong()
                                  : 0;
        const qint64 limit = std::max<qint64>(m_options.massDeletionMinimum,
                                              cached * m_options.massDeletionPercent / 100);
        if (m_unexplainedDeletes + unexplained > limit) {
            m_awaitingConfirmation = true;
            const qint64 total = m_unexplainedDeletes + unexplained;
            emit confirmationNeeded(total);
            stopCycle(Stop::Held,
                      makeError(SyncError::Kind::Confirmation,
                                tr("The regional hub would remove %n citizens from this computer "
                                   "without giving a reason. Nothing was removed; ask the helpdesk "
                                   "before confirming.",
                                   nullptr, int(std::min<qint64>(total, INT_MAX))),
                                QStringLiteral("GET /api/v1/changes: %1 tombstones without reason "
                                               "(limit %2 of %3 cached citizens)")
                                    .arg(total)
                                    .arg(limit)
                                    .arg(cached)));
            return false;
        }
    }
    m_unexplainedDeletes += unexplained;

    const qint64 applied = m_progress.records + page.changes.size();
    const bool enterBulk =
        !m_bulk &&
        (m_bulkWanted || (page.remaining && applied + *page.remaining > m_options.bulkThreshold) ||
         applied > m_options.bulkThreshold);
    const bool finishing = !page.more;
    const bool bulkAfter = m_bulk || enterBulk;

    ChangeApplier::Stats stats;
    WriteTransaction tx(m_connection.database());
    bool ok = tx.isActive();
    if (ok && enterBulk) {
        ok = m_writer.beginBulkLoad() && m_state->markBulkStarted();
        // A page writes more than the default 1,000-page checkpoint interval, so every commit
        // would copy the WAL back; during a fill a 64 MB interval copies shared pages once.
        setCheckpointInterval(16384);
    }
    ok = ok &&
         m_applier->apply(page,
                          bulkAfter ? ChangeApplier::Mode::Bulk : ChangeApplier::Mode::Incremental,
                          &stats) &&
         m_state->setCursor(page.cursor);
    if (ok && finishing) {
        // The last page, the index rebuild and the end of the fill commit together.
        if (bulkAfter)
            ok = m_writer.finishBulkLoad() && m_state->markBulkFinished();
        ok = ok && m_state->markFillComplete();
    }
    ok = ok && tx.commit();
    if (!ok) {
        const QString detail = QStringList{tx.errorString(), m_applier->errorString(),
                                           m_writer.errorString(), m_state->errorString()}
                                   .join(u' ')
                                   .simplified();
        stopCycle(Stop::Failed,
                  makeError(SyncError::Kind::Storage,
                            tr("The cache could not store the data from the hub (is the disk "
                               "full?). Nothing was lost; Loket tries again later."),
                            detail));
        return false;
    }
    m_bulk = bulkAfter && !finishing;
    if (bulkAfter && finishing)
        setCheckpointInterval(defaultCheckpointInterval);

    m_progress.records = applied;
    m_progress.pages += 1;
    m_progress.bulk = bulkAfter;
    m_progress.total = page.remaining ? applied + *page.remaining : (page.more ? -1 : applied);
    m_outcome.records = applied;
    emit progressChanged(m_progress);
    for (auto it = stats.changed.cbegin(); it != stats.changed.cend(); ++it) {
        // Views re-read what changed; in a bulk fill, or past a few hundred, everything.
        const bool many = bulkAfter || it.value().size() > 500;
        emit recordsChanged(it.key(), many ? QStringList() : it.value());
    }
    return true;
}

bool SyncEngine::finishBulk()
{
    setCheckpointInterval(defaultCheckpointInterval);
    WriteTransaction tx(m_connection.database());
    return tx.isActive() && m_writer.finishBulkLoad() && m_state->markBulkFinished() && tx.commit();
}

void SyncEngine::setCheckpointInterval(int pages)
{
    // A PRAGMA takes no bound values; `pages` is one of our constants.
    QSqlQuery q(m_connection.database());
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}

} // namespace loket
