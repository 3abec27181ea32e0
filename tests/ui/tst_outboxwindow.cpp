// The outbox view (issue 7, item 2): the table model over entries in every state, the window
// opened from the status bar with Work offline on, the discard dialog that refuses to discard
// without a reason, and the conflict view whose Keep mine / Take theirs give the right result
// on the real loket-hub.

#include "../integration/synctestkit.h"
#include "model/accessentry.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/outboxcommands.h"
#include "store/outboxdescription.h"
#include "store/storecommand.h"
#include "sync/clock.h"
#include "sync/localhub.h"
#include "sync/wire.h"
#include "testcache.h"
#include "ui/conflictdialog.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/outboxdiscarddialog.h"
#include "ui/outboxmodel.h"
#include "ui/outboxwindow.h"
#include "ui/settings.h"
#include "ui/statusbar.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace loket;
using loket::testing::TestCache;

namespace {

const QString marie = QString::fromLatin1(TestCache::marie1954);
const QString leuven = u"24062"_s;

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

int rowWith(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestOutboxWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelShowsEveryState();
    void windowFromStatusBarDiscardsOnlyWithAReason();
    void conflictViewDecidesOnTheHub_data();
    void conflictViewDecidesOnTheHub();

private:
    // A test cache with one outbox entry in each state: a logged contact moment (waiting), a
    // paper copy request the hub refused (failed), a correction the hub refused with 412
    // (conflict) and a consultation of the dossier (waiting, never discardable).
    QString prepareCache();

    QTemporaryDir m_dir;
    int m_caches = 0;
    LocalHub m_hub;
    bool m_hubStarted = false;
};

void TestOutboxWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOutboxWindow::cleanupTestCase()
{
    m_hub.stop();
}

QString TestOutboxWindow::prepareCache()
{
    const QString path = m_dir.filePath(u"cache-%1.loket"_s.arg(++m_caches));
    const QString created = TestCache::create(path);
    if (!created.isEmpty())
        return created;
    Connection connection(u"prepare"_s);
    if (!connection.open(path))
        return connection.errorString();
    CacheWriter writer(connection);
    Outbox outbox(connection.database());
    SystemClock clock;
    StoreContext context{connection, writer, outbox, clock};
    const auto run = [&](StoreCommand &command) {
        WriteTransaction tx(connection.database());
        QString error;
        const bool ok = tx.isActive() && command.apply(context, &error) && tx.commit();
        return ok ? QString() : error + tx.errorString();
    };

    ContactMoment m;
    m.citizenId = marie;
    m.channel = ContactChannel::Counter;
    m.topic = u"taxes"_s;
    m.summary = u"asked about the tax letter"_s;
    LogContactMomentCommand log(m);
    DocumentAction a;
    a.citizenId = marie;
    a.documentId =
        scalar(connection.database(),
               u"SELECT id FROM document WHERE citizen_id = '%1' ORDER BY id LIMIT 1"_s.arg(marie));
    a.kind = DocumentActionKind::PaperCopy;
    a.reason = u"no computer at home"_s;
    RecordDocumentActionCommand paper(a);
    ContactMoment c = CacheReader(connection.database()).contactsFor(marie).constLast();
    const ContactMoment before = c;
    c.outcome = u"outcome corrected here"_s;
    CorrectContactMomentCommand correct(c);
    AccessEntry e;
    e.citizenId = marie;
    e.action = AccessAction::OpenDossier;
    RecordAccessCommand open(e);
    for (StoreCommand *command :
         std::initializer_list<StoreCommand *>{&log, &paper, &correct, &open}) {
        if (const QString error = run(*command); !error.isEmpty())
            return error;
    }
    const QList<OutboxEntry> entries = outbox.entries();
    if (entries.size() != 4)
        return u"expected 4 outbox entries"_s;
    outbox.setState(entries.at(1).seq, OutboxEntry::State::Failed, 422,
                    u"HTTP 422 the document is not in the citizen's dossier (invalid_document)"_s);
    ContactMoment theirs = before;
    theirs.outcome = u"outcome changed by a colleague"_s;
    theirs.version = before.version + 1;
    SyncConflict conflict;
    conflict.outboxSeq = entries.at(2).seq;
    conflict.entityType = entries.at(2).entityType;
    conflict.entityId = entries.at(2).entityId;
    conflict.baseJson = entries.at(2).baseJson;
    conflict.theirsJson = QJsonDocument(wire::toJson(theirs)).toJson();
    conflict.mineJson = entries.at(2).body;
    conflict.createdAt = u"2026-03-12T10:00:00.000Z"_s;
    if (!outbox.addConflict(&conflict) ||
        !outbox.setState(entries.at(2).seq, OutboxEntry::State::Conflict, 412, u"changed"_s))
        return outbox.errorString();
    return {};
}

void TestOutboxWindow::modelShowsEveryState()
{
    const QString error = prepareCache();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString path = m_dir.filePath(u"cache-%1.loket"_s.arg(m_caches));
    Connection reader(u"reader"_s);
    QVERIFY(reader.open(path, Connection::Mode::ReadOnly));

    ui::OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(reader.database()));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ui::OutboxModel::ColumnCount));
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };

    QCOMPARE(cell(0, ui::OutboxModel::What), u"Contact moment for Marie Janssens"_s);
    QCOMPARE(cell(0, ui::OutboxModel::State), u"Waiting"_s);
    QCOMPARE(cell(0, ui::OutboxModel::NextAttempt), u"At the next sync"_s);
    QVERIFY(cell(1, ui::OutboxModel::What).startsWith(u"Paper copy requested: "_s));
    QVERIFY(cell(1, ui::OutboxModel::What).size() > u"Paper copy requested: "_s.size());
    QCOMPARE(cell(1, ui::OutboxModel::State), u"Failed"_s);
    QCOMPARE(cell(1, ui::OutboxModel::Attempts), u"1"_s);
    QCOMPARE(cell(1, ui::OutboxModel::Problem),
             u"The regional hub refused the change as it stands."_s);
    QVERIFY(model.index(1, ui::OutboxModel::Problem)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"invalid_document"_s));
    QCOMPARE(cell(1, ui::OutboxModel::NextAttempt), u"When you retry it"_s);
    QCOMPARE(cell(2, ui::OutboxModel::What),
             u"Correction of a contact moment for Marie Janssens"_s);
    QCOMPARE(cell(2, ui::OutboxModel::State), u"Conflict"_s);
    QCOMPARE(cell(3, ui::OutboxModel::What), u"Dossier consulted: Marie Janssens"_s);

    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(ui::OutboxModel::ConflictIdRole).toLongLong() > 0, row == 2);
        QCOMPARE(index.data(ui::OutboxModel::MayDiscardRole).toBool(), row != 3);
        QCOMPARE(index.data(ui::OutboxModel::SeqRole).toLongLong(), model.entry(row).seq);
    }
    model.setWorkOffline(WorkOffline::On);
    QCOMPARE(cell(0, ui::OutboxModel::NextAttempt), u"When you work online again"_s);

    // After a discard: one row fewer here, one in the list of what was discarded.
    ui::DiscardedOutboxModel discarded;
    QAbstractItemModelTester discardedTester(
        &discarded, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(discarded.reload(reader.database()));
    QCOMPARE(discarded.rowCount(), 0);
    {
        Connection writerConnection(u"writer"_s);
        QVERIFY(writerConnection.open(path));
        CacheWriter writer(writerConnection);
        Outbox outbox(writerConnection.database());
        SystemClock clock;
        StoreContext context{writerConnection, writer, outbox, clock};
        DiscardOutboxEntryCommand discard(model.entry(0), u"entered twice"_s, u"staff-1"_s);
        WriteTransaction tx(writerConnection.database());
        QString problem;
        QVERIFY2(discard.apply(context, &problem) && tx.commit(), qPrintable(problem));
    }
    QVERIFY(model.reload(reader.database()));
    QVERIFY(discarded.reload(reader.database()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(discarded.rowCount(), 1);
    QCOMPARE(discarded.index(0, ui::DiscardedOutboxModel::What).data().toString(),
             u"Contact moment for Marie Janssens"_s);
    QCOMPARE(discarded.index(0, ui::DiscardedOutboxModel::Reason).data().toString(),
             u"entered twice"_s);
    QCOMPARE(discarded.index(0, ui::DiscardedOutboxModel::By).data().toString(), u"staff-1"_s);
}

void TestOutboxWindow::windowFromStatusBarDiscardsOnlyWithAReason()
{
    const QString error = prepareCache();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString path = m_dir.filePath(u"cache-%1.loket"_s.arg(m_caches));

    // Work offline was chosen in an earlier session: remembered, so nothing goes out now.
    ui::Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(m_caches)));
    settings.setWorkOffline(WorkOffline::On);
    ui::UiLanguage language(settings);
    language.setSessionOverride(u"en"_s);
    language.apply();
    ui::MainWindow window(settings, language);
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.workOfflineAction()->isChecked());
    QSignalSpy opened(&window, &ui::MainWindow::cacheOpened);
    window.openCache(path);
    QTRY_COMPARE(opened.count(), 1);
    // An address where nothing listens: with Work offline on, not even the sign-in is sent.
    window.connectToHub(path, QUrl(u"http://127.0.0.1:9"_s), u"counter"_s, u"secret"_s,
                        ui::MainWindow::CacheOrigin::Regional);
    QVERIFY(window.store());
    QCOMPARE(window.store()->workOffline(), WorkOffline::On);
    QTRY_VERIFY(window.loginDialog() && window.loginDialog()->isVisible());
    window.loginDialog()->reject();

    auto *connectivity = window.findChild<QLabel *>(u"connectivityStatus"_s);
    QVERIFY(connectivity);
    QCOMPARE(connectivity->text(), u"○ Offline (by choice)"_s);
    auto *pending = window.findChild<QToolButton *>(u"pendingChangesButton"_s);
    QVERIFY(pending);
    // Until the lead's lupdate gives the new plural its English forms, it reads "conflict(s)".
    QTRY_VERIFY2(pending->text().startsWith(u"4 changes waiting, 1 conflict"_s),
                 qPrintable(pending->text()));
    QVERIFY(window.outboxAction()->isEnabled());

    pending->click();
    QTRY_VERIFY(window.outboxWindow() && window.outboxWindow()->isVisible());
    ui::OutboxWindow *outbox = window.outboxWindow();
    QAbstractItemModelTester tester(outbox->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(outbox->model()->rowCount(), 4);
    auto *discardButton = outbox->findChild<QPushButton *>(u"discardButton"_s);
    auto *retryButton = outbox->findChild<QPushButton *>(u"retryButton"_s);
    auto *resolveButton = outbox->findChild<QPushButton *>(u"resolveConflictButton"_s);
    QVERIFY(discardButton && retryButton && resolveButton);
    // The conflict is selected first, so staff see what needs them.
    QCOMPARE(outbox->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(outbox->table()->selectionModel()->selectedRows().first().row(), 2);
    QVERIFY(resolveButton->isEnabled());
    QVERIFY(!retryButton->isEnabled());

    // The access log: never discardable, and the button says so.
    const int accessRow =
        rowWith(*outbox->model(), ui::OutboxModel::What, u"Dossier consulted: Marie Janssens"_s);
    QVERIFY(accessRow >= 0);
    outbox->table()->selectRow(accessRow);
    QVERIFY(!discardButton->isEnabled());
    QVERIFY(discardButton->toolTip().contains(u"access log"_s));

    // The waiting contact moment: the dialog names it and needs a reason.
    const int contactRow =
        rowWith(*outbox->model(), ui::OutboxModel::What, u"Contact moment for Marie Janssens"_s);
    outbox->table()->selectRow(contactRow);
    QVERIFY(discardButton->isEnabled());
    discardButton->click();
    QTRY_VERIFY(outbox->discardDialog() && outbox->discardDialog()->isVisible());
    ui::OutboxDiscardDialog *dialog = outbox->discardDialog();
    QVERIFY(dialog->findChild<QLabel *>(u"discardWhatLabel"_s)
                ->text()
                .contains(u"Contact moment for Marie Janssens"_s));
    auto *confirm = dialog->findChild<QPushButton *>(u"discardConfirmButton"_s);
    auto *words = dialog->findChild<QPlainTextEdit *>(u"discardReasonText"_s);
    auto *choice = dialog->findChild<QComboBox *>(u"discardReasonChoice"_s);
    QVERIFY(confirm && words && choice);
    QVERIFY(!confirm->isEnabled());
    words->setFocus();
    QTest::keyClicks(words, u"    "_s);
    QVERIFY(!confirm->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"discardProblem"_s)->isVisible());
    confirm->click(); // a disabled button does nothing
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(words, u"logged for the wrong Marie"_s);
    QTRY_VERIFY(confirm->isEnabled());
    QCOMPARE(dialog->reason(), u"logged for the wrong Marie"_s);
    choice->setCurrentIndex(2); // a common reason, the words after it
    const QString reason = choice->currentText() + u": logged for the wrong Marie"_s;
    QCOMPARE(dialog->reason(), reason);
    confirm->click(); // the dialog closes and is gone
    QTRY_COMPARE(outbox->model()->rowCount(), 3);
    QTRY_VERIFY2(pending->text().startsWith(u"3 changes waiting, 1 conflict"_s),
                 qPrintable(pending->text()));
    QCOMPARE(outbox->discardedModel()->rowCount(), 1);
    QCOMPARE(outbox->discardedModel()->entry(0).reason, reason);
    QCOMPARE(
        rowWith(*outbox->model(), ui::OutboxModel::What, u"Contact moment for Marie Janssens"_s),
        -1);

    // The conflict view from the window, field by field; deciding later changes nothing.
    QVERIFY(outbox->openFirstConflict());
    QTRY_VERIFY(outbox->conflictDialog() && outbox->conflictDialog()->isVisible());
    auto *table = outbox->conflictDialog()->findChild<QTableWidget *>(u"conflictTable"_s);
    QVERIFY(table);
    const int outcome = rowWith(*table->model(), 0, u"Outcome"_s);
    QVERIFY(outcome >= 0);
    QCOMPARE(table->item(outcome, 1)->text(), u"≠ Changed on both sides"_s);
    QCOMPARE(table->item(outcome, 3)->text(), u"outcome changed by a colleague"_s);
    QCOMPARE(table->item(outcome, 4)->text(), u"outcome corrected here"_s);
    outbox->conflictDialog()->findChild<QPushButton *>(u"decideLaterButton"_s)->click();
    QTRY_VERIFY(!outbox->conflictDialog());
    QCOMPARE(window.store()->conflictCount(), 1);

    // Switched off: the status bar no longer says "by choice", and it is remembered.
    window.workOfflineAction()->trigger();
    QCOMPARE(settings.workOffline(), WorkOffline::Off);
    QVERIFY(!connectivity->text().contains(u"by choice"_s));
    outbox->close();
}

