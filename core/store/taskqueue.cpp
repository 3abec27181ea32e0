#include "taskqueue.h"
#include "repositories.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

// The columns taskFrom() reads, in order.
QString taskColumns(const QString &alias)
{
    QStringList columns{QStringLiteral("id"),
                        QStringLiteral("citizen_id"),
                        QStringLiteral("contact_moment_id"),
                        QStringLiteral("kind"),
                        QStringLiteral("title"),
                        QStringLiteral("municipality_nis"),
                        QStringLiteral("queue"),
                        QStringLiteral("owner_staff_id"),
                        QStringLiteral("due"),
                        QStringLiteral("status"),
                        QStringLiteral("outcome"),
                        QStringLiteral("history_json"),
                        QStringLiteral("version"),
                        QStringLiteral("updated_at"),
                        QStringLiteral("owner_name")};
    for (QString &c : columns)
        c.prepend(alias + u'.');
    return columns.join(QStringLiteral(", "));
}
constexpr int taskColumnCount = 15;

Task taskFrom(const QSqlQuery &q, int first)
{
    Task t;
    t.id = q.value(first).toString();
    t.citizenId = q.value(first + 1).toString();
    t.contactMomentId = q.value(first + 2).toString();
    t.kind = taskKindFromCode(q.value(first + 3).toString()).value_or(TaskKind::CallBack);
    t.title = q.value(first + 4).toString();
    t.municipalityNis = q.value(first + 5).toString();
    t.queue =
        taskQueueFromCode(q.value(first + 6).toString()).value_or(TaskQueueKind::Municipality);
    t.ownerStaffId = q.value(first + 7).toString();
    t.due = QDate::fromString(q.value(first + 8).toString(), Qt::ISODate);
    t.status = taskStatusFromCode(q.value(first + 9).toString()).value_or(TaskStatus::Open);
    t.outcome = q.value(first + 10).toString();
    // The history is stored as the wire's list; the wire parser reads it back.
    const QJsonArray history =
        QJsonDocument::fromJson(q.value(first + 11).toString().toUtf8()).array();
    QString ignored;
    if (const auto parsed = wire::taskHistoryFromJson(history, &ignored))
        t.history = *parsed;
    t.version = q.value(first + 12).toLongLong();
    t.updatedAt = q.value(first + 13).toString();
    t.ownerName = q.value(first + 14).toString();
    return t;
}

} // namespace

std::optional<Task> CacheReader::task(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + taskColumns(QStringLiteral("t")) +
              QStringLiteral(" FROM task t WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return taskFrom(q, 0);
}

QList<Task> CacheReader::openTasksForCitizen(const QString &citizenId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + taskColumns(QStringLiteral("t")) +
              QStringLiteral(" FROM task t WHERE t.citizen_id = ? AND t.status <> 'closed'"
                             " ORDER BY t.due, t.title"));
    q.addBindValue(citizenId);
    QList<Task> out;
    if (q.lastError().isValid() || !q.exec()) { // a failed prepare says why; its exec would not
        m_error = q.lastError().text();
        return out;
    }
    m_error.clear();
    while (q.next())
        out.append(taskFrom(q, 0));
    return out;
}

TaskQueue::TaskQueue(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<TaskQueueRow> TaskQueue::rows(const TaskQueueFilter &filter, QDate today) const
{
    QString where;
    QVariantList values;
    switch (filter.view) {
    case TaskQueueView::Helpdesk:
        where = QStringLiteral("t.queue = 'helpdesk'");
        break;
    case TaskQueueView::Municipality:
        where = QStringLiteral("t.queue = 'municipality' AND t.municipality_nis = ?");
        values << filter.municipalityNis;
        break;
    case TaskQueueView::Mine:
        where = QStringLiteral("t.owner_staff_id = ?");
        values << filter.staffId;
        break;
    }
    if (filter.closed == TaskQueueFilter::Closed::Hide)
        where += QStringLiteral(" AND t.status <> 'closed'");
    // By due date, so overdue tasks come first; closed ones after every unfinished one.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + taskColumns(QStringLiteral("t")) +
              QStringLiteral(", c.family_name, c.given_names FROM task t"
                             " LEFT JOIN citizen c ON c.id = t.citizen_id WHERE ") +
              where + QStringLiteral(" ORDER BY t.status = 'closed', t.due, t.title, t.id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<TaskQueueRow> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    m_error.clear();
    while (q.next()) {
        TaskQueueRow row;
        row.task = taskFrom(q, 0);
        const QString family = q.value(taskColumnCount).toString();
        const QString given = q.value(taskColumnCount + 1).toString();
        if (!family.isEmpty() || !given.isEmpty())
            row.citizenName = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
        row.overdueDays = taskOverdueDays(row.task, today);
        out.append(row);
    }
    return out;
}

} // namespace loket
