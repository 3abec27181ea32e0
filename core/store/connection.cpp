#include "connection.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace loket {
namespace {

QAtomicInt connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::Connection", text);
}

enum class FileKind { Missing, Empty, Sqlite, Other, Unreadable };

FileKind inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (!info.isFile())
        return FileKind::Other;
    if (info.size() == 0)
        return FileKind::Empty;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic ? FileKind::Sqlite : FileKind::Other;
}

bool isCorruption(const QSqlError &e)
{
    const int code = e.nativeErrorCode().toInt();
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

} // namespace

Connection::Connection(const QString &purpose)
    : m_name(
          QStringLiteral("loket-%1-%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Connection::~Connection()
{
    close();
}

bool Connection::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool Connection::open(const QString &path, Mode mode)
{
    // The connection is removed only after openDatabase() has let go of its handles to it.
    if (openDatabase(path, mode))
        return true;
    close();
    return false;
}

bool Connection::openDatabase(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_error = Error::None;
    m_errorString.clear();

    switch (inspect(path)) {
    case FileKind::Missing:
        if (mode == Mode::ReadOnly)
            return fail(Error::CannotOpen, tr("The cache %1 does not exist.").arg(path));
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    case FileKind::Unreadable:
        return fail(Error::CannotOpen,
                    tr("The cache %1 cannot be read: check its permissions.").arg(path));
    case FileKind::Other:
        return fail(Error::NotADatabase,
                    tr("%1 is not a Loket cache (it is not an SQLite database). "
                       "The file was left as it is.")
                        .arg(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return fail(Error::CannotOpen,
                    tr("The cache %1 cannot be opened: %2").arg(path, db.lastError().text()));

    // Read before writing anything: a damaged or newer cache must stay exactly as it was.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QSqlError e = q.lastError();
        if (isCorruption(e))
            return fail(Error::Damaged, tr("The cache %1 is damaged and cannot be read (%2). "
                                           "The file was left as it is; remove it to download "
                                           "the data again.")
                                            .arg(path, e.databaseText()));
        return fail(Error::CannotOpen, tr("The cache %1 cannot be read: %2").arg(path, e.text()));
    }
    q.finish();
    const int version = schema::userVersion(db);
    const int latest = schema::latestVersion();
    if (version > latest)
        return fail(Error::NewerSchema,
                    tr("The cache %1 was written by a newer version of Loket (schema %2; this "
                       "version understands up to %3). Start the newer Loket, or remove the "
                       "cache to download the data again. The file was left as it is.")
                        .arg(path)
                        .arg(version)
                        .arg(latest));
    if (mode == Mode::ReadOnly && version < latest)
        return fail(Error::OlderSchema,
                    tr("The cache %1 must be brought up to date before it can be read.").arg(path));

    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
        QStringLiteral("PRAGMA mmap_size = 268435456"),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return fail(Error::CannotOpen, q.lastError().text());
    }
    if (mode == Mode::ReadWrite) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
            q.value(0).toString() != QLatin1String("wal"))
            return fail(Error::CannotOpen,
                        tr("The cache %1 cannot be switched to write-ahead logging: %2")
                            .arg(path, q.lastError().text()));
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return fail(Error::CannotOpen, q.lastError().text());
        QString error;
        if (!schema::migrate(db, &error))
            return fail(Error::MigrationFailed,
                        tr("The cache %1 could not be brought up to date: %2").arg(path, error));
    }
    return true;
}

void Connection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *Connection::handle() const
{
    return handleOf(database());
}

sqlite3 *Connection::handleOf(const QSqlDatabase &db)
{
    if (!db.isValid())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_errorString = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_errorString = q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace loket
