// The regional helpdesk's panels in the dossier (issue 8, items 2, 4 and 5): what is open for the
// citizen in every municipality, read off the UI thread and opened with the keyboard; remote
// assistance in the guide panel, side by side in the citizen's language and the staff's, with
// the progress stored and one helpdesk contact moment logged; the contact history across the
// region, filtered by municipality and channel. Every item model runs under
// QAbstractItemModelTester.

#include "guides/guidelibrary.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/repositories.h"
#include "testcache.h"
#include "ui/contactform.h"
#include "ui/documentdetail.h"
#include "ui/dossiermodels.h"
#include "ui/dossierview.h"
#include "ui/guidepanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/openitemspanel.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;
using loket::testing::TestCache;

namespace {

const QString marie = QString::fromLatin1(TestCache::marie1954);
const QString guideId = u"ebox-activate"_s;

// Marie's records in Leuven, made relative to now so that the panel's "last 30 days" holds them.
QString addLeuvenRecords(const QString &path)
{
    Connection connection(u"leuven"_s);
    if (!connection.open(path))
        return connection.errorString();
    CacheWriter writer(connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Report pothole;
    pothole.id = u"r-leuven"_s;
    pothole.publicNumber = u"M-2026-0000777"_s;
    pothole.categoryCode = u"street_light"_s;
    pothole.street = u"Bondgenotenlaan"_s;
    pothole.locationNis = u"24062"_s;
    pothole.receivedNis = u"24062"_s;
    pothole.createdAt = now.addDays(-4).toString(Qt::ISODate);
    pothole.expectedDate = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    pothole.history = {{1, ReportStatus::Received, pothole.createdAt, {}, {}, {}}};
    pothole.status = ReportStatus::Received;
    pothole.citizenIds = {marie};
    pothole.version = 1;
    ContactMoment helpdesk;
    helpdesk.id = u"c-leuven-helpdesk"_s;
    helpdesk.citizenId = marie;
    helpdesk.channel = ContactChannel::Helpdesk;
    helpdesk.topic = u"taxes"_s;
    helpdesk.summary = u"Vraag over de aanslag"_s;
    helpdesk.municipalityNis = u"24062"_s;
    helpdesk.occurredAt = now.addDays(-2).toString(Qt::ISODate);
    helpdesk.version = 1;
    ContactMoment phone = helpdesk;
    phone.id = u"c-herent-phone"_s;
    phone.channel = ContactChannel::Phone;
    phone.topic = u"waste"_s;
    phone.municipalityNis = u"24038"_s;
    phone.occurredAt = now.addDays(-3).toString(Qt::ISODate);
    ContactMoment video = helpdesk;
    video.id = u"c-leuven-video"_s;
    video.channel = ContactChannel::Video;
    video.occurredAt = now.addDays(-90).toString(Qt::ISODate);
    // The helpdesk promised to call back; the call is two days late.
    Task callBack;
    callBack.id = u"t-callback"_s;
    callBack.citizenId = marie;
    callBack.contactMomentId = helpdesk.id;
    callBack.kind = TaskKind::CallBack;
    callBack.title = u"Call back about the tax bill"_s;
    callBack.municipalityNis = u"24062"_s;
    callBack.queue = TaskQueueKind::Helpdesk;
    callBack.due = QDate::currentDate().addDays(-2);
    callBack.status = TaskStatus::Open;
    callBack.version = 1;
    if (!writer.upsert(pothole) || !writer.upsert(helpdesk) || !writer.upsert(phone) ||
        !writer.upsert(video) || !writer.upsert(callBack))
        return u"could not write the Leuven records"_s;
    return {};
}

// Whether every badge of the dossier header under `root` is shown whole; why not in `why`.
bool badgesFit(QWidget *root, QString *why)
{
    auto *area = root->findChild<QWidget *>(u"dossierBadges"_s);
    if (!area || !area->isVisible()) {
        *why = u"no badge area shown"_s;
        return false;
    }
    const QList<QWidget *> badges =
        area->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    if (badges.size() < 3) {
        *why = u"%1 badges"_s.arg(badges.size());
        return false;
    }
    for (QWidget *badge : badges) {
        const QRect r = badge->geometry();
        if (!badge->isVisible() || !area->rect().contains(r)) {
            *why = u"%1 at %2,%3 %4x%5 in an area of %6x%7"_s.arg(badge->objectName())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height())
                       .arg(area->width())
                       .arg(area->height());
            return false;
        }
    }
    return true;
}

ui::ReferenceData referenceOf(const QString &path)
{
    ui::ReferenceData r;
    Connection connection(u"reference"_s);
    if (!connection.open(path, Connection::Mode::ReadOnly))
        return r;
    CacheReader reader(connection.database());
    for (const Category &c : reader.categories())
        r.categories.insert(c.code, c);
    for (const Municipality &m : reader.municipalities())
        r.municipalities.insert(m.nisCode, m.name);
    return r;
}

Dossier dossierOf(const QString &path, const QString &citizenId)
{
    Connection connection(u"dossier"_s);
    if (!connection.open(path, Connection::Mode::ReadOnly))
        return {};
    return CacheReader(connection.database()).dossier(citizenId).value_or(Dossier{});
}

// The row under `section` of the open-items tree whose record id is `id`.
QModelIndex openItem(const ui::OpenItemsModel *model, ui::OpenItemsModel::Kind kind,
                     const QString &id)
{
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        if (section.data(ui::OpenItemsModel::KindRole).toInt() != int(kind))
            continue;
        for (int r = 0; r < model->rowCount(section); ++r) {
            const QModelIndex at = model->index(r, 0, section);
            if (at.data(ui::OpenItemsModel::RecordIdRole).toString() == id)
                return at;
        }
    }
    return {};
}

