// The hub's side of follow-up tasks (issue 8, item 3; docs/api.md "Follow-up tasks"): creating,
// claiming, handing over, closing and reopening, who sees a task, and two people claiming the
// same task at the same moment. The real loket-hub over loopback, on SQLite
// (tst_hub_tasks_sqlite) and on PostgreSQL (tst_hub_tasks_postgres).

#include "hubfixture.h"

#include "model/nationalnumber.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <latch>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString nisA = u"24062"_s;
const QString nisB = u"24038"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonObject citizenJson(const QString &id, const QString &nis, int sequence)
{
    const QDate born(1950 + sequence % 50, 1 + sequence % 12, 1 + sequence % 28);
    return QJsonObject{
        {u"id"_s, id},
        {u"national_number"_s, loket::NationalNumber::make(born, 1 + sequence % 997).digits()},
        {u"family_name"_s, u"Wouters"_s},
        {u"given_names"_s, u"Jan"_s},
        {u"birth_date"_s, born.toString(Qt::ISODate)},
        {u"street"_s, u"Kerkstraat"_s},
        {u"house_number"_s, QString::number(sequence)},
        {u"postcode"_s, u"3000"_s},
        {u"city"_s, u"Leuven"_s},
        {u"municipality_nis"_s, nis},
        {u"language"_s, u"nl"_s}};
}

QJsonObject taskJson(const QString &id, const QString &citizenId, const QString &nis,
                     const QString &queue = u"municipality"_s)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"contact_moment_id"_s, QJsonValue::Null},
                       {u"kind"_s, u"call_back"_s},
                       {u"title"_s, u"Terugbellen over de eBox"_s},
                       {u"municipality_nis"_s, nis},
                       {u"queue"_s, queue},
                       {u"owner_staff_id"_s, QJsonValue::Null},
                       {u"due"_s, u"2026-12-04"_s}};
}

// What a client holds after pulling everything since `since`: type/id -> the last data
// (upserts) or nothing (tombstones).
struct Pulled
{
    QHash<QString, QJsonObject> present;
    QSet<QString> deleted;
    QString cursor;
    QString problem;
};

Pulled pullAll(Http &http, const QString &token, const QString &since = {})
{
    Pulled out;
    out.cursor = since;
    for (int pages = 0; pages < 1000; ++pages) {
        QString path = u"/api/v1/changes?limit=50"_s;
        if (!out.cursor.isEmpty())
            path += u"&since="_s + out.cursor;
        const Reply r = http.get(path, token);
        if (r.status != 200) {
            out.problem = u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return out;
        }
        for (const QJsonValue &v : r.json().value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"op"_s).toString() == u"upsert"_s) {
                out.present.insert(keyOf(c), c.value(u"data"_s).toObject());
                out.deleted.remove(keyOf(c));
            } else {
                out.present.remove(keyOf(c));
                out.deleted << keyOf(c);
            }
        }
        out.cursor = r.json().value(u"cursor"_s).toString();
        if (!r.json().value(u"more"_s).toBool())
            return out;
    }
    out.problem = u"the feed does not end"_s;
    return out;
}

// One step of a table row: who does what, with which If-Match, and what the hub must answer.
struct Step
{
    QString user;
    QString action; // claim, handover, close, reopen
    QJsonObject body;
    QString ifMatch; // "" none, "current" the task's version, else sent as it is
    int status = 200;
    QString code; // error.code, or the task's status after a 200
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestHubTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createChecksRolesScopeAndBody_data();
    void createChecksRolesScopeAndBody();
    void createIsIdempotent();
    void stepRules_data();
    void stepRules();
    void handoverKeepsTheNoteInTheHistory();
    void stepIsIdempotent();
    void feedScope();
    void readScope_data();
    void readScope();
    void twoClientsClaimAtOnce();
    void helpdeskKeepsItsQueueWhenADossierExpires();

private:
    QString token(const QString &user) const { return m_tokens.value(user); }
    QString staff(const QString &user) const { return m_staff.value(user); }
    void putRecord(const QString &collection, const QString &id, const QJsonObject &body);
    void createAccount(const QString &user, const QString &role, const QString &nis,
                       const QString &displayName);
    // Creates a task as counter-a for a citizen of A (or `body` as given); its id.
    QString createTask(const QString &queue = u"municipality"_s);
    Reply step(const QString &user, const QString &taskId, const QString &action,
               const QJsonObject &body, const QByteArray &ifMatch = {}, const QString &key = {});
    QJsonObject current(const QString &taskId);

    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_staff;
    QStringList m_citizensA;
    QStringList m_citizensB;
};

