#pragma once

#include "outbox.h"
#include "recordtype.h"
#include "storecommand.h"
#include "sync/helpdesklookup.h"
#include "sync/syncengine.h"
#include "sync/visitpreparer.h"
#include "syncstate.h"
#include "visitpurge.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace loket {

class Clock;
class StoreWorker;

// What a Store is built from: the cache file, the network and the clock it uses.
struct StoreOptions
{
    QString path;
    // Creates the network access manager on the store thread (it must live there); tests hand in
    // one that answers from a script. Empty: a plain QNetworkAccessManager.
    std::function<std::unique_ptr<QNetworkAccessManager>()> networkFactory;
    std::shared_ptr<const Clock> clock; // empty: the system clock
    SyncOptions sync;
    // Let the platform's network information wake an offline engine early (only a hint).
    bool useNetworkInformation = true;
    // An outreach cache keeps a visited citizen's dossier this many days after the visit.
    int keepVisitedDays = defaultKeepVisitedDays;
    // How often the store looks for expired dossiers besides at open and after each sync.
    int purgeIntervalMs = 60 * 60 * 1000;
};

// The cache's one writer (DESIGN §5): a thread with the writer connection, the outbox and the
// sync engine. The UI thread reads through its own connection and hands edits over as commands;
// each command writes its rows and its outbox entry in one BEGIN IMMEDIATE transaction, then
// recordsChanged() tells views to re-read. A failed write is reported and kept for a retry.
class Store final : public QObject
{
    Q_OBJECT
public:
    explicit Store(StoreOptions options, QObject *parent = nullptr);
    ~Store() override;

    void open(); // answers with opened()
    QString path() const { return m_options.path; }

    void login(const QUrl &hub, const QString &user, const QString &password);
    void setSession(const HubSession &session);
    HubSession session() const { return m_session; }
    void syncNow();
    void cancelFill();
    void confirmMassDeletion();

    // Returns the new contact moment's id at once; the row is visible after recordsChanged().
    // A follow-up becomes a task of the kind and in the queue `followUp` names.
    QString logContactMoment(ContactMoment contact, FollowUpRoute followUp = {});
    void correctContactMoment(const ContactMoment &contact);
    void resolveConflict(qint64 conflictId, ConflictResolution resolution);
    // Records a step of a guide for a citizen; the staff member is the signed-in one.
    void recordGuideProgress(GuideProgress progress);
    // Records a document action (a paper copy or resend request, an explanation, eBox
    // activation help); the staff member and municipality are the signed-in ones unless set.
    // Returns the action's id at once; the row is visible after recordsChanged(). An action
    // that breaks the rules (documentActionProblem) writes nothing: it returns an empty id and
    // writeRefused() carries the reason; it is not retried.
    QString recordDocumentAction(DocumentAction action);
    // Logs one consultation of a dossier (DESIGN §8): the id, the staff member and the
    // municipality come from the session, the time from the store's clock. Returns the entry's
    // id at once; the hub receives it through the outbox.
    QString recordAccess(AccessEntry entry);
    // Plans a home visit (outreach): the staff member is the signed-in one. Returns the visit's
    // id at once, or an empty id when visitProblem() refuses it (writeRefused() says why).
    QString addVisit(Visit visit);
    // "Prepare for offline": a pull, then the dossier of every citizen with a current visit
    // (VisitPreparer); visitPreparationProgress() and visitPreparationFinished() report.
    void prepareVisits();
    void cancelVisitPreparation();
    // The helpdesk's region-wide lookup at the hub (HelpdeskLookup, on the store thread).
    // Returns the request's number; citizenLookupFinished() brings only the newest request's
    // answer, so an answer to a query the user already typed past never arrives.
    quint64 lookupCitizensOnline(const QString &query, int limit);
    // Fetches a dossier the online lookup found into the cache (VisitPreparer::fetchDossier);
    // dossierFetched() reports.
    void fetchDossier(const QString &citizenId);
    // The keep period of visited dossiers (a staff setting); expired ones are purged at once.
    void setKeepVisitedDays(int days);
    int keepVisitedDays() const { return m_options.keepVisitedDays; }
    // Looks for expired dossiers now (it also happens at open, after a sync and hourly).
    void purgeExpiredVisits();
    // The hub asked for a remote wipe and the cache files are gone (or failed to go: see
    // wiped()); the store does nothing any more.
    bool isWiped() const { return m_wiped; }
    void submit(std::shared_ptr<StoreCommand> command);

