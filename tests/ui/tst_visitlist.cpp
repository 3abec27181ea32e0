// The outreach worker's visit list (issue 7, item 1): the table model under
// QAbstractItemModelTester with every readiness state, the window over a real store and cache
// (Enter opens the dossier, "Add visit…" by national number writes the visit and its outbox
// entry, "Prepare for offline" without the hub says so), the main window's action that only
// outreach sees, and the remote wipe as the window shows it, against the real hub.

#include "../integration/synctestkit.h"
#include "demowindow.h"
#include "testcache.h"

#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/store.h"
#include "store/visitlist.h"
#include "sync/clock.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"
#include "ui/visitlist.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;
using loket::testing::TestCache;

Q_DECLARE_METATYPE(loket::VisitListRow)

namespace {

const QDate today(2026, 3, 12);

// The store's clock stands still at noon on `today`: the expiry purge counts from it.
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(today, QTime(11, 0), QTimeZone::utc()); }
};

Visit visit(const QString &id, const QString &citizenId, QDate date, const QString &purpose)
{
    Visit v;
    v.id = id;
    v.citizenId = citizenId;
    v.staffId = u"demo-outreach-24062"_s;
    v.date = date;
    v.purpose = purpose;
    v.version = 1;
    return v;
}

VisitListRow row(int offset, bool cached, const QString &preparedAt, const QString &error,
                 qint64 bytes)
{
    VisitListRow r;
    r.visit = visit(u"v-%1"_s.arg(offset), u"c-%1"_s.arg(offset), today.addDays(offset), u"eBox"_s);
    r.citizenCached = cached;
    r.citizenName = cached ? u"Peeters, Jan"_s : QString();
    r.municipality = cached ? u"Leuven"_s : QString();
    r.preparation.preparedAt = preparedAt;
    r.preparation.lastError = error;
    r.preparation.bytes = bytes;
    return r;
}

QString text(const QAbstractItemModel &model, int r, int column)
{
    return model.data(model.index(r, column)).toString();
}

} // namespace

class TestVisitList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelShowsEveryState_data();
    void modelShowsEveryState();
    void modelPassesTheTester();
    void windowListsTheCachedVisits();
    void enterOpensTheDossier();
    void addVisitByNationalNumber();
    void prepareOfflineSaysSo();
    void visitsActionIsForOutreachOnly();
    void outreachWindowShowsVisitsAndIsWiped();

private:
    QString m_path;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ui::VisitListWindow> m_window;
};

void TestVisitList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"visits.db"_s);
    const QString error = TestCache::create(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Connection c(u"fixture"_s);
        QVERIFY(c.open(m_path));
        CacheWriter writer(c);
        QVERIFY(writer.upsert(visit(u"v-1"_s, QString::fromLatin1(TestCache::marie1954), today,
                                    u"help with the eBox"_s),
                              VisitOrigin::Hub));
        QVERIFY(writer.upsert(visit(u"v-2"_s, QString::fromLatin1(TestCache::marc1961),
                                    today.addDays(3), u"tax letter"_s),
                              VisitOrigin::Hub));
        QVERIFY(writer.upsert(visit(u"v-3"_s, u"not-in-cache"_s, today.addDays(1), QString()),
                              VisitOrigin::Hub));
        VisitPreparationTable table(c.database());
        QVERIFY(table.markPrepared(QString::fromLatin1(TestCache::marie1954),
                                   u"2026-03-12T07:30:00.000Z"_s, 12345));
    }
    StoreOptions o;
    o.path = m_path;
    o.clock = std::make_shared<FixedClock>();
    o.useNetworkInformation = false;
    m_store = std::make_unique<Store>(o);
    QSignalSpy opened(m_store.get(), &Store::opened);
    m_store->open();
    QVERIFY(opened.wait(20000));
    QVERIFY(opened.first().first().toBool());
    // Signed in as an outreach worker whose hub cannot be reached: working offline.
    HubSession session;
    session.hubUrl = QUrl(u"http://127.0.0.1:1"_s);
    session.token = "token";
    session.role = u"outreach"_s;
    session.staffId = u"demo-outreach-24062"_s;
    m_store->setSession(session);
    m_window = std::make_unique<ui::VisitListWindow>(*m_store, m_path);
    m_window->setToday(today);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVisitList::modelShowsEveryState_data()
{
    QTest::addColumn<VisitListRow>("input");
    QTest::addColumn<QString>("ready");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("citizen");
    const QString at = u"2026-03-11T17:00:00.000Z"_s;
    QTest::newRow("ready") << row(1, true, at, {}, 2048) << u"Ready"_s << u"2.0 kB"_s
                           << u"Peeters, Jan"_s;
    QTest::newRow("not prepared") << row(2, true, {}, {}, 0) << u"Not prepared"_s << QString()
                                  << u"Peeters, Jan"_s;
    QTest::newRow("expired") << row(-30, true, at, {}, 500) << u"Expired"_s << u"500 bytes"_s
                             << u"Peeters, Jan"_s;
    QTest::newRow("failed") << row(0, false, {}, u"the hub cannot be reached"_s, 0)
                            << u"Failed: the hub cannot be reached"_s << QString()
                            << u"(dossier not on this computer)"_s;
}

