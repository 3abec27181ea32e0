// The hub's side of home visits (issue 7, docs/api.md "Visits, outreach scope, remote wipe"):
// visit lists, the outreach account's feed and reads narrowed to the citizens on its list,
// withdrawn access, the dossier in one answer and the remote wipe. The real loket-hub over
// loopback, on SQLite (tst_hub_visits_sqlite) and on PostgreSQL (tst_hub_visits_postgres).

#include "hubfixture.h"

#include "model/nationalnumber.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

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

Headers withKey(const QString &key)
{
    return {{"Idempotency-Key", key.toLatin1()}};
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

QJsonObject citizenJson(const QString &id, const QString &nis, int sequence)
{
    const QDate born(1940 + sequence % 60, 1 + sequence % 12, 1 + sequence % 28);
    return QJsonObject{
        {u"id"_s, id},
        {u"national_number"_s, loket::NationalNumber::make(born, 1 + sequence % 997).digits()},
        {u"family_name"_s, u"Claes"_s},
        {u"given_names"_s, u"Maria"_s},
        {u"birth_date"_s, born.toString(Qt::ISODate)},
        {u"street"_s, u"Molenstraat"_s},
        {u"house_number"_s, QString::number(sequence)},
        {u"postcode"_s, u"3000"_s},
        {u"city"_s, u"Leuven"_s},
        {u"municipality_nis"_s, nis},
        {u"language"_s, u"nl"_s}};
}

QJsonObject contactJson(const QString &id, const QString &citizenId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"channel"_s, u"home_visit"_s},
                       {u"topic"_s, u"ebox"_s},
                       {u"summary"_s, u"eBox samen geactiveerd"_s},
                       {u"outcome"_s, u"geholpen"_s},
                       {u"occurred_at"_s, u"2026-11-20T10:15:00Z"_s}};
}

QJsonObject progressJson(const QString &citizenId, const QString &step)
{
    return QJsonObject{{u"id"_s, citizenId + u":ebox:"_s + step},
                       {u"citizen_id"_s, citizenId},
                       {u"guide_id"_s, u"ebox"_s},
                       {u"step_id"_s, step},
                       {u"guide_version"_s, 1},
                       {u"status"_s, u"with_help"_s},
                       {u"done_at"_s, u"2026-11-20T10:30:00Z"_s}};
}

QJsonObject actionJson(const QString &id, const QString &citizenId, const QString &documentId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"document_id"_s, documentId},
                       {u"kind"_s, u"resend"_s},
                       {u"reason"_s, u"Brief kwam terug"_s},
                       {u"occurred_at"_s, u"2026-11-21T14:05:00Z"_s}};
}

QJsonObject accessJson(const QString &id, const QString &citizenId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"action"_s, u"open_dossier"_s},
                       {u"purpose"_s, u"home_visit"_s},
                       {u"occurred_at"_s, u"2026-11-21T14:05:00Z"_s}};
}

QJsonObject visitJson(const QString &id, const QString &citizenId, const QString &date,
                      const QString &purpose = u"eBox activeren"_s)
{
    return QJsonObject{
        {u"id"_s, id}, {u"citizen_id"_s, citizenId}, {u"date"_s, date}, {u"purpose"_s, purpose}};
}

struct Pull
{
    QList<QJsonObject> changes;
    QString cursor;
    QString problem; // empty when every page kept the contract
};

Pull pullAll(Http &http, const QString &token, int limit, const QString &since = {})
{
    Pull pull;
    pull.cursor = since;
    for (int pages = 1; pages < 10000; ++pages) {
        QString path = u"/api/v1/changes?limit=%1"_s.arg(limit);
        if (!pull.cursor.isEmpty())
            path += u"&since="_s + pull.cursor;
        const Reply r = http.get(path, token);
        if (r.status != 200) {
            pull.problem = u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return pull;
        }
        const QJsonArray changes = r.json().value(u"changes"_s).toArray();
        if (changes.size() > limit) {
            pull.problem = u"a page over the limit"_s;
            return pull;
        }
        QSet<QString> inPage;
        for (const QJsonValue &v : changes) {
            if (inPage.contains(keyOf(v.toObject()))) {
                pull.problem = keyOf(v.toObject()) + u" twice in one page"_s;
                return pull;
            }
            inPage << keyOf(v.toObject());
            pull.changes << v.toObject();
        }
        pull.cursor = r.json().value(u"cursor"_s).toString();
        if (!r.json().value(u"more"_s).toBool())
            return pull;
    }
    pull.problem = u"the feed does not end"_s;
    return pull;
}

// What a pull leaves a client holding: upserts add, deletes remove (with their reasons).
struct Applied
{
    QSet<QString> present;
    QHash<QString, QString> deleted; // key -> reason
};

Applied apply(const QList<QJsonObject> &changes)
{
    Applied out;
    for (const QJsonObject &c : changes) {
        if (c.value(u"op"_s).toString() == u"upsert"_s) {
            out.present << keyOf(c);
            out.deleted.remove(keyOf(c));
        } else {
            out.present.remove(keyOf(c));
            out.deleted.insert(keyOf(c), c.value(u"reason"_s).toString());
        }
    }
    return out;
}

// Opens the hub's database directly (the migration test rewinds it to an older schema).
QSqlDatabase openHubDatabase(const QString &target, const QString &connection)
{
    if (!target.startsWith(u"postgresql://"_s)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(target);
        db.open();
        return db;
    }
    const QUrl url(target);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace

class TestHubVisits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void postVisitChecksRolesScopeAndBody_data();
    void postVisitChecksRolesScopeAndBody();
    void postVisitIsIdempotent();
    void getVisitsListsOneAccount_data();
    void getVisitsListsOneAccount();
    void deleteVisitRights_data();
    void deleteVisitRights();

    void outreachFeedHoldsTheVisitListOnly_data();
    void outreachFeedHoldsTheVisitListOnly();
    void otherAccountsSeeNoVisits_data();
    void otherAccountsSeeNoVisits();
    void outreachReadsAndWritesOnlyListedCitizens_data();
    void outreachReadsAndWritesOnlyListedCitizens();
    void laterChangesReachTheOutreachFeed();

    void dossierEqualsTheHubsRecords();
    void dossierRights_data();
    void dossierRights();

    void withdrawalTombstonesTheCitizenAndItsRecords();
    void erasureAndDeletionReachTheVisitor();
    void unlinkedReportIsWithdrawn();

    void wipeAnswers410UntilCleared();
    void wipeRights_data();
    void wipeRights();

    void migrationLinksExistingReports();
    void demoGivesEachOutreachWorkerAVisitList();

private:
    QString token(const QString &user) const { return m_tokens.value(user); }
    QString staff(const QString &user) const { return m_staff.value(user); }
    void putRecord(const QString &collection, const QString &id, const QJsonObject &body);
    void createAccount(const QString &user, const QString &role, const QString &nis);
    // Plans a visit as `user` and returns its id (empty when the hub refused).
    QString plan(const QString &user, const QString &citizenId, const QString &date,
                 const QString &forStaff = {});
    Reply remove(const QString &user, const QString &visitId);
    // The visits of an outreach account as the hub lists them to an admin.
    QList<QJsonObject> visitsOf(const QString &user);
    // What an outreach account's feed must hold, from the fixture's records and its visits.
    QSet<QString> expectedFor(const QString &user);
    // Adds a contact moment (by counter-a) to a citizen of A, and to the model.
    QString addContact(const QString &citizenId);

    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_staff;
    QSet<QString> m_reference;                 // type/id every account receives
    QHash<QString, QSet<QString>> m_recordsOf; // citizen -> its own type/id keys, itself too
    QHash<QString, QSet<QString>> m_reportsOf; // citizen -> report/id of the reports naming it
    QHash<QString, QStringList> m_documentsOf; // citizen -> document ids
    QHash<QString, QStringList> m_reportLinks; // report id -> citizen ids
    QStringList m_citizensA;
    QStringList m_citizensB;
    QSet<QString> m_counterAFeed; // what counter-a receives from scratch
};

