#include "model/nationalnumber.h"
#include "store/citizensearch.h"
#include "store/connection.h"
#include "store/searchservice.h"
#include "testcache.h"
#include "ui/appearance.h"
#include "ui/citizenresultsmodel.h"
#include "ui/democache.h"
#include "ui/dossierview.h"
#include "ui/mainwindow.h"
#include "ui/screenshotscript.h"
#include "ui/settings.h"
#include "ui/statusbar.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;
using loket::testing::TestCache;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsInSearchBoxAndCountsCitizens();
    void typeEnterShowsDossierEscReturns();
    void upDownMoveThroughResults();
    void doubleClickOpensDossier();
    void enterBeforeTheAnswerOpensFirstHit();
    void onlyTheLatestAnswerIsShown();
    void emptiedBoxIgnoresLateAnswer();
    void emptyStatesSayWhatToDo();
    void revealIsNotedAndMaskedAgain();
    void shortcutsReturnToSearch_data();
    void shortcutsReturnToSearch();
    void tabShortcutsAndCounts();
    void switchesToDutchAtRuntime();
    void followsFrenchFromSettingAtStart();
    void textSizeAndHighContrastApply();
    void everyInteractiveWidgetIsNamed();
    void tabOrderFollowsReadingOrder();
    void unreadableCacheShowsBannerAndStaysUntouched();
    void noCacheExplainsHowToStart();
    void screenshotScriptWritesThePicture();
    void demoRegionIsCreatedWithProgressThenOpened();
    void cancelledDemoRegionLeavesNoFile();

private:
    void createWindow(const QString &language = u"en"_s);
    void openTestCache();
    void typeAndWait(const QString &text, int expectedHits);
    QLineEdit *searchBox() const;
    QListView *resultsList() const;
    QString text(const char *objectName) const;

    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::Appearance> m_appearance;
    std::unique_ptr<ui::UiLanguage> m_language;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_resultsTester;
    std::unique_ptr<QAbstractItemModelTester> m_timelineTester;
    int m_settingsCounter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_cachePath = m_dir.filePath(u"window.loket"_s);
    const QString error = TestCache::create(m_cachePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::init() {}

void TestMainWindow::cleanup()
{
    m_timelineTester.reset();
    m_resultsTester.reset();
    m_window.reset();
    m_language.reset();
    m_appearance.reset();
    m_settings.reset();
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::createWindow(const QString &language)
{
    // Fresh settings per test: nothing one test chooses leaks into the next.
    m_settings = std::make_unique<ui::Settings>(
        m_dir.filePath(u"settings-%1.ini"_s.arg(++m_settingsCounter)));
    m_appearance = std::make_unique<ui::Appearance>(*m_settings);
    m_appearance->apply();
    m_language = std::make_unique<ui::UiLanguage>(*m_settings);
    m_language->setSessionOverride(language);
    m_language->apply();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, *m_language);
    m_resultsTester = std::make_unique<QAbstractItemModelTester>(
        m_window->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_timelineTester = std::make_unique<QAbstractItemModelTester>(
        m_window->dossierView()->timelineModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::openTestCache()
{
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_window->openCache(m_cachePath);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_cachePath);
}

QLineEdit *TestMainWindow::searchBox() const
{
    return m_window->findChild<QLineEdit *>(u"searchBox"_s);
}

QListView *TestMainWindow::resultsList() const
{
    return m_window->findChild<QListView *>(u"resultsList"_s);
}

QString TestMainWindow::text(const char *objectName) const
{
    const auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : u"<no label %1>"_s.arg(QString::fromLatin1(objectName));
}

void TestMainWindow::typeAndWait(const QString &typed, int expectedHits)
{
    QLineEdit *box = searchBox();
    QVERIFY(box);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
    QCOMPARE(box->text(), typed);
    QTRY_COMPARE(m_window->resultsModel()->query(), typed);
    QCOMPARE(m_window->resultsModel()->rowCount(), expectedHits);
}

void TestMainWindow::startsInSearchBoxAndCountsCitizens()
{
    createWindow();
    openTestCache();
    QLineEdit *box = searchBox();
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), box);
    QTRY_COMPARE(m_window->statusBarWidget()->citizenCountText(), u"5 citizens"_s);
    QVERIFY(m_window->statusBarWidget()->cacheText().contains(u"window.loket"_s));
    QVERIFY(m_window->windowTitle().contains(u"window.loket"_s));
    QCOMPARE(m_settings->lastCache(), m_cachePath);
}

void TestMainWindow::typeEnterShowsDossierEscReturns()
{
    createWindow();
    openTestCache();
    QSignalSpy opened(m_window.get(), &ui::MainWindow::dossierOpened);
    // Two namesakes: the list tells them apart by birth year and address.
    typeAndWait(u"Janssens Marie"_s, 2);
    QListView *list = resultsList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->currentIndex().row(), 0);
    const QString id = list->currentIndex().data(ui::CitizenResultsModel::CitizenIdRole).toString();
    const Citizen expected = TestCache::citizen(id.toLatin1().constData());
    QCOMPARE(expected.id, id);

    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(text("dossierName"), u"Marie Janssens"_s);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), id);
    QCOMPARE(text("dossierNationalNumber"), NationalNumber::masked(expected.nationalNumber));
    QVERIFY(text("dossierNationalNumber").endsWith(expected.nationalNumber.right(2)));
    QCOMPARE(text("dossierAddress"), expected.addressLine());
    QCOMPARE(text("dossierAge"),
             u"%1 years old · born 12 Mar 1954"_s.arg(expected.ageOn(QDate::currentDate())));
    // The badges answer eBox, delivery, language and special needs in words.
    QCOMPARE(text("languageBadge"), u"Language: Dutch"_s);
    QCOMPARE(text("eboxBadge"), u"eBox: yes, since 3 Feb 2023"_s);
    QCOMPARE(text("deliveryBadge"), u"Letters go to the eBox"_s);
    QCOMPARE(text("needsBadge0"), u"Note: Heeft grote letters nodig"_s);
    QCOMPARE(text("needsBadge1"), u"Note: Slechthorend: traag en duidelijk spreken"_s);
    // The focus went into the dossier, so Esc has somewhere to come back from.
    QVERIFY(QApplication::focusWidget() != searchBox());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QCOMPARE(searchBox()->selectedText(), u"Janssens Marie"_s);
    // The dossier stays open behind the search.
    QCOMPARE(text("dossierName"), u"Marie Janssens"_s);
}

