// Guided mode in the window against the real loket-hub (issue 6): Ctrl+G opens the guide panel
// beside the dossier, steps are marked alone / with help, the progress reaches the hub once and
// shows in the dossier's autonomy line, and after a restart the guide reopens at the first step
// not done. The item models run under QAbstractItemModelTester.

#include "../integration/synctestkit.h"
#include "guides/guidelibrary.h"
#include "model/guideprogress.h"
#include "store/connection.h"
#include "ui/citizenresultsmodel.h"
#include "ui/demohub.h"
#include "ui/dossierview.h"
#include "ui/guidepanel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
constexpr int startTimeoutMs = 180000;
constexpr int syncTimeoutMs = 60000;
constexpr qint64 demoCitizens = 300;
const QString guideId = u"ebox-activate"_s;
} // namespace

class TestGuidePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void autonomyModelFollowsProgress_data();
    void autonomyModelFollowsProgress();
    void guidedModeMarksStepsReachesTheHubAndReopensAfterARestart();

private:
    void createWindow();
    template<typename T> T *child(const char *objectName) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(objectName));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::UiLanguage> m_language;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DemoHub> m_demo;
};

void TestGuidePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LOKET_HUB_BINARY)), LOKET_HUB_BINARY);
}

void TestGuidePanel::cleanup()
{
    m_demo.reset();
    m_window.reset();
    m_language.reset();
    m_settings.reset();
}

void TestGuidePanel::createWindow()
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

void TestGuidePanel::autonomyModelFollowsProgress_data()
{
    // Progress of ebox-activate as "alone" / "with_help" per step, by step index; empty: none.
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << u"Not yet"_s;
    QTest::newRow("half") << QStringList{u"alone"_s, u"alone"_s} << u"Not yet"_s;
    QTest::newRow("all alone") << QStringList{u"*alone"_s} << u"Completed alone"_s;
    QTest::newRow("all, one with help")
        << QStringList{u"with_help"_s, u"*alone"_s} << u"Completed with help"_s;
}

void TestGuidePanel::autonomyModelFollowsProgress()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, expected);
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    const QStringList steps = library.guide(guideId, u"en"_s)->stepIds();
    QList<GuideProgress> progress;
    for (qsizetype i = 0; i < steps.size() && !statuses.isEmpty(); ++i) {
        // "*x" repeats x for the remaining steps.
        QString s = statuses.at(qMin(i, statuses.size() - 1));
        if (i >= statuses.size() && !s.startsWith(u'*'))
            break;
        s.remove(u'*');
        GuideProgress p;
        p.citizenId = u"c"_s;
        p.guideId = guideId;
        p.stepId = steps.at(i);
        p.status = stepStatusFromCode(s).value();
        progress << p;
    }
    ui::GuideAutonomyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGuides(&library, u"en"_s);
    QCOMPARE(model.rowCount(), library.guideIds().size());
    model.setProgress(progress);
    const int row = model.rowOf(guideId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ui::GuideAutonomyModel::AutonomyColumn).data().toString(), expected);
    QCOMPARE(model.index(row, ui::GuideAutonomyModel::TitleColumn).data().toString(),
             library.guide(guideId, u"en"_s)->title);
    // Every other guide has no progress.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (r != row)
            QCOMPARE(model.autonomy(r), GuideAutonomy::NotYet);
    }
}

