#include "cli.h"
#include "commands.h"

#include "store/connection.h"
#include "store/reportlist.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// One list the report window can ask for, by the name the figures carry.
struct NamedFilter
{
    QString name;
    loket::ReportFilter filter;
};

// The street with the most reports in `nis`, for a literal text filter that matches as many
// rows as a clerk's search for a busy street would; empty when the cache has no report there.
QString busiestStreet(QSqlDatabase db, const QString &nis)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT street FROM report WHERE location_nis = ? AND street <> ''"
                             " GROUP BY street ORDER BY count(*) DESC, street LIMIT 1"));
    q.addBindValue(nis);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A public number of `nis` from the middle of the list: a clerk who types the number a citizen
// reads out.
QString someNumber(QSqlDatabase db, const QString &nis)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT public_number FROM report WHERE received_nis = ?"
                             " ORDER BY public_number LIMIT 1 OFFSET"
                             " (SELECT count(*) / 2 FROM report WHERE received_nis = ?)"));
    q.addBindValue(nis);
    q.addBindValue(nis);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 reportCount(QSqlDatabase db, const QString &nis)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (nis.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM report"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM report WHERE location_nis = ? OR received_nis = ?"));
        q.addBindValue(nis);
        q.addBindValue(nis);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QList<NamedFilter> filters(const QString &nis, QDate today, const QString &street,
                           const QString &number, int limit)
{
    using loket::ReportFilter;
    using loket::ReportStatus;
    QList<NamedFilter> out;
    ReportFilter mine;
    mine.municipalities = {nis};
    mine.limit = limit;
    ReportFilter region;
    region.limit = limit;

    out.append({QStringLiteral("mine"), mine});
    out.append({QStringLiteral("region"), region});
    ReportFilter open = mine;
    open.statuses = {ReportStatus::Received, ReportStatus::Acknowledged, ReportStatus::Scheduled,
                     ReportStatus::InProgress, ReportStatus::Forwarded};
    out.append({QStringLiteral("mine_open_statuses"), open});
    ReportFilter inProgress = region;
    inProgress.statuses = {ReportStatus::InProgress};
    out.append({QStringLiteral("region_in_progress"), inProgress});
    ReportFilter overdue = mine;
    overdue.overdue = ReportFilter::Overdue::Only;
    out.append({QStringLiteral("mine_overdue"), overdue});
    ReportFilter regionOverdue = region;
    regionOverdue.overdue = ReportFilter::Overdue::Only;
    out.append({QStringLiteral("region_overdue"), regionOverdue});
    ReportFilter byStreet = mine;
    byStreet.text = street;
    out.append({QStringLiteral("mine_text_street"), byStreet});
    ReportFilter byNumber = region;
    byNumber.text = number;
    out.append({QStringLiteral("region_text_number"), byNumber});
    ReportFilter lastMonth = mine;
    lastMonth.from = today.addDays(-30);
    lastMonth.to = today;
    out.append({QStringLiteral("mine_last_30_days"), lastMonth});
    ReportFilter lastYear = region;
    lastYear.from = today.addYears(-1);
    lastYear.to = today;
    out.append({QStringLiteral("region_last_year"), lastYear});
    for (const auto &[sortName, sort] :
         {std::pair{QStringLiteral("created"), ReportFilter::Sort::Created},
          std::pair{QStringLiteral("expected"), ReportFilter::Sort::Expected},
          std::pair{QStringLiteral("number"), ReportFilter::Sort::Number},
          std::pair{QStringLiteral("category"), ReportFilter::Sort::Category},
          std::pair{QStringLiteral("status"), ReportFilter::Sort::Status}}) {
        // Descending is the list's default; ascending is the other click on the header.
        ReportFilter m = mine;
        m.sort = sort;
        m.order = Qt::AscendingOrder;
        out.append({QStringLiteral("mine_sorted_by_%1_asc").arg(sortName), m});
        ReportFilter r = region;
        r.sort = sort;
        out.append({QStringLiteral("region_sorted_by_%1_desc").arg(sortName), r});
    }
    return out;
}

double percentile(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    const size_t i = std::min(sorted.size() - 1, size_t(q * double(sorted.size())));
    return sorted.at(i);
}