void TestMainWindow::upDownMoveThroughResults()
{
    createWindow();
    openTestCache();
    typeAndWait(u"janssens"_s, 3);
    QListView *list = resultsList();
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(searchBox(), Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(searchBox(), Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(searchBox(), Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2); // stays on the last
    QTest::keyClick(searchBox(), Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    // Typing stays possible: the focus never left the search box.
    QCOMPARE(QApplication::focusWidget(), searchBox());
    QCOMPARE(searchBox()->text(), u"janssens"_s);

    const QString id = list->currentIndex().data(ui::CitizenResultsModel::CitizenIdRole).toString();
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), id);
}

void TestMainWindow::doubleClickOpensDossier()
{
    createWindow();
    openTestCache();
    typeAndWait(u"peeters"_s, 1);
    QListView *list = resultsList();
    const QRect rect = list->visualRect(m_window->resultsModel()->index(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->dossierView()->citizenId(), QString()); // one click only chooses
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::jan1975));
    QCOMPARE(text("dossierName"), u"Jan Peeters"_s);
}

void TestMainWindow::enterBeforeTheAnswerOpensFirstHit()
{
    createWindow();
    openTestCache();
    // Enter right after the last keystroke, before any answer could arrive.
    QTest::keyClicks(searchBox(), u"el amrani"_s);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::ahmed1990));
    QCOMPARE(m_window->resultsModel()->query(), u"el amrani"_s);
}

void TestMainWindow::onlyTheLatestAnswerIsShown()
{
    createWindow();
    openTestCache();
    QStringList shownWhileTyping;
    QStringList mismatches;
    connect(m_window.get(), &ui::MainWindow::resultsShown, this, [&](const QString &query, int) {
        shownWhileTyping << query;
        if (query != searchBox()->text())
            mismatches << query + u" shown while the box said "_s + searchBox()->text();
    });
    // Type fast, letting answers come in between some keystrokes, change course halfway.
    QLineEdit *box = searchBox();
    box->setFocus();
    const QString first = u"peeters"_s;
    for (const QChar c : first) {
        QTest::keyClick(box, c.toLatin1());
        QCoreApplication::processEvents();
    }
    box->selectAll();
    const QString final = u"janssens marc"_s;
    for (const QChar c : final) {
        QTest::keyClick(box, c.toLatin1());
        if (c == u' ')
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(m_window->resultsModel()->query(), final);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QCOMPARE(shownWhileTyping.last(), final);

    // The rows are exactly the answer to the final text.
    Connection connection(u"check"_s);
    QVERIFY(connection.open(m_cachePath, Connection::Mode::ReadOnly));
    CitizenSearch search(connection.database());
    const QList<CitizenHit> expected = search.find(final, ui::MainWindow::resultLimit);
    QCOMPARE(m_window->resultsModel()->rowCount(), int(expected.size()));
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(m_window->resultsModel()->hit(i).id, expected.at(i).id);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.at(0).id, QString::fromLatin1(TestCache::marc1961));
}

