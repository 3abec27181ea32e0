#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// The real loket-hub as a child process on a free loopback port with a database of its own:
// a SQLite file in a temporary folder, or, when LOKET_HUB_TEST_PG names a PostgreSQL server
// (tests/hub/run-with-postgres.sh sets it), a fresh database on that server.
class HubProcess final
{
public:
    HubProcess();
    ~HubProcess();
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    // Makes the database this hub will use; call once before the first start().
    bool createDatabase(QString *error);
    // Starts the hub on that database with an admin account ("admin", adminPassword()) and
    // waits for its first line. Extra arguments are appended (--demo, --max-body ...).
    bool start(const QStringList &extraArguments, QString *error);
    // SIGTERM, then the exit code (-1 when it did not exit cleanly in time).
    int stop();

    QUrl url() const { return m_url; }
    QString databaseUrl() const { return m_database; }
    QStringList stdoutLines() const { return m_lines; }
    QByteArray firstLine() const { return m_firstLine; }
    QString stderrText();
    static QString adminPassword() { return QStringLiteral("admin-password-for-tests"); }
    static bool usesPostgres();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_database;
    QUrl m_url;
    QByteArray m_firstLine;
    QStringList m_lines;
    QByteArray m_stderr;
};

// One HTTP answer, read completely.
struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const; // error.code of an error body
};

// A blocking HTTP client for tests (one QNetworkAccessManager, its event loop spun per call).
class Http final
{
public:
    explicit Http(QUrl base);

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &token,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                   const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // POST /api/v1/session; the token, or empty with the reply in `reply`.
    QString login(const QString &user, const QString &password, Reply *reply = nullptr);

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// Sends raw bytes on a fresh connection and returns what comes back until the hub closes the
// connection or `expectedResponses` complete answers have arrived.
QByteArray rawExchange(const QUrl &base, const QByteArray &bytes, int expectedResponses,
                       int timeoutMs = 15000);

// "type/id" of a change in the feed.
QString keyOf(const QJsonObject &change);
// A paper tax letter for `citizenId`, sent on 1 October 2026, as the admin API takes it.
QJsonObject documentJson(const QString &id, const QString &citizenId);
// A received road-hole report in `nis` for `citizens`, as the admin API takes it.
QJsonObject reportJson(const QString &id, const QString &nis, const QStringList &citizens);