QString sectionTitle(const ui::OpenItemsModel *model, ui::OpenItemsModel::Kind kind)
{
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        if (section.data(ui::OpenItemsModel::KindRole).toInt() == int(kind))
            return section.data().toString();
    }
    return {};
}

} // namespace

class TestHelpdeskPanels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openItemsShowEveryMunicipality();
    void openItemsOpenWithTheKeyboard_data();
    void openItemsOpenWithTheKeyboard();
    void openItemsSayWhenNothingIsOpen();
    void badgesStayWhenTheDossierIsNarrow_data();
    void badgesStayWhenTheDossierIsNarrow();
    void contactHistoryFilters_data();
    void contactHistoryFilters();
    void assistanceShowsBothLanguagesAndMovesBoth();
    void assistanceInOneLanguageIsOneColumn();
    void assistanceSaysWhenTheGuideLacksTheLanguage();
    void assistanceStoresProgressAndLogsOneHelpdeskContact();

private:
    void openDossier(ui::DossierView &view, const QString &citizenId);

    QTemporaryDir m_dir;
    QString m_path;
    GuideLibrary m_library;
};

void TestHelpdeskPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.loket"_s);
    QString error = TestCache::create(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = addLeuvenRecords(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_library.load(GuideLibrary::builtInRoot()));
}

void TestHelpdeskPanels::openDossier(ui::DossierView &view, const QString &citizenId)
{
    view.setCachePath(m_path);
    const Dossier dossier = dossierOf(m_path, citizenId);
    QCOMPARE(dossier.citizen.id, citizenId);
    QSignalSpy loaded(view.openItemsPanel(), &ui::OpenItemsPanel::loaded);
    view.setDossier(dossier, referenceOf(m_path), QDate::currentDate());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!view.openItemsPanel()->isLoading());
}