void TestMainWindow::emptiedBoxIgnoresLateAnswer()
{
    createWindow();
    openTestCache();
    auto *service = m_window->findChild<SearchService *>();
    QVERIFY(service);
    QSignalSpy answers(service, &SearchService::resultsReady);
    QTest::keyClicks(searchBox(), u"janssens"_s);
    searchBox()->clear(); // before the answer to "janssens" arrives
    QTRY_COMPARE(answers.count(), 1);
    QCOMPARE(answers.at(0).at(1).toString(), u"janssens"_s);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->resultsModel()->rowCount(), 0);
    QVERIFY(text("resultsMessage").startsWith(u"Type a name, a national number or an address."_s));
}

void TestMainWindow::emptyStatesSayWhatToDo()
{
    createWindow();
    openTestCache();
    QVERIFY(text("resultsMessage").startsWith(u"Type a name, a national number or an address."_s));
    QVERIFY(text("dossierMessage").startsWith(u"Choose a citizen in the results"_s));
    typeAndWait(u"zzyzx"_s, 0);
    QVERIFY2(text("resultsMessage").startsWith(u"No citizen matches “zzyzx”."_s),
             qPrintable(text("resultsMessage")));
    QVERIFY(!resultsList()->isVisible());
    searchBox()->clear();
    QTRY_VERIFY(text("resultsMessage").startsWith(u"Type a name"_s));
}

void TestMainWindow::revealIsNotedAndMaskedAgain()
{
    createWindow();
    openTestCache();
    QSignalSpy revealed(m_window.get(), &ui::MainWindow::nationalNumberRevealed);
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    const Citizen marie = TestCache::citizen(TestCache::marie1954);
    QCOMPARE(text("dossierNationalNumber"), NationalNumber::masked(marie.nationalNumber));

    auto *button = m_window->findChild<QToolButton *>(u"revealNationalNumberButton"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Show national number"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(revealed.at(0).at(0).toString(), marie.id);
    QCOMPARE(text("dossierNationalNumber"),
             NationalNumber::parse(marie.nationalNumber)->formatted());
    QCOMPARE(button->text(), u"Hide national number"_s);

    // The shortcut hides it again; hiding is not an access.
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text("dossierNationalNumber"), NationalNumber::masked(marie.nationalNumber));
    QCOMPARE(revealed.count(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(revealed.count(), 2);

    // Another dossier starts masked.
    typeAndWait(u"peeters"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::jan1975));
    QVERIFY(!m_window->dossierView()->isNationalNumberRevealed());
    QCOMPARE(text("dossierNationalNumber"),
             NationalNumber::masked(TestCache::citizen(TestCache::jan1975).nationalNumber));
}

void TestMainWindow::shortcutsReturnToSearch_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
    QTest::newRow("Ctrl+F") << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("F3") << QKeySequence(Qt::Key_F3);
}

void TestMainWindow::shortcutsReturnToSearch()
{
    QFETCH(QKeySequence, keys);
    createWindow();
    openTestCache();
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    auto *timeline = m_window->findChild<QTreeView *>(u"timelineView"_s);
    QVERIFY(timeline);
    QTRY_COMPARE(QApplication::focusWidget(), timeline);
    QTest::keySequence(timeline, keys);
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());
    QCOMPARE(searchBox()->selectedText(), searchBox()->text());
}

void TestMainWindow::tabShortcutsAndCounts()
{
    createWindow();
    openTestCache();
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    auto *tabs = m_window->findChild<QTabWidget *>(u"dossierTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1).remove(u'&'), u"Reports (2)"_s);
    QCOMPARE(tabs->tabText(2).remove(u'&'), u"Documents (3)"_s);
    QCOMPARE(tabs->tabText(3).remove(u'&'), u"Contacts (2)"_s);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QTreeView *>(u"documentsView"_s));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);

    // A citizen without documents says so instead of showing an empty table.
    typeAndWait(u"marc janssens"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marc1961));
    QCOMPARE(tabs->tabText(2).remove(u'&'), u"Documents (0)"_s);
    tabs->setCurrentIndex(2);
    QCOMPARE(text("documentsEmpty"), u"No documents were sent to this citizen."_s);
    QVERIFY(m_window->findChild<QLabel *>(u"documentsEmpty"_s)->isVisible());
}

