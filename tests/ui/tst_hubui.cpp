// The window against the real loket-hub (DESIGN §10): `loket --demo`-style startup through
// DemoHub, the sign-in dialog, Sync now (F5) and logging a contact moment from the dossier, each
// checked on the hub through its own API.

#include "../integration/synctestkit.h"
#include "store/connection.h"
#include "ui/citizenresultsmodel.h"
#include "ui/contactform.h"
#include "ui/demohub.h"
#include "ui/dossierview.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/statusbar.h"
#include "ui/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
constexpr int startTimeoutMs = 180000; // seeding the demo region and the first fill
constexpr int syncTimeoutMs = 60000;
constexpr qint64 demoCitizens = 1000;
} // namespace

class TestHubUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void loginDialogRemembersAddressAndAccountButNeverThePassword();
    void loginDialogExplainsWhatIsMissing_data();
    void loginDialogExplainsWhatIsMissing();
    void statusBarShowsFillProgressWithCancel();
    void demoStartupFillsCacheAndShowsOnline();
    void missingHubProgramIsAClearError();
    void signInDialogTalksToTheHub();
    void f5Syncs();
    void loggedContactShowsAtOnceAndReachesTheHubOnce();
    void openedDossierReachesTheAccessLogOnce();
    void contactFormValidates();
    void demoHubStopsWithTheApp();

private:
    void createWindow();
    void startDemo();
    QString text(const char *objectName) const;
    template<typename T> T *child(const char *objectName) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(objectName));
    }
    // The first citizen of the cache, by name, for typing into the search box.
    std::pair<QString, QString> someCitizen() const;
    void openDossierByTyping();

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::UiLanguage> m_language;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DemoHub> m_demo;
};

void TestHubUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LOKET_HUB_BINARY)), LOKET_HUB_BINARY);
}

void TestHubUi::cleanup()
{
    m_demo.reset();
    m_window.reset();
    m_language.reset();
    m_settings.reset();
}

void TestHubUi::createWindow()
{
    m_settings =
        std::make_unique<ui::Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)));
    m_language = std::make_unique<ui::UiLanguage>(*m_settings);
    m_language->setSessionOverride(u"en"_s);
    m_language->apply();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, *m_language);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// What `loket --demo` does, with the hub from the build tree and a private directory.
void TestHubUi::startDemo()
{
    createWindow();
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_demo = std::make_unique<ui::DemoHub>(*m_window);
    QSignalSpy failed(m_demo.get(), &ui::DemoHub::failed);
    m_demo->start(m_dir.filePath(u"demo-%1"_s.arg(m_counter)), demoCitizens,
                  QStringLiteral(LOKET_HUB_BINARY));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || failed.count() > 0, startTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(m_window->store());
}

QString TestHubUi::text(const char *objectName) const
{
    const auto *label = child<QLabel>(objectName);
    return label ? label->text() : u"<no label %1>"_s.arg(QString::fromLatin1(objectName));
}

std::pair<QString, QString> TestHubUi::someCitizen() const
{
    Connection c(u"test-read"_s);
    if (!c.open(m_window->cachePath(), Connection::Mode::ReadOnly))
        return {};
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, family_name, given_names FROM citizen ORDER BY id LIMIT 1"_s) ||
        !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString() + u' ' + q.value(2).toString()};
}

void TestHubUi::openDossierByTyping()
{
    const auto [id, name] = someCitizen();
    QVERIFY(!id.isEmpty());
    QLineEdit *box = child<QLineEdit>("searchBox");
    box->setFocus();
    QTest::keyClicks(box, name);
    QTRY_VERIFY(m_window->resultsModel()->query() == name);
    // The first hit is opened with Enter; namesakes are fine, any opened dossier will do, but it
    // must be the one the test then checks.
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!m_window->dossierView()->citizenId().isEmpty());
}

