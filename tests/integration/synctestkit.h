#pragma once

// What the integration tests of sync share: a blocking client for the real hub (to read its
// state independently of the engine and to change data through the admin endpoints), and the
// cache read back as wire JSON so that cache and hub can be compared record by record.

#include "store/store.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <optional>

namespace kit {

struct HttpReply
{
    int status = 0; // 0: no answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;

    QJsonObject json() const;
};

class HubApi final
{
public:
    explicit HubApi(QUrl base)
        : m_base(std::move(base))
    {}
    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &token,
                      const QByteArray &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {});
    QByteArray login(const QString &user, const QString &password);

    // The records the feed holds for the token's scope, read from `since` to its end: the last
    // state of each record wins; tombstoned ones are listed apart.
    struct Feed
    {
        QHash<QString, QJsonObject> records; // "type:id" -> data
        QSet<QString> tombstoned;
        QString cursor;
        int pages = 0;
    };
    std::optional<Feed> readFeed(const QByteArray &token, const QString &since = {},
                                 QString *error = nullptr, int limit = 5000);
    // Changes the status of the report numbered `publicNumber` (found in the feed of `token`'s
    // account) as staff do: POST /api/v1/reports/{id}/status with If-Match. False with a
    // message on failure.
    bool changeReportStatus(const QByteArray &token, const QString &publicNumber,
                            const QString &status, const QString &text, QString *problem);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// A record as wire JSON after a round trip through the wire parser (unknown fields gone,
// histories in sequence order), so that hub and cache forms compare equal when they agree.
QJsonObject normalise(const QString &type, const QJsonObject &json);
QHash<QString, QJsonObject> normaliseAll(const QHash<QString, QJsonObject> &records);

// Every record in the cache at `path` as normalised wire JSON, keyed "type:id".
QHash<QString, QJsonObject> cacheRecords(const QString &path, QString *error);

// Empty when equal, else the first differences, readable.
QString difference(const QHash<QString, QJsonObject> &expected,
                   const QHash<QString, QJsonObject> &actual, int maxShown = 5);

// A single value from the cache (read-only connection), or an error text; `values` are bound to
// the query's ? in order.
QString scalar(const QString &path, const QString &sql, const QVariantList &values = {});

// A store for the cache at `path` that syncs fast against a local hub: pages of 500, a 10 s
// timeout, backoff from 50 ms, no polling, no watching of the machine's network.
loket::StoreOptions fastStoreOptions(const QString &path);
// Opens a store with `options`; null when it did not open within 20 s.
std::unique_ptr<loket::Store> openStore(const loket::StoreOptions &options);
// Signs `store` in at `hub` and waits (60 s at most) for a sync cycle that pulled the feed.
bool signInAndPull(loket::Store &store, const QUrl &hub, const QString &user,
                   const QString &password);
// Starts a sync cycle now and waits (60 s at most) for one that pulled the feed.
bool pullAgain(loket::Store &store);

} // namespace kit
