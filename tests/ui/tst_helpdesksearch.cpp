// The helpdesk's region-wide lookup in the window (issue 8, item 1) against the real loket-hub:
// a helpdesk account's search asks the hub while online and lists citizens of every
// municipality with the municipality named; opening one fetches the dossier into the cache and
// opens it; an answer to a query already typed past never arrives; offline (Work offline) the
// search says so and finds what the cache holds. The results model runs under
// QAbstractItemModelTester throughout.

#include "../integration/synctestkit.h"

#include "model/nationalnumber.h"
#include "store/connection.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "ui/citizenresultsmodel.h"
#include "ui/mainwindow.h"
#include "ui/screenshotscript.h"
#include "ui/settings.h"
#include "ui/statusbar.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

class TestHelpdeskSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlineLookupOpensADossierOfAnotherMunicipality();
    void onlyTheNewestQueryIsAnswered();
    void offlineSearchesTheCacheAndSaysSo();
    void screenshotOpensAnOnlineHit();

private:
    int cachedCitizens(const QString &id = {});
    int rowOf(const QAbstractItemModel &model, const QString &citizenId);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalHub> m_hub;
    DemoAccount m_helpdesk;
    QString m_home;       // the helpdesk account's own municipality
    QJsonObject m_target; // a citizen of another municipality
    QString m_targetTown; // its municipality's name
    QString m_cachePath;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::UiLanguage> m_language;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestHelpdeskSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hub = std::make_unique<LocalHub>();
    LocalHub::Options options;
    options.program = QStringLiteral(LOKET_HUB_BINARY);
    options.database = m_dir.filePath(u"hub.sqlite"_s);
    options.demo = true;
    options.citizens = 1000;
    options.seed = 31;
    m_hub->start(options);
    QVERIFY2(m_hub->waitForStarted(180000), qPrintable(m_hub->errorString()));
    std::optional<DemoAccount> region;
    for (const DemoAccount &a : m_hub->accounts()) {
        if (a.role == u"helpdesk"_s && a.scope.size() == 1 && m_helpdesk.user.isEmpty())
            m_helpdesk = a;
        if (a.role == u"counter"_s && a.scope.size() > 1)
            region = a;
    }
    QVERIFY(!m_helpdesk.user.isEmpty() && region);
    m_home = m_helpdesk.scope.first();

    // A citizen of another municipality, as the region's counter reads it.
    kit::HubApi api(m_hub->url());
    QString error;
    const auto feed = api.readFeed(api.login(region->user, region->password), {}, &error);
    QVERIFY2(feed, qPrintable(error));
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it) {
        const QJsonObject c = it.value();
        if (it.key().startsWith(u"citizen:"_s) &&
            !c.value(u"municipality_nis"_s).toString().isEmpty() &&
            c.value(u"municipality_nis"_s).toString() != m_home &&
            !c.value(u"national_number"_s).toString().isEmpty()) {
            m_target = c;
            break;
        }
    }
    QVERIFY(!m_target.isEmpty());
    m_targetTown =
        feed->records.value(u"municipality:"_s + m_target.value(u"municipality_nis"_s).toString())
            .value(u"name"_s)
            .toString();
    QVERIFY(!m_targetTown.isEmpty());

    m_settings = std::make_unique<ui::Settings>(m_dir.filePath(u"settings.ini"_s));
    m_language = std::make_unique<ui::UiLanguage>(*m_settings);
    m_language->setSessionOverride(u"en"_s);
    m_language->apply();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, *m_language);
    m_window->show();
    m_cachePath = m_dir.filePath(u"helpdesk.loket"_s);
    m_window->connectToHub(m_cachePath, m_hub->url(), m_helpdesk.user, m_helpdesk.password,
                           ui::MainWindow::CacheOrigin::Regional);
    QVERIFY(m_window->store());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->cachePath(), m_cachePath, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->isOnline(), 60000);
    // The helpdesk caches no region: nothing is opened yet.
    QCOMPARE(cachedCitizens(), 0);
}

void TestHelpdeskSearch::cleanupTestCase()
{
    m_window.reset();
    if (m_hub)
        m_hub->stop();
}

int TestHelpdeskSearch::cachedCitizens(const QString &id)
{
    Connection reader(u"check"_s);
    if (!reader.open(m_cachePath, Connection::Mode::ReadOnly))
        return -1;
    QSqlQuery q(reader.database());
    q.prepare(id.isEmpty() ? u"SELECT count(*) FROM citizen"_s
                           : u"SELECT count(*) FROM citizen WHERE id = ?"_s);
    if (!id.isEmpty())
        q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int TestHelpdeskSearch::rowOf(const QAbstractItemModel &model, const QString &citizenId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ui::CitizenResultsModel::CitizenIdRole).toString() ==
            citizenId)
            return row;
    }
    return -1;
}

