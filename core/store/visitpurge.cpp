#include "visitpurge.h"
#include "cachewriter.h"
#include "connection.h"
#include "guideprogresstable.h"
#include "visitlist.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

VisitPurge::VisitPurge(Connection &connection, CacheWriter &writer)
    : m_connection(connection)
    , m_writer(writer)
{}

bool VisitPurge::hasOpenOutboxEntries(const QString &citizenId)
{
    // Every command names the citizen in depends_on; the record checks also cover entries
    // written before that rule or without it. Acknowledged entries are gone from the table.
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    // Plain positional placeholders: QSqlQuery does not take SQLite's numbered ones.
    q.prepare(QStringLiteral(
        "SELECT 1 FROM outbox WHERE depends_on = ?"
        " OR (entity_type = 'citizen' AND entity_id = ?)"
        " OR (entity_type = 'contact_moment' AND entity_id IN"
        "  (SELECT id FROM contact_moment WHERE citizen_id = ?))"
        " OR (entity_type = 'document_action' AND entity_id IN"
        "  (SELECT id FROM document_action WHERE citizen_id = ?))"
        " OR (entity_type = 'guide_progress' AND entity_id IN"
        "  (SELECT id FROM guide_progress WHERE citizen_id = ?))"
        " OR (entity_type = 'visit' AND entity_id IN (SELECT id FROM visit WHERE citizen_id = ?))"
        " OR (entity_type = 'task' AND entity_id IN (SELECT id FROM task WHERE citizen_id = ?))"
        " LIMIT 1"));
    q.addBindValue(QStringLiteral("citizen:") + citizenId);
    for (int i = 0; i < 6; ++i)
        q.addBindValue(citizenId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return true; // when in doubt, keep: a purge can run again, a lost change cannot return
    }
    return q.next();
}

bool VisitPurge::removeReportsOf(const QString &citizenId, Result *result)
{
    QStringList reports;
    {
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT report_id FROM report_citizen WHERE citizen_id = ?"));
        q.addBindValue(citizenId);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            reports << q.value(0).toString();
    }
    for (const QString &reportId : std::as_const(reports)) {
        // A report another cached citizen is linked to stays for them; only this citizen's
        // link to it goes.
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT 1 FROM report_citizen rc JOIN citizen c"
                                 " ON c.id = rc.citizen_id WHERE rc.report_id = ?"
                                 " AND rc.citizen_id <> ? LIMIT 1"));
        q.addBindValue(reportId);
        q.addBindValue(citizenId);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        const bool shared = q.next();
        q.finish();
        if (shared) {
            QSqlQuery unlink(m_connection.database());
            unlink.prepare(QStringLiteral(
                "DELETE FROM report_citizen WHERE report_id = ? AND citizen_id = ?"));
            unlink.addBindValue(reportId);
            unlink.addBindValue(citizenId);
            if (!unlink.exec()) {
                m_error = unlink.lastError().text();
                return false;
            }
            continue;
        }
        if (!m_writer.removeReport(reportId)) {
            m_error = m_writer.errorString();
            return false;
        }
        result->reports << reportId;
    }
    return true;
}

bool VisitPurge::run(QDate today, int keepDays, Result *result)
{
    m_error.clear();
    *result = {};
    const QSqlDatabase db = m_connection.database();

    VisitListReader visits(db);
    QSet<QString> current;
    for (const Visit &v : visits.visits()) {
        if (visitIsCurrent(v, today, keepDays))
            current.insert(v.citizenId);
    }
    if (!visits.errorString().isEmpty()) {
        // Without the visit list every dossier would look expired: purge nothing.
        m_error = visits.errorString();
        return false;
    }

    QStringList cached;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM citizen ORDER BY id"))) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            cached << q.value(0).toString();
    }

    GuideProgressTable progress(db);
    VisitPreparationTable preparation(db);
    for (const QString &citizenId : std::as_const(cached)) {
        if (current.contains(citizenId))
            continue;
        if (hasOpenOutboxEntries(citizenId)) {
            if (!m_error.isEmpty())
                return false;
            result->keptUnsent << citizenId;
            continue;
        }
        if (!removeReportsOf(citizenId, result))
            return false;
        if (!m_writer.removeCitizen(citizenId)) {
            m_error = m_writer.errorString();
            return false;
        }
        if (!progress.removeForCitizen(citizenId)) {
            m_error = progress.errorString();
            return false;
        }
        // The citizen's follow-up tasks leave with the dossier (data minimisation, DESIGN §8).
        if (!m_writer.removeTasksOfCitizen(citizenId)) {
            m_error = m_writer.errorString();
            return false;
        }
        result->removed << citizenId;
    }

    // Records of citizens who are not (or no longer) in the cache at all: a contact moment or a
    // document that came without its citizen, or whose citizen went before this rule existed.
    // The same rules: current visits and unsent entries keep them.
    QStringList orphans;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT citizen_id FROM document WHERE citizen_id NOT IN (SELECT id FROM citizen)"
                " UNION SELECT citizen_id FROM contact_moment"
                "  WHERE citizen_id NOT IN (SELECT id FROM citizen)"
                " UNION SELECT citizen_id FROM document_action"
                "  WHERE citizen_id NOT IN (SELECT id FROM citizen)"
                " UNION SELECT citizen_id FROM guide_progress"
                "  WHERE citizen_id NOT IN (SELECT id FROM citizen)"
                " UNION SELECT citizen_id FROM visit_preparation"
                "  WHERE citizen_id NOT IN (SELECT id FROM citizen)"
                " UNION SELECT citizen_id FROM task"
                "  WHERE citizen_id NOT IN (SELECT id FROM citizen)"))) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            orphans << q.value(0).toString();
    }
    for (const QString &citizenId : std::as_const(orphans)) {
        if (current.contains(citizenId))
            continue;
        if (hasOpenOutboxEntries(citizenId)) {
            if (!m_error.isEmpty())
                return false;
            continue;
        }
        if (!m_writer.removeCitizen(citizenId) || !progress.removeForCitizen(citizenId) ||
            !preparation.remove(citizenId) || !m_writer.removeTasksOfCitizen(citizenId)) {
            m_error = m_writer.errorString() + progress.errorString() + preparation.errorString();
            return false;
        }
    }
    return true;
}

} // namespace loket
