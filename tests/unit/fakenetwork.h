#pragma once

// A scripted stand-in for the hub at the network layer, for unit tests of the sync engine: a
// QNetworkAccessManager whose replies come from a handler the test sets. It runs on whatever
// thread creates it (the store thread); the handler and the request log are guarded.

#include <QBuffer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace fake {

struct Request
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QString path() const { return url.path(); }
    QString query(const QString &key) const { return QUrlQuery(url).queryItemValue(key); }
};

struct Answer
{
    enum class Failure { None, Refused, Timeout, CutOff, Hang }; // Hang: until aborted
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    Failure failure = Failure::None;

    static Answer json(int status, const QByteArray &body)
    {
        return {status, body, "application/json", {}, Failure::None};
    }
    static Answer refused() { return {0, {}, {}, {}, Failure::Refused}; }
};

class Hub final
{
public:
    using Handler = std::function<Answer(const Request &)>;

    void setHandler(Handler handler)
    {
        QMutexLocker lock(&m_mutex);
        m_handler = std::move(handler);
    }
    Answer answer(const Request &request)
    {
        Handler handler;
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
            handler = m_handler;
        }
        return handler ? handler(request) : Answer::refused();
    }
    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    QList<Request> requestsTo(const QString &path) const
    {
        QList<Request> out;
        for (const Request &r : requests()) {
            if (r.path() == path)
                out.append(r);
        }
        return out;
    }
    void clearRequests()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

private:
    mutable QMutex m_mutex;
    Handler m_handler;
    QList<Request> m_requests;
};

class Reply final : public QNetworkReply
{
public:
    Reply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const Answer &answer,
          QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, answer] { deliver(answer); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        finish();
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    // The error Qt's HTTP backend sets for a status (qnetworkreplyhttpimpl.cpp).
    static NetworkError errorFor(int status)
    {
        switch (status) {
        case 400:
            return ProtocolInvalidOperationError;
        case 401:
            return AuthenticationRequiredError;
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        case 405:
            return ContentOperationNotPermittedError;
        case 409:
            return ContentConflictError;
        case 410:
            return ContentGoneError;
        case 500:
            return InternalServerError;
        case 501:
            return OperationNotImplementedError;
        case 503:
            return ServiceUnavailableError;
        default:
            return status > 500    ? UnknownServerError
                   : status >= 400 ? UnknownContentError
                                   : NoError;
        }
    }

    void deliver(const Answer &answer)
    {
        if (isFinished())
            return;
        switch (answer.failure) {
        case Answer::Failure::Refused:
            setError(ConnectionRefusedError, QStringLiteral("Connection refused"));
            emit errorOccurred(ConnectionRefusedError);
            finish();
            return;
        case Answer::Failure::Timeout:
            // What QNetworkAccessManager does when the transfer timeout strikes.
            setError(OperationCanceledError, QStringLiteral("Operation canceled"));
            emit errorOccurred(OperationCanceledError);
            finish();
            return;
        case Answer::Failure::Hang:
            return;
        case Answer::Failure::CutOff:
        case Answer::Failure::None:
            break;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
        if (!answer.contentType.isEmpty())
            setRawHeader("Content-Type", answer.contentType);
        for (const auto &[name, value] : answer.headers)
            setRawHeader(name, value);
        m_data = answer.failure == Answer::Failure::CutOff
                     ? answer.body.left(answer.body.size() / 2)
                     : answer.body;
        emit metaDataChanged();
        if (!m_data.isEmpty())
            emit readyRead();
        if (answer.failure == Answer::Failure::CutOff) {
            setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
            emit errorOccurred(RemoteHostClosedError);
        } else if (const NetworkError e = errorFor(answer.status); e != NoError) {
            setError(e, QStringLiteral("HTTP %1").arg(answer.status));
            emit errorOccurred(e);
        }
        finish();
    }

    void finish()
    {
        setFinished(true);
        emit finished();
    }

    QByteArray m_data;
    qint64 m_pos = 0;
};

class NetworkAccessManager final : public QNetworkAccessManager
{
public:
    explicit NetworkAccessManager(std::shared_ptr<Hub> hub)
        : m_hub(std::move(hub))
    {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        Request r;
        switch (op) {
        case GetOperation:
            r.method = "GET";
            break;
        case PostOperation:
            r.method = "POST";
            break;
        case PutOperation:
            r.method = "PUT";
            break;
        case DeleteOperation:
            r.method = "DELETE";
            break;
        default:
            r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        r.url = request.url();
        if (outgoingData)
            r.body = outgoingData->readAll();
        for (const QByteArray &name : request.rawHeaderList())
            r.headers.insert(name.toLower(), request.rawHeader(name));
        return new Reply(op, request, m_hub->answer(r), this);
    }

private:
    std::shared_ptr<Hub> m_hub;
};

} // namespace fake
