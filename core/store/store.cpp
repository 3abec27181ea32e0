#include "store.h"
#include "cachewipe.h"
#include "cachewriter.h"
#include "connection.h"
#include "model/belgiantime.h"
#include "outbox.h"
#include "outboxcommands.h"
#include "repositories.h"
#include "sync/clock.h"
#include "visitpurge.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QUuid>

namespace loket {
// Lives on the store thread and owns everything that writes to the cache.
class StoreWorker final : public QObject
{
public:
    StoreWorker(Store *store, StoreOptions options)
        : m_store(store)
        , m_options(std::move(options))
    {}

    void open()
    {
        m_connection = std::make_unique<Connection>(QStringLiteral("store"));
        QString error;
        bool ok = m_connection->open(m_options.path, Connection::Mode::ReadWrite);
        if (!ok)
            error = m_connection->errorString();
        if (ok) {
            m_writer = std::make_unique<CacheWriter>(*m_connection);
            if (!m_writer->errorString().isEmpty()) {
                ok = false;
                error = m_writer->errorString();
            }
        }
        if (ok && !SyncEngine::recoverInterruptedFill(*m_connection, *m_writer, &error)) {
            ok = false;
            error = QCoreApplication::translate("loket::Store",
                                                "The search index of the cache could not be "
                                                "rebuilt after an interrupted download: %1")
                        .arg(error);
        }
        SyncState state;
        int pending = 0;
        int conflicts = 0;
        if (ok) {
            m_outbox = std::make_unique<Outbox>(m_connection->database());
            std::unique_ptr<QNetworkAccessManager> network =
                m_options.networkFactory ? m_options.networkFactory()
                                         : std::make_unique<QNetworkAccessManager>();
            m_engine =
                std::make_unique<SyncEngine>(*m_connection, *m_writer, *m_outbox, *m_options.clock,
                                             std::move(network), m_options.sync);
            m_store->connectEngine(m_engine.get());
            m_engine->setWorkOffline(m_workOffline);
            connectVisits();
            state = SyncStateTable(m_connection->database()).read();
            pending = m_outbox->openCount();
            conflicts = int(m_outbox->conflicts().size());
        } else {
            close();
        }
        QMetaObject::invokeMethod(
            m_store,
            [s = m_store, ok, error, state, pending, conflicts] {
                s->onOpened(ok, error, state, pending, conflicts);
            },
            Qt::QueuedConnection);
    }

    void execute(const std::shared_ptr<StoreCommand> &command)
    {
        QString detail;
        bool ok = m_connection && m_connection->isOpen();
        if (!ok) {
            detail = QStringLiteral("no cache is open");
        } else {
            StoreContext context{*m_connection, *m_writer, *m_outbox, *m_options.clock};
            WriteTransaction tx(m_connection->database());
            ok = tx.isActive() && command->apply(context, &detail) && tx.commit();
            if (!ok && detail.isEmpty())
                detail = tx.errorString();
        }
        QMetaObject::invokeMethod(
            m_store, [s = m_store, command, ok, detail] { s->onCommandDone(command, ok, detail); },
            Qt::QueuedConnection);
        if (ok)
            m_engine->outboxChanged();
    }

    SyncEngine *engine() const { return m_engine.get(); }
    void setWorkOffline(WorkOffline mode)
    {
        m_workOffline = mode;
        if (m_engine)
            m_engine->setWorkOffline(mode);
    }
    VisitPreparer *preparer() const { return m_preparer.get(); }
    HelpdeskLookup *lookup() const { return m_lookup.get(); }

