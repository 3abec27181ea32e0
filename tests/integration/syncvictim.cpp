// The victim of the SIGKILL test: a real Store that signs in, fills or updates its cache, logs
// contact moments until the cache holds `--contacts` of them with the tag, and pushes them. It
// prints what it reaches ("filled", "logged N", "pending N") so the test can aim its kills, and
// exits 0 once everything is on the hub.

#include "store/connection.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"db"_s, u"cache"_s, u"FILE"_s},
                       {u"hub"_s, u"hub"_s, u"URL"_s},
                       {u"user"_s, u"user"_s, u"USER"_s},
                       {u"password-file"_s, u"password"_s, u"FILE"_s},
                       {u"contacts"_s, u"contact moments to hold"_s, u"N"_s, u"20"_s},
                       {u"tag"_s, u"summary prefix"_s, u"TAG"_s},
                       {u"page-size"_s, u"page size"_s, u"N"_s, u"25"_s}});
    parser.process(app);
    QFile passwordFile(parser.value(u"password-file"_s));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    const QString password = QString::fromUtf8(passwordFile.readLine()).trimmed();
    const QString path = parser.value(u"db"_s);
    const QString tag = parser.value(u"tag"_s);
    const int wanted = parser.value(u"contacts"_s).toInt();

    StoreOptions o;
    o.path = path;
    o.sync.pageSize = parser.value(u"page-size"_s).toInt();
    o.sync.timeoutMs = 10000;
    o.sync.backoff = {50, 500, 60000};
    o.sync.pollIntervalMs = 0;
    o.useNetworkInformation = false;
    Store store(o);

    bool logged = false;
    QSet<QString> toCommit; // logged, not yet committed (acknowledgements also report changes)
    QObject::connect(&store, &Store::opened, [&](bool ok, const QString &error) {
        if (!ok) {
            say(u"error "_s + error);
            QCoreApplication::exit(1);
            return;
        }
        store.login(QUrl(parser.value(u"hub"_s)), parser.value(u"user"_s), password);
    });
    QObject::connect(&store, &Store::loginFailed, [](const SyncError &e) {
        say(u"error "_s + e.detail);
        QCoreApplication::exit(1);
    });
    QObject::connect(&store, &Store::recordsChanged, [&](RecordType type, const QStringList &ids) {
        if (type != RecordType::ContactMoment || ids.size() != 1 || !toCommit.remove(ids.first()))
            return;
        say(u"logged "_s + ids.first());
        if (toCommit.isEmpty()) {
            say(u"logged all"_s);
            store.syncNow();
        }
    });
    QObject::connect(&store, &Store::pendingCountChanged,
                     [](int n) { say(u"pending %1"_s.arg(n)); });
    QObject::connect(&store, &Store::cycleFinished, [&](const SyncOutcome &outcome) {
        if (!outcome.pulled)
            return; // the engine retries by itself
        if (!logged) {
            say(u"filled"_s);
            logged = true;
            // Which of the tagged contact moments does the cache hold already?
            Connection reader(u"victim"_s);
            if (!reader.open(path, Connection::Mode::ReadOnly)) {
                say(u"error "_s + reader.errorString());
                QCoreApplication::exit(1);
                return;
            }
            QSet<QString> have;
            QStringList citizens;
            {
                QSqlQuery q(reader.database());
                q.prepare(
                    u"SELECT summary FROM contact_moment WHERE substr(summary, 1, length(?)) = ?"_s);
                q.addBindValue(tag + u" #"_s);
                q.addBindValue(tag + u" #"_s);
                q.exec();
                while (q.next())
                    have.insert(q.value(0).toString());
                q.exec(u"SELECT id FROM citizen ORDER BY local_id LIMIT 50"_s);
                while (q.next())
                    citizens << q.value(0).toString();
            }
            reader.close();
            for (int i = 0; i < wanted; ++i) {
                const QString summary = u"%1 #%2"_s.arg(tag).arg(i);
                if (have.contains(summary))
                    continue;
                ContactMoment m;
                m.citizenId = citizens.at(i % citizens.size());
                m.channel = ContactChannel::Counter;
                m.topic = u"other"_s;
                m.summary = summary;
                toCommit.insert(store.logContactMoment(m));
            }
            say(u"logging %1"_s.arg(toCommit.size()));
            if (toCommit.isEmpty())
                store.syncNow();
            return;
        }
        if (toCommit.isEmpty() && outcome.pendingLeft == 0) {
            say(u"done"_s);
            QCoreApplication::exit(outcome.failed + outcome.conflicts == 0 ? 0 : 3);
        }
    });
    store.open();
    return QCoreApplication::exec();
}