void TestHubVisits::initTestCase()
{
    m_hub = std::make_unique<HubProcess>();
    QString error;
    QVERIFY2(m_hub->start({}, &error), qPrintable(error));
    m_http = std::make_unique<Http>(m_hub->url());
    m_tokens.insert(u"admin"_s, m_http->login(u"admin"_s, HubProcess::adminPassword()));
    QVERIFY(!token(u"admin"_s).isEmpty());

    for (const auto &[nis, name] :
         QList<QPair<QString, QString>>{{nisA, u"Leuven"_s}, {nisB, u"Herent"_s}}) {
        putRecord(u"municipalities"_s, nis,
                  QJsonObject{{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}});
        m_reference << u"municipality/"_s + nis;
    }
    putRecord(u"categories"_s, u"road-hole"_s,
              QJsonObject{{u"name_nl"_s, u"Put in de weg"_s}, {u"norm_working_days"_s, 10}});
    m_reference << u"category/road-hole"_s;

    const QList<std::tuple<QString, QString, QString>> accounts = {
        {u"counter-a"_s, u"counter"_s, nisA},   {u"counter-b"_s, u"counter"_s, nisB},
        {u"outreach-a"_s, u"outreach"_s, nisA}, {u"outreach-a2"_s, u"outreach"_s, nisA},
        {u"outreach-b"_s, u"outreach"_s, nisB}, {u"helpdesk-a"_s, u"helpdesk"_s, nisA},
        {u"manager-a"_s, u"manager"_s, nisA},
    };
    for (const auto &[user, role, nis] : accounts) {
        createAccount(user, role, nis);
        m_tokens.insert(user, m_http->login(user, u"password-"_s + user));
        QVERIFY2(!token(user).isEmpty(), qPrintable(user));
    }
    const Reply admin = m_http->get(u"/api/v1/admin/accounts"_s, token(u"admin"_s));
    QVERIFY2(admin.status == 200, admin.body.constData());
    for (const QJsonValue &v : admin.json().value(u"accounts"_s).toArray())
        m_staff.insert(v.toObject().value(u"user"_s).toString(),
                       v.toObject().value(u"staff_id"_s).toString());
    m_counterAFeed = m_reference;

    int sequence = 0;
    for (const auto &[nis, count] : QList<QPair<QString, int>>{{nisA, 12}, {nisB, 3}}) {
        for (int i = 0; i < count; ++i) {
            const QString id = uuid();
            putRecord(u"citizens"_s, id, citizenJson(id, nis, ++sequence));
            const QString doc = uuid();
            putRecord(u"documents"_s, doc, documentJson(doc, id));
            m_recordsOf[id] << u"citizen/"_s + id << u"document/"_s + doc;
            m_documentsOf[id] << doc;
            (nis == nisA ? m_citizensA : m_citizensB) << id;
            if (nis == nisA)
                m_counterAFeed << u"citizen/"_s + id << u"document/"_s + doc;
        }
    }
    // Citizens A0..A7 have a contact moment, a guide step and a document action too.
    for (int i = 0; i < 8; ++i) {
        const QString citizen = m_citizensA.at(i);
        addContact(citizen);
        const QJsonObject progress = progressJson(citizen, u"log-in"_s);
        const QString progressId = progress.value(u"id"_s).toString();
        Reply r = m_http->sendJson("PUT", u"/api/v1/guide-progress/"_s + progressId, progress,
                                   token(u"counter-a"_s), withKey(uuid()));
        QVERIFY2(r.status == 201, r.body.constData());
        m_recordsOf[citizen] << u"guide_progress/"_s + progressId;
        m_counterAFeed << u"guide_progress/"_s + progressId;
        const QString action = uuid();
        r = m_http->sendJson("POST", u"/api/v1/document-actions"_s,
                             actionJson(action, citizen, m_documentsOf.value(citizen).first()),
                             token(u"counter-a"_s), withKey(uuid()));
        QVERIFY2(r.status == 201, r.body.constData());
        m_recordsOf[citizen] << u"document_action/"_s + action;
        m_counterAFeed << u"document_action/"_s + action;
    }
    // Reports: of one citizen, of two, of nobody, and one in B.
    const QList<QPair<QString, QStringList>> reports = {
        {nisA, {m_citizensA.at(0)}},
        {nisA, {m_citizensA.at(0), m_citizensA.at(1)}},
        {nisA, {}},
        {nisB, {m_citizensB.at(0)}},
        {nisA, {m_citizensA.at(3)}},
        {nisA, {m_citizensA.at(3), m_citizensA.at(4)}},
        {nisA, {m_citizensA.at(6)}},
        {nisA, {m_citizensA.at(7), m_citizensA.at(8)}},
    };
    for (const auto &[nis, citizens] : reports) {
        const QString id = uuid();
        putRecord(u"reports"_s, id, reportJson(id, nis, citizens));
        m_reportLinks.insert(id, citizens);
        for (const QString &c : citizens)
            m_reportsOf[c] << u"report/"_s + id;
        if (nis == nisA)
            m_counterAFeed << u"report/"_s + id;
    }
    // outreach-a2 visits A9 three times, planned out of date order.
    for (const QString &date : {u"2026-12-09"_s, u"2026-12-03"_s, u"2026-12-05"_s})
        QVERIFY(!plan(u"outreach-a2"_s, m_citizensA.at(9), date).isEmpty());
}

void TestHubVisits::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestHubVisits::putRecord(const QString &collection, const QString &id, const QJsonObject &body)
{
    const Reply r = m_http->sendJson("PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body,
                                     token(u"admin"_s));
    QVERIFY2(
        r.status == 200 || r.status == 201,
        qPrintable(u"%1 %2: %3"_s.arg(collection).arg(r.status).arg(QString::fromUtf8(r.body))));
}

void TestHubVisits::createAccount(const QString &user, const QString &role, const QString &nis)
{
    const Reply r = m_http->sendJson("POST", u"/api/v1/admin/accounts"_s,
                                     QJsonObject{{u"user"_s, user},
                                                 {u"password"_s, u"password-"_s + user},
                                                 {u"role"_s, role},
                                                 {u"municipality"_s, nis}},
                                     token(u"admin"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"wipe_requested"_s).toBool(true), false);
}

QString TestHubVisits::plan(const QString &user, const QString &citizenId, const QString &date,
                            const QString &forStaff)
{
    const QString id = uuid();
    QJsonObject body = visitJson(id, citizenId, date);
    if (!forStaff.isEmpty())
        body.insert(u"staff_id"_s, forStaff);
    const Reply r =
        m_http->sendJson("POST", u"/api/v1/visits"_s, body, token(user), withKey(uuid()));
    if (r.status != 201) {
        qWarning("planning a visit as %s: %d %s", qPrintable(user), r.status, r.body.constData());
        return {};
    }
    return id;
}

Reply TestHubVisits::remove(const QString &user, const QString &visitId)
{
    return m_http->send("DELETE", u"/api/v1/visits/"_s + visitId, {}, bearer(token(user)));
}

QList<QJsonObject> TestHubVisits::visitsOf(const QString &user)
{
    const Reply r = m_http->get(u"/api/v1/visits?staff="_s + staff(user), token(u"admin"_s));
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json().value(u"visits"_s).toArray())
        out << v.toObject();
    return out;
}

QSet<QString> TestHubVisits::expectedFor(const QString &user)
{
    QSet<QString> out = m_reference;
    for (const QJsonObject &v : visitsOf(user)) {
        const QString citizen = v.value(u"citizen_id"_s).toString();
        out << u"visit/"_s + v.value(u"id"_s).toString();
        out += m_recordsOf.value(citizen);
        out += m_reportsOf.value(citizen);
    }
    return out;
}

