// Follow-up tasks in the core (issue 8, item 3): the rules of a task and of each step, the wire
// form, the cache row, the commands that write a step and its outbox entry in one transaction
// (also the task a contact moment with a follow-up creates), the queue and the open tasks of a
// citizen, and the feed's task records.

#include "model/task.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/repositories.h"
#include "store/storecommand.h"
#include "store/taskcommands.h"
#include "store/taskqueue.h"
#include "sync/changeapplier.h"
#include "sync/changefeed.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone::utc());
    }
};

const QDate today(2026, 3, 12);

Task task(const QString &id = u"7d1c6c8e-0000-4000-8000-000000000001"_s)
{
    Task t;
    t.id = id;
    t.citizenId = u"c-1"_s;
    t.kind = TaskKind::CallBack;
    t.title = u"Call back about the eBox"_s;
    t.municipalityNis = u"24062"_s;
    t.queue = TaskQueueKind::Municipality;
    t.due = today.addDays(2);
    t.version = 1;
    t.updatedAt = u"2026-03-10T08:00:00.000Z"_s;
    TaskEvent created;
    created.at = u"2026-03-10T08:00:00.000Z"_s;
    created.staffId = u"s-els"_s;
    created.action = TaskAction::Created;
    t.history = {created};
    return t;
}

struct Cache
{
    explicit Cache(const QString &path)
        : connection(u"tasks-%1"_s.arg(path.section(u'/', -1)))
    {
        ok = connection.open(path);
    }
    Connection connection;
    bool ok = false;
};

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip();
    void problem_data();
    void problem();
    void steps_data();
    void steps();
    void overdueDays_data();
    void overdueDays();
    void wireRoundTrip();
    void wireRefuses_data();
    void wireRefuses();
    void cacheRowRoundTrip();
    void stepCommandWritesRowAndEntry_data();
    void stepCommandWritesRowAndEntry();
    void refusedStepWritesNothing();
    void stepOnLocalTaskWaitsForItsBase();
    void contactMomentWithFollowUpCreatesTask();
    void queueOrdersOverdueFirst_data();
    void queueOrdersOverdueFirst();
    void openTasksForCitizen();
    void feedDeliversTasks();

private:
    QString newPath() { return m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches)); }
    QTemporaryDir m_dir;
    int m_caches = 0;
};

void TestTasks::codesRoundTrip()
{
    for (TaskKind k : {TaskKind::CallBack, TaskKind::Check, TaskKind::Send})
        QVERIFY(taskKindFromCode(taskKindCode(k)) == k);
    for (TaskQueueKind q : {TaskQueueKind::Helpdesk, TaskQueueKind::Municipality})
        QVERIFY(taskQueueFromCode(taskQueueCode(q)) == q);
    for (TaskStatus s : {TaskStatus::Open, TaskStatus::Claimed, TaskStatus::Closed})
        QVERIFY(taskStatusFromCode(taskStatusCode(s)) == s);
    for (TaskAction a : {TaskAction::Created, TaskAction::Claimed, TaskAction::HandedOver,
                         TaskAction::Closed, TaskAction::Reopened})
        QVERIFY(taskActionFromCode(taskActionCode(a)) == a);
    QCOMPARE(taskKindCode(TaskKind::CallBack), u"call_back"_s);
    QCOMPARE(taskActionCode(TaskAction::HandedOver), u"handed_over"_s);
    QVERIFY(!taskQueueFromCode(u"everyone"));
}

void TestTasks::problem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("as made") << QString() << QString() << true;
    QTest::newRow("no id") << u"id"_s << u" "_s << false;
    QTest::newRow("no citizen") << u"citizen"_s << QString() << false;
    QTest::newRow("no title") << u"title"_s << u"  "_s << false;
    QTest::newRow("title of 200") << u"title"_s << QString(200, u'é') << true;
    QTest::newRow("title of 201") << u"title"_s << QString(201, u'a') << false;
    QTest::newRow("no municipality") << u"municipality"_s << QString() << false;
    QTest::newRow("no due date") << u"due"_s << QString() << false;
    QTest::newRow("claimed without owner") << u"status"_s << u"claimed"_s << false;
    QTest::newRow("open with owner") << u"owner"_s << u"s-ann"_s << false;
    QTest::newRow("closed without outcome") << u"closed-without"_s << QString() << false;
    QTest::newRow("outcome while open") << u"outcome"_s << u"done"_s << false;
}

