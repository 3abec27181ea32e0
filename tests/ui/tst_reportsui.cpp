// The report screens (issue 4, items 2, 3 and 5): the report list with its filters, details
// and timeline under QAbstractItemModelTester; the status update, refused until the citizen is
// told why; the new-report form with the category's extra fields, the duplicate suggestion and
// "link instead", photos stripped of their metadata; each action lands in the outbox.

#include "../integration/synctestkit.h"
#include "testcache.h"

#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/store.h"
#include "ui/reportform.h"
#include "ui/reportlistwindow.h"
#include "ui/reportserversdialog.h"
#include "ui/reportstatusdialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace loket;
using namespace loket::ui;
using loket::testing::TestCache;

namespace {

const QDate today(2026, 11, 28);

// A JPEG whose EXIF block carries a position and a camera serial, as phones write them.
QByteArray jpegWithExif()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    QByteArray exif = QByteArray("Exif\0\0II*\0", 10) + "GPS 50.8798N 4.7005E SERIAL-CAM-0042";
    const int length = int(exif.size()) + 2;
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char(length >> 8)).append(char(length & 0xFF)).append(exif);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace

class TestReportsUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listFiltersAndShowsTheStory();
    void statusDialogAsksWhyWhereNeeded();
    void statusUpdateFromTheListReachesTheOutbox();
    void formAsksWhatTheCategoryNeeds();
    void formSuggestsTheOpenReportNearby();
    void formFilesAReport();
    void photosLoseTheirMetadata();
    void reportServersSendAMunicipalitysReportsElsewhere();

private:
    ReferenceData reference() const;
    ReportListWindow *listWindow();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReportListWindow> m_window;
};

void TestReportsUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.db"_s);
    const QString error = TestCache::create(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Connection connection(u"extra"_s);
        QVERIFY(connection.open(m_path));
        CacheWriter writer(connection);
        // The catalogue asks how much was dumped.
        Category dumping;
        dumping.code = u"illegal_dumping"_s;
        dumping.groupCode = u"cleanliness"_s;
        dumping.nameNl = u"Sluikstort"_s;
        dumping.nameFr = u"Dépôt clandestin"_s;
        dumping.nameEn = u"Illegal dumping"_s;
        dumping.normWorkingDays = 5;
        CategoryField size;
        size.code = u"size"_s;
        size.datatype = u"singlevaluelist"_s;
        size.required = true;
        size.descriptionNl = u"Hoeveel afval?"_s;
        size.descriptionEn = u"How much waste?"_s;
        size.values = {{u"bag"_s, u"Een zak"_s, u"Un sac"_s, u"A bag"_s},
                       {u"van"_s, u"Een bestelwagen vol"_s, u"Une camionnette"_s, u"A van full"_s}};
        dumping.fields = {size};
        QVERIFY(writer.upsert(dumping));
        // A street light reported two days ago a few doors away, still open.
        Report recent;
        recent.id = u"r-0003"_s;
        recent.publicNumber = u"M-2026-0000901"_s;
        recent.categoryCode = u"street_light"_s;
        recent.street = u"Kerkstraat"_s;
        recent.houseNumber = u"16"_s;
        recent.postcode = u"3020"_s;
        recent.locationNis = u"24038"_s;
        recent.receivedNis = u"24038"_s;
        recent.createdAt = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs);
        recent.expectedDate = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        recent.history = {{1, ReportStatus::Received, recent.createdAt, {}, {}, {}}};
        recent.citizenIds = {QString::fromLatin1(TestCache::jan1975)};
        recent.version = 1;
        QVERIFY(writer.upsert(recent));
    }
    m_store = kit::openStore(kit::fastStoreOptions(m_path));
    QVERIFY(m_store);
}

ReferenceData TestReportsUi::reference() const
{
    ReferenceData r;
    Connection connection(u"reference"_s);
    if (!connection.open(m_path, Connection::Mode::ReadOnly))
        return r;
    CacheReader reader(connection.database());
    for (const Category &c : reader.categories())
        r.categories.insert(c.code, c);
    for (const Municipality &m : reader.municipalities())
        r.municipalities.insert(m.nisCode, m.name);
    return r;
}