QString TestHubVisits::addContact(const QString &citizenId)
{
    const QString id = uuid();
    const Reply r =
        m_http->sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(id, citizenId),
                         token(u"counter-a"_s), withKey(uuid()));
    if (r.status != 201)
        return {};
    m_recordsOf[citizenId] << u"contact_moment/"_s + id;
    m_counterAFeed << u"contact_moment/"_s + id;
    return id;
}

void TestHubVisits::postVisitChecksRolesScopeAndBody_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("staffField"); // none, own, outreach-a, outreach-b, counter-a
    QTest::addColumn<QString>("citizen");    // A, B or unknown
    QTest::addColumn<QString>("change");     // what is wrong with the body, if anything
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    // clang-format off
    QTest::newRow("outreach for itself") << u"outreach-a"_s << u"none"_s << u"A"_s << QString() << true << 201 << QString() << QString();
    QTest::newRow("outreach naming itself") << u"outreach-a"_s << u"own"_s << u"A"_s << QString() << true << 201 << QString() << QString();
    QTest::newRow("outreach for another") << u"outreach-a"_s << u"outreach-a2"_s << u"A"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("outreach, citizen elsewhere") << u"outreach-a"_s << u"none"_s << u"B"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("outreach, unknown citizen") << u"outreach-a"_s << u"none"_s << u"unknown"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("admin for outreach") << u"admin"_s << u"outreach-a"_s << u"A"_s << QString() << true << 201 << QString() << QString();
    QTest::newRow("admin for outreach of B, citizen of A") << u"admin"_s << u"outreach-b"_s << u"A"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("admin without staff_id") << u"admin"_s << u"none"_s << u"A"_s << QString() << true << 400 << u"invalid"_s << u"staff_id"_s;
    QTest::newRow("admin for a counter") << u"admin"_s << u"counter-a"_s << u"A"_s << QString() << true << 400 << u"invalid"_s << u"staff_id"_s;
    QTest::newRow("counter") << u"counter-a"_s << u"none"_s << u"A"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("helpdesk") << u"helpdesk-a"_s << u"none"_s << u"A"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("manager") << u"manager-a"_s << u"none"_s << u"A"_s << QString() << true << 403 << u"forbidden"_s << QString();
    QTest::newRow("no key") << u"outreach-a"_s << u"none"_s << u"A"_s << QString() << false << 400 << u"idempotency_key_required"_s << QString();
    QTest::newRow("no date") << u"outreach-a"_s << u"none"_s << u"A"_s << u"no date"_s << true << 400 << u"invalid"_s << u"date"_s;
    QTest::newRow("impossible date") << u"outreach-a"_s << u"none"_s << u"A"_s << u"2026-02-30"_s << true << 400 << u"invalid"_s << u"date"_s;
    QTest::newRow("date with time") << u"outreach-a"_s << u"none"_s << u"A"_s << u"2026-12-01T10:00:00Z"_s << true << 400 << u"invalid"_s << u"date"_s;
    QTest::newRow("purpose too long") << u"outreach-a"_s << u"none"_s << u"A"_s << u"long purpose"_s << true << 400 << u"invalid"_s << u"purpose"_s;
    QTest::newRow("no citizen") << u"outreach-a"_s << u"none"_s << u"A"_s << u"no citizen"_s << true << 400 << u"invalid"_s << u"citizen_id"_s;
    QTest::newRow("id not a UUID") << u"outreach-a"_s << u"none"_s << u"A"_s << u"bad id"_s << true << 400 << u"invalid"_s << u"id"_s;
    QTest::newRow("not JSON") << u"outreach-a"_s << u"none"_s << u"A"_s << u"not json"_s << true << 400 << u"invalid_json"_s << QString();
    // clang-format on
}

void TestHubVisits::postVisitChecksRolesScopeAndBody()
{
    QFETCH(QString, user);
    QFETCH(QString, staffField);
    QFETCH(QString, citizen);
    QFETCH(QString, change);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString citizenId = citizen == u"A"_s   ? m_citizensA.at(11)
                              : citizen == u"B"_s ? m_citizensB.at(2)
                                                  : uuid();
    QString id = uuid();
    QJsonObject body = visitJson(id, citizenId, u"2026-12-01"_s);
    if (staffField == u"own"_s)
        body.insert(u"staff_id"_s, staff(user));
    else if (staffField != u"none"_s)
        body.insert(u"staff_id"_s, staff(staffField));
    if (change == u"no date"_s)
        body.remove(u"date"_s);
    else if (change.startsWith(u"20"_s))
        body.insert(u"date"_s, change);
    else if (change == u"long purpose"_s)
        body.insert(u"purpose"_s, QString(201, u'x'));
    else if (change == u"no citizen"_s)
        body.remove(u"citizen_id"_s);
    else if (change == u"bad id"_s)
        body.insert(u"id"_s, id = u"visit-1"_s);
    Headers headers = bearer(token(user));
    if (withKey)
        headers += ::withKey(uuid());
    const QByteArray bytes = change == u"not json"_s
                                 ? QByteArray("{\"id\":")
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Reply r = m_http->send("POST", u"/api/v1/visits"_s, bytes, headers);
    QVERIFY2(r.status == status, r.body.constData());

    // Whose list it would be on: the outreach account meant.
    const QString owner = staffField == u"none"_s || staffField == u"own"_s ? user : staffField;
    QList<QJsonObject> stored;
    if (m_staff.contains(owner))
        stored = visitsOf(owner);
    const bool found = std::any_of(stored.cbegin(), stored.cend(), [&](const QJsonObject &v) {
        return v.value(u"id"_s).toString() == id;
    });
    if (status != 201) {
        QCOMPARE(r.errorCode(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
        QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(!found); // a refusal stores nothing
        return;
    }
    const QJsonObject created = r.json();
    QCOMPARE(created.value(u"id"_s).toString(), id);
    QCOMPARE(created.value(u"citizen_id"_s).toString(), citizenId);
    QCOMPARE(created.value(u"staff_id"_s).toString(), staff(owner));
    QCOMPARE(created.value(u"date"_s).toString(), u"2026-12-01"_s);
    QCOMPARE(created.value(u"purpose"_s).toString(), u"eBox activeren"_s);
    QCOMPARE(created.value(u"version"_s).toInteger(), 1);
    QVERIFY(!created.value(u"updated_at"_s).toString().isEmpty());
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(r.header("Location"), (u"/api/v1/visits/"_s + id).toUtf8());
    QVERIFY(found);
    // Leave the list as it was for the tests that follow.
    QCOMPARE(remove(user, id).status, 204);
}

void TestHubVisits::postVisitIsIdempotent()
{
    const QString id = uuid();
    const QString key = uuid();
    const QJsonObject body = visitJson(id, m_citizensA.at(10), u"2026-12-02"_s);
    QList<Reply> replies;
    for (int i = 0; i < 3; ++i)
        replies << m_http->sendJson("POST", u"/api/v1/visits"_s, body, token(u"outreach-a"_s),
                                    withKey(key));
    QVERIFY2(replies.at(0).status == 201, replies.at(0).body.constData());
    QVERIFY(replies.at(0).header("Idempotent-Replayed").isEmpty());
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(replies.at(i).status, 201);
        QCOMPARE(replies.at(i).body, replies.at(0).body);
        QCOMPARE(replies.at(i).header("Idempotent-Replayed"), QByteArray("true"));
    }
    int count = 0;
    for (const QJsonObject &v : visitsOf(u"outreach-a"_s))
        count += v.value(u"id"_s).toString() == id ? 1 : 0;
    QCOMPARE(count, 1);
    // The same key for another body; a new key for the same id.
    QJsonObject other = body;
    other.insert(u"purpose"_s, u"Iets anders"_s);
    Reply r =
        m_http->sendJson("POST", u"/api/v1/visits"_s, other, token(u"outreach-a"_s), withKey(key));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"idempotency_key_reused"_s);
    r = m_http->sendJson("POST", u"/api/v1/visits"_s, body, token(u"outreach-a"_s),
                         withKey(uuid()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"already_exists"_s);
    QCOMPARE(remove(u"outreach-a"_s, id).status, 204);
}

void TestHubVisits::getVisitsListsOneAccount_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("owner"); // whose visits come back
    QTest::newRow("outreach, own") << u"outreach-a2"_s << QString() << 200 << u"outreach-a2"_s;
    QTest::newRow("outreach, naming itself")
        << u"outreach-a2"_s << u"outreach-a2"_s << 200 << u"outreach-a2"_s;
    QTest::newRow("outreach, another's") << u"outreach-a2"_s << u"outreach-a"_s << 403 << QString();
    QTest::newRow("admin") << u"admin"_s << u"outreach-a2"_s << 200 << u"outreach-a2"_s;
    QTest::newRow("admin, nobody named") << u"admin"_s << QString() << 400 << QString();
    QTest::newRow("admin, unknown account") << u"admin"_s << u"unknown"_s << 404 << QString();
    QTest::newRow("counter") << u"counter-a"_s << QString() << 403 << QString();
    QTest::newRow("helpdesk") << u"helpdesk-a"_s << QString() << 403 << QString();
    QTest::newRow("manager") << u"manager-a"_s << QString() << 403 << QString();
}

