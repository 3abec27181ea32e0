#include "store.h"
#include "cachewriter.h"
#include "connection.h"
#include "outbox.h"
#include "sync/clock.h"

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

    void close()
    {
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

QString Store::logContactMoment(ContactMoment contact)
{
    if (contact.id.isEmpty())
        contact.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (contact.staffId.isEmpty())
        contact.staffId = m_session.staffId;
    if (contact.municipalityNis.isEmpty())
        contact.municipalityNis = m_session.municipality;
    const QString id = contact.id;
    submit(std::make_shared<LogContactMomentCommand>(std::move(contact)));
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

void Store::resolveConflict(qint64 conflictId, ConflictResolution resolution)
{
    submit(std::make_shared<ResolveConflictCommand>(conflictId, resolution));
}

void Store::submit(std::shared_ptr<StoreCommand> command)
{
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
    if (!command->refusal().isEmpty()) {
        emit writeFailed(command->recordType(), command->recordId(), command->refusal(), detail);
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
