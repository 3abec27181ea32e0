#include "server.h"
#include "api.h"
#include "database.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace loket::hub {

// Watches one connection's bytes in step with Qt HTTP Server's parser: it sees each request
// head before the server does, refuses an oversized or unbounded body at once (Qt 6.4 would
// otherwise buffer it whole), and writes the answers of the connection in request order.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, QAbstractHttpServer *server, const ServerOptions &options)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_maxBody(options.maxBodyBytes)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (m_state == State::Rejected)
                m_socket->abort();
            else if (m_nextToWrite == m_nextTicket)
                m_socket->disconnectFromHost(); // idle keep-alive connection
            else
                m_idle.start(); // still answering
        });
        m_idle.start();
    }

    // Connected before the server's own slot, so that a head is judged before it is parsed.
    void attachBefore()
    {
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerReads);
    }
    // Connected after it: whatever the server left unread has been inspected already.
    void attachAfter()
    {
        connect(m_socket, &QTcpSocket::readyRead, this,
                [this] { m_seen = m_socket->bytesAvailable(); });
    }

    quint64 takeTicket() { return m_nextTicket++; }
    KeepAlive takeKeepAlive() { return m_heads.isEmpty() ? KeepAlive::Keep : m_heads.takeFirst(); }

    void queue(quint64 ticket, const HttpResponse &response, KeepAlive keepAlive)
    {
        m_ready.insert(ticket, {response, keepAlive});
        while (!m_closing && m_ready.contains(m_nextToWrite)) {
            auto [r, keep] = m_ready.take(m_nextToWrite++);
            // Head and body separately: a page of the feed is megabytes, not copied once more.
            m_socket->write(serializeHead(r, keep));
            if (r.status != 204 && r.status != 304)
                m_socket->write(r.body);
            if (keep == KeepAlive::Close) {
                m_closing = true;
                closeWhenDrained();
            }
        }
        m_idle.start();
    }