void TestTasks::problem()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Task t = task();
    if (field == u"id"_s)
        t.id = value;
    else if (field == u"citizen"_s)
        t.citizenId = value;
    else if (field == u"title"_s)
        t.title = value;
    else if (field == u"municipality"_s)
        t.municipalityNis = value;
    else if (field == u"due"_s)
        t.due = QDate();
    else if (field == u"status"_s)
        t.status = TaskStatus::Claimed;
    else if (field == u"owner"_s)
        t.ownerStaffId = value;
    else if (field == u"closed-without"_s)
        t.status = TaskStatus::Closed;
    else if (field == u"outcome"_s)
        t.outcome = value;
    QCOMPARE(taskProblem(t).isEmpty(), valid);
}

void TestTasks::steps_data()
{
    // A list of "step:staff[:text]" applied in order; the refusal of the last one, and the state
    // after the whole list.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("lastRefusal");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("historyLines");

    const int none = int(TaskRefusal::None);
    QTest::newRow("claim") << QStringList{u"claim:ann"_s} << none << u"claimed"_s << u"ann"_s << 2;
    QTest::newRow("claim twice by the owner")
        << QStringList{u"claim:ann"_s, u"claim:ann"_s} << none << u"claimed"_s << u"ann"_s << 2;
    QTest::newRow("claimed by another")
        << QStringList{u"claim:ann"_s, u"claim:tom"_s} << int(TaskRefusal::ClaimedByOther)
        << u"claimed"_s << u"ann"_s << 2;
    QTest::newRow("handover without note")
        << QStringList{u"handover:ann: "_s} << int(TaskRefusal::NoteMissing) << u"open"_s
        << QString() << 1;
    QTest::newRow("handover of another's task")
        << QStringList{u"claim:ann"_s, u"handover:tom:please"_s} << int(TaskRefusal::ClaimedByOther)
        << u"claimed"_s << u"ann"_s << 2;
    QTest::newRow("handover unclaims")
        << QStringList{u"claim:ann"_s, u"handover:ann:for the helpdesk"_s} << none << u"open"_s
        << QString() << 3;
    QTest::newRow("close without outcome")
        << QStringList{u"close:ann: "_s} << int(TaskRefusal::OutcomeMissing) << u"open"_s
        << QString() << 1;
    QTest::newRow("close an unclaimed task: the closer owns it")
        << QStringList{u"close:ann:called back"_s} << none << u"closed"_s << u"ann"_s << 2;
    QTest::newRow("claim a closed task")
        << QStringList{u"close:ann:called back"_s, u"claim:tom"_s} << int(TaskRefusal::Closed)
        << u"closed"_s << u"ann"_s << 2;
    QTest::newRow("reopen an open task")
        << QStringList{u"reopen:ann:"_s} << int(TaskRefusal::NotClosed) << u"open"_s << QString()
        << 1;
    QTest::newRow("close and reopen")
        << QStringList{u"close:ann:called back"_s, u"reopen:tom:no answer after all"_s} << none
        << u"open"_s << QString() << 3;
}

