// hub-bench: measures loket-hub from the outside, over loopback HTTP/1.1 with keep-alive.
//   incremental: N clients pull the change feed back to back while a writer records contact
//                moments; prints p50/p95/p99/max of the pulls.
//   fill:        one client pulls the whole feed of an account from the start in pages.
// It starts `loket-hub --demo` on --db itself (seeding it on first use), or uses a running hub
// given with --url, --user and --password-file.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hub-bench", text);
}

[[noreturn]] void fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "hub-bench: %s\n", qUtf8Printable(message));
    std::exit(code);
}

// One keep-alive HTTP/1.1 connection that sends a request when the previous answer is in.
class Connection final : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit Connection(const QUrl &base)
        : m_base(base)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_done)
                finish(0, {});
        });
    }

    void send(const QByteArray &method, const QByteArray &target, const QByteArray &token,
              const QByteArray &body, const QByteArray &extraHeaders, Done done)
    {
        m_done = std::move(done);
        m_in.clear();
        m_headEnd = -1;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(m_base.host(), quint16(m_base.port()));
            if (!m_socket.waitForConnected(10000))
                fail(tr("cannot connect to %1").arg(m_base.toString()));
        }
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: bench\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        request += extraHeaders + "\r\n" + body;
        m_socket.write(request);
    }

private:
    void read()
    {
        m_in += m_socket.readAll();
        if (m_headEnd < 0) {
            m_headEnd = m_in.indexOf("\r\n\r\n");
            if (m_headEnd < 0)
                return;
            const QByteArray head = m_in.left(m_headEnd).toLower();
            m_status = head.mid(9, 3).toInt();
            const qsizetype cl = head.indexOf("content-length:");
            m_length = 0;
            if (cl >= 0) {
                const qsizetype eol = head.indexOf("\r\n", cl);
                m_length = head.mid(cl + 15, eol < 0 ? -1 : eol - cl - 15).trimmed().toLongLong();
            }
        }
        if (m_in.size() >= m_headEnd + 4 + m_length)
            finish(m_status, m_in.mid(m_headEnd + 4, m_length));
    }

    void finish(int status, const QByteArray &body)
    {
        Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(status, body);
    }

    QUrl m_base;
    QTcpSocket m_socket;
    QByteArray m_in;
    qsizetype m_headEnd = -1;
    int m_status = 0;
    qint64 m_length = 0;
    Done m_done;
};

// The cursor and "more" sit at the end of a page; reading them there keeps the bench's own
// work small, so that the figures are the hub's.
bool pageTail(const QByteArray &body, QByteArray *cursor, bool *more, int *changes)
{
    const qsizetype at = body.lastIndexOf("],\"cursor\":\"");
    if (at < 0)
        return false;
    const qsizetype start = at + 12;
    const qsizetype end = body.indexOf('"', start);
    if (end < 0)
        return false;
    *cursor = body.mid(start, end - start);
    *more = body.mid(end).contains("\"more\":true");
    *changes = int(body.count(",\"op\":\""));
    return true;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t index = size_t(std::min<double>(double(sorted.size() - 1),
                                                 std::ceil(p / 100.0 * double(sorted.size())) - 1));
    return sorted[std::max<size_t>(0, index)];
}

QByteArray blockingCall(const QUrl &base, const QByteArray &method, const QByteArray &target,
                        const QByteArray &token, const QByteArray &body, int *status)
{
    Connection c(base);
    QByteArray out;
    bool finished = false;
    c.send(method, target, token, body, {}, [&](int s, const QByteArray &b) {
        *status = s;
        out = b;
        finished = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!finished && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!finished)
        fail(
            tr("no answer to %1 %2").arg(QString::fromLatin1(method), QString::fromLatin1(target)));
    return out;
}

QByteArray login(const QUrl &base, const QString &user, const QString &password)
{
    int status = 0;
    const QByteArray body =
        blockingCall(base, "POST", "/api/v1/session", {},
                     QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}})
                         .toJson(QJsonDocument::Compact),
                     &status);
    if (status != 200)
        fail(tr("login as %1 failed (%2): %3").arg(user).arg(status).arg(QString::fromUtf8(body)));
    return QJsonDocument::fromJson(body).object().value(u"token"_s).toString().toLatin1();
}

