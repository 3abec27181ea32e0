#pragma once

#include "citizensearch.h"

#include <QMutex>
#include <QObject>
#include <QThread>

namespace loket {

class SearchWorker;

// Runs citizen searches on its own thread with its own read-only connection, so the UI never
// waits on a query. Only the newest query is answered: a query typed while another runs
// replaces any that is still waiting, and an answer that is no longer the newest is dropped.
class SearchService final : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QObject *parent = nullptr);
    ~SearchService() override;

    // Opens the cache on the worker thread; `opened` reports the outcome.
    void open(const QString &cachePath);
    // Returns the number of this request; `resultsReady` carries it back.
    quint64 search(const QString &query, int limit = 50);
    quint64 latestRequest() const { return m_latest; }

signals:
    void opened(bool ok, const QString &error);
    void resultsReady(quint64 request, const QString &query, const QList<loket::CitizenHit> &hits);
    void searchFailed(quint64 request, const QString &message);

private:
    friend class SearchWorker;
    struct Request
    {
        quint64 number = 0;
        QString query;
        int limit = 50;
    };
    bool takePending(Request *request);
    void deliver(quint64 request, const QString &query, const QList<CitizenHit> &hits,
                 const QString &error);

    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    QMutex m_mutex;
    Request m_pending;
    bool m_hasPending = false;
    quint64 m_latest = 0;
};

} // namespace loket