void TestTasks::steps()
{
    QFETCH(QStringList, steps);
    QFETCH(int, lastRefusal);
    QFETCH(QString, status);
    QFETCH(QString, owner);
    QFETCH(int, historyLines);
    Task t = task();
    TaskRefusal refused = TaskRefusal::None;
    for (const QString &s : std::as_const(steps)) {
        const QString kind = s.section(u':', 0, 0);
        const QString staff = s.section(u':', 1, 1);
        const QString text = s.section(u':', 2);
        const Task before = t;
        if (kind == u"claim"_s) {
            refused = claimTask(t, staff, u"2026-03-12T09:00:00Z"_s);
        } else if (kind == u"handover"_s) {
            TaskHandover h;
            h.toQueue = TaskQueueKind::Helpdesk;
            h.note = text;
            refused = handOverTask(t, h, staff, u"2026-03-12T09:00:00Z"_s);
        } else if (kind == u"close"_s) {
            refused = closeTask(t, text, staff, u"2026-03-12T09:00:00Z"_s);
        } else {
            refused = reopenTask(t, text, staff, u"2026-03-12T09:00:00Z"_s);
        }
        if (refused != TaskRefusal::None) {
            QCOMPARE(t.history.size(), before.history.size()); // a refused step changes nothing
            QVERIFY(!taskRefusalText(refused).isEmpty());
        }
        QVERIFY2(taskProblem(t).isEmpty(), qPrintable(taskProblem(t)));
    }
    QCOMPARE(int(refused), lastRefusal);
    QCOMPARE(taskStatusCode(t.status), status);
    QCOMPARE(t.ownerStaffId, owner);
    QCOMPARE(t.history.size(), historyLines);
}

void TestTasks::overdueDays_data()
{
    QTest::addColumn<int>("dueInDays");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("overdue");
    QTest::newRow("due today") << 0 << false << 0;
    QTest::newRow("due tomorrow") << 1 << false << 0;
    QTest::newRow("a day late") << -1 << false << 1;
    QTest::newRow("three days late") << -3 << false << 3;
    QTest::newRow("late but closed") << -3 << true << 0;
}

void TestTasks::overdueDays()
{
    QFETCH(int, dueInDays);
    QFETCH(bool, closed);
    QFETCH(int, overdue);
    Task t = task();
    t.due = today.addDays(dueInDays);
    if (closed)
        QVERIFY(closeTask(t, u"done"_s, u"ann"_s, u"2026-03-12T09:00:00Z"_s) == TaskRefusal::None);
    QCOMPARE(taskOverdueDays(t, today), overdue);
}

void TestTasks::wireRoundTrip()
{
    Task t = task();
    t.contactMomentId = u"cm-1"_s;
    TaskHandover h;
    h.toQueue = TaskQueueKind::Helpdesk;
    h.note = u"Mevrouw spreekt Frans; terugbellen na 14u."_s;
    QVERIFY(claimTask(t, u"ann"_s, u"2026-03-11T10:00:00Z"_s) == TaskRefusal::None);
    QVERIFY(handOverTask(t, h, u"ann"_s, u"2026-03-11T10:05:00Z"_s) == TaskRefusal::None);
    const QJsonObject json = wire::toJson(t);
    QVERIFY(json.value(u"owner_staff_id"_s).isNull());
    QVERIFY(json.value(u"outcome"_s).isNull());
    QCOMPARE(json.value(u"queue"_s).toString(), u"helpdesk"_s);
    QCOMPARE(json.value(u"due"_s).toString(), u"2026-03-14"_s);
    const QJsonObject last = json.value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"handed_over"_s);
    QCOMPARE(last.value(u"to_queue"_s).toString(), u"helpdesk"_s);
    QVERIFY(last.value(u"to_staff_id"_s).isNull());
    QString error;
    const auto back = wire::taskFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(wire::toJson(*back), json);
    QCOMPARE(back->history.size(), 3);
    QCOMPARE(back->history.last().note, h.note);
    QVERIFY(back->history.last().toQueue == TaskQueueKind::Helpdesk);
}

void TestTasks::wireRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("kind unknown") << u"kind"_s << QJsonValue(u"visit"_s) << u"kind"_s;
    QTest::newRow("queue missing") << u"queue"_s << QJsonValue() << u"queue"_s;
    QTest::newRow("due not a date") << u"due"_s << QJsonValue(u"12/03/2026"_s) << u"due"_s;
    QTest::newRow("status unknown") << u"status"_s << QJsonValue(u"done"_s) << u"status"_s;
    QTest::newRow("title a number") << u"title"_s << QJsonValue(3) << u"title"_s;
    QTest::newRow("history not a list") << u"history"_s << QJsonValue(u"x"_s) << u"history"_s;
    QTest::newRow("history with a bad action")
        << u"history"_s
        << QJsonValue(QJsonArray{
               QJsonObject{{u"at"_s, u"2026-03-01T00:00:00Z"_s}, {u"action"_s, u"deleted"_s}}})
        << u"action"_s;
}