void TestVisitList::modelShowsEveryState()
{
    QFETCH(VisitListRow, input);
    QFETCH(QString, ready);
    QFETCH(QString, size);
    QFETCH(QString, citizen);
    ui::VisitListModel model;
    model.setRows({input}, today, 14);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, ui::VisitListModel::ReadyColumn), ready);
    QCOMPARE(text(model, 0, ui::VisitListModel::SizeColumn), size);
    QCOMPARE(text(model, 0, ui::VisitListModel::CitizenColumn), citizen);
    QCOMPARE(text(model, 0, ui::VisitListModel::PurposeColumn), u"eBox"_s);
    QCOMPARE(model.data(model.index(0, 0), ui::VisitListModel::CitizenIdRole).toString(),
             input.visit.citizenId);
}

void TestVisitList::modelPassesTheTester()
{
    ui::VisitListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString at = u"2026-03-11T17:00:00.000Z"_s;
    model.setRows({row(1, true, at, {}, 10), row(2, false, {}, {}, 0), row(-30, true, at, {}, 5),
                   row(0, false, {}, u"403"_s, 0)},
                  today, 14);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ui::VisitListModel::ColumnCount));
    model.setRows({}, today, 14);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({row(1, true, at, {}, 10)}, today, 3);
    model.retranslate();
    QCOMPARE(model.rowCount(), 1);

    // The window's own model, refreshed from the cache, under the tester as well.
    QAbstractItemModelTester windowTester(m_window->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->refresh();
    QCOMPARE(m_window->model()->rowCount(), 3);
}

void TestVisitList::windowListsTheCachedVisits()
{
    const QAbstractItemModel &model = *m_window->model();
    QCOMPARE(model.rowCount(), 3);
    // By date: today, tomorrow, in three days.
    QCOMPARE(text(model, 0, ui::VisitListModel::CitizenColumn), u"Janssens, Marie"_s);
    QCOMPARE(text(model, 0, ui::VisitListModel::PurposeColumn), u"help with the eBox"_s);
    QCOMPARE(text(model, 0, ui::VisitListModel::ReadyColumn), u"Ready"_s);
    QCOMPARE(text(model, 0, ui::VisitListModel::SizeColumn), u"12.3 kB"_s);
    QVERIFY(!text(model, 0, ui::VisitListModel::RefreshedColumn).isEmpty());
    QCOMPARE(text(model, 1, ui::VisitListModel::CitizenColumn),
             u"(dossier not on this computer)"_s);
    QCOMPARE(text(model, 1, ui::VisitListModel::ReadyColumn), u"Not prepared"_s);
    QCOMPARE(text(model, 2, ui::VisitListModel::CitizenColumn), u"Janssens, Marc"_s);
    QCOMPARE(text(model, 2, ui::VisitListModel::ReadyColumn), u"Not prepared"_s);
}

