#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace loket {

// A prepared statement on a raw sqlite3 handle, for the paths where QSqlQuery's per-row
// overhead shows: the bulk load and the search as you type. Values are always bound.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const;

    // Binding is 1-based, as in SQLite.
    void bind(int index, const QString &text);
    void bind(int index, QStringView text);
    void bindUtf8(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    void bindOptionalText(int index, const QString &text); // NULL when empty

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Runs a statement that returns no rows; resets it for reuse.
    bool execute();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = SQLITE_OK;
    // Text is bound as UTF-8 from these buffers, one per parameter, reused from row to row:
    // SQLite would otherwise translate UTF-16 itself with an allocation per value. Heap
    // buffers, so that moving the statement never moves text SQLite points at.
    struct Utf8Buffer
    {
        std::unique_ptr<char[]> data;
        qsizetype capacity = 0;
    };
    std::vector<Utf8Buffer> m_utf8;
};

// Runs one statement without results on a raw handle; returns false and sets `error`.
bool sqliteExec(sqlite3 *db, const char *sql, QString *error = nullptr);

} // namespace loket