void TestHubTasks::initTestCase()
{
    m_hub = std::make_unique<HubProcess>();
    QString error;
    // Opened dossiers leave the helpdesk's feed at its next pull: the expiry test needs that.
    QVERIFY2(m_hub->start({u"--helpdesk-retention-days"_s, u"0"_s}, &error), qPrintable(error));
    m_http = std::make_unique<Http>(m_hub->url());
    m_tokens.insert(u"admin"_s, m_http->login(u"admin"_s, HubProcess::adminPassword()));
    QVERIFY(!token(u"admin"_s).isEmpty());
    for (const auto &[nis, name] :
         QList<QPair<QString, QString>>{{nisA, u"Leuven"_s}, {nisB, u"Herent"_s}})
        putRecord(u"municipalities"_s, nis,
                  QJsonObject{{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}});
    const QList<std::tuple<QString, QString, QString, QString>> accounts = {
        {u"counter-a"_s, u"counter"_s, nisA, u"Els Janssens"_s},
        {u"counter-a2"_s, u"counter"_s, nisA, u"Ann Peeters"_s},
        {u"counter-b"_s, u"counter"_s, nisB, u"Tom Maes"_s},
        {u"helpdesk-b"_s, u"helpdesk"_s, nisB, u"Sara Claes"_s},
        {u"outreach-a"_s, u"outreach"_s, nisA, u"Karim Aziz"_s},
        {u"manager-a"_s, u"manager"_s, nisA, u"Jessy Vos"_s},
    };
    for (const auto &[user, role, nis, name] : accounts) {
        createAccount(user, role, nis, name);
        m_tokens.insert(user, m_http->login(user, u"password-"_s + user));
        QVERIFY2(!token(user).isEmpty(), qPrintable(user));
    }
    const Reply admin = m_http->get(u"/api/v1/admin/accounts"_s, token(u"admin"_s));
    QVERIFY2(admin.status == 200, admin.body.constData());
    for (const QJsonValue &v : admin.json().value(u"accounts"_s).toArray())
        m_staff.insert(v.toObject().value(u"user"_s).toString(),
                       v.toObject().value(u"staff_id"_s).toString());
    int sequence = 0;
    for (const auto &[nis, count] : QList<QPair<QString, int>>{{nisA, 4}, {nisB, 2}}) {
        for (int i = 0; i < count; ++i) {
            const QString id = uuid();
            putRecord(u"citizens"_s, id, citizenJson(id, nis, ++sequence));
            (nis == nisA ? m_citizensA : m_citizensB) << id;
        }
    }
}

void TestHubTasks::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestHubTasks::putRecord(const QString &collection, const QString &id, const QJsonObject &body)
{
    const Reply r = m_http->sendJson("PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body,
                                     token(u"admin"_s));
    QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
}

void TestHubTasks::createAccount(const QString &user, const QString &role, const QString &nis,
                                 const QString &displayName)
{
    const Reply r = m_http->sendJson("POST", u"/api/v1/admin/accounts"_s,
                                     QJsonObject{{u"user"_s, user},
                                                 {u"password"_s, u"password-"_s + user},
                                                 {u"role"_s, role},
                                                 {u"municipality"_s, nis},
                                                 {u"display_name"_s, displayName}},
                                     token(u"admin"_s), {{"Idempotency-Key", uuid().toLatin1()}});
    QVERIFY2(r.status == 201, r.body.constData());
}

QString TestHubTasks::createTask(const QString &queue)
{
    const QString id = uuid();
    const Reply r =
        m_http->sendJson("POST", u"/api/v1/tasks"_s, taskJson(id, m_citizensA.first(), nisA, queue),
                         token(u"counter-a"_s), {{"Idempotency-Key", uuid().toLatin1()}});
    if (r.status != 201) {
        qWarning("creating a task: %d %s", r.status, r.body.constData());
        return {};
    }
    return id;
}

Reply TestHubTasks::step(const QString &user, const QString &taskId, const QString &action,
                         const QJsonObject &body, const QByteArray &ifMatch, const QString &key)
{
    Headers headers{{"Idempotency-Key", (key.isEmpty() ? uuid() : key).toLatin1()}};
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return m_http->sendJson("POST", u"/api/v1/tasks/%1/%2"_s.arg(taskId, action), body, token(user),
                            headers);
}