void TestVisitList::enterOpensTheDossier()
{
    QSignalSpy requested(m_window.get(), &ui::VisitListWindow::dossierRequested);
    QTableView *view = m_window->findChild<QTableView *>(u"visitTable"_s);
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), QString::fromLatin1(TestCache::marc1961));
    // A visit whose dossier is not here opens nothing and says why.
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(!m_window->findChild<QPushButton *>(u"openVisitDossierButton"_s)->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QVERIFY(m_window->findChild<QLabel *>(u"visitStatus"_s)->text().contains(u"not on this"_s));
}

void TestVisitList::addVisitByNationalNumber()
{
    const Citizen marc = TestCache::citizen(TestCache::marc1961);
    QVERIFY(!marc.nationalNumber.isEmpty());
    // The dialog is modal: it is driven from the event loop once it shows.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        // A failed check returns from here: the dialog must not stay open for ever.
        const auto closeOnFailure = qScopeGuard([&] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()); d && !driven)
                d->reject();
        });
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<ui::AddVisitDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *number = dialog->findChild<QLineEdit *>(u"visitNationalNumber"_s);
        auto *ok = dialog->findChild<QPushButton *>(u"addVisitOk"_s);
        auto *citizen = dialog->findChild<QLabel *>(u"visitCitizen"_s);
        QVERIFY(number && ok && citizen);
        // A wrong check digit is refused with the reason; the button stays off.
        QString wrong = marc.nationalNumber;
        wrong[10] = wrong.at(10) == u'0' ? u'1' : u'0';
        QTest::keyClicks(number, wrong);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!citizen->text().isEmpty());
        number->clear();
        QTest::keyClicks(number, NationalNumber::parse(marc.nationalNumber)->formatted());
        QTRY_VERIFY(ok->isEnabled());
        QCOMPARE(citizen->text(), u"Janssens, Marc"_s);
        auto *date = dialog->findChild<QDateEdit *>(u"visitDate"_s);
        date->setDate(today.addDays(10));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"visitPurpose"_s), u"pension forms"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        driven = true;
    });
    QSignalSpy refreshed(m_window.get(), &ui::VisitListWindow::refreshed);
    m_window->addVisit();
    QVERIFY(driven);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 4, 10000);
    const QAbstractItemModel &model = *m_window->model();
    QCOMPARE(text(model, 3, ui::VisitListModel::CitizenColumn), u"Janssens, Marc"_s);
    QCOMPARE(text(model, 3, ui::VisitListModel::PurposeColumn), u"pension forms (not yet sent)"_s);
    Connection check(u"check"_s);
    QVERIFY(check.open(m_path, Connection::Mode::ReadOnly));
    QSqlQuery q(check.database());
    QVERIFY(q.exec(u"SELECT v.origin, v.visit_date, o.method, o.path FROM visit v JOIN outbox o"
                   " ON o.entity_type = 'visit' AND o.entity_id = v.id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"local"_s);
    QCOMPARE(q.value(1).toString(), today.addDays(10).toString(Qt::ISODate));
    QCOMPARE(q.value(2).toString(), u"POST"_s);
    QCOMPARE(q.value(3).toString(), u"/api/v1/visits"_s);
    QVERIFY(!q.next());
}

void TestVisitList::prepareOfflineSaysSo()
{
    QSignalSpy finished(m_window.get(), &ui::VisitListWindow::preparationFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"prepareVisitsButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<VisitPreparationOutcome>();
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(outcome.prepared, 0);
    QCOMPARE(m_window->findChild<QLabel *>(u"visitStatus"_s)->text(), outcome.error);
    QVERIFY(m_window->findChild<QPushButton *>(u"prepareVisitsButton"_s)->isEnabled());
    QVERIFY(!m_window->isPreparing());
}

void TestVisitList::visitsActionIsForOutreachOnly()
{
    ui::Settings settings(m_dir.filePath(u"settings.ini"_s));
    ui::UiLanguage language(settings);
    ui::MainWindow window(settings, language);
    QVERIFY(window.visitsAction());
    QCOMPARE(window.visitsAction()->shortcut(), QKeySequence(u"Ctrl+Shift+V"_s));
    QVERIFY(!window.visitsAction()->isVisible()); // nobody signed in
    QVERIFY(!window.keepVisitedDaysAction()->isVisible());
    window.showVisits();
    QVERIFY(!window.visitListWindow());
    // The keep period is a setting with its default, and its menu entry says it.
    QCOMPARE(settings.keepVisitedDays(), 14);
    QVERIFY(window.keepVisitedDaysAction()->text().contains(u"14"_s));
    settings.setKeepVisitedDays(7);
    QVERIFY(window.keepVisitedDaysAction()->text().contains(u"7"_s));
    settings.setKeepVisitedDays(500);
    QCOMPARE(settings.keepVisitedDays(), ui::Settings::maximumKeepVisitedDays);
}

void TestVisitList::outreachWindowShowsVisitsAndIsWiped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    loket::testing::DemoWindow demo(dir.path(), 300, QStringLiteral(LOKET_HUB_BINARY));
    QString error;
    QVERIFY2(demo.waitUntilReady(&error), qPrintable(error));
    ui::MainWindow &window = demo.window();
    QVERIFY(!window.visitsAction()->isVisible()); // a counter

    // The outreach worker of the same municipality signs in on a cache of their own.
    const QString nis = demo.demo().account().scope.value(0);
    const auto outreach = demo.demo().hub().account(u"outreach"_s, {nis});
    const auto admin = demo.demo().hub().account(u"admin"_s, {nis});
    QVERIFY(outreach && admin);
    const QString cache = dir.filePath(u"outreach.loket"_s);
    QSignalSpy opened(&window, &ui::MainWindow::cacheOpened);
    window.connectToHub(cache, demo.demo().hub().url(), outreach->user, outreach->password,
                        ui::MainWindow::CacheOrigin::Regional);
    QTRY_VERIFY_WITH_TIMEOUT(window.store() && window.store()->session().role == u"outreach"_s,
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 60000);
    QTRY_VERIFY(window.visitsAction()->isVisible());
    QVERIFY(window.keepVisitedDaysAction()->isVisible());
    window.visitsAction()->trigger();
    QTRY_VERIFY(window.visitListWindow() && window.visitListWindow()->isVisible());
    QAbstractItemModelTester tester(window.visitListWindow()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.visitListWindow()->refresh();
    QCOMPARE(QString::number(window.visitListWindow()->model()->rowCount()),
             kit::scalar(cache, u"SELECT count(*) FROM visit"_s));

    // The regional service flags the account for a wipe; the next contact wipes the cache.
    kit::HubApi api(demo.demo().hub().url());
    const QByteArray adminToken = api.login(admin->user, admin->password);
    QVERIFY(!adminToken.isEmpty());
    const QString staff = window.store()->session().staffId;
    const kit::HttpReply flag =
        api.request("POST", u"/api/v1/admin/accounts/%1/wipe"_s.arg(staff), adminToken, {},
                    {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QVERIFY2(flag.status == 200, flag.body.constData());
    QSignalSpy wiped(&window, &ui::MainWindow::cacheWiped);
    window.syncNowAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 60000);
    QVERIFY(wiped.first().first().toBool());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QVERIFY2(!QFile::exists(cache + suffix), qPrintable(cache + suffix));
    QVERIFY(!window.store());
    QVERIFY(!window.visitListWindow());
    QVERIFY(window.cachePath().isEmpty());
    QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
    const QString expected =
        u"This computer's copy was wiped at the request of the regional service."_s;
    const QList<QLabel *> labels = window.loginDialog()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [&](const QLabel *l) { return l->text().contains(expected); }));
    window.loginDialog()->reject();
    api.request("DELETE", u"/api/v1/admin/accounts/%1/wipe"_s.arg(staff), adminToken);
}

QTEST_MAIN(TestVisitList)
#include "tst_visitlist.moc"
