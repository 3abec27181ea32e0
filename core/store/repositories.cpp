#include "repositories.h"
#include "reportextras.h"
#include "visitlist.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace loket {
namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

// Runs a query made by prepared(); false with the database's words in `error` when it cannot.
// A statement that did not prepare (a table missing) is reported as such, not as the driver's
// "Parameter count mismatch" that its exec() would give.
bool execPrepared(QSqlQuery &q, QString *error)
{
    if (q.lastError().isValid() || !q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    error->clear();
    return true;
}

} // namespace

QString citizenColumns(const QString &alias)
{
    static const QStringList columns =
        QStringLiteral(
            "local_id, id, national_number, family_name, given_names, birth_date, street,"
            " house_number, postcode, city, municipality_nis, language, phone, email, ebox_consent,"
            " ebox_since, delivery_channel, assistance_notes, version, updated_at")
            .split(u',');
    QStringList out;
    for (const QString &c : columns)
        out << (alias.isEmpty() ? c.trimmed() : alias + u'.' + c.trimmed());
    return out.join(QStringLiteral(", "));
}

Citizen citizenFrom(const QSqlQuery &q, int first)
{
    struct QueryRow
    {
        const QSqlQuery &query;
        QString text(int column) const { return query.value(column).toString(); }
        qint64 int64(int column) const { return query.value(column).toLongLong(); }
    };
    return citizenFromRow(QueryRow{q}, first);
}

CacheReader::CacheReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Citizen> CacheReader::citizen(const QString &id) const
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT %1 FROM citizen WHERE id = ?").arg(citizenColumns(QString())));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return citizenFrom(q, 0);
    return std::nullopt;
}

std::optional<Citizen> CacheReader::citizenByLocalId(qint64 localId) const
{
    QSqlQuery q = prepared(
        m_db,
        QStringLiteral("SELECT %1 FROM citizen WHERE local_id = ?").arg(citizenColumns(QString())));
    q.addBindValue(localId);
    if (q.exec() && q.next())
        return citizenFrom(q, 0);
    return std::nullopt;
}

qint64 CacheReader::citizenCount() const
{
    // max(local_id) would be instant but counts deleted rows; count(*) walks the smallest index.
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT count(*) FROM citizen"));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Municipality> CacheReader::municipalities() const
{
    QList<Municipality> out;
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT nis_code, name, region, version, updated_at"
                                                " FROM municipality ORDER BY name"));
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString()});
    }
    return out;
}

QList<Category> CacheReader::categories() const
{
    QList<Category> out;
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT code, group_code, name_nl, name_fr, name_en,"
                                      " service, norm_days, version, updated_at, fields_json"
                                      " FROM category ORDER BY group_code, code"));
    if (!q.exec())
        return out;
    while (q.next()) {
        Category c;
        c.code = q.value(0).toString();
        c.groupCode = q.value(1).toString();
        c.nameNl = q.value(2).toString();
        c.nameFr = q.value(3).toString();
        c.nameEn = q.value(4).toString();
        c.service = q.value(5).toString();
        c.normWorkingDays = q.value(6).toInt();
        c.version = q.value(7).toLongLong();
        c.updatedAt = q.value(8).toString();
        readCategoryFields(q.value(9).toString(), &c);
        out.append(c);
    }
    return out;
}

QList<Report> CacheReader::reportsFor(const QString &citizenId) const
{
    return reports(QStringLiteral("FROM report_citizen rc JOIN report r ON r.id = rc.report_id"
                                  " WHERE rc.citizen_id = ?"),
                   citizenId);
}

std::optional<Report> CacheReader::report(const QString &id) const
{
    const QList<Report> found = reports(QStringLiteral("FROM report r WHERE r.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Report>(found.first());
}

QList<Report> CacheReader::reports(const QString &fromWhere, const QString &value) const
{
    QList<Report> out;
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT r.local_id, r.id, r.public_number, r.category_code,"
                             " r.description, r.street, r.house_number, r.postcode, r.location_nis,"
                             " r.received_nis, r.latitude, r.longitude, r.status, r.created_at,"
                             " r.expected_date, r.version, r.updated_at, r.extras_json ") +
                  fromWhere + QStringLiteral(" ORDER BY r.created_at DESC, r.local_id DESC"));
    q.addBindValue(value);
    if (!execPrepared(q, &m_error))
        return out;
    while (q.next()) {
        Report r;
        r.localId = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.publicNumber = q.value(2).toString();
        r.categoryCode = q.value(3).toString();
        r.description = q.value(4).toString();
        r.street = q.value(5).toString();
        r.houseNumber = q.value(6).toString();
        r.postcode = q.value(7).toString();
        r.locationNis = q.value(8).toString();
        r.receivedNis = q.value(9).toString();
        if (!q.value(10).isNull() && !q.value(11).isNull()) {
            r.latitude = q.value(10).toDouble();
            r.longitude = q.value(11).toDouble();
        }
        r.status = reportStatusFromCode(q.value(12).toString()).value_or(ReportStatus::Received);
        r.createdAt = q.value(13).toString();
        r.expectedDate = q.value(14).toString();
        r.version = q.value(15).toLongLong();
        r.updatedAt = q.value(16).toString();
        readReportExtras(q.value(17).toString(), &r);
        out.append(r);
    }
    QSqlQuery h =
        prepared(m_db, QStringLiteral("SELECT seq, status, at, public_text, internal_note,"
                                      " staff_id FROM report_status WHERE report_id = ?"
                                      " ORDER BY at, seq"));
    QSqlQuery links = prepared(m_db, QStringLiteral("SELECT citizen_id FROM report_citizen"
                                                    " WHERE report_id = ? ORDER BY role DESC"));
    for (Report &r : out) {
        h.addBindValue(r.id);
        if (h.exec()) {
            while (h.next()) {
                ReportStatusChange c;
                c.seq = h.value(0).toInt();
                c.status =
                    reportStatusFromCode(h.value(1).toString()).value_or(ReportStatus::Received);
                c.at = h.value(2).toString();
                c.publicText = h.value(3).toString();
                c.internalNote = h.value(4).toString();
                c.staffId = h.value(5).toString();
                r.history.append(c);
            }
        }
        links.addBindValue(r.id);
        if (links.exec()) {
            while (links.next())
                r.citizenIds.append(links.value(0).toString());
        }
    }
    return out;
}