QJsonObject TestHubTasks::current(const QString &taskId)
{
    const Reply r = m_http->get(u"/api/v1/tasks/"_s + taskId, token(u"counter-a"_s));
    return r.status == 200 ? r.json() : QJsonObject();
}

void TestHubTasks::createChecksRolesScopeAndBody_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("citizen"); // "a", "b", "unknown"
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // error.field, or the new task's status

    const QJsonObject none;
    QTest::newRow("counter in its municipality")
        << u"counter-a"_s << u"a"_s << none << true << 201 << u"open"_s;
    QTest::newRow("counter, for the helpdesk queue")
        << u"counter-a"_s << u"a"_s << QJsonObject{{u"queue"_s, u"helpdesk"_s}} << true << 201
        << u"open"_s;
    QTest::newRow("with an owner: claimed, named by the hub")
        << u"counter-a"_s << u"a"_s
        << QJsonObject{{u"owner_staff_id"_s, u"@counter-a2"_s},
                       {u"owner_name"_s, u"Not her name"_s}}
        << true << 201 << u"claimed"_s;
    QTest::newRow("helpdesk, for its queue")
        << u"helpdesk-b"_s << u"b"_s << QJsonObject{{u"queue"_s, u"helpdesk"_s}} << true << 201
        << u"open"_s;
    QTest::newRow("without idempotency key")
        << u"counter-a"_s << u"a"_s << none << false << 400 << QString();
    QTest::newRow("no title") << u"counter-a"_s << u"a"_s << QJsonObject{{u"title"_s, u""_s}}
                              << true << 400 << u"title"_s;
    QTest::newRow("title too long")
        << u"counter-a"_s << u"a"_s << QJsonObject{{u"title"_s, QString(201, u'x')}} << true << 400
        << u"title"_s;
    QTest::newRow("bad due date") << u"counter-a"_s << u"a"_s
                                  << QJsonObject{{u"due"_s, u"2026-13-01"_s}} << true << 400
                                  << u"due"_s;
    QTest::newRow("unknown kind") << u"counter-a"_s << u"a"_s
                                  << QJsonObject{{u"kind"_s, u"visit"_s}} << true << 400
                                  << u"kind"_s;
    QTest::newRow("unknown queue")
        << u"counter-a"_s << u"a"_s << QJsonObject{{u"queue"_s, u"everyone"_s}} << true << 400
        << u"queue"_s;
    QTest::newRow("id not a uuid") << u"counter-a"_s << u"a"_s
                                   << QJsonObject{{u"id"_s, u"task-1"_s}} << true << 400 << u"id"_s;
    QTest::newRow("counter of another municipality's citizen")
        << u"counter-b"_s << u"a"_s << none << true << 403 << QString();
    QTest::newRow("counter into another municipality's queue")
        << u"counter-a"_s << u"a"_s << QJsonObject{{u"municipality_nis"_s, nisB}} << true << 403
        << QString();
    QTest::newRow("counter into the helpdesk queue, for another municipality")
        << u"counter-a"_s << u"a"_s
        << QJsonObject{{u"queue"_s, u"helpdesk"_s}, {u"municipality_nis"_s, nisB}} << true << 403
        << QString();
    QTest::newRow("manager") << u"manager-a"_s << u"a"_s << none << true << 403 << QString();
    QTest::newRow("unknown citizen")
        << u"counter-a"_s << u"unknown"_s << none << true << 422 << QString();
    QTest::newRow("owner who cannot see it")
        << u"counter-a"_s << u"a"_s << QJsonObject{{u"owner_staff_id"_s, u"@counter-b"_s}} << true
        << 422 << QString();
}

