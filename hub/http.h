#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace loket::hub {

// A request as the handlers see it: a copy of what Qt HTTP Server parsed, so that it can
// travel to a worker thread and outlive the connection's own request object.
struct HttpRequest
{
    QByteArray method; // "GET", "POST" ...
    QString path;      // decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    // The first value of a header, names compared case-insensitively.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse raw(int status, QByteArray jsonBody);
    // {"error":{"code":..,"message":..}} plus any `extra` members at the top level.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});
};

QByteArray reasonPhrase(int status);
enum class KeepAlive { Keep, Close };
// The status line and headers on the wire (Close adds Connection: close); the body, none for
// 204 and 304, follows as it is.
QByteArray serializeHead(const HttpResponse &response, KeepAlive keepAlive);

// Appends `text` as a JSON string literal (with quotes) to `out`.
void appendJsonString(QByteArray &out, QStringView text);
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace loket::hub