    // The visit list's housekeeping on this thread: the preparer, the expiry purge (at open,
    // after every sync round, hourly) and the remote wipe.
    void connectVisits()
    {
        m_preparer = std::make_unique<VisitPreparer>(*m_connection, *m_writer, *m_outbox,
                                                     *m_options.clock, *m_engine);
        m_store->connectPreparer(m_preparer.get());
        m_lookup = std::make_unique<HelpdeskLookup>(*m_engine);
        m_store->connectLookup(m_lookup.get());
        SyncEngine *engine = m_engine.get();
        QObject::connect(engine, &SyncEngine::loggedIn, this,
                         [this](const HubSession &s) { rememberRole(s.role); });
        QObject::connect(engine, &SyncEngine::cycleFinished, this, [this] { purgeExpired(); });
        // Queued: the engine is deleted by the wipe, so never from inside its own signal.
        QObject::connect(engine, &SyncEngine::wipeRequested, this, [this] {
            QMetaObject::invokeMethod(
                this, [this] { wipe(); }, Qt::QueuedConnection);
        });
        m_purgeTimer = std::make_unique<QTimer>();
        m_purgeTimer->setInterval(m_options.purgeIntervalMs);
        QObject::connect(m_purgeTimer.get(), &QTimer::timeout, this, [this] { purgeExpired(); });
        m_purgeTimer->start();
        purgeExpired();
    }

    // The purge applies to outreach caches only, also before anyone signed in this time: the
    // role of the last session is kept in the cache.
    void rememberRole(const QString &role)
    {
        if (!m_connection || !m_writer)
            return;
        WriteTransaction tx(m_connection->database());
        if (tx.isActive() && m_writer->setMeta(QString::fromLatin1(roleMetaKey), role))
            tx.commit();
        purgeExpired();
    }

    int keepDays() const { return m_options.keepVisitedDays; }
    void setKeepDays(int days)
    {
        m_options.keepVisitedDays = days;
        purgeExpired();
    }

    void purgeExpired()
    {
        if (!m_connection || !m_writer)
            return;
        if (CacheReader(m_connection->database()).meta(QString::fromLatin1(roleMetaKey)) !=
            QLatin1String("outreach"))
            return; // counter and helpdesk caches are never purged this way
        const QDate today = belgianDate(m_options.clock->now().toUTC().toString(Qt::ISODateWithMs));
        VisitPurge purge(*m_connection, *m_writer);
        VisitPurge::Result result;
        WriteTransaction tx(m_connection->database());
        const bool ok =
            tx.isActive() && purge.run(today, m_options.keepVisitedDays, &result) && tx.commit();
        if (!ok) {
            SyncError e;
            e.kind = SyncError::Kind::Storage;
            e.message = QCoreApplication::translate(
                "loket::Store", "Expired dossiers could not be removed from this computer. "
                                "Loket tries again within the hour.");
            e.detail = purge.errorString() + tx.errorString();
            e.at = m_options.clock->now();
            QMetaObject::invokeMethod(
                m_store, [s = m_store, e] { emit s->errorOccurred(e); }, Qt::QueuedConnection);
            return;
        }
        if (result.removed.isEmpty())
            return;
        QMetaObject::invokeMethod(
            m_store,
            [s = m_store, removed = result.removed] {
                for (RecordType t : {RecordType::Citizen, RecordType::Report, RecordType::Document,
                                     RecordType::ContactMoment, RecordType::GuideProgress,
                                     RecordType::DocumentAction, RecordType::Visit})
                    emit s->recordsChanged(t, {});
                emit s->expiredDossiersPurged(removed);
            },
            Qt::QueuedConnection);
    }

    void wipe()
    {
        const QString path = m_options.path;
        close();
        QString error;
        const bool ok = deleteCacheFiles(path, &error);
        QMetaObject::invokeMethod(
            m_store, [s = m_store, ok, error] { s->onWiped(ok, error); }, Qt::QueuedConnection);
    }

