#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket::hub {

class Store;

enum class Dialect { Sqlite, Postgres };

// Where the hub keeps its data, parsed from --db: a SQLite file or a postgresql:// URL.
struct DatabaseTarget
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options from the URL's query, "sslmode=require;..."

    static std::optional<DatabaseTarget> parse(const QString &text, QString *error);
    QString describe() const; // for messages; never shows the password
};

// Opens one connection per thread (a QSqlDatabase connection belongs to the thread that opened
// it), applies the hub's migrations once at start, and holds the SQL that differs per dialect.
class Database final
{
public:
    explicit Database(DatabaseTarget target);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database on the calling thread, refuses files that are not a hub database or
    // that a newer hub wrote, and brings the schema up to date. Call once before serving.
    bool initialize(QString *error);

    // The calling thread's connection, opened on first use; invalid (with `error`) on failure.
    QSqlDatabase threadConnection(QString *error);
    // The calling thread's store on that connection (its statements stay prepared).
    Store *threadStore(QString *error);
    // Closes the calling thread's connection; worker threads do this on exit by themselves.
    static void releaseThreadConnection();

    Dialect dialect() const { return m_target.dialect; }
    const DatabaseTarget &target() const { return m_target; }

    // The schema version this build writes.
    static int latestSchemaVersion();

private:
    QSqlDatabase openConnection(const QString &name, QString *error) const;
    bool checkSqliteFile(QString *error) const;
    bool migrate(QSqlDatabase db, QString *error) const;

    DatabaseTarget m_target;
};

// Replaces the dialect tokens of portable statements ({seq_pk}, {blob}) for `dialect`.
QString dialectSql(const QString &sql, Dialect dialect);

// The record table's indexes (IF NOT EXISTS), and their removal for a bulk load.
QStringList recordIndexStatements();
QStringList dropRecordIndexStatements();

} // namespace loket::hub
