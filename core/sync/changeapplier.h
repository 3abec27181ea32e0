#pragma once

#include "changefeed.h"
#include "store/guideprogresstable.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QStringList>

namespace loket {

class CacheWriter;
class Connection;
class Outbox;

// Applies a checked feed page to the cache through CacheWriter, inside the caller's transaction
// (the engine commits the page and its cursor together). A record with a local change still in
// the outbox keeps the local state until the hub has answered that change; a record never goes
// back to an older version than the cache holds.
class ChangeApplier final
{
public:
    enum class Mode {
        Incremental, // per-row search index maintenance, version checks
        Bulk,        // first fill: triggers are off, the index is rebuilt once at the end
    };
    struct Stats
    {
        qint64 upserts = 0;
        qint64 deletes = 0;
        qint64 keptLocal = 0; // records whose local change waits in the outbox
        QHash<RecordType, QStringList> changed;
    };

    ChangeApplier(Connection &connection, CacheWriter &writer, Outbox &outbox);

    bool apply(const ChangePage &page, Mode mode, Stats *stats);
    QString errorString() const { return m_error; }

private:
    bool upsert(const Change &change, Mode mode, bool outboxOpen, Stats *stats);
    bool remove(const Change &change);
    qint64 localContactVersion(const QString &id);
    qint64 localDocumentActionVersion(const QString &id);
    qint64 localVisitVersion(const QString &id);
    qint64 localTaskVersion(const QString &id);

    CacheWriter &m_writer;
    Outbox &m_outbox;
    SqliteStatement m_removeMunicipality;
    SqliteStatement m_removeCategory;
    SqliteStatement m_contactVersion;
    SqliteStatement m_documentActionVersion;
    SqliteStatement m_visitVersion;
    SqliteStatement m_taskVersion;
    GuideProgressTable m_guideProgress;
    QString m_error;
};

} // namespace loket