ReportListWindow *TestReportsUi::listWindow()
{
    if (!m_window) {
        m_window =
            std::make_unique<ReportListWindow>(m_path, m_store.get(), reference(), u"24038"_s,
                                               ReportListWindow::StatusUpdates::Allowed);
        m_window->setToday(today);
        new QAbstractItemModelTester(m_window->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
        new QAbstractItemModelTester(m_window->timeline(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
        m_window->show();
    }
    return m_window.get();
}

void TestReportsUi::listFiltersAndShowsTheStory()
{
    ReportListWindow *w = listWindow();
    w->refresh();
    QTRY_VERIFY(!w->isRunning());
    // Herent's reports, newest first.
    QCOMPARE(w->model()->rowCount(), 3);
    QCOMPARE(w->model()->row(0).id, u"r-0003"_s);

    auto *status = w->findChild<QComboBox *>(u"reportStatusFilter"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findText(u"Still open"_s));
    QTRY_VERIFY(!w->isRunning());
    QCOMPARE(w->model()->rowCount(), 2); // the resolved dumping is not open
    auto *overdue = w->findChild<QCheckBox *>(u"reportOverdue"_s);
    overdue->setChecked(true);
    QTRY_VERIFY(!w->isRunning());
    QCOMPARE(w->model()->rowCount(), 1);
    const QModelIndex statusCell = w->model()->index(0, ReportListModel::StatusColumn);
    QCOMPARE(statusCell.data().toString(), u"scheduled — overdue"_s);
    QVERIFY(statusCell.data(Qt::FontRole).value<QFont>().bold());
    overdue->setChecked(false);
    status->setCurrentIndex(0);
    QTRY_VERIFY(!w->isRunning());
    QCOMPARE(w->model()->rowCount(), 3);

    auto *search = w->findChild<QLineEdit *>(u"reportSearch"_s);
    QTest::keyClicks(search, u"glasbol"_s);
    QTRY_VERIFY(!w->isRunning() && w->model()->rowCount() == 1 &&
                w->model()->row(0).id == u"r-0002"_s);
    search->clear();
    QTRY_VERIFY(!w->isRunning() && w->model()->rowCount() == 3);

    // The selected report's story, oldest first, with the internal note.
    w->selectReport(u"r-0001"_s);
    QTRY_VERIFY(w->currentReport().has_value());
    QCOMPARE(w->timeline()->rowCount(), 3);
    QCOMPARE(w->timeline()->index(2, ReportTimelineModel::NoteColumn).data().toString(),
             u"Ploeg 2, week 12"_s);
    auto *detail = w->findChild<QLabel *>(u"reportDetail"_s);
    QVERIFY2(detail->text().contains(u"M-2026-0000142"_s), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(u"overdue"_s), qPrintable(detail->text()));
    QVERIFY(w->findChild<QPushButton *>(u"reportStatusUpdate"_s)->isEnabled());
}

void TestReportsUi::statusDialogAsksWhyWhereNeeded()
{
    Report scheduled;
    scheduled.publicNumber = u"M-2026-0000142"_s;
    scheduled.status = ReportStatus::Scheduled;
    ReportStatusDialog dialog(scheduled);
    auto *next = dialog.findChild<QComboBox *>(u"statusNext"_s);
    auto *text = dialog.findChild<QPlainTextEdit *>(u"statusPublicText"_s);
    auto *problem = dialog.findChild<QLabel *>(u"statusProblem"_s);
    QVERIFY(next && text && problem);
    QCOMPARE(next->findText(u"received"_s), -1);  // not a step
    QCOMPARE(next->findText(u"scheduled"_s), -1); // where it is
    next->setCurrentIndex(next->findText(u"resolved"_s));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    QTest::keyClicks(text, u"De lamp is vervangen."_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    QCOMPARE(dialog.change().status, ReportStatus::Resolved);
    QCOMPARE(dialog.change().publicText, u"De lamp is vervangen."_s);
}

void TestReportsUi::statusUpdateFromTheListReachesTheOutbox()
{
    ReportListWindow *w = listWindow();
    w->selectReport(u"r-0001"_s);
    QTRY_VERIFY(w->currentReport() && w->currentReport()->id == u"r-0001"_s);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReportStatusDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *next = dialog->findChild<QComboBox *>(u"statusNext"_s);
        next->setCurrentIndex(next->findText(u"being worked on"_s));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"statusInternalNote"_s),
                         u"Aannemer ter plaatse"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    w->findChild<QPushButton *>(u"reportStatusUpdate"_s)->click();
    QVERIFY(answered);
    QTRY_COMPARE(kit::scalar(m_path, u"SELECT count(*) FROM outbox WHERE path ="
                                     " '/api/v1/reports/r-0001/status'"_s),
                 u"1"_s);
    QCOMPARE(kit::scalar(m_path, u"SELECT status FROM report WHERE id = 'r-0001'"_s),
             u"in_progress"_s);
    // The list follows the store: the new status and a fourth step in the story.
    QTRY_COMPARE(w->timeline()->rowCount(), 4);
    const int row = w->model()->rowOf(u"r-0001"_s);
    QCOMPARE(w->model()->row(row).status, ReportStatus::InProgress);
}

void TestReportsUi::formAsksWhatTheCategoryNeeds()
{
    ReportForm form(m_path, m_store.get(), reference(), TestCache::citizen(TestCache::marie1954),
                    u"24038"_s);
    form.show();
    auto *file = form.findChild<QPushButton *>(u"reportFile"_s);
    auto *problem = form.findChild<QLabel *>(u"reportProblem"_s);
    QVERIFY(!file->isEnabled());
    // The category, typed in full and confirmed.
    auto *category = form.findChild<QLineEdit *>(u"reportCategory"_s);
    QTest::keyClicks(category, u"Sluikstort"_s);
    category->completer()->popup()->hide();
    QTest::keyClick(category, Qt::Key_Return);
    QVERIFY(form.category().has_value());
    QCOMPARE(form.category()->code, u"illegal_dumping"_s);
    auto *size = form.findChild<QComboBox *>(u"reportField_size"_s);
    QVERIFY2(size, "the category's extra field is asked");
    QVERIFY(!file->isEnabled());
    QVERIFY2(problem->text().contains(u"Hoeveel afval?"_s) ||
                 problem->text().contains(u"How much waste?"_s),
             qPrintable(problem->text()));
    size->setCurrentIndex(size->findData(u"van"_s));
    // Marie's own street is filled in; the place is enough now.
    QVERIFY(!form.findChild<QLineEdit *>(u"reportStreet"_s)->text().isEmpty());
    QVERIFY2(file->isEnabled(), qPrintable(problem->text()));
    QCOMPARE(form.report().attributes, (QList<std::pair<QString, QString>>{{u"size"_s, u"van"_s}}));
    // Over-long descriptions are said, not cut.
    auto *description = form.findChild<QPlainTextEdit *>(u"reportDescription"_s);
    description->setPlainText(QString(4001, u'x'));
    QVERIFY(!file->isEnabled());
    description->setPlainText(u"Matras en zakken"_s);
    QVERIFY(file->isEnabled());
    // A coordinate that is not one is refused.
    QTest::keyClicks(form.findChild<QLineEdit *>(u"reportLatitude"_s), u"noord"_s);
    QVERIFY(!file->isEnabled());
}

void TestReportsUi::formSuggestsTheOpenReportNearby()
{
    ReportForm form(m_path, m_store.get(), reference(), TestCache::citizen(TestCache::marie1954),
                    u"24038"_s);
    form.show();
    form.chooseCategory(u"street_light"_s);
    auto *street = form.findChild<QLineEdit *>(u"reportStreet"_s);
    street->setText(u"Kerkstraat"_s);
    auto *number = form.findChild<QLineEdit *>(u"reportHouseNumber"_s);
    number->setText(u"12"_s);
    form.findChild<QLineEdit *>(u"reportPostcode"_s)->setText(u"3020"_s);
    // r-0003 (two days old, open, four doors away); r-0001 is older than 30 days.
    QTRY_COMPARE(form.similar().size(), 1);
    QCOMPARE(form.similar().first().id, u"r-0003"_s);
    auto *list = form.findChild<QListWidget *>(u"reportSimilar"_s);
    auto *link = form.findChild<QPushButton *>(u"reportLinkInstead"_s);
    QVERIFY(!link->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(link->isEnabled());
    QSignalSpy linked(&form, &ReportForm::citizenLinked);
    link->click();
    QCOMPARE(linked.size(), 1);
    QTRY_COMPARE(kit::scalar(m_path,
                             u"SELECT count(*) FROM report_citizen WHERE report_id = 'r-0003'"
                             " AND citizen_id = ?"_s,
                             {QLatin1String(TestCache::marie1954)}),
                 u"1"_s);
    QCOMPARE(kit::scalar(m_path, u"SELECT count(*) FROM outbox WHERE path ="
                                 " '/api/v1/reports/r-0003/citizens'"_s),
             u"1"_s);
    QCOMPARE(kit::scalar(m_path, u"SELECT count(*) FROM report"_s), u"3"_s); // no duplicate

    // Further along the street nothing is suggested.
    ReportForm far(m_path, m_store.get(), reference(), std::nullopt, u"24038"_s);
    QSignalSpy checked(&far, &ReportForm::similarChecked);
    far.chooseCategory(u"street_light"_s);
    far.findChild<QLineEdit *>(u"reportStreet"_s)->setText(u"Kerkstraat"_s);
    far.findChild<QLineEdit *>(u"reportHouseNumber"_s)->setText(u"80"_s);
    QTRY_VERIFY(!checked.isEmpty() && !far.isLookingUp());
    QCOMPARE(checked.last().first().toInt(), 0);
    QVERIFY(far.similar().isEmpty());
}

void TestReportsUi::formFilesAReport()
{
    ReportForm form(m_path, m_store.get(), reference(), TestCache::citizen(TestCache::marie1954),
                    u"24038"_s);
    form.show();
    form.chooseCategory(u"street_light"_s);
    form.findChild<QLineEdit *>(u"reportStreet"_s)->setText(u"Stationsstraat"_s);
    form.findChild<QLineEdit *>(u"reportHouseNumber"_s)->setText(u"3"_s);
    QTest::keyClicks(form.findChild<QPlainTextEdit *>(u"reportDescription"_s),
                     u"Lamp knippert 's nachts"_s);
    form.findChild<QRadioButton *>(u"reportNotify_letter"_s)->setChecked(true);
    QSignalSpy filed(&form, &ReportForm::reportFiled);
    auto *file = form.findChild<QPushButton *>(u"reportFile"_s);
    QVERIFY(file->isEnabled());
    file->click();
    QCOMPARE(filed.size(), 1);
    const QString id = filed.first().first().toString();
    QTRY_COMPARE(kit::scalar(m_path,
                             u"SELECT count(*) FROM outbox WHERE entity_id = ?"
                             " AND path = '/api/v1/reports'"_s,
                             {id}),
                 u"1"_s);
    QCOMPARE(kit::scalar(m_path,
                         u"SELECT category_code || ' ' || street || ' ' || status FROM report"
                         " WHERE id = ?"_s,
                         {id}),
             u"street_light Stationsstraat received"_s);
    QVERIFY(kit::scalar(m_path, u"SELECT extras_json FROM report WHERE id = ?"_s, {id})
                .contains(u"\"notify_by\":\"letter\""_s));
    // Unsent, it shows in the list as such.
    ReportListWindow *w = listWindow();
    QTRY_VERIFY(w->model()->rowOf(id) >= 0);
    QCOMPARE(w->model()->index(w->model()->rowOf(id), ReportListModel::NumberColumn).data(),
             QVariant(u"(not sent yet)"_s));
}

void TestReportsUi::photosLoseTheirMetadata()
{
    ReportForm form(m_path, m_store.get(), reference(), std::nullopt, u"24038"_s);
    const QString photo = m_dir.filePath(u"phone.jpg"_s);
    {
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegWithExif());
    }
    QVERIFY(QFile(photo).open(QIODevice::ReadOnly));
    QVERIFY(jpegWithExif().contains("SERIAL-CAM-0042"));
    QCOMPARE(form.addPhoto(photo), QString());
    QCOMPARE(form.photos().size(), 1);
    const QByteArray sent = form.photos().first().data;
    QVERIFY(!sent.contains("SERIAL-CAM-0042"));
    QVERIFY(!sent.contains("Exif"));
    QCOMPARE(QImage::fromData(sent).size(), QSize(64, 48));
    QCOMPARE(form.photos().first().photo.mimeType, u"image/jpeg"_s);

    const QString notes = m_dir.filePath(u"notes.pdf"_s);
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 not a picture");
    }
    QVERIFY(form.addPhoto(notes).contains(u"notes.pdf"_s));
    QCOMPARE(form.photos().size(), 1);
    for (int i = 1; i < reportPhotoMaxCount; ++i)
        QCOMPARE(form.addPhoto(photo), QString());
    QVERIFY(!form.addPhoto(photo).isEmpty()); // one too many
    QCOMPARE(form.photos().size(), reportPhotoMaxCount);
}

void TestReportsUi::reportServersSendAMunicipalitysReportsElsewhere()
{
    // Last: from here on Herent's new reports leave this cache for Herent's own server.
    ReportServersDialog dialog(*m_store, m_path, reference());
    // Declared after the dialog, so it goes first: the list's model resets while it dies.
    QAbstractItemModelTester tester(dialog.list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_VERIFY(!dialog.isLoading());
    QTRY_VERIFY(dialog.list()->topLevelItemCount() >= 2);
    QTreeWidgetItem *herent = nullptr;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        if (dialog.list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"24038"_s)
            herent = dialog.list()->topLevelItem(i);
    QVERIFY(herent);
    QCOMPARE(herent->text(1), u"The regional hub"_s);
    dialog.list()->setCurrentItem(herent);
    auto *url = dialog.findChild<QLineEdit *>(u"serverUrlEdit"_s);
    auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
    auto *message = dialog.findChild<QLabel *>(u"reportServerMessage"_s);
    auto *save = dialog.findChild<QPushButton *>(u"saveServerButton"_s);
    QVERIFY(url && key && message && save);

    // Not a web address: said at once, nothing saved.
    QTest::keyClicks(url, u"meldingen herent"_s);
    QTest::keyClicks(key, u"sleutel-123"_s);
    save->click();
    QVERIFY2(message->text().contains(u"web address"_s), qPrintable(message->text()));
    QCOMPARE(kit::scalar(m_path, u"SELECT count(*) FROM open311_target"_s), u"0"_s);

    url->clear();
    QTest::keyClicks(url, u"https://meldingen.herent.example/open311/v2/"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"jurisdictionEdit"_s), u"herent.be"_s);
    save->click();
    QTRY_COMPARE(kit::scalar(m_path,
                             u"SELECT base_url || ' ' || jurisdiction_id || ' ' || api_key"
                             " FROM open311_target WHERE municipality_nis = ?"_s,
                             {u"24038"_s}),
                 u"https://meldingen.herent.example/open311/v2/ herent.be sleutel-123"_s);
    QTRY_VERIFY(!dialog.isLoading());
    QTRY_COMPARE(dialog.list()->currentItem()->text(1), u"Own server: meldingen.herent.example"_s);

    // A report filed now waits for Herent's server, and its detail says so.
    ReportForm form(m_path, m_store.get(), reference(), TestCache::citizen(TestCache::marie1954),
                    u"24038"_s);
    form.show();
    form.chooseCategory(u"street_light"_s);
    form.findChild<QLineEdit *>(u"reportStreet"_s)->setText(u"Molenstraat"_s);
    form.findChild<QLineEdit *>(u"reportHouseNumber"_s)->setText(u"8"_s);
    QTest::keyClicks(form.findChild<QPlainTextEdit *>(u"reportDescription"_s),
                     u"Lamp brandt overdag"_s);
    QSignalSpy filed(&form, &ReportForm::reportFiled);
    form.findChild<QPushButton *>(u"reportFile"_s)->click();
    QCOMPARE(filed.size(), 1);
    const QString id = filed.first().first().toString();
    QTRY_COMPARE(kit::scalar(m_path,
                             u"SELECT method || ' ' || path FROM outbox WHERE entity_id = ?"_s,
                             {id}),
                 u"POST open311:24038"_s);
    ReportListWindow *w = listWindow();
    w->refresh();
    QTRY_VERIFY(w->model()->rowOf(id) >= 0);
    w->selectReport(id);
    auto *detail = w->findChild<QLabel *>(u"reportDetail"_s);
    QTRY_VERIFY2(detail->text().contains(u"Waiting to be sent to the report server of"_s),
                 qPrintable(detail->text()));
    QVERIFY(detail->text().contains(u"meldingen.herent.example"_s));
    QVERIFY(!w->findChild<QPushButton *>(u"reportStatusUpdate"_s)->isEnabled());

    // Back to the hub: the setting goes; the report already waiting keeps its way.
    dialog.findChild<QPushButton *>(u"useHubButton"_s)->click();
    QTRY_COMPARE(kit::scalar(m_path, u"SELECT count(*) FROM open311_target"_s), u"0"_s);
    QTRY_COMPARE(dialog.list()->currentItem()->text(1), u"The regional hub"_s);
    QCOMPARE(kit::scalar(m_path, u"SELECT path FROM outbox WHERE entity_id = ?"_s, {id}),
             u"open311:24038"_s);
}

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
