#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace loket {

// One SQLite connection to the cache, used only on the thread that opened it: checks that the
// file is a cache this version understands, sets WAL, synchronous=FULL, foreign keys and a busy
// timeout, and brings the schema up to date (DESIGN §6).
class Connection final
{
public:
    enum class Mode {
        ReadWrite, // creates a missing file and applies pending migrations
        ReadOnly,  // needs an existing cache at the current schema version
    };
    enum class Error {
        None,
        CannotOpen,
        NotADatabase, // the file is not an SQLite database; left untouched
        Damaged,      // an SQLite file that cannot be read; left untouched
        NewerSchema,  // written by a newer Loket; left untouched
        OlderSchema,  // ReadOnly on a cache that needs migrating first
        MigrationFailed,
    };

    // `purpose` names the connection in Qt's registry ("ui", "sync", ...) for diagnostics.
    explicit Connection(const QString &purpose);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    QSqlDatabase database() const;
    // The driver's native handle, for the bulk path and the hot search path.
    sqlite3 *handle() const;
    static sqlite3 *handleOf(const QSqlDatabase &db);
    QString path() const { return m_path; }
    QString name() const { return m_name; }

private:
    bool openDatabase(const QString &path, Mode mode);
    bool fail(Error error, const QString &message);

    QString m_name;
    QString m_path;
    Error m_error = Error::None;
    QString m_errorString;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. QSqlDatabase::transaction() issues a
// deferred BEGIN, which can fail later with SQLITE_BUSY_SNAPSHOT (DESIGN §5).
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_errorString; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_errorString;
};

} // namespace loket