void TestHelpdeskSearch::onlineLookupOpensADossierOfAnotherMunicipality()
{
    auto *list = m_window->findChild<QListView *>(u"resultsList"_s);
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = m_target.value(u"id"_s).toString();
    QSignalSpy answered(m_window->store(), &Store::citizenLookupFinished);
    const QString query = m_target.value(u"given_names"_s).toString().section(u' ', 0, 0) + u' ' +
                          m_target.value(u"family_name"_s).toString();
    m_window->searchBox()->setText(query);
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
    const auto result = answered.last().at(0).value<OnlineLookupResult>();
    QCOMPARE(int(result.outcome), int(OnlineLookupResult::Outcome::Found));
    QTRY_VERIFY(rowOf(*list->model(), id) >= 0);
    const QModelIndex hit = list->model()->index(rowOf(*list->model(), id), 0);
    QCOMPARE(hit.data(ui::CitizenResultsModel::MunicipalityRole).toString(), m_targetTown);
    QVERIFY(hit.data(ui::CitizenResultsModel::OnlineRole).toBool());
    QVERIFY(hit.data(Qt::AccessibleTextRole).toString().contains(m_targetTown));

    // Opening it fetches the dossier into the cache, then shows it.
    list->setCurrentIndex(hit);
    QSignalSpy fetched(m_window->store(), &Store::dossierFetched);
    QTest::keyClick(m_window->searchBox(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
    QCOMPARE(fetched.at(0).at(0).toString(), id);
    QCOMPARE(fetched.at(0).at(1).toString(), QString());
    QCOMPARE(cachedCitizens(id), 1);
    QCOMPARE(cachedCitizens(), 1);
    // The status bar counts it (it said "0 citizens" with the dossier open).
    QTRY_COMPARE(m_window->statusBarWidget()->citizenCountText(), u"1 citizen"_s);

    // The hub logged the opening as a helpdesk call.
    kit::HubApi api(m_hub->url());
    std::optional<DemoAccount> admin = m_hub->account(u"admin"_s, {m_home});
    QVERIFY(admin);
    const kit::HttpReply log = api.request("GET", u"/api/v1/access-log?citizen_id="_s + id,
                                           api.login(admin->user, admin->password));
    QCOMPARE(log.status, 200);
    bool logged = false;
    for (const QJsonValue &v : log.json().value(u"entries"_s).toArray())
        logged = logged || v.toObject().value(u"purpose"_s).toString() == u"helpdesk_call"_s;
    QVERIFY(logged);
}

void TestHelpdeskSearch::onlyTheNewestQueryIsAnswered()
{
    Store *store = m_window->store();
    QSignalSpy answered(store, &Store::citizenLookupFinished);
    const QString family = m_target.value(u"family_name"_s).toString();
    // Typed on before the first answer came: only the second is answered.
    store->lookupCitizensOnline(family.left(2), 50);
    const quint64 newest = store->lookupCitizensOnline(family, 50);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 30000);
    auto result = answered.at(0).at(0).value<OnlineLookupResult>();
    QCOMPARE(result.request, newest);
    QCOMPARE(result.query, family);
    // A third lookup answered afterwards proves the first did not arrive late in between.
    const quint64 third = store->lookupCitizensOnline(family + u" x"_s, 50);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 30000);
    QCOMPARE(answered.at(1).at(0).value<OnlineLookupResult>().request, third);
}

void TestHelpdeskSearch::offlineSearchesTheCacheAndSaysSo()
{
    auto *list = m_window->findChild<QListView *>(u"resultsList"_s);
    auto *count = m_window->findChild<QLabel *>(u"resultsCount"_s);
    QVERIFY(list && count);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->searchBox()->clear();
    m_window->workOfflineAction()->setChecked(true);
    QSignalSpy answered(m_window->store(), &Store::citizenLookupFinished);
    m_window->searchBox()->setText(m_target.value(u"family_name"_s).toString());
    const QString notice = u"Offline: only the dossiers opened on this computer are searched."_s;
    QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(notice), 20000);
    // The cache holds the one dossier opened: it is found, as a cached hit.
    QTRY_COMPARE(list->model()->rowCount(), 1);
    const QModelIndex hit = list->model()->index(0, 0);
    QCOMPARE(hit.data(ui::CitizenResultsModel::CitizenIdRole).toString(),
             m_target.value(u"id"_s).toString());
    QVERIFY(!hit.data(ui::CitizenResultsModel::OnlineRole).toBool());
    QVERIFY(answered.isEmpty()); // nothing was asked at the hub
    // Back online, the hub answers again and the notice goes.
    m_window->workOfflineAction()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->isOnline(), 60000);
    m_window->searchBox()->setText(m_target.value(u"family_name"_s).toString() + u' ');
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
    QTRY_VERIFY(!count->text().contains(notice));
}

// `loket --demo --demo-role helpdesk --screenshot` (the documentation's pictures): the script
// types the query, and opens the hit of the hub's online lookup the way Enter does — fetched into
// the cache first — before the picture is taken (it failed: it opened from the cache only).
void TestHelpdeskSearch::screenshotOpensAnOnlineHit()
{
    ui::Settings settings(m_dir.filePath(u"shot-settings.ini"_s));
    ui::MainWindow window(settings, *m_language);
    window.show();
    const QString file = m_dir.filePath(u"helpdesk.png"_s);
    const QString query = m_target.value(u"family_name"_s).toString();
    ui::ScreenshotScript script(window, file, query, 0);
    QSignalSpy finished(&script, &ui::ScreenshotScript::finished);
    script.start(120000);
    window.connectToHub(m_dir.filePath(u"helpdesk-shot.loket"_s), m_hub->url(), m_helpdesk.user,
                        m_helpdesk.password, ui::MainWindow::CacheOrigin::Regional);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished.at(0).at(0).toInt() == 0, qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(window.resultsModel()->hit(0).online);
    QCOMPARE(window.dossierView()->citizenId(), window.resultsModel()->hit(0).id);
    QVERIFY(!QImage(file).isNull());
}

QTEST_MAIN(TestHelpdeskSearch)
#include "tst_helpdesksearch.moc"
