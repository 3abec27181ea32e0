#include "cli.h"
#include "commands.h"

#include "model/nationalnumber.h"
#include "store/citizensearch.h"
#include "store/connection.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;

    static Percentiles of(QList<double> samples)
    {
        Percentiles p;
        if (samples.isEmpty())
            return p;
        std::sort(samples.begin(), samples.end());
        auto at = [&samples](double q) {
            const qsizetype i = qMin(samples.size() - 1, qsizetype(q * double(samples.size())));
            return samples.at(i);
        };
        p.p50 = at(0.50);
        p.p95 = at(0.95);
        p.p99 = at(0.99);
        p.max = samples.last();
        return p;
    }
    QJsonObject json() const
    {
        auto r = [](double v) { return std::round(v * 1000.0) / 1000.0; };
        return {{QStringLiteral("p50"), r(p50)},
                {QStringLiteral("p95"), r(p95)},
                {QStringLiteral("p99"), r(p99)},
                {QStringLiteral("max"), r(max)}};
    }
};

// The same plan through the bare SQLite C API: what the project's search costs on top of
// SQLite itself is the ratio of the two.
class RawRunner
{
public:
    bool open(const QString &path, QString *error)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456", nullptr,
                     nullptr, nullptr);
        return true;
    }
    ~RawRunner()
    {
        m_statements.clear();
        sqlite3_close(m_db);
    }

    int run(const loket::SearchPlan &plan)
    {
        int rows = 0;
        for (const loket::SearchStep &step : plan.steps) {
            if (rows >= plan.limit)
                break;
            auto it = m_statements.find(step.sql);
            if (it == m_statements.end())
                it = m_statements.try_emplace(step.sql, m_db, step.sql.toUtf8().constData()).first;
            sqlite3_stmt *s = it->second.get();
            for (qsizetype i = 0; i < step.values.size(); ++i) {
                const QVariant &v = step.values.at(i);
                if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                    sqlite3_bind_int64(s, int(i + 1), v.toLongLong());
                } else {
                    const QByteArray utf8 = v.toString().toUtf8();
                    sqlite3_bind_text(s, int(i + 1), utf8.constData(), int(utf8.size()),
                                      SQLITE_TRANSIENT);
                }
            }
            while (sqlite3_step(s) == SQLITE_ROW) {
                const int columns = sqlite3_column_count(s);
                for (int c = 0; c < columns; ++c)
                    m_sink += sqlite3_column_bytes(s, c) + (sqlite3_column_text(s, c) ? 1 : 0);
                ++rows;
            }
            sqlite3_reset(s);
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<QString, loket::SqliteStatement> m_statements;
    qint64 m_sink = 0;
};

// A typing trace: every prefix of queries a clerk would type, drawn from the cache itself.
QStringList typingTrace(QSqlDatabase db, int queries, quint64 seed, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT max(local_id) FROM citizen")) || !q.next()) {
        *error = tr("cannot read the cache");
        return {};
    }
    const qint64 maxId = q.value(0).toLongLong();
    q.finish();
    QSqlQuery reports(db);
    reports.setForwardOnly(true);
    reports.exec(QStringLiteral("SELECT count(*) FROM report"));
    const qint64 reportCount = reports.next() ? reports.value(0).toLongLong() : 0;
    reports.finish();
    if (maxId <= 0) {
        *error = tr("the cache holds no citizens");
        return {};
    }
    QRandomGenerator random{quint32(seed)};
    QSqlQuery pick(db);
    pick.setForwardOnly(true);
    pick.prepare(QStringLiteral("SELECT family_name, given_names, national_number, street,"
                                " house_number, city, birth_date FROM citizen WHERE local_id >= ?"
                                " ORDER BY local_id LIMIT 1"));
    QSqlQuery pickReport(db);
    pickReport.setForwardOnly(true);
    pickReport.prepare(QStringLiteral("SELECT public_number FROM report WHERE local_id >= ?"
                                      " ORDER BY local_id LIMIT 1"));
    QStringList full;
    for (int i = 0; i < queries; ++i) {
        const int kind = int(random.bounded(100));
        if (kind >= 90 && reportCount > 0) {
            pickReport.addBindValue(qint64(random.bounded(quint64(reportCount))) + 1);
            if (pickReport.exec() && pickReport.next())
                full << pickReport.value(0).toString();
            pickReport.finish();
            continue;
        }
        pick.addBindValue(qint64(random.bounded(quint64(maxId))) + 1);
        if (!pick.exec() || !pick.next())
            continue;
        const QString family = pick.value(0).toString();
        const QString given = pick.value(1).toString().section(u' ', 0, 0);
        const QString nn = pick.value(2).toString();
        const QString street = pick.value(3).toString();
        const QString number = pick.value(4).toString();
        const QString city = pick.value(5).toString();
        const QString born = pick.value(6).toString();
        pick.finish();
        if (kind < 35)
            full << family.toLower();
        else if (kind < 55)
            full << given + u' ' + family;
        else if (kind < 62)
            full << family + u' ' + born.left(4);
        else if (kind < 70 && !nn.isEmpty())
            full << nn;
        else if (kind < 76 && !nn.isEmpty())
            full << loket::NationalNumber::parse(nn)->formatted();
        else if (kind < 86)
            full << street + u' ' + number;
        else
            full << family + u' ' + city;
    }
    QStringList trace;
    for (const QString &query : std::as_const(full)) {
        for (qsizetype n = 1; n <= query.size(); ++n) {
            if (!query.at(n - 1).isSpace())
                trace << query.left(n);
        }
    }
    return trace;
}

} // namespace

