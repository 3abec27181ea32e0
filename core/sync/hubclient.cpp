#include "hubclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace loket {
namespace {

const char cancelledProperty[] = "loketCancelled";

QJsonObject errorObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object().value(QLatin1String("error")).toObject();
}

} // namespace

bool HubReply::isJson() const
{
    // "application/json" with or without parameters (charset); nothing else is the contract.
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json";
}

QString HubReply::errorCode() const
{
    return errorObject(body).value(QLatin1String("code")).toString();
}

QString HubReply::errorMessage() const
{
    return errorObject(body).value(QLatin1String("message")).toString();
}

HubClient::HubClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QUrl HubClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    return url;
}

QNetworkReply *HubClient::send(const HubRequest &request, Callback done)
{
    QNetworkRequest r(urlFor(request.path, request.query));
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("User-Agent", "Loket/" LOKET_VERSION);
    if (request.authenticated && !m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!request.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", request.idempotencyKey);
    if (request.ifMatch)
        r.setRawHeader("If-Match", '"' + QByteArray::number(*request.ifMatch) + '"');

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(r);
    else if (request.method == "POST")
        reply = m_network->post(r, request.body);
    else if (request.method == "PUT")
        reply = m_network->put(r, request.body);
    else if (request.method == "DELETE")
        reply = m_network->deleteResource(r);
    else
        reply = m_network->sendCustomRequest(r, request.method, request.body);

    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done), started] { finish(reply, done, started); });
    return reply;
}

void HubClient::finish(QNetworkReply *reply, const Callback &done, qint64 startedMs)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (reply->property(cancelledProperty).toBool())
        return; // whoever cancelled it has moved on

    HubReply out;
    out.elapsedMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->rawHeader("Content-Type");
    out.retryAfter = reply->rawHeader("Retry-After");
    out.etag = reply->rawHeader("ETag");
    out.replayed = reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
    if (reply->isOpen())
        out.body = reply->readAll();

    QNetworkReply::NetworkError error = reply->error();
    // Qt re-sends an idempotent request whose answer broke off, and the part of the first body
    // it had delivered stays in front of the second: the length is the honest check.
    bool lengthOk = true;
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (error == QNetworkReply::NoError && declared.isValid() &&
        declared.toLongLong() != out.body.size()) {
        error = QNetworkReply::RemoteHostClosedError;
        lengthOk = false;
    }
    // An HTTP error status is an answer; anything at the transport level is not, even when a
    // status line arrived before the connection broke (a cut-off body is no answer).
    // Qt maps 4xx to the content errors and to ProtocolInvalidOperationError (400, 418), and
    // 5xx to the server errors.
    const bool httpStatusError =
        out.status > 0 && ((error >= QNetworkReply::ContentAccessDenied &&
                            error <= QNetworkReply::UnknownContentError) ||
                           error == QNetworkReply::ProtocolInvalidOperationError ||
                           (error >= QNetworkReply::InternalServerError &&
                            error <= QNetworkReply::UnknownServerError));
    if (error == QNetworkReply::NoError || httpStatusError) {
        out.failure = out.status > 0 ? HubReply::Failure::None : HubReply::Failure::Network;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout aborts without our flag.
        out.failure = HubReply::Failure::Timeout;
        out.status = 0;
    } else {
        out.failure = HubReply::Failure::Network;
        out.status = 0;
    }
    if (out.failure != HubReply::Failure::None)
        out.networkError = lengthOk ? reply->errorString()
                                    : QStringLiteral("the answer broke off: %1 bytes instead of %2")
                                          .arg(out.body.size())
                                          .arg(declared.toLongLong());
    if (isWipeRequest(out)) {
        emit wipeRequested();
        return;
    }
    done(out);
}

bool HubClient::isWipeRequest(const HubReply &reply)
{
    return reply.answered() && reply.status == 410 &&
           reply.errorCode() == QLatin1String("wipe_requested");
}

void HubClient::cancel(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->setProperty(cancelledProperty, true);
    reply->abort();
}

void HubClient::cancelAll()
{
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies)
        cancel(reply.data());
}

} // namespace loket