void TestHelpdeskPanels::openItemsShowEveryMunicipality()
{
    ui::DossierView view;
    QAbstractItemModelTester tester(view.openItemsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 700);
    view.show();
    openDossier(view, marie);
    const ui::OpenItemsModel *model = view.openItemsPanel()->model();
    using K = ui::OpenItemsModel::Kind;
    // The street light in Herent and the report in Leuven; the dumping report is resolved.
    QCOMPARE(sectionTitle(model, K::Report), u"Open reports (2)"_s);
    QVERIFY(!openItem(model, K::Report, u"r-0002"_s).isValid());
    // The tax letter unread in the eBox since March, the parking card returned by the post.
    QCOMPARE(sectionTitle(model, K::Document), u"Documents unread or returned (2)"_s);
    QVERIFY(!openItem(model, K::Document, u"d-0003"_s).isValid()); // read
    // The call back the helpdesk promised, late.
    QCOMPARE(sectionTitle(model, K::Task), u"Open follow-up tasks (1)"_s);
    const QString callBack = openItem(model, K::Task, u"t-callback"_s).data().toString();
    QVERIFY2(callBack.contains(u"Call back about the tax bill"_s) &&
                 callBack.contains(u"overdue"_s),
             qPrintable(callBack));
    // Two contacts of the last days; February's and the one of three months ago are older.
    QCOMPARE(sectionTitle(model, K::Contact), u"Contacts in the last 30 days (2)"_s);
    QVERIFY(!openItem(model, K::Contact, u"c-leuven-video"_s).isValid());

    // Each line names the municipality, not its code.
    const auto municipalityOf = [model](K kind, const QString &id) {
        const QModelIndex at = openItem(model, kind, id);
        return at.siblingAtColumn(ui::OpenItemsModel::MunicipalityColumn).data().toString();
    };
    QCOMPARE(municipalityOf(K::Report, u"r-0001"_s), u"Herent"_s);
    QCOMPARE(municipalityOf(K::Report, u"r-leuven"_s), u"Leuven"_s);
    QCOMPARE(municipalityOf(K::Document, u"d-0002"_s), u"Herent"_s);
    QCOMPARE(municipalityOf(K::Contact, u"c-leuven-helpdesk"_s), u"Leuven"_s);
    QCOMPARE(municipalityOf(K::Contact, u"c-herent-phone"_s), u"Herent"_s);
    QCOMPARE(municipalityOf(K::Task, u"t-callback"_s), u"Helpdesk (Leuven)"_s);
    const QString returned = openItem(model, K::Document, u"d-0002"_s).data().toString();
    QVERIFY2(returned.contains(u"returned by the post"_s), qPrintable(returned));
    const QString helpdesk = openItem(model, K::Contact, u"c-leuven-helpdesk"_s).data().toString();
    QCOMPARE(helpdesk, u"Regional helpdesk: Taxes"_s);
    // Newest first: the Leuven report of four days ago before March's street light.
    QCOMPARE(openItem(model, K::Report, u"r-leuven"_s).row(), 0);
    QVERIFY(view.openItemsPanel()->isVisible());
    QVERIFY(!view.findChild<QLabel *>(u"openItemsState"_s)->isVisible());
}

void TestHelpdeskPanels::openItemsOpenWithTheKeyboard_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("viewName");

    using K = ui::OpenItemsModel::Kind;
    using T = ui::DossierView::Tab;
    QTest::newRow("report in Leuven")
        << int(K::Report) << u"r-leuven"_s << int(T::Reports) << u"reportsView"_s;
    QTest::newRow("returned document")
        << int(K::Document) << u"d-0002"_s << int(T::Documents) << u"documentsView"_s;
    QTest::newRow("helpdesk contact")
        << int(K::Contact) << u"c-leuven-helpdesk"_s << int(T::Contacts) << u"contactsView"_s;
    // A task shows the contact it came from (and asks for the task queue).
    QTest::newRow("call-back task")
        << int(K::Task) << u"t-callback"_s << int(T::Contacts) << u"contactsView"_s;
}

