// `loketctl sync` as a process against the real loket-hub: the password only from a file, exit
// codes 0/1/2 with clear messages, progress and a summary, and a second run that only fetches
// what changed.

#include "synctestkit.h"

#include "sync/localhub.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestLoketctlSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void wrongPasswordFails();
    void unreachableHubGivesUp();
    void syncsAndThenOnlyFetchesChanges();

private:
    Run loketctl(const QStringList &arguments, int timeoutMs = 120000);
    QString passwordFile(const QString &name, const QString &password);

    QTemporaryDir m_dir;
    LocalHub m_hub;
    DemoAccount m_account;
};

void TestLoketctlSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.demo = true;
    o.citizens = 1000;
    o.seed = 3;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString()));
    const auto account = m_hub.account(u"counter"_s, {u"24038"_s});
    QVERIFY(account);
    m_account = *account;
}

void TestLoketctlSync::cleanupTestCase()
{
    m_hub.stop();
}

Run TestLoketctlSync::loketctl(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(LOKETCTL_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestLoketctlSync::passwordFile(const QString &name, const QString &password)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(password.toUtf8() + '\n');
    return path;
}

void TestLoketctlSync::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = u"x.db"_s;
    QTest::newRow("no hub") << QStringList{u"sync"_s, u"--user"_s, u"u"_s, u"--password-file"_s,
                                           u"p"_s,    u"--db"_s,   db}
                            << u"--hub is required"_s;
    QTest::newRow("no password file")
        << QStringList{u"sync"_s, u"--hub"_s, u"http://127.0.0.1:1"_s, u"--user"_s, u"u"_s,
                       u"--db"_s, db}
        << u"--password-file is required"_s;
    QTest::newRow("password on the command line")
        << QStringList{u"sync"_s,   u"--hub"_s, u"http://127.0.0.1:1"_s,
                       u"--user"_s, u"u"_s,     u"--password"_s,
                       u"secret"_s, u"--db"_s,  db}
        << u"password"_s;
    QTest::newRow("not an http address")
        << QStringList{u"sync"_s,   u"--hub"_s, u"ftp://hub"_s,
                       u"--user"_s, u"u"_s,     u"--password-file"_s,
                       u"p"_s,      u"--db"_s,  db}
        << u"http://"_s;
    QTest::newRow("page size out of range")
        << QStringList{u"sync"_s,        u"--hub"_s, u"http://127.0.0.1:1"_s,
                       u"--user"_s,      u"u"_s,     u"--password-file"_s,
                       u"p"_s,           u"--db"_s,  db,
                       u"--page-size"_s, u"9000"_s}
        << u"--page-size"_s;
}

void TestLoketctlSync::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = loketctl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(u"x.db"_s));
}

void TestLoketctlSync::wrongPasswordFails()
{
    const QString db = m_dir.filePath(u"wrong.db"_s);
    const Run r = loketctl({u"sync"_s, u"--hub"_s, m_hub.url().toString(), u"--user"_s,
                            m_account.user, u"--password-file"_s,
                            passwordFile(u"wrong"_s, u"not-the-password"_s), u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"password is not right"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"not-the-password"_s)); // never echoed
}

void TestLoketctlSync::unreachableHubGivesUp()
{
    // A port nobody listens on: reserve one, then free it.
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
    const quint16 port = reserve.serverPort();
    reserve.close();
    const Run r = loketctl({u"sync"_s, u"--hub"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--user"_s,
                            m_account.user, u"--password-file"_s,
                            passwordFile(u"right"_s, m_account.password), u"--db"_s,
                            m_dir.filePath(u"unreachable.db"_s), u"--attempts"_s, u"2"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot be reached"_s), qPrintable(r.err));
}

void TestLoketctlSync::syncsAndThenOnlyFetchesChanges()
{
    const QString db = m_dir.filePath(u"herent.db"_s);
    const QStringList arguments{u"sync"_s,
                                u"--hub"_s,
                                m_hub.url().toString(),
                                u"--user"_s,
                                m_account.user,
                                u"--password-file"_s,
                                passwordFile(u"right"_s, m_account.password),
                                u"--db"_s,
                                db,
                                u"--page-size"_s,
                                u"100"_s};
    Run r = loketctl(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"signed in: role counter, scope 24038"_s), qPrintable(r.out));
    const QRegularExpression summary(
        u"synchronised in [0-9.]+ s: ([0-9]+) changes received in ([0-9]+) pages; 0 sent, 0 refused, 0 in conflict, 0 waiting"_s);
    QRegularExpressionMatch m = summary.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const qint64 first = m.captured(1).toLongLong();
    QVERIFY(first > 100);
    QVERIFY(m.captured(2).toInt() > 1);

    // The cache holds what the hub holds for this account.
    kit::HubApi api(m_hub.url());
    QString error;
    const auto feed = api.readFeed(api.login(m_account.user, m_account.password), {}, &error);
    QVERIFY2(feed, qPrintable(error));
    QCOMPARE(first, qint64(feed->records.size()));
    const QString diff =
        kit::difference(kit::normaliseAll(feed->records), kit::cacheRecords(db, &error));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Again: nothing changed, nothing to fetch.
    r = loketctl(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m = summary.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1), u"0"_s);
}

QTEST_GUILESS_MAIN(TestLoketctlSync)
#include "tst_loketctl_sync.moc"