double rounded(double ms)
{
    return std::round(ms * 100.0) / 100.0;
}

} // namespace

int runBenchReports(const QStringList &arguments)
{
    const QString command = QStringLiteral("bench reports");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the report list (Go → Reports) on a cache: a municipality's list and the "
           "region's, filtered by status, overdue, a literal text and a date range, and sorted "
           "by each column. Per list: the rows, the first run (cold) and the median and 95th "
           "percentile of the repeats."));
    parser.addOption({QStringLiteral("db"), tr("The cache to read."), tr("FILE")});
    parser.addOption({QStringLiteral("municipality"),
                      tr("The municipality of the counter (NIS code, default 24062)."), tr("NIS"),
                      QStringLiteral("24062")});
    parser.addOption({QStringLiteral("today"),
                      tr("Count overdue reports and date ranges to this date instead of today "
                         "(YYYY-MM-DD)."),
                      tr("DATE")});
    parser.addOption({QStringLiteral("limit"),
                      tr("At most this many rows per list, as the window asks (default 5000)."),
                      tr("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("repeat"), tr("Repeats after the first run (default 10)."),
                      tr("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("json"), tr("Print the figures as one JSON object.")});
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    const auto repeat = cli::number(command, QStringLiteral("repeat"),
                                    parser.value(QStringLiteral("repeat")), 1, 1000);
    const auto limit = cli::number(command, QStringLiteral("limit"),
                                   parser.value(QStringLiteral("limit")), 1, 1000000);
    if (!repeat || !limit)
        return cli::Usage;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return cli::usageError(command, tr("--today needs a date as YYYY-MM-DD."));
    }
    const QString nis = parser.value(QStringLiteral("municipality"));

    loket::Connection connection(QStringLiteral("loketctl-bench-reports"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl bench reports: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    const QString street = busiestStreet(connection.database(), nis);
    const QString number = someNumber(connection.database(), nis);
    const qint64 total = reportCount(connection.database(), {});
    const qint64 mineTotal = reportCount(connection.database(), nis);
    if (total <= 0 || mineTotal <= 0 || street.isEmpty() || number.isEmpty()) {
        cli::err(tr("loketctl bench reports: the cache holds no reports of %1.").arg(nis));
        return cli::Failure;
    }

    loket::ReportLister lister(connection.database());
    QJsonObject lists;
    for (const NamedFilter &f : filters(nis, today, street, number, int(*limit))) {
        std::vector<double> ms;
        qsizetype rows = 0;
        for (qint64 run = 0; run <= *repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = lister.list(f.filter, today, u"nl").size();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!lister.errorString().isEmpty()) {
                cli::err(tr("loketctl bench reports: %1: %2").arg(f.name, lister.errorString()));
                return cli::Failure;
            }
        }
        const double first = ms.front();
        const std::vector<double> repeats(ms.begin() + 1, ms.end());
        const double median = percentile(repeats, 0.5);
        const double p95 = percentile(repeats, 0.95);
        lists.insert(f.name, QJsonObject{{QStringLiteral("rows"), rows},
                                         {QStringLiteral("first_ms"), rounded(first)},
                                         {QStringLiteral("median_ms"), rounded(median)},
                                         {QStringLiteral("p95_ms"), rounded(p95)}});
        if (!parser.isSet(QStringLiteral("json")))
            cli::out(tr("%1: %2 rows, first run %3 ms, median %4 ms, p95 %5 ms of %6 repeats")
                         .arg(f.name)
                         .arg(rows)
                         .arg(first, 0, 'f', 1)
                         .arg(median, 0, 'f', 1)
                         .arg(p95, 0, 'f', 1)
                         .arg(*repeat));
    }
    if (parser.isSet(QStringLiteral("json")))
        cli::out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("reports"), total},
                                      {QStringLiteral("municipality"), nis},
                                      {QStringLiteral("municipality_reports"), mineTotal},
                                      {QStringLiteral("today"), today.toString(Qt::ISODate)},
                                      {QStringLiteral("text_street"), street},
                                      {QStringLiteral("text_number"), number},
                                      {QStringLiteral("lists"), lists}})
                .toJson(QJsonDocument::Compact)));
    return cli::Success;
}

} // namespace loketctl
