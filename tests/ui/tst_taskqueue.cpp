// The follow-up task queue window (issue 8, item 3) over a test cache and an offline store: the
// queue picker, overdue tasks first and in bold with their delay in words, Claim, Hand over…
// with its required note and Close… with its required outcome, each landing in the outbox; the
// model under QAbstractItemModelTester.

#include "../integration/synctestkit.h"
#include "testcache.h"

#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/store.h"
#include "ui/taskqueuewindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;
using namespace loket::ui;
using loket::testing::TestCache;

namespace {

const QDate today(2026, 11, 26);
const QString herent = u"24038"_s;
const QString me = u"s-me"_s;

const QString lateId = u"7d1c6c8e-0000-4000-8000-000000000301"_s;
const QString soonId = u"7d1c6c8e-0000-4000-8000-000000000302"_s;
const QString takenId = u"7d1c6c8e-0000-4000-8000-000000000303"_s;
const QString helpdeskId = u"7d1c6c8e-0000-4000-8000-000000000304"_s;

Task task(const QString &id, const QString &title, int dueInDays, TaskQueueKind queue)
{
    Task t;
    t.id = id;
    t.citizenId = QString::fromLatin1(TestCache::marie1954);
    t.kind = TaskKind::CallBack;
    t.title = title;
    t.municipalityNis = herent;
    t.queue = queue;
    t.due = today.addDays(dueInDays);
    t.version = 1;
    TaskEvent created;
    created.at = u"2026-11-20T09:00:00.000Z"_s;
    created.staffId = u"s-els"_s;
    t.history = {created};
    return t;
}

} // namespace

class TestTaskQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheQueueOverdueFirst();
    void pickerSwitchesQueues();
    void opensOnTheTaskAsked();
    void claimShowsAtOnceAndQueuesTheStep();
    void handOverNeedsANote();
    void closeNeedsAnOutcome();

private:
    TaskQueueWindow *window();
    int rowOf(const QString &id) { return window()->model()->rowOf(id); }
    QString outboxCount() { return kit::scalar(m_path, u"SELECT count(*) FROM outbox"_s); }
    TaskStepDialog *openDialog(const char *button, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TaskQueueWindow> m_window;
};

void TestTaskQueue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.db"_s);
    const QString error = TestCache::create(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Connection connection(u"tasks"_s);
        QVERIFY(connection.open(m_path));
        CacheWriter writer(connection);
        Task taken = task(takenId, u"Taken by a colleague"_s, 1, TaskQueueKind::Municipality);
        QVERIFY(claimTask(taken, u"s-tom"_s, u"2026-11-25T10:00:00Z"_s) == TaskRefusal::None);
        taken.ownerName = u"Tom Claes"_s; // as the hub names him
        for (const Task &t :
             {task(soonId, u"Send the form"_s, 4, TaskQueueKind::Municipality),
              task(lateId, u"Call back about the tax bill"_s, -3, TaskQueueKind::Municipality),
              taken, task(helpdeskId, u"Help with the eBox"_s, 0, TaskQueueKind::Helpdesk)})
            QVERIFY2(writer.upsert(t), qPrintable(writer.errorString()));
    }
    m_store = kit::openStore(kit::fastStoreOptions(m_path));
    QVERIFY(m_store);
}

void TestTaskQueue::cleanupTestCase()
{
    m_window.reset();
    m_store.reset();
}

TaskQueueWindow *TestTaskQueue::window()
{
    if (!m_window) {
        m_window = std::make_unique<TaskQueueWindow>(
            m_path, m_store.get(),
            QHash<QString, QString>{{herent, u"Herent"_s}, {u"24062"_s, u"Leuven"_s}}, herent, me,
            u"counter"_s);
        m_window->setToday(today);
        new QAbstractItemModelTester(m_window->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_window.get());
        m_window->show();
        m_window->refresh();
    }
    return m_window.get();
}