void TestHubVisits::getVisitsListsOneAccount()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, owner);
    // outreach-a2 has three visits to A9, planned out of date order (initTestCase).
    QString path = u"/api/v1/visits"_s;
    if (!query.isEmpty())
        path += u"?staff="_s + (m_staff.contains(query) ? staff(query) : uuid());
    const Reply r = m_http->get(path, token(user));
    QVERIFY2(r.status == status, r.body.constData());
    if (status != 200) {
        QVERIFY(!r.errorCode().isEmpty());
        return;
    }
    QStringList dates;
    for (const QJsonValue &v : r.json().value(u"visits"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"staff_id"_s).toString(), staff(owner));
        dates << v.toObject().value(u"date"_s).toString();
    }
    QCOMPARE(dates, (QStringList{u"2026-12-03"_s, u"2026-12-05"_s, u"2026-12-09"_s}));
}

void TestHubVisits::deleteVisitRights_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("which"); // own or unknown
    QTest::addColumn<int>("status");
    QTest::newRow("owner") << u"outreach-a"_s << u"own"_s << 204;
    QTest::newRow("admin") << u"admin"_s << u"own"_s << 204;
    QTest::newRow("another outreach") << u"outreach-a2"_s << u"own"_s << 403;
    QTest::newRow("outreach of B") << u"outreach-b"_s << u"own"_s << 403;
    QTest::newRow("counter") << u"counter-a"_s << u"own"_s << 403;
    QTest::newRow("manager") << u"manager-a"_s << u"own"_s << 403;
    QTest::newRow("unknown visit") << u"outreach-a"_s << u"unknown"_s << 404;
}

void TestHubVisits::deleteVisitRights()
{
    QFETCH(QString, user);
    QFETCH(QString, which);
    QFETCH(int, status);
    const QString id = plan(u"outreach-a"_s, m_citizensA.at(10), u"2026-12-04"_s);
    QVERIFY(!id.isEmpty());
    const Reply r = remove(user, which == u"own"_s ? id : uuid());
    QVERIFY2(r.status == status, r.body.constData());
    const QList<QJsonObject> visits = visitsOf(u"outreach-a"_s);
    const bool stillThere = std::any_of(visits.cbegin(), visits.cend(), [&](const QJsonObject &v) {
        return v.value(u"id"_s).toString() == id;
    });
    QCOMPARE(stillThere, status != 204);
    if (status == 204) {
        QVERIFY(r.body.isEmpty());
        // Gone: a second delete finds nothing.
        QCOMPARE(remove(user, id).status, 404);
        return;
    }
    QCOMPARE(r.errorCode(), status == 404 ? u"not_found"_s : u"forbidden"_s);
    QCOMPARE(remove(u"outreach-a"_s, id).status, 204);
}

void TestHubVisits::outreachFeedHoldsTheVisitListOnly_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("500") << 500;
}

void TestHubVisits::outreachFeedHoldsTheVisitListOnly()
{
    QFETCH(int, limit);
    if (visitsOf(u"outreach-a"_s).isEmpty()) {
        // A0 (reports of its own and shared with A1) and A1, planned by the worker and by an
        // admin.
        QVERIFY(!plan(u"outreach-a"_s, m_citizensA.at(0), u"2026-12-07"_s).isEmpty());
        QVERIFY(!plan(u"admin"_s, m_citizensA.at(1), u"2026-12-08"_s, staff(u"outreach-a"_s))
                     .isEmpty());
    }
    QCOMPARE(visitsOf(u"outreach-a"_s).size(), 2);
    const Pull pull = pullAll(*m_http, token(u"outreach-a"_s), limit);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes) {
        if (c.value(u"op"_s).toString() != u"upsert"_s)
            continue;
        QVERIFY2(!seen.contains(keyOf(c)), qPrintable(keyOf(c)));
        seen << keyOf(c);
        QCOMPARE(c.value(u"data"_s).toObject().value(u"version"_s).toInteger(),
                 c.value(u"version"_s).toInteger());
    }
    const QSet<QString> expected = expectedFor(u"outreach-a"_s);
    // Not the whole municipality: A2's dossier and the report of nobody stay out.
    QVERIFY(!expected.contains(u"citizen/"_s + m_citizensA.at(2)));
    QCOMPARE(seen, expected);
    // Pages after the first carry the account's tombstones (the visits removed by the tests
    // before, and what they withdrew): never for what the account holds.
    const Applied applied = apply(pull.changes);
    QCOMPARE(applied.present, expected);
    if (limit >= pull.changes.size())
        QCOMPARE(applied.deleted.size(), 0); // a single page from the start: no tombstones
    // The visits themselves, in their wire form.
    for (const QJsonObject &c : pull.changes) {
        if (c.value(u"type"_s).toString() == u"visit"_s && c.value(u"op"_s) == u"upsert"_s)
            QCOMPARE(c.value(u"data"_s).toObject().value(u"staff_id"_s).toString(),
                     staff(u"outreach-a"_s));
    }
    const Pull again = pullAll(*m_http, token(u"outreach-a"_s), limit, pull.cursor);
    QVERIFY(again.problem.isEmpty());
    QVERIFY(again.changes.isEmpty());
}

void TestHubVisits::otherAccountsSeeNoVisits_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("counter of A") << u"counter-a"_s;
    QTest::newRow("another outreach of A") << u"outreach-a2"_s;
    QTest::newRow("outreach of B") << u"outreach-b"_s;
    QTest::newRow("helpdesk of A") << u"helpdesk-a"_s;
    QTest::newRow("manager") << u"manager-a"_s;
    QTest::newRow("admin") << u"admin"_s;
}

void TestHubVisits::otherAccountsSeeNoVisits()
{
    QFETCH(QString, user);
    QVERIFY(!visitsOf(u"outreach-a"_s).isEmpty());
    const Pull pull = pullAll(*m_http, token(user), 50);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    if (user == u"counter-a"_s)
        QCOMPARE(seen, m_counterAFeed); // the municipality, as before visits existed
    else if (user == u"manager-a"_s || user == u"admin"_s || user == u"helpdesk-a"_s)
        QCOMPARE(seen, m_reference); // the helpdesk has opened no dossier yet
    else
        QCOMPARE(seen, expectedFor(user)); // their own list's dossiers, if any
    // Never outreach-a's visits, nor its dossiers: only another account's own visits.
    QSet<QString> own;
    if (m_staff.contains(user) && user.startsWith(u"outreach"_s)) {
        for (const QJsonObject &v : visitsOf(user))
            own << u"visit/"_s + v.value(u"id"_s).toString();
    }
    for (const QString &key : std::as_const(seen)) {
        if (key.startsWith(u"visit/"_s))
            QVERIFY2(own.contains(key), qPrintable(key));
    }
    if (user != u"counter-a"_s)
        QVERIFY(!seen.contains(u"citizen/"_s + m_citizensA.at(0)));
}