    void close()
    {
        m_purgeTimer.reset();
        m_lookup.reset();   // before the engine, like the preparer
        m_preparer.reset(); // before the engine: it sends through the engine's hub client
        if (m_engine)
            m_engine->shutdown();
        m_engine.reset();
        m_outbox.reset();
        m_writer.reset();
        m_connection.reset();
    }

private:
    Store *m_store;
    StoreOptions m_options;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncEngine> m_engine;
    WorkOffline m_workOffline = WorkOffline::Off; // for an engine made by a later open()
    std::unique_ptr<VisitPreparer> m_preparer;
    std::unique_ptr<HelpdeskLookup> m_lookup;
    std::unique_ptr<QTimer> m_purgeTimer;
    static constexpr const char *roleMetaKey = "session_role";
};

Store::Store(StoreOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<loket::RecordType>();
    qRegisterMetaType<loket::SyncPhase>();
    qRegisterMetaType<loket::SyncError>();
    qRegisterMetaType<loket::SyncProgress>();
    qRegisterMetaType<loket::SyncOutcome>();
    qRegisterMetaType<loket::HubSession>();
    qRegisterMetaType<loket::VisitPreparationProgress>();
    qRegisterMetaType<loket::VisitPreparationOutcome>();
    if (!m_options.clock)
        m_options.clock = std::make_shared<SystemClock>();

    // A write that failed (a full disk) is tried again until it succeeds; nothing typed is lost.
    m_retryTimer.setInterval(15000);
    connect(&m_retryTimer, &QTimer::timeout, this, &Store::retryUnsaved);

    m_thread.setObjectName(QStringLiteral("loket-store"));
    m_worker = new StoreWorker(this, m_options);
    m_worker->moveToThread(&m_thread);
    m_thread.start();

    // The platform's view of the network is only a hint (DESIGN §5): build machines have no
    // network manager, and "online" means the hub answered.
    if (m_options.useNetworkInformation &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    QMetaObject::invokeMethod(m_worker, [w = m_worker, r] {
                        if (w->engine())
                            w->engine()->reachabilityHint(r);
                    });
                });
    }
}

Store::~Store()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void Store::open()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void Store::onOpened(bool ok, const QString &error, const SyncState &state, int pending,
                     int conflicts)
{
    if (ok) {
        m_pending = pending;
        m_conflicts = conflicts;
        m_lastSuccess = QDateTime::fromString(state.lastSuccessAt, Qt::ISODateWithMs);
        if (!state.lastError.isEmpty()) {
            m_lastError.kind = SyncError::Kind::None;
            m_lastError.message = state.lastError;
            m_lastError.detail = state.lastErrorDetail;
            m_lastError.at = QDateTime::fromString(state.lastErrorAt, Qt::ISODateWithMs);
        }
        emit pendingCountChanged(m_pending);
        emit conflictCountChanged(m_conflicts);
        if (m_lastSuccess.isValid())
            emit lastSuccessChanged(m_lastSuccess);
    }
    emit opened(ok, error);
}

void Store::connectEngine(SyncEngine *engine)
{
    // Runs on the store thread; every connection delivers on this object's (the UI) thread.
    connect(engine, &SyncEngine::loggedIn, this, [this](const HubSession &s) {
        m_session = s;
        emit loggedIn(s);
    });
    connect(engine, &SyncEngine::loginFailed, this, &Store::loginFailed);
    connect(engine, &SyncEngine::loginRequired, this, &Store::loginRequired);
    connect(engine, &SyncEngine::phaseChanged, this, [this](SyncPhase p) {
        m_phase = p;
        emit phaseChanged(p);
    });
    connect(engine, &SyncEngine::progressChanged, this, [this](const SyncProgress &p) {
        m_progress = p;
        emit progressChanged(p);
    });
    connect(engine, &SyncEngine::pendingCountChanged, this, [this](int n) {
        m_pending = n;
        emit pendingCountChanged(n);
    });
    connect(engine, &SyncEngine::conflictCountChanged, this, [this](int n) {
        m_conflicts = n;
        emit conflictCountChanged(n);
    });
    connect(engine, &SyncEngine::lastSuccessChanged, this, [this](const QDateTime &at) {
        m_lastSuccess = at;
        emit lastSuccessChanged(at);
    });
    connect(engine, &SyncEngine::errorOccurred, this, [this](const SyncError &e) {
        m_lastError = e;
        emit errorOccurred(e);
    });
    connect(engine, &SyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        emit onlineChanged(online);
    });
    connect(engine, &SyncEngine::recordsChanged, this, &Store::recordsChanged);
    connect(engine, &SyncEngine::confirmationNeeded, this, &Store::confirmationNeeded);
    connect(engine, &SyncEngine::cycleFinished, this, &Store::cycleFinished);
    connect(engine, &SyncEngine::taskClaimLost, this, &Store::taskClaimLost);
}