void TestTasks::wireRefuses()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = wire::toJson(task());
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QVERIFY(!wire::taskFromJson(json, &error));
    QVERIFY2(error.contains(u"\""_s + field + u"\""_s), qPrintable(error));
}

void TestTasks::cacheRowRoundTrip()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Task t = task();
    QVERIFY(closeTask(t, u"Teruggebeld; brief volgt"_s, u"ann"_s, u"2026-03-12T08:00:00Z"_s) ==
            TaskRefusal::None);
    QVERIFY2(writer.upsert(t), qPrintable(writer.errorString()));
    const auto back = CacheReader(c.connection.database()).task(t.id);
    QVERIFY(back);
    QCOMPARE(wire::toJson(*back), wire::toJson(t));
    QVERIFY(writer.removeTask(t.id));
    QVERIFY(!CacheReader(c.connection.database()).task(t.id));
}

void TestTasks::stepCommandWritesRowAndEntry_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("claim") << int(TaskStepCommand::Step::Claim) << u"claim"_s << u"claimed"_s
                           << QJsonObject();
    QTest::newRow("handover") << int(TaskStepCommand::Step::HandOver) << u"handover"_s << u"open"_s
                              << QJsonObject{{u"to_queue"_s, u"helpdesk"_s},
                                             {u"to_municipality_nis"_s, QJsonValue::Null},
                                             {u"to_staff_id"_s, QJsonValue::Null},
                                             {u"note"_s, u"Graag terugbellen"_s}};
    QTest::newRow("close") << int(TaskStepCommand::Step::Close) << u"close"_s << u"closed"_s
                           << QJsonObject{{u"outcome"_s, u"Brief verstuurd"_s}};
}

