// The client killed with SIGKILL at random points during sync and push (issue 3): after each
// kill the cache passes PRAGMA integrity_check, holds exactly what the feed held up to its
// cursor, and every contact moment it logged is either still in the outbox or on the hub; at the
// end every one of them is on the hub exactly once.

#include "synctestkit.h"

#include "store/connection.h"
#include "sync/localhub.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
constexpr int caches = 5;
constexpr int killsPerCache = 11; // 55 kills in all
constexpr int maxRoundsPerCache = 30;
constexpr int contactsPerRound = 4; // each round has new contact moments to log and push
const QString victimTagPrefix = u"kill "_s;

// The schema version as the file says, without the cache's own checks (-1: unreadable).
int userVersionOf(const QString &path)
{
    const QString name = u"kill-user-version"_s;
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void survivesKills();

private:
    QString checkAfterKill(const QString &path, const QString &tag);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_account;
    QByteArray m_token;
    QString m_passwordFile;
    QHash<QString, QJsonObject> m_staticFeed; // every record but the victims' contact moments
};

void TestSyncKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 1000;
    o.seed = 23;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString()));
    const auto account = m_hub.account(u"counter"_s, {u"24062"_s});
    QVERIFY(account);
    m_account = *account;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_token = m_api->login(m_account.user, m_account.password);
    QVERIFY(!m_token.isEmpty());
    QString error;
    const auto feed = m_api->readFeed(m_token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    m_staticFeed = kit::normaliseAll(feed->records);
    m_passwordFile = m_dir.filePath(u"password"_s);
    QFile f(m_passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_account.password.toUtf8() + '\n');
}

void TestSyncKill::cleanupTestCase()
{
    m_hub.stop();
}

QString TestSyncKill::checkAfterKill(const QString &path, const QString &tag)
{
    if (!QFile::exists(path))
        return {}; // killed before the cache was created
    // Killed while the new cache's schema was being created: all migrations are one
    // transaction, so nothing of it was committed and the next start creates it again.
    if (userVersionOf(path) == 0)
        return {};
    const QString integrity = kit::scalar(path, u"PRAGMA integrity_check"_s);
    if (integrity != u"ok"_s)
        return u"integrity_check: "_s + integrity;

    // The cursor matches the data: everything the feed held up to it, nothing else. Apart from
    // the victims' own contact moments the hub does not change during the test, so the whole
    // feed is read once; what follows the cursor is read each time.
    QString error;
    const QString cursor = kit::scalar(path, u"SELECT cursor FROM sync_state"_s);
    const auto rest = m_api->readFeed(m_token, cursor, &error);
    if (!rest)
        return error;
    const auto mine = [](const QJsonObject &o) {
        return o.value(u"summary"_s).toString().startsWith(victimTagPrefix);
    };
    QHash<QString, QJsonObject> expected;
    for (auto it = m_staticFeed.cbegin(); it != m_staticFeed.cend(); ++it) {
        if (!rest->records.contains(it.key()))
            expected.insert(it.key(), it.value());
    }
    QHash<QString, QJsonObject> actual;
    const auto cached = kit::cacheRecords(path, &error);
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (!rest->records.contains(it.key()) && !mine(it.value()))
            actual.insert(it.key(), it.value());
    }
    if (const QString diff = kit::difference(expected, actual); !diff.isEmpty())
        return u"cursor %1 does not match the data: "_s.arg(cursor) + diff;

    // Nothing logged is lost: a local contact moment not yet acknowledged has its outbox entry.
    Connection c(u"kill-check"_s);
    if (!c.open(path, Connection::Mode::ReadOnly))
        return c.errorString();
    QSqlQuery q(c.database());
    q.prepare(u"SELECT count(*) FROM contact_moment m WHERE substr(m.summary, 1, length(?)) = ?"
              " AND m.version = 0 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE"
              " o.entity_type = 'contact_moment' AND o.entity_id = m.id)"_s);
    q.addBindValue(tag);
    q.addBindValue(tag);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 0)
        return u"a logged contact moment has lost its outbox entry"_s;
    q.prepare(u"SELECT count(*) - count(DISTINCT summary) FROM contact_moment"
              " WHERE substr(summary, 1, length(?)) = ?"_s);
    q.addBindValue(tag);
    q.addBindValue(tag);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 0)
        return u"a contact moment was logged twice"_s;
    q.exec(u"SELECT count(*) FROM outbox WHERE entity_id NOT IN (SELECT id FROM contact_moment)"_s);
    if (!q.next() || q.value(0).toInt() != 0)
        return u"an outbox entry has no record"_s;
    return {};
}