private:
    enum class State { Head, Body, Rejected };
    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;

    void beforeServerReads()
    {
        m_idle.start();
        if (m_state == State::Rejected) {
            drain();
            return;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (available <= m_seen)
            return;
        const QByteArray fresh = m_socket->peek(available).mid(m_seen);
        m_seen = available;
        inspect(fresh);
    }

    void inspect(const QByteArray &bytes)
    {
        qsizetype i = 0;
        while (i < bytes.size()) {
            if (m_state == State::Body) {
                const qint64 n = qMin<qint64>(m_bodyLeft, bytes.size() - i);
                m_bodyLeft -= n;
                i += n;
                if (m_bodyLeft == 0)
                    m_state = State::Head;
                continue;
            }
            const char c = bytes.at(i++);
            // Qt's parser skips blank space left between requests; so does this one.
            if (m_head.isEmpty() && (c == '\r' || c == '\n' || c == ' ' || c == '\t'))
                continue;
            m_head += c;
            if (c == '\n' && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n"))) {
                if (!judgeHead(bytes.size() - i))
                    return;
                m_head.clear();
            } else if (m_head.size() > maxHeadBytes) {
                reject(431, u"headers_too_large"_s, tr("The request headers are too large."), 0);
                return;
            }
        }
    }

    // Returns false when the request was refused.
    bool judgeHead(qsizetype bodyBytesInBuffer)
    {
        const QList<QByteArray> lines = m_head.split('\n');
        const QByteArray requestLine = lines.first().trimmed();
        const bool http10 = requestLine.endsWith("HTTP/1.0");
        qint64 length = 0;
        bool chunked = false;
        bool close = http10;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                if (!ok || n < 0 || !std::all_of(value.cbegin(), value.cend(), [](char ch) {
                        return ch >= '0' && ch <= '9';
                    })) {
                    reject(400, u"invalid_request"_s, tr("The Content-Length is not a number."), 0);
                    return false;
                }
                length = n;
            } else if (name == "transfer-encoding" && value.toLower() != "identity") {
                chunked = true;
            } else if (name == "connection") {
                const QByteArray v = value.toLower();
                if (v.contains("close"))
                    close = true;
            }
        }
        if (chunked) {
            reject(411, u"length_required"_s,
                   tr("Send the body with a Content-Length; chunked bodies are not accepted."), 0);
            return false;
        }
        if (length > m_maxBody) {
            reject(
                413, u"payload_too_large"_s,
                tr("The request body is larger than the %1 bytes this hub accepts.").arg(m_maxBody),
                qMax<qint64>(0, length - bodyBytesInBuffer));
            return false;
        }
        m_heads.append(close ? KeepAlive::Close : KeepAlive::Keep);
        m_bodyLeft = length;
        m_state = length > 0 ? State::Body : State::Head;
        return true;
    }

    void reject(int status, const QString &code, const QString &message, qint64 drainBytes)
    {
        m_state = State::Rejected;
        // The server must not see this request at all: it would buffer the body first.
        if (m_server)
            disconnect(m_socket, &QTcpSocket::readyRead, m_server, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        // Keep reading (and discarding) what the client is still sending, so that it reads
        // the answer instead of a reset connection.
        m_drainLeft = qMin(drainBytes, maxDrainBytes);
        QTimer::singleShot(10000, m_socket, [socket = m_socket] { socket->abort(); });
        queue(m_nextTicket++, HttpResponse::error(status, code, message), KeepAlive::Close);
    }

    void drain()
    {
        const qint64 n = m_socket->bytesAvailable();
        m_socket->skip(n);
        m_drainLeft -= n;
        closeWhenDrained();
    }

    void closeWhenDrained()
    {
        if (m_closing && (m_state != State::Rejected || m_drainLeft <= 0))
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    QPointer<QAbstractHttpServer> m_server;
    const qint64 m_maxBody;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_seen = 0;
    qint64 m_drainLeft = 0;
    QList<KeepAlive> m_heads;
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    QMap<quint64, QPair<HttpResponse, KeepAlive>> m_ready;
    bool m_closing = false;
    QTimer m_idle;
};

namespace {

// Puts a guard on every accepted connection before Qt HTTP Server connects its own slots.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(Server *server, const ServerOptions &options)
        : m_server(server)
        , m_options(options)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto *guard = new ConnectionGuard(socket, m_server, m_options);
        guard->attachBefore();
        addPendingConnection(socket); // the HTTP server takes it and connects its slots here
        guard->attachAfter();
    }

private:
    Server *m_server;
    const ServerOptions m_options;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

Server::Server(Api &api, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_options(options)
    , m_pool(qMax(1, options.threads), [] { Database::releaseThreadConnection(); })
{}

Server::~Server()
{
    stop();
}

quint16 Server::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(this, m_options);
    if (!tcp->listen(address, port)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

void Server::stop()
{
    for (QTcpServer *tcp : servers())
        tcp->close();
    m_pool.stop();
}

void Server::runInBackground(std::function<void()> job)
{
    m_pool.start(std::move(job));
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        return false;
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    const quint64 ticket = guard->takeTicket();
    KeepAlive keepAlive = guard->takeKeepAlive();
    if (r.header("Connection").toLower().contains("close"))
        keepAlive = KeepAlive::Close;
    QPointer<QTcpSocket> target(socket);
    QElapsedTimer clock;
    clock.start();

    if (m_options.threads == 0) {
        deliver(target, ticket, r, m_api.handle(r), keepAlive, clock);
    } else {
        m_pool.start([this, target, ticket, r, keepAlive, clock] {
            HttpResponse response = m_api.handle(r);
            QMetaObject::invokeMethod(
                this,
                [this, target, ticket, r, response = std::move(response), keepAlive, clock] {
                    deliver(target, ticket, r, response, keepAlive, clock);
                },
                Qt::QueuedConnection);
        });
    }
    return true;
}

void Server::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers every request it is given; this only runs without a guard.
    socket->disconnectFromHost();
}

void Server::deliver(QPointer<QTcpSocket> socket, quint64 ticket, const HttpRequest &request,
                     const HttpResponse &response, KeepAlive keepAlive, const QElapsedTimer &clock)
{
    if (m_options.accessLog) {
        // No query string: it may hold a cursor, never personal data, but keep the log lean.
        std::fprintf(stderr, "%s %s %s %d %lld bytes %.1f ms\n",
                     qUtf8Printable(request.remoteAddress.toString()), request.method.constData(),
                     qUtf8Printable(request.path), response.status, qlonglong(response.body.size()),
                     double(clock.nsecsElapsed()) / 1e6);
    }
    if (!socket)
        return; // the client went away; a committed change stays committed
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (guard)
        guard->queue(ticket, response, keepAlive);
}

} // namespace loket::hub

#include "server.moc"
