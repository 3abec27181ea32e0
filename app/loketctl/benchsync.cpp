#include "cli.h"
#include "commands.h"

#include "store/connection.h"
#include "store/repositories.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <functional>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

const QString command = QStringLiteral("bench sync");

// Runs the event loop until `done` holds or the deadline passes.
bool spinUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Measures how long the main thread, where the UI would run, goes without serving its event
// loop: a 5 ms timer that notes the longest gap between two of its ticks.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_since.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_longest = 0;
        m_ticks = 0;
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_ticks = 0;
};

struct Figures
{
    double seconds = 0;
    qint64 records = 0;
    int pages = 0;
    qint64 longestGapMs = 0;
};

} // namespace

int runBenchSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Start a local loket-hub with a demo region, fill a new cache from it (first fill), change "
        "records on the hub through its admin endpoints and synchronise again (delta), while a "
        "timer on the main thread measures its longest stall."));
    parser.addOptions({
        {QStringLiteral("citizens"), tr("Citizens in the hub's demo region (default 100000)."),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("seed"), tr("Seed of the demo region (default 1)."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("changes"),
         tr("Records to change on the hub for the delta (default 1000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("page-size"), tr("Changes per page (default 5000)."), QStringLiteral("N"),
         QStringLiteral("5000")},
        {QStringLiteral("hub-binary"),
         tr("The loket-hub program (default: found next to loketctl)."), QStringLiteral("FILE")},
        {QStringLiteral("hub-db"),
         tr("Use this hub database (kept; seeded on first use) instead of a temporary one."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("End with one line of JSON holding the figures.")},
    });
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto citizens = cli::number(command, QStringLiteral("citizens"),
                                      parser.value(QStringLiteral("citizens")), 1000, 1000000);
    const auto seed = citizens ? cli::number(command, QStringLiteral("seed"),
                                             parser.value(QStringLiteral("seed")), 0,
                                             std::numeric_limits<qint64>::max())
                               : std::nullopt;
    const auto changes = seed ? cli::number(command, QStringLiteral("changes"),
                                            parser.value(QStringLiteral("changes")), 1, 100000)
                              : std::nullopt;
    const auto pageSize = changes ? cli::number(command, QStringLiteral("page-size"),
                                                parser.value(QStringLiteral("page-size")), 1, 5000)
                                  : std::nullopt;
    if (!pageSize)
        return cli::Usage;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        cli::err(tr("loketctl bench sync: cannot create a temporary directory."));
        return cli::Failure;
    }
    const QString cachePath = dir.filePath(QStringLiteral("cache.db"));

    // The hub: seeding it is not part of the figures.
    loket::LocalHub hub;
    loket::LocalHub::Options hubOptions;
    hubOptions.program = parser.value(QStringLiteral("hub-binary"));
    hubOptions.database = parser.isSet(QStringLiteral("hub-db"))
                              ? parser.value(QStringLiteral("hub-db"))
                              : dir.filePath(QStringLiteral("hub.db"));
    hubOptions.demo = true;
    hubOptions.citizens = *citizens;
    hubOptions.seed = quint64(*seed);
    QElapsedTimer clock;
    clock.start();
    cli::out(tr("starting loket-hub with %1 citizens ...").arg(*citizens));
    hub.start(hubOptions);
    if (!hub.waitForStarted(3 * 3600 * 1000)) {
        cli::err(QStringLiteral("loketctl bench sync: ") + hub.errorString());
        return cli::Failure;
    }
    cli::out(tr("hub ready at %1 after %2 s")
                 .arg(hub.url().toString())
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    // The region-wide counter account sees every citizen; any admin may change records.
    std::optional<loket::DemoAccount> reader;
    std::optional<loket::DemoAccount> admin;
    for (const loket::DemoAccount &a : hub.accounts()) {
        if (a.role == QLatin1String("counter") &&
            (!reader || a.scope.size() > reader->scope.size()))
            reader = a;
        if (a.role == QLatin1String("admin") && !admin)
            admin = a;
    }
    if (!reader || !admin) {
        cli::err(tr("loketctl bench sync: the hub announced no counter and admin demo accounts."));
        return cli::Failure;
    }

    loket::StoreOptions options;
    options.path = cachePath;
    options.sync.pageSize = int(*pageSize);
    options.sync.pollIntervalMs = 0;
    options.useNetworkInformation = false;
    loket::Store store(options);
    Heartbeat heartbeat;

    std::optional<loket::SyncOutcome> outcome;
    QString failure;
    QObject::connect(&store, &loket::Store::cycleFinished, [&](const loket::SyncOutcome &o) {
        if (o.pulled)
            outcome = o;
        else
            failure =
                store.lastError().message + QStringLiteral(" [") + store.lastError().detail + u']';
    });
    QObject::connect(&store, &loket::Store::loginFailed,
                     [&](const loket::SyncError &e) { failure = e.detail; });
    bool opened = false;
    QObject::connect(&store, &loket::Store::opened, [&](bool ok, const QString &e) {
        opened = true;
        if (!ok)
            failure = e;
    });
    store.open();
    if (!spinUntil([&] { return opened; }, 60000) || !failure.isEmpty()) {
        cli::err(QStringLiteral("loketctl bench sync: ") + failure);
        return cli::Failure;
    }

    const auto measure = [&](const std::function<void()> &go, Figures *f) {
        outcome.reset();
        failure.clear();
        heartbeat.start();
        QElapsedTimer t;
        t.start();
        go();
        const bool ok =
            spinUntil([&] { return outcome.has_value() || !failure.isEmpty(); }, 3 * 3600 * 1000);
        f->seconds = double(t.nsecsElapsed()) / 1e9;
        f->longestGapMs = heartbeat.stop();
        if (!ok || !outcome) {
            cli::err(QStringLiteral("loketctl bench sync: ") +
                     (failure.isEmpty() ? tr("timed out") : failure));
            return false;
        }
        f->records = outcome->records;
        f->pages = store.progress().pages;
        return true;
    };

    Figures fill;
    cli::out(tr("first fill as %1 (scope %2) ...").arg(reader->user, reader->scope.join(u',')));
    if (!measure([&] { store.login(hub.url(), reader->user, reader->password); }, &fill))
        return cli::Failure;
    cli::out(tr("first fill: %1 changes in %2 pages, %3 s, %4 changes/s; main thread stalled at "
                "most %5 ms")
                 .arg(fill.records)
                 .arg(fill.pages)
                 .arg(fill.seconds, 0, 'f', 2)
                 .arg(qint64(double(fill.records) / fill.seconds))
                 .arg(fill.longestGapMs));

    // Change records on the hub as the population register would.
    QList<QJsonObject> toChange;
    {
        loket::Connection c(QStringLiteral("bench"));
        if (!c.open(cachePath, loket::Connection::Mode::ReadOnly)) {
            cli::err(QStringLiteral("loketctl bench sync: ") + c.errorString());
            return cli::Failure;
        }
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM citizen ORDER BY local_id LIMIT ?"));
        q.addBindValue(*changes);
        q.exec();
        const loket::CacheReader cache(c.database());
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString &id : std::as_const(ids)) {
            if (auto citizen = cache.citizen(id)) {
                citizen->phone =
                    QStringLiteral("+32 16 %1")
                        .arg(qint64(citizen->localId) % 1000000, 6, 10, QLatin1Char('0'));
                citizen->assistanceNotes = QStringLiteral("changed by loketctl bench sync");
                toChange << loket::wire::toJson(*citizen);
            }
        }
    }
    QNetworkAccessManager network;
    QByteArray adminToken;
    {
        QNetworkRequest r(hub.url().resolved(QUrl(QStringLiteral("/api/v1/session"))));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
            r, QJsonDocument(QJsonObject{{QStringLiteral("user"), admin->user},
                                         {QStringLiteral("password"), admin->password}})
                   .toJson(QJsonDocument::Compact));
        spinUntil([&] { return reply->isFinished(); }, 60000);
        adminToken = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QLatin1String("token"))
                         .toString()
                         .toLatin1();
        reply->deleteLater();
        if (adminToken.isEmpty()) {
            cli::err(tr("loketctl bench sync: the admin account could not sign in."));
            return cli::Failure;
        }
    }
    int next = 0;
    int inFlight = 0;
    int failedPuts = 0;
    std::function<void()> sendMore = [&] {
        while (inFlight < 8 && next < toChange.size()) {
            const QJsonObject body = toChange.at(next++);
            QNetworkRequest r(hub.url().resolved(QUrl(QStringLiteral("/api/v1/admin/citizens/") +
                                                      body.value(QLatin1String("id")).toString())));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("Authorization", "Bearer " + adminToken);
            r.setRawHeader("Idempotency-Key",
                           QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
            QNetworkReply *reply =
                network.put(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 200 && status != 201 && ++failedPuts == 1)
                    cli::err(tr("loketctl bench sync: changing a record failed: HTTP %1 %2")
                                 .arg(status)
                                 .arg(QString::fromUtf8(reply->readAll())));
                reply->deleteLater();
                --inFlight;
                sendMore();
            });
        }
    };
    sendMore();
    spinUntil([&] { return inFlight == 0 && next >= toChange.size(); }, 600000);
    if (failedPuts > 0)
        return cli::Failure;
    cli::out(tr("changed %1 citizens on the hub").arg(toChange.size()));

    Figures delta;
    if (!measure([&] { store.syncNow(); }, &delta))
        return cli::Failure;
    cli::out(tr("delta: %1 changes in %2 pages, %3 s; main thread stalled at most %4 ms")
                 .arg(delta.records)
                 .arg(delta.pages)
                 .arg(delta.seconds, 0, 'f', 3)
                 .arg(delta.longestGapMs));
    const qint64 cacheBytes =
        QFileInfo(cachePath).size() + QFileInfo(cachePath + QStringLiteral("-wal")).size();
    cli::out(tr("cache: %1 MB").arg(double(cacheBytes) / 1e6, 0, 'f', 1));

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("citizens"), double(*citizens)},
            {QStringLiteral("first_fill"),
             QJsonObject{{QStringLiteral("seconds"), fill.seconds},
                         {QStringLiteral("changes"), double(fill.records)},
                         {QStringLiteral("pages"), fill.pages},
                         {QStringLiteral("main_thread_max_stall_ms"), double(fill.longestGapMs)}}},
            {QStringLiteral("delta"),
             QJsonObject{{QStringLiteral("seconds"), delta.seconds},
                         {QStringLiteral("changed_on_hub"), double(toChange.size())},
                         {QStringLiteral("changes"), double(delta.records)},
                         {QStringLiteral("main_thread_max_stall_ms"), double(delta.longestGapMs)}}},
            {QStringLiteral("cache_bytes"), double(cacheBytes)},
        };
        cli::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    hub.stop();
    return cli::Success;
}

} // namespace loketctl