QList<Document> CacheReader::documentsFor(const QString &citizenId) const
{
    QList<Document> out;
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT local_id, id, citizen_id, title, kind, sender,"
                                      " sent_at, expires_at, channel, status, version,"
                                      " updated_at FROM document WHERE citizen_id = ?"
                                      " ORDER BY sent_at DESC, local_id DESC"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Document d;
        d.localId = q.value(0).toLongLong();
        d.id = q.value(1).toString();
        d.citizenId = q.value(2).toString();
        d.title = q.value(3).toString();
        d.kind = q.value(4).toString();
        d.sender = q.value(5).toString();
        d.sentAt = q.value(6).toString();
        d.expiresAt = q.value(7).toString();
        d.channel = deliveryChannelFromCode(q.value(8).toString());
        d.status = documentStatusFromCode(q.value(9).toString()).value_or(DocumentStatus::Prepared);
        d.version = q.value(10).toLongLong();
        d.updatedAt = q.value(11).toString();
        out.append(d);
    }
    QSqlQuery h = prepared(m_db, QStringLiteral("SELECT seq, status, at, note FROM document_event"
                                                " WHERE document_id = ? ORDER BY at, seq"));
    for (Document &d : out) {
        h.addBindValue(d.id);
        if (!h.exec())
            continue;
        while (h.next()) {
            DocumentEvent e;
            e.seq = h.value(0).toInt();
            e.status =
                documentStatusFromCode(h.value(1).toString()).value_or(DocumentStatus::Prepared);
            e.at = h.value(2).toString();
            e.note = h.value(3).toString();
            d.history.append(e);
        }
    }
    return out;
}

QList<ContactMoment> CacheReader::contactsFor(const QString &citizenId) const
{
    QList<ContactMoment> out;
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT local_id, id, citizen_id, channel, topic, summary,"
                                      " outcome, follow_up_task, follow_up_owner,"
                                      " follow_up_due, staff_id, municipality_nis,"
                                      " occurred_at, version, updated_at"
                                      " FROM contact_moment WHERE citizen_id = ?"
                                      " ORDER BY occurred_at DESC, local_id DESC"));
    q.addBindValue(citizenId);
    if (!execPrepared(q, &m_error))
        return out;
    while (q.next()) {
        ContactMoment c;
        c.localId = q.value(0).toLongLong();
        c.id = q.value(1).toString();
        c.citizenId = q.value(2).toString();
        c.channel = contactChannelFromCode(q.value(3).toString()).value_or(ContactChannel::Counter);
        c.topic = q.value(4).toString();
        c.summary = q.value(5).toString();
        c.outcome = q.value(6).toString();
        c.followUpTask = q.value(7).toString();
        c.followUpOwner = q.value(8).toString();
        c.followUpDue = q.value(9).toString();
        c.staffId = q.value(10).toString();
        c.municipalityNis = q.value(11).toString();
        c.occurredAt = q.value(12).toString();
        c.version = q.value(13).toLongLong();
        c.updatedAt = q.value(14).toString();
        out.append(c);
    }
    return out;
}

QList<DocumentAction> CacheReader::documentActionsFor(const QString &citizenId) const
{
    QList<DocumentAction> out;
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT local_id, id, citizen_id, document_id,"
                                                " kind, reason, staff_id, municipality_nis,"
                                                " occurred_at, version, updated_at"
                                                " FROM document_action WHERE citizen_id = ?"
                                                " ORDER BY occurred_at, local_id"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return out;
    while (q.next()) {
        DocumentAction a;
        a.localId = q.value(0).toLongLong();
        a.id = q.value(1).toString();
        a.citizenId = q.value(2).toString();
        a.documentId = q.value(3).toString();
        a.kind = documentActionKindFromCode(q.value(4).toString())
                     .value_or(DocumentActionKind::Explained);
        a.reason = q.value(5).toString();
        a.staffId = q.value(6).toString();
        a.municipalityNis = q.value(7).toString();
        a.occurredAt = q.value(8).toString();
        a.version = q.value(9).toLongLong();
        a.updatedAt = q.value(10).toString();
        out.append(a);
    }
    return out;
}

std::optional<Dossier> CacheReader::dossier(const QString &citizenId) const
{
    auto c = citizen(citizenId);
    if (!c)
        return std::nullopt;
    Dossier d;
    d.citizen = *c;
    d.reports = reportsFor(citizenId);
    d.documents = documentsFor(citizenId);
    d.contacts = contactsFor(citizenId);
    d.documentActions = documentActionsFor(citizenId);
    return d;
}

QString CacheReader::meta(const QString &key) const
{
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<Visit> CacheReader::visits() const
{
    return VisitListReader(m_db).visits();
}

} // namespace loket