void TestHubUi::loginDialogRemembersAddressAndAccountButNeverThePassword()
{
    const QString ini = m_dir.filePath(u"login.ini"_s);
    const QString password = u"S3cret-never-stored"_s;
    {
        ui::Settings settings(ini);
        ui::LoginDialog dialog(settings);
        dialog.show();
        QSignalSpy requested(&dialog, &ui::LoginDialog::signInRequested);
        QTest::keyClicks(dialog.addressEdit(), u"http://127.0.0.1:8470"_s);
        QTest::keyClicks(dialog.accountEdit(), u"counter-24062"_s);
        QTest::keyClicks(dialog.passwordEdit(), password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toUrl(), QUrl(u"http://127.0.0.1:8470"_s));
        QCOMPARE(requested.at(0).at(1).toString(), u"counter-24062"_s);
        QCOMPARE(requested.at(0).at(2).toString(), password);
        // A refusal: the password goes, the rest stays for the next try.
        dialog.showFailure(u"The account or the password is not right."_s);
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(dialog.passwordEdit()->isEnabled());
        QCOMPARE(dialog.message(), u"The account or the password is not right."_s);
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("counter-24062"));
    QVERIFY(stored.contains("127.0.0.1"));
    QVERIFY(!stored.contains(password.toUtf8()));

    ui::Settings again(ini);
    ui::LoginDialog dialog(again);
    QCOMPARE(dialog.addressEdit()->text(), u"http://127.0.0.1:8470"_s);
    QCOMPARE(dialog.accountEdit()->text(), u"counter-24062"_s);
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
}

void TestHubUi::loginDialogExplainsWhatIsMissing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");
    QTest::newRow("no scheme") << u"127.0.0.1:8470"_s << u"a"_s << u"p"_s
                               << u"The address must start with https://"_s << u"hubAddressEdit"_s;
    QTest::newRow("ftp") << u"ftp://hub.example"_s << u"a"_s << u"p"_s
                         << u"The address must start with https://"_s << u"hubAddressEdit"_s;
    QTest::newRow("no account") << u"https://hub.example"_s << QString() << u"p"_s
                                << u"Type your account name."_s << u"accountEdit"_s;
    QTest::newRow("no password") << u"https://hub.example"_s << u"a"_s << QString()
                                 << u"Type your password."_s << u"passwordEdit"_s;
}

void TestHubUi::loginDialogExplainsWhatIsMissing()
{
    QFETCH(QString, address);
    QFETCH(QString, account);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QFETCH(QString, focus);
    ui::Settings settings(m_dir.filePath(u"missing-%1.ini"_s.arg(++m_counter)));
    ui::LoginDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QSignalSpy requested(&dialog, &ui::LoginDialog::signInRequested);
    QTest::keyClicks(dialog.addressEdit(), address);
    QTest::keyClicks(dialog.accountEdit(), account);
    QTest::keyClicks(dialog.passwordEdit(), password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(dialog.message().startsWith(message), qPrintable(dialog.message()));
    QTRY_COMPARE(
        QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), focus);
    // Nothing is remembered from an attempt that was not made.
    QVERIFY(settings.hubAccount().isEmpty());
}

void TestHubUi::statusBarShowsFillProgressWithCancel()
{
    ui::StatusBar bar;
    bar.show();
    auto *progress = bar.findChild<QProgressBar *>(u"fillProgress"_s);
    auto *cancel = bar.findChild<QToolButton *>(u"cancelFillButton"_s);
    QVERIFY(progress && cancel);
    QVERIFY(!progress->isVisible() && !cancel->isVisible());
    bar.setFillProgress(250, 1000);
    QVERIFY(progress->isVisible() && cancel->isVisible());
    QCOMPARE(progress->value(), 25);
    bar.setFillProgress(10, -1); // the hub gave no estimate: a busy bar
    QCOMPARE(progress->maximum(), 0);
    QSignalSpy cancelled(&bar, &ui::StatusBar::cancelFillClicked);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    bar.clearFillProgress();
    QVERIFY(!progress->isVisible() && !cancel->isVisible());
}

