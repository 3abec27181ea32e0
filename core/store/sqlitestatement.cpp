#include "sqlitestatement.h"

#include <QStringEncoder>

#include <algorithm>

#include <utility>

namespace loket {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_lastCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_lastCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_utf8.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastCode(other.m_lastCode)
    , m_utf8(std::move(other.m_utf8))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastCode = other.m_lastCode;
        m_utf8 = std::move(other.m_utf8);
    }
    return *this;
}

QString SqliteStatement::errorString() const
{
    if (!m_db)
        return QStringLiteral("no database");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bind(int index, const QString &text)
{
    bind(index, QStringView(text));
}

void SqliteStatement::bind(int index, QStringView text)
{
    if (index < 1 || size_t(index) > m_utf8.size()) {
        // Out of range: let SQLite report SQLITE_RANGE as it would for any other value.
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    Utf8Buffer &buffer = m_utf8[size_t(index - 1)];
    const qsizetype units = text.size();
    if (!buffer.data || buffer.capacity < 3 * units) { // UTF-8 needs at most 3 bytes per unit
        buffer.capacity = std::max<qsizetype>(64, 3 * units);
        buffer.data = std::make_unique<char[]>(size_t(buffer.capacity));
    }
    char *out = buffer.data.get();
    const char16_t *in = text.utf16();
    qsizetype ascii = 0;
    while (ascii < units && in[ascii] < 0x80) {
        out[ascii] = char(in[ascii]);
        ++ascii;
    }
    qsizetype bytes = ascii;
    if (ascii < units) {
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        bytes = encoder.appendToBuffer(out + ascii, text.mid(ascii)) - out;
    }
    // Never NULL for a null QString: an empty value is text. The buffer stays unchanged
    // until this parameter is bound again, which is what SQLITE_STATIC asks.
    sqlite3_bind_text(m_stmt, index, out, int(bytes), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindOptionalText(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

int SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode;
}

bool SqliteStatement::execute()
{
    const int rc = step();
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    // The cache stores UTF-8: Qt's decoder is faster than letting SQLite translate to UTF-16
    // into a buffer of its own first (a third of the search's own time at 50 hits).
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool sqliteExec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

} // namespace loket