void TestHubVisits::outreachReadsAndWritesOnlyListedCitizens_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("listed");   // status for A0 (on the list)
    QTest::addColumn<int>("unlisted"); // status for A2 (same municipality, not on the list)
    QTest::newRow("GET citizen") << u"GET citizen"_s << 200 << 403;
    QTest::newRow("GET document") << u"GET document"_s << 200 << 403;
    QTest::newRow("GET contact moment") << u"GET contact"_s << 200 << 403;
    QTest::newRow("GET guide progress") << u"GET progress"_s << 200 << 403;
    QTest::newRow("GET document action") << u"GET action"_s << 200 << 403;
    QTest::newRow("POST contact moment") << u"POST contact"_s << 201 << 403;
    QTest::newRow("PUT contact moment") << u"PUT contact"_s << 200 << 403;
    QTest::newRow("PUT guide progress") << u"PUT progress"_s << 201 << 403;
    QTest::newRow("POST document action") << u"POST action"_s << 201 << 403;
    QTest::newRow("POST access log") << u"POST access"_s << 201 << 403;
}

void TestHubVisits::outreachReadsAndWritesOnlyListedCitizens()
{
    QFETCH(QString, what);
    QFETCH(int, listed);
    QFETCH(int, unlisted);
    const QString t = token(u"outreach-a"_s);
    auto keyIn = [this](const QString &citizen, const QString &type) {
        for (const QString &key : m_recordsOf.value(citizen)) {
            if (key.startsWith(type + u'/'))
                return key.section(u'/', 1);
        }
        return QString();
    };
    for (const QString &citizen : {m_citizensA.at(0), m_citizensA.at(2)}) {
        const int expected = citizen == m_citizensA.at(0) ? listed : unlisted;
        Reply r;
        if (what == u"GET citizen"_s) {
            r = m_http->get(u"/api/v1/citizens/"_s + citizen, t);
        } else if (what == u"GET document"_s) {
            r = m_http->get(u"/api/v1/documents/"_s + keyIn(citizen, u"document"_s), t);
        } else if (what == u"GET contact"_s) {
            r = m_http->get(u"/api/v1/contact-moments/"_s + keyIn(citizen, u"contact_moment"_s), t);
        } else if (what == u"GET progress"_s) {
            r = m_http->get(u"/api/v1/guide-progress/"_s + keyIn(citizen, u"guide_progress"_s), t);
        } else if (what == u"GET action"_s) {
            r = m_http->get(u"/api/v1/document-actions/"_s + keyIn(citizen, u"document_action"_s),
                            t);
        } else if (what == u"POST contact"_s) {
            const QString id = uuid();
            r = m_http->sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(id, citizen), t,
                                 withKey(uuid()));
            if (r.status == 201)
                m_recordsOf[citizen] << u"contact_moment/"_s + id;
        } else if (what == u"PUT contact"_s) {
            const QString id = keyIn(citizen, u"contact_moment"_s);
            const Reply current =
                m_http->get(u"/api/v1/contact-moments/"_s + id, token(u"counter-a"_s));
            QJsonObject body = current.json();
            body.insert(u"summary"_s, u"Verbeterd na het huisbezoek"_s);
            r = m_http->sendJson("PUT", u"/api/v1/contact-moments/"_s + id, body, t,
                                 {{"If-Match", current.header("ETag")}});
        } else if (what == u"PUT progress"_s) {
            const QJsonObject body = progressJson(citizen, u"read-letter"_s);
            const QString id = body.value(u"id"_s).toString();
            r = m_http->sendJson("PUT", u"/api/v1/guide-progress/"_s + id, body, t,
                                 withKey(uuid()));
            if (r.status == 201)
                m_recordsOf[citizen] << u"guide_progress/"_s + id;
        } else if (what == u"POST action"_s) {
            const QString id = uuid();
            r = m_http->sendJson("POST", u"/api/v1/document-actions"_s,
                                 actionJson(id, citizen, m_documentsOf.value(citizen).first()), t,
                                 withKey(uuid()));
            if (r.status == 201)
                m_recordsOf[citizen] << u"document_action/"_s + id;
        } else {
            r = m_http->sendJson("POST", u"/api/v1/access-log"_s, accessJson(uuid(), citizen), t,
                                 withKey(uuid()));
        }
        QVERIFY2(
            r.status == expected,
            qPrintable(u"%1: %2"_s.arg(citizen == m_citizensA.at(0) ? u"listed"_s : u"unlisted"_s,
                                       QString::fromUtf8(r.body))));
        if (expected == 403)
            QCOMPARE(r.errorCode(), u"forbidden"_s);
    }
}

void TestHubVisits::laterChangesReachTheOutreachFeed()
{
    const QString t = token(u"outreach-a"_s);
    const QString cursor = pullAll(*m_http, t, 500).cursor;
    const QString onList = addContact(m_citizensA.at(0));
    const QString offList = addContact(m_citizensA.at(2));
    QVERIFY(!onList.isEmpty() && !offList.isEmpty());
    const Pull pull = pullAll(*m_http, t, 500, cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, (QSet<QString>{u"contact_moment/"_s + onList}));
}

void TestHubVisits::dossierEqualsTheHubsRecords()
{
    const QString citizen = m_citizensA.at(0);
    const Reply r =
        m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(citizen), token(u"outreach-a"_s));
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject dossier = r.json();
    bool numeric = false;
    const qint64 cursor = dossier.value(u"cursor"_s).toString().toLongLong(&numeric);
    QVERIFY(numeric && cursor > 0);
    // Nothing of this dossier changed after the cursor: a pull from it brings none of it.
    const Pull after = pullAll(*m_http, token(u"outreach-a"_s), 500, QString::number(cursor));
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QVERIFY(after.changes.isEmpty());

    // Every element is the record as the hub serves it, and the set is the citizen's.
    QSet<QString> keys;
    const QList<QPair<QString, QString>> parts = {{u"documents"_s, u"document"_s},
                                                  {u"contact_moments"_s, u"contact_moment"_s},
                                                  {u"guide_progress"_s, u"guide_progress"_s},
                                                  {u"document_actions"_s, u"document_action"_s}};
    const QHash<QString, QString> paths = {{u"document"_s, u"documents"_s},
                                           {u"contact_moment"_s, u"contact-moments"_s},
                                           {u"guide_progress"_s, u"guide-progress"_s},
                                           {u"document_action"_s, u"document-actions"_s}};
    const QJsonObject person = dossier.value(u"citizen"_s).toObject();
    QCOMPARE(person, m_http->get(u"/api/v1/citizens/"_s + citizen, token(u"counter-a"_s)).json());
    keys << u"citizen/"_s + person.value(u"id"_s).toString();
    for (const auto &[member, type] : parts) {
        for (const QJsonValue &v : dossier.value(member).toArray()) {
            const QJsonObject record = v.toObject();
            QCOMPARE(record.value(u"citizen_id"_s).toString(), citizen);
            QVERIFY(record.value(u"version"_s).toInteger() >= 1);
            const QString id = record.value(u"id"_s).toString();
            keys << type + u'/' + id;
            const Reply single =
                m_http->get(u"/api/v1/%1/%2"_s.arg(paths.value(type), id), token(u"counter-a"_s));
            QCOMPARE(single.status, 200);
            QCOMPARE(record, single.json());
        }
    }
    QCOMPARE(keys, m_recordsOf.value(citizen));
    // Reports: those naming the citizen, as counter-a's feed carries them.
    QHash<QString, QJsonObject> reportsInFeed;
    for (const QJsonObject &c : pullAll(*m_http, token(u"counter-a"_s), 500).changes) {
        if (c.value(u"type"_s).toString() == u"report"_s)
            reportsInFeed.insert(c.value(u"id"_s).toString(), c.value(u"data"_s).toObject());
    }
    QSet<QString> reports;
    for (const QJsonValue &v : dossier.value(u"reports"_s).toArray()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        reports << u"report/"_s + id;
        QCOMPARE(v.toObject(), reportsInFeed.value(id));
    }
    QCOMPARE(reports, m_reportsOf.value(citizen));
    QCOMPARE(reports.size(), 2);
}

