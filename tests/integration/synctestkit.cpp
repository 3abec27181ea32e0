#include "synctestkit.h"

#include "store/connection.h"
#include "store/repositories.h"
#include "sync/wire.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kit {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply HubApi::request(const QByteArray &method, const QString &path, const QByteArray &token,
                          const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    QUrl url = m_base;
    const QString pathOnly = path.section(u'?', 0, 0);
    url.setPath(pathOnly);
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(60000);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        r.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_network.sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (out.status == 0)
        out.error = reply->errorString();
    reply->deleteLater();
    return out;
}

QByteArray HubApi::login(const QString &user, const QString &password)
{
    const HttpReply r =
        request("POST", u"/api/v1/session"_s, {},
                QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}})
                    .toJson(QJsonDocument::Compact));
    return r.json().value(u"token"_s).toString().toLatin1();
}

std::optional<HubApi::Feed> HubApi::readFeed(const QByteArray &token, const QString &since,
                                             QString *error, int limit)
{
    Feed feed;
    feed.cursor = since;
    for (;;) {
        QUrlQuery q;
        if (!feed.cursor.isEmpty())
            q.addQueryItem(u"since"_s, feed.cursor);
        q.addQueryItem(u"limit"_s, QString::number(limit));
        const HttpReply r = request("GET", u"/api/v1/changes?"_s + q.toString(), token);
        if (r.status != 200) {
            if (error)
                *error = u"HTTP %1 %2 %3"_s.arg(r.status).arg(QString::fromUtf8(r.body), r.error);
            return std::nullopt;
        }
        const QJsonObject page = r.json();
        ++feed.pages;
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(u"type"_s).toString() + u':' + c.value(u"id"_s).toString();
            if (c.value(u"op"_s).toString() == u"delete"_s) {
                feed.records.remove(key);
                feed.tombstoned.insert(key);
            } else {
                feed.records.insert(key, c.value(u"data"_s).toObject());
                feed.tombstoned.remove(key);
            }
        }
        feed.cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"more"_s).toBool())
            return feed;
    }
}

bool HubApi::changeReportStatus(const QByteArray &token, const QString &publicNumber,
                                const QString &status, const QString &text, QString *problem)
{
    const auto feed = readFeed(token, {}, problem);
    if (!feed)
        return false;
    for (const QJsonObject &r : feed->records) {
        if (r.value(u"public_number"_s).toString() != publicNumber)
            continue;
        const kit::HttpReply reply = request(
            "POST", u"/api/v1/reports/%1/status"_s.arg(r.value(u"id"_s).toString()), token,
            QJsonDocument(QJsonObject{{u"status"_s, status},
                                      {u"public_text"_s, text},
                                      {u"internal_note"_s, u"Intern: ploeg 2"_s}})
                .toJson(QJsonDocument::Compact),
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
             {"If-Match", '"' + QByteArray::number(r.value(u"version"_s).toInteger()) + '"'}});
        if (reply.status != 200)
            *problem = QString::number(reply.status) + u' ' + QString::fromUtf8(reply.body);
        return reply.status == 200;
    }
    *problem = u"the feed has no report "_s + publicNumber;
    return false;
}

namespace {

QJsonArray sortedBySeq(QJsonArray history)
{
    QList<QJsonValue> items(history.begin(), history.end());
    std::stable_sort(items.begin(), items.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(u"seq"_s).toInt() < b.toObject().value(u"seq"_s).toInt();
    });
    QJsonArray out;
    for (const QJsonValue &v : items)
        out.append(v);
    return out;
}

} // namespace

