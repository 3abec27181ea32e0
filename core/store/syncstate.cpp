#include "syncstate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace loket {
namespace {
// QSqlQuery binds a null QString as NULL; the columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

SyncStateTable::SyncStateTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

SyncState SyncStateTable::read() const
{
    SyncState s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT hub_url, account, scope, cursor, fill_complete, bulk_in_progress,"
            " last_success_at, last_error, last_error_detail, last_error_at FROM sync_state"
            " WHERE id = 1")) ||
        !q.next())
        return s;
    s.hubUrl = q.value(0).toString();
    s.account = q.value(1).toString();
    s.scope = q.value(2).toString();
    s.cursor = q.value(3).toString();
    s.fillComplete = q.value(4).toInt() != 0;
    s.bulkInProgress = q.value(5).toInt() != 0;
    s.lastSuccessAt = q.value(6).toString();
    s.lastError = q.value(7).toString();
    s.lastErrorDetail = q.value(8).toString();
    s.lastErrorAt = q.value(9).toString();
    return s;
}

bool SyncStateTable::exec(const char *sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QString::fromLatin1(sql))) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SyncStateTable::setCursor(const QString &cursor)
{
    return exec("UPDATE sync_state SET cursor = ? WHERE id = 1", {text(cursor)});
}

bool SyncStateTable::setOrigin(const QString &hubUrl, const QString &account, const QString &scope)
{
    return exec("UPDATE sync_state SET hub_url = ?, account = ?, scope = ? WHERE id = 1",
                {text(hubUrl), text(account), text(scope)});
}

bool SyncStateTable::markFillComplete()
{
    return exec("UPDATE sync_state SET fill_complete = 1 WHERE id = 1", {});
}

bool SyncStateTable::markBulkStarted()
{
    return exec("UPDATE sync_state SET bulk_in_progress = 1 WHERE id = 1", {});
}

bool SyncStateTable::markBulkFinished()
{
    return exec("UPDATE sync_state SET bulk_in_progress = 0 WHERE id = 1", {});
}

bool SyncStateTable::setLastSuccess(const QString &at)
{
    return exec("UPDATE sync_state SET last_success_at = ?, last_error = '',"
                " last_error_detail = '', last_error_at = '' WHERE id = 1",
                {text(at)});
}

bool SyncStateTable::setLastError(const QString &message, const QString &detail, const QString &at)
{
    return exec("UPDATE sync_state SET last_error = ?, last_error_detail = ?, last_error_at = ?"
                " WHERE id = 1",
                {text(message), text(detail), text(at)});
}

bool SyncStateTable::resetFeed()
{
    return exec("UPDATE sync_state SET cursor = '', fill_complete = 0 WHERE id = 1", {});
}

} // namespace loket