void TestTasks::stepCommandWritesRowAndEntry()
{
    QFETCH(int, step);
    QFETCH(QString, path);
    QFETCH(QString, status);
    QFETCH(QJsonObject, body);
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Outbox outbox(c.connection.database());
    FixedClock clock;
    StoreContext context{c.connection, writer, outbox, clock};
    const Task t = task();
    QVERIFY(writer.upsert(t));
    std::optional<TaskStepCommand> command;
    switch (TaskStepCommand::Step(step)) {
    case TaskStepCommand::Step::Claim:
        command = TaskStepCommand::claim(t.id, u"ann"_s);
        break;
    case TaskStepCommand::Step::HandOver: {
        TaskHandover h;
        h.toQueue = TaskQueueKind::Helpdesk;
        h.note = u"  Graag terugbellen "_s;
        command = TaskStepCommand::handOver(t.id, h, u"ann"_s);
        break;
    }
    case TaskStepCommand::Step::Close:
        command = TaskStepCommand::close(t.id, u"Brief verstuurd"_s, u"ann"_s);
        break;
    case TaskStepCommand::Step::Reopen:
        break;
    }
    QVERIFY(command);
    {
        WriteTransaction tx(c.connection.database());
        QString error;
        QVERIFY2(command->apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    // The row shows the step at once.
    const auto local = CacheReader(c.connection.database()).task(t.id);
    QVERIFY(local);
    QCOMPARE(taskStatusCode(local->status), status);
    QCOMPARE(local->history.size(), 2);
    QCOMPARE(local->version, 1); // the hub's version until it answers
    const QList<OutboxEntry> entries = outbox.entriesFor(u"task"_s, t.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QByteArray("POST"));
    QCOMPARE(entries.first().path, u"/api/v1/tasks/%1/%2"_s.arg(t.id, path));
    QVERIFY(entries.first().baseVersion == 1);
    QVERIFY(entries.first().operation == OutboxEntry::Operation::Update);
    QCOMPARE(QJsonDocument::fromJson(entries.first().body).object(), body);
    QCOMPARE(QJsonDocument::fromJson(entries.first().baseJson).object(), wire::toJson(t));
}

void TestTasks::refusedStepWritesNothing()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Outbox outbox(c.connection.database());
    FixedClock clock;
    StoreContext context{c.connection, writer, outbox, clock};
    Task t = task();
    QVERIFY(claimTask(t, u"tom"_s, u"2026-03-11T10:00:00Z"_s) == TaskRefusal::None);
    QVERIFY(writer.upsert(t));
    TaskStepCommand command = TaskStepCommand::claim(t.id, u"ann"_s);
    QString error;
    {
        WriteTransaction tx(c.connection.database()); // rolled back when it goes
        QVERIFY(!command.apply(context, &error));
    }
    QCOMPARE(command.refusal(), taskRefusalText(TaskRefusal::ClaimedByOther));
    QCOMPARE(outbox.openCount(), 0);
    QCOMPARE(CacheReader(c.connection.database()).task(t.id)->ownerStaffId, u"tom"_s);
    TaskStepCommand missing = TaskStepCommand::claim(u"no-such-task"_s, u"ann"_s);
    QVERIFY(!missing.apply(context, &error));
    QVERIFY(!missing.refusal().isEmpty());
}

void TestTasks::stepOnLocalTaskWaitsForItsBase()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Outbox outbox(c.connection.database());
    FixedClock clock;
    StoreContext context{c.connection, writer, outbox, clock};
    Task t = task(QString());
    t.version = 0;
    CreateTaskCommand create(t, u"els"_s);
    QVERIFY(create.refusal().isEmpty());
    TaskStepCommand claim = TaskStepCommand::claim(create.recordId(), u"els"_s);
    {
        WriteTransaction tx(c.connection.database());
        QString error;
        QVERIFY2(create.apply(context, &error), qPrintable(error));
        QVERIFY2(claim.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const QList<OutboxEntry> entries = outbox.entriesFor(u"task"_s, create.recordId());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).path, u"/api/v1/tasks"_s);
    QCOMPARE(entries.at(0).dependsOn, u"citizen:c-1"_s);
    const QJsonObject sent = QJsonDocument::fromJson(entries.at(0).body).object();
    QVERIFY(!sent.contains(u"history"_s) && !sent.contains(u"status"_s));
    QCOMPARE(sent.value(u"title"_s).toString(), t.title);
    // The claim's base is the version the hub gives the new task: known only once it answers.
    QVERIFY(!entries.at(1).baseVersion);
    QCOMPARE(CacheReader(c.connection.database()).task(create.recordId())->ownerStaffId, u"els"_s);
    Task invalid = task(QString());
    invalid.title.clear();
    QVERIFY(!CreateTaskCommand(invalid, u"els"_s).refusal().isEmpty());
}

