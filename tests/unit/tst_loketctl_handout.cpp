// `loketctl handout` as a user runs it: the real loketctl, which runs the real loket-handout.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Result loketctl(const QStringList &arguments)
{
    return runProgram(QStringLiteral(LOKETCTL_BINARY), QStringList{u"handout"_s} + arguments);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestLoketctlHandout : public QObject
{
    Q_OBJECT
private slots:
    void writesThePdf();
    void usesTheGivenTownHall();
    void listsGuides();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void editedGuidesAreCheckedWithFileAndLine();
    void saysSoWhenThePrinterIsMissing();
    void loketctlLinksNoGui();

private:
    QTemporaryDir m_dir;
};

void TestLoketctlHandout::writesThePdf()
{
    const QString pdf = m_dir.filePath(u"ebox-tr.pdf"_s);
    const Result r =
        loketctl({u"--guide"_s, u"ebox-activate"_s, u"--lang"_s, u"tr"_s, u"--out"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(pdf), qPrintable(r.out));
    QVERIFY(r.err.contains(u"demo town hall"_s));
    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {pdf, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"eBox'unuzu etkinleştirin"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Adım 1"_s));
}

void TestLoketctlHandout::usesTheGivenTownHall()
{
    const QString ini = m_dir.filePath(u"leuven.ini"_s);
    writeFile(ini, "[townhall]\nname=Stad Leuven\naddress=Professor Van Overstraetenplein 1, "
                   "3000 Leuven\nphone=016 27 20 00\nreport_url=https://meldingen.example.be\n"
                   "tuesday=09:00-12:30\n");
    const QString pdf = m_dir.filePath(u"report-nl.pdf"_s);
    const Result r = loketctl({u"--guide"_s, u"report-problem"_s, u"--lang"_s, u"nl"_s, u"--out"_s,
                               pdf, u"--town-hall"_s, ini});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(u"demo"_s));
    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {pdf, u"-"_s});
    QVERIFY(text.out.contains(u"Stad Leuven"_s));
    QVERIFY(text.out.contains(u"meldingen.example.be"_s));
    QVERIFY(text.out.contains(u"Dinsdag"_s));
    QVERIFY(!text.out.contains(u"Herent"_s));
}

void TestLoketctlHandout::listsGuides()
{
    const Result r = loketctl({u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.contains(u"itsme-login\tar,de,en,fr,nl,tr\tLog in with itsme"_s));
}

void TestLoketctlHandout::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown guide")
        << QStringList{u"--guide"_s, u"ebox"_s, u"--lang"_s, u"nl"_s, u"--out"_s, u"x.pdf"_s}
        << u"there is no guide \"ebox\". The guides are: ebox-activate, eid-login, "
           "eloket-document, itsme-login, report-follow-up, report-problem."_s;
    QTest::newRow("unknown language")
        << QStringList{u"--guide"_s, u"eid-login"_s, u"--lang"_s, u"pl"_s, u"--out"_s, u"x.pdf"_s}
        << u"the guide \"eid-login\" is not available in \"pl\". Its languages are: ar, de, en, "
           "fr, nl, tr."_s;
    QTest::newRow("no output") << QStringList{u"--guide"_s, u"eid-login"_s, u"--lang"_s, u"nl"_s}
                               << u"the option --out is required."_s;
    QTest::newRow("no guide") << QStringList{u"--lang"_s, u"nl"_s, u"--out"_s, u"x.pdf"_s}
                              << u"the option --guide is required."_s;
    QTest::newRow("unknown option")
        << QStringList{u"--colour"_s, u"red"_s} << u"Unknown option 'colour'."_s;
    QTest::newRow("stray argument")
        << QStringList{u"eid-login"_s} << u"unexpected argument \"eid-login\"."_s;
}

void TestLoketctlHandout::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = loketctl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"loketctl handout: "_s + message), qPrintable(r.err));
    QVERIFY(!QFile::exists(u"x.pdf"_s));
}