void Store::login(const QUrl &hub, const QString &user, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, hub, user, password] {
        if (w->engine())
            w->engine()->login(hub, user, password);
    });
}

void Store::setSession(const HubSession &session)
{
    m_session = session;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, session] {
        if (w->engine())
            w->engine()->setSession(session);
        w->rememberRole(session.role);
    });
}

void Store::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->engine())
            w->engine()->syncNow();
    });
}

void Store::confirmMassDeletion()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->engine())
            w->engine()->confirmMassDeletion();
    });
}

void Store::cancelFill()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->engine())
            w->engine()->cancelFill();
    });
}

QString Store::logContactMoment(ContactMoment contact, FollowUpRoute followUp)
{
    if (contact.id.isEmpty())
        contact.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (contact.staffId.isEmpty())
        contact.staffId = m_session.staffId;
    if (contact.municipalityNis.isEmpty())
        contact.municipalityNis = m_session.municipality;
    const QString id = contact.id;
    submit(std::make_shared<LogContactMomentCommand>(std::move(contact), followUp));
    return id;
}

void Store::correctContactMoment(const ContactMoment &contact)
{
    submit(std::make_shared<CorrectContactMomentCommand>(contact));
}

void Store::recordGuideProgress(GuideProgress progress)
{
    if (progress.staffId.isEmpty())
        progress.staffId = m_session.staffId;
    submit(std::make_shared<RecordGuideProgressCommand>(std::move(progress)));
}

QString Store::recordDocumentAction(DocumentAction action)
{
    if (action.id.isEmpty())
        action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (action.staffId.isEmpty())
        action.staffId = m_session.staffId;
    if (action.municipalityNis.isEmpty())
        action.municipalityNis = m_session.municipality;
    const bool refused = documentActionProblem(action) != DocumentActionProblem::None;
    const QString id = action.id;
    submit(std::make_shared<RecordDocumentActionCommand>(std::move(action)));
    return refused ? QString() : id;
}

QString Store::recordAccess(AccessEntry entry)
{
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.staffId = m_session.staffId;
    entry.municipalityNis = m_session.municipality;
    entry.occurredAt.clear(); // the command takes it from the clock when it writes the row
    const QString id = entry.id;
    submit(std::make_shared<RecordAccessCommand>(std::move(entry)));
    return id;
}

QString Store::addVisit(Visit visit)
{
    if (visit.id.isEmpty())
        visit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (visit.staffId.isEmpty())
        visit.staffId = m_session.staffId;
    auto command = std::make_shared<AddVisitCommand>(std::move(visit));
    const bool refused = !command->refusal().isEmpty();
    const QString id = command->recordId();
    submit(command);
    return refused ? QString() : id;
}

void Store::prepareVisits()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->preparer())
            w->preparer()->start(w->keepDays());
    });
}

void Store::cancelVisitPreparation()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w->preparer())
            w->preparer()->cancel();
    });
}

void Store::setKeepVisitedDays(int days)
{
    m_options.keepVisitedDays = days;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, days] { w->setKeepDays(days); });
}

void Store::purgeExpiredVisits()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->purgeExpired(); });
}

void Store::connectPreparer(VisitPreparer *preparer)
{
    connect(preparer, &VisitPreparer::progressChanged, this, &Store::visitPreparationProgress);
    connect(preparer, &VisitPreparer::finished, this, &Store::visitPreparationFinished);
    connect(preparer, &VisitPreparer::recordsChanged, this, &Store::recordsChanged);
    connect(preparer, &VisitPreparer::dossierFetched, this, &Store::dossierFetched);
}

void Store::connectLookup(HelpdeskLookup *lookup)
{
    connect(lookup, &HelpdeskLookup::finished, this, &Store::onLookupFinished);
}

