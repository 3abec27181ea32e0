#include "guideprogresstable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace loket {
namespace {

const char *const selectColumns = "SELECT id, citizen_id, guide_id, step_id, guide_version, status,"
                                  " staff_id, done_at, version, updated_at FROM guide_progress";

// A null QString binds as SQL NULL; the columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

GuideProgress rowOf(const QSqlQuery &q)
{
    GuideProgress p;
    p.id = q.value(0).toString();
    p.citizenId = q.value(1).toString();
    p.guideId = q.value(2).toString();
    p.stepId = q.value(3).toString();
    p.guideVersion = q.value(4).toInt();
    p.status = stepStatusFromCode(q.value(5).toString()).value_or(StepStatus::NotYet);
    p.staffId = q.value(6).toString();
    p.doneAt = q.value(7).toString();
    p.version = q.value(8).toLongLong();
    p.updatedAt = q.value(9).toString();
    return p;
}

} // namespace

bool GuideProgressTable::upsert(const GuideProgress &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO guide_progress(id, citizen_id, guide_id, step_id, guide_version, status,"
        " staff_id, done_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET guide_version = excluded.guide_version,"
        " status = excluded.status, staff_id = excluded.staff_id, done_at = excluded.done_at,"
        " version = excluded.version, updated_at = excluded.updated_at"));
    q.addBindValue(text(p.id));
    q.addBindValue(text(p.citizenId));
    q.addBindValue(text(p.guideId));
    q.addBindValue(text(p.stepId));
    q.addBindValue(p.guideVersion);
    q.addBindValue(stepStatusCode(p.status));
    q.addBindValue(text(p.staffId));
    q.addBindValue(text(p.doneAt));
    q.addBindValue(p.version);
    q.addBindValue(text(p.updatedAt));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool GuideProgressTable::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM guide_progress WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool GuideProgressTable::removeForCitizen(const QString &citizenId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM guide_progress WHERE citizen_id = ?"));
    q.addBindValue(citizenId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<GuideProgress> GuideProgressTable::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowOf(q);
}

QList<GuideProgress> GuideProgressTable::forCitizen(const QString &citizenId)
{
    QList<GuideProgress> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectColumns) +
              QStringLiteral(" WHERE citizen_id = ? ORDER BY guide_id, step_id"));
    q.addBindValue(citizenId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(rowOf(q));
    return out;
}

qint64 GuideProgressTable::version(const QString &id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version FROM guide_progress WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace loket