void TestHubTasks::createChecksRolesScopeAndBody()
{
    QFETCH(QString, user);
    QFETCH(QString, citizen);
    QFETCH(QJsonObject, changes);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, field);

    const QString id = uuid();
    const QString citizenId = citizen == u"a"_s   ? m_citizensA.at(1)
                              : citizen == u"b"_s ? m_citizensB.at(0)
                                                  : uuid();
    QJsonObject body = taskJson(id, citizenId, citizen == u"b"_s ? nisB : nisA);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QJsonValue value = it.value();
        // "@user" stands for that account's staff id, known only once the hub made it.
        if (value.isString() && value.toString().startsWith(u'@'))
            value = staff(value.toString().mid(1));
        body.insert(it.key(), value);
    }
    Headers headers;
    if (withKey)
        headers.append({"Idempotency-Key", uuid().toLatin1()});
    const Reply r = m_http->sendJson("POST", u"/api/v1/tasks"_s, body, token(user), headers);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 201) {
        const QJsonObject task = r.json();
        QCOMPARE(task.value(u"status"_s).toString(), field);
        // The hub names the owner, whatever the body said; nobody while unclaimed.
        if (changes.contains(u"owner_staff_id"_s))
            QCOMPARE(task.value(u"owner_name"_s).toString(), u"Ann Peeters"_s);
        else
            QVERIFY(task.value(u"owner_name"_s).isNull());
        QCOMPARE(task.value(u"version"_s).toInt(), 1);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        const QJsonArray history = task.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(u"action"_s).toString(), u"created"_s);
        QCOMPARE(history.at(0).toObject().value(u"staff_id"_s).toString(), staff(user));
        QVERIFY(task.value(u"outcome"_s).isNull());
    } else if (!field.isEmpty()) {
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
    }
}

void TestHubTasks::createIsIdempotent()
{
    const QString id = uuid();
    const QString key = uuid();
    const QJsonObject body = taskJson(id, m_citizensA.at(2), nisA);
    const Reply first = m_http->sendJson("POST", u"/api/v1/tasks"_s, body, token(u"counter-a"_s),
                                         {{"Idempotency-Key", key.toLatin1()}});
    QCOMPARE(first.status, 201);
    const Reply again = m_http->sendJson("POST", u"/api/v1/tasks"_s, body, token(u"counter-a"_s),
                                         {{"Idempotency-Key", key.toLatin1()}});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    // A new key for the same id is a second create: refused.
    const Reply other = m_http->sendJson("POST", u"/api/v1/tasks"_s, body, token(u"counter-a"_s),
                                         {{"Idempotency-Key", uuid().toLatin1()}});
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), u"already_exists"_s);
}

