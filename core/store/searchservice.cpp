#include "searchservice.h"
#include "connection.h"

#include <QMetaObject>

#include <memory>

namespace loket {

class SearchWorker final : public QObject
{
public:
    explicit SearchWorker(SearchService *service)
        : m_service(service)
    {}

    void open(const QString &path)
    {
        m_search.reset();
        m_connection = std::make_unique<Connection>(QStringLiteral("search"));
        const bool ok = m_connection->open(path, Connection::Mode::ReadOnly);
        if (ok)
            m_search = std::make_unique<CitizenSearch>(m_connection->database());
        const QString error = m_connection->errorString();
        QMetaObject::invokeMethod(
            m_service, [s = m_service, ok, error] { emit s->opened(ok, error); },
            Qt::QueuedConnection);
    }

    void processPending()
    {
        SearchService::Request request;
        while (m_service->takePending(&request)) {
            QList<CitizenHit> hits;
            QString error;
            if (m_search) {
                hits = m_search->find(request.query, request.limit);
                error = m_search->errorString();
            } else {
                error = QStringLiteral("no cache is open");
            }
            m_service->deliver(request.number, request.query, hits, error);
        }
    }

    void shutdown()
    {
        m_search.reset();
        m_connection.reset();
    }

private:
    SearchService *m_service;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CitizenSearch> m_search;
};

SearchService::SearchService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<loket::CitizenHit>>();
    m_thread.setObjectName(QStringLiteral("loket-search"));
    m_worker = new SearchWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SearchService::~SearchService()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchService::open(const QString &cachePath)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, cachePath] { w->open(cachePath); }, Qt::QueuedConnection);
}

quint64 SearchService::search(const QString &query, int limit)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = {++m_latest, query, limit};
        m_hasPending = true;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->processPending(); }, Qt::QueuedConnection);
    return m_latest;
}

bool SearchService::takePending(Request *request)
{
    QMutexLocker lock(&m_mutex);
    if (!m_hasPending)
        return false;
    *request = m_pending;
    m_hasPending = false;
    return true;
}

void SearchService::deliver(quint64 request, const QString &query, const QList<CitizenHit> &hits,
                            const QString &error)
{
    // Runs on the worker thread; the check against the newest request happens on ours.
    QMetaObject::invokeMethod(
        this,
        [this, request, query, hits, error] {
            if (request != m_latest)
                return; // a newer keystroke is on its way; never show a stale answer
            if (error.isEmpty())
                emit resultsReady(request, query, hits);
            else
                emit searchFailed(request, error);
        },
        Qt::QueuedConnection);
}

} // namespace loket