QJsonObject normalise(const QString &type, const QJsonObject &json)
{
    using namespace loket;
    QString error;
    QJsonObject out;
    if (type == u"municipality"_s) {
        if (auto r = wire::municipalityFromJson(json, &error))
            out = wire::toJson(*r);
    } else if (type == u"category"_s) {
        if (auto r = wire::categoryFromJson(json, &error))
            out = wire::toJson(*r);
    } else if (type == u"citizen"_s) {
        if (auto r = wire::citizenFromJson(json, &error))
            out = wire::toJson(*r);
    } else if (type == u"report"_s) {
        if (auto r = wire::reportFromJson(json, &error)) {
            // The cache keeps the status its history ends in; so does a careful hub.
            if (!r->history.isEmpty())
                r->status = Report::currentStatus(r->history);
            out = wire::toJson(*r);
        }
    } else if (type == u"document"_s) {
        if (auto r = wire::documentFromJson(json, &error)) {
            if (!r->history.isEmpty())
                r->status = Document::currentStatus(r->history);
            out = wire::toJson(*r);
        }
    } else if (type == u"contact_moment"_s) {
        if (auto r = wire::contactMomentFromJson(json, &error))
            out = wire::toJson(*r);
    } else if (type == u"document_action"_s) {
        if (auto r = wire::documentActionFromJson(json, &error))
            out = wire::toJson(*r);
    } else if (type == u"task"_s) {
        // A task's history is in the order it happened; it has no seq to sort by.
        if (auto r = wire::taskFromJson(json, &error))
            return wire::toJson(*r);
        return QJsonObject{{u"unparsable"_s, error}};
    } else {
        return json;
    }
    if (out.isEmpty())
        return QJsonObject{{u"unparsable"_s, error}};
    if (out.contains(u"history"_s))
        out.insert(u"history"_s, sortedBySeq(out.value(u"history"_s).toArray()));
    if (out.contains(u"citizen_ids"_s)) {
        // The first is the reporter; the order of the others carries no meaning.
        QStringList ids;
        for (const QJsonValue &v : out.value(u"citizen_ids"_s).toArray())
            ids << v.toString();
        if (ids.size() > 2)
            std::sort(ids.begin() + 1, ids.end());
        out.insert(u"citizen_ids"_s, QJsonArray::fromStringList(ids));
    }
    return out;
}

QHash<QString, QJsonObject> normaliseAll(const QHash<QString, QJsonObject> &records)
{
    QHash<QString, QJsonObject> out;
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        out.insert(it.key(), normalise(it.key().section(u':', 0, 0), it.value()));
    return out;
}

QHash<QString, QJsonObject> cacheRecords(const QString &path, QString *error)
{
    using namespace loket;
    QHash<QString, QJsonObject> out;
    Connection c(u"compare"_s);
    if (!c.open(path, Connection::Mode::ReadOnly)) {
        *error = c.errorString();
        return out;
    }
    const CacheReader reader(c.database());
    const auto put = [&out](const QString &type, const QString &id, const QJsonObject &json) {
        out.insert(type + u':' + id, normalise(type, json));
    };
    for (const Municipality &m : reader.municipalities())
        put(u"municipality"_s, m.nisCode, wire::toJson(m));
    for (const Category &k : reader.categories())
        put(u"category"_s, k.code, wire::toJson(k));
    const auto column = [&c](const QString &sql) {
        QStringList values;
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        q.exec(sql);
        while (q.next())
            values << q.value(0).toString();
        return values;
    };
    for (const QString &id : column(u"SELECT id FROM citizen"_s)) {
        if (auto z = reader.citizen(id))
            put(u"citizen"_s, id, wire::toJson(*z));
    }
    for (const QString &citizenId : column(u"SELECT DISTINCT citizen_id FROM document"_s)) {
        for (const Document &d : reader.documentsFor(citizenId))
            put(u"document"_s, d.id, wire::toJson(d));
    }
    for (const QString &citizenId : column(u"SELECT DISTINCT citizen_id FROM contact_moment"_s)) {
        for (const ContactMoment &m : reader.contactsFor(citizenId))
            put(u"contact_moment"_s, m.id, wire::toJson(m));
    }
    for (const QString &citizenId : column(u"SELECT DISTINCT citizen_id FROM document_action"_s)) {
        for (const DocumentAction &a : reader.documentActionsFor(citizenId))
            put(u"document_action"_s, a.id, wire::toJson(a));
    }
    for (const QString &citizenId : column(u"SELECT DISTINCT citizen_id FROM report_citizen"_s)) {
        for (const Report &r : reader.reportsFor(citizenId))
            put(u"report"_s, r.id, wire::toJson(r));
    }
    for (const QString &id : column(u"SELECT id FROM task"_s)) {
        if (auto t = reader.task(id))
            put(u"task"_s, id, wire::toJson(*t));
    }
    // A report without any linked citizen is not reachable through reportsFor: name it so that
    // a comparison shows it rather than missing it.
    for (const QString &id : column(u"SELECT id FROM report WHERE id NOT IN"
                                    " (SELECT report_id FROM report_citizen)"_s))
        out.insert(u"report:"_s + id, QJsonObject{{u"unlinked"_s, true}});
    return out;
}