void TestTasks::contactMomentWithFollowUpCreatesTask()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Outbox outbox(c.connection.database());
    FixedClock clock;
    StoreContext context{c.connection, writer, outbox, clock};
    ContactMoment m;
    m.citizenId = u"c-1"_s;
    m.channel = ContactChannel::Helpdesk;
    m.topic = u"ebox"_s;
    m.summary = u"Vraag over eBox"_s;
    m.outcome = u"Terugbellen beloofd"_s;
    m.followUpTask = u"Terugbellen met de code"_s;
    m.followUpOwner = u"Helpdesk"_s;
    m.followUpDue = u"2026-03-13"_s;
    m.staffId = u"s-sara"_s;
    m.municipalityNis = u"24062"_s;
    m.occurredAt = u"2026-03-12T09:00:00Z"_s;
    LogContactMomentCommand command(m);
    QVERIFY(!command.followUpTaskId().isEmpty());
    {
        WriteTransaction tx(c.connection.database());
        QString error;
        QVERIFY2(command.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const auto made = CacheReader(c.connection.database()).task(command.followUpTaskId());
    QVERIFY(made);
    QCOMPARE(made->contactMomentId, command.recordId());
    QVERIFY(made->queue == TaskQueueKind::Helpdesk);
    QCOMPARE(made->title, m.followUpTask);
    QCOMPARE(made->due, QDate(2026, 3, 13));
    QVERIFY(made->status == TaskStatus::Open);
    QCOMPARE(made->history.size(), 1);
    QCOMPARE(made->history.first().staffId, u"s-sara"_s);
    const QList<OutboxEntry> all = outbox.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).entityType, u"contact_moment"_s);
    QCOMPARE(all.at(1).entityType, u"task"_s);
    QCOMPARE(all.at(1).dependsOn, u"contact_moment:"_s + command.recordId());
    QVERIFY(made->kind == TaskKind::CallBack); // nothing chosen: a call back

    // Chosen in the form: a document to send, by the counter of the municipality, although
    // the helpdesk took the call.
    m.id.clear();
    LogContactMomentCommand routed(m, FollowUpRoute{TaskKind::Send, TaskQueueKind::Municipality});
    {
        WriteTransaction tx(c.connection.database());
        QString error;
        QVERIFY2(routed.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const auto sent = CacheReader(c.connection.database()).task(routed.followUpTaskId());
    QVERIFY(sent);
    QVERIFY(sent->kind == TaskKind::Send);
    QVERIFY(sent->queue == TaskQueueKind::Municipality);
    QCOMPARE(sent->municipalityNis, u"24062"_s);
    // Without a follow-up, no task.
    m.followUpTask.clear();
    LogContactMomentCommand plain(m);
    QVERIFY(plain.followUpTaskId().isEmpty());
}

void TestTasks::queueOrdersOverdueFirst_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("municipality") << int(TaskQueueView::Municipality)
                                  << QStringList{u"late"_s, u"today"_s, u"later, claimed by ann"_s};
    QTest::newRow("helpdesk") << int(TaskQueueView::Helpdesk) << QStringList{u"helpdesk"_s};
    QTest::newRow("mine") << int(TaskQueueView::Mine) << QStringList{u"later, claimed by ann"_s};
}

void TestTasks::queueOrdersOverdueFirst()
{
    QFETCH(int, view);
    QFETCH(QStringList, titles);
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    int n = 0;
    auto add = [&](const QString &title, int dueInDays, TaskQueueKind queue, const QString &nis,
                   const QString &owner, bool closed) {
        Task t = task(u"7d1c6c8e-0000-4000-8000-00000000010%1"_s.arg(++n));
        t.title = title;
        t.due = today.addDays(dueInDays);
        t.queue = queue;
        t.municipalityNis = nis;
        if (!owner.isEmpty())
            claimTask(t, owner, u"2026-03-11T10:00:00Z"_s);
        if (closed)
            closeTask(t, u"done"_s, u"tom"_s, u"2026-03-11T10:00:00Z"_s);
        QVERIFY(writer.upsert(t));
    };
    add(u"later, claimed by ann"_s, 5, TaskQueueKind::Municipality, u"24062"_s, u"ann"_s, false);
    add(u"today"_s, 0, TaskQueueKind::Municipality, u"24062"_s, {}, false);
    add(u"late"_s, -3, TaskQueueKind::Municipality, u"24062"_s, {}, false);
    add(u"closed"_s, -9, TaskQueueKind::Municipality, u"24062"_s, {}, true);
    add(u"elsewhere"_s, -1, TaskQueueKind::Municipality, u"24038"_s, {}, false);
    add(u"helpdesk"_s, 1, TaskQueueKind::Helpdesk, u"24062"_s, {}, false);
    TaskQueueFilter filter;
    filter.view = TaskQueueView(view);
    filter.municipalityNis = u"24062"_s;
    filter.staffId = u"ann"_s;
    const QList<TaskQueueRow> rows = TaskQueue(c.connection.database()).rows(filter, today);
    QStringList got;
    for (const TaskQueueRow &r : rows)
        got << r.task.title;
    QCOMPARE(got, titles);
    if (TaskQueueView(view) == TaskQueueView::Municipality)
        QCOMPARE(rows.first().overdueDays, 3);
    filter.closed = TaskQueueFilter::Closed::Show;
    if (TaskQueueView(view) == TaskQueueView::Municipality)
        QCOMPARE(TaskQueue(c.connection.database()).rows(filter, today).last().task.title,
                 u"closed"_s);
}

