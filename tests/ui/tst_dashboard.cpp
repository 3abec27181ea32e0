// The manager's dashboard (issue 9): the indicator table model under QAbstractItemModelTester,
// what its cells say, the CSV export and its failure, the PDF, and the window against the real
// loket-hub (a manager sees its municipality; a counter account is refused).

#include "store/store.h"
#include "sync/indicatorsclient.h"
#include "sync/localhub.h"
#include "ui/dashboardwindow.h"
#include "ui/indicatortablemodel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

// An answer as the hub gives it (docs/api.md), for two municipalities and two months.
QJsonObject answer()
{
    auto row = [](const QString &nis, const QString &month, QJsonObject values) {
        values.insert(u"municipality"_s, nis);
        values.insert(u"month"_s, month);
        return values;
    };
    return QJsonObject{
        {u"from"_s, u"2026-01"_s},
        {u"to"_s, u"2026-02"_s},
        {u"as_of"_s, u"2026-11-28"_s},
        {u"computed_at"_s, u"2026-11-28T09:30:00.000Z"_s},
        {u"months"_s, QJsonArray{u"2026-01"_s, u"2026-02"_s}},
        {u"municipalities"_s,
         QJsonArray{QJsonObject{{u"nis"_s, u"24038"_s}, {u"name"_s, u"Herent"_s}},
                    QJsonObject{{u"nis"_s, u"24062"_s}, {u"name"_s, u"Leuven"_s}}}},
        {u"unavailable"_s, QJsonArray{u"follow_ups_closed_on_time"_s}},
        {u"rows"_s,
         QJsonArray{
             row(u"24038"_s, u"2026-01"_s,
                 {{u"reports_received"_s, 3},
                  {u"share_ebox"_s, 0.25},
                  {u"handling_days_median"_s, 4},
                  {u"follow_ups_closed_on_time"_s, QJsonValue::Null}}),
             row(u"24038"_s, u"2026-02"_s,
                 {{u"reports_received"_s, 1234},
                  {u"share_ebox"_s, QJsonValue::Null},
                  {u"handling_days_median"_s, 1}}),
             row(u"24062"_s, u"2026-01"_s, {{u"reports_received"_s, 0}, {u"share_ebox"_s, 0.5}}),
             row(u"24062"_s, u"2026-02"_s, {{u"reports_received"_s, 7}, {u"share_ebox"_s, 0.3333}}),
         }}};
}

IndicatorReport report()
{
    QString error;
    const auto r = IndicatorReport::fromJson(answer(), &error);
    if (!r)
        qFatal("the test answer does not parse: %s", qPrintable(error));
    return *r;
}

QByteArray login(const QUrl &hub, const QString &user, const QString &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(hub.resolved(QUrl(u"/api/v1/session"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}})
                     .toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000))
        return {};
    const QByteArray token =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString().toLatin1();
    delete reply;
    return token;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void modelUnderTester();
    void cellsSayWhatTheyMean_data();
    void cellsSayWhatTheyMean();
    void csvExport();
    void csvExportFailureIsExplained();
    void pdfIsWritten();
    void windowAgainstTheHub();
    // After windowAgainstTheHub, on its hub.
    void menuActionOnlyForManagersAndAdmins_data();
    void menuActionOnlyForManagersAndAdmins();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalHub> m_hub;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A decimal point in the figures shown; the CSV has a decimal comma whatever the locale.
    QLocale::setDefault(QLocale(u"en_GB"_s));
    QVERIFY(m_dir.isValid());
}

void TestDashboard::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
}

void TestDashboard::modelUnderTester()
{
    ui::IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no indicator chosen yet
    model.setReport(report());
    model.setIndicator(u"reports_received"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    model.setIndicator(u"share_ebox"_s);
    model.setReport(IndicatorReport());
    QCOMPARE(model.rowCount(), 0);
    model.setReport(report());
    model.setIndicator(u"no_such_indicator"_s);
    QCOMPARE(model.columnCount(), 0);
}

void TestDashboard::cellsSayWhatTheyMean_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("count") << u"reports_received"_s << 0 << 0 << u"3"_s << QVariant(3.0);
    QTest::newRow("large count") << u"reports_received"_s << 1 << 0 << QLocale().toString(1234)
                                 << QVariant(1234.0);
    QTest::newRow("zero is a figure") << u"reports_received"_s << 0 << 1 << u"0"_s << QVariant(0.0);
    QTest::newRow("share") << u"share_ebox"_s << 0 << 0 << u"25.0 %"_s << QVariant(0.25);
    QTest::newRow("rounded share") << u"share_ebox"_s << 1 << 1 << u"33.3 %"_s << QVariant(0.3333);
    QTest::newRow("share of nothing") << u"share_ebox"_s << 1 << 0 << u"—"_s << QVariant();
    QTest::newRow("days") << u"handling_days_median"_s << 0 << 0 << u"4"_s << QVariant(4.0);
    QTest::newRow("one day") << u"handling_days_median"_s << 1 << 0 << u"1"_s << QVariant(1.0);
    QTest::newRow("missing row value")
        << u"handling_days_median"_s << 0 << 1 << u"—"_s << QVariant();
    QTest::newRow("unavailable") << u"follow_ups_closed_on_time"_s << 0 << 0 << u"—"_s
                                 << QVariant();
}