void TestTaskQueue::listsTheQueueOverdueFirst()
{
    TaskQueueWindow *w = window();
    QVERIFY(w->view() == TaskQueueView::Municipality); // a counter starts at its municipality
    QTRY_COMPARE(w->model()->rowCount(), 3);
    QTRY_VERIFY(!w->isRunning());
    QCOMPARE(rowOf(lateId), 0);
    QCOMPARE(rowOf(takenId), 1);
    QCOMPARE(rowOf(soonId), 2);
    TaskQueueModel *m = w->model();
    const QModelIndex due = m->index(0, TaskQueueModel::DueColumn);
    QCOMPARE(m->data(due, TaskQueueModel::OverdueDaysRole).toInt(), 3);
    QVERIFY(m->data(due, Qt::FontRole).value<QFont>().bold());
    QVERIFY(m->data(m->index(0, TaskQueueModel::TitleColumn), Qt::FontRole).value<QFont>().bold());
    const QString dueText = m->data(due).toString();
    QVERIFY2(dueText.contains(TaskQueueModel::overdueText(3)), qPrintable(dueText));
    QVERIFY(dueText.contains(u"3"_s));
    QVERIFY(!m->data(m->index(2, TaskQueueModel::DueColumn), Qt::FontRole).isValid());
    QCOMPARE(m->data(m->index(0, TaskQueueModel::CitizenColumn)).toString(), u"Janssens, Marie"_s);
    QCOMPARE(m->data(m->index(0, TaskQueueModel::KindColumn)).toString(),
             TaskQueueModel::kindText(TaskKind::CallBack));
    QCOMPARE(m->data(m->index(0, TaskQueueModel::OwnerColumn)).toString(),
             TaskQueueModel::tr("nobody yet"));
    QCOMPARE(m->data(m->index(1, TaskQueueModel::OwnerColumn)).toString(), u"Tom Claes"_s);
    QCOMPARE(m->headerData(TaskQueueModel::StatusColumn, Qt::Horizontal).toString(),
             TaskQueueModel::tr("Status"));
    // Someone else's task cannot be claimed, handed over or closed from here.
    auto *table = w->findChild<QTableView *>(u"taskTable"_s);
    QVERIFY(table);
    table->setCurrentIndex(m->index(rowOf(takenId), 0));
    QVERIFY(!w->findChild<QPushButton *>(u"claimTaskButton"_s)->isEnabled());
    QVERIFY(!w->findChild<QPushButton *>(u"handOverTaskButton"_s)->isEnabled());
    QVERIFY(!w->findChild<QPushButton *>(u"closeTaskButton"_s)->isEnabled());
    table->setCurrentIndex(m->index(rowOf(lateId), 0));
    QVERIFY(w->findChild<QPushButton *>(u"claimTaskButton"_s)->isEnabled());
}

void TestTaskQueue::pickerSwitchesQueues()
{
    TaskQueueWindow *w = window();
    auto *picker = w->findChild<QComboBox *>(u"taskQueuePicker"_s);
    QVERIFY(picker);
    QCOMPARE(picker->count(), 3);
    picker->setFocus();
    picker->setCurrentIndex(picker->findData(int(TaskQueueView::Helpdesk)));
    QTRY_COMPARE(w->model()->rowCount(), 1);
    QTRY_VERIFY(!w->isRunning());
    QCOMPARE(rowOf(helpdeskId), 0);
    picker->setCurrentIndex(picker->findData(int(TaskQueueView::Mine)));
    QTRY_VERIFY(!w->isRunning());
    QTRY_COMPARE(w->model()->rowCount(), 0);
    QVERIFY(w->findChild<QLabel *>(u"taskEmpty"_s)->isVisible());
    picker->setCurrentIndex(picker->findData(int(TaskQueueView::Municipality)));
    QTRY_COMPARE(w->model()->rowCount(), 3);
    QTRY_VERIFY(!w->isRunning());
}

// As a task chosen in the dossier's open items does: the window is opened, its first read runs,
// and the task asked for is the one selected when the rows arrive, never another (a step on the
// selected row would go to the wrong task), also when it waits in another queue.
void TestTaskQueue::opensOnTheTaskAsked()
{
    TaskQueueWindow w(m_path, m_store.get(), {{herent, u"Herent"_s}}, herent, me, u"counter"_s);
    w.setToday(today);
    new QAbstractItemModelTester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &w);
    w.show();
    w.refresh();
    w.selectTask(soonId); // not the first row (lateId is overdue)
    QTRY_VERIFY(!w.isRunning());
    QVERIFY(w.currentTask());
    QCOMPARE(w.currentTask()->id, soonId);

    w.selectTask(helpdeskId);
    QTRY_VERIFY(w.view() == TaskQueueView::Helpdesk);
    QTRY_VERIFY(!w.isRunning());
    QVERIFY(w.currentTask());
    QCOMPARE(w.currentTask()->id, helpdeskId);
    QVERIFY(w.noticeText().isEmpty());

    w.selectTask(u"7d1c6c8e-0000-4000-8000-000000000399"_s); // not in this cache
    QTRY_VERIFY(!w.isRunning());
    QTRY_VERIFY(!w.noticeText().isEmpty());
    QVERIFY(!w.currentTask());
    QVERIFY(!w.findChild<QPushButton *>(u"claimTaskButton"_s)->isEnabled());
}

