#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

// One HTTP/1.1 message as it arrived: the start line, the headers and the body.
struct Message
{
    QByteArray startLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0) {
                v = value;
                return;
            }
        }
        headers.append({name, value});
    }
    void removeHeader(const QByteArray &name)
    {
        headers.removeIf(
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    QByteArray serialise() const
    {
        QByteArray out = startLine + "\r\n";
        for (const auto &[n, v] : headers)
            out += n + ": " + v + "\r\n";
        return out + "\r\n" + body;
    }
};

enum class Parse { Incomplete, Complete, Broken };

// Takes one complete message off the front of `buffer` (Content-Length or chunked bodies;
// `untilClose` reads a body without either up to the end of the connection).
Parse takeMessage(QByteArray *buffer, Message *message, bool isResponse, bool closed)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return closed ? Parse::Broken : Parse::Incomplete;
    const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
    Message m;
    m.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype pos = headEnd + 4;
    const QByteArray length = m.header("Content-Length");
    if (m.header("Transfer-Encoding").toLower().contains("chunked")) {
        QByteArray body;
        for (;;) {
            const qsizetype lineEnd = buffer->indexOf("\r\n", pos);
            if (lineEnd < 0)
                return closed ? Parse::Broken : Parse::Incomplete;
            bool ok = false;
            const qsizetype size =
                buffer->mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return Parse::Broken;
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = buffer->indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return closed ? Parse::Broken : Parse::Incomplete;
                pos = trailerEnd + 2;
                break;
            }
            if (buffer->size() < pos + size + 2)
                return closed ? Parse::Broken : Parse::Incomplete;
            body += buffer->mid(pos, size);
            pos += size + 2;
        }
        m.body = body;
        m.removeHeader("Transfer-Encoding");
    } else if (!length.isEmpty()) {
        const qsizetype size = length.toLongLong();
        if (buffer->size() < pos + size)
            return closed ? Parse::Broken : Parse::Incomplete;
        m.body = buffer->mid(pos, size);
        pos += size;
    } else if (isResponse) {
        if (!closed)
            return Parse::Incomplete;
        m.body = buffer->mid(pos);
        pos = buffer->size();
    }
    buffer->remove(0, pos);
    *message = m;
    return Parse::Complete;
}

QByteArray canned(int status, const QByteArray &reason, const QByteArray &body,
                  const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    Message m;
    m.startLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason;
    m.headers = {{"Content-Type", "application/json"},
                 {"Content-Length", QByteArray::number(body.size())}};
    m.headers += extra;
    m.body = body;
    return m.serialise();
}

} // namespace

// One client connection: requests in turn, each forwarded on its own upstream connection.
class FaultProxy::Session final : public QObject
{
public:
    Session(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Session::readClient);
        connect(client, &QTcpSocket::disconnected, this, &Session::end);
    }

