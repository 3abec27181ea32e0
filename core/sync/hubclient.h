#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace loket {

// Who is signed in at the hub, as POST /api/v1/session answered. The token lives in memory only.
struct HubSession
{
    QUrl hubUrl;
    QByteArray token;
    QDateTime expiresAt;
    QString user;
    QString role;
    QString municipality;
    QStringList scope; // NIS codes the account may see
    QString staffId;
    QString displayName;

    bool isValid() const { return hubUrl.isValid() && !token.isEmpty(); }
};

// One request to the hub.
struct HubRequest
{
    QByteArray method = "GET";
    QString path; // "/api/v1/changes"
    QUrlQuery query;
    QByteArray body; // JSON; empty for none
    QByteArray idempotencyKey;
    std::optional<qint64> ifMatch; // a version, sent as "If-Match: \"<version>\""
    bool authenticated = true;
};

// What came back: an HTTP answer, or why there was none.
struct HubReply
{
    enum class Failure {
        None,      // an HTTP answer arrived in full (any status)
        Network,   // no connection, refused, reset, cut off
        Timeout,   // no progress within the transfer timeout
        Cancelled, // we aborted it
    };
    Failure failure = Failure::None;
    int status = 0; // 0 without an answer
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray etag;
    bool replayed = false; // Idempotent-Replayed: true
    QString networkError;  // technical text for the detail line
    qint64 elapsedMs = 0;

    bool answered() const { return failure == Failure::None && status > 0; }
    bool isJson() const;
    // The hub's {"error":{"code","message"}}, when the body holds one.
    QString errorCode() const;
    QString errorMessage() const;
};

// Sends requests to the hub with the bearer token, a transfer timeout on every request, JSON
// headers, and the idempotency and version headers where given. Lives on the store thread, with
// the network access manager it was handed (created there through the injected factory).
class HubClient final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HubReply &)>;

    HubClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setToken(const QByteArray &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `done` runs once, on this thread, unless the request is cancelled with cancelAll() or
    // the hub asks for a remote wipe: then wipeRequested() is emitted instead, since nothing
    // of this client's work goes on after that.
    QNetworkReply *send(const HubRequest &request, Callback done);
    void cancel(QNetworkReply *reply);
    void cancelAll();
    int inFlight() const { return int(m_replies.size()); }

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // The hub's answer to every request of an account an admin has marked for a remote wipe
    // (DESIGN §8): 410 with the error code "wipe_requested".
    static bool isWipeRequest(const HubReply &reply);

signals:
    void wipeRequested();

private:
    void finish(QNetworkReply *reply, const Callback &done, qint64 startedMs);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace loket