void TestTaskQueue::claimShowsAtOnceAndQueuesTheStep()
{
    TaskQueueWindow *w = window();
    QTRY_VERIFY(rowOf(lateId) >= 0);
    w->selectTask(lateId);
    const QString before = outboxCount();
    auto *claim = w->findChild<QPushButton *>(u"claimTaskButton"_s);
    QVERIFY(claim->isEnabled());
    QTest::mouseClick(claim, Qt::LeftButton);
    QTRY_COMPARE(
        w->model()->data(w->model()->index(rowOf(lateId), TaskQueueModel::OwnerColumn)).toString(),
        TaskQueueModel::tr("you"));
    QCOMPARE(
        w->model()->data(w->model()->index(rowOf(lateId), TaskQueueModel::StatusColumn)).toString(),
        TaskQueueModel::statusText(TaskStatus::Claimed));
    QCOMPARE(outboxCount().toInt(), before.toInt() + 1);
    QCOMPARE(kit::scalar(m_path, u"SELECT path FROM outbox ORDER BY seq DESC LIMIT 1"_s),
             u"/api/v1/tasks/%1/claim"_s.arg(lateId));
    // Mine now lists it.
    w->setView(TaskQueueView::Mine);
    QTRY_VERIFY(!w->isRunning());
    QTRY_COMPARE(w->model()->rowCount(), 1);
    QCOMPARE(rowOf(lateId), 0);
    w->setView(TaskQueueView::Municipality);
    QTRY_COMPARE(w->model()->rowCount(), 3);
    QTRY_VERIFY(!w->isRunning());
}

TaskStepDialog *TestTaskQueue::openDialog(const char *button, const QString &name)
{
    auto *b = window()->findChild<QPushButton *>(QString::fromLatin1(button));
    if (!b || !b->isEnabled())
        return nullptr;
    // The dialog opens window-modally before the click returns.
    QTest::mouseClick(b, Qt::LeftButton);
    return window()->findChild<TaskStepDialog *>(name);
}

void TestTaskQueue::handOverNeedsANote()
{
    TaskQueueWindow *w = window();
    QTRY_VERIFY(rowOf(soonId) >= 0);
    w->selectTask(soonId);
    TaskStepDialog *dialog = openDialog("handOverTaskButton", u"taskHandoverDialog"_s);
    QVERIFY(dialog);
    auto *ok =
        dialog->findChild<QDialogButtonBox *>(u"taskStepButtons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *queue = dialog->findChild<QComboBox *>(u"handoverQueue"_s);
    queue->setCurrentIndex(queue->findData(u"helpdesk"_s));
    auto *note = dialog->findChild<QPlainTextEdit *>(u"handoverNote"_s);
    QTest::keyClicks(note, u"   "_s);
    QVERIFY(!ok->isEnabled()); // blanks are no note
    QTest::keyClicks(note, u"Graag terugbellen na 14u"_s);
    QVERIFY(ok->isEnabled());
    const QString before = outboxCount();
    QTest::mouseClick(ok, Qt::LeftButton);
    // It left the municipality's queue at once; the helpdesk queue has it.
    QTRY_COMPARE(rowOf(soonId), -1);
    QCOMPARE(outboxCount().toInt(), before.toInt() + 1);
    QCOMPARE(kit::scalar(m_path, u"SELECT body FROM outbox ORDER BY seq DESC LIMIT 1"_s),
             uR"({"note":"Graag terugbellen na 14u","to_municipality_nis":null,)"
             uR"("to_queue":"helpdesk","to_staff_id":null})"_s);
    w->setView(TaskQueueView::Helpdesk);
    QTRY_VERIFY(!w->isRunning());
    QTRY_VERIFY(rowOf(soonId) >= 0);
    w->setView(TaskQueueView::Municipality);
    QTRY_VERIFY(!w->isRunning());
}

void TestTaskQueue::closeNeedsAnOutcome()
{
    TaskQueueWindow *w = window();
    QTRY_VERIFY(rowOf(lateId) >= 0);
    w->selectTask(lateId);
    TaskStepDialog *dialog = openDialog("closeTaskButton", u"taskCloseDialog"_s);
    QVERIFY(dialog);
    auto *ok =
        dialog->findChild<QDialogButtonBox *>(u"taskStepButtons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *outcome = dialog->findChild<QPlainTextEdit *>(u"closeOutcome"_s);
    QVERIFY(outcome->hasFocus() || dialog->focusWidget() == outcome);
    QTest::keyClicks(outcome, u"Teruggebeld; betaalplan uitgelegd."_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(ok, Qt::Key_Space); // the keyboard does it too
    QTRY_COMPARE(rowOf(lateId), -1);    // closed tasks leave the queue
    QCOMPARE(
        kit::scalar(m_path, u"SELECT status || '|' || outcome FROM task WHERE id = ?"_s, {lateId}),
        u"closed|Teruggebeld; betaalplan uitgelegd."_s);
}

QTEST_MAIN(TestTaskQueue)
#include "tst_taskqueue.moc"
