#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

// `loket --help` and `--version` must answer on a machine without a display: a build script or
// a package check runs them there.
class TestLoketCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void answersWithoutDisplay_data();
    void answersWithoutDisplay();
};

void TestLoketCommandLine::answersWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                               << QStringLiteral("loket " LOKET_VERSION) << QString();
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"--demo"_s << QString();
    QTest::newRow("--help in French") << QStringList{u"--lang"_s, u"fr"_s, u"--help"_s} << 0
                                      << u"Afficher cette aide et quitter."_s << QString();
    QTest::newRow("--help in Dutch") << QStringList{u"--lang"_s, u"nl"_s, u"-h"_s} << 0
                                     << u"Deze hulp tonen en afsluiten."_s << QString();
    QTest::newRow("bad language") << QStringList{u"--lang"_s, u"de"_s} << 2 << QString()
                                  << u"--lang"_s;
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << 2 << QString() << u"frobnicate"_s;
    QTest::newRow("both sources") << QStringList{u"--demo"_s, u"--db"_s, u"x.loket"_s} << 2
                                  << QString() << u"--db"_s;
}

void TestLoketCommandLine::answersWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No window system at all: not even the offscreen platform the other tests use.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LOKET_BINARY), arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(out + err));
    if (!stdoutContains.isEmpty())
        QVERIFY2(out.contains(stdoutContains), qPrintable(out));
    if (!stderrContains.isEmpty())
        QVERIFY2(err.contains(stderrContains), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestLoketCommandLine)
#include "tst_loketcommandline.moc"