void TestLoketctlHandout::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("folder does not exist")
        << QStringList{u"--guide"_s, u"eid-login"_s, u"--lang"_s,
                       u"nl"_s,      u"--out"_s,     u"/nonexistent-folder/eid.pdf"_s}
        << u"Cannot write /nonexistent-folder/eid.pdf"_s;
    QTest::newRow("output is a folder")
        << QStringList{u"--guide"_s, u"eid-login"_s, u"--lang"_s,
                       u"nl"_s,      u"--out"_s,     QDir::tempPath()}
        << u"Cannot write %1"_s.arg(QDir::tempPath());
    QTest::newRow("town hall file missing")
        << QStringList{u"--guide"_s,     u"eid-login"_s,
                       u"--lang"_s,      u"nl"_s,
                       u"--out"_s,       u"x.pdf"_s,
                       u"--town-hall"_s, u"/nonexistent/townhall.ini"_s}
        << u"Cannot read /nonexistent/townhall.ini"_s;
}

void TestLoketctlHandout::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = loketctl(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestLoketctlHandout::editedGuidesAreCheckedWithFileAndLine()
{
    // An editor tries out changed guides with --guides before they are built in.
    const QString root = m_dir.filePath(u"guides"_s);
    const QString source = QStringLiteral(LOKET_SOURCE_DIR "/resources/guides");
    for (const QString &file : {u"handout/nl.txt"_s, u"handout/fr.txt"_s}) {
        QFile in(source + u'/' + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        writeFile(root + u'/' + file, in.readAll());
    }
    writeFile(root + u"/my-guide/nl.md"_s,
              "---\nid: my-guide\nversion: 1\ntitle: Mijn gids\naudience: Iedereen.\n"
              "url: https://example.org\n---\n\n## 1. Doe iets {#doe-iets}\n\nZo.\n");
    writeFile(root + u"/my-guide/fr.md"_s,
              "---\nid: my-guide\nversion: 1\ntitle: Mon guide\naudience: Tous.\n"
              "url: https://example.org\n---\n\n## 1. Faire {#faire}\n\nAinsi.\n");
    Result r = loketctl({u"--guides"_s, root, u"--list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"my-guide/fr.md:9: step 1 has the id \"faire\" but in nl.md it is "
                            "\"doe-iets\""_s),
             qPrintable(r.err));

    writeFile(root + u"/my-guide/fr.md"_s,
              "---\nid: my-guide\nversion: 1\ntitle: Mon guide\naudience: Tous.\n"
              "url: https://example.org\n---\n\n## 1. Faire {#doe-iets}\n\nAinsi.\n");
    const QString pdf = m_dir.filePath(u"mine.pdf"_s);
    r = loketctl(
        {u"--guides"_s, root, u"--guide"_s, u"my-guide"_s, u"--lang"_s, u"fr"_s, u"--out"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {pdf, u"-"_s});
    QVERIFY(text.out.contains(u"Mon guide"_s));
    QVERIFY(text.out.contains(u"Étape 1"_s));
}

void TestLoketctlHandout::saysSoWhenThePrinterIsMissing()
{
    // A GUI-less build (LOKET_BUILD_GUI=OFF) has loketctl without loket-handout beside it.
    const QString alone = m_dir.filePath(u"alone/loketctl"_s);
    QDir().mkpath(QFileInfo(alone).absolutePath());
    QVERIFY(QFile::copy(QStringLiteral(LOKETCTL_BINARY), alone));
    const Result r = runProgram(alone, {u"handout"_s, u"--guide"_s, u"eid-login"_s, u"--lang"_s,
                                        u"nl"_s, u"--out"_s, m_dir.filePath(u"none.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"the handout printer is missing"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
    // Checks that need no drawing still work there.
    QCOMPARE(runProgram(alone, {u"handout"_s, u"--list"_s}).exitCode, 0);
}

void TestLoketctlHandout::loketctlLinksNoGui()
{
    // DESIGN §2: loketctl is GUI-less and links only loket-core; the drawing is loket-handout's.
    const Result ldd =
        runProgram(QStandardPaths::findExecutable(u"ldd"_s), {QStringLiteral(LOKETCTL_BINARY)});
    QCOMPARE(ldd.exitCode, 0);
    QVERIFY(ldd.out.contains(u"libQt6Core"_s));
    for (const QString &library : {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6PrintSupport"_s})
        QVERIFY2(!ldd.out.contains(library), qPrintable(library));
    const Result handout = runProgram(
        QStandardPaths::findExecutable(u"ldd"_s),
        {QFileInfo(QStringLiteral(LOKETCTL_BINARY)).absolutePath() + u"/loket-handout"_s});
    QVERIFY(handout.out.contains(u"libQt6Gui"_s));
}

QTEST_GUILESS_MAIN(TestLoketctlHandout)
#include "tst_loketctl_handout.moc"