quint64 Store::lookupCitizensOnline(const QString &query, int limit)
{
    const quint64 request = ++m_latestLookup;
    QMetaObject::invokeMethod(m_worker, [s = this, w = m_worker, request, query, limit] {
        if (w->lookup()) {
            w->lookup()->lookup(request, query, limit);
            return;
        }
        OnlineLookupResult offline; // no cache open yet: nobody to ask
        offline.request = request;
        offline.query = query;
        QMetaObject::invokeMethod(
            s, [s, offline] { s->onLookupFinished(offline); }, Qt::QueuedConnection);
    });
    return request;
}

void Store::onLookupFinished(const OnlineLookupResult &result)
{
    // Only the newest query is answered: the user typed on meanwhile (DESIGN §7).
    if (result.request != m_latestLookup)
        return;
    emit citizenLookupFinished(result);
}

void Store::fetchDossier(const QString &citizenId)
{
    QMetaObject::invokeMethod(m_worker, [s = this, w = m_worker, citizenId] {
        if (w->preparer()) {
            w->preparer()->fetchDossier(citizenId);
            return;
        }
        QMetaObject::invokeMethod(
            s,
            [s, citizenId] {
                emit s->dossierFetched(citizenId, tr("No cache is open on this computer."));
            },
            Qt::QueuedConnection);
    });
}

void Store::onWiped(bool ok, const QString &error)
{
    m_wiped = true;
    // Nothing of the wiped cache is written again, also not a write that failed earlier.
    m_unsaved.clear();
    m_retryTimer.stop();
    m_session = {};
    m_pending = 0;
    m_conflicts = 0;
    emit wiped(ok, error);
}

void Store::setWorkOffline(WorkOffline mode)
{
    m_workOffline = mode;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, mode] { w->setWorkOffline(mode); });
}

void Store::discardOutboxEntry(const OutboxEntry &entry, const QString &reason)
{
    submit(std::make_shared<DiscardOutboxEntryCommand>(entry, reason, m_session.staffId));
}

void Store::retryOutboxEntries(const QList<OutboxEntry> &entries)
{
    for (const OutboxEntry &entry : entries)
        submit(std::make_shared<RetryOutboxEntryCommand>(entry));
    syncNow(); // queued behind the retries, so it finds them due
}

void Store::resolveConflict(qint64 conflictId, ConflictResolution resolution)
{
    submit(std::make_shared<ResolveConflictCommand>(conflictId, resolution));
}

void Store::submit(std::shared_ptr<StoreCommand> command)
{
    if (m_wiped) {
        QMetaObject::invokeMethod(
            this,
            [this, command] {
                emit writeRefused(command->recordType(), command->recordId(),
                                  tr("This computer's copy was wiped at the request of the "
                                     "regional service."));
            },
            Qt::QueuedConnection);
        return;
    }
    // Reported from the event loop, as a write's outcome would be, so that every caller sees
    // the same order of events; never kept for a retry, since trying again cannot help.
    if (const QString refusal = command->refusal(); !refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, command, refusal] {
                emit writeRefused(command->recordType(), command->recordId(), refusal);
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker, command] { w->execute(command); });
}

void Store::onCommandDone(const std::shared_ptr<StoreCommand> &command, bool ok,
                          const QString &detail)
{
    if (ok) {
        m_unsaved.removeAll(command);
        if (m_unsaved.isEmpty())
            m_retryTimer.stop();
        // Nothing on screen shows the access log: its entries change no view.
        if (command->recordType() != RecordType::AccessEntry)
            emit recordsChanged(command->recordType(), {command->recordId()});
        return;
    }
    // A command may find out only while it runs that it can never succeed (the entry to
    // discard is an access-log entry, or was sent meanwhile): refused, not kept for a retry.
    if (!command->refusal().isEmpty()) {
        emit writeRefused(command->recordType(), command->recordId(), command->refusal());
        return;
    }
    if (!m_unsaved.contains(command))
        m_unsaved.append(command);
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    emit writeFailed(command->recordType(), command->recordId(), command->failureMessage(), detail);
}

void Store::retryUnsaved()
{
    // In the order they were made; each stays listed until its write succeeds.
    for (const std::shared_ptr<StoreCommand> &command : std::as_const(m_unsaved))
        QMetaObject::invokeMethod(m_worker, [w = m_worker, command] { w->execute(command); });
}

} // namespace loket
