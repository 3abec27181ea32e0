#include "open311journal.h"

#include "model/report.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

const QString sendingColumns =
    u"report_id, municipality_nis, base_url, server_id, token, may_have_arrived,"
    " first_attempt_at, server_status, server_notes, update_ids, checked_at"_s;

Open311Sending sendingFrom(const QSqlQuery &q)
{
    Open311Sending s;
    s.reportId = q.value(0).toString();
    s.municipalityNis = q.value(1).toString();
    s.baseUrl = q.value(2).toString();
    s.serverId = q.value(3).toString();
    s.token = q.value(4).toString();
    s.mayHaveArrived = q.value(5).toInt() != 0;
    s.firstAttemptAt = q.value(6).toString();
    s.serverStatus = q.value(7).toString();
    s.serverNotes = q.value(8).toString();
    s.updateIds = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
    s.checkedAt = q.value(10).toString();
    return s;
}

Open311Target targetFrom(const QSqlQuery &q, int first)
{
    Open311Target t;
    t.base = QUrl(q.value(first).toString());
    t.jurisdictionId = q.value(first + 1).toString();
    t.apiKey = q.value(first + 2).toString();
    t.format =
        q.value(first + 3).toString() == u"xml"_s ? open311::Format::Xml : open311::Format::Json;
    return t;
}

} // namespace

QString open311OutboxPath(const QString &municipalityNis)
{
    return u"open311:"_s + municipalityNis;
}

QString open311TargetProblem(const Open311Target &target)
{
    const QUrl &url = target.base;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return QCoreApplication::translate("loket::Open311Journal",
                                           "The server address must be a web address such as "
                                           "https://meldingen.example.be/open311/v2/.");
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return QCoreApplication::translate(
            "loket::Open311Journal",
            "The server address must not contain a question mark or a #; give the address the "
            "calls are made under.");
    if (target.apiKey.trimmed().isEmpty())
        return QCoreApplication::translate(
            "loket::Open311Journal",
            "The API key is missing: the server needs it to accept reports.");
    if (target.jurisdictionId.size() > 200 || target.apiKey.size() > 500)
        return QCoreApplication::translate("loket::Open311Journal",
                                           "The jurisdiction or the API key is too long.");
    return {};
}

std::optional<Open311Target> Open311Journal::target(const QString &municipalityNis) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT base_url, jurisdiction_id, api_key, format FROM open311_target"
              " WHERE municipality_nis = ?"_s);
    q.addBindValue(municipalityNis);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return targetFrom(q, 0);
}

QList<std::pair<QString, Open311Target>> Open311Journal::targets() const
{
    QList<std::pair<QString, Open311Target>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT municipality_nis, base_url, jurisdiction_id, api_key, format"
                " FROM open311_target ORDER BY municipality_nis"_s)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), targetFrom(q, 1)});
    return out;
}

bool Open311Journal::setTarget(const QString &municipalityNis, const Open311Target &target,
                               const QString &updatedAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO open311_target"
              " (municipality_nis, base_url, jurisdiction_id, api_key, format, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (municipality_nis) DO UPDATE SET"
              " base_url = excluded.base_url, jurisdiction_id = excluded.jurisdiction_id,"
              " api_key = excluded.api_key, format = excluded.format,"
              " updated_at = excluded.updated_at"_s);
    q.addBindValue(municipalityNis);
    q.addBindValue(target.base.toString());
    q.addBindValue(target.jurisdictionId);
    q.addBindValue(target.apiKey);
    q.addBindValue(target.format == open311::Format::Xml ? u"xml"_s : u"json"_s);
    q.addBindValue(updatedAt);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Open311Journal::removeTarget(const QString &municipalityNis)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM open311_target WHERE municipality_nis = ?"_s);
    q.addBindValue(municipalityNis);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Open311Sending> Open311Journal::sending(const QString &reportId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + sendingColumns + u" FROM report_open311 WHERE report_id = ?"_s);
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return sendingFrom(q);
}

bool Open311Journal::save(const Open311Sending &s)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO report_open311 ("_s + sendingColumns +
              u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(s.reportId), QVariant(s.municipalityNis), QVariant(s.baseUrl),
          QVariant(s.serverId), QVariant(s.token), QVariant(s.mayHaveArrived ? 1 : 0),
          QVariant(s.firstAttemptAt), QVariant(s.serverStatus), QVariant(s.serverNotes),
          QVariant(s.updateIds.join(u'\n')), QVariant(s.checkedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<Open311Sending> Open311Journal::followed() const
{
    QList<Open311Sending> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A handful of rows per workstation: the finished ones are left out here, by the model's
    // own rule, rather than by a list of status codes in the SQL.
    if (!q.exec(u"SELECT "_s + sendingColumns +
                u", r.status FROM report_open311 j JOIN report r ON r.id = j.report_id"
                " WHERE j.server_id <> '' OR j.token <> ''"
                " ORDER BY j.first_attempt_at, j.report_id"_s)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const auto status = reportStatusFromCode(q.value(11).toString());
        if (!status || !isFinished(*status))
            out.append(sendingFrom(q));
    }
    return out;
}

} // namespace loket