void TestTasks::openTasksForCitizen()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Task open = task(u"7d1c6c8e-0000-4000-8000-000000000201"_s);
    open.due = today.addDays(4);
    Task claimed = task(u"7d1c6c8e-0000-4000-8000-000000000202"_s);
    claimed.due = today.addDays(1);
    claimed.queue = TaskQueueKind::Helpdesk;
    claimed.municipalityNis = u"24038"_s;
    claimTask(claimed, u"sara"_s, u"2026-03-11T10:00:00Z"_s);
    Task closed = task(u"7d1c6c8e-0000-4000-8000-000000000203"_s);
    closeTask(closed, u"done"_s, u"tom"_s, u"2026-03-11T10:00:00Z"_s);
    Task other = task(u"7d1c6c8e-0000-4000-8000-000000000204"_s);
    other.citizenId = u"c-2"_s;
    for (const Task &t : {open, claimed, closed, other})
        QVERIFY(writer.upsert(t));
    const QList<Task> tasks = CacheReader(c.connection.database()).openTasksForCitizen(u"c-1"_s);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).id, claimed.id); // due first
    QCOMPARE(tasks.at(1).id, open.id);
}

void TestTasks::feedDeliversTasks()
{
    Cache c(newPath());
    QVERIFY(c.ok);
    CacheWriter writer(c.connection);
    Outbox outbox(c.connection.database());
    Task t = task();
    const QJsonObject page{{u"changes"_s, QJsonArray{QJsonObject{{u"type"_s, u"task"_s},
                                                                 {u"op"_s, u"upsert"_s},
                                                                 {u"id"_s, t.id},
                                                                 {u"version"_s, 1},
                                                                 {u"data"_s, wire::toJson(t)}}}},
                           {u"cursor"_s, u"5"_s},
                           {u"more"_s, false}};
    QString error;
    const auto parsed = parseChangePage(QJsonDocument(page).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->unknownTypes, 0);
    ChangeApplier applier(c.connection, writer, outbox);
    ChangeApplier::Stats stats;
    {
        WriteTransaction tx(c.connection.database());
        QVERIFY2(applier.apply(*parsed, ChangeApplier::Mode::Incremental, &stats),
                 qPrintable(applier.errorString()));
        QVERIFY(tx.commit());
    }
    QCOMPARE(stats.changed.value(RecordType::Task), QStringList{t.id});
    QCOMPARE(CacheReader(c.connection.database()).task(t.id)->title, t.title);
    // A local claim waiting in the outbox stands against the feed's older copy.
    FixedClock clock;
    StoreContext context{c.connection, writer, outbox, clock};
    TaskStepCommand claim = TaskStepCommand::claim(t.id, u"ann"_s);
    {
        WriteTransaction tx(c.connection.database());
        QVERIFY2(claim.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    {
        WriteTransaction tx(c.connection.database());
        QVERIFY(applier.apply(*parsed, ChangeApplier::Mode::Incremental, &stats));
        QVERIFY(tx.commit());
    }
    QCOMPARE(CacheReader(c.connection.database()).task(t.id)->ownerStaffId, u"ann"_s);
    // A tombstone removes it (handed over to a queue this account does not see).
    ChangePage gone;
    Change tombstone;
    tombstone.type = RecordType::Task;
    tombstone.deleted = true;
    tombstone.id = t.id;
    tombstone.version = 2;
    gone.changes << tombstone;
    gone.cursor = u"6"_s;
    {
        WriteTransaction tx(c.connection.database());
        QVERIFY(applier.apply(gone, ChangeApplier::Mode::Incremental, &stats));
        QVERIFY(tx.commit());
    }
    QVERIFY(!CacheReader(c.connection.database()).task(t.id));
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
