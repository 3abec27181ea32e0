#include "reportlist.h"

#include "documentworklists.h"
#include "model/belgiantime.h"
#include "text/namekey.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

// "r.status NOT IN ('resolved', ...)": constant codes of our own enum, not user input.
QString unfinishedCondition()
{
    QStringList finished;
    for (ReportStatus s : allReportStatuses()) {
        if (isFinished(s))
            finished << u'\'' + reportStatusCode(s) + u'\'';
    }
    return u"r.status NOT IN (%1)"_s.arg(finished.join(u", "_s));
}

// The workflow order of the statuses, for sorting by status.
QString statusOrder()
{
    QString out = u"CASE r.status"_s;
    int rank = 0;
    for (ReportStatus s : allReportStatuses())
        out += u" WHEN '%1' THEN %2"_s.arg(reportStatusCode(s)).arg(rank++);
    return out + u" ELSE 99 END"_s;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The number at the start of a house number ("12", "12A", "12 bus 3"); none for "z/n".
std::optional<int> houseNumberValue(const QString &houseNumber)
{
    int digits = 0;
    while (digits < houseNumber.size() && houseNumber.at(digits).isDigit())
        ++digits;
    if (digits == 0)
        return std::nullopt;
    return houseNumber.left(digits).toInt();
}

QString nameColumn(QStringView language)
{
    // A column name from a fixed set, never from the caller's text.
    if (language == u"fr")
        return u"COALESCE(NULLIF(c.name_fr, ''), c.name_nl, r.category_code)"_s;
    if (language == u"en")
        return u"COALESCE(NULLIF(c.name_en, ''), c.name_nl, r.category_code)"_s;
    return u"COALESCE(c.name_nl, r.category_code)"_s;
}

} // namespace

ReportLister::ReportLister(QSqlDatabase db)
    : m_db(std::move(db))
{}

double ReportLister::distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadius = 6371000.0;
    constexpr double toRadians = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians) * std::sin(dLon / 2) *
                         std::sin(dLon / 2);
    return 2 * earthRadius * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

QList<ReportRow> ReportLister::select(const QString &where, const QVariantList &values,
                                      const QString &tail, QStringView language, QDate today)
{
    m_error.clear();
    const QString sql =
        u"SELECT r.id, r.public_number, r.category_code, %1, r.description, r.street,"
        " r.house_number, r.postcode, COALESCE(r.location_nis, ''),"
        " COALESCE(r.received_nis, ''), r.status, r.created_at, r.expected_date,"
        " (SELECT count(*) FROM report_citizen rc WHERE rc.report_id = r.id),"
        " r.latitude, r.longitude"
        " FROM report r LEFT JOIN category c ON c.code = r.category_code"
        " WHERE %2 %3"_s.arg(nameColumn(language), where.isEmpty() ? u"1"_s : where, tail);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return {};
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    QList<ReportRow> out;
    while (q.next()) {
        ReportRow row;
        row.id = q.value(0).toString();
        row.publicNumber = q.value(1).toString();
        row.categoryCode = q.value(2).toString();
        row.categoryName = q.value(3).toString();
        row.description = q.value(4).toString();
        row.street = q.value(5).toString();
        row.houseNumber = q.value(6).toString();
        row.postcode = q.value(7).toString();
        row.locationNis = q.value(8).toString();
        row.receivedNis = q.value(9).toString();
        row.status = reportStatusFromCode(q.value(10).toString()).value_or(ReportStatus::Received);
        row.createdAt = q.value(11).toString();
        row.expectedDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        row.overdue =
            !isFinished(row.status) && row.expectedDate.isValid() && row.expectedDate < today;
        row.citizens = q.value(13).toInt();
        if (!q.value(14).isNull() && !q.value(15).isNull()) {
            row.latitude = q.value(14).toDouble();
            row.longitude = q.value(15).toDouble();
        }
        out.append(row);
    }
    return out;
}