QString difference(const QHash<QString, QJsonObject> &expected,
                   const QHash<QString, QJsonObject> &actual, int maxShown)
{
    QStringList lines;
    int missing = 0;
    int extra = 0;
    int different = 0;
    QStringList keys = expected.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const auto it = actual.constFind(key);
        if (it == actual.cend()) {
            if (++missing <= maxShown)
                lines << u"missing "_s + key;
        } else if (it.value() != expected.value(key)) {
            if (++different <= maxShown)
                lines << u"differs "_s + key + u"\n  expected "_s +
                             QString::fromUtf8(QJsonDocument(expected.value(key))
                                                   .toJson(QJsonDocument::Compact)) +
                             u"\n  actual   "_s +
                             QString::fromUtf8(
                                 QJsonDocument(it.value()).toJson(QJsonDocument::Compact));
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()) && ++extra <= maxShown)
            lines << u"extra "_s + it.key();
    }
    if (missing + extra + different == 0)
        return {};
    lines.prepend(
        u"%1 expected, %2 actual: %3 missing, %4 extra, %5 different"_s.arg(expected.size())
            .arg(actual.size())
            .arg(missing)
            .arg(extra)
            .arg(different));
    return lines.join(u'\n');
}

QString scalar(const QString &path, const QString &sql, const QVariantList &values)
{
    loket::Connection c(u"scalar"_s);
    if (!c.open(path, loket::Connection::Mode::ReadOnly))
        return u"cannot open: "_s + c.errorString();
    QSqlQuery q(c.database());
    if (!q.prepare(sql))
        return u"failed: "_s + sql;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return u"failed: "_s + sql;
    return q.value(0).toString();
}

loket::StoreOptions fastStoreOptions(const QString &path)
{
    loket::StoreOptions o;
    o.path = path;
    o.sync.pageSize = 500;
    o.sync.timeoutMs = 10000;
    o.sync.backoff = {50, 400, 60000};
    o.sync.pollIntervalMs = 0;
    o.useNetworkInformation = false;
    return o;
}

std::unique_ptr<loket::Store> openStore(const loket::StoreOptions &options)
{
    auto store = std::make_unique<loket::Store>(options);
    QSignalSpy opened(store.get(), &loket::Store::opened);
    store->open();
    if (!opened.wait(20000) || !opened.first().first().toBool())
        return nullptr;
    return store;
}

namespace {
bool waitForPull(QSignalSpy &finished)
{
    return QTest::qWaitFor(
        [&finished] {
            return !finished.isEmpty() &&
                   finished.last().first().value<loket::SyncOutcome>().pulled;
        },
        60000);
}
} // namespace

bool signInAndPull(loket::Store &store, const QUrl &hub, const QString &user,
                   const QString &password)
{
    QSignalSpy finished(&store, &loket::Store::cycleFinished);
    store.login(hub, user, password);
    return waitForPull(finished);
}

bool pullAgain(loket::Store &store)
{
    QSignalSpy finished(&store, &loket::Store::cycleFinished);
    store.syncNow();
    return waitForPull(finished);
}

} // namespace kit