void TestHubUi::demoStartupFillsCacheAndShowsOnline()
{
    startDemo();
    ui::StatusBar *bar = m_window->statusBarWidget();
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    QVERIFY2(text("lastSyncStatus").startsWith(u"last sync "_s),
             qPrintable(text("lastSyncStatus")));
    QCOMPARE(child<QToolButton>("pendingChangesButton")->text(), u"0 changes waiting"_s);
    QVERIFY(bar->cacheText().contains(u"demo data"_s));
    // Not offered as the last cache: without its hub it would pass for regional data.
    QVERIFY(m_settings->lastCache().isEmpty());
    QVERIFY(!bar->isFillProgressShown());
    // Signed in as a counter account of one municipality; the status bar says who and where.
    const DemoAccount account = m_demo->account();
    QCOMPARE(account.role, u"counter"_s);
    QCOMPARE(account.scope.size(), 1);
    QVERIFY2(text("sessionStatus").contains(u"counter"_s), qPrintable(text("sessionStatus")));

    // The cache equals the hub's feed for the account's scope, record by record.
    kit::HubApi api(m_demo->hub().url());
    const QByteArray token = api.login(account.user, account.password);
    QVERIFY(!token.isEmpty());
    QString error;
    const auto feed = api.readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    const auto cache = kit::cacheRecords(m_window->cachePath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString diff = kit::difference(kit::normaliseAll(feed->records), cache);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qint64 citizens = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
        citizens += it.key().startsWith(u"citizen:"_s) ? 1 : 0;
    QVERIFY(citizens > 0);
    QTRY_COMPARE_WITH_TIMEOUT(bar->citizenCountText(),
                              citizens == 1 ? u"1 citizen"_s
                                            : u"%1 citizens"_s.arg(QLocale().toString(citizens)),
                              syncTimeoutMs);
    // And the search finds them.
    openDossierByTyping();
}

void TestHubUi::missingHubProgramIsAClearError()
{
    createWindow();
    m_demo = std::make_unique<ui::DemoHub>(*m_window);
    QSignalSpy failed(m_demo.get(), &ui::DemoHub::failed);
    m_demo->start(m_dir.filePath(u"nohub"_s), demoCitizens, m_dir.filePath(u"no-such-hub"_s));
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"loket-hub"_s), qPrintable(message));
    QVERIFY(!m_window->store());
    QVERIFY(m_window->cachePath().isEmpty());
    const auto *banner = child<QLabel>("errorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), message);
}

void TestHubUi::signInDialogTalksToTheHub()
{
    // A hub with the demo accounts; the window signs in through the dialog as a person would.
    LocalHub hub;
    LocalHub::Options options;
    options.program = QStringLiteral(LOKET_HUB_BINARY);
    options.database = m_dir.filePath(u"signin-hub.sqlite"_s);
    options.demo = true;
    options.citizens = demoCitizens;
    hub.start(options);
    QVERIFY2(hub.waitForStarted(startTimeoutMs), qPrintable(hub.errorString()));
    std::optional<DemoAccount> account;
    for (const DemoAccount &a : hub.accounts()) {
        if (a.role == u"counter"_s && a.scope.size() == 1) {
            account = a;
            break;
        }
    }
    QVERIFY(account);

    // Signing in with no cache open fills the default one; a run before may have left it.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(ui::MainWindow::defaultRegionalCachePath() + suffix);
    createWindow();
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_window->findChild<QAction *>(u"signInAction"_s)->trigger();
    ui::LoginDialog *dialog = m_window->loginDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->addressEdit(), hub.url().toString());
    QTest::keyClicks(dialog->accountEdit(), account->user);
    QTest::keyClicks(dialog->passwordEdit(), u"wrong-password"_s);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    // The hub's 401 comes back into the dialog, with the fields kept except the password.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->message(), u"The account or the password is not right."_s,
                              syncTimeoutMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->accountEdit()->text(), account->user);
    QVERIFY(dialog->passwordEdit()->text().isEmpty());

    // Giving up leaves no window waiting for a fill that cannot come.
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(u"loginButtons"_s)->button(QDialogButtonBox::Cancel),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->loginDialog());
    QVERIFY(!m_window->store());
    QVERIFY(child<QLabel>("errorBanner")->text().startsWith(u"Not signed in"_s));

    m_window->findChild<QAction *>(u"signInAction"_s)->trigger();
    dialog = m_window->loginDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->accountEdit()->text(), account->user); // remembered from the first try
    QTest::keyClicks(dialog->passwordEdit(), account->password);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->loginDialog(), syncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, startTimeoutMs);
    QCOMPARE(m_window->cachePath(), ui::MainWindow::defaultRegionalCachePath());
    QCOMPARE(m_settings->lastCache(), ui::MainWindow::defaultRegionalCachePath());
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    QCOMPARE(m_settings->hubAccount(), account->user);
    QCOMPARE(m_settings->hubAddress(), hub.url().toString());

    // The session ends at the hub: it comes back on the same address with a fresh database, so
    // the token is unknown there. The next sync gets 401 and the dialog asks again, saying why.
    const quint16 port = hub.port();
    hub.stop();
    LocalHub again;
    options.port = port;
    options.database = m_dir.filePath(u"signin-hub-2.sqlite"_s);
    again.start(options);
    QVERIFY2(again.waitForStarted(startTimeoutMs), qPrintable(again.errorString()));
    const auto renewed = again.account(account->role, account->scope);
    QVERIFY(renewed);
    // The dialog had the focus; F5 is the window's shortcut.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->loginDialog() && m_window->loginDialog()->isVisible(),
                             syncTimeoutMs);
    dialog = m_window->loginDialog();
    QVERIFY2(dialog->message().contains(u"session"_s), qPrintable(dialog->message()));
    QCOMPARE(dialog->addressEdit()->text(), hub.url().toString());
    QCOMPARE(dialog->accountEdit()->text(), account->user);
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog->passwordEdit(), renewed->password);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->loginDialog(), syncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    m_window.reset();
}