void TestMainWindow::switchesToDutchAtRuntime()
{
    createWindow();
    openTestCache();
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    QTRY_COMPARE(m_window->statusBarWidget()->citizenCountText(), u"5 citizens"_s);
    auto *tabs = m_window->findChild<QTabWidget *>(u"dossierTabs"_s);
    auto *timeline = m_window->findChild<QTreeView *>(u"timelineView"_s);

    m_settings->setLanguage(u"nl"_s);
    QCOMPARE(m_language->current(), u"nl"_s);
    QTRY_COMPARE(searchBox()->placeholderText(),
                 u"Zoek een burger op naam, rijksregisternummer, adres of meldingsnummer…"_s);
    QCOMPARE(text("resultsTitle"), u"Resultaten"_s);
    QCOMPARE(tabs->tabText(0).remove(u'&'), u"Overzicht"_s);
    QCOMPARE(tabs->tabText(1).remove(u'&'), u"Meldingen (2)"_s);
    QCOMPARE(tabs->tabText(3).remove(u'&'), u"Contactmomenten (2)"_s);
    QCOMPARE(text("dossierNationalNumberCaption"), u"Rijksregisternummer:"_s);
    QCOMPARE(m_window->statusBarWidget()->citizenCountText(), u"5 burgers"_s);
    const QModelIndex first = timeline->model()->index(0, 1);
    QCOMPARE(
        first.data().toString(),
        u"Belastingaanslag \"Aanslagbiljet aanvullende personenbelasting 2025\" — in de eBox, nog niet geopend"_s);
    QCOMPARE(timeline->model()->headerData(1, Qt::Horizontal).toString(), u"Wat er gebeurde"_s);
    QCOMPARE(timeline->model()->index(0, 0).data().toString(), u"12 mrt. 2026"_s);

    m_settings->setLanguage(u"en"_s);
    QTRY_COMPARE(searchBox()->placeholderText(),
                 u"Search citizen, national number, address or report number…"_s);
    QCOMPARE(tabs->tabText(1).remove(u'&'), u"Reports (2)"_s);
    QCOMPARE(m_window->statusBarWidget()->citizenCountText(), u"5 citizens"_s);
}

void TestMainWindow::followsFrenchFromSettingAtStart()
{
    // No --lang: the setting decides.
    m_settings = std::make_unique<ui::Settings>(m_dir.filePath(u"settings-fr.ini"_s));
    m_settings->setLanguage(u"fr"_s);
    m_language = std::make_unique<ui::UiLanguage>(*m_settings);
    QCOMPARE(m_language->apply(), u"fr"_s);
    m_window = std::make_unique<ui::MainWindow>(*m_settings, *m_language);
    m_window->show();
    m_window->showNoCache();
    QCOMPARE(
        searchBox()->placeholderText(),
        u"Rechercher un citoyen, numéro de registre national, adresse ou numéro de signalement…"_s);
    QVERIFY(text("dossierMessage").contains(u"loket --demo"_s));
    QVERIFY(text("dossierMessage").startsWith(u"Aucun cache n’est encore ouvert."_s));
}

void TestMainWindow::textSizeAndHighContrastApply()
{
    createWindow();
    openTestCache();
    const qreal base = m_appearance->baseFont().pointSizeF();
    QVERIFY(base > 0);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_settings->textScale(), 125);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.25);
    m_settings->setTextScale(200);
    QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
    QTRY_COMPARE(searchBox()->font().pointSizeF(), base * 2.0);
    m_settings->setTextScale(500); // out of range: the maximum
    QCOMPARE(m_settings->textScale(), 200);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSizeF(), base);

    auto *contrast = m_window->findChild<QAction *>(u"highContrastAction"_s);
    QVERIFY(contrast);
    contrast->trigger();
    QCOMPARE(m_settings->theme(), ui::Theme::HighContrast);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
    contrast->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), ui::Appearance::accentColor());
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    createWindow();
    openTestCache();
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    QStringList problems;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || qobject_cast<QMenu *>(w) ||
            w->inherits("QScrollBar") || w->inherits("QHeaderView"))
            continue;
        // Qt's own parts of a compound widget (a tab widget's tab bar) take their names from it.
        if (w->objectName().startsWith(u"qt_"_s))
            continue;
        ++checked;
        if (w->objectName().isEmpty())
            problems << u"%1 without objectName"_s.arg(
                QString::fromLatin1(w->metaObject()->className()));
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            problems << u"%1 (%2) without accessible name"_s.arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(checked >= 5);
}