int runBenchSearch(const QStringList &arguments)
{
    const QString command = QStringLiteral("bench search");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replays a typing trace (every prefix of realistic queries: names, national-number "
           "fragments, streets, report numbers) against a cache, through the project's search "
           "and through the raw SQLite C API running the same SQL, and prints the latency per "
           "keystroke query."));
    parser.addOption({QStringLiteral("db"), tr("The cache to measure."), tr("FILE")});
    parser.addOption({QStringLiteral("queries"), tr("How many queries to type (default 400)."),
                      tr("N"), QStringLiteral("400")});
    parser.addOption({QStringLiteral("limit"), tr("Results per query (default 50)."), tr("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the trace (default 1)."), tr("S"),
                      QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("json"), tr("End with one line of JSON holding the figures.")});
    parser.addOption({QStringLiteral("slowest"), tr("Also list the N slowest keystroke queries."),
                      tr("N"), QStringLiteral("0")});
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    const auto queries = cli::number(command, QStringLiteral("queries"),
                                     parser.value(QStringLiteral("queries")), 1, 100000);
    const auto limit = cli::number(command, QStringLiteral("limit"),
                                   parser.value(QStringLiteral("limit")), 1, 1000);
    const auto seed = cli::number(command, QStringLiteral("seed"),
                                  parser.value(QStringLiteral("seed")), 0, 1LL << 40);
    const auto slowest = cli::number(command, QStringLiteral("slowest"),
                                     parser.value(QStringLiteral("slowest")), 0, 1000);
    if (!queries || !limit || !seed || !slowest)
        return cli::Usage;
    if (!QFileInfo::exists(*path)) {
        cli::err(tr("loketctl bench search: the cache %1 does not exist.").arg(*path));
        return cli::Failure;
    }

    // Open and first answer, as the app does at start (cold when the file is not in the page
    // cache: run after `echo 3 > /proc/sys/vm/drop_caches` to measure that).
    QElapsedTimer openTimer;
    openTimer.start();
    loket::Connection connection(QStringLiteral("bench-search"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl bench search: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    loket::CitizenSearch search(connection.database());
    search.find(u"peeters", int(*limit));
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;

    QString error;
    const QStringList trace =
        typingTrace(connection.database(), int(*queries), quint64(*seed), &error);
    if (trace.isEmpty()) {
        cli::err(tr("loketctl bench search: %1").arg(error));
        return cli::Failure;
    }
    RawRunner raw;
    if (!raw.open(*path, &error)) {
        cli::err(tr("loketctl bench search: %1").arg(error));
        return cli::Failure;
    }

    QList<double> project;
    QList<double> bare;
    project.reserve(trace.size());
    bare.reserve(trace.size());
    QElapsedTimer t;
    qint64 projectRows = 0;
    // Both runners read the same file through the same OS page cache: whichever goes first on a
    // keystroke pays for the pages the other then finds warm. Take turns, so neither is favoured.
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const QString &q = trace.at(i);
        const loket::SearchPlan plan = loket::CitizenSearch::plan(q, int(*limit));
        const auto runRaw = [&] {
            t.start();
            raw.run(plan);
            bare << double(t.nsecsElapsed()) / 1e6;
        };
        if (i % 2 == 1)
            runRaw();
        t.start();
        const auto hits = search.find(q, int(*limit));
        project << double(t.nsecsElapsed()) / 1e6;
        projectRows += hits.size();
        if (!search.errorString().isEmpty()) {
            cli::err(tr("loketctl bench search: \"%1\" failed: %2").arg(q, search.errorString()));
            return cli::Failure;
        }
        if (i % 2 == 0)
            runRaw();
    }
    const Percentiles p = Percentiles::of(project);
    const Percentiles r = Percentiles::of(bare);
    auto line = [](const char *name, const Percentiles &x) {
        return QStringLiteral("%1  p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms")
            .arg(QLatin1String(name), -8)
            .arg(x.p50, 0, 'f', 3)
            .arg(x.p95, 0, 'f', 3)
            .arg(x.p99, 0, 'f', 3)
            .arg(x.max, 0, 'f', 3);
    };
    cli::out(tr("%1 keystroke queries from %2 typed queries; %3 results on average")
                 .arg(trace.size())
                 .arg(*queries)
                 .arg(double(projectRows) / double(trace.size()), 0, 'f', 1));
    cli::out(tr("open and first answer: %1 ms").arg(openMs, 0, 'f', 1));
    cli::out(line("project", p));
    cli::out(line("raw", r));
    cli::out(QStringLiteral("ratio     p50 %1  p95 %2  p99 %3")
                 .arg(p.p50 / qMax(r.p50, 1e-9), 0, 'f', 2)
                 .arg(p.p95 / qMax(r.p95, 1e-9), 0, 'f', 2)
                 .arg(p.p99 / qMax(r.p99, 1e-9), 0, 'f', 2));
    if (*slowest > 0) {
        QList<qsizetype> order(trace.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&project](qsizetype a, qsizetype b) { return project.at(a) > project.at(b); });
        for (qsizetype i = 0; i < qMin<qsizetype>(*slowest, order.size()); ++i)
            cli::out(QStringLiteral("slow  %1 ms (raw %2 ms)  %3")
                         .arg(project.at(order.at(i)), 8, 'f', 3)
                         .arg(bare.at(order.at(i)), 0, 'f', 3)
                         .arg(trace.at(order.at(i))));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("queries"), qint64(trace.size())},
            {QStringLiteral("project"), p.json()},
            {QStringLiteral("raw"), r.json()},
            {QStringLiteral("open_first_answer_ms"), std::round(openMs * 10) / 10}};
        cli::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    return cli::Success;
}

} // namespace loketctl
