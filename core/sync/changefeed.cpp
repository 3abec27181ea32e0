#include "changefeed.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {
namespace {

template<typename T> std::optional<T> failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString recordIdOf(const Change &c)
{
    return std::visit(
        [](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, Municipality>)
                return r.nisCode;
            else if constexpr (std::is_same_v<T, Category>)
                return r.code;
            else
                return r.id;
        },
        c.record);
}

qint64 recordVersionOf(const Change &c)
{
    return std::visit(
        [](const auto &r) -> qint64 {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, std::monostate>)
                return 0;
            else
                return r.version;
        },
        c.record);
}

bool parseRecord(Change *change, const QJsonObject &data, QString *error)
{
    switch (change->type) {
    case RecordType::Municipality:
        if (auto r = wire::municipalityFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Category:
        if (auto r = wire::categoryFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Citizen:
        if (auto r = wire::citizenFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Report:
        if (auto r = wire::reportFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Document:
        if (auto r = wire::documentFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::ContactMoment:
        if (auto r = wire::contactMomentFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::GuideProgress:
        if (auto r = wire::guideProgressFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::DocumentAction:
        if (auto r = wire::documentActionFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Visit:
        if (auto r = wire::visitFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::Task:
        if (auto r = wire::taskFromJson(data, error)) {
            change->record = *r;
            return true;
        }
        return false;
    case RecordType::AccessEntry:
        // parseChangePage() passes these over; the clients do not download each other's log.
        *error = QStringLiteral("access entries are not delivered to clients");
        return false;
    }
    return false;
}

} // namespace

std::optional<ChangePage> parseChangePage(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith<ChangePage>(error,
                                    QStringLiteral("the page is not valid JSON (%1 at byte %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!doc.isObject())
        return failWith<ChangePage>(error, QStringLiteral("the page is not a JSON object"));
    const QJsonObject root = doc.object();

    ChangePage page;
    const QJsonValue cursor = root.value(QLatin1String("cursor"));
    if (!cursor.isString() || cursor.toString().isEmpty())
        return failWith<ChangePage>(error, QStringLiteral("the page has no cursor"));
    page.cursor = cursor.toString();
    const QJsonValue more = root.value(QLatin1String("more"));
    if (!more.isBool())
        return failWith<ChangePage>(error,
                                    QStringLiteral("the page does not say whether more follows"));
    page.more = more.toBool();
    const QJsonValue remaining = root.value(QLatin1String("remaining"));
    if (remaining.isDouble() && remaining.toDouble() >= 0)
        page.remaining = qint64(remaining.toDouble());
    const QJsonValue changes = root.value(QLatin1String("changes"));
    if (!changes.isArray())
        return failWith<ChangePage>(error, QStringLiteral("the page has no list of changes"));

    const QJsonArray list = changes.toArray();
    page.changes.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto where = [i](const QString &problem) {
            return QStringLiteral("change %1: %2").arg(i + 1).arg(problem);
        };
        if (!list.at(i).isObject())
            return failWith<ChangePage>(error, where(QStringLiteral("not an object")));
        const QJsonObject entry = list.at(i).toObject();
        const QString typeCode = entry.value(QLatin1String("type")).toString();
        if (typeCode.isEmpty())
            return failWith<ChangePage>(error, where(QStringLiteral("no type")));
        const auto type = recordTypeFromCode(typeCode);
        // The access log stays on the hub (DESIGN §8): an entry in a feed is not taken in.
        if (!type || *type == RecordType::AccessEntry) {
            ++page.unknownTypes;
            continue;
        }
        Change change;
        change.type = *type;
        const QString op = entry.value(QLatin1String("op")).toString();
        if (op == QLatin1String("delete"))
            change.deleted = true;
        else if (op != QLatin1String("upsert"))
            return failWith<ChangePage>(error, where(QStringLiteral("unknown op \"%1\"").arg(op)));
        const QJsonValue id = entry.value(QLatin1String("id"));
        if (!id.isString() || id.toString().isEmpty())
            return failWith<ChangePage>(error, where(QStringLiteral("no id")));
        change.id = id.toString();
        const QJsonValue version = entry.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != double(qint64(version.toDouble())))
            return failWith<ChangePage>(error, where(QStringLiteral("no integer version")));
        change.version = qint64(version.toDouble());
        change.reason = entry.value(QLatin1String("reason")).toString();
        if (!change.deleted) {
            const QJsonValue data = entry.value(QLatin1String("data"));
            if (!data.isObject())
                return failWith<ChangePage>(error, where(QStringLiteral("an upsert without data")));
            QString problem;
            if (!parseRecord(&change, data.toObject(), &problem))
                return failWith<ChangePage>(error, where(problem));
            if (recordIdOf(change) != change.id)
                return failWith<ChangePage>(
                    error, where(QStringLiteral("the record's id differs from the entry's id")));
            if (recordVersionOf(change) != change.version)
                return failWith<ChangePage>(
                    error,
                    where(QStringLiteral("the record's version differs from the entry's version")));
        }
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace loket