void TestHubUi::f5Syncs()
{
    startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    // Let the first rounds settle: the engine polls only every few minutes after them.
    QSignalSpy finished(m_window.get(), &ui::MainWindow::syncFinished);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->phase() == SyncPhase::Idle, syncTimeoutMs);
    finished.clear();
    QSignalSpy lastSync(m_window->store(), &Store::lastSuccessChanged);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, syncTimeoutMs);
    QVERIFY(finished.at(0).at(0).value<SyncOutcome>().pulled);
    QCOMPARE(lastSync.count(), 1);
    QVERIFY(text("lastSyncStatus").startsWith(u"last sync "_s));
}

void TestHubUi::loggedContactShowsAtOnceAndReachesTheHubOnce()
{
    startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    openDossierByTyping();
    const QString citizenId = m_window->dossierView()->citizenId();
    const int contactsBefore = m_window->dossierView()->contactsModel()->rowCount();

    QSignalSpy pending(m_window->store(), &Store::pendingCountChanged);
    QSignalSpy logged(m_window.get(), &ui::MainWindow::contactLogged);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ui::ContactForm *form = m_window->contactForm();
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(form->citizenId(), citizenId);
    QTRY_COMPARE(QApplication::focusWidget(), child<QComboBox>("contactChannel"));
    // Channel: the phone (second in the list), by keyboard.
    QTest::keyClick(child<QComboBox>("contactChannel"), Qt::Key_Down);
    QCOMPARE(child<QComboBox>("contactChannel")->currentData().toString(), u"phone"_s);
    auto *topic = child<QComboBox>("contactTopic");
    QTest::keyClick(topic, Qt::Key_Down);
    const QString topicCode = topic->currentData().toString();
    QVERIFY(!topicCode.isEmpty());
    const QString summary = u"Asked about the waste calendar %1"_s.arg(m_counter);
    QTest::keyClicks(child<QPlainTextEdit>("contactSummary"), summary);
    QTest::keyClicks(child<QLineEdit>("contactOutcome"), u"Calendar sent by post"_s);
    QTest::mouseClick(child<QCheckBox>("contactFollowUp"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>("contactFollowUpTask")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("contactFollowUpTask"), u"Call back next week"_s);
    QVERIFY(!child<QLineEdit>("contactFollowUpOwner")->text().isEmpty()); // the signed-in staff
    // A check, not a call back; for the regional helpdesk although the contact was by phone.
    QTest::keyClick(child<QComboBox>("contactFollowUpKind"), Qt::Key_Down);
    QCOMPARE(child<QComboBox>("contactFollowUpKind")->currentData().toString(), u"check"_s);
    QCOMPARE(child<QComboBox>("contactFollowUpQueue")->currentData().toString(), u"municipality"_s);
    QTest::keyClick(child<QComboBox>("contactFollowUpQueue"), Qt::Key_Up);
    QCOMPARE(child<QComboBox>("contactFollowUpQueue")->currentData().toString(), u"helpdesk"_s);
    QTest::keyClick(child<QLineEdit>("contactFollowUpTask"), Qt::Key_S, Qt::ControlModifier);

    QTRY_COMPARE(logged.count(), 1);
    const QString contactId = logged.at(0).at(0).toString();
    QVERIFY(!form->isVisible());
    QTRY_COMPARE(kit::scalar(m_window->cachePath(),
                             u"SELECT kind || ' ' || queue || ' ' || title FROM task"
                             " WHERE contact_moment_id = ?"_s,
                             {contactId}),
                 u"check helpdesk Call back next week"_s);
    // In the dossier at once (from the cache, before the hub answered).
    QTRY_COMPARE(m_window->dossierView()->contactsModel()->rowCount(), contactsBefore + 1);
    // One change waiting, then sent: the pending count went to 1 and back to 0.
    QTRY_VERIFY_WITH_TIMEOUT(!pending.isEmpty() && pending.last().at(0).toInt() == 0,
                             syncTimeoutMs);
    bool sawOne = false;
    for (const QList<QVariant> &signal : std::as_const(pending))
        sawOne = sawOne || signal.at(0).toInt() == 1;
    QVERIFY(sawOne);
    QTRY_COMPARE(child<QToolButton>("pendingChangesButton")->text(), u"0 changes waiting"_s);

    // The hub holds exactly this one.
    kit::HubApi api(m_demo->hub().url());
    const QByteArray token = api.login(m_demo->account().user, m_demo->account().password);
    const kit::HttpReply one = api.request("GET", u"/api/v1/contact-moments/"_s + contactId, token);
    QCOMPARE(one.status, 200);
    const QJsonObject json = one.json();
    QCOMPARE(json.value(u"citizen_id"_s).toString(), citizenId);
    QCOMPARE(json.value(u"summary"_s).toString(), summary);
    QCOMPARE(json.value(u"channel"_s).toString(), u"phone"_s);
    QCOMPARE(json.value(u"topic"_s).toString(), topicCode);
    QCOMPARE(json.value(u"follow_up_task"_s).toString(), u"Call back next week"_s);
    QString error;
    const auto feed = api.readFeed(token, {}, &error);
    QVERIFY2(feed, qPrintable(error));
    int withSummary = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        if (it.key().startsWith(u"contact_moment:"_s) &&
            it.value().value(u"summary"_s).toString() == summary)
            ++withSummary;
    }
    QCOMPARE(withSummary, 1);
}