void TestOutboxWindow::conflictViewDecidesOnTheHub_data()
{
    QTest::addColumn<int>("resolution"); // ConflictResolution
    QTest::addColumn<QString>("button");
    QTest::newRow("keep mine") << int(ConflictResolution::KeepMine) << u"keepMineButton"_s;
    QTest::newRow("take theirs") << int(ConflictResolution::TakeTheirs) << u"takeTheirsButton"_s;
}

void TestOutboxWindow::conflictViewDecidesOnTheHub()
{
    QFETCH(int, resolution);
    QFETCH(QString, button);
    if (!m_hubStarted) {
        LocalHub::Options o;
        o.program = QStringLiteral(LOKET_HUB_BINARY);
        o.database = m_dir.filePath(u"hub.db"_s);
        o.demo = true;
        o.citizens = 300;
        o.seed = 29;
        m_hub.start(o);
        QVERIFY2(m_hub.waitForStarted(120000),
                 qPrintable(m_hub.errorString() + m_hub.standardError()));
        m_hubStarted = true;
    }
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    QVERIFY(counter);
    kit::HubApi api(m_hub.url());
    const QString path = m_dir.filePath(u"conflict-%1.loket"_s.arg(++m_caches));
    auto store = kit::openStore(kit::fastStoreOptions(path));
    QVERIFY(store);
    QVERIFY(kit::signInAndPull(*store, m_hub.url(), counter->user, counter->password));

    ContactMoment m;
    m.citizenId = kit::scalar(
        path, u"SELECT id FROM citizen WHERE municipality_nis = ? ORDER BY id LIMIT 1"_s, {leuven});
    m.channel = ContactChannel::Counter;
    m.topic = u"parking"_s;
    m.summary = u"asked for a parking permit"_s;
    m.outcome = u"form handed over"_s;
    const QString id = store->logContactMoment(m);
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version FROM contact_moment WHERE id = ?"_s, {id}), u"1"_s,
        30000);

    // A colleague corrects it on the hub first.
    const QByteArray token = api.login(counter->user, counter->password);
    QJsonObject theirs = api.request("GET", u"/api/v1/contact-moments/"_s + id, token).json();
    theirs.insert(u"outcome"_s, u"permit sent by post (colleague)"_s);
    const kit::HttpReply put = api.request("PUT", u"/api/v1/contact-moments/"_s + id, token,
                                           QJsonDocument(theirs).toJson(), {{"If-Match", "\"1\""}});
    QVERIFY2(put.status == 200, put.body.constData());

    ContactMoment mine = m;
    mine.id = id;
    mine.outcome = u"permit handed over at the counter (mine)"_s;
    store->correctContactMoment(mine);
    QTRY_COMPARE_WITH_TIMEOUT(store->conflictCount(), 1, 30000);
    // Nothing was overwritten: the hub still has the colleague's version.
    QCOMPARE(api.request("GET", u"/api/v1/contact-moments/"_s + id, token)
                 .json()
                 .value(u"outcome"_s)
                 .toString(),
             u"permit sent by post (colleague)"_s);

    Connection reader(u"conflicts"_s);
    QVERIFY(reader.open(path, Connection::Mode::ReadOnly));
    const QList<SyncConflict> conflicts = Outbox(reader.database()).conflicts();
    QCOMPARE(conflicts.size(), 1);
    const QString description =
        OutboxDescriber(reader.database())
            .describe(*Outbox(reader.database()).entry(conflicts.first().outboxSeq));
    QVERIFY2(description.startsWith(u"Correction of a contact moment for "_s),
             qPrintable(description));

    ui::ConflictDialog dialog(*store, conflicts.first(), description);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"conflictTable"_s);
    QVERIFY(table);
    const int outcome = rowWith(*table->model(), 0, u"Outcome"_s);
    const int summary = rowWith(*table->model(), 0, u"What was asked"_s);
    QVERIFY(outcome >= 0 && summary >= 0);
    QCOMPARE(table->item(outcome, 1)->text(), u"≠ Changed on both sides"_s);
    QCOMPARE(table->item(outcome, 2)->text(), u"form handed over"_s);
    QCOMPARE(table->item(outcome, 3)->text(), u"permit sent by post (colleague)"_s);
    QCOMPARE(table->item(outcome, 4)->text(), mine.outcome);
    QVERIFY(table->item(outcome, 0)->font().bold());
    QCOMPARE(table->item(summary, 1)->text(), QString());
    QCOMPARE(table->item(summary, 3)->text(), m.summary);

    QSignalSpy resolved(&dialog, &ui::ConflictDialog::resolved);
    auto *choice = dialog.findChild<QPushButton *>(button);
    QVERIFY(choice);
    QTest::mouseClick(choice, Qt::LeftButton);
    QCOMPARE(resolved.size(), 1);
    QVERIFY(!dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(store->conflictCount(), 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 0, 30000);

    const bool keepMine = ConflictResolution(resolution) == ConflictResolution::KeepMine;
    const QString expected = keepMine ? mine.outcome : u"permit sent by post (colleague)"_s;
    const kit::HttpReply now = api.request("GET", u"/api/v1/contact-moments/"_s + id, token);
    QCOMPARE(now.json().value(u"outcome"_s).toString(), expected);
    QCOMPARE(now.headers.value("etag"), keepMine ? QByteArray("\"3\"") : QByteArray("\"2\""));
    QTRY_COMPARE_WITH_TIMEOUT(
        kit::scalar(path, u"SELECT version || ' ' || outcome FROM contact_moment WHERE id = ?"_s,
                    {id}),
        (keepMine ? u"3 "_s : u"2 "_s) + expected, 30000);
}

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