    // "Work offline" (SyncEngine::setWorkOffline): kept for the engine of a later open() too.
    void setWorkOffline(WorkOffline mode);
    WorkOffline workOffline() const { return m_workOffline; }
    // Takes an outbox entry out for good (DiscardOutboxEntryCommand): the staff member is the
    // signed-in one; a refusal (an access-log entry, a missing reason) comes as writeRefused().
    void discardOutboxEntry(const OutboxEntry &entry, const QString &reason);
    // Makes failed or waiting entries due now (RetryOutboxEntryCommand), then syncs.
    void retryOutboxEntries(const QList<OutboxEntry> &entries);

    // Commands whose write failed, kept so nothing typed is lost.
    int unsavedCount() const { return int(m_unsaved.size()); }
    void retryUnsaved();

    SyncPhase phase() const { return m_phase; }
    bool isOnline() const { return m_online; }
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    SyncError lastError() const { return m_lastError; }
    SyncProgress progress() const { return m_progress; }

signals:
    void opened(bool ok, const QString &error);
    void recordsChanged(loket::RecordType type, const QStringList &ids);
    void writeFailed(loket::RecordType type, const QString &id, const QString &message,
                     const QString &detail);
    // A command that breaks the rules wrote nothing and is dropped: `message` says why, for staff.
    void writeRefused(loket::RecordType type, const QString &id, const QString &message);

    void loggedIn(const loket::HubSession &session);
    void loginFailed(const loket::SyncError &error);
    void loginRequired();
    void phaseChanged(loket::SyncPhase phase);
    void progressChanged(const loket::SyncProgress &progress);
    void pendingCountChanged(int count);
    void conflictCountChanged(int count);
    void lastSuccessChanged(const QDateTime &at);
    void errorOccurred(const loket::SyncError &error);
    void confirmationNeeded(qint64 citizens);
    void onlineChanged(bool online);
    void cycleFinished(const loket::SyncOutcome &outcome);
    void visitPreparationProgress(const loket::VisitPreparationProgress &progress);
    void visitPreparationFinished(const loket::VisitPreparationOutcome &outcome);
    void citizenLookupFinished(const loket::OnlineLookupResult &result);
    // `error` is empty when the dossier is in the cache, otherwise a sentence for staff.
    void dossierFetched(const QString &citizenId, const QString &error);
    // Dossiers of citizens without a current visit left the cache (an outreach cache only).
    void expiredDossiersPurged(const QStringList &citizenIds);
    // The remote wipe (DESIGN §8) ran: the engine stopped, the store's connection closed and
    // the cache file with its -wal and -shm was deleted (`ok`), or `error` says what is left.
    // Whoever reads the cache must close its connections and show the sign-in state.
    void wiped(bool ok, const QString &error);
    // SyncEngine::taskClaimLost, for the queue window: someone else won a claim.
    void taskClaimLost(const QString &taskId, const QString &message);

private:
    friend class StoreWorker;
    void connectEngine(SyncEngine *engine);
    void connectPreparer(VisitPreparer *preparer);
    void connectLookup(HelpdeskLookup *lookup);
    void onLookupFinished(const OnlineLookupResult &result);
    void onOpened(bool ok, const QString &error, const SyncState &state, int pending,
                  int conflicts);
    void onCommandDone(const std::shared_ptr<StoreCommand> &command, bool ok,
                       const QString &detail);
    void onWiped(bool ok, const QString &error);

    StoreOptions m_options;
    QThread m_thread;
    StoreWorker *m_worker = nullptr;
    QList<std::shared_ptr<StoreCommand>> m_unsaved;
    QTimer m_retryTimer;
    bool m_wiped = false;

    HubSession m_session;
    SyncPhase m_phase = SyncPhase::Idle;
    bool m_online = false;
    WorkOffline m_workOffline = WorkOffline::Off;
    int m_pending = 0;
    int m_conflicts = 0;
    QDateTime m_lastSuccess;
    SyncError m_lastError;
    SyncProgress m_progress;
    quint64 m_latestLookup = 0;
};

} // namespace loket