void TestHelpdeskPanels::openItemsOpenWithTheKeyboard()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(int, tab);
    QFETCH(QString, viewName);

    ui::DossierView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    openDossier(view, marie);
    // A filter that hides the contact is cleared when the contact is asked for.
    auto *channelFilter = view.findChild<QComboBox *>(u"contactsChannelFilter"_s);
    QVERIFY(channelFilter);
    channelFilter->setCurrentIndex(channelFilter->findText(u"Video call"_s));
    QVERIFY(channelFilter->currentIndex() > 0);

    QTreeView *items = view.openItemsPanel()->view();
    QCOMPARE(items->objectName(), u"openItemsView"_s);
    const QModelIndex line =
        openItem(view.openItemsPanel()->model(), ui::OpenItemsModel::Kind(kind), id);
    QVERIFY(line.isValid());
    items->setFocus(Qt::TabFocusReason);
    items->setCurrentIndex(line);
    QSignalSpy activated(view.openItemsPanel(), &ui::OpenItemsPanel::itemActivated);
    QSignalSpy taskRequested(&view, &ui::DossierView::taskRequested);
    QTest::keyClick(items, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(1).toString(), id);

    auto *tabs = view.findChild<QTabWidget *>(u"dossierTabs"_s);
    QCOMPARE(tabs->currentIndex(), tab);
    auto *target = view.findChild<QTreeView *>(viewName);
    QVERIFY(target);
    QTRY_VERIFY(target->hasFocus());
    // The record asked for is the chosen row of its tab.
    const QModelIndex current = target->currentIndex();
    QVERIFY(current.isValid());
    const QString shown = current.siblingAtColumn(0).data().toString();
    switch (ui::OpenItemsModel::Kind(kind)) {
    case ui::OpenItemsModel::Kind::Report:
        QCOMPARE(shown, u"M-2026-0000777"_s);
        QCOMPARE(taskRequested.count(), 0);
        break;
    case ui::OpenItemsModel::Kind::Document:
        QCOMPARE(view.documentDetail()->documentId(), id);
        break;
    case ui::OpenItemsModel::Kind::Task:
        QCOMPARE(taskRequested.count(), 1);
        QCOMPARE(taskRequested.first().first().toString(), id);
        [[fallthrough]];
    case ui::OpenItemsModel::Kind::Contact:
        QCOMPARE(channelFilter->currentIndex(), 0);
        QCOMPARE(current.siblingAtColumn(ui::ContactsModel::ChannelColumn).data().toString(),
                 u"Regional helpdesk"_s);
        QCOMPARE(current.siblingAtColumn(ui::ContactsModel::MunicipalityColumn).data().toString(),
                 u"Leuven"_s);
        break;
    }
}

void TestHelpdeskPanels::openItemsSayWhenNothingIsOpen()
{
    ui::DossierView view;
    view.show();
    // Marc has nothing: no report, no document, no contact.
    openDossier(view, QString::fromLatin1(TestCache::marc1961));
    auto *state = view.findChild<QLabel *>(u"openItemsState"_s);
    QVERIFY(state);
    QVERIFY(state->isVisible());
    QVERIFY2(state->text().startsWith(u"Nothing open: no open report"_s),
             qPrintable(state->text()));
    QVERIFY(!view.openItemsPanel()->view()->isVisible());
    // Back to Marie: the sentence gives way to the lines.
    openDossier(view, marie);
    QVERIFY(!state->isVisible());
    QVERIFY(view.openItemsPanel()->view()->isVisible());

    // A follow-up task alone is something open: its line shows, not the sentence.
    const QString marc = QString::fromLatin1(TestCache::marc1961);
    const auto withCache = [this](auto work) {
        Connection connection(u"marc-task"_s);
        return connection.open(m_path) && work(connection);
    };
    QVERIFY(withCache([&](Connection &connection) {
        Task task;
        task.id = u"t-marc"_s;
        task.citizenId = marc;
        task.kind = TaskKind::Send;
        task.title = u"Send the parking card form"_s;
        task.municipalityNis = u"24038"_s;
        task.due = QDate::currentDate().addDays(3);
        task.version = 1;
        CacheWriter writer(connection);
        return writer.upsert(task);
    }));
    openDossier(view, marc);
    QVERIFY2(!state->isVisible(), qPrintable(state->text()));
    QVERIFY(view.openItemsPanel()->view()->isVisible());
    QCOMPARE(sectionTitle(view.openItemsPanel()->model(), ui::OpenItemsModel::Kind::Task),
             u"Open follow-up tasks (1)"_s);
    QVERIFY(withCache([](Connection &connection) {
        QSqlQuery q(connection.database());
        return q.exec(u"DELETE FROM task WHERE id = 't-marc'"_s);
    }));
}

