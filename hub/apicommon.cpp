#include "apicommon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace loket::hub {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QByteArray etagFor(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpResponse databaseFailure(const QString &detail)
{
    qWarning("loket-hub: database error: %s", qUtf8Printable(detail));
    return HttpResponse::error(
        500, u"internal_error"_s,
        QCoreApplication::translate("Api", "The hub could not complete the request; try again."));
}

std::optional<QJsonObject> parseObject(const HttpRequest &request, HttpResponse *refusal)
{
    if (request.body.trimmed().isEmpty()) {
        *refusal = HttpResponse::error(
            400, u"invalid_json"_s,
            QCoreApplication::translate("Api", "The request has no body; a JSON object was "
                                               "expected."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *refusal = HttpResponse::error(
            400, u"invalid_json"_s,
            QCoreApplication::translate("Api", "The body is not valid JSON: %1 at offset %2.")
                .arg(error.errorString())
                .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *refusal = HttpResponse::error(
            400, u"invalid_json"_s,
            QCoreApplication::translate("Api", "The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<HttpResponse> refuseWithoutOutboxKey(const HttpRequest &request)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (!key.isEmpty() && isUuid(QString::fromLatin1(key)))
        return std::nullopt;
    return HttpResponse::error(
        400, u"idempotency_key_required"_s,
        QCoreApplication::translate("Api", "This request needs an Idempotency-Key header holding "
                                           "a UUID that the client keeps with its outbox entry."));
}

QString fieldOf(const QString &message)
{
    static const QRegularExpression pattern(u"field \"([^\"]+)\""_s);
    const auto m = pattern.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

QJsonObject accountJson(const Account &a, const QStringList &scope)
{
    return QJsonObject{{u"user"_s, a.userName},
                       {u"staff_id"_s, a.staffId},
                       {u"role"_s, roleCode(a.role)},
                       {u"municipality"_s, a.municipalityNis},
                       {u"scope"_s, QJsonArray::fromStringList(scope)},
                       {u"display_name"_s, a.displayName},
                       {u"created_at"_s, a.createdAt},
                       {u"disabled"_s, a.disabled},
                       {u"wipe_requested"_s, a.wipeRequested}};
}

bool seesDossiers(Role role)
{
    return role != Role::Manager && role != Role::Admin;
}

} // namespace loket::hub