void TestSyncKill::survivesKills()
{
    const quint32 seed = qEnvironmentVariableIsSet("LOKET_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("LOKET_KILL_SEED"))
                             : QRandomGenerator::system()->generate();
    qInfo("kill seed %u (set LOKET_KILL_SEED to repeat)", seed);
    QRandomGenerator random(seed);

    int kills = 0;
    int killedWhileFilling = 0;
    int killedWhilePushing = 0;
    for (int cache = 0; cache < caches; ++cache) {
        const QString path = m_dir.filePath(u"victim-%1.db"_s.arg(cache));
        const QString tag = u"kill %1/%2"_s.arg(seed).arg(cache);
        int target = 0;
        const auto arguments = [&] {
            return QStringList{u"--db"_s,
                               path,
                               u"--hub"_s,
                               m_hub.url().toString(),
                               u"--user"_s,
                               m_account.user,
                               u"--password-file"_s,
                               m_passwordFile,
                               u"--contacts"_s,
                               QString::number(target),
                               u"--tag"_s,
                               tag};
        };
        int cacheKills = 0;
        for (int round = 0; round < maxRoundsPerCache && cacheKills < killsPerCache; ++round) {
            target += contactsPerRound;
            QProcess victim;
            victim.start(QStringLiteral(LOKET_VICTIM_BINARY), arguments());
            QVERIFY(victim.waitForStarted(10000));
            // Aim a third of the kills at a random moment from the start (signing in, filling),
            // a third at a random number of outbox changes (logging, pushing), and a third just
            // after the fill (the first commands and the first pushes).
            const int aim = int(random.bounded(3));
            const int waitMs = int(random.bounded(700));
            const int pendingEvents = int(random.bounded(1, 2 * contactsPerRound + 2));
            const int afterFillMs = int(random.bounded(40));
            QByteArray seen;
            QElapsedTimer t;
            t.start();
            QElapsedTimer sinceFill;
            while (victim.state() == QProcess::Running && t.elapsed() < 30000) {
                victim.waitForReadyRead(2);
                seen += victim.readAllStandardOutput();
                if (seen.contains("filled") && !sinceFill.isValid())
                    sinceFill.start();
                const bool hit = aim == 0 ? t.elapsed() >= waitMs
                                 : aim == 1
                                     ? seen.count("pending ") >= pendingEvents
                                     : sinceFill.isValid() && sinceFill.elapsed() >= afterFillMs;
                if (hit)
                    break;
            }
            if (victim.state() == QProcess::Running) {
                ::kill(pid_t(victim.processId()), SIGKILL);
                QVERIFY(victim.waitForFinished(10000));
                ++kills;
                ++cacheKills;
                if (!seen.contains("filled"))
                    ++killedWhileFilling;
                else
                    ++killedWhilePushing;
            } else {
                // It finished on its own before the aim was reached.
                seen += victim.readAllStandardOutput();
                QVERIFY2(victim.exitCode() == 0, seen.constData());
            }
            const QString problem = checkAfterKill(path, tag);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"cache %1 round %2: "_s.arg(cache).arg(round) + problem));
        }

        // Left alone, the victim finishes: everything it logged is on the hub exactly once.
        QProcess victim;
        victim.start(QStringLiteral(LOKET_VICTIM_BINARY), arguments());
        QVERIFY(victim.waitForFinished(60000));
        QVERIFY2(victim.exitCode() == 0, victim.readAllStandardOutput().constData());
        QVERIFY(checkAfterKill(path, tag).isEmpty());
        QString error;
        const auto feed = m_api->readFeed(m_token, {}, &error);
        QVERIFY2(feed, qPrintable(error));
        QStringList onHub;
        QSet<QString> hubIds;
        for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
            if (it.value().value(u"summary"_s).toString().startsWith(tag)) {
                onHub << it.value().value(u"summary"_s).toString();
                hubIds.insert(it.key().section(u':', 1));
            }
        }
        onHub.sort();
        QStringList expected;
        for (int i = 0; i < target; ++i)
            expected << u"%1 #%2"_s.arg(tag).arg(i);
        expected.sort();
        QCOMPARE(onHub, expected); // none lost, none twice
        QCOMPARE(kit::scalar(path, u"SELECT count(*) FROM outbox"_s), u"0"_s);
        const QStringList localIds =
            kit::scalar(path, u"SELECT group_concat(id) FROM contact_moment"
                              " WHERE substr(summary, 1, %1) = '%2'"_s.arg(tag.size())
                                  .arg(tag))
                .split(u',');
        QCOMPARE(QSet<QString>(localIds.cbegin(), localIds.cend()), hubIds);
        const QString diff =
            kit::difference(kit::normaliseAll(feed->records), kit::cacheRecords(path, &error));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    qInfo("%d kills: %d while filling, %d while logging or pushing", kills, killedWhileFilling,
          killedWhilePushing);
    QVERIFY(kills >= 50);
    QVERIFY(killedWhileFilling >= 5);
    QVERIFY(killedWhilePushing >= 5);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
