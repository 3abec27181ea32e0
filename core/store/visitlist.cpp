#include "visitlist.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

QString visitOriginCode(VisitOrigin origin)
{
    return origin == VisitOrigin::Local ? QStringLiteral("local") : QStringLiteral("hub");
}

VisitOrigin visitOriginFromCode(const QString &code)
{
    return code == QLatin1String("local") ? VisitOrigin::Local : VisitOrigin::Hub;
}

VisitReadiness visitReadiness(const VisitListRow &row, QDate today, int keepDays)
{
    if (!visitIsCurrent(row.visit, today, keepDays))
        return VisitReadiness::Expired;
    if (!row.preparation.lastError.isEmpty())
        return VisitReadiness::Failed;
    if (row.citizenCached && !row.preparation.preparedAt.isEmpty())
        return VisitReadiness::Ready;
    return VisitReadiness::NotPrepared;
}

namespace {

Visit visitFrom(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toString();
    v.citizenId = q.value(1).toString();
    v.staffId = q.value(2).toString();
    v.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.purpose = q.value(4).toString();
    v.version = q.value(6).toLongLong();
    v.updatedAt = q.value(7).toString();
    return v;
}

} // namespace

QList<VisitListRow> VisitListReader::rows() const
{
    QList<VisitListRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The outbox check names the entity type as a bound value, like every other value here.
    if (!q.prepare(QStringLiteral(
            "SELECT v.id, v.citizen_id, v.staff_id, v.visit_date, v.purpose, v.origin,"
            " v.version, v.updated_at, c.id IS NOT NULL, coalesce(c.family_name, ''),"
            " coalesce(c.given_names, ''), coalesce(m.name, c.city, ''),"
            " coalesce(p.prepared_at, ''), coalesce(p.bytes, 0), coalesce(p.last_error, ''),"
            " coalesce(p.attempted_at, ''),"
            " EXISTS (SELECT 1 FROM outbox o WHERE o.entity_type = ? AND o.entity_id = v.id)"
            " FROM visit v LEFT JOIN citizen c ON c.id = v.citizen_id"
            " LEFT JOIN municipality m ON m.nis_code = c.municipality_nis"
            " LEFT JOIN visit_preparation p ON p.citizen_id = v.citizen_id"
            " ORDER BY v.visit_date, v.id"))) {
        m_error = q.lastError().text();
        return out;
    }
    q.addBindValue(QStringLiteral("visit"));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        VisitListRow row;
        row.visit = visitFrom(q);
        row.origin = visitOriginFromCode(q.value(5).toString());
        row.citizenCached = q.value(8).toBool();
        if (row.citizenCached)
            row.citizenName = q.value(9).toString() + QStringLiteral(", ") + q.value(10).toString();
        row.municipality = q.value(11).toString();
        row.preparation.citizenId = row.visit.citizenId;
        row.preparation.preparedAt = q.value(12).toString();
        row.preparation.bytes = q.value(13).toLongLong();
        row.preparation.lastError = q.value(14).toString();
        row.preparation.attemptedAt = q.value(15).toString();
        row.sendPending = q.value(16).toBool();
        out.append(row);
    }
    return out;
}

QList<Visit> VisitListReader::visits() const
{
    QList<Visit> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, citizen_id, staff_id, visit_date, purpose, origin,"
                               " version, updated_at FROM visit ORDER BY visit_date, id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(visitFrom(q));
    return out;
}

std::optional<VisitPreparation> VisitListReader::preparation(const QString &citizenId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT prepared_at, bytes, last_error, attempted_at"
                             " FROM visit_preparation WHERE citizen_id = ?"));
    q.addBindValue(citizenId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    VisitPreparation p;
    p.citizenId = citizenId;
    p.preparedAt = q.value(0).toString();
    p.bytes = q.value(1).toLongLong();
    p.lastError = q.value(2).toString();
    p.attemptedAt = q.value(3).toString();
    return p;
}

bool VisitPreparationTable::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    // A null QString would bind as SQL NULL; the columns hold '' for "none".
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull()
                           ? QVariant(QStringLiteral(""))
                           : v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool VisitPreparationTable::markPrepared(const QString &citizenId, const QString &at, qint64 bytes)
{
    return exec(QStringLiteral("INSERT INTO visit_preparation(citizen_id, prepared_at, bytes,"
                               " last_error, attempted_at) VALUES (?, ?, ?, '', ?)"
                               " ON CONFLICT(citizen_id) DO UPDATE SET"
                               " prepared_at = excluded.prepared_at, bytes = excluded.bytes,"
                               " last_error = '', attempted_at = excluded.attempted_at"),
                {citizenId, at, bytes, at});
}

bool VisitPreparationTable::markFailed(const QString &citizenId, const QString &at,
                                       const QString &error)
{
    return exec(QStringLiteral("INSERT INTO visit_preparation(citizen_id, last_error,"
                               " attempted_at) VALUES (?, ?, ?)"
                               " ON CONFLICT(citizen_id) DO UPDATE SET"
                               " last_error = excluded.last_error,"
                               " attempted_at = excluded.attempted_at"),
                {citizenId, error, at});
}

bool VisitPreparationTable::remove(const QString &citizenId)
{
    return exec(QStringLiteral("DELETE FROM visit_preparation WHERE citizen_id = ?"), {citizenId});
}

} // namespace loket