struct Account
{
    QString user;
    QString password;
    QByteArray token;
    QStringList citizens; // ids seen in the first pull, for the writer
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hub-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Measures loket-hub over loopback HTTP."));
    parser.addHelpOption();
    parser.addOptions({
        {u"mode"_s, tr("incremental or fill."), u"MODE"_s, u"incremental"_s},
        {u"hub"_s, tr("The loket-hub binary to start."), u"PATH"_s},
        {u"db"_s, tr("Database for the started hub (seeded with --demo on first use)."),
         u"FILE|URL"_s},
        {u"citizens"_s, tr("Demo region size for the started hub."), u"N"_s, u"100000"_s},
        {u"threads"_s, tr("--threads for the started hub."), u"N"_s, u"4"_s},
        {u"url"_s, tr("A running hub instead."), u"URL"_s},
        {u"user"_s, tr("Account on a running hub (fill: default counter-region)."), u"USER"_s},
        {u"password-file"_s, tr("Its password."), u"FILE"_s},
        {u"clients"_s, tr("Concurrent clients pulling (incremental)."), u"N"_s, u"100"_s},
        {u"seconds"_s, tr("Length of the incremental run."), u"S"_s, u"20"_s},
        {u"limit"_s, tr("Page size."), u"N"_s, u"500"_s},
        {u"writes"_s, tr("Contact moments recorded per second during the run."), u"N"_s, u"20"_s},
        {u"interval-ms"_s, tr("Pause of a client after a page without more."), u"MS"_s, u"0"_s},
        {u"since"_s, tr("Start every client at this cursor instead of at its account's head."),
         u"CURSOR"_s},
    });
    parser.process(app);
    const QString mode = parser.value(u"mode"_s);
    if (mode != u"incremental"_s && mode != u"fill"_s)
        fail(tr("--mode is incremental or fill"), 2);

