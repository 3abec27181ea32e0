#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace loket {

class CacheWriter;
class Connection;

// How many days after a visit an outreach laptop keeps the visited citizen's dossier (DESIGN §8,
// data minimisation; a staff setting).
inline constexpr int defaultKeepVisitedDays = 14;

// Removes from an outreach cache every citizen, with all their records, who has no visit that
// is still current (visitIsCurrent) on a given Belgian day. Nothing that waits in the outbox is
// lost: a citizen with an open outbox entry keeps the whole dossier until the hub has it (the
// next purge takes it), and the access log is never touched (append-only, DESIGN §8).
class VisitPurge final
{
public:
    struct Result
    {
        QStringList removed;    // citizen ids whose dossiers left the cache
        QStringList keptUnsent; // expired, but kept for entries still in the outbox
        QStringList reports;    // reports that left with them (no remaining citizen linked)
    };

    VisitPurge(Connection &connection, CacheWriter &writer);

    // Runs inside the caller's write transaction; false with errorString() on a failed write.
    bool run(QDate today, int keepDays, Result *result);
    QString errorString() const { return m_error; }

private:
    bool hasOpenOutboxEntries(const QString &citizenId);
    bool removeReportsOf(const QString &citizenId, Result *result);

    Connection &m_connection;
    CacheWriter &m_writer;
    QString m_error;
};

} // namespace loket
