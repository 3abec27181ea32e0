#include "cli.h"
#include "commands.h"

#include "demo/demoseed.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <limits>
#include <unistd.h>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

std::atomic<bool> interrupted{false};

void onSignal(int)
{
    interrupted.store(true);
}

// What kind of cache the file at `path` is, read without changing anything: "demo", another
// kind, or empty when it is no Loket cache at all (or has no kind).
QString cacheKind(const QString &path)
{
    sqlite3 *db = nullptr;
    QString kind;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'kind'", -1, &stmt,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            kind = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return kind;
}

qint64 countRows(const QSqlDatabase &db, const QString &countSql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(countSql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

int runSeed(const QStringList &arguments)
{
    const QString command = QStringLiteral("seed");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a demo cache holding a generated region (DESIGN §3): citizens with their "
           "reports, documents and contact moments. The same seed and size always give the "
           "same region. An existing demo cache at FILE is replaced; any other file is left "
           "alone."));
    parser.addOption({QStringLiteral("db"), tr("The cache file to create."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("citizens"), tr("How many citizens (1 to 1000000)."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("The seed of the region (default 1)."), tr("S"),
                      QStringLiteral("1")});
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    const auto citizensText = cli::required(parser, command, QStringLiteral("citizens"));
    if (!citizensText)
        return cli::Usage;
    const auto citizens = cli::number(command, QStringLiteral("citizens"), *citizensText, 1,
                                      loket::demo::RegionGenerator::maxCitizens);
    if (!citizens)
        return cli::Usage;
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return cli::usageError(command, tr("--seed needs a whole number from 0 to %1, not \"%2\".")
                                            .arg(std::numeric_limits<quint64>::max())
                                            .arg(parser.value(QStringLiteral("seed"))));

    const QFileInfo target(*path);
    if (target.exists()) {
        if (!target.isFile() || cacheKind(*path) != QLatin1String("demo")) {
            cli::err(tr("loketctl seed: %1 exists and is not a demo cache; it was left alone. "
                        "Choose another file.")
                         .arg(*path));
            return cli::Failure;
        }
    }

    loket::demo::RegionOptions options;
    options.seed = seed;
    options.citizens = *citizens;

    // Ctrl+C cancels cleanly: the partial file is removed and an existing cache stays as it was.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const bool showProgress = isatty(fileno(stderr));
    int lastPercent = -1;
    const loket::demo::Progress progress = [&](qint64 done, qint64 total) {
        if (showProgress && total > 0) {
            const int percent = int(done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                QTextStream(stderr)
                    << '\r'
                    << tr("Seeding: %1 % (%2 of %3 citizens)").arg(percent).arg(done).arg(total);
                if (done == total)
                    QTextStream(stderr) << '\n';
            }
        }
        return !interrupted.load();
    };

    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool ok = loket::demo::seedCache(*path, options, progress, &error);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!ok) {
        if (showProgress)
            QTextStream(stderr) << '\n';
        cli::err(tr("loketctl seed: %1").arg(error));
        return cli::Failure;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;

    loket::Connection connection(QStringLiteral("loketctl-seed"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl seed: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    const QSqlDatabase db = connection.database();
    cli::out(tr("Created demo cache %1 (seed %2) in %3 s: %4 citizens, %5 reports, %6 documents, "
                "%7 contact moments, %8 bytes.")
                 .arg(*path)
                 .arg(seed)
                 .arg(seconds, 0, 'f', 1)
                 .arg(countRows(db, QStringLiteral("SELECT count(*) FROM citizen")))
                 .arg(countRows(db, QStringLiteral("SELECT count(*) FROM report")))
                 .arg(countRows(db, QStringLiteral("SELECT count(*) FROM document")))
                 .arg(countRows(db, QStringLiteral("SELECT count(*) FROM contact_moment")))
                 .arg(QFileInfo(*path).size()));
    return cli::Success;
}

} // namespace loketctl