void TestMainWindow::tabOrderFollowsReadingOrder()
{
    createWindow();
    openTestCache();
    typeAndWait(u"marie janssens 1954"_s, 1);
    QTest::keyClick(searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->dossierView()->citizenId(), QString::fromLatin1(TestCache::marie1954));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), searchBox());

    const QStringList expected = {u"resultsList"_s, u"revealNationalNumberButton"_s,
                                  u"dossierTabs"_s, u"timelineView"_s};
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        // The tab bar belongs to the tab widget: name it by its owner.
        if (qobject_cast<QTabBar *>(w))
            w = w->parentWidget();
        visited << (w ? w->objectName() : QString());
    }
    QCOMPARE(visited, expected);
}

void TestMainWindow::unreadableCacheShowsBannerAndStaysUntouched()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are not the records you are looking for.\n");
    }
    auto hash = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = hash();
    createWindow();
    QSignalSpy failed(m_window.get(), &ui::MainWindow::cacheFailed);
    m_window->openCache(path);
    QTRY_COMPARE(failed.count(), 1);
    auto *banner = m_window->findChild<QLabel *>(u"errorBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"not a Loket cache"_s), qPrintable(banner->text()));
    QVERIFY(!searchBox()->isEnabled());
    QVERIFY(text("dossierMessage").contains(u"loket --demo"_s));
    QCOMPARE(hash(), before);

    // Opening a good cache afterwards clears the banner.
    openTestCache();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::noCacheExplainsHowToStart()
{
    createWindow();
    m_window->showNoCache();
    QVERIFY(!searchBox()->isEnabled());
    QVERIFY(text("dossierMessage").startsWith(u"No cache is open yet."_s));
    QVERIFY(text("dossierMessage").contains(u"loket --demo"_s));
    QVERIFY(text("dossierMessage").contains(u"loket --db FILE"_s));
    QCOMPARE(text("resultsMessage"), u"No cache is open."_s);
    QCOMPARE(m_window->statusBarWidget()->cacheText(), u"No cache open"_s);
}

void TestMainWindow::screenshotScriptWritesThePicture()
{
    createWindow();
    const QString file = m_dir.filePath(u"shot.png"_s);
    ui::ScreenshotScript script(*m_window, file, u"janssens"_s, 1);
    QSignalSpy finished(&script, &ui::ScreenshotScript::finished);
    script.start();
    m_window->openCache(m_cachePath);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(searchBox()->text(), u"janssens"_s);
    QCOMPARE(m_window->dossierView()->citizenId(), m_window->resultsModel()->hit(1).id);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
}

void TestMainWindow::demoRegionIsCreatedWithProgressThenOpened()
{
    createWindow();
    const QString path = m_dir.filePath(u"demo-small.loket"_s);
    demo::RegionOptions options;
    options.citizens = 1000;
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    ui::DemoCacheBuilder::openInWindow(*m_window, path, options);
    // The work runs on a worker: the window answers and shows what is happening meanwhile.
    auto *dialog = m_window->findChild<QProgressDialog *>(u"demoProgressDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    QCOMPARE(text("dossierMessage"), u"Creating the demo region…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 120000);
    QCOMPARE(opened.at(0).at(0).toString(), path);
    QTRY_COMPARE(m_window->statusBarWidget()->citizenCountText(), u"1.000 citizens"_s);
    QVERIFY(m_window->statusBarWidget()->cacheText().contains(u"demo data"_s));
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(u"demoProgressDialog"_s));

    // A second start opens the existing cache without making it again.
    const QDateTime made = QFileInfo(path).lastModified();
    QSignalSpy again(m_window.get(), &ui::MainWindow::cacheOpened);
    ui::DemoCacheBuilder::openInWindow(*m_window, path, options);
    QVERIFY(!m_window->findChild<QProgressDialog *>(u"demoProgressDialog"_s));
    QTRY_COMPARE(again.count(), 1);
    QCOMPARE(QFileInfo(path).lastModified(), made);
}

void TestMainWindow::cancelledDemoRegionLeavesNoFile()
{
    createWindow();
    const QString path = m_dir.filePath(u"demo-cancelled.loket"_s);
    ui::DemoCacheBuilder builder;
    QSignalSpy progress(&builder, &ui::DemoCacheBuilder::progress);
    QSignalSpy finished(&builder, &ui::DemoCacheBuilder::finished);
    demo::RegionOptions options;
    options.citizens = 500000; // big enough that it is still running when the cancel arrives
    builder.start(path, options);
    QVERIFY(builder.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
    builder.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<ui::DemoCacheBuilder::Outcome>(),
             ui::DemoCacheBuilder::Outcome::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u".partial"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
