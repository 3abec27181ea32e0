// loket-hub: the reference regional service (DESIGN §4). Command line, start-up and shutdown.

#include "api.h"
#include "auth.h"
#include "database.h"
#include "demo.h"
#include "open311server.h"
#include "server.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace loket::hub;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket-hub", text);
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "loket-hub: %s\n", qUtf8Printable(message));
    std::exit(2);
}

qint64 positiveNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                      qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        usageError(
            tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
    return value;
}

// Creates the named admin account, or gives it the password from the file, so that a fresh
// hub can be administered (and tested) without the demo.
bool ensureAdmin(Store &store, const QString &user, const QString &passwordFile, QString *error)
{
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(passwordFile, file.errorString());
        return false;
    }
    const QString password = QString::fromUtf8(file.readAll()).trimmed();
    if (password.size() < 8) {
        *error = tr("The admin password must have at least 8 characters.");
        return false;
    }
    const QString hash = auth::hashPassword(password);
    if (hash.isEmpty() || !store.beginWrite()) {
        *error = hash.isEmpty() ? tr("Hashing the password failed.") : store.lastError();
        return false;
    }
    const auto existing = store.accountByUser(user);
    if (!existing && !store.lastError().isEmpty()) {
        *error = store.lastError();
        store.rollback();
        return false;
    }
    if (existing && existing->role != Role::Admin) {
        store.rollback();
        *error = tr("The account %1 exists and is not an admin.").arg(user);
        return false;
    }
    bool ok;
    if (existing) {
        ok = store.setPasswordHash(existing->staffId, hash);
    } else {
        Account a;
        a.staffId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.userName = user;
        a.passwordHash = hash;
        a.role = Role::Admin;
        a.displayName = user;
        a.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        ok = store.insertAccount(a);
    }
    if (!ok || !store.commit()) {
        *error = store.lastError();
        store.rollback();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"loket-hub"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The reference regional service for Loket: accounts, the change feed, dossiers and "
           "contact moments over HTTP (docs/api.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, tr("SQLite file or postgresql://USER:PASSWORD@HOST:PORT/DB URL."), u"URL|FILE"_s,
         u"loket-hub.db"_s},
        {u"listen"_s, tr("Address to listen on (default: loopback only)."), u"ADDR"_s,
         u"127.0.0.1"_s},
        {u"port"_s, tr("TCP port; 0 picks a free one."), u"N"_s, u"8470"_s},
        {u"demo"_s, tr("Seed the demo region (unless the database holds it) and demo accounts.")},
        {u"citizens"_s, tr("Citizens in the demo region."), u"N"_s, u"2000"_s},
        {u"seed"_s, tr("Seed of the demo region."), u"S"_s, u"1"_s},
        // A report's photo may be 5 MB, 6.7 MB once base64-encoded in its JSON body.
        {u"max-body"_s, tr("Largest request body accepted, in bytes."), u"B"_s, u"8388608"_s},
        {u"token-lifetime"_s, tr("Seconds a session token stays valid."), u"S"_s, u"28800"_s},
        {u"threads"_s, tr("Worker threads answering requests (0: the server thread)."), u"N"_s,
         u"4"_s},
        {u"login-failures-account"_s, tr("Failed logins per account within the window."), u"N"_s,
         u"5"_s},
        {u"login-failures-address"_s, tr("Failed logins per client address within the window."),
         u"N"_s, u"20"_s},
        {u"login-window"_s, tr("Window for counting failed logins, in seconds."), u"S"_s, u"300"_s},
        {u"admin"_s, tr("Create this admin account (or reset its password) at start."), u"USER"_s},
        {u"admin-password-file"_s, tr("File holding the password for --admin."), u"FILE"_s},
        {u"access-log"_s, tr("Log every request on stderr.")},
        {u"helpdesk-retention-days"_s,
         tr("Days a helpdesk account keeps a dossier it opened (0: until its next pull)."), u"N"_s,
         u"7"_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(
            tr("unexpected argument %1; see --help.").arg(parser.positionalArguments().first()));

    QString error;
    const auto target = DatabaseTarget::parse(parser.value(u"db"_s), &error);
    if (!target)
        usageError(error);
    QHostAddress listenAddress;
    if (!listenAddress.setAddress(parser.value(u"listen"_s)))
        usageError(tr("--listen needs an IP address, such as 127.0.0.1 or ::1."));
    const auto port = quint16(positiveNumber(parser, u"port"_s, 0, 65535));
    const qint64 citizens = positiveNumber(parser, u"citizens"_s, 0, 1000000);
    bool seedOk = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        usageError(tr("--seed must be a whole number."));
    ServerOptions serverOptions;
    serverOptions.maxBodyBytes = positiveNumber(parser, u"max-body"_s, 1024, qint64(1) << 30);
    serverOptions.threads = int(positiveNumber(parser, u"threads"_s, 0, 256));
    serverOptions.accessLog = parser.isSet(u"access-log"_s);
    ApiOptions apiOptions;
    apiOptions.tokenLifetimeSeconds =
        positiveNumber(parser, u"token-lifetime"_s, 1, 365LL * 24 * 3600);
    apiOptions.loginFailuresPerAccount =
        int(positiveNumber(parser, u"login-failures-account"_s, 1, 1000000));
    apiOptions.loginFailuresPerAddress =
        int(positiveNumber(parser, u"login-failures-address"_s, 1, 1000000));
    apiOptions.loginWindowSeconds = positiveNumber(parser, u"login-window"_s, 1, 24 * 3600);
    apiOptions.helpdeskRetentionDays =
        positiveNumber(parser, u"helpdesk-retention-days"_s, 0, 3650);
    if (parser.isSet(u"admin"_s) != parser.isSet(u"admin-password-file"_s))
        usageError(tr("--admin and --admin-password-file go together."));

    if (!auth::initialize()) {
        std::fprintf(stderr, "loket-hub: libsodium cannot be initialised\n");
        return 1;
    }
    Database database(*target);
    if (!database.initialize(&error)) {
        std::fprintf(stderr, "loket-hub: %s: %s\n", qUtf8Printable(target->describe()),
                     qUtf8Printable(error));
        return 1;
    }
    Store *store = database.threadStore(&error);
    if (!store) {
        std::fprintf(stderr, "loket-hub: %s\n", qUtf8Printable(error));
        return 1;
    }

    QList<DemoAccount> demoAccounts;
    QList<DemoOpen311Key> demoOpen311Keys;
    if (parser.isSet(u"demo"_s)) {
        DemoSeeder seeder(*store, seed, citizens);
        QString skipped;
        qint64 lastReported = -1;
        const bool ok = seeder.seed(
            [&lastReported](qint64 done, qint64 total) {
                if (done == total || done - lastReported >= 10000) {
                    std::fprintf(stderr,
                                 "loket-hub: seeding the demo region: %lld of %lld "
                                 "citizens\n",
                                 qlonglong(done), qlonglong(total));
                    lastReported = done;
                }
            },
            &skipped, &error);
        if (!ok) {
            std::fprintf(stderr, "loket-hub: seeding the demo region failed: %s\n",
                         qUtf8Printable(error));
            return 1;
        }
        if (!skipped.isEmpty())
            std::fprintf(stderr, "loket-hub: not seeding: %s\n", qUtf8Printable(skipped));
        const auto accounts = seeder.ensureAccounts(&error);
        if (!accounts) {
            std::fprintf(stderr, "loket-hub: making the demo accounts failed: %s\n",
                         qUtf8Printable(error));
            return 1;
        }
        demoAccounts = *accounts;
        const quint64 keySeed =
            store->meta(u"demo_seed"_s).value_or(QString::number(seed)).toULongLong();
        const auto keys = Open311Server::ensureDemoKeys(*store, database, keySeed, &error);
        if (!keys) {
            std::fprintf(stderr, "loket-hub: making the demo Open311 keys failed: %s\n",
                         qUtf8Printable(error));
            return 1;
        }
        demoOpen311Keys = *keys;
    }
    if (parser.isSet(u"admin"_s) && !ensureAdmin(*store, parser.value(u"admin"_s),
                                                 parser.value(u"admin-password-file"_s), &error)) {
        std::fprintf(stderr, "loket-hub: %s\n", qUtf8Printable(error));
        return 1;
    }

    Api api(database, apiOptions);
    api.purgeExpired();
    // The server thread does no database work from here on; workers open their own.
    Database::releaseThreadConnection();

    int exitCode = 0;
    {
        Server server(api, serverOptions);
        const quint16 actualPort = server.listenOn(listenAddress, port, &error);
        if (actualPort == 0) {
            std::fprintf(stderr, "loket-hub: cannot listen on %s port %u: %s\n",
                         qUtf8Printable(listenAddress.toString()), unsigned(port),
                         qUtf8Printable(error));
            return 1;
        }
        const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u'[' + listenAddress.toString() + u']'
                                 : listenAddress.toString();
        // Whoever started the hub waits for this line: it comes first, whole, and flushed.
        std::printf("listening on http://%s:%u\n", qUtf8Printable(host), unsigned(actualPort));
        for (const DemoAccount &a : std::as_const(demoAccounts))
            std::printf("demo account: %s %s %s %s\n", qUtf8Printable(a.user),
                        qUtf8Printable(a.password), qUtf8Printable(roleCode(a.role)),
                        qUtf8Printable(a.scope.join(u',')));
        for (const DemoOpen311Key &k : std::as_const(demoOpen311Keys))
            std::printf("demo open311 key: %s %s %s\n", qUtf8Printable(k.jurisdictionId),
                        qUtf8Printable(k.apiKey), qUtf8Printable(k.municipalityNis));
        std::fflush(stdout);

        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
            std::fprintf(stderr, "loket-hub: cannot set up signal handling\n");
            return 1;
        }
        QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
            char byte;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
            std::fprintf(stderr, "loket-hub: stopping\n");
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);

        QTimer purge;
        purge.setInterval(3600 * 1000);
        QObject::connect(&purge, &QTimer::timeout, &app, [&api, &server] {
            server.runInBackground([&api] { api.purgeExpired(); });
        });
        purge.start();

        exitCode = app.exec();
        server.stop();
        // With --threads 0 the server thread opened a connection while serving.
        Database::releaseThreadConnection();
    }
    return exitCode;
}