void TestHubVisits::dossierRights_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("which"); // A0 (on outreach-a's list), A2, B0 or unknown
    QTest::addColumn<int>("status");
    QTest::newRow("outreach, listed") << u"outreach-a"_s << u"A0"_s << 200;
    QTest::newRow("outreach, not listed") << u"outreach-a"_s << u"A2"_s << 403;
    QTest::newRow("another outreach") << u"outreach-a2"_s << u"A0"_s << 403;
    QTest::newRow("outreach of B") << u"outreach-b"_s << u"B0"_s << 403;
    QTest::newRow("counter in scope") << u"counter-a"_s << u"A2"_s << 200;
    QTest::newRow("counter out of scope") << u"counter-b"_s << u"A0"_s << 403;
    QTest::newRow("helpdesk in scope") << u"helpdesk-a"_s << u"A0"_s << 200;
    // The helpdesk opens any dossier of the region (tst_hub_lookup).
    QTest::newRow("helpdesk, another municipality") << u"helpdesk-a"_s << u"B0"_s << 200;
    QTest::newRow("manager") << u"manager-a"_s << u"A0"_s << 403;
    QTest::newRow("admin") << u"admin"_s << u"A0"_s << 403;
    QTest::newRow("unknown citizen") << u"counter-a"_s << u"unknown"_s << 404;
}

void TestHubVisits::dossierRights()
{
    QFETCH(QString, user);
    QFETCH(QString, which);
    QFETCH(int, status);
    const QString citizen = which == u"A0"_s   ? m_citizensA.at(0)
                            : which == u"A2"_s ? m_citizensA.at(2)
                            : which == u"B0"_s ? m_citizensB.at(0)
                                               : uuid();
    const Reply r = m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(citizen), token(user));
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 200) {
        QCOMPARE(r.json().value(u"citizen"_s).toObject().value(u"id"_s).toString(), citizen);
        QVERIFY(!r.json().value(u"cursor"_s).toString().isEmpty());
    } else {
        QCOMPARE(r.errorCode(), status == 404 ? u"not_found"_s : u"forbidden"_s);
        QVERIFY(!r.json().contains(u"citizen"_s));
    }
}

void TestHubVisits::withdrawalTombstonesTheCitizenAndItsRecords()
{
    // A3 on the list twice, A4 once; one report names A3 alone, one A3 and A4.
    const QString t = token(u"outreach-a"_s);
    const QString a3 = m_citizensA.at(3);
    const QString a4 = m_citizensA.at(4);
    const QString first = plan(u"outreach-a"_s, a3, u"2026-12-10"_s);
    const QString second = plan(u"outreach-a"_s, a3, u"2026-12-17"_s);
    const QString other = plan(u"outreach-a"_s, a4, u"2026-12-11"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());
    const Pull before = pullAll(*m_http, t, 500);
    QVERIFY(apply(before.changes).present.contains(u"citizen/"_s + a3));
    const QString counterCursor = pullAll(*m_http, token(u"counter-a"_s), 500).cursor;
    const QString otherOutreachCursor = pullAll(*m_http, token(u"outreach-a2"_s), 500).cursor;

    // The first of two visits: only the visit goes.
    QCOMPARE(remove(u"outreach-a"_s, first).status, 204);
    const Pull firstPull = pullAll(*m_http, t, 3, before.cursor);
    QVERIFY2(firstPull.problem.isEmpty(), qPrintable(firstPull.problem));
    QCOMPARE(apply(firstPull.changes).deleted,
             (QHash<QString, QString>{{u"visit/"_s + first, u"deleted"_s}}));
    QVERIFY(apply(firstPull.changes).present.isEmpty());
    QCOMPARE(m_http->get(u"/api/v1/citizens/"_s + a3, t).status, 200);

    // The last one: the citizen and everything of it that the account held, except the report
    // it still sees through A4.
    QCOMPARE(remove(u"admin"_s, second).status, 204);
    const Pull pull = pullAll(*m_http, t, 3, firstPull.cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    const Applied applied = apply(pull.changes);
    QHash<QString, QString> expected{{u"visit/"_s + second, u"deleted"_s}};
    QSet<QString> withdrawn = m_recordsOf.value(a3);
    for (const QString &report : m_reportsOf.value(a3)) {
        if (!m_reportsOf.value(a4).contains(report))
            withdrawn << report;
    }
    QCOMPARE(withdrawn.size(), m_recordsOf.value(a3).size() + 1);
    for (const QString &key : std::as_const(withdrawn))
        expected.insert(key, u"access_withdrawn"_s);
    QCOMPARE(applied.deleted, expected);
    QVERIFY(applied.present.isEmpty());
    // Tombstones carry the version the record had.
    for (const QJsonObject &c : pull.changes)
        QVERIFY2(c.value(u"version"_s).toInteger() >= 1, qPrintable(keyOf(c)));
    // What the client holds now is exactly the list's dossiers again.
    const Applied holding = apply(before.changes + firstPull.changes + pull.changes);
    QCOMPARE(holding.present, expectedFor(u"outreach-a"_s));
    QVERIFY(!holding.present.contains(u"citizen/"_s + a3));
    QVERIFY(holding.present.contains(u"citizen/"_s + a4));
    QCOMPARE(m_http->get(u"/api/v1/citizens/"_s + a3, t).status, 403);
    QCOMPARE(m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(a3), t).status, 403);

    // Nobody else hears of it.
    QVERIFY(pullAll(*m_http, token(u"counter-a"_s), 500, counterCursor).changes.isEmpty());
    QVERIFY(pullAll(*m_http, token(u"outreach-a2"_s), 500, otherOutreachCursor).changes.isEmpty());
    QCOMPARE(remove(u"outreach-a"_s, other).status, 204);
}

