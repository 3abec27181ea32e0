#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loket {

// The sync bookkeeping kept with the data it describes (table sync_state, one row).
struct SyncState
{
    QString hubUrl;
    QString account;
    QString scope; // NIS codes, sorted, comma-separated
    QString cursor;
    bool fillComplete = false;
    bool bulkInProgress = false;
    QString lastSuccessAt; // UTC, ISO 8601
    QString lastError;
    QString lastErrorDetail;
    QString lastErrorAt;
};

// Reads and writes the sync_state row; any connection can read it, only the store's writer
// connection writes it, inside the transaction of the change it belongs to.
class SyncStateTable final
{
public:
    explicit SyncStateTable(QSqlDatabase db);

    SyncState read() const;

    bool setCursor(const QString &cursor);
    bool setOrigin(const QString &hubUrl, const QString &account, const QString &scope);
    bool markFillComplete();
    // The search triggers are dropped for a fill (started) or back with a full index (finished).
    bool markBulkStarted();
    bool markBulkFinished();
    bool setLastSuccess(const QString &at);
    bool setLastError(const QString &message, const QString &detail, const QString &at);
    // A new origin (another hub or scope): the cursor and the fill start over.
    bool resetFeed();

    QString errorString() const { return m_error; }

private:
    bool exec(const char *sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace loket