private:
    void end()
    {
        if (m_upstream)
            m_upstream->abort();
        deleteLater();
    }

    void readClient()
    {
        m_in += m_client->readAll();
        if (m_busy)
            return;
        Message request;
        const Parse p = takeMessage(&m_in, &request, false, false);
        if (p == Parse::Broken) {
            m_client->abort();
            return;
        }
        if (p != Parse::Complete)
            return;
        m_busy = true;
        const QList<QByteArray> parts = request.startLine.split(' ');
        const QByteArray method = parts.value(0);
        const QString path = QString::fromUtf8(parts.value(1)).section(u'?', 0, 0);
        m_fault = m_proxy->decide(method, path, &m_holdMs);
        m_proxy->m_seen.append({method, path, request.header("Idempotency-Key"), m_fault});
        switch (m_fault) {
        case Fault::Status500:
            answer(canned(500, "Internal Server Error",
                          R"({"error":{"code":"internal","message":"injected server error"}})"));
            return;
        case Fault::Status503:
            answer(canned(503, "Service Unavailable",
                          R"({"error":{"code":"unavailable","message":"injected: busy"}})",
                          {{"Retry-After", "1"}}));
            return;
        case Fault::HoldRequest:
            QTimer::singleShot(m_holdMs, this, [this, request] { forward(request); });
            return;
        default:
            break;
        }
        forward(request);
    }

    void forward(Message request)
    {
        // Upstream: one connection per request, closed by the hub after its answer.
        request.setHeader("Connection", "close");
        request.setHeader("Host", "127.0.0.1:" + QByteArray::number(m_proxy->m_upstream));
        m_upstreamIn.clear();
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Session::readUpstream);
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { upstreamDone(true); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        upstreamDone(true);
                });
        m_upstream->connectToHost(QStringLiteral("127.0.0.1"), m_proxy->m_upstream);
        m_upstream->write(request.serialise());
    }

    void readUpstream()
    {
        m_upstreamIn += m_upstream->readAll();
        if (m_fault == Fault::KillHub) {
            // The page has started to flow (the whole head and some of the body): the client
            // gets part of it, and the hub dies under it.
            const qsizetype headEnd = m_upstreamIn.indexOf("\r\n\r\n");
            if (headEnd >= 0 && m_upstreamIn.size() - (headEnd + 4) >= 2)
                killMidAnswer(headEnd + 4);
            return;
        }
        upstreamDone(false);
    }

    void killMidAnswer(qsizetype bodyStart)
    {
        if (m_killed)
            return;
        m_killed = true;
        m_client->write(m_upstreamIn.left(bodyStart + (m_upstreamIn.size() - bodyStart) / 2));
        m_client->flush();
        if (m_proxy->m_onKill)
            m_proxy->m_onKill();
        m_client->disconnectFromHost();
    }

    void upstreamDone(bool closed)
    {
        if (!m_busy || !m_upstream || m_killed)
            return;
        if (m_fault == Fault::KillHub) {
            if (closed) {
                const qsizetype headEnd = m_upstreamIn.indexOf("\r\n\r\n");
                killMidAnswer(headEnd >= 0 ? headEnd + 4 : 0);
            }
            return;
        }
        Message response;
        const Parse p = takeMessage(&m_upstreamIn, &response, true, closed);
        if (p == Parse::Incomplete)
            return;
        QTcpSocket *upstream = m_upstream;
        m_upstream = nullptr;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        if (p == Parse::Broken) {
            m_client->abort(); // the hub went away mid-answer: so does the client's connection
            return;
        }
        response.removeHeader("Connection");
        response.setHeader("Content-Length", QByteArray::number(response.body.size()));
        switch (m_fault) {
        case Fault::CutAfterForward:
            m_client->abort();
            return;
        case Fault::Truncate: {
            const QByteArray whole = response.serialise();
            m_client->write(whole.left(whole.size() - response.body.size() / 2 - 1));
            m_client->flush();
            m_client->disconnectFromHost();
            return;
        }
        case Fault::MalformedJson:
            response.body = R"({"changes":[{"type":"citizen","op":"upsert","id":)";
            response.setHeader("Content-Length", QByteArray::number(response.body.size()));
            break;
        case Fault::WrongContentType:
            response.setHeader("Content-Type", "text/html; charset=utf-8");
            break;
        case Fault::Slow: {
            const QByteArray bytes = response.serialise();
            QTimer::singleShot(m_holdMs, this, [this, bytes] { answer(bytes); });
            return;
        }
        default:
            break;
        }
        answer(response.serialise());
    }

    void answer(const QByteArray &bytes)
    {
        if (m_client->state() != QAbstractSocket::ConnectedState)
            return;
        m_client->write(bytes);
        m_busy = false;
        if (!m_in.isEmpty())
            QTimer::singleShot(0, this, &Session::readClient);
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_upstreamIn;
    bool m_busy = false;
    bool m_killed = false;
    Fault m_fault = Fault::None;
    int m_holdMs = 0;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            new Session(this, client);
    });
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

FaultProxy::Fault FaultProxy::decide(const QByteArray &method, const QString &path, int *holdMs)
{
    for (ActiveRule &active : m_rules) {
        const Rule &r = active.rule;
        if ((!r.method.isEmpty() && r.method != method) || !path.startsWith(r.path))
            continue;
        const int index = active.matched++;
        if (index < r.skip || (r.count >= 0 && index >= r.skip + r.count))
            continue;
        ++m_faults;
        *holdMs = r.holdMs;
        return r.fault;
    }
    return Fault::None;
}
