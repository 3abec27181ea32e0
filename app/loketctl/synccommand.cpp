#include "cli.h"
#include "commands.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

const QString command = QStringLiteral("sync");

// The first line of the file, without its line end; the password never appears on the command
// line, where other users of the machine could read it.
std::optional<QString> readPassword(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the password file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = tr("the password file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

QString describe(const loket::SyncError &e)
{
    return e.detail.isEmpty() ? e.message : QStringLiteral("%1 [%2]").arg(e.message, e.detail);
}

} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fill or update a cache from a regional hub and send the changes waiting in it."));
    parser.addOptions({
        {QStringLiteral("hub"), tr("Address of the hub, e.g. http://127.0.0.1:8470."),
         QStringLiteral("URL")},
        {QStringLiteral("user"), tr("Account at the hub."), QStringLiteral("USER")},
        {QStringLiteral("password-file"), tr("File whose first line is the password."),
         QStringLiteral("FILE")},
        {QStringLiteral("db"), tr("The cache (created when missing)."), QStringLiteral("FILE")},
        {QStringLiteral("page-size"), tr("Changes per page (1-5000, default 5000)."),
         QStringLiteral("N"), QStringLiteral("5000")},
        {QStringLiteral("timeout"),
         tr("Seconds without progress before a request fails (default 30)."), QStringLiteral("S"),
         QStringLiteral("30")},
        {QStringLiteral("attempts"), tr("Failed rounds before giving up (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("quiet"), tr("Print only the summary and errors.")},
    });
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto hubText = cli::required(parser, command, QStringLiteral("hub"));
    const auto user =
        hubText ? cli::required(parser, command, QStringLiteral("user")) : std::nullopt;
    const auto passwordFile =
        user ? cli::required(parser, command, QStringLiteral("password-file")) : std::nullopt;
    const auto db =
        passwordFile ? cli::required(parser, command, QStringLiteral("db")) : std::nullopt;
    if (!db)
        return cli::Usage;
    const QUrl hub(*hubText, QUrl::StrictMode);
    if (!hub.isValid() ||
        (hub.scheme() != QLatin1String("http") && hub.scheme() != QLatin1String("https")) ||
        hub.host().isEmpty())
        return cli::usageError(
            command, tr("--hub needs an http:// or https:// address, not \"%1\".").arg(*hubText));
    const auto pageSize = cli::number(command, QStringLiteral("page-size"),
                                      parser.value(QStringLiteral("page-size")), 1, 5000);
    const auto timeout = pageSize ? cli::number(command, QStringLiteral("timeout"),
                                                parser.value(QStringLiteral("timeout")), 1, 3600)
                                  : std::nullopt;
    const auto attempts = timeout ? cli::number(command, QStringLiteral("attempts"),
                                                parser.value(QStringLiteral("attempts")), 1, 1000)
                                  : std::nullopt;
    if (!attempts)
        return cli::Usage;
    QString error;
    const auto password = readPassword(*passwordFile, &error);
    if (!password) {
        cli::err(QStringLiteral("loketctl sync: ") + error);
        return cli::Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    loket::StoreOptions options;
    options.path = *db;
    options.sync.pageSize = int(*pageSize);
    options.sync.timeoutMs = int(*timeout * 1000);
    options.sync.pollIntervalMs = 0; // one round, then done
    options.sync.backoff = {500, 30000, 5 * 60 * 1000};
    options.useNetworkInformation = false;
    loket::Store store(options);

    int exitCode = cli::Failure;
    int failedRounds = 0;
    QElapsedTimer clock;
    QElapsedTimer lastLine;
    const auto finish = [&](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };

    QObject::connect(&store, &loket::Store::opened, [&](bool ok, const QString &message) {
        if (!ok) {
            cli::err(QStringLiteral("loketctl sync: ") + message);
            finish(cli::Failure);
            return;
        }
        if (!quiet)
            cli::out(tr("signing in at %1 as %2 ...").arg(hub.toDisplayString(), *user));
        store.login(hub, *user, *password);
    });
    QObject::connect(&store, &loket::Store::loginFailed, [&](const loket::SyncError &e) {
        cli::err(QStringLiteral("loketctl sync: ") + describe(e));
        finish(cli::Failure);
    });
    QObject::connect(&store, &loket::Store::loggedIn, [&](const loket::HubSession &s) {
        clock.start();
        lastLine.start();
        if (!quiet)
            cli::out(tr("signed in: role %1, scope %2").arg(s.role, s.scope.join(u',')));
    });
    QObject::connect(&store, &loket::Store::loginRequired, [&] {
        cli::err(tr("loketctl sync: the hub ended the session; sign in again."));
        finish(cli::Failure);
    });
    QObject::connect(&store, &loket::Store::progressChanged, [&](const loket::SyncProgress &p) {
        if (quiet || lastLine.elapsed() < 1000)
            return;
        lastLine.restart();
        cli::out(p.total >= 0 ? tr("received %1 of %2 changes (%3 pages)")
                                    .arg(p.records)
                                    .arg(p.total)
                                    .arg(p.pages)
                              : tr("received %1 changes (%2 pages)").arg(p.records).arg(p.pages));
    });
    QObject::connect(&store, &loket::Store::errorOccurred, [&](const loket::SyncError &e) {
        cli::err(QStringLiteral("loketctl sync: ") + describe(e));
    });
    QObject::connect(&store, &loket::Store::cycleFinished, [&](const loket::SyncOutcome &o) {
        const double seconds = double(clock.elapsed()) / 1000.0;
        if (o.pulled) {
            const loket::SyncProgress p = store.progress();
            cli::out(
                tr("synchronised in %1 s: %2 changes received in %3 pages; %4 sent, %5 refused, "
                   "%6 in conflict, %7 waiting")
                    .arg(seconds, 0, 'f', 2)
                    .arg(o.records)
                    .arg(p.pages)
                    .arg(o.pushed)
                    .arg(o.failed)
                    .arg(o.conflicts)
                    .arg(o.pendingLeft));
            finish(cli::Success);
            return;
        }
        if (++failedRounds >= *attempts) {
            cli::err(QCoreApplication::translate(
                "loketctl", "loketctl sync: giving up after %n failed round(s).", nullptr,
                failedRounds));
            finish(cli::Failure);
            return;
        }
        if (!quiet)
            cli::out(tr("round %1 of %2 failed; trying again in %3 s")
                         .arg(failedRounds)
                         .arg(*attempts)
                         .arg(double(store.lastError().retryInMs.value_or(0)) / 1000.0, 0, 'f', 1));
    });

    store.open();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace loketctl
