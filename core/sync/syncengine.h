#pragma once

#include "backoff.h"
#include "changeapplier.h"
#include "hubclient.h"
#include "store/recordtype.h"
#include "workoffline.h"

#include <QDateTime>
#include <QNetworkInformation>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace loket {

class CacheWriter;
class Clock;
class Connection;
class Open311Relay;
class Outbox;
struct OutboxEntry;
class SyncStateTable;

// What the engine is doing, for the status bar.
enum class SyncPhase { Idle, Pulling, Pushing, Offline, LoginRequired };

// How the engine pages, waits and retries; tests shorten the times.
struct SyncOptions
{
    int pageSize = 5000;
    int timeoutMs = 30000; // per request, as a transfer timeout: no progress for this long
    BackoffPolicy backoff;
    qint64 pollIntervalMs = 5 * 60 * 1000; // 0: pull only when asked (or when edits wait)
    // A pull expected to bring more changes than this takes the bulk path (one index rebuild
    // instead of per-row triggers).
    qint64 bulkThreshold = 50000;
    // Ask for the next page while applying this one, so the hub and the cache work together.
    bool prefetch = true;
    // Tombstones without a reason for more citizens than this share of the cache (and at least
    // massDeletionMinimum) stop the pull until a person confirms (DESIGN §5: a hub restored
    // from an old backup must not empty the cache silently).
    int massDeletionPercent = 10;
    int massDeletionMinimum = 50;
    // How often the status of reports sent to a municipality's own GeoReport v2 server is
    // looked at, at most (every round that ends after this long); 0: every round.
    qint64 open311FollowIntervalMs = 60 * 1000;
};

// What went wrong, for staff (a translated sentence) and for the log (the technical detail).
struct SyncError
{
    enum class Kind {
        None,
        Network,        // the hub cannot be reached
        Timeout,        // the hub did not answer in time
        Contract,       // the hub's answer breaks the API contract; nothing of it was applied
        Server,         // the hub answered with a server error or asked to wait
        Rejected,       // the hub refused a change (kept in the outbox as failed)
        Conflict,       // the record changed on the hub too; a person decides
        Storage,        // the cache could not be written; nothing was lost
        Authentication, // the sign-in is no longer valid
        Confirmation,   // the hub would remove many records without a reason; a person decides
    };
    Kind kind = Kind::None;
    QString message;
    QString detail;
    QDateTime at;
    std::optional<qint64> retryInMs;
};

// How far the running pull is, for a progress bar.
struct SyncProgress
{
    qint64 records = 0; // applied in this pull
    qint64 total = -1;  // records + the hub's estimate of what remains; -1 when unknown
    int pages = 0;
    bool bulk = false;
};

// What one round (push, pull, push) achieved.
struct SyncOutcome
{
    bool pulled = false; // the feed was read to its end
    bool cancelled = false;
    int pushed = 0;
    int failed = 0;
    int conflicts = 0;
    qint64 records = 0;
    int pendingLeft = 0;
    // Nothing was sent or fetched: staff work offline by choice (SyncEngine::setWorkOffline).
    bool heldOffline = false;
};

// The sync engine (DESIGN §5), living on the store thread next to the writer connection: pushes
// the outbox in order and pulls the change feed, a page and its cursor in one transaction, the
// first fill through the bulk path. Retries with capped, jittered backoff (Retry-After wins),
// treats a dead network as the offline state and resumes by itself, and asks for a new sign-in
// on 401. Everything it decides is reported through signals.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Connection &connection, CacheWriter &writer, Outbox &outbox, const Clock &clock,
               std::unique_ptr<QNetworkAccessManager> network, SyncOptions options,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // After a crash during a bulk fill the search triggers are missing and the index is stale:
    // rebuild it and restore the triggers before the cache is used. Run at open.
    static bool recoverInterruptedFill(Connection &connection, CacheWriter &writer, QString *error);
    // Empties every synced table (the outbox and the local records it holds stay).
    static bool wipeSyncedData(Connection &connection, CacheWriter &writer, QString *error);

    void login(const QUrl &hub, const QString &user, const QString &password);
    void setSession(const HubSession &session);
    void syncNow();
    void cancelFill();
    // Lets a pull that stopped for unexplained tombstones go on.
    void confirmMassDeletion();
    void outboxChanged(); // a command queued a change: push it soon
    void reachabilityHint(QNetworkInformation::Reachability reachability);
    void shutdown(); // stops at once; an interrupted fill is finished at the next open
    // "Work offline": On stops the running round and sends nothing more (no pull, no push, no
    // sign-in) until Off, which starts a round at once. Automatic offline detection stays.
    void setWorkOffline(WorkOffline mode);
    WorkOffline workOffline() const { return m_workOffline; }

    SyncPhase phase() const { return m_phase; }
    bool isOnline() const { return m_online.value_or(false); }
    HubSession session() const { return m_session; }
    // The engine's hub client (signed in, on this thread), for other requests of the session
    // such as the visit preparation's dossier reads.
    HubClient *hubClient() const { return m_hub; }
    // The hub asked for a remote wipe: the engine sends nothing any more.
    bool isWiped() const { return m_wiped; }