void TestHubVisits::erasureAndDeletionReachTheVisitor()
{
    // A5 and A6 on the list; A5 is erased, a document and the report of A6 deleted.
    const QString t = token(u"outreach-a"_s);
    const QString a5 = m_citizensA.at(5);
    const QString a6 = m_citizensA.at(6);
    const QString visit5 = plan(u"outreach-a"_s, a5, u"2026-12-14"_s);
    const QString visit6 = plan(u"outreach-a"_s, a6, u"2026-12-15"_s);
    QVERIFY(!visit5.isEmpty() && !visit6.isEmpty());
    const QString cursor = pullAll(*m_http, t, 500).cursor;

    Reply r =
        m_http->send("DELETE", u"/api/v1/admin/citizens/"_s + a5, {}, bearer(token(u"admin"_s)));
    QVERIFY2(r.status == 200, r.body.constData());
    const QString document = m_documentsOf.value(a6).first();
    r = m_http->send("DELETE", u"/api/v1/admin/documents/"_s + document, {},
                     bearer(token(u"admin"_s)));
    QVERIFY2(r.status == 200, r.body.constData());
    const QString report = m_reportsOf.value(a6).cbegin()->section(u'/', 1);
    r = m_http->send("DELETE", u"/api/v1/admin/reports/"_s + report, {}, bearer(token(u"admin"_s)));
    QVERIFY2(r.status == 200, r.body.constData());

    const Pull pull = pullAll(*m_http, t, 500, cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QHash<QString, QString> expected{{u"visit/"_s + visit5, u"erased"_s},
                                     {u"document/"_s + document, u"deleted"_s},
                                     {u"report/"_s + report, u"deleted"_s}};
    for (const QString &key : m_recordsOf.value(a5))
        expected.insert(key, u"erased"_s);
    QCOMPARE(apply(pull.changes).deleted, expected);
    QVERIFY(apply(pull.changes).present.isEmpty());
    // The erased citizen's visit is gone from the list with it.
    for (const QJsonObject &v : visitsOf(u"outreach-a"_s))
        QVERIFY(v.value(u"id"_s).toString() != visit5);

    m_recordsOf.remove(a5);
    m_recordsOf[a6].remove(u"document/"_s + document);
    m_documentsOf[a6].removeAll(document);
    m_reportsOf[a6].remove(u"report/"_s + report);
    QCOMPARE(remove(u"outreach-a"_s, visit6).status, 204);
}

void TestHubVisits::unlinkedReportIsWithdrawn()
{
    // The report names A7 and A8; outreach-a visits A7, outreach-a2 A8. When the report stops
    // naming A7, only outreach-a loses it.
    const QString a7 = m_citizensA.at(7);
    const QString a8 = m_citizensA.at(8);
    const QString visit7 = plan(u"outreach-a"_s, a7, u"2026-12-16"_s);
    const QString visit8 = plan(u"outreach-a2"_s, a8, u"2026-12-16"_s);
    QVERIFY(!visit7.isEmpty() && !visit8.isEmpty());
    const QString report = m_reportsOf.value(a7).cbegin()->section(u'/', 1);
    QCOMPARE(m_reportLinks.value(report), (QStringList{a7, a8}));
    const QString cursorA = pullAll(*m_http, token(u"outreach-a"_s), 500).cursor;
    const QString cursorA2 = pullAll(*m_http, token(u"outreach-a2"_s), 500).cursor;

    putRecord(u"reports"_s, report, reportJson(report, nisA, {a8}));
    Pull pull = pullAll(*m_http, token(u"outreach-a"_s), 500, cursorA);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QCOMPARE(apply(pull.changes).deleted,
             (QHash<QString, QString>{{u"report/"_s + report, u"access_withdrawn"_s}}));
    QVERIFY(apply(pull.changes).present.isEmpty());
    pull = pullAll(*m_http, token(u"outreach-a2"_s), 500, cursorA2);
    QVERIFY(apply(pull.changes).deleted.isEmpty());
    QCOMPARE(apply(pull.changes).present, (QSet<QString>{u"report/"_s + report}));
    // The dossier of A7 no longer lists it.
    const Reply dossier =
        m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(a7), token(u"outreach-a"_s));
    QCOMPARE(dossier.json().value(u"reports"_s).toArray().size(), 0);

    m_reportsOf[a7].remove(u"report/"_s + report);
    m_reportLinks.insert(report, {a8});
    QCOMPARE(remove(u"outreach-a"_s, visit7).status, 204);
    QCOMPARE(remove(u"outreach-a2"_s, visit8).status, 204);
}

void TestHubVisits::wipeAnswers410UntilCleared()
{
    createAccount(u"outreach-lost"_s, u"outreach"_s, nisA);
    const QString live = m_http->login(u"outreach-lost"_s, u"password-outreach-lost"_s);
    QVERIFY(!live.isEmpty());
    Reply r = m_http->get(u"/api/v1/admin/accounts"_s, token(u"admin"_s));
    QString staffId;
    for (const QJsonValue &v : r.json().value(u"accounts"_s).toArray()) {
        if (v.toObject().value(u"user"_s).toString() == u"outreach-lost"_s)
            staffId = v.toObject().value(u"staff_id"_s).toString();
    }
    QVERIFY(!staffId.isEmpty());
    const QString path = u"/api/v1/admin/accounts/%1/wipe"_s.arg(staffId);
    const QString key = uuid();
    r = m_http->send("POST", path, {}, bearer(token(u"admin"_s)) + withKey(key));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"wipe_requested"_s).toBool(), true);
    const Reply replay = m_http->send("POST", path, {}, bearer(token(u"admin"_s)) + withKey(key));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, r.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));

    auto flagShown = [&] {
        const Reply list = m_http->get(u"/api/v1/admin/accounts"_s, token(u"admin"_s));
        for (const QJsonValue &v : list.json().value(u"accounts"_s).toArray()) {
            if (v.toObject().value(u"staff_id"_s).toString() == staffId)
                return v.toObject().value(u"wipe_requested"_s).toBool();
        }
        return false;
    };
    QVERIFY(flagShown());
    // Every request of the account: a live token on any endpoint, and a login.
    for (const QString &endpoint :
         {u"/api/v1/changes"_s, u"/api/v1/visits"_s, u"/api/v1/citizens/"_s + m_citizensA.at(0)}) {
        r = m_http->get(endpoint, live);
        QVERIFY2(r.status == 410, qPrintable(endpoint + u": "_s + QString::fromUtf8(r.body)));
        QCOMPARE(r.errorCode(), u"wipe_requested"_s);
        QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    r = m_http->sendJson("POST", u"/api/v1/access-log"_s, accessJson(uuid(), m_citizensA.at(0)),
                         live, withKey(uuid()));
    QCOMPARE(r.status, 410);
    Reply login;
    QVERIFY(m_http->login(u"outreach-lost"_s, u"password-outreach-lost"_s, &login).isEmpty());
    QCOMPARE(login.status, 410);
    QCOMPARE(login.errorCode(), u"wipe_requested"_s);
    // A wrong password learns nothing.
    m_http->login(u"outreach-lost"_s, u"wrong-password"_s, &login);
    QCOMPARE(login.status, 401);
    // Other accounts work as before.
    QCOMPARE(m_http->get(u"/api/v1/changes"_s, token(u"outreach-a"_s)).status, 200);

    // Cleared: the same token and a new login work again.
    r = m_http->send("DELETE", path, {}, bearer(token(u"admin"_s)));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"wipe_requested"_s).toBool(true), false);
    QVERIFY(!flagShown());
    QCOMPARE(m_http->get(u"/api/v1/changes"_s, live).status, 200);
    QVERIFY(!m_http->login(u"outreach-lost"_s, u"password-outreach-lost"_s).isEmpty());
}

void TestHubVisits::wipeRights_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target"); // an account's user name, "self" or "unknown"
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("counter") << u"counter-a"_s << QByteArray("POST") << u"outreach-a2"_s << true
                             << 403 << u"forbidden"_s;
    QTest::newRow("manager") << u"manager-a"_s << QByteArray("POST") << u"outreach-a2"_s << true
                             << 403 << u"forbidden"_s;
    QTest::newRow("outreach clears its own") << u"outreach-a2"_s << QByteArray("DELETE")
                                             << u"outreach-a2"_s << true << 403 << u"forbidden"_s;
    QTest::newRow("admin without key") << u"admin"_s << QByteArray("POST") << u"outreach-a2"_s
                                       << false << 400 << u"idempotency_key_required"_s;
    QTest::newRow("admin, unknown account")
        << u"admin"_s << QByteArray("POST") << u"unknown"_s << true << 404 << u"not_found"_s;
    QTest::newRow("admin, own account")
        << u"admin"_s << QByteArray("POST") << u"self"_s << true << 409 << u"own_account"_s;
    QTest::newRow("GET") << u"admin"_s << QByteArray("GET") << u"outreach-a2"_s << true << 405
                         << u"method_not_allowed"_s;
}

