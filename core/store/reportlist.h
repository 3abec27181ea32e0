#pragma once

#include "model/report.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// Which reports the report list shows (issue 4, item 5). Every empty filter means "any".
struct ReportFilter
{
    enum class Overdue { Any, Only };
    enum class Sort { Created, Expected, Number, Category, Status };

    // A report counts for a municipality where it is located and where it was received (a
    // forwarded report is in both lists). Empty: every municipality the cache holds.
    QStringList municipalities;
    QList<ReportStatus> statuses;
    QStringList categories;
    Overdue overdue = Overdue::Any;
    QDate from; // created on or after, Belgian calendar day; invalid: no bound
    QDate to;   // created on or before
    // Part of the public number, the street or the description; matched literally.
    QString text;
    Sort sort = Sort::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 5000; // a list is for reading; the rest is a narrower filter away
};

// One line of the report list.
struct ReportRow
{
    QString id;
    QString publicNumber; // empty until the hub numbered a report made here
    QString categoryCode;
    QString categoryName; // in the language asked for
    QString description;
    QString street;
    QString houseNumber;
    QString postcode;
    QString locationNis;
    QString receivedNis;
    ReportStatus status = ReportStatus::Received;
    QString createdAt; // UTC, ISO 8601
    QDate expectedDate;
    bool overdue = false;
    int citizens = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// What a new report would duplicate: the same category near the same place, still open.
struct SimilarReportQuery
{
    QString categoryCode;
    QString street;
    QString houseNumber;
    QString postcode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDateTime now;             // UTC
    int days = 30;             // created within this many days before `now`
    int houseNumberSpan = 10;  // same street: house numbers at most this far apart
    double radiusMeters = 150; // with coordinates on both: at most this far apart
};

// The report list and the duplicate suggestion over a cache connection (the caller's thread;
// the UI calls it from a worker). Values are bound, never pasted into the SQL.
class ReportLister final
{
public:
    explicit ReportLister(QSqlDatabase db);

    // Empty with errorString() set when SQLite failed.
    QList<ReportRow> list(const ReportFilter &filter, QDate today, QStringView language);
    // Nearest first: open reports a new one would duplicate.
    QList<ReportRow> similarOpen(const SimilarReportQuery &query, QStringView language);
    QString errorString() const { return m_error; }

    // Metres between two points on the earth (haversine).
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2);

private:
    QList<ReportRow> select(const QString &where, const QVariantList &values, const QString &tail,
                            QStringView language, QDate today);

    QSqlDatabase m_db;
    QString m_error;
};

// A street of a municipality as the cache knows it from its citizens' addresses, for completing
// a report's address.
struct KnownStreet
{
    QString street;
    QString postcode;
};

// The streets of `nisCode` in the cache, by name; empty when the cache holds none there.
QList<KnownStreet> knownStreets(QSqlDatabase db, const QString &nisCode, QString *error);

} // namespace loket
