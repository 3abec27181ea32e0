// The screen lock and privacy mode (issue 7, item 4): the lock engages after the configured
// idle time or a suspend, measured with clocks the test moves by hand; it hides the dossier
// until the signed-in staff member's password is typed; privacy mode hides streets, phone
// numbers and e-mail addresses and keeps national numbers masked.

#include "demowindow.h"
#include "store/connection.h"
#include "store/store.h"
#include "ui/citizenresultsmodel.h"
#include "ui/demohub.h"
#include "ui/dossierview.h"
#include "ui/idlewatcher.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
constexpr qint64 minute = 60 * 1000;

// Two clocks the test moves: the wall clock and the monotonic one, which stands still while
// the machine sleeps.
struct ManualClocks
{
    qint64 wall = 1'800'000'000'000;
    qint64 mono = 1'000;
    void pass(qint64 ms)
    {
        wall += ms;
        mono += ms;
    }
    void sleep(qint64 ms) { wall += ms; }
    void attach(ui::IdleWatcher &watcher)
    {
        watcher.setTimeSources([this] { return wall; }, [this] { return mono; });
    }
};
} // namespace

class TestLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void idleAfterTheConfiguredTime_data();
    void idleAfterTheConfiguredTime();
    void inputPostponesTheLock();
    void windowLocksHidesTheDossierAndUnlocksWithThePassword();

private:
    QTemporaryDir m_dir;
};

void TestLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLock::idleAfterTheConfiguredTime_data()
{
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<qint64>("away");
    QTest::addColumn<bool>("asleep"); // the machine was suspended for `away`
    QTest::addColumn<bool>("locks");
    QTest::newRow("4:59 of 5 minutes") << 5 * minute << 5 * minute - 1000 << false << false;
    QTest::newRow("5:00 of 5 minutes") << 5 * minute << 5 * minute << false << true;
    QTest::newRow("an hour of 5 minutes") << 5 * minute << 60 * minute << false << true;
    QTest::newRow("1:59 of 2 minutes") << 2 * minute << 2 * minute - 1000 << false << false;
    QTest::newRow("2:00 of 2 minutes") << 2 * minute << 2 * minute << false << true;
    QTest::newRow("a 2-minute suspend locks at once") << 5 * minute << 2 * minute << true << true;
    QTest::newRow("a 20-second suspend does not")
        << 5 * minute << qint64(20 * 1000) << true << false;
    QTest::newRow("switched off") << qint64(0) << 60 * minute << false << false;
}

void TestLock::idleAfterTheConfiguredTime()
{
    QFETCH(qint64, timeout);
    QFETCH(qint64, away);
    QFETCH(bool, asleep);
    QFETCH(bool, locks);
    ManualClocks clocks;
    ui::IdleWatcher watcher;
    clocks.attach(watcher);
    watcher.setTimeoutMs(timeout);
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    // Checked every second, as the watcher's timer does.
    for (qint64 t = 0; t < away; t += 1000) {
        const qint64 step = qMin<qint64>(1000, away - t);
        asleep ? clocks.sleep(step) : clocks.pass(step);
        if (!asleep)
            watcher.check();
    }
    watcher.check();
    QCOMPARE(idle.size(), locks ? 1 : 0);
    if (locks) {
        // Once per absence.
        clocks.pass(minute);
        watcher.check();
        QCOMPARE(idle.size(), 1);
    }
}

void TestLock::inputPostponesTheLock()
{
    ManualClocks clocks;
    ui::IdleWatcher watcher;
    clocks.attach(watcher);
    watcher.setTimeoutMs(5 * minute);
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    QLineEdit field;
    field.show();
    clocks.pass(4 * minute);
    watcher.check();
    QTest::keyClick(&field, Qt::Key_A); // typing counts as presence
    clocks.pass(4 * minute);
    watcher.check();
    QCOMPARE(idle.size(), 0);
    clocks.pass(minute);
    watcher.check();
    QCOMPARE(idle.size(), 1);
}

void TestLock::windowLocksHidesTheDossierAndUnlocksWithThePassword()
{
    QVERIFY2(QFile::exists(QStringLiteral(LOKET_HUB_BINARY)), LOKET_HUB_BINARY);
    testing::DemoWindow demoWindow(m_dir.path(), 300, QStringLiteral(LOKET_HUB_BINARY));
    QString error;
    QVERIFY2(demoWindow.waitUntilReady(&error), qPrintable(error));
    ui::MainWindow &window = demoWindow.window();
    ui::DemoHub &demo = demoWindow.demo();
    ui::Settings &settings = demoWindow.settings();

    const QString citizenId = demoWindow.scalar(
        u"SELECT id FROM citizen WHERE street <> '' AND phone <> '' ORDER BY id LIMIT 1"_s);
    QVERIFY(!citizenId.isEmpty());
    const QString street =
        demoWindow.scalar(u"SELECT street FROM citizen WHERE id = ?"_s, {citizenId});
    QVERIFY(window.openDossier(citizenId));
    ui::DossierView *dossier = window.dossierView();
    QVERIFY(dossier->isVisible());
    auto *address = dossier->findChild<QLabel *>(u"dossierAddress"_s);
    QVERIFY(address);
    QVERIFY2(address->text().contains(street), qPrintable(address->text()));

    // Privacy mode: the street and the phone go, the national number cannot be revealed.
    window.privacyAction()->trigger();
    QVERIFY(settings.privacyMode());
    QVERIFY2(!address->text().contains(street), qPrintable(address->text()));
    QVERIFY(!dossier->revealAction()->isEnabled());
    dossier->revealNationalNumber();
    QVERIFY(!dossier->isNationalNumberRevealed());
    window.privacyAction()->trigger();
    QVERIFY(address->text().contains(street));
    QVERIFY(dossier->revealAction()->isEnabled());

    // Five minutes without input: locked, nothing of the citizen on screen.
    ManualClocks clocks;
    clocks.attach(*window.idleWatcher());
    QSignalSpy locked(&window, &ui::MainWindow::lockedChanged);
    clocks.pass(5 * minute - 1000);
    window.idleWatcher()->check();
    QVERIFY(!window.isLocked());
    clocks.pass(1000);
    window.idleWatcher()->check();
    QTRY_VERIFY(window.isLocked());
    QCOMPARE(locked.size(), 1);
    QVERIFY(!dossier->isVisible());
    QVERIFY(!window.findChild<QLineEdit *>(u"searchBox"_s)->isVisible());
    auto *password = window.findChild<QLineEdit *>(u"lockPassword"_s);
    QVERIFY(password && password->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), password);
    // The window's shortcuts do nothing while locked.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.isLocked());
    QVERIFY(!dossier->isVisible());

    // A wrong password keeps it locked and says so.
    QTest::keyClicks(password, u"not the password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(window.isLocked());
    QVERIFY(!window.findChild<QLabel *>(u"lockMessage"_s)->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(password->isEnabled(), 5000);

    // The signed-in staff member's password: back where they were.
    QTest::keyClicks(password, demo.account().password);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!window.isLocked());
    QCOMPARE(locked.size(), 2);
    QVERIFY(dossier->isVisible());
    QCOMPARE(dossier->citizenId(), citizenId);

    // Ctrl+L locks at once.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.isLocked());
    QTest::keyClicks(window.findChild<QLineEdit *>(u"lockPassword"_s), demo.account().password);
    QTest::keyClick(window.findChild<QLineEdit *>(u"lockPassword"_s), Qt::Key_Return);
    QVERIFY(!window.isLocked());
}

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