    // The hub: started here, or given.
    std::unique_ptr<QProcess> hub;
    QUrl base;
    QList<Account> accounts;
    if (parser.isSet(u"url"_s)) {
        base = QUrl(parser.value(u"url"_s));
        if (!parser.isSet(u"user"_s) || !parser.isSet(u"password-file"_s))
            fail(tr("--url needs --user and --password-file"), 2);
        QFile f(parser.value(u"password-file"_s));
        if (!f.open(QIODevice::ReadOnly))
            fail(tr("cannot read %1").arg(f.fileName()));
        accounts << Account{
            parser.value(u"user"_s), QString::fromUtf8(f.readAll()).trimmed(), {}, {}};
    } else {
        if (!parser.isSet(u"hub"_s) || !parser.isSet(u"db"_s))
            fail(tr("give --hub and --db (or --url)"), 2);
        hub = std::make_unique<QProcess>();
        hub->setProgram(parser.value(u"hub"_s));
        hub->setArguments({u"--db"_s, parser.value(u"db"_s), u"--port"_s, u"0"_s, u"--demo"_s,
                           u"--citizens"_s, parser.value(u"citizens"_s), u"--threads"_s,
                           parser.value(u"threads"_s)});
        hub->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        hub->start();
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("\ndemo account: counter-region")) {
            if (hub->state() == QProcess::NotRunning || clock.elapsed() > 3600 * 1000)
                fail(tr("the hub did not start"));
            hub->waitForReadyRead(500);
            out += hub->readAllStandardOutput();
        }
        hub->waitForReadyRead(200);
        out += hub->readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        base = QUrl(QString::fromUtf8(lines.first().mid(13)));
        const QString wanted = parser.value(u"user"_s);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 6 || f.at(4) != "counter")
                continue;
            const QString user = QString::fromUtf8(f.at(2));
            const bool region = user == u"counter-region"_s;
            if (mode == u"fill"_s ? user == (wanted.isEmpty() ? u"counter-region"_s : wanted)
                                  : !region)
                accounts << Account{user, QString::fromUtf8(f.at(3)), {}, {}};
        }
    }
    if (accounts.isEmpty())
        fail(tr("no account to use"));
    for (Account &a : accounts)
        a.token = login(base, a.user, a.password);
    const QByteArray limit = parser.value(u"limit"_s).toLatin1();

    if (mode == u"fill"_s) {
        Connection c(base);
        QByteArray cursor;
        qint64 rows = 0;
        qint64 bytes = 0;
        int pages = 0;
        std::vector<double> pageMs;
        QElapsedTimer total;
        total.start();
        bool more = true;
        while (more) {
            QByteArray target = "/api/v1/changes?limit=" + limit;
            if (!cursor.isEmpty())
                target += "&since=" + cursor;
            bool finished = false;
            QElapsedTimer page;
            page.start();
            c.send("GET", target, accounts.first().token, {}, {},
                   [&](int status, const QByteArray &body) {
                       if (status != 200)
                           fail(tr("page failed (%1): %2")
                                    .arg(status)
                                    .arg(QString::fromUtf8(body.left(300))));
                       int n = 0;
                       if (!pageTail(body, &cursor, &more, &n))
                           fail(tr("not a feed page"));
                       rows += n;
                       bytes += body.size();
                       finished = true;
                   });
            while (!finished)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            pageMs.push_back(double(page.nsecsElapsed()) / 1e6);
            ++pages;
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        std::sort(pageMs.begin(), pageMs.end());
        std::printf("fill as %s: %lld changes in %d pages of up to %s, %.1f MB, %.2f s "
                    "(%.0f changes/s); page p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                    qUtf8Printable(accounts.first().user), qlonglong(rows), pages,
                    limit.constData(), double(bytes) / 1e6, seconds, double(rows) / seconds,
                    percentile(pageMs, 50), percentile(pageMs, 99), pageMs.back());
    } else {
        const int clients = parser.value(u"clients"_s).toInt();
        const int seconds = parser.value(u"seconds"_s).toInt();
        const int writesPerSecond = parser.value(u"writes"_s).toInt();
        const int intervalMs = parser.value(u"interval-ms"_s).toInt();
        // Every client starts at the head of its account's feed (or at --since); the writer
        // takes citizens from the start of each account's feed.
        QHash<QString, QByteArray> head;
        for (Account &a : accounts) {
            QByteArray cursor;
            bool more = true;
            while (more) {
                int status = 0;
                QByteArray target = "/api/v1/changes?limit=5000";
                if (!cursor.isEmpty())
                    target += "&since=" + cursor;
                const QByteArray body = blockingCall(base, "GET", target, a.token, {}, &status);
                int n = 0;
                if (status != 200 || !pageTail(body, &cursor, &more, &n))
                    fail(tr("first pull failed (%1)").arg(status));
                if (a.citizens.size() < 500) {
                    const QJsonArray changes =
                        QJsonDocument::fromJson(body).object().value(u"changes"_s).toArray();
                    for (const QJsonValue &v : changes) {
                        const QJsonObject o = v.toObject();
                        if (o.value(u"type"_s).toString() == u"citizen"_s)
                            a.citizens << o.value(u"id"_s).toString();
                    }
                }
                if (parser.isSet(u"since"_s) && a.citizens.size() >= 500)
                    break;
            }
            head.insert(a.user,
                        parser.isSet(u"since"_s) ? parser.value(u"since"_s).toLatin1() : cursor);
        }

        std::vector<double> latencies;
        latencies.reserve(1 << 20);
        std::vector<double> writeLatencies;
        qint64 received = 0;
        bool running = true;
        std::vector<std::unique_ptr<Connection>> connections;
        std::vector<QByteArray> cursors(static_cast<size_t>(clients));
        std::function<void(int)> pull = [&](int i) {
            if (!running)
                return;
            const Account &a = accounts.at(i % accounts.size());
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            connections[size_t(i)]->send(
                "GET", "/api/v1/changes?limit=" + limit + "&since=" + cursors[size_t(i)], a.token,
                {}, {}, [&, i, clock](int status, const QByteArray &body) {
                    if (status != 200)
                        fail(tr("pull failed (%1): %2")
                                 .arg(status)
                                 .arg(QString::fromUtf8(body.left(200))));
                    latencies.push_back(double(clock->nsecsElapsed()) / 1e6);
                    bool more = false;
                    int n = 0;
                    if (!pageTail(body, &cursors[size_t(i)], &more, &n))
                        fail(tr("not a feed page"));
                    received += n;
                    if (more || intervalMs == 0)
                        QTimer::singleShot(0, [&, i] { pull(i); });
                    else
                        QTimer::singleShot(intervalMs, [&, i] { pull(i); });
                });
        };
        for (int i = 0; i < clients; ++i) {
            connections.push_back(std::make_unique<Connection>(base));
            cursors[size_t(i)] = head.value(accounts.at(i % accounts.size()).user);
        }
        // The writer: contact moments for random citizens, spread over the accounts.
        Connection writer(base);
        bool writing = false;
        QTimer writes;
        if (writesPerSecond > 0) {
            writes.setInterval(1000 / writesPerSecond);
            QObject::connect(&writes, &QTimer::timeout, [&] {
                if (writing || !running)
                    return;
                const Account &a =
                    accounts.at(QRandomGenerator::global()->bounded(accounts.size()));
                if (a.citizens.isEmpty())
                    return;
                const QString citizen =
                    a.citizens.at(QRandomGenerator::global()->bounded(a.citizens.size()));
                const QJsonObject contact{
                    {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {u"citizen_id"_s, citizen},
                    {u"channel"_s, u"counter"_s},
                    {u"topic"_s, u"bench"_s},
                    {u"summary"_s, u"hub-bench"_s},
                    {u"occurred_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
                writing = true;
                auto clock = std::make_shared<QElapsedTimer>();
                clock->start();
                writer.send("POST", "/api/v1/contact-moments", a.token,
                            QJsonDocument(contact).toJson(QJsonDocument::Compact),
                            "Idempotency-Key: " +
                                QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() +
                                "\r\n",
                            [&, clock](int status, const QByteArray &body) {
                                if (status != 201)
                                    fail(tr("write failed (%1): %2")
                                             .arg(status)
                                             .arg(QString::fromUtf8(body)));
                                writeLatencies.push_back(double(clock->nsecsElapsed()) / 1e6);
                                writing = false;
                            });
            });
            writes.start();
        }
        for (int i = 0; i < clients; ++i)
            pull(i);
        QElapsedTimer wall;
        wall.start();
        QTimer::singleShot(seconds * 1000, [&] { running = false; });
        while (running)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        writes.stop();
        // Let the requests in flight come back (they are not counted twice).
        QElapsedTimer grace;
        grace.start();
        while (grace.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const double elapsed = double(wall.nsecsElapsed()) / 1e9;
        std::sort(latencies.begin(), latencies.end());
        std::sort(writeLatencies.begin(), writeLatencies.end());
        std::printf("incremental: %d clients, %zu pulls in %.1f s (%.0f/s), %lld changes "
                    "delivered; pull latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                    "%zu writes, p50 %.1f ms, p99 %.1f ms\n",
                    clients, latencies.size(), elapsed, double(latencies.size()) / elapsed,
                    qlonglong(received), percentile(latencies, 50), percentile(latencies, 95),
                    percentile(latencies, 99), latencies.empty() ? 0.0 : latencies.back(),
                    writeLatencies.size(), percentile(writeLatencies, 50),
                    percentile(writeLatencies, 99));
    }
    if (hub) {
        hub->terminate();
        hub->waitForFinished(30000);
    }
    return 0;
}