void TestHubUi::openedDossierReachesTheAccessLogOnce()
{
    startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(text("connectivityStatus"), u"● Online"_s, syncTimeoutMs);
    openDossierByTyping();
    const QString citizenId = m_window->dossierView()->citizenId();

    // The window logged the opening; the engine delivers it to the hub by itself.
    kit::HubApi api(m_demo->hub().url());
    std::optional<DemoAccount> admin;
    for (const DemoAccount &a : m_demo->hub().accounts()) {
        if (a.role == u"admin"_s && !admin)
            admin = a;
    }
    QVERIFY(admin);
    const QByteArray token = api.login(admin->user, admin->password);
    QVERIFY(!token.isEmpty());
    const QString path = u"/api/v1/access-log?citizen_id="_s + citizenId;
    QTRY_COMPARE_WITH_TIMEOUT(
        api.request("GET", path, token).json().value(u"entries"_s).toArray().size(), 1,
        syncTimeoutMs);
    const QJsonObject entry =
        api.request("GET", path, token).json().value(u"entries"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"action"_s).toString(), u"open_dossier"_s);
    QCOMPARE(entry.value(u"purpose"_s).toString(), u"counter_visit"_s); // the counter's default
    QCOMPARE(entry.value(u"staff_id"_s).toString(), m_window->store()->session().staffId);
    // Once in the local log too, marked as delivered.
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(m_window->cachePath(),
                                          u"SELECT count(*) || ':' || min(version) FROM audit_entry"
                                          " WHERE citizen_id = ?"_s,
                                          {citizenId}),
                              u"1:1"_s, syncTimeoutMs);

    // Staff say why when it is not the role's usual reason: the next consultation carries it.
    auto *followUp = m_window->findChild<QAction *>(u"purpose_follow_up_Action"_s);
    QVERIFY(followUp);
    followUp->trigger();
    QVERIFY(followUp->isChecked());
    m_window->dossierView()->revealAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        api.request("GET", path, token).json().value(u"entries"_s).toArray().size(), 2,
        syncTimeoutMs);
    QStringList purposes;
    for (const QJsonValue &e : api.request("GET", path, token).json().value(u"entries"_s).toArray())
        purposes << e.toObject().value(u"action"_s).toString() + u'/' +
                        e.toObject().value(u"purpose"_s).toString();
    purposes.sort();
    QCOMPARE(purposes,
             (QStringList{u"open_dossier/counter_visit"_s, u"reveal_national_number/follow_up"_s}));
}

