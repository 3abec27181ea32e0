#pragma once

#include "http.h"
#include "store.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What the API's handlers share across their files (api.cpp, apivisits.cpp ...).
namespace loket::hub {

QString nowIso(); // UTC, ISO 8601 with milliseconds
qint64 nowMs();
bool isUuid(const QString &text);
QByteArray etagFor(qint64 version);
// A 500 for a fault of the hub's database; the detail goes to the hub's log only.
HttpResponse databaseFailure(const QString &detail);
// Parses the body as one JSON object, or explains why it is not one.
std::optional<QJsonObject> parseObject(const HttpRequest &request, HttpResponse *refusal);
// Writes from a client's outbox carry the key the entry keeps; checked before the body, so
// that a client without keys learns that first.
std::optional<HttpResponse> refuseWithoutOutboxKey(const HttpRequest &request);
// The field a wire parser complained about, from its message ("...: field \"x\" is ...").
QString fieldOf(const QString &message);
// An account as the admin endpoints show it, with the scope the account is given.
QJsonObject accountJson(const Account &account, const QStringList &scope);
bool seesDossiers(Role role);

} // namespace loket::hub