void TestHubTasks::stepRules_data()
{
    QTest::addColumn<QList<Step>>("steps");
    const QJsonObject none;
    const QJsonObject toHelpdesk{{u"to_queue"_s, u"helpdesk"_s},
                                 {u"note"_s, u"Vraag over eBox, graag terugbellen."_s}};
    const QJsonObject closing{{u"outcome"_s, u"Teruggebeld, eBox werkt."_s}};

    QTest::newRow("claim, claim again by the owner")
        << QList<Step>{{u"counter-a"_s, u"claim"_s, none, u"current"_s, 200, u"claimed"_s},
                       {u"counter-a"_s, u"claim"_s, none, {}, 200, u"claimed"_s}};
    QTest::newRow("claimed by someone else")
        << QList<Step>{{u"counter-a"_s, u"claim"_s, none, u"current"_s, 200, u"claimed"_s},
                       {u"counter-a2"_s, u"claim"_s, none, u"\"1\""_s, 409, u"already_claimed"_s},
                       {u"counter-a2"_s, u"close"_s, closing, {}, 409, u"already_claimed"_s},
                       {u"counter-a2"_s, u"handover"_s, toHelpdesk, {}, 409, u"already_claimed"_s}};
    QTest::newRow("stale If-Match on an unclaimed task")
        << QList<Step>{{u"counter-a"_s, u"claim"_s, none, u"\"7\""_s, 412, u"version_conflict"_s}};
    QTest::newRow("If-Match not a version")
        << QList<Step>{{u"counter-a"_s, u"claim"_s, none, u"soon"_s, 400, u"invalid_if_match"_s}};
    QTest::newRow("handover needs a note") << QList<Step>{
        {u"counter-a"_s,
         u"handover"_s,
         QJsonObject{{u"to_queue"_s, u"helpdesk"_s}},
         {},
         400,
         u"validation_failed"_s},
        {u"counter-a"_s,
         u"handover"_s,
         QJsonObject{{u"to_queue"_s, u"helpdesk"_s}, {u"note"_s, u"   "_s}},
         {},
         400,
         u"validation_failed"_s},
        {u"counter-a"_s,
         u"handover"_s,
         QJsonObject{{u"to_queue"_s, u"helpdesk"_s}, {u"note"_s, QString(2001, u'n')}},
         {},
         400,
         u"validation_failed"_s}};
    QTest::newRow("handover to an unknown queue")
        << QList<Step>{{u"counter-a"_s,
                        u"handover"_s,
                        QJsonObject{{u"to_queue"_s, u"nowhere"_s}, {u"note"_s, u"x"_s}},
                        {},
                        400,
                        u"validation_failed"_s}};
    QTest::newRow("handover to a person who would not see it")
        << QList<Step>{{u"counter-a"_s,
                        u"handover"_s,
                        QJsonObject{{u"to_queue"_s, u"municipality"_s},
                                    {u"to_staff_id"_s, u"@counter-b"_s},
                                    {u"note"_s, u"Voor jou"_s}},
                        {},
                        422,
                        u"unknown_staff"_s}};
    QTest::newRow("handover to a colleague: claimed by them")
        << QList<Step>{{u"counter-a"_s, u"handover"_s,
                        QJsonObject{{u"to_queue"_s, u"municipality"_s},
                                    {u"to_staff_id"_s, u"@counter-a2"_s},
                                    {u"note"_s, u"Jij kent dit dossier"_s}},
                        u"current"_s, 200, u"claimed"_s},
                       {u"counter-a"_s, u"claim"_s, none, {}, 409, u"already_claimed"_s},
                       {u"counter-a2"_s, u"close"_s, closing, {}, 200, u"closed"_s}};
    QTest::newRow("close needs an outcome")
        << QList<Step>{{u"counter-a"_s, u"close"_s, none, {}, 400, u"validation_failed"_s},
                       {u"counter-a"_s,
                        u"close"_s,
                        QJsonObject{{u"outcome"_s, u" "_s}},
                        {},
                        400,
                        u"validation_failed"_s}};
    QTest::newRow("close, claim closed, reopen, reopen open")
        << QList<Step>{{u"counter-a"_s, u"close"_s, closing, u"current"_s, 200, u"closed"_s},
                       {u"counter-a2"_s, u"claim"_s, none, {}, 409, u"task_closed"_s},
                       {u"counter-a2"_s, u"reopen"_s, QJsonObject{{u"note"_s, u"Niet gelukt"_s}},
                        u"current"_s, 200, u"open"_s},
                       {u"counter-a2"_s, u"reopen"_s, none, {}, 409, u"task_not_closed"_s},
                       {u"counter-a2"_s, u"claim"_s, none, u"current"_s, 200, u"claimed"_s}};
    QTest::newRow("counter of another municipality")
        << QList<Step>{{u"counter-b"_s, u"claim"_s, none, {}, 403, u"forbidden"_s},
                       {u"counter-b"_s, u"close"_s, closing, {}, 403, u"forbidden"_s}};
    QTest::newRow("helpdesk elsewhere, municipality queue")
        << QList<Step>{{u"helpdesk-b"_s, u"claim"_s, none, {}, 403, u"forbidden"_s}};
    QTest::newRow("manager") << QList<Step>{
        {u"manager-a"_s, u"claim"_s, none, {}, 403, u"forbidden"_s}};
    QTest::newRow("helpdesk claims once the task is in its queue")
        << QList<Step>{{u"counter-a"_s, u"handover"_s, toHelpdesk, {}, 200, u"open"_s},
                       {u"helpdesk-b"_s, u"claim"_s, none, u"current"_s, 200, u"claimed"_s},
                       {u"helpdesk-b"_s, u"handover"_s,
                        QJsonObject{{u"to_queue"_s, u"municipality"_s},
                                    {u"to_municipality_nis"_s, nisB},
                                    {u"note"_s, u"Burger verhuist naar Herent"_s}},
                        u"current"_s, 200, u"open"_s},
                       {u"counter-a"_s, u"claim"_s, none, {}, 403, u"forbidden"_s},
                       {u"counter-b"_s, u"claim"_s, none, {}, 200, u"claimed"_s}};
}

