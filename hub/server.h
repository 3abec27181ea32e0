#pragma once

#include "http.h"
#include "workerpool.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

#include <functional>

class QElapsedTimer;
class QTcpSocket;

namespace loket::hub {

class Api;
class ConnectionGuard;

struct ServerOptions
{
    qint64 maxBodyBytes = 8 * 1024 * 1024; // a report photo: 5 MB, base64 in JSON
    int threads = 4;                       // 0: answer on the server's own thread
    bool accessLog = false;
    int idleTimeoutMs = 120 * 1000;
};

// Serves the Api over HTTP/1.1 with Qt HTTP Server. Qt 6.4 reads a whole request body before a
// handler runs, so every connection has a guard that reads the request head as it arrives and
// answers 413 on an oversized Content-Length before the body is buffered. Handlers run on a
// pool of worker threads, each with its own database connection; answers go back to the
// server's thread and leave each connection in request order.
class Server final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    Server(Api &api, ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    // Listens on `address` (0 as port picks a free one); returns the port, or 0 with `error`.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);
    // Stops accepting connections and waits for the running handlers.
    void stop();
    // Runs `job` on a worker thread (with that thread's database connection).
    void runInBackground(std::function<void()> job);

    const ServerOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QPointer<QTcpSocket> socket, quint64 ticket, const HttpRequest &request,
                 const HttpResponse &response, KeepAlive keepAlive, const QElapsedTimer &clock);

    Api &m_api;
    const ServerOptions m_options;
    WorkerPool m_pool;
};

} // namespace loket::hub