void TestDashboard::cellsSayWhatTheyMean()
{
    QFETCH(QString, key);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, value);
    ui::IndicatorTableModel model;
    model.setReport(report());
    model.setIndicator(key);
    const QModelIndex index = model.index(row, column);
    QCOMPARE(model.data(index).toString(), display);
    QCOMPARE(model.data(index, ui::IndicatorTableModel::ValueRole), value);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Herent"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Leuven"_s);
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(),
             row == 0 ? u"January 2026"_s : u"February 2026"_s);
    // A screen reader hears what the cell is about, not only a number or a dash.
    const QString spoken = model.data(index, Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(column == 0 ? u"Herent"_s : u"Leuven"_s), qPrintable(spoken));
    QVERIFY2(value.isValid() ? spoken.endsWith(display) : spoken.endsWith(u"no figure"_s),
             qPrintable(spoken));
}

void TestDashboard::csvExport()
{
    ui::DashboardWindow window({}, {});
    window.showReport(report());
    const QString path = m_dir.filePath(u"indicators.csv"_s);
    QVERIFY(window.exportCsv(path));
    QVERIFY(window.bannerText().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 * 2); // the header, then municipalities x months
    const QStringList header = lines.at(0).split(u';');
    QCOMPARE(header.mid(0, 3), (QStringList{u"Municipality"_s, u"NIS code"_s, u"Month"_s}));
    QCOMPARE(header.size(), 3 + indicatorDefinitions().size() + 1);
    QCOMPARE(header.last(), u"Figures from"_s);
    auto field = [&](int line, const QString &key) {
        const QStringList fields = lines.at(line).split(u';');
        for (qsizetype i = 0; i < indicatorDefinitions().size(); ++i) {
            if (indicatorDefinitions().at(i).key == key)
                return fields.at(3 + i);
        }
        return u"<no column>"_s;
    };
    QVERIFY(lines.at(1).startsWith(u"Herent;24038;2026-01;"_s));
    QVERIFY(lines.at(4).startsWith(u"Leuven;24062;2026-02;"_s));
    QCOMPARE(field(1, u"reports_received"_s), u"3"_s);
    QCOMPARE(field(2, u"reports_received"_s), u"1234"_s);
    // A decimal comma for a Belgian spreadsheet; an empty field for no figure.
    QCOMPARE(field(1, u"share_ebox"_s), u"0,25"_s);
    QCOMPARE(field(4, u"share_ebox"_s), u"0,3333"_s);
    QCOMPARE(field(2, u"share_ebox"_s), QString());
    QCOMPARE(field(1, u"follow_ups_closed_on_time"_s), QString());
    // Every row says when its figures are from.
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).split(u';').last().contains(
                     QLocale().toString(QDate(2026, 11, 28), QLocale::ShortFormat)),
                 qPrintable(lines.at(i)));
}