void TestGuidePanel::guidedModeMarksStepsReachesTheHubAndReopensAfterARestart()
{
    createWindow();
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_demo = std::make_unique<ui::DemoHub>(*m_window);
    QSignalSpy failed(m_demo.get(), &ui::DemoHub::failed);
    m_demo->start(m_dir.filePath(u"demo"_s), demoCitizens, QStringLiteral(LOKET_HUB_BINARY));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || failed.count() > 0, startTimeoutMs);
    QVERIFY(failed.isEmpty());
    const QString cachePath = m_window->cachePath();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->session().isValid(), syncTimeoutMs);

    // A citizen, opened from the search box.
    QString citizenId;
    QString name;
    {
        Connection c(u"test-read"_s);
        QVERIFY(c.open(cachePath, Connection::Mode::ReadOnly));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"SELECT id, family_name, given_names FROM citizen ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        citizenId = q.value(0).toString();
        name = q.value(1).toString() + u' ' + q.value(2).toString();
    }
    QVERIFY(m_window->openDossier(citizenId));
    QCOMPARE(m_window->dossierView()->citizenId(), citizenId);
    QVERIFY(m_window->dossierView()->guideAutonomy().contains(u"not yet: 6 guide"_s));

    // Ctrl+G: the panel beside the dossier, the focus on the guide picker.
    ui::GuidePanel *panel = m_window->guidePanel();
    QAbstractItemModelTester guidesTester(panel->guidesModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(panel->stepsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(m_window->dossierView()->isVisible()); // beside, never over it
    auto *picker = child<QComboBox>("guidePicker");
    QTRY_COMPARE(QApplication::focusWidget(), picker);
    // The guides are sorted by id: ebox-activate is the first; Down then Up picks it by keyboard.
    QCOMPARE(panel->guidesModel()->guideId(0), guideId);
    QTest::keyClick(picker, Qt::Key_Down);
    QTest::keyClick(picker, Qt::Key_Up);
    QTRY_COMPARE(panel->currentGuideId(), guideId);
    QCOMPARE(panel->currentStep(), 0);
    // In the staff's language (English here).
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    const Guide english = *library.guide(guideId, u"en"_s);
    QVERIFY(panel->stepsModel()->index(0).data().toString().contains(english.steps.at(0).title));

    // Step 1 alone, step 2 with help: the list moves on to step 3.
    QSignalSpy pending(m_window->store(), &Store::pendingCountChanged);
    QTest::mouseClick(child<QPushButton>("guideAloneButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("guideWithHelpButton"), Qt::LeftButton);
    QCOMPARE(panel->currentStep(), 2);
    QCOMPARE(panel->stepsModel()->status(0), StepStatus::Alone);
    QCOMPARE(panel->stepsModel()->status(1), StepStatus::WithHelp);
    QCOMPARE(panel->stepsModel()->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(panel->stepsModel()->index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Both reach the hub, once each.
    QTRY_VERIFY_WITH_TIMEOUT(!pending.isEmpty() && pending.last().at(0).toInt() == 0 &&
                                 m_window->store()->pendingCount() == 0,
                             syncTimeoutMs);
    kit::HubApi api(m_demo->hub().url());
    const QByteArray token = api.login(m_demo->account().user, m_demo->account().password);
    for (int i = 0; i < 2; ++i) {
        const kit::HttpReply r =
            api.request("GET",
                        u"/api/v1/guide-progress/"_s +
                            guideProgressId(citizenId, guideId, english.steps.at(i).id),
                        token);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(u"version"_s).toInteger(), 1);
        QCOMPARE(r.json().value(u"status"_s).toString(), i == 0 ? u"alone"_s : u"with_help"_s);
    }

    // The rest alone: the guide is complete, with help; the dossier says so.
    for (qsizetype i = 2; i < english.steps.size(); ++i)
        QTest::mouseClick(child<QPushButton>("guideAloneButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->dossierView()->guideAutonomy().contains(
        u"completed with help: %1"_s.arg(english.title)));
    QCOMPARE(panel->guidesModel()->autonomy(0), GuideAutonomy::WithHelp);
    // Step 4 set back to not yet: the guide is open again and reopens there.
    panel->openGuide(guideId);
    QCOMPARE(panel->currentStep(), 0); // all done: from the start
    child<QListView>("guideSteps")->setCurrentIndex(panel->stepsModel()->index(3));
    QTest::mouseClick(child<QPushButton>("guideNotYetButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->pendingCount() == 0, syncTimeoutMs);
    QTRY_VERIFY(m_window->dossierView()->guideAutonomy().contains(u"not yet: 6 guide"_s));

    // The handout in the citizen's language.
    const QString pdf = m_dir.filePath(u"handout.pdf"_s);
    QVERIFY(m_window->saveHandout(guideId, u"ar"_s, pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    // Closing the panel gives the focus back to the dossier.
    QTest::mouseClick(child<QPushButton>("guideCloseButton"), Qt::LeftButton);
    QVERIFY(!panel->isVisible());

    // A restart: the window and the hub go, a new window opens the same cache (the hub away).
    m_demo.reset();
    m_window.reset();
    createWindow();
    QSignalSpy reopened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_window->connectToHub(cachePath, QUrl(u"http://127.0.0.1:9"_s), u"nobody"_s, u"x"_s,
                           ui::MainWindow::CacheOrigin::Regional);
    QTRY_VERIFY_WITH_TIMEOUT(!reopened.isEmpty(), syncTimeoutMs);
    QVERIFY(m_window->openDossier(citizenId));
    QTRY_VERIFY(m_window->guideAction()->isEnabled());
    m_window->guideAction()->trigger();
    panel = m_window->guidePanel();
    QTRY_VERIFY(panel->isVisible());
    panel->openGuide(guideId);
    QCOMPARE(panel->currentStep(), 3); // the first step not done
    QCOMPARE(panel->stepsModel()->status(1), StepStatus::WithHelp);
    QVERIFY(m_window->dossierView()->guideAutonomy().contains(u"not yet: 6 guide"_s));
}

QTEST_MAIN(TestGuidePanel)
#include "tst_guidepanel.moc"