void TestHubVisits::wipeRights()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString staffId = target == u"unknown"_s ? uuid() : staff(target);
    if (target == u"self"_s) {
        Reply session;
        m_http->login(u"admin"_s, HubProcess::adminPassword(), &session);
        staffId = session.json().value(u"staff_id"_s).toString();
    }
    Headers headers = bearer(token(user));
    if (withKey)
        headers += ::withKey(uuid());
    const Reply r =
        m_http->send(method, u"/api/v1/admin/accounts/%1/wipe"_s.arg(staffId), {}, headers);
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.errorCode(), code);
    // Nothing was flagged: the account still works.
    QCOMPARE(m_http->get(u"/api/v1/changes"_s, token(u"outreach-a2"_s)).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/changes"_s, token(u"admin"_s)).status, 200);
}

void TestHubVisits::migrationLinksExistingReports()
{
    // A hub database of schema 2 (before visits) with a report naming a citizen: after the
    // upgrade, an outreach account that visits the citizen receives the report.
    HubProcess hub;
    QString error;
    QVERIFY2(hub.start({}, &error), qPrintable(error));
    Http http(hub.url());
    const QString admin = http.login(u"admin"_s, HubProcess::adminPassword());
    auto put = [&](const QString &collection, const QString &id, const QJsonObject &body) {
        return http.sendJson("PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body, admin)
            .status;
    };
    QCOMPARE(put(u"municipalities"_s, nisA,
                 QJsonObject{{u"name"_s, u"Leuven"_s}, {u"region"_s, u"Regio Leuven"_s}}),
             201);
    const QString citizen = uuid();
    const QString report = uuid();
    QCOMPARE(put(u"citizens"_s, citizen, citizenJson(citizen, nisA, 801)), 201);
    QCOMPARE(put(u"reports"_s, report, reportJson(report, nisA, {citizen})), 201);
    QCOMPARE(http.sendJson("POST", u"/api/v1/admin/accounts"_s,
                           QJsonObject{{u"user"_s, u"outreach-m"_s},
                                       {u"password"_s, u"password-outreach-m"_s},
                                       {u"role"_s, u"outreach"_s},
                                       {u"municipality"_s, nisA}},
                           admin, withKey(uuid()))
                 .status,
             201);
    QCOMPARE(hub.stop(), 0);

    // Back to schema 2, as an older hub left it: every table of a later migration dropped.
    {
        QSqlDatabase db = openHubDatabase(hub.databaseUrl(), u"rewind"_s);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const QStringList schema2{u"hub_schema"_s,  u"hub_meta"_s,      u"hub_counter"_s,
                                  u"account"_s,     u"account_scope"_s, u"session"_s,
                                  u"record"_s,      u"tombstone"_s,     u"contact_moment_history"_s,
                                  u"idempotency"_s, u"access_log"_s};
        QStringList later = db.tables(QSql::Tables);
        later.removeIf([&](const QString &table) { return schema2.contains(table); });
        QVERIFY(later.contains(u"visit"_s) && later.contains(u"report_citizen"_s));
        // visit refers to account: it goes first.
        later.removeAll(u"visit"_s);
        later.prepend(u"visit"_s);
        QSqlQuery q(db);
        QStringList statements;
        for (const QString &table : std::as_const(later))
            statements << u"DROP TABLE "_s + table; // names the database listed, not input
        statements << u"ALTER TABLE account DROP COLUMN wipe_requested"_s
                   << u"UPDATE hub_schema SET version = 2"_s;
        for (const QString &sql : std::as_const(statements))
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"rewind"_s);

    QVERIFY2(hub.start({}, &error), qPrintable(error));
    Http upgraded(hub.url());
    const QString outreach = upgraded.login(u"outreach-m"_s, u"password-outreach-m"_s);
    QVERIFY(!outreach.isEmpty());
    const Reply planned =
        upgraded.sendJson("POST", u"/api/v1/visits"_s, visitJson(uuid(), citizen, u"2026-12-01"_s),
                          outreach, withKey(uuid()));
    QVERIFY2(planned.status == 201, planned.body.constData());
    const Pull pull = pullAll(upgraded, outreach, 500);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QVERIFY(apply(pull.changes).present.contains(u"report/"_s + report));
    const Reply dossier = upgraded.get(u"/api/v1/citizens/%1/dossier"_s.arg(citizen), outreach);
    QCOMPARE(dossier.json().value(u"reports"_s).toArray().size(), 1);
    QCOMPARE(hub.stop(), 0);
}

void TestHubVisits::demoGivesEachOutreachWorkerAVisitList()
{
    HubProcess hub;
    QString error;
    const QStringList demo{u"--demo"_s, u"--citizens"_s, u"1000"_s, u"--seed"_s, u"7"_s};
    QVERIFY2(hub.start(demo, &error), qPrintable(error));
    // "demo account: USER PASSWORD ROLE NIS"
    QList<QStringList> outreach;
    for (const QString &line : hub.stdoutLines()) {
        const QStringList parts = line.split(u' ');
        if (line.startsWith(u"demo account: "_s) && parts.size() == 6 &&
            parts.at(4) == u"outreach"_s)
            outreach << parts.mid(2);
    }
    QCOMPARE(outreach.size(), 8); // one per municipality of the demo region
    Http http(hub.url());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QHash<QString, QStringList> visitIds;
    for (const QStringList &account : std::as_const(outreach)) {
        const QString t = http.login(account.at(0), account.at(1));
        QVERIFY2(!t.isEmpty(), qPrintable(account.at(0)));
        const Reply r = http.get(u"/api/v1/visits"_s, t);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray visits = r.json().value(u"visits"_s).toArray();
        QCOMPARE(visits.size(), 12);
        int past = 0;
        QSet<QString> citizens;
        for (const QJsonValue &v : visits) {
            const QJsonObject visit = v.toObject();
            visitIds[account.at(0)] << visit.value(u"id"_s).toString();
            const QDate date = QDate::fromString(visit.value(u"date"_s).toString(), Qt::ISODate);
            // Around today in Belgium: a day of slack either way for the time zone.
            QVERIFY2(date >= today.addDays(-8) && date <= today.addDays(16),
                     qPrintable(date.toString(Qt::ISODate)));
            QVERIFY2(date.dayOfWeek() <= 5, qPrintable(date.toString(Qt::ISODate)));
            past += date < today ? 1 : 0;
            QVERIFY(!visit.value(u"purpose"_s).toString().isEmpty());
            citizens << visit.value(u"citizen_id"_s).toString();
        }
        QVERIFY2(past >= 2 && past <= 4, qPrintable(QString::number(past)));
        QCOMPARE(citizens.size(), 12);
        // The feed brings exactly those citizens, all of its municipality.
        const Pull pull = pullAll(http, t, 5000);
        QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
        QSet<QString> delivered;
        for (const QJsonObject &c : pull.changes) {
            if (c.value(u"type"_s).toString() != u"citizen"_s)
                continue;
            delivered << c.value(u"id"_s).toString();
            QCOMPARE(c.value(u"data"_s).toObject().value(u"municipality_nis"_s).toString(),
                     account.at(3));
        }
        QCOMPARE(delivered, citizens);
    }
    QCOMPARE(hub.stop(), 0);
    // A restart plans nothing more: the same lists.
    QVERIFY2(hub.start(demo, &error), qPrintable(error));
    Http again(hub.url());
    const QStringList &first = outreach.first();
    const Reply r = again.get(u"/api/v1/visits"_s, again.login(first.at(0), first.at(1)));
    QStringList ids;
    for (const QJsonValue &v : r.json().value(u"visits"_s).toArray())
        ids << v.toObject().value(u"id"_s).toString();
    QCOMPARE(ids, visitIds.value(first.at(0)));
    QCOMPARE(hub.stop(), 0);
}

QTEST_GUILESS_MAIN(TestHubVisits)
#include "tst_hub_visits.moc"