void TestDashboard::csvExportFailureIsExplained()
{
    ui::DashboardWindow window({}, {});
    window.showReport(report());
    const QString path = m_dir.filePath(u"no-such-folder/indicators.csv"_s);
    QVERIFY(!window.exportCsv(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY2(window.bannerText().contains(u"could not be written"_s),
             qPrintable(window.bannerText()));
    QVERIFY(window.bannerText().contains(QDir::toNativeSeparators(path)));
    // A later export that works clears the message.
    QVERIFY(window.exportCsv(m_dir.filePath(u"second.csv"_s)));
    QVERIFY(window.bannerText().isEmpty());
}

void TestDashboard::pdfIsWritten()
{
    ui::DashboardWindow window({}, {});
    window.showReport(report());
    const QString path = m_dir.filePath(u"indicators.pdf"_s);
    QVERIFY(window.savePdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!window.savePdf(m_dir.filePath(u"no-such-folder/x.pdf"_s)));
    QVERIFY(!window.bannerText().isEmpty());
}

void TestDashboard::windowAgainstTheHub()
{
    m_hub = std::make_unique<LocalHub>();
    LocalHub::Options options;
    options.program = QStringLiteral(LOKET_HUB_BINARY);
    options.database = m_dir.filePath(u"hub.sqlite"_s);
    options.demo = true;
    options.citizens = 1000;
    m_hub->start(options);
    QVERIFY2(m_hub->waitForStarted(180000), qPrintable(m_hub->errorString()));
    std::optional<DemoAccount> manager, counter;
    for (const DemoAccount &a : m_hub->accounts()) {
        if (a.role == u"manager"_s && !manager)
            manager = a;
        if (a.role == u"counter"_s && a.scope.size() == 1 && !counter)
            counter = a;
    }
    QVERIFY(manager && counter && manager->scope.size() == 1);

    // The manager sees its own municipality, month by month, fetched off the UI thread.
    const QByteArray managerToken = login(m_hub->url(), manager->user, manager->password);
    QVERIFY(!managerToken.isEmpty());
    ui::DashboardWindow window(m_hub->url(), managerToken);
    window.show();
    QSignalSpy shown(&window, &ui::DashboardWindow::reportShown);
    // The twelve months up to the demo region's "today" (28 November 2026).
    window.setPeriod(QDate(2025, 12, 1), QDate(2026, 11, 30));
    window.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 120000);
    ui::IndicatorTableModel *model = window.tableModel();
    QCOMPARE(model->columnCount(), 1);
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->report().municipalities.constFirst().nis, manager->scope.constFirst());
    window.selectIndicator(u"contacts_counter"_s);
    QCOMPARE(model->indicator(), u"contacts_counter"_s);
    // The demo region has counter contacts in the last year of every municipality.
    double contacts = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        contacts +=
            model->data(model->index(row, 0), ui::IndicatorTableModel::ValueRole).toDouble();
    QVERIFY(contacts > 0);
    QVERIFY(window.bannerText().isEmpty());

    // A counter account is refused by the hub, and the window says so.
    const QByteArray counterToken = login(m_hub->url(), counter->user, counter->password);
    QVERIFY(!counterToken.isEmpty());
    ui::DashboardWindow refused(m_hub->url(), counterToken);
    QSignalSpy failed(&refused, &ui::DashboardWindow::fetchFailed);
    refused.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY2(refused.bannerText().contains(u"managers"_s), qPrintable(refused.bannerText()));
    QCOMPARE(refused.tableModel()->rowCount(), 0);
}

void TestDashboard::menuActionOnlyForManagersAndAdmins_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("visible");
    QTest::newRow("counter") << u"counter"_s << false;
    QTest::newRow("outreach") << u"outreach"_s << false;
    QTest::newRow("manager") << u"manager"_s << true;
    QTest::newRow("admin") << u"admin"_s << true;
}

void TestDashboard::menuActionOnlyForManagersAndAdmins()
{
    QFETCH(QString, role);
    QFETCH(bool, visible);
    QVERIFY2(m_hub && m_hub->isRunning(), "windowAgainstTheHub starts the hub");
    std::optional<DemoAccount> account;
    for (const DemoAccount &a : m_hub->accounts()) {
        if (a.role == role && a.scope.size() == 1) {
            account = a;
            break;
        }
    }
    QVERIFY(account);
    ui::Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(role)));
    ui::UiLanguage language(settings);
    language.setSessionOverride(u"en"_s);
    language.apply();
    ui::MainWindow window(settings, language);
    window.show();
    QVERIFY(!window.dashboardAction()->isVisible()); // nobody is signed in yet
    window.connectToHub(m_dir.filePath(u"cache-%1.loket"_s.arg(role)), m_hub->url(), account->user,
                        account->password, ui::MainWindow::CacheOrigin::Regional);
    QVERIFY(window.store());
    QSignalSpy loggedIn(window.store(), &Store::loggedIn);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 60000);
    QTRY_COMPARE(window.dashboardAction()->isVisible(), visible);
    if (!visible)
        return;
    // The action opens the dashboard, which asks the hub at once with the session's token.
    window.dashboardAction()->trigger();
    auto *dashboard = window.findChild<ui::DashboardWindow *>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    QSignalSpy shown(dashboard, &ui::DashboardWindow::reportShown);
    QSignalSpy failed(dashboard, &ui::DashboardWindow::fetchFailed);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(dashboard->bannerText()));
    QCOMPARE(dashboard->tableModel()->report().months.size(), 12);
    QVERIFY(dashboard->tableModel()->report().municipalities.size() >= 1);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