void TestHubTasks::stepRules()
{
    QFETCH(QList<Step>, steps);
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    int n = 0;
    for (Step s : steps) {
        ++n;
        for (auto it = s.body.begin(); it != s.body.end(); ++it) {
            if (it.value().isString() && it.value().toString().startsWith(u'@'))
                it.value() = staff(it.value().toString().mid(1));
        }
        QByteArray ifMatch = s.ifMatch.toLatin1();
        if (s.ifMatch == u"current"_s) {
            // Read as an account that sees the task wherever it went.
            const Reply r = m_http->get(u"/api/v1/tasks/"_s + id, token(s.user));
            QVERIFY2(r.status == 200, r.body.constData());
            ifMatch = r.header("ETag");
        }
        const Reply r = step(s.user, id, s.action, s.body, ifMatch);
        const QString what = u"step %1 (%2 by %3): %4 %5"_s.arg(n)
                                 .arg(s.action, s.user)
                                 .arg(r.status)
                                 .arg(QString::fromUtf8(r.body));
        QVERIFY2(r.status == s.status, qPrintable(what));
        if (s.status == 200) {
            QCOMPARE(r.json().value(u"status"_s).toString(), s.code);
            QCOMPARE(r.header("ETag"),
                     '"' + QByteArray::number(r.json().value(u"version"_s).toInt()) + '"');
        } else {
            QVERIFY2(r.errorCode() == s.code, qPrintable(what));
        }
    }
}

void TestHubTasks::handoverKeepsTheNoteInTheHistory()
{
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    QCOMPARE(step(u"counter-a"_s, id, u"claim"_s, {}).status, 200);
    const QString note = u"Mevrouw belt terug na 14u; dossier ligt klaar."_s;
    const Reply r = step(u"counter-a"_s, id, u"handover"_s,
                         QJsonObject{{u"to_queue"_s, u"helpdesk"_s}, {u"note"_s, note}}, "\"2\"");
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject task = r.json();
    QCOMPARE(task.value(u"queue"_s).toString(), u"helpdesk"_s);
    QVERIFY(task.value(u"owner_staff_id"_s).isNull());
    QCOMPARE(task.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(task.value(u"version"_s).toInt(), 3);
    const QJsonArray history = task.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 3);
    const QJsonObject last = history.at(2).toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"handed_over"_s);
    QCOMPARE(last.value(u"note"_s).toString(), note);
    QCOMPARE(last.value(u"to_queue"_s).toString(), u"helpdesk"_s);
    QCOMPARE(last.value(u"staff_id"_s).toString(), staff(u"counter-a"_s));
    QVERIFY(last.value(u"to_staff_id"_s).isNull());
}