signals:
    void loggedIn(const loket::HubSession &session);
    void loginFailed(const loket::SyncError &error);
    void loginRequired();
    void phaseChanged(loket::SyncPhase phase);
    void progressChanged(const loket::SyncProgress &progress);
    void pendingCountChanged(int count);
    void conflictCountChanged(int count);
    void lastSuccessChanged(const QDateTime &at);
    void errorOccurred(const loket::SyncError &error);
    void confirmationNeeded(qint64 citizens); // see SyncOptions::massDeletionPercent
    void onlineChanged(bool online);
    void recordsChanged(loket::RecordType type, const QStringList &ids); // empty ids: many
    void cycleFinished(const loket::SyncOutcome &outcome);
    // The hub answered 410 wipe_requested (DESIGN §8): the engine stopped for good, and whoever
    // owns the cache deletes it at once, without asking.
    void wipeRequested();
    // Someone else claimed a task this person claimed or worked on here (the hub answered 409
    // already_claimed): the local task now shows the winner, the step left the outbox, and
    // `message` tells the person in plain words.
    void taskClaimLost(const QString &taskId, const QString &message);

private:
    enum class Stop { Failed, Cancelled, LoginLost, Shutdown, Held };

    void scheduleCycle(qint64 delayMs);
    void runCycle();
    void pushNext();
    void onPushReply(const OutboxEntry &entry, const HubReply &reply);
    void pushToOpen311(const OutboxEntry &entry);
    void endCycle(); // follows the Open311 servers when due, then finishes the round
    bool acknowledge(const OutboxEntry &entry, const HubReply &reply);
    bool storeConflict(const OutboxEntry &entry, const HubReply &reply);
    // 409 already_claimed on a task: the hub's answer is final (see taskClaimLost).
    bool settleLostClaim(const OutboxEntry &entry, const HubReply &reply, QString *message);
    void startPull();
    void requestPage(const QString &cursor);
    void onPage(const HubReply &reply);
    bool applyPage(const ChangePage &page);
    bool finishBulk();
    void setCheckpointInterval(int pages);
    void finishCycle();
    void stopCycle(Stop how, const SyncError &error = {});
    void fail(const SyncError &error);
    void onWipeRequested();

    SyncError transportError(const HubReply &reply) const;
    SyncError statusError(const HubReply &reply, const QString &what) const;
    SyncError makeError(SyncError::Kind kind, const QString &message, const QString &detail) const;

    void setPhase(SyncPhase phase);
    void setOnline(bool online);
    void emitPending();
    QString nowIso() const;

    Connection &m_connection;
    CacheWriter &m_writer;
    Outbox &m_outbox;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncStateTable> m_state;
    std::unique_ptr<ChangeApplier> m_applier;
    HubClient *m_hub = nullptr;
    Open311Relay *m_relay = nullptr;
    std::optional<qint64> m_lastFollowMs;
    SyncOptions m_options;
    Backoff m_backoff;
    QTimer m_timer;

    HubSession m_session;
    SyncPhase m_phase = SyncPhase::Idle;
    std::optional<bool> m_online;
    bool m_cycleRunning = false;
    WorkOffline m_workOffline = WorkOffline::Off;
    bool m_wiped = false;
    bool m_again = false;
    bool m_fillCancelled = false;
    bool m_massDeletionConfirmed = false;
    bool m_awaitingConfirmation = false;
    qint64 m_unexplainedDeletes = 0; // in the running pull
    int m_cycleFailures = 0;

    // The running cycle.
    SyncOutcome m_outcome;
    QSet<qint64> m_attempted;
    bool m_pullDone = false;
    bool m_following = false;
    QPointer<QNetworkReply> m_request; // the push or page request in flight
    bool m_bulk = false;               // the triggers are dropped for this pull
    bool m_bulkWanted = false;
    SyncProgress m_progress;
    int m_lastPendingCount = -1;
    int m_lastConflictCount = -1;
};

} // namespace loket

Q_DECLARE_METATYPE(loket::SyncPhase)
Q_DECLARE_METATYPE(loket::SyncError)
Q_DECLARE_METATYPE(loket::SyncProgress)
Q_DECLARE_METATYPE(loket::SyncOutcome)
Q_DECLARE_METATYPE(loket::HubSession)