QList<ReportRow> ReportLister::list(const ReportFilter &filter, QDate today, QStringView language)
{
    QStringList where;
    QVariantList values;
    if (!filter.municipalities.isEmpty()) {
        const QString marks = placeholders(filter.municipalities.size());
        where << u"(r.location_nis IN (%1) OR r.received_nis IN (%1))"_s.arg(marks);
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &nis : filter.municipalities)
                values << nis;
        }
    }
    if (!filter.statuses.isEmpty()) {
        where << u"r.status IN (%1)"_s.arg(placeholders(filter.statuses.size()));
        for (ReportStatus s : filter.statuses)
            values << reportStatusCode(s);
    }
    if (!filter.categories.isEmpty()) {
        where << u"r.category_code IN (%1)"_s.arg(placeholders(filter.categories.size()));
        for (const QString &c : filter.categories)
            values << c;
    }
    if (filter.overdue == ReportFilter::Overdue::Only) {
        where << u"r.expected_date <> '' AND r.expected_date < ? AND "_s + unfinishedCondition();
        values << today.toString(Qt::ISODate);
    }
    if (filter.from.isValid()) {
        where << u"r.created_at >= ?"_s;
        values << DocumentWorkLists::startOfBelgianDay(filter.from);
    }
    if (filter.to.isValid()) {
        where << u"r.created_at < ?"_s;
        values << DocumentWorkLists::startOfBelgianDay(filter.to.addDays(1));
    }
    if (!filter.text.trimmed().isEmpty()) {
        where << u"(r.public_number LIKE ? ESCAPE '\\' OR r.street LIKE ? ESCAPE '\\'"
                 " OR r.description LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(filter.text.trimmed());
        values << pattern << pattern << pattern;
    }
    QString key;
    switch (filter.sort) {
    case ReportFilter::Sort::Created:
        key = u"r.created_at"_s;
        break;
    case ReportFilter::Sort::Expected:
        // Reports without an expected date last, whichever way.
        key = u"(r.expected_date = '') %1, r.expected_date"_s.arg(
            filter.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s);
        break;
    case ReportFilter::Sort::Number:
        key = u"r.public_number"_s;
        break;
    case ReportFilter::Sort::Category:
        key = nameColumn(language);
        break;
    case ReportFilter::Sort::Status:
        key = statusOrder();
        break;
    }
    const QString direction = filter.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    values << std::max(1, filter.limit);
    return select(where.join(u" AND "_s), values,
                  u"ORDER BY %1 %2, r.created_at DESC, r.id LIMIT ?"_s.arg(key, direction),
                  language, today);
}

QList<ReportRow> ReportLister::similarOpen(const SimilarReportQuery &query, QStringView language)
{
    const QDateTime since = query.now.toUTC().addDays(-query.days);
    const QList<ReportRow> candidates =
        select(u"r.category_code = ? AND r.created_at >= ? AND "_s + unfinishedCondition(),
               {query.categoryCode, since.toString(Qt::ISODateWithMs)}, {}, language,
               belgianTime(query.now.toUTC().toString(Qt::ISODate)).date());
    if (!m_error.isEmpty())
        return {};
    const QString street = namekey::fold(query.street).simplified();
    const std::optional<int> number = houseNumberValue(query.houseNumber.trimmed());
    struct Scored
    {
        ReportRow row;
        double score; // metres, or house numbers apart on the same street
    };
    QList<Scored> near;
    for (const ReportRow &row : candidates) {
        if (query.latitude && query.longitude && row.latitude && row.longitude) {
            const double d =
                distanceMeters(*query.latitude, *query.longitude, *row.latitude, *row.longitude);
            if (d <= query.radiusMeters)
                near.append({row, d});
            continue;
        }
        if (street.isEmpty() || namekey::fold(row.street).simplified() != street)
            continue;
        if (!query.postcode.isEmpty() && !row.postcode.isEmpty() && query.postcode != row.postcode)
            continue;
        const std::optional<int> other = houseNumberValue(row.houseNumber.trimmed());
        if (number && other) {
            const int apart = std::abs(*number - *other);
            if (apart <= query.houseNumberSpan)
                near.append({row, double(apart)});
        } else {
            near.append({row, double(query.houseNumberSpan)}); // the street, no number
        }
    }
    std::stable_sort(near.begin(), near.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score < b.score : a.row.createdAt > b.row.createdAt;
    });
    QList<ReportRow> out;
    for (const Scored &s : std::as_const(near))
        out.append(s.row);
    return out;
}

QList<KnownStreet> knownStreets(QSqlDatabase db, const QString &nisCode, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<KnownStreet> out;
    if (!q.prepare(u"SELECT street, postcode FROM citizen WHERE municipality_nis = ?"
                   " AND street <> '' GROUP BY street, postcode ORDER BY street, postcode"
                   " LIMIT 20000"_s)) {
        *error = q.lastError().text();
        return out;
    }
    q.addBindValue(nisCode);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace loket