void TestHubTasks::stepIsIdempotent()
{
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    const QString key = uuid();
    const QJsonObject body{{u"to_queue"_s, u"helpdesk"_s}, {u"note"_s, u"Eén keer"_s}};
    const Reply first = step(u"counter-a"_s, id, u"handover"_s, body, "\"1\"", key);
    QCOMPARE(first.status, 200);
    const Reply again = step(u"counter-a"_s, id, u"handover"_s, body, "\"1\"", key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    const QJsonObject now = current(id);
    QCOMPARE(now.value(u"version"_s).toInt(), 2);
    QCOMPARE(now.value(u"history"_s).toArray().size(), 2);
    // The same key for another request is refused, not replayed.
    const Reply reused =
        step(u"counter-a"_s, id, u"close"_s, QJsonObject{{u"outcome"_s, u"klaar"_s}}, {}, key);
    QCOMPARE(reused.status, 422);
}

void TestHubTasks::feedScope()
{
    const Pulled counterA0 = pullAll(*m_http, token(u"counter-a"_s));
    const Pulled counterB0 = pullAll(*m_http, token(u"counter-b"_s));
    const Pulled helpdesk0 = pullAll(*m_http, token(u"helpdesk-b"_s));
    QVERIFY2(counterA0.problem.isEmpty(), qPrintable(counterA0.problem));
    QVERIFY2(counterB0.problem.isEmpty(), qPrintable(counterB0.problem));
    QVERIFY2(helpdesk0.problem.isEmpty(), qPrintable(helpdesk0.problem));

    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    const QString key = u"task/"_s + id;
    Pulled a = pullAll(*m_http, token(u"counter-a"_s), counterA0.cursor);
    Pulled b = pullAll(*m_http, token(u"counter-b"_s), counterB0.cursor);
    Pulled h = pullAll(*m_http, token(u"helpdesk-b"_s), helpdesk0.cursor);
    QVERIFY(a.present.contains(key));
    QVERIFY(!b.present.contains(key) && !b.deleted.contains(key));
    QVERIFY(!h.present.contains(key) && !h.deleted.contains(key));

    // Into the helpdesk queue: the helpdesk of B sees it, counter-a keeps it.
    QCOMPARE(step(u"counter-a"_s, id, u"handover"_s,
                  QJsonObject{{u"to_queue"_s, u"helpdesk"_s}, {u"note"_s, u"Voor de helpdesk"_s}})
                 .status,
             200);
    a = pullAll(*m_http, token(u"counter-a"_s), a.cursor);
    b = pullAll(*m_http, token(u"counter-b"_s), b.cursor);
    h = pullAll(*m_http, token(u"helpdesk-b"_s), h.cursor);
    QCOMPARE(a.present.value(key).value(u"queue"_s).toString(), u"helpdesk"_s);
    QVERIFY(!b.present.contains(key));
    QCOMPARE(h.present.value(key).value(u"queue"_s).toString(), u"helpdesk"_s);

    // The helpdesk hands it to the counter of B: A and the helpdesk queue lose it.
    QCOMPARE(step(u"helpdesk-b"_s, id, u"handover"_s,
                  QJsonObject{{u"to_queue"_s, u"municipality"_s},
                              {u"to_municipality_nis"_s, nisB},
                              {u"note"_s, u"Voor Herent"_s}})
                 .status,
             200);
    a = pullAll(*m_http, token(u"counter-a"_s), a.cursor);
    b = pullAll(*m_http, token(u"counter-b"_s), b.cursor);
    h = pullAll(*m_http, token(u"helpdesk-b"_s), h.cursor);
    QVERIFY(a.deleted.contains(key));
    QVERIFY(!a.present.contains(key));
    QCOMPARE(b.present.value(key).value(u"municipality_nis"_s).toString(), nisB);
    // The helpdesk's feed holds its queue and its own tasks (and the dossiers it opened), so
    // the task left it.
    QVERIFY(h.deleted.contains(key));
    QVERIFY(!h.present.contains(key));

    // A helpdesk member who owns a task elsewhere keeps it in its feed.
    const QString other = createTask(u"helpdesk"_s);
    QVERIFY(!other.isEmpty());
    QCOMPARE(step(u"helpdesk-b"_s, other, u"claim"_s, {}).status, 200);
    QCOMPARE(step(u"helpdesk-b"_s, other, u"handover"_s,
                  QJsonObject{{u"to_queue"_s, u"municipality"_s},
                              {u"to_staff_id"_s, staff(u"helpdesk-b"_s)},
                              {u"note"_s, u"Ik volg dit zelf op vanuit de gemeente"_s}})
                 .status,
             200);
    h = pullAll(*m_http, token(u"helpdesk-b"_s), h.cursor);
    QCOMPARE(h.present.value(u"task/"_s + other).value(u"queue"_s).toString(), u"municipality"_s);
    QCOMPARE(h.present.value(u"task/"_s + other).value(u"owner_staff_id"_s).toString(),
             staff(u"helpdesk-b"_s));
}

void TestHubTasks::readScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("counter of its municipality") << u"counter-a"_s << 200;
    QTest::newRow("counter of another municipality") << u"counter-b"_s << 403;
    QTest::newRow("helpdesk elsewhere") << u"helpdesk-b"_s << 403;
    QTest::newRow("outreach, citizen not visited") << u"outreach-a"_s << 403;
    QTest::newRow("manager") << u"manager-a"_s << 403;
}

void TestHubTasks::readScope()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    const Reply r = m_http->get(u"/api/v1/tasks/"_s + id, token(user));
    QVERIFY2(r.status == status, r.body.constData());
}