void TestHubUi::contactFormValidates()
{
    ui::ContactForm form;
    form.setToday(QDate(2026, 3, 12));
    form.show();
    QVERIFY(!form.validated());
    QVERIFY(form.errorText().contains(u"Open a dossier first"_s));
    form.setCitizen(u"c-1"_s, u"Marie Janssens"_s);
    QSignalSpy submitted(&form, &ui::ContactForm::submitted);
    auto *save = form.findChild<QPushButton *>(u"contactSaveButton"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(form.errorText(), u"Choose what the contact was about."_s);
    form.findChild<QComboBox *>(u"contactTopic"_s)->setCurrentIndex(1);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(form.errorText(), u"Write a short summary of the contact."_s);
    QTest::keyClicks(form.findChild<QPlainTextEdit *>(u"contactSummary"_s), u"   "_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(form.errorText(), u"Write a short summary of the contact."_s);
    QTest::keyClicks(form.findChild<QPlainTextEdit *>(u"contactSummary"_s), u"New eID"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(form.errorText(), u"Write the outcome: what was answered, done or agreed."_s);
    QTest::keyClicks(form.findChild<QLineEdit *>(u"contactOutcome"_s), u"Appointment made"_s);
    form.findChild<QCheckBox *>(u"contactFollowUp"_s)->setChecked(true);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(form.errorText(), u"Describe the follow-up task, or untick the follow-up."_s);
    QTest::keyClicks(form.findChild<QLineEdit *>(u"contactFollowUpTask"_s), u"Hand out eID"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(form.errorText(), u"Name who takes up the follow-up task."_s);
    QTest::keyClicks(form.findChild<QLineEdit *>(u"contactFollowUpOwner"_s), u"J. Peeters"_s);
    // The queue follows the channel until it is chosen by hand: the counter's for a contact at
    // the counter, the helpdesk's for a helpdesk contact.
    auto *channel = form.findChild<QComboBox *>(u"contactChannel"_s);
    auto *queue = form.findChild<QComboBox *>(u"contactFollowUpQueue"_s);
    QCOMPARE(form.followUpRoute().queue, TaskQueueKind::Municipality);
    QCOMPARE(form.followUpRoute().kind, TaskKind::CallBack);
    channel->setCurrentIndex(channel->findData(u"helpdesk"_s));
    QCOMPARE(queue->currentData().toString(), u"helpdesk"_s);
    QTest::keyClick(queue, Qt::Key_Down); // chosen by hand: the counter's
    channel->setCurrentIndex(channel->findData(u"phone"_s));
    channel->setCurrentIndex(channel->findData(u"helpdesk"_s));
    QCOMPARE(form.followUpRoute().queue, TaskQueueKind::Municipality);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(1).value<FollowUpRoute>().queue, TaskQueueKind::Municipality);
    QVERIFY(form.errorText().isEmpty());
    const auto contact = submitted.at(0).at(0).value<ContactMoment>();
    QCOMPARE(contact.citizenId, u"c-1"_s);
    QCOMPARE(contact.summary, u"New eID"_s);
    QCOMPARE(contact.outcome, u"Appointment made"_s);
    QCOMPARE(contact.followUpOwner, u"J. Peeters"_s);
    QCOMPARE(contact.followUpDue, u"2026-03-19"_s); // a week by default
    QVERIFY(contact.occurredAt.endsWith(u'Z'));

    // What was typed is kept per citizen when the dossier changes and comes back.
    form.setCitizen(u"c-2"_s, u"Marc Janssens"_s);
    QVERIFY(form.findChild<QPlainTextEdit *>(u"contactSummary"_s)->toPlainText().isEmpty());
    form.setCitizen(u"c-1"_s, u"Marie Janssens"_s);
    QCOMPARE(form.findChild<QPlainTextEdit *>(u"contactSummary"_s)->toPlainText(), u"   New eID"_s);
}

void TestHubUi::demoHubStopsWithTheApp()
{
    startDemo();
    const qint64 pid = m_demo->hub().pid();
    QVERIFY(pid > 0);
    QVERIFY(m_demo->hub().isRunning());
    // As at quit: the window goes, then the demo hub with it.
    m_window->close();
    m_window.reset();
    m_demo.reset();
    // QProcess reaped it: no process of that id is left, not even a zombie.
    QVERIFY(!QFile::exists(u"/proc/%1"_s.arg(pid)));
}

QTEST_MAIN(TestHubUi)
#include "tst_hubui.moc"