// Beside the two columns of remote assistance the dossier gets narrow: its badges (language,
// eBox, delivery, assistance notes) wrap onto more lines and every one stays whole and visible.
void TestHelpdeskPanels::badgesStayWhenTheDossierIsNarrow_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("wide") << 1000 << 700;
    QTest::newRow("beside assistance") << 420 << 700;
    QTest::newRow("narrow and low") << 260 << 420;
}

void TestHelpdeskPanels::badgesStayWhenTheDossierIsNarrow()
{
    QFETCH(int, width);
    QFETCH(int, height);
    ui::DossierView view;
    view.resize(width, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    openDossier(view, marie);
    QString why;
    QVERIFY2(badgesFit(&view, &why), qPrintable(why));
}

void TestHelpdeskPanels::contactHistoryFilters_data()
{
    QTest::addColumn<QString>("municipality"); // typed into the filter; empty: all
    QTest::addColumn<QString>("channel");      // typed into the filter; empty: all
    QTest::addColumn<QStringList>("rows");     // channel words, newest first

    QTest::newRow("all") << QString() << QString()
                         << QStringList{u"Regional helpdesk"_s, u"Phone call"_s, u"Video call"_s,
                                        u"Visit at the counter"_s, u"Phone call"_s};
    QTest::newRow("Leuven") << u"Leuven"_s << QString()
                            << QStringList{u"Regional helpdesk"_s, u"Video call"_s};
    QTest::newRow("Herent") << u"Herent"_s << QString()
                            << QStringList{u"Phone call"_s, u"Visit at the counter"_s,
                                           u"Phone call"_s};
    QTest::newRow("phone") << QString() << u"Phone"_s
                           << QStringList{u"Phone call"_s, u"Phone call"_s};
    QTest::newRow("Leuven by phone") << u"Leuven"_s << u"Phone"_s << QStringList{};
    QTest::newRow("Herent at the counter")
        << u"Herent"_s << u"Visit"_s << QStringList{u"Visit at the counter"_s};
}

void TestHelpdeskPanels::contactHistoryFilters()
{
    QFETCH(QString, municipality);
    QFETCH(QString, channel);
    QFETCH(QStringList, rows);

    ui::DossierView view;
    QAbstractItemModelTester modelTester(view.contactsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(view.contactsFilter(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 700);
    view.show();
    openDossier(view, marie);
    view.showTab(ui::DossierView::Tab::Contacts);
    auto *municipalities = view.findChild<QComboBox *>(u"contactsMunicipalityFilter"_s);
    auto *channels = view.findChild<QComboBox *>(u"contactsChannelFilter"_s);
    QVERIFY(municipalities && channels);
    // Only what the history holds is offered.
    QCOMPARE(municipalities->count(), 3); // all, Herent, Leuven
    QCOMPARE(channels->count(), 5);       // all, counter, phone, helpdesk, video
    if (!municipality.isEmpty())
        QTest::keyClicks(municipalities, municipality);
    if (!channel.isEmpty())
        QTest::keyClicks(channels, channel);
    if (!municipality.isEmpty())
        QCOMPARE(municipalities->currentText(), municipality);

    auto *table = view.findChild<QTreeView *>(u"contactsView"_s);
    QVERIFY(table);
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        shown << table->model()->index(r, ui::ContactsModel::ChannelColumn).data().toString();
        const QString place =
            table->model()->index(r, ui::ContactsModel::MunicipalityColumn).data().toString();
        QVERIFY(place == u"Herent"_s || place == u"Leuven"_s);
        if (!municipality.isEmpty())
            QCOMPARE(place, municipality);
    }
    QCOMPARE(shown, rows);
    auto *empty = view.findChild<QLabel *>(u"contactsEmpty"_s);
    QVERIFY(empty);
    QCOMPARE(empty->isVisible(), rows.isEmpty());
    if (rows.isEmpty())
        QVERIFY(empty->text().startsWith(u"No contact matches the filter."_s));
}

void TestHelpdeskPanels::assistanceShowsBothLanguagesAndMovesBoth()
{
    ui::GuidePanel panel;
    QAbstractItemModelTester staffTester(panel.stepsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester citizenTester(panel.citizenStepsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setStaffLanguage(u"en"_s);
    panel.setLibrary(&m_library);
    panel.setCitizen(marie, u"Marie Janssens"_s, u"nl"_s);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy marked(&panel, &ui::GuidePanel::progressMarked);
    QSignalSpy ended(&panel, &ui::GuidePanel::assistanceEnded);
    // Without a guide there is nothing to assist with.
    QVERIFY(!panel.assistAction()->isEnabled());
    panel.openGuide(guideId);
    QVERIFY(panel.assistAction()->isEnabled());
    QCOMPARE(panel.assistAction()->objectName(), u"remoteAssistAction"_s);

    QTest::keyClick(&panel, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel.isAssisting());
    auto *area = panel.findChild<QWidget *>(u"assistArea"_s);
    auto *citizenColumn = panel.findChild<QWidget *>(u"assistCitizenColumn"_s);
    auto *citizenText = panel.findChild<QTextBrowser *>(u"assistCitizenText"_s);
    auto *staffText = panel.findChild<QTextBrowser *>(u"assistStaffText"_s);
    auto *citizenSteps = panel.findChild<QListView *>(u"assistCitizenSteps"_s);
    auto *staffSteps = panel.findChild<QListView *>(u"assistStaffSteps"_s);
    auto *citizenTitle = panel.findChild<QLabel *>(u"assistCitizenTitle"_s);
    auto *staffTitle = panel.findChild<QLabel *>(u"assistStaffTitle"_s);
    auto *next = panel.findChild<QPushButton *>(u"assistNextButton"_s);
    auto *back = panel.findChild<QPushButton *>(u"assistBackButton"_s);
    QVERIFY(area && citizenColumn && citizenText && staffText && citizenSteps && staffSteps &&
            citizenTitle && staffTitle && next && back);
    QVERIFY(area->isVisible());
    QVERIFY(citizenColumn->isVisible());
    QVERIFY(!panel.isSingleColumn());
    QCOMPARE(panel.citizenColumnLanguage(), u"nl"_s);
    QCOMPARE(citizenTitle->text(), u"What the citizen sees (Dutch)"_s);
    QCOMPARE(staffTitle->text(), u"In your language (English)"_s);

    const Guide dutch = *m_library.guide(guideId, u"nl"_s);
    const Guide english = *m_library.guide(guideId, u"en"_s);
    QVERIFY(dutch.steps.size() > 2);
    QVERIFY(dutch.steps.at(0).title != english.steps.at(0).title);
    // The exact words on both sides, the same step chosen on both.
    auto showsStep = [&](int row) {
        return citizenText->toPlainText().startsWith(dutch.steps.at(row).title) &&
               staffText->toPlainText().startsWith(english.steps.at(row).title) &&
               citizenSteps->currentIndex().row() == row &&
               staffSteps->currentIndex().row() == row &&
               citizenSteps->selectionModel()->isRowSelected(row) &&
               staffSteps->selectionModel()->isRowSelected(row);
    };
    QVERIFY(showsStep(0));
    QVERIFY(!back->isEnabled());

    // Next: the citizen did step 1 with help; both sides move to step 2.
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(showsStep(1));
    QCOMPARE(marked.count(), 1);
    const auto progress = marked.first().first().value<GuideProgress>();
    QCOMPARE(progress.citizenId, marie);
    QCOMPARE(progress.guideId, guideId);
    QCOMPARE(progress.stepId, dutch.steps.at(0).id);
    QCOMPARE(progress.status, StepStatus::WithHelp);
    // Back moves both without marking anything; Next over a step done moves on without a mark.
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(showsStep(0));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(showsStep(1));
    QCOMPARE(marked.count(), 1);
    // Choosing a step on the citizen's side moves the staff's side too.
    citizenSteps->setCurrentIndex(citizenSteps->model()->index(2, 0));
    QVERIFY(showsStep(2));

    // Off with the same shortcut: the proposal of the helpdesk contact moment, once.
    QTest::keyClick(&panel, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(ended.count(), 1);
    QVERIFY(!panel.isAssisting());
    QVERIFY(!area->isVisible());
    const auto proposal = ended.first().first().value<ContactMoment>();
    QCOMPARE(proposal.citizenId, marie);
    QCOMPARE(proposal.channel, ContactChannel::Helpdesk);
    QCOMPARE(proposal.topic, u"ebox_help"_s);
    QCOMPARE(proposal.summary, u"Guided remotely through %1: steps 1–3"_s.arg(english.title));
    QCOMPARE(proposal.outcome, u"Stopped at step 3 of %1"_s.arg(english.steps.size()));
    panel.endAssistance();
    panel.setCitizen(QString::fromLatin1(TestCache::marc1961), u"Marc"_s, u"nl"_s);
    QCOMPARE(ended.count(), 1);
}

void TestHelpdeskPanels::assistanceInOneLanguageIsOneColumn()
{
    ui::GuidePanel panel;
    panel.setStaffLanguage(u"fr"_s);
    panel.setLibrary(&m_library);
    panel.setCitizen(QString::fromLatin1(TestCache::marie1987), u"Marie Janssens"_s, u"fr"_s);
    panel.show();
    panel.openGuide(guideId);
    panel.assistAction()->trigger();
    QVERIFY(panel.isAssisting());
    QVERIFY(panel.isSingleColumn());
    QVERIFY(!panel.findChild<QWidget *>(u"assistCitizenColumn"_s)->isVisible());
    auto *note = panel.findChild<QLabel *>(u"assistLanguageNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             u"Marie Janssens reads French, like you: one column shows the words you both see."_s);
    const Guide french = *m_library.guide(guideId, u"fr"_s);
    QVERIFY(panel.findChild<QTextBrowser *>(u"assistStaffText"_s)
                ->toPlainText()
                .startsWith(french.steps.at(0).title));
    QCOMPARE(panel.findChild<QLabel *>(u"assistStaffTitle"_s)->text(),
             u"What you both see (French)"_s);
}

void TestHelpdeskPanels::assistanceSaysWhenTheGuideLacksTheLanguage()
{
    ui::GuidePanel panel;
    panel.setStaffLanguage(u"en"_s);
    panel.setLibrary(&m_library);
    // The guides have no Spanish: the citizen's column shows the Dutch text, named as such.
    QVERIFY(!m_library.guide(guideId, u"es"_s));
    panel.setCitizen(QString::fromLatin1(TestCache::jan1975), u"Jan"_s, u"es"_s);
    panel.show();
    panel.openGuide(guideId);
    panel.assistAction()->trigger();
    QVERIFY(panel.isAssisting());
    QCOMPARE(panel.citizenColumnLanguage(), u"nl"_s);
    QVERIFY(!panel.isSingleColumn());
    auto *note = panel.findChild<QLabel *>(u"assistLanguageNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             u"This guide has no text in Spanish. The citizen's column shows it in Dutch."_s);
    QCOMPARE(panel.findChild<QLabel *>(u"assistCitizenTitle"_s)->text(),
             u"What the citizen sees (Dutch)"_s);
    const Guide dutch = *m_library.guide(guideId, u"nl"_s);
    QVERIFY(panel.findChild<QTextBrowser *>(u"assistCitizenText"_s)
                ->toPlainText()
                .startsWith(dutch.steps.at(0).title));
}

void TestHelpdeskPanels::assistanceStoresProgressAndLogsOneHelpdeskContact()
{
    const QString path = m_dir.filePath(u"window.loket"_s);
    QString error = TestCache::create(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ui::Settings settings(m_dir.filePath(u"settings.ini"_s));
    // Work offline: the store keeps every change in the outbox; nothing needs a hub.
    settings.setWorkOffline(WorkOffline::On);
    ui::UiLanguage language(settings);
    language.setSessionOverride(u"en"_s);
    language.apply();
    ui::MainWindow window(settings, language);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &ui::MainWindow::cacheOpened);
    window.openCache(path);
    QTRY_COMPARE(opened.count(), 1);
    window.connectToHub(path, QUrl(u"http://127.0.0.1:9"_s), u"helpdesk"_s, u"secret"_s,
                        ui::MainWindow::CacheOrigin::Regional);
    QVERIFY(window.store());
    QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
    window.loginDialog()->reject();
    // The sign-in dialog had the focus; the shortcuts below are the window's.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDossier(marie));
    QTRY_VERIFY(window.guideAction()->isEnabled());

    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    ui::GuidePanel *panel = window.guidePanel();
    QTRY_VERIFY(panel->isVisible());
    panel->openGuide(guideId);
    const int stepsBefore = panel->currentStep();
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel->isAssisting());
    auto *next = panel->findChild<QPushButton *>(u"assistNextButton"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel->currentStep(), stepsBefore + 2);
    // Beside the two columns the dossier is narrow; its badges wrap and stay whole.
    QString why;
    QTRY_VERIFY2(badgesFit(&window, &why), qPrintable(why));
    window.resize(1024, 640); // a small laptop screen
    QTRY_VERIFY2(badgesFit(&window, &why), qPrintable(why));
    window.resize(1366, 768);

    // The progress reached the cache through the guide-progress command, with its outbox entry.
    Connection reader(u"check"_s);
    QVERIFY(reader.open(path, Connection::Mode::ReadOnly));
    auto count = [&reader](const QString &sql) {
        QSqlQuery q(reader.database());
        q.prepare(sql);
        q.addBindValue(marie);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM guide_progress WHERE citizen_id = ?"
                       " AND status = 'with_help'"_s),
                 2);

    // Off: the contact form opens beside the dossier with the proposal filled in.
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ui::ContactForm *form = window.contactForm();
    QTRY_VERIFY(form->isVisible());
    QVERIFY(!panel->isVisible());
    auto *summary = form->findChild<QPlainTextEdit *>(u"contactSummary"_s);
    auto *channel = form->findChild<QComboBox *>(u"contactChannel"_s);
    auto *topic = form->findChild<QComboBox *>(u"contactTopic"_s);
    QVERIFY(summary && channel && topic);
    const Guide english = *m_library.guide(guideId, u"en"_s);
    QCOMPARE(summary->toPlainText(), u"Guided remotely through %1: steps %2–%3"_s.arg(english.title)
                                         .arg(stepsBefore + 1)
                                         .arg(stepsBefore + 3));
    QCOMPARE(channel->currentText(), u"Regional helpdesk"_s);
    QCOMPARE(topic->currentData().toString(), u"ebox_help"_s);
    // Editable: the staff member adds a word before saving.
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, u" (by phone)"_s);
    QSignalSpy logged(&window, &ui::MainWindow::contactLogged);
    QTest::mouseClick(form->findChild<QPushButton *>(u"contactSaveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(logged.count(), 1);
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM contact_moment WHERE citizen_id = ?"
                       " AND channel = 'helpdesk' AND summary LIKE 'Guided remotely%(by phone)'"_s),
                 1);
    // Closing the guide or the dossier afterwards proposes nothing more.
    window.showGuidePanel();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(!panel->isAssisting());
    panel->findChild<QPushButton *>(u"guideCloseButton"_s)->click();
    QVERIFY(!form->isVisible());
    QVERIFY(!window.findChild<QDialog *>(u"assistanceContactDialog"_s));
    QCOMPARE(logged.count(), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM contact_moment WHERE citizen_id = ?"
                   " AND channel = 'helpdesk'"_s),
             1);
}

QTEST_MAIN(TestHelpdeskPanels)
#include "tst_helpdeskpanels.moc"