void TestHubTasks::twoClientsClaimAtOnce()
{
    // Several rounds, so that either side can win; each round exactly one claim lands.
    QSet<QString> winners;
    for (int round = 0; round < 6; ++round) {
        const QString id = createTask();
        QVERIFY(!id.isEmpty());
        const QStringList users{u"counter-a"_s, u"counter-a2"_s};
        Reply replies[2];
        std::latch ready(2);
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            const QString user = users.at(i);
            const QString tok = token(user);
            const QUrl base = m_hub->url();
            threads << QThread::create([&, i, tok, base] {
                Http http(base); // its own connection, on its own thread
                ready.arrive_and_wait();
                replies[i] =
                    http.sendJson("POST", u"/api/v1/tasks/%1/claim"_s.arg(id), QJsonObject(), tok,
                                  {{"Idempotency-Key", uuid().toLatin1()}, {"If-Match", "\"1\""}});
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        const int won = replies[0].status == 200 ? 0 : 1;
        const int lost = 1 - won;
        QVERIFY2(replies[won].status == 200, replies[won].body.constData());
        QVERIFY2(replies[lost].status == 409, replies[lost].body.constData());
        const QJsonObject error = replies[lost].json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"already_claimed"_s);
        const QString winnerName = won == 0 ? u"Els Janssens"_s : u"Ann Peeters"_s;
        QVERIFY2(error.value(u"message"_s)
                     .toString()
                     .startsWith(winnerName + u" claimed this task at "_s),
                 qPrintable(error.value(u"message"_s).toString()));
        const QJsonObject task = error.value(u"task"_s).toObject();
        QCOMPARE(task.value(u"owner_staff_id"_s).toString(), staff(users.at(won)));
        QCOMPARE(task.value(u"version"_s).toInt(), 2);
        QCOMPARE(task.value(u"owner_name"_s).toString(), winnerName);
        const QJsonObject now = current(id);
        QCOMPARE(now.value(u"owner_staff_id"_s).toString(), staff(users.at(won)));
        QCOMPARE(now.value(u"owner_name"_s).toString(), winnerName);
        QCOMPARE(now.value(u"history"_s).toArray().size(), 2);
        winners << users.at(won);
    }
    QVERIFY(!winners.isEmpty());
}

void TestHubTasks::helpdeskKeepsItsQueueWhenADossierExpires()
{
    const QString citizen = m_citizensA.at(3);
    const QString queued = uuid();
    const QString local = uuid(); // the counter's: the helpdesk sees it only with the dossier
    Reply r =
        m_http->sendJson("POST", u"/api/v1/tasks"_s, taskJson(queued, citizen, nisA, u"helpdesk"_s),
                         token(u"counter-a"_s), {{"Idempotency-Key", uuid().toLatin1()}});
    QVERIFY2(r.status == 201, r.body.constData());
    r = m_http->sendJson("POST", u"/api/v1/tasks"_s, taskJson(local, citizen, nisA),
                         token(u"counter-a"_s), {{"Idempotency-Key", uuid().toLatin1()}});
    QVERIFY2(r.status == 201, r.body.constData());
    const Pulled before = pullAll(*m_http, token(u"helpdesk-b"_s));
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    QVERIFY(before.present.contains(u"task/"_s + queued));
    QVERIFY(!before.present.contains(u"task/"_s + local));

    // The dossier answer names both tasks of the citizen.
    r = m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(citizen), token(u"helpdesk-b"_s));
    QVERIFY2(r.status == 200, r.body.constData());
    QSet<QString> inDossier;
    for (const QJsonValue &v : r.json().value(u"tasks"_s).toArray())
        inDossier << v.toObject().value(u"id"_s).toString();
    QVERIFY(inDossier.contains(queued) && inDossier.contains(local));
    // While the dossier is held, its tasks can be read (and so worked on) one by one too.
    r = m_http->get(u"/api/v1/tasks/"_s + local, token(u"helpdesk-b"_s));
    QVERIFY2(r.status == 200, r.body.constData());

    // The hold ends at the next pull: the dossier and the counter's task go, the queue's stays.
    const Pulled first = pullAll(*m_http, token(u"helpdesk-b"_s), before.cursor);
    const Pulled second = pullAll(*m_http, token(u"helpdesk-b"_s), first.cursor);
    QVERIFY2(first.problem.isEmpty() && second.problem.isEmpty(),
             qPrintable(first.problem + second.problem));
    QVERIFY(first.deleted.contains(u"citizen/"_s + citizen) ||
            second.deleted.contains(u"citizen/"_s + citizen));
    QVERIFY(!first.present.contains(u"task/"_s + local) ||
            second.deleted.contains(u"task/"_s + local));
    QVERIFY(!first.deleted.contains(u"task/"_s + queued));
    QVERIFY(!second.deleted.contains(u"task/"_s + queued));
    r = m_http->get(u"/api/v1/tasks/"_s + local, token(u"helpdesk-b"_s));
    QVERIFY2(r.status == 403, r.body.constData());
}

QTEST_GUILESS_MAIN(TestHubTasks)
#include "tst_hub_tasks.moc"
