// The real loket-hub over loopback: sessions, the change feed with scopes and tombstones,
// conditional reads and writes, idempotent posts and the limits on bad input. Runs against
// SQLite (tst_hub_sqlite) and against a throwaway PostgreSQL (tst_hub_postgres).

#include "hubfixture.h"

#include "model/nationalnumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

// SIGTERM must stop a hub cleanly, with exit code 0.
#define VERIFY_STOPS_CLEANLY(hub)                                                                  \
    do {                                                                                           \
        const int code = (hub).stop();                                                             \
        QVERIFY2(code == 0, qPrintable(u"exit code %1: "_s.arg(code) + (hub).stderrText()));       \
    } while (false)

namespace {

const QString nisA = u"24062"_s;
const QString nisB = u"24038"_s;
const QString nisC = u"24055"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers withKey(const QString &key)
{
    return {{"Idempotency-Key", key.toLatin1()}};
}

QJsonObject citizenJson(const QString &id, const QString &familyName, const QString &nis,
                        int sequence)
{
    const QDate born(1950 + sequence % 60, 1 + sequence % 12, 1 + sequence % 28);
    return QJsonObject{
        {u"id"_s, id},
        {u"national_number"_s, loket::NationalNumber::make(born, 1 + sequence % 997).digits()},
        {u"family_name"_s, familyName},
        {u"given_names"_s, u"Test"_s},
        {u"birth_date"_s, born.toString(Qt::ISODate)},
        {u"street"_s, u"Kerkstraat"_s},
        {u"house_number"_s, QString::number(sequence)},
        {u"postcode"_s, u"3000"_s},
        {u"city"_s, u"Leuven"_s},
        {u"municipality_nis"_s, nis},
        {u"language"_s, u"nl"_s}};
}

QJsonObject reportJson(const QString &id, const QString &location, const QString &received)
{
    return QJsonObject{{u"id"_s, id},
                       {u"public_number"_s, u"M-2026-"_s + id.left(6)},
                       {u"category"_s, u"road-hole"_s},
                       {u"description"_s, u"Put in de weg"_s},
                       {u"location_nis"_s, location},
                       {u"received_nis"_s, received},
                       {u"status"_s, u"received"_s},
                       {u"created_at"_s, u"2026-10-02T09:00:00Z"_s}};
}

QJsonObject contactJson(const QString &id, const QString &citizenId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"channel"_s, u"counter"_s},
                       {u"topic"_s, u"ebox"_s},
                       {u"summary"_s, u"Uitleg over de eBox"_s},
                       {u"outcome"_s, u"geholpen"_s},
                       {u"occurred_at"_s, u"2026-11-20T10:15:00Z"_s}};
}

QJsonObject accessEntryJson(const QString &id, const QString &citizenId, const QString &action,
                            const QString &purpose, const QString &occurredAt)
{
    return QJsonObject{
        {u"id"_s, id},           {u"citizen_id"_s, citizenId},   {u"action"_s, action},
        {u"purpose"_s, purpose}, {u"occurred_at"_s, occurredAt}, {u"version"_s, 0}};
}

QJsonObject documentActionJson(const QString &id, const QString &citizenId,
                               const QString &documentId, const QString &kind,
                               const QString &reason)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"document_id"_s, documentId},
                       {u"kind"_s, kind},
                       {u"reason"_s, reason},
                       {u"occurred_at"_s, u"2026-11-21T14:05:00+01:00"_s}};
}

struct Pull
{
    QList<QJsonObject> changes;
    QString cursor;
    int pages = 0;
    QString problem; // empty when every page kept the contract
};

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginAnswersTokenAndScope();
    void loginRefusesBadCredentials_data();
    void loginRefusesBadCredentials();
    void loginIsRateLimitedPerAccount();
    void loginIsRateLimitedPerAddress();
    void requestsNeedAValidToken_data();
    void requestsNeedAValidToken();
    void expiredTokenIsRefused();

    void feedPagesDeliverEveryRecordOnce_data();
    void feedPagesDeliverEveryRecordOnce();
    void feedRefusesBadParameters_data();
    void feedRefusesBadParameters();
    void feedNeverLeavesTheScope_data();
    void feedNeverLeavesTheScope();
    void dossierReadsAreScoped_data();
    void dossierReadsAreScoped();
    void erasureTombstonesEverything();
    void moveTombstonesOldScopeAndUpsertsNew();

    void etagAndIfNoneMatch();
    void postIsIdempotent();
    void postRefusesBadRequests_data();
    void postRefusesBadRequests();
    void postedChangesReachEveryScopeThatIncludesThem();
    void correctionNeedsMatchingVersion();

    void oversizedBodyIsRefusedEarly();
    void invalidJsonIsABadRequest_data();
    void invalidJsonIsABadRequest();
    void unknownRoutesAndMethods_data();
    void unknownRoutesAndMethods();
    void pipelinedRequestsAnswerInOrder();
    void answersOnTheServerThreadToo();
    void refusesADatabaseItDidNotWrite();

    void documentIsReadWithItsHistory();
    void documentActionIsCreatedOnce();
    void documentActionRefusals_data();
    void documentActionRefusals();
    void documentActionReachesOnlyItsScope();
    void accessEntryIsLoggedOnce();
    void accessEntryRefusals_data();
    void accessEntryRefusals();
    void accessLogIsForAdminsOnly();

    void demoSeedsRegionAndAccounts();

private:
    // A citizen of `nis` with two documents, put by the admin; {citizen, document, document}.
    QStringList dossierWithDocuments(const QString &nis, int sequence);
    QString adminToken() const { return m_tokens.value(u"admin"_s); }
    QString token(const QString &user) const { return m_tokens.value(user); }
    Pull pullAll(Http &http, const QString &token, int limit, const QString &since = {});
    void createAccount(const QString &user, const QString &role, const QStringList &scope,
                       const QString &municipality);
    void putRecord(const QString &collection, const QString &id, const QJsonObject &body);

    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_tokens;
    QSet<QString> m_visibleToA;  // type/id of what counter-a must receive
    QSet<QString> m_citizensOfB; // citizen ids in B
    QStringList m_citizensOfA;
    QStringList m_contactsOfA;
};

void TestHub::initTestCase()
{
    m_hub = std::make_unique<HubProcess>();
    QString error;
    QVERIFY2(m_hub->start({}, &error), qPrintable(error));
    QCOMPARE(m_hub->url().host(), u"127.0.0.1"_s);
    QVERIFY(m_hub->url().port() > 0);
    m_http = std::make_unique<Http>(m_hub->url());
    const QString admin = m_http->login(u"admin"_s, HubProcess::adminPassword());
    QVERIFY(!admin.isEmpty());
    m_tokens.insert(u"admin"_s, admin);

    const QList<QPair<QString, QString>> municipalities = {
        {nisA, u"Leuven"_s}, {nisB, u"Herent"_s}, {nisC, u"Kortenberg"_s}};
    for (const auto &[nis, name] : municipalities) {
        putRecord(u"municipalities"_s, nis,
                  QJsonObject{{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}});
        m_visibleToA << u"municipality/"_s + nis;
    }
    putRecord(u"categories"_s, u"road-hole"_s,
              QJsonObject{{u"name_nl"_s, u"Put in de weg"_s}, {u"norm_working_days"_s, 10}});
    m_visibleToA << u"category/road-hole"_s;

    createAccount(u"counter-a"_s, u"counter"_s, {nisA}, nisA);
    createAccount(u"counter-b"_s, u"counter"_s, {nisB}, nisB);
    createAccount(u"counter-ab"_s, u"counter"_s, {nisA, nisB}, nisA);
    createAccount(u"counter-all"_s, u"counter"_s, {nisA, nisB, nisC}, nisA);
    createAccount(u"outreach-a"_s, u"outreach"_s, {}, nisA);
    createAccount(u"helpdesk-a"_s, u"helpdesk"_s, {}, nisA);
    createAccount(u"manager-a"_s, u"manager"_s, {}, nisA);
    for (const QString &user : {u"counter-a"_s, u"counter-b"_s, u"counter-ab"_s, u"counter-all"_s,
                                u"outreach-a"_s, u"helpdesk-a"_s, u"manager-a"_s}) {
        const QString t = m_http->login(user, u"password-"_s + user);
        QVERIFY2(!t.isEmpty(), qPrintable(user));
        m_tokens.insert(user, t);
    }

    int sequence = 0;
    for (const auto &[nis, count] : QList<QPair<QString, int>>{{nisA, 24}, {nisB, 12}, {nisC, 6}}) {
        for (int i = 0; i < count; ++i) {
            const QString id = uuid();
            putRecord(u"citizens"_s, id, citizenJson(id, u"Peeters"_s, nis, ++sequence));
            if (nis == nisA) {
                m_citizensOfA << id;
                m_visibleToA << u"citizen/"_s + id;
            } else if (nis == nisB) {
                m_citizensOfB << id;
            }
            const QString doc = uuid();
            putRecord(u"documents"_s, doc, documentJson(doc, id));
            if (nis == nisA)
                m_visibleToA << u"document/"_s + doc;
        }
    }
    // Reports: located in A; located in B but received by A (A sees them); only C.
    for (const auto &[location, received] :
         QList<QPair<QString, QString>>{{nisA, nisA}, {nisA, nisA}, {nisB, nisA}, {nisC, nisC}}) {
        const QString id = uuid();
        putRecord(u"reports"_s, id, reportJson(id, location, received));
        if (location == nisA || received == nisA)
            m_visibleToA << u"report/"_s + id;
    }
    for (int i = 0; i < 6; ++i) {
        const QString id = uuid();
        const Reply r = m_http->sendJson("POST", u"/api/v1/contact-moments"_s,
                                         contactJson(id, m_citizensOfA.at(i)),
                                         token(u"counter-a"_s), withKey(uuid()));
        QCOMPARE(r.status, 201);
        m_contactsOfA << id;
        m_visibleToA << u"contact_moment/"_s + id;
    }
}

void TestHub::cleanupTestCase()
{
    if (m_hub) {
        // SIGTERM stops the hub cleanly.
        VERIFY_STOPS_CLEANLY(*m_hub);
        QVERIFY2(m_hub->stderrText().contains(u"stopping"_s), qPrintable(m_hub->stderrText()));
    }
}

void TestHub::putRecord(const QString &collection, const QString &id, const QJsonObject &body)
{
    const Reply r =
        m_http->sendJson("PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body, adminToken());
    QVERIFY2(
        r.status == 200 || r.status == 201,
        qPrintable(u"%1 %2: %3"_s.arg(collection).arg(r.status).arg(QString::fromUtf8(r.body))));
}

void TestHub::createAccount(const QString &user, const QString &role, const QStringList &scope,
                            const QString &municipality)
{
    QJsonObject body{{u"user"_s, user},
                     {u"password"_s, u"password-"_s + user},
                     {u"role"_s, role},
                     {u"municipality"_s, municipality}};
    if (!scope.isEmpty())
        body.insert(u"scope"_s, QJsonArray::fromStringList(scope));
    const Reply r =
        m_http->sendJson("POST", u"/api/v1/admin/accounts"_s, body, adminToken(), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"user"_s).toString(), user);
    QVERIFY(!r.json().contains(u"password"_s));
}

Pull TestHub::pullAll(Http &http, const QString &token, int limit, const QString &since)
{
    Pull pull;
    pull.cursor = since;
    for (;;) {
        QString path = u"/api/v1/changes?limit=%1"_s.arg(limit);
        if (!pull.cursor.isEmpty())
            path += u"&since="_s + pull.cursor;
        const Reply r = http.get(path, token);
        ++pull.pages;
        if (r.status != 200) {
            pull.problem = u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return pull;
        }
        const QJsonObject page = r.json();
        const QJsonArray changes = page.value(u"changes"_s).toArray();
        if (changes.size() > limit) {
            pull.problem = u"a page holds %1 changes for limit %2"_s.arg(changes.size()).arg(limit);
            return pull;
        }
        QSet<QString> inPage;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            if (inPage.contains(keyOf(c))) {
                pull.problem = u"%1 twice in one page"_s.arg(keyOf(c));
                return pull;
            }
            inPage << keyOf(c);
            pull.changes << c;
        }
        if (!page.value(u"cursor"_s).isString()) {
            pull.problem = u"the cursor is not a string"_s;
            return pull;
        }
        pull.cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"more"_s).toBool())
            return pull;
        if (changes.isEmpty()) {
            pull.problem = u"an empty page says there is more"_s;
            return pull;
        }
        if (pull.pages > 10000) {
            pull.problem = u"the feed does not end"_s;
            return pull;
        }
    }
}

void TestHub::loginAnswersTokenAndScope()
{
    Reply r;
    const QString t = m_http->login(u"counter-ab"_s, u"password-counter-ab"_s, &r);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(t).hasMatch());
    QCOMPARE(o.value(u"role"_s).toString(), u"counter"_s);
    QCOMPARE(o.value(u"municipality"_s).toString(), nisA);
    QCOMPARE(o.value(u"scope"_s).toArray(), QJsonArray({nisB, nisA})); // sorted
    QVERIFY(!o.value(u"staff_id"_s).toString().isEmpty());
    QCOMPARE(o.value(u"display_name"_s).toString(), u"counter-ab"_s);
    const QDateTime expires =
        QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QCOMPARE(expires.timeSpec(), Qt::UTC);
    // Managers and admins see no dossiers: their scope is empty.
    m_http->login(u"manager-a"_s, u"password-manager-a"_s, &r);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"scope"_s).toArray(), QJsonArray());
}

void TestHub::loginRefusesBadCredentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong password") << QByteArray(R"({"user":"counter-b","password":"nope"})")
                                    << 401 << u"invalid_credentials"_s;
    QTest::newRow("unknown user") << QByteArray(R"({"user":"nobody","password":"whatever1"})")
                                  << 401 << u"invalid_credentials"_s;
    QTest::newRow("no password") << QByteArray(R"({"user":"counter-b"})") << 400
                                 << u"validation_failed"_s;
    QTest::newRow("user not a string")
        << QByteArray(R"({"user":12,"password":"x"})") << 400 << u"validation_failed"_s;
    QTest::newRow("not json") << QByteArray("user=counter-b") << 400 << u"invalid_json"_s;
}

void TestHub::loginRefusesBadCredentials()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Reply r = m_http->send("POST", u"/api/v1/session"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
}

void TestHub::loginIsRateLimitedPerAccount()
{
    createAccount(u"limited"_s, u"counter"_s, {nisA}, nisA);
    for (int i = 0; i < 5; ++i) {
        Reply r;
        m_http->login(u"limited"_s, u"wrong-password"_s, &r);
        QCOMPARE(r.status, 401);
    }
    // The sixth attempt is refused before the password is looked at, even the right one.
    Reply r;
    QVERIFY(m_http->login(u"limited"_s, u"password-limited"_s, &r).isEmpty());
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), u"too_many_attempts"_s);
    bool ok = false;
    const int wait = r.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(wait > 0 && wait <= 300);
    // Other accounts from the same address are not affected by one account's limit.
    QVERIFY(!m_http->login(u"counter-b"_s, u"password-counter-b"_s).isEmpty());
}

void TestHub::loginIsRateLimitedPerAddress()
{
    HubProcess hub;
    QString error;
    QVERIFY2(hub.start({u"--login-failures-address"_s, u"3"_s}, &error), qPrintable(error));
    Http http(hub.url());
    for (const QString &user : {u"x1"_s, u"x2"_s, u"x3"_s}) {
        Reply r;
        http.login(user, u"wrong-password"_s, &r);
        QCOMPARE(r.status, 401);
    }
    Reply r;
    QVERIFY(http.login(u"admin"_s, HubProcess::adminPassword(), &r).isEmpty());
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("Retry-After").toInt() > 0);
    VERIFY_STOPS_CLEANLY(hub);
}

void TestHub::requestsNeedAValidToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("basic") << QByteArray("Basic YWRtaW46YWRtaW4=");
    QTest::newRow("garbage") << QByteArray("Bearer ' OR 1=1 --");
    QTest::newRow("unknown token") << QByteArray("Bearer " + QByteArray(64, 'a'));
}

void TestHub::requestsNeedAValidToken()
{
    QFETCH(QByteArray, authorization);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply r = m_http->send("GET", u"/api/v1/changes"_s, {}, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"unauthorized"_s);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestHub::expiredTokenIsRefused()
{
    HubProcess hub;
    QString error;
    QVERIFY2(hub.start({u"--token-lifetime"_s, u"1"_s}, &error), qPrintable(error));
    Http http(hub.url());
    Reply login;
    const QString t = http.login(u"admin"_s, HubProcess::adminPassword(), &login);
    QVERIFY(!t.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v1/changes"_s, t).status, 401, 15000);
    const Reply r = http.get(u"/api/v1/changes"_s, t);
    QCOMPARE(r.errorCode(), u"token_expired"_s);
    // A new login gives a working token again.
    const QString fresh = http.login(u"admin"_s, HubProcess::adminPassword());
    QCOMPARE(http.get(u"/api/v1/changes"_s, fresh).status, 200);
    VERIFY_STOPS_CLEANLY(hub);
}

void TestHub::feedPagesDeliverEveryRecordOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("500") << 500;
    QTest::newRow("5000") << 5000;
}

void TestHub::feedPagesDeliverEveryRecordOnce()
{
    QFETCH(int, limit);
    const Pull pull = pullAll(*m_http, token(u"counter-a"_s), limit);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes) {
        QVERIFY2(!seen.contains(keyOf(c)), qPrintable(keyOf(c)));
        seen << keyOf(c);
        QCOMPARE(c.value(u"op"_s).toString(), u"upsert"_s);
        const QJsonObject data = c.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"version"_s).toInteger(), c.value(u"version"_s).toInteger());
    }
    QCOMPARE(seen, m_visibleToA);
    // Every page but the last is full; a pull from the final cursor stays empty.
    QCOMPARE(pull.pages, qMax(1, int((m_visibleToA.size() + limit - 1) / limit)));
    const Pull again = pullAll(*m_http, token(u"counter-a"_s), limit, pull.cursor);
    QVERIFY(again.problem.isEmpty());
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(again.cursor, pull.cursor);
}

void TestHub::feedRefusesBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit 0") << u"limit=0"_s << u"invalid_limit"_s;
    QTest::newRow("limit 5001") << u"limit=5001"_s << u"invalid_limit"_s;
    QTest::newRow("limit negative") << u"limit=-5"_s << u"invalid_limit"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"invalid_limit"_s;
    QTest::newRow("limit empty") << u"limit="_s << u"invalid_limit"_s;
    QTest::newRow("cursor text") << u"since=abc"_s << u"invalid_cursor"_s;
    QTest::newRow("cursor negative") << u"since=-1"_s << u"invalid_cursor"_s;
    QTest::newRow("cursor sql") << u"since=1%20OR%201%3D1"_s << u"invalid_cursor"_s;
    QTest::newRow("cursor huge") << u"since=99999999999999999999999"_s << u"invalid_cursor"_s;
    QTest::newRow("cursor ahead") << u"since=900000000000"_s << u"invalid_cursor"_s;
}

void TestHub::feedRefusesBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Reply r = m_http->get(u"/api/v1/changes?"_s + query, token(u"counter-a"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void TestHub::feedNeverLeavesTheScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("scope");
    QTest::newRow("counter of A") << u"counter-a"_s << QStringList{nisA};
    QTest::newRow("counter of B") << u"counter-b"_s << QStringList{nisB};
    QTest::newRow("counter of A and B") << u"counter-ab"_s << QStringList{nisA, nisB};
    QTest::newRow("counter of the region") << u"counter-all"_s << QStringList{nisA, nisB, nisC};
    // Outreach sees the citizens on its visit list (tst_hub_visits); without visits, none.
    QTest::newRow("outreach without visits") << u"outreach-a"_s << QStringList();
    // The helpdesk's feed holds the dossiers it opened (tst_hub_lookup); without any, none.
    QTest::newRow("helpdesk without opened dossiers") << u"helpdesk-a"_s << QStringList();
    QTest::newRow("manager") << u"manager-a"_s << QStringList();
    QTest::newRow("admin") << u"admin"_s << QStringList();
}

void TestHub::feedNeverLeavesTheScope()
{
    QFETCH(QString, user);
    QFETCH(QStringList, scope);
    const Pull pull = pullAll(*m_http, token(user), 13);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QHash<QString, QString> citizenHome;
    int citizens = 0;
    for (const QJsonObject &c : pull.changes) {
        const QString type = c.value(u"type"_s).toString();
        const QJsonObject data = c.value(u"data"_s).toObject();
        if (type == u"citizen"_s) {
            ++citizens;
            QVERIFY2(scope.contains(data.value(u"municipality_nis"_s).toString()),
                     qPrintable(keyOf(c)));
            citizenHome.insert(data.value(u"id"_s).toString(),
                               data.value(u"municipality_nis"_s).toString());
        } else if (type == u"report"_s) {
            QVERIFY(scope.contains(data.value(u"location_nis"_s).toString()) ||
                    scope.contains(data.value(u"received_nis"_s).toString()));
        } else if (type == u"document"_s || type == u"contact_moment"_s ||
                   type == u"document_action"_s) {
            QVERIFY2(!scope.isEmpty(), qPrintable(keyOf(c)));
        } else {
            QVERIFY2(type == u"municipality"_s || type == u"category"_s, qPrintable(type));
        }
    }
    // Documents and contact moments belong to citizens the same feed delivered.
    for (const QJsonObject &c : pull.changes) {
        const QString type = c.value(u"type"_s).toString();
        if (type == u"document"_s || type == u"contact_moment"_s || type == u"document_action"_s)
            QVERIFY(citizenHome.contains(
                c.value(u"data"_s).toObject().value(u"citizen_id"_s).toString()));
    }
    if (scope.contains(nisB)) {
        for (const QString &id : m_citizensOfB)
            QVERIFY(citizenHome.contains(id));
    } else {
        for (const QString &id : m_citizensOfB)
            QVERIFY(!citizenHome.contains(id));
    }
    QCOMPARE(citizens > 0, !scope.isEmpty());
}

void TestHub::dossierReadsAreScoped_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("status");
    QTest::newRow("A reads A") << u"counter-a"_s << u"A"_s << 200;
    QTest::newRow("A reads B") << u"counter-a"_s << u"B"_s << 403;
    QTest::newRow("B reads A") << u"counter-b"_s << u"A"_s << 403;
    QTest::newRow("AB reads B") << u"counter-ab"_s << u"B"_s << 200;
    QTest::newRow("A reads unknown") << u"counter-a"_s << u"unknown"_s << 404;
    QTest::newRow("manager reads A") << u"manager-a"_s << u"A"_s << 403;
    QTest::newRow("admin reads A") << u"admin"_s << u"A"_s << 403;
    QTest::newRow("A reads A contact") << u"counter-a"_s << u"A contact"_s << 200;
    QTest::newRow("B reads A contact") << u"counter-b"_s << u"A contact"_s << 403;
}

void TestHub::dossierReadsAreScoped()
{
    QFETCH(QString, user);
    QFETCH(QString, which);
    QFETCH(int, status);
    QString path;
    if (which == u"A"_s)
        path = u"/api/v1/citizens/"_s + m_citizensOfA.first();
    else if (which == u"B"_s)
        path = u"/api/v1/citizens/"_s + *m_citizensOfB.cbegin();
    else if (which == u"unknown"_s)
        path = u"/api/v1/citizens/"_s + uuid();
    else
        path = u"/api/v1/contact-moments/"_s + m_contactsOfA.first();
    const Reply r = m_http->get(path, token(user));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json().value(u"id"_s).toString(), path.section(u'/', -1));
        QVERIFY(!r.header("ETag").isEmpty());
    } else {
        QCOMPARE(r.errorCode(), status == 404 ? u"not_found"_s : u"forbidden"_s);
    }
}

void TestHub::erasureTombstonesEverything()
{
    const QString citizen = uuid();
    putRecord(u"citizens"_s, citizen, citizenJson(citizen, u"Janssens"_s, nisA, 501));
    const QString doc = uuid();
    putRecord(u"documents"_s, doc, documentJson(doc, citizen));
    const QString contact = uuid();
    QCOMPARE(m_http
                 ->sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(contact, citizen),
                            token(u"counter-a"_s), withKey(uuid()))
                 .status,
             201);
    const Pull before = pullAll(*m_http, token(u"counter-a"_s), 500);
    QVERIFY(before.problem.isEmpty());
    const Pull beforeB = pullAll(*m_http, token(u"counter-b"_s), 500);

    const Reply erased = m_http->send("DELETE", u"/api/v1/admin/citizens/"_s + citizen, {},
                                      {{"Authorization", "Bearer " + adminToken().toLatin1()}});
    QCOMPARE(erased.status, 200);
    const QJsonObject counts = erased.json().value(u"erased"_s).toObject();
    QCOMPARE(counts.value(u"documents"_s).toInt(), 1);
    QCOMPARE(counts.value(u"contact_moments"_s).toInt(), 1);

    const Pull after = pullAll(*m_http, token(u"counter-a"_s), 2, before.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QSet<QString> deleted;
    for (const QJsonObject &c : after.changes) {
        QCOMPARE(c.value(u"op"_s).toString(), u"delete"_s);
        QCOMPARE(c.value(u"reason"_s).toString(), u"erased"_s);
        QVERIFY(!c.contains(u"data"_s));
        deleted << keyOf(c);
    }
    QCOMPARE(deleted, (QSet<QString>{u"citizen/"_s + citizen, u"document/"_s + doc,
                                     u"contact_moment/"_s + contact}));
    // Accounts of another municipality never saw it and hear nothing of it.
    const Pull afterB = pullAll(*m_http, token(u"counter-b"_s), 500, beforeB.cursor);
    QVERIFY(afterB.changes.isEmpty());
    QCOMPARE(m_http->get(u"/api/v1/citizens/"_s + citizen, token(u"counter-a"_s)).status, 404);
    // A fresh client receives no tombstones at all.
    const Pull fresh = pullAll(*m_http, token(u"counter-a"_s), 5000);
    for (const QJsonObject &c : fresh.changes)
        QCOMPARE(c.value(u"op"_s).toString(), u"upsert"_s);
}

void TestHub::moveTombstonesOldScopeAndUpsertsNew()
{
    const QString citizen = uuid();
    QJsonObject body = citizenJson(citizen, u"Maes"_s, nisA, 502);
    putRecord(u"citizens"_s, citizen, body);
    const QString doc = uuid();
    putRecord(u"documents"_s, doc, documentJson(doc, citizen));
    const QString contact = uuid();
    QCOMPARE(m_http
                 ->sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(contact, citizen),
                            token(u"counter-a"_s), withKey(uuid()))
                 .status,
             201);
    const QSet<QString> records{u"citizen/"_s + citizen, u"document/"_s + doc,
                                u"contact_moment/"_s + contact};
    QHash<QString, QString> cursors;
    for (const QString &user : {u"counter-a"_s, u"counter-b"_s, u"counter-ab"_s, u"counter-all"_s})
        cursors.insert(user, pullAll(*m_http, token(user), 5000).cursor);

    // The register moves the citizen from A to B.
    body.insert(u"municipality_nis"_s, nisB);
    body.insert(u"city"_s, u"Herent"_s);
    putRecord(u"citizens"_s, citizen, body);

    auto changesOf = [&](const QString &user, int limit) {
        const Pull p = pullAll(*m_http, token(user), limit, cursors.value(user));
        QHash<QString, QString> ops;
        for (const QJsonObject &c : p.changes) {
            if (records.contains(keyOf(c)))
                ops.insert(keyOf(c),
                           c.value(u"op"_s).toString() + u':' + c.value(u"reason"_s).toString());
        }
        return ops;
    };
    const auto a = changesOf(u"counter-a"_s, 500);
    QCOMPARE(a.size(), 3);
    for (const QString &op : a)
        QCOMPARE(op, u"delete:moved"_s);
    const auto b = changesOf(u"counter-b"_s, 1);
    QCOMPARE(b.size(), 3);
    for (const QString &op : b)
        QCOMPARE(op, u"upsert:"_s);
    // Accounts that see both municipalities keep the records: within one page only the
    // latest state arrives.
    for (const QString &user : {u"counter-ab"_s, u"counter-all"_s}) {
        const auto both = changesOf(user, 500);
        QCOMPARE(both.size(), 3);
        for (const QString &op : both)
            QCOMPARE(op, u"upsert:"_s);
    }
    QCOMPARE(m_http->get(u"/api/v1/citizens/"_s + citizen, token(u"counter-a"_s)).status, 403);
    QCOMPARE(m_http->get(u"/api/v1/citizens/"_s + citizen, token(u"counter-b"_s)).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/contact-moments/"_s + contact, token(u"counter-b"_s)).status,
             200);

    // Moving back brings it back for A and tombstones it for B.
    const QString cursorA = pullAll(*m_http, token(u"counter-a"_s), 5000).cursor;
    cursors.insert(u"counter-a"_s, cursorA);
    cursors.insert(u"counter-b"_s, pullAll(*m_http, token(u"counter-b"_s), 5000).cursor);
    body.insert(u"municipality_nis"_s, nisA);
    putRecord(u"citizens"_s, citizen, body);
    for (const QString &op : changesOf(u"counter-a"_s, 500))
        QCOMPARE(op, u"upsert:"_s);
    QCOMPARE(changesOf(u"counter-a"_s, 500).size(), 3);
    for (const QString &op : changesOf(u"counter-b"_s, 500))
        QCOMPARE(op, u"delete:moved"_s);
}

void TestHub::etagAndIfNoneMatch()
{
    const QString citizen = uuid();
    QJsonObject body = citizenJson(citizen, u"Claes"_s, nisA, 503);
    putRecord(u"citizens"_s, citizen, body);
    const QString path = u"/api/v1/citizens/"_s + citizen;
    const QString t = token(u"counter-a"_s);
    Reply r = m_http->get(path, t);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(r.json().value(u"version"_s).toInt(), 1);
    r = m_http->get(path, t, {{"If-None-Match", "\"1\""}});
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(m_http->get(path, t, {{"If-None-Match", "W/\"1\""}}).status, 304);
    QCOMPARE(m_http->get(path, t, {{"If-None-Match", "\"7\", \"1\""}}).status, 304);

    body.insert(u"phone"_s, u"+32 16 00 00 00"_s);
    putRecord(u"citizens"_s, citizen, body);
    r = m_http->get(path, t, {{"If-None-Match", "\"1\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(r.json().value(u"phone"_s).toString(), u"+32 16 00 00 00"_s);
}

void TestHub::postIsIdempotent()
{
    const QString t = token(u"counter-a"_s);
    const QString cursor = pullAll(*m_http, t, 5000).cursor;
    const QString id = uuid();
    const QString key = uuid();
    const QJsonObject body = contactJson(id, m_citizensOfA.at(3));
    QList<Reply> replies;
    for (int i = 0; i < 3; ++i)
        replies << m_http->sendJson("POST", u"/api/v1/contact-moments"_s, body, t, withKey(key));
    QCOMPARE(replies.at(0).status, 201);
    QVERIFY(replies.at(0).header("Idempotent-Replayed").isEmpty());
    const QJsonObject created = replies.at(0).json();
    QCOMPARE(created.value(u"id"_s).toString(), id);
    QCOMPARE(created.value(u"version"_s).toInt(), 1);
    QVERIFY(!created.value(u"updated_at"_s).toString().isEmpty());
    QVERIFY(!created.value(u"staff_id"_s).toString().isEmpty());
    QCOMPARE(replies.at(0).header("ETag"), QByteArray("\"1\""));
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(replies.at(i).status, 201);
        QCOMPARE(replies.at(i).body, replies.at(0).body);
        QCOMPARE(replies.at(i).header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replies.at(i).header("ETag"), QByteArray("\"1\""));
    }
    // One record, once in the feed.
    const Pull pull = pullAll(*m_http, t, 5000, cursor);
    int seen = 0;
    for (const QJsonObject &c : pull.changes)
        seen += c.value(u"id"_s).toString() == id ? 1 : 0;
    QCOMPARE(seen, 1);

    // The same key with another body: refused, nothing changes.
    QJsonObject other = body;
    other.insert(u"summary"_s, u"Iets anders"_s);
    Reply r = m_http->sendJson("POST", u"/api/v1/contact-moments"_s, other, t, withKey(key));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"idempotency_key_reused"_s);
    // The same key from another account is another request too.
    r = m_http->sendJson("POST", u"/api/v1/contact-moments"_s, body, token(u"counter-ab"_s),
                         withKey(key));
    QCOMPARE(r.status, 422);
    // A new key for an existing id: a conflict, not a second record.
    r = m_http->sendJson("POST", u"/api/v1/contact-moments"_s, body, t, withKey(uuid()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"already_exists"_s);
    QCOMPARE(m_http->get(u"/api/v1/contact-moments/"_s + id, t).json().value(u"summary"_s),
             body.value(u"summary"_s));
}

void TestHub::postRefusesBadRequests_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString citizenA = u"%CITIZEN_A%"_s;
    auto contact = [](const QString &citizen, const QString &drop, const QJsonObject &extra = {}) {
        QJsonObject o = contactJson(uuid(), citizen);
        o.remove(drop);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("no key") << u"counter-a"_s << QString() << contact(citizenA, {}) << 400
                            << u"idempotency_key_required"_s << QString();
    QTest::newRow("key not a uuid") << u"counter-a"_s << u"abc"_s << contact(citizenA, {}) << 400
                                    << u"idempotency_key_required"_s << QString();
    QTest::newRow("no occurred_at")
        << u"counter-a"_s << uuid() << contact(citizenA, u"occurred_at"_s) << 400
        << u"validation_failed"_s << u"occurred_at"_s;
    QTest::newRow("time without zone")
        << u"counter-a"_s << uuid()
        << contact(citizenA, {}, {{u"occurred_at"_s, u"2026-11-20T10:15:00"_s}}) << 400
        << u"validation_failed"_s << u"occurred_at"_s;
    QTest::newRow("bad channel") << u"counter-a"_s << uuid()
                                 << contact(citizenA, {}, {{u"channel"_s, u"pigeon"_s}}) << 400
                                 << u"validation_failed"_s << u"channel"_s;
    QTest::newRow("id not a uuid")
        << u"counter-a"_s << uuid() << contact(citizenA, {}, {{u"id"_s, u"42"_s}}) << 400
        << u"validation_failed"_s << u"id"_s;
    QTest::newRow("summary a number")
        << u"counter-a"_s << uuid() << contact(citizenA, {}, {{u"summary"_s, 42}}) << 400
        << u"validation_failed"_s << u"summary"_s;
    QTest::newRow("bad due date") << u"counter-a"_s << uuid()
                                  << contact(citizenA, {}, {{u"follow_up_due"_s, u"next week"_s}})
                                  << 400 << u"validation_failed"_s << u"follow_up_due"_s;
    QTest::newRow("unknown citizen") << u"counter-a"_s << uuid() << contact(uuid(), {}) << 422
                                     << u"unknown_citizen"_s << QString();
    QTest::newRow("citizen of B") << u"counter-a"_s << uuid() << contact(u"%CITIZEN_B%"_s, {})
                                  << 403 << u"forbidden"_s << QString();
    QTest::newRow("manager") << u"manager-a"_s << uuid() << contact(citizenA, {}) << 403
                             << u"forbidden"_s << QString();
    QTest::newRow("unknown fields ignored")
        << u"counter-a"_s << uuid()
        << contact(citizenA, {}, {{u"mood"_s, u"sunny"_s}, {u"version"_s, 99}}) << 201 << QString()
        << QString();
}

void TestHub::postRefusesBadRequests()
{
    QFETCH(QString, user);
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    body.replace("%CITIZEN_A%", m_citizensOfA.at(4).toLatin1());
    body.replace("%CITIZEN_B%", m_citizensOfB.cbegin()->toLatin1());
    Headers headers{{"Authorization", "Bearer " + token(user).toLatin1()}};
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key.toLatin1()});
    const Reply r = m_http->send("POST", u"/api/v1/contact-moments"_s, body, headers);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 201) {
        // The hub assigns the version, whatever the client sent.
        QCOMPARE(r.json().value(u"version"_s).toInt(), 1);
        QVERIFY(!r.json().contains(u"mood"_s));
        return;
    }
    QCOMPARE(r.errorCode(), code);
    if (!field.isEmpty())
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
}

void TestHub::postedChangesReachEveryScopeThatIncludesThem()
{
    QHash<QString, QString> cursors;
    for (const QString &user : {u"counter-a"_s, u"counter-b"_s, u"counter-ab"_s, u"manager-a"_s})
        cursors.insert(user, pullAll(*m_http, token(user), 5000).cursor);
    const QString id = uuid();
    QCOMPARE(m_http
                 ->sendJson("POST", u"/api/v1/contact-moments"_s,
                            contactJson(id, m_citizensOfA.at(5)), token(u"helpdesk-a"_s),
                            withKey(uuid()))
                 .status,
             201);
    auto sees = [&](const QString &user) {
        const Pull p = pullAll(*m_http, token(user), 5000, cursors.value(user));
        for (const QJsonObject &c : p.changes) {
            if (c.value(u"id"_s).toString() == id)
                return true;
        }
        return false;
    };
    QVERIFY(sees(u"counter-a"_s));
    QVERIFY(sees(u"counter-ab"_s));
    QVERIFY(!sees(u"counter-b"_s));
    QVERIFY(!sees(u"manager-a"_s));
}

void TestHub::correctionNeedsMatchingVersion()
{
    const QString t = token(u"counter-a"_s);
    const QString id = uuid();
    QJsonObject body = contactJson(id, m_citizensOfA.at(6));
    QCOMPARE(
        m_http->sendJson("POST", u"/api/v1/contact-moments"_s, body, t, withKey(uuid())).status,
        201);
    const QString path = u"/api/v1/contact-moments/"_s + id;
    body.insert(u"summary"_s, u"Gecorrigeerd"_s);

    Reply r = m_http->sendJson("PUT", path, body, t);
    QCOMPARE(r.status, 428);
    QCOMPARE(r.errorCode(), u"precondition_required"_s);
    r = m_http->sendJson("PUT", path, body, t, {{"If-Match", "yesterday"}});
    QCOMPARE(r.status, 400);

    const QString key = uuid();
    r = m_http->sendJson("PUT", path, body, t,
                         {{"If-Match", "\"1\""}, {"Idempotency-Key", key.toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(r.json().value(u"version"_s).toInt(), 2);
    QCOMPARE(r.json().value(u"summary"_s).toString(), u"Gecorrigeerd"_s);
    // A repeated correction with its key is answered from the store, not refused as stale.
    const Reply replay = m_http->sendJson(
        "PUT", path, body, t, {{"If-Match", "\"1\""}, {"Idempotency-Key", key.toLatin1()}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, r.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));

    // Another stale correction: 412 with the current state.
    QJsonObject stale = body;
    stale.insert(u"summary"_s, u"Oude stand"_s);
    r = m_http->sendJson("PUT", path, stale, t, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.errorCode(), u"version_conflict"_s);
    const QJsonObject current = r.json().value(u"current"_s).toObject();
    QCOMPARE(current.value(u"version"_s).toInt(), 2);
    QCOMPARE(current.value(u"summary"_s).toString(), u"Gecorrigeerd"_s);
    QCOMPARE(m_http->get(path, t).json().value(u"summary"_s).toString(), u"Gecorrigeerd"_s);

    // The earlier version is kept, not overwritten.
    const QString connection = u"tst-history"_s;
    {
        QSqlDatabase db;
        if (HubProcess::usesPostgres()) {
            const QUrl url(m_hub->databaseUrl());
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(m_hub->databaseUrl());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"SELECT version, body FROM contact_moment_history WHERE id = ?"_s));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const QJsonObject old = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        QCOMPARE(old.value(u"summary"_s).toString(),
                 contactJson(id, {}).value(u"summary"_s).toString());
        QCOMPARE(old.value(u"version"_s).toInt(), 1);
        QVERIFY(!q.next());
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestHub::oversizedBodyIsRefusedEarly()
{
    // Through a normal client: the whole oversized body is sent, the answer is 413.
    // Above the default limit of 8 MiB (a report photo of 5 MB is 6.7 MB in base64).
    const QByteArray big(9 * 1024 * 1024, 'x');
    Reply r = m_http->send("POST", u"/api/v1/session"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), u"payload_too_large"_s);
    // Announced but never sent: the hub answers from the head alone, without waiting.
    const QByteArray head = "POST /api/v1/contact-moments HTTP/1.1\r\nHost: x\r\n"
                            "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{";
    const QByteArray answer = rawExchange(m_hub->url(), head, 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("payload_too_large"));
    // Chunked bodies have no length to check in advance.
    const QByteArray chunked = "POST /api/v1/session HTTP/1.1\r\nHost: x\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    QVERIFY(rawExchange(m_hub->url(), chunked, 1).startsWith("HTTP/1.1 411 "));
    // A body at the limit is read and judged on its content.
    HubProcess small;
    QString error;
    QVERIFY2(small.start({u"--max-body"_s, u"2048"_s}, &error), qPrintable(error));
    Http http(small.url());
    QCOMPARE(http.send("POST", u"/api/v1/session"_s, QByteArray(2048, ' ')).status, 400);
    QCOMPARE(http.send("POST", u"/api/v1/session"_s, QByteArray(2049, ' ')).status, 413);
    // The hub still serves afterwards.
    QVERIFY(!http.login(u"admin"_s, HubProcess::adminPassword()).isEmpty());
    VERIFY_STOPS_CLEANLY(small);
}

void TestHub::invalidJsonIsABadRequest_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("truncated") << QByteArray("POST") << u"/api/v1/contact-moments"_s
                               << QByteArray(R"({"id":"x",)") << u"invalid_json"_s;
    QTest::newRow("array") << QByteArray("POST") << u"/api/v1/contact-moments"_s
                           << QByteArray("[1,2]") << u"invalid_json"_s;
    QTest::newRow("empty") << QByteArray("POST") << u"/api/v1/contact-moments"_s << QByteArray()
                           << u"invalid_json"_s;
    QTest::newRow("binary") << QByteArray("POST") << u"/api/v1/contact-moments"_s
                            << QByteArray("\x00\xff\xfe{", 4) << u"invalid_json"_s;
    QTest::newRow("admin citizen garbage") << QByteArray("PUT") << u"/api/v1/admin/citizens/c1"_s
                                           << QByteArray("{{{") << u"invalid_json"_s;
    QTest::newRow("admin citizen wrong types")
        << QByteArray("PUT") << u"/api/v1/admin/citizens/c1"_s
        << QByteArray(R"({"family_name":7,"municipality_nis":[]})") << u"validation_failed"_s;
    QTest::newRow("admin citizen bad national number")
        << QByteArray("PUT") << u"/api/v1/admin/citizens/c1"_s
        << QByteArray(R"({"family_name":"X","national_number":"85073003329"})")
        << u"validation_failed"_s;
    QTest::newRow("admin report nested garbage")
        << QByteArray("PUT") << u"/api/v1/admin/reports/r1"_s
        << QByteArray(
               R"({"public_number":"M-1","category":"c","created_at":"x","status":"received","history":[1,"a",null]})")
        << u"validation_failed"_s;
    QTest::newRow("admin citizen id mismatch")
        << QByteArray("PUT") << u"/api/v1/admin/citizens/c1"_s
        << QByteArray(R"({"id":"c2","family_name":"X"})") << u"validation_failed"_s;
    QTest::newRow("account not json") << QByteArray("POST") << u"/api/v1/admin/accounts"_s
                                      << QByteArray("user=x") << u"invalid_json"_s;
    QTest::newRow("correction deep nesting") << QByteArray("PUT") << u"/api/v1/contact-moments/c1"_s
                                             << QByteArray(10000, '[') << u"invalid_json"_s;
}

void TestHub::invalidJsonIsABadRequest()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const QString user = path.contains(u"/admin/"_s) ? u"admin"_s : u"counter-a"_s;
    const Reply r = m_http->send(method, path, body,
                                 {{"Authorization", "Bearer " + token(user).toLatin1()},
                                  {"Idempotency-Key", uuid().toLatin1()},
                                  {"If-Match", "\"1\""}});
    QVERIFY2(r.status == 400, r.body.constData());
    QCOMPARE(r.errorCode(), code);
}

void TestHub::unknownRoutesAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("unknown") << QByteArray("GET") << u"/api/v1/nothing"_s << 404 << QByteArray();
    QTest::newRow("root") << QByteArray("GET") << u"/"_s << 404 << QByteArray();
    QTest::newRow("other version")
        << QByteArray("GET") << u"/api/v2/changes"_s << 404 << QByteArray();
    QTest::newRow("too deep") << QByteArray("GET") << u"/api/v1/citizens/a/b"_s << 404
                              << QByteArray();
    QTest::newRow("admin unknown")
        << QByteArray("PUT") << u"/api/v1/admin/secrets/1"_s << 404 << QByteArray();
    QTest::newRow("delete changes")
        << QByteArray("DELETE") << u"/api/v1/changes"_s << 405 << QByteArray("GET");
    QTest::newRow("get session") << QByteArray("GET") << u"/api/v1/session"_s << 405
                                 << QByteArray("POST");
    QTest::newRow("post citizen") << QByteArray("POST") << u"/api/v1/citizens/x"_s << 405
                                  << QByteArray("GET");
    QTest::newRow("patch contact")
        << QByteArray("PATCH") << u"/api/v1/contact-moments/x"_s << 405 << QByteArray("GET, PUT");
    QTest::newRow("delete municipality")
        << QByteArray("DELETE") << u"/api/v1/admin/municipalities/24062"_s << 405
        << QByteArray("PUT");
}

void TestHub::unknownRoutesAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    // No token needed to learn that a route does not exist.
    const Reply r = m_http->send(method, path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), status == 404 ? u"not_found"_s : u"method_not_allowed"_s);
    QCOMPARE(r.header("Allow"), allow);
}

void TestHub::pipelinedRequestsAnswerInOrder()
{
    // Several requests on one connection before any answer: the answers come in request order,
    // whichever worker finishes first.
    QByteArray bytes;
    const QByteArray auth = "Authorization: Bearer " + token(u"counter-all"_s).toLatin1() + "\r\n";
    bytes += "GET /api/v1/changes?limit=5000 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n";
    bytes += "GET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n";
    bytes += "GET /api/v1/citizens/" + m_citizensOfA.first().toLatin1() +
             " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n";
    bytes += "GET /api/v1/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray answer = rawExchange(m_hub->url(), bytes, 4);
    const qsizetype first = answer.indexOf("HTTP/1.1 200 ");
    const qsizetype second = answer.indexOf("HTTP/1.1 404 ");
    const qsizetype third = answer.indexOf("HTTP/1.1 200 ", first + 1);
    const qsizetype fourth = answer.indexOf("HTTP/1.1 405 ");
    QVERIFY2(first == 0 && second > first && third > second && fourth > third,
             answer.left(300).constData());
}

void TestHub::answersOnTheServerThreadToo()
{
    HubProcess hub;
    QString error;
    QVERIFY2(hub.start({u"--threads"_s, u"0"_s}, &error), qPrintable(error));
    Http http(hub.url());
    const QString t = http.login(u"admin"_s, HubProcess::adminPassword());
    QVERIFY(!t.isEmpty());
    QCOMPARE(http.get(u"/api/v1/changes"_s, t).status, 200);
    QCOMPARE(http.send("GET", u"/api/v1/nothing"_s).status, 404);
    VERIFY_STOPS_CLEANLY(hub);
}

void TestHub::refusesADatabaseItDidNotWrite()
{
    // A SQLite file of something else (here: a table of its own) is refused and left as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (text TEXT)"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    HubProcess hub;
    QString error;
    QVERIFY(!hub.start({u"--db"_s, path}, &error));
    QVERIFY2(hub.stderrText().contains(u"not a loket-hub database"_s),
             qPrintable(hub.stderrText()));
    QCOMPARE(hub.stop(), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // Nor does it take a file that is not SQLite at all.
    const QString text = dir.filePath(u"text.db"_s);
    QFile plain(text);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(QByteArray(8192, 'x'));
    plain.close();
    HubProcess second;
    QVERIFY(!second.start({u"--db"_s, text}, &error));
    QVERIFY2(second.stderrText().contains(u"not a SQLite database"_s),
             qPrintable(second.stderrText()));
    QCOMPARE(second.stop(), 1);
}

QStringList TestHub::dossierWithDocuments(const QString &nis, int sequence)
{
    const QString citizen = uuid();
    putRecord(u"citizens"_s, citizen, citizenJson(citizen, u"Wouters"_s, nis, sequence));
    QStringList out{citizen};
    for (int i = 0; i < 2; ++i) {
        const QString doc = uuid();
        putRecord(u"documents"_s, doc, documentJson(doc, citizen));
        out << doc;
    }
    return out;
}

void TestHub::documentIsReadWithItsHistory()
{
    const QString citizen = uuid();
    putRecord(u"citizens"_s, citizen, citizenJson(citizen, u"Jacobs"_s, nisA, 611));
    const QString doc = uuid();
    QJsonObject body = documentJson(doc, citizen);
    body.insert(u"channel"_s, u"ebox"_s);
    // Out of order on purpose: the current status follows the times, not the list.
    body.insert(u"history"_s, QJsonArray{QJsonObject{{u"seq"_s, 3},
                                                     {u"status"_s, u"unread_reminder"_s},
                                                     {u"at"_s, u"2026-10-17T08:00:00Z"_s}},
                                         QJsonObject{{u"seq"_s, 1},
                                                     {u"status"_s, u"sent"_s},
                                                     {u"at"_s, u"2026-10-01T08:00:00Z"_s}},
                                         QJsonObject{{u"seq"_s, 2},
                                                     {u"status"_s, u"delivered"_s},
                                                     {u"at"_s, u"2026-10-01T08:00:05Z"_s},
                                                     {u"note"_s, u"eBox"_s}}});
    putRecord(u"documents"_s, doc, body);
    const QString path = u"/api/v1/documents/"_s + doc;
    const Reply r = m_http->get(path, token(u"counter-a"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"id"_s).toString(), doc);
    QCOMPARE(o.value(u"citizen_id"_s).toString(), citizen);
    QCOMPARE(o.value(u"channel"_s).toString(), u"ebox"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"unread_reminder"_s);
    const QJsonArray history = o.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 3);
    QSet<QString> statuses;
    for (const QJsonValue &v : history)
        statuses << v.toObject().value(u"status"_s).toString();
    QCOMPARE(statuses, (QSet<QString>{u"sent"_s, u"delivered"_s, u"unread_reminder"_s}));
    QCOMPARE(m_http->get(path, token(u"counter-a"_s), {{"If-None-Match", "\"1\""}}).status, 304);
    QCOMPARE(m_http->get(path, token(u"counter-b"_s)).errorCode(), u"forbidden"_s);
    QCOMPARE(m_http->get(path, token(u"manager-a"_s)).status, 403);
    QCOMPARE(m_http->get(u"/api/v1/documents/"_s + uuid(), token(u"counter-a"_s)).status, 404);
    QCOMPARE(m_http->sendJson("PUT", path, body, token(u"counter-a"_s)).status, 405);
}

void TestHub::documentActionIsCreatedOnce()
{
    const QStringList dossier = dossierWithDocuments(nisA, 612);
    const QString t = token(u"counter-a"_s);
    const QString cursor = pullAll(*m_http, t, 5000).cursor;
    const QString id = uuid();
    const QString key = uuid();
    QJsonObject body = documentActionJson(id, dossier.at(0), dossier.at(1), u"resend"_s,
                                          u"Brief kwam terug: adres verbeterd"_s);
    body.insert(u"staff_id"_s, u"someone-else"_s); // the hub decides who acted
    QList<Reply> replies;
    for (int i = 0; i < 3; ++i)
        replies << m_http->sendJson("POST", u"/api/v1/document-actions"_s, body, t, withKey(key));
    QVERIFY2(replies.at(0).status == 201, replies.at(0).body.constData());
    QVERIFY(replies.at(0).header("Idempotent-Replayed").isEmpty());
    QCOMPARE(replies.at(0).header("Location"), (u"/api/v1/document-actions/"_s + id).toUtf8());
    QCOMPARE(replies.at(0).header("ETag"), QByteArray("\"1\""));
    const QJsonObject created = replies.at(0).json();
    QCOMPARE(created.value(u"id"_s).toString(), id);
    QCOMPARE(created.value(u"version"_s).toInt(), 1);
    QCOMPARE(created.value(u"kind"_s).toString(), u"resend"_s);
    QCOMPARE(created.value(u"document_id"_s).toString(), dossier.at(1));
    QCOMPARE(created.value(u"occurred_at"_s).toString(), u"2026-11-21T13:05:00.000Z"_s); // UTC
    QCOMPARE(created.value(u"municipality_nis"_s).toString(), nisA); // the account's
    const QString staff = created.value(u"staff_id"_s).toString();
    QVERIFY(!staff.isEmpty() && staff != u"someone-else"_s);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(replies.at(i).status, 201);
        QCOMPARE(replies.at(i).body, replies.at(0).body);
        QCOMPARE(replies.at(i).header("Idempotent-Replayed"), QByteArray("true"));
    }

    // Stored once: read back with its ETag, and once in the feed.
    const QString path = u"/api/v1/document-actions/"_s + id;
    Reply r = m_http->get(path, t);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), created);
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(m_http->get(path, t, {{"If-None-Match", "\"1\""}}).status, 304);
    const Pull pull = pullAll(*m_http, t, 5000, cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    int seen = 0;
    for (const QJsonObject &c : pull.changes) {
        if (keyOf(c) == u"document_action/"_s + id) {
            ++seen;
            QCOMPARE(c.value(u"data"_s).toObject(), created);
        }
    }
    QCOMPARE(seen, 1);

    // The same key with another body is another request; a new key for the same id a conflict.
    QJsonObject other = body;
    other.insert(u"reason"_s, u"Iets anders"_s);
    r = m_http->sendJson("POST", u"/api/v1/document-actions"_s, other, t, withKey(key));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"idempotency_key_reused"_s);
    r = m_http->sendJson("POST", u"/api/v1/document-actions"_s, body, t, withKey(uuid()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"already_exists"_s);
    QCOMPARE(m_http->get(path, t).json(), created);

    // eBox activation help is about the citizen: no document. Given on a home visit: the
    // outreach worker acts on citizens on its visit list.
    r = m_http->sendJson("POST", u"/api/v1/visits"_s,
                         QJsonObject{{u"id"_s, uuid()},
                                     {u"citizen_id"_s, dossier.at(0)},
                                     {u"date"_s, u"2026-11-21"_s}},
                         token(u"outreach-a"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    const QString help = uuid();
    r = m_http->sendJson(
        "POST", u"/api/v1/document-actions"_s,
        documentActionJson(help, dossier.at(0), QString(), u"ebox_activation_help"_s, QString()),
        token(u"outreach-a"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(u"document_id"_s).toString(), QString());
    QCOMPARE(m_http->get(u"/api/v1/document-actions/"_s + help, token(u"counter-b"_s)).status, 403);
}

void TestHub::documentActionRefusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("citizen");  // A, B or unknown
    QTest::addColumn<QString>("document"); // own, other (of another citizen of A), unknown, none
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString tooLong(501, u'r');
    const QString longest(500, u'r');
    QTest::newRow("citizen outside the scope")
        << u"counter-a"_s << true << u"B"_s << u"own"_s << u"resend"_s << u"verhuisd"_s << 403
        << u"forbidden"_s << QString();
    QTest::newRow("document of another citizen")
        << u"counter-a"_s << true << u"A"_s << u"other"_s << u"paper_copy"_s << u"geen eBox"_s
        << 422 << u"unknown_document"_s << u"document_id"_s;
    QTest::newRow("unknown document")
        << u"counter-a"_s << true << u"A"_s << u"unknown"_s << u"explained"_s << QString() << 422
        << u"unknown_document"_s << u"document_id"_s;
    QTest::newRow("unknown citizen")
        << u"counter-a"_s << true << u"unknown"_s << u"none"_s << u"ebox_activation_help"_s
        << QString() << 422 << u"unknown_citizen"_s << QString();
    QTest::newRow("paper copy without reason")
        << u"counter-a"_s << true << u"A"_s << u"own"_s << u"paper_copy"_s << QString() << 400
        << u"validation_failed"_s << u"reason"_s;
    QTest::newRow("resend with a blank reason")
        << u"counter-a"_s << true << u"A"_s << u"own"_s << u"resend"_s << u"   "_s << 400
        << u"validation_failed"_s << u"reason"_s;
    QTest::newRow("reason over 500 characters")
        << u"counter-a"_s << true << u"A"_s << u"own"_s << u"resend"_s << tooLong << 400
        << u"validation_failed"_s << u"reason"_s;
    QTest::newRow("explained without document")
        << u"counter-a"_s << true << u"A"_s << u"none"_s << u"explained"_s << QString() << 400
        << u"validation_failed"_s << u"document_id"_s;
    QTest::newRow("ebox help with a document")
        << u"counter-a"_s << true << u"A"_s << u"own"_s << u"ebox_activation_help"_s << QString()
        << 400 << u"validation_failed"_s << u"document_id"_s;
    QTest::newRow("unknown kind") << u"counter-a"_s << true << u"A"_s << u"own"_s << u"reprint"_s
                                  << u"x"_s << 400 << u"validation_failed"_s << u"kind"_s;
    QTest::newRow("no idempotency key")
        << u"counter-a"_s << false << u"A"_s << u"own"_s << u"explained"_s << QString() << 400
        << u"idempotency_key_required"_s << QString();
    QTest::newRow("manager") << u"manager-a"_s << true << u"A"_s << u"own"_s << u"explained"_s
                             << QString() << 403 << u"forbidden"_s << QString();
    QTest::newRow("reason of exactly 500 characters")
        << u"helpdesk-a"_s << true << u"A"_s << u"own"_s << u"paper_copy"_s << longest << 201
        << QString() << QString();
}

void TestHub::documentActionRefusals()
{
    QFETCH(QString, user);
    QFETCH(bool, withKey);
    QFETCH(QString, citizen);
    QFETCH(QString, document);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QStringList a = dossierWithDocuments(nisA, 613);
    const QStringList otherOfA = dossierWithDocuments(nisA, 614);
    const QStringList b = dossierWithDocuments(nisB, 615);
    const QStringList &dossier = citizen == u"B"_s ? b : a;
    const QString citizenId = citizen == u"unknown"_s ? uuid() : dossier.at(0);
    QString documentId;
    if (document == u"own"_s)
        documentId = dossier.at(1);
    else if (document == u"other"_s)
        documentId = otherOfA.at(1);
    else if (document == u"unknown"_s)
        documentId = uuid();
    const QString id = uuid();
    Headers headers;
    if (withKey)
        headers = ::withKey(uuid());
    const Reply r = m_http->sendJson("POST", u"/api/v1/document-actions"_s,
                                     documentActionJson(id, citizenId, documentId, kind, reason),
                                     token(user), headers);
    QVERIFY2(r.status == status, r.body.constData());
    const Reply stored = m_http->get(u"/api/v1/document-actions/"_s + id, token(u"counter-all"_s));
    if (status == 201) {
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(u"reason"_s).toString(), reason);
        return;
    }
    QCOMPARE(r.errorCode(), code);
    const QJsonObject error = r.json().value(u"error"_s).toObject();
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (!field.isEmpty()) {
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QVERIFY2(error.value(u"message"_s).toString().contains(field) ||
                     error.value(u"message"_s).toString().contains(u"reason"_s),
                 qPrintable(error.value(u"message"_s).toString()));
    }
    // A refusal stores nothing.
    QCOMPARE(stored.status, 404);
}

void TestHub::documentActionReachesOnlyItsScope()
{
    QHash<QString, QString> cursors;
    const QStringList users{u"counter-a"_s, u"counter-b"_s, u"counter-ab"_s, u"manager-a"_s,
                            u"admin"_s};
    for (const QString &user : users)
        cursors.insert(user, pullAll(*m_http, token(user), 5000).cursor);
    const QStringList dossier = dossierWithDocuments(nisA, 616);
    const QString id = uuid();
    const Reply r = m_http->sendJson(
        "POST", u"/api/v1/document-actions"_s,
        documentActionJson(id, dossier.at(0), dossier.at(2), u"explained"_s, QString()),
        token(u"counter-a"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    auto sees = [&](const QString &user) {
        const Pull p = pullAll(*m_http, token(user), 7, cursors.value(user));
        int n = 0;
        for (const QJsonObject &c : p.changes)
            n += keyOf(c) == u"document_action/"_s + id ? 1 : 0;
        return n;
    };
    QCOMPARE(sees(u"counter-a"_s), 1);
    QCOMPARE(sees(u"counter-ab"_s), 1);
    QCOMPARE(sees(u"counter-b"_s), 0);
    QCOMPARE(sees(u"manager-a"_s), 0);
    QCOMPARE(sees(u"admin"_s), 0);

    // It moves with its citizen: gone for A (a tombstone), arrived for B.
    for (const QString &user : {u"counter-a"_s, u"counter-b"_s})
        cursors.insert(user, pullAll(*m_http, token(user), 5000).cursor);
    QJsonObject moved = citizenJson(dossier.at(0), u"Wouters"_s, nisB, 616);
    putRecord(u"citizens"_s, dossier.at(0), moved);
    auto opOf = [&](const QString &user) {
        const Pull p = pullAll(*m_http, token(user), 5000, cursors.value(user));
        QString op;
        for (const QJsonObject &c : p.changes) {
            if (keyOf(c) == u"document_action/"_s + id)
                op = c.value(u"op"_s).toString() + u':' + c.value(u"reason"_s).toString();
        }
        return op;
    };
    QCOMPARE(opOf(u"counter-a"_s), u"delete:moved"_s);
    QCOMPARE(opOf(u"counter-b"_s), u"upsert:"_s);
    QCOMPARE(m_http->get(u"/api/v1/document-actions/"_s + id, token(u"counter-b"_s)).status, 200);
    QCOMPARE(m_http->get(u"/api/v1/document-actions/"_s + id, token(u"counter-a"_s)).status, 403);
}

void TestHub::demoSeedsRegionAndAccounts()
{
    HubProcess hub;
    QString error;
    QVERIFY2(hub.start({u"--demo"_s, u"--citizens"_s, u"1000"_s, u"--seed"_s, u"7"_s}, &error),
             qPrintable(error));
    const QRegularExpression line(u"^demo account: (\\S+) (\\S+) (\\S+) (\\S+)$"_s);
    QStringList accounts;
    QStringList open311Keys;
    for (const QString &l : hub.stdoutLines())
        (l.startsWith(u"demo open311 key: "_s) ? open311Keys : accounts) << l;
    // 8 municipalities x 5 roles, and the region's counter; one Open311 key per municipality.
    QCOMPARE(accounts.size(), 41);
    QCOMPARE(open311Keys.size(), 8);
    QHash<QString, QPair<QString, QString>> counters;
    for (const QString &l : std::as_const(accounts)) {
        const auto m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        if (m.captured(3) == u"counter"_s)
            counters.insert(m.captured(4), {m.captured(1), m.captured(2)});
    }
    QString nis;
    for (auto it = counters.cbegin(); it != counters.cend() && nis.isEmpty(); ++it) {
        if (!it.key().contains(u','))
            nis = it.key();
    }
    QVERIFY(counters.size() == 9 && !nis.isEmpty());
    Http http(hub.url());
    const QString t = http.login(counters.value(nis).first, counters.value(nis).second);
    QVERIFY(!t.isEmpty());
    const Pull pull = pullAll(http, t, 5000);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    int citizens = 0;
    int municipalities = 0;
    for (const QJsonObject &c : pull.changes) {
        const QString type = c.value(u"type"_s).toString();
        if (type == u"citizen"_s) {
            ++citizens;
            QCOMPARE(c.value(u"data"_s).toObject().value(u"municipality_nis"_s).toString(), nis);
        }
        municipalities += type == u"municipality"_s ? 1 : 0;
    }
    QCOMPARE(municipalities, 8);
    QVERIFY(citizens > 0 && citizens < 1000);
    VERIFY_STOPS_CLEANLY(hub);

    // A restart on the same database keeps the region and the same accounts.
    QVERIFY2(hub.start({u"--demo"_s, u"--citizens"_s, u"1000"_s, u"--seed"_s, u"7"_s}, &error),
             qPrintable(error));
    QCOMPARE(hub.stdoutLines(), accounts + open311Keys); // the same keys too
    QVERIFY(hub.stderrText().contains(u"holds this demo region already"_s));
    Http again(hub.url());
    const QString t2 = again.login(counters.value(nis).first, counters.value(nis).second);
    QVERIFY(!t2.isEmpty());
    QCOMPARE(pullAll(again, t2, 5000).changes.size(), pull.changes.size());
    VERIFY_STOPS_CLEANLY(hub);
}

void TestHub::accessEntryIsLoggedOnce()
{
    const QString citizen = m_citizensOfA.at(20);
    const QString t = token(u"counter-a"_s);
    const QString cursor = pullAll(*m_http, t, 5000).cursor;
    const QString id = uuid();
    const QString key = uuid();
    QJsonObject body = accessEntryJson(id, citizen, u"open_dossier"_s, u"counter_visit"_s,
                                       u"2026-11-21T14:05:00+01:00"_s);
    body.insert(u"staff_id"_s, u"someone-else"_s); // the hub decides who consulted
    QList<Reply> replies;
    for (int i = 0; i < 3; ++i)
        replies << m_http->sendJson("POST", u"/api/v1/access-log"_s, body, t, withKey(key));
    QVERIFY2(replies.at(0).status == 201, replies.at(0).body.constData());
    QVERIFY(replies.at(0).header("Idempotent-Replayed").isEmpty());
    const QJsonObject created = replies.at(0).json();
    QCOMPARE(created.value(u"id"_s).toString(), id);
    QCOMPARE(created.value(u"version"_s).toInt(), 1);
    QCOMPARE(created.value(u"citizen_id"_s).toString(), citizen);
    QCOMPARE(created.value(u"action"_s).toString(), u"open_dossier"_s);
    QCOMPARE(created.value(u"purpose"_s).toString(), u"counter_visit"_s);
    QCOMPARE(created.value(u"occurred_at"_s).toString(), u"2026-11-21T13:05:00.000Z"_s); // UTC
    QCOMPARE(created.value(u"municipality_nis"_s).toString(), nisA); // the account's
    const QString staff = created.value(u"staff_id"_s).toString();
    QVERIFY(!staff.isEmpty() && staff != u"someone-else"_s);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(replies.at(i).status, 201);
        QCOMPARE(replies.at(i).body, replies.at(0).body);
        QCOMPARE(replies.at(i).header("Idempotent-Replayed"), QByteArray("true"));
    }
    // The same key with another body is another request.
    QJsonObject other = body;
    other.insert(u"purpose"_s, u"other"_s);
    Reply r = m_http->sendJson("POST", u"/api/v1/access-log"_s, other, t, withKey(key));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"idempotency_key_reused"_s);
    // The same consultation under a new key (its first answer purged): still logged once.
    r = m_http->sendJson("POST", u"/api/v1/access-log"_s, body, t, withKey(uuid()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"id"_s).toString(), id);
    // Another consultation under a taken id is a conflict.
    r = m_http->sendJson("POST", u"/api/v1/access-log"_s, other, t, withKey(uuid()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"already_exists"_s);

    // Logged once, and never in the feed: clients do not download each other's log.
    r = m_http->get(u"/api/v1/access-log?citizen_id="_s + citizen, adminToken());
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonArray entries = r.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"id"_s).toString(), id);
    QCOMPARE(entries.first().toObject().value(u"staff_id"_s).toString(), staff);
    QCOMPARE(entries.first().toObject().value(u"staff_name"_s).toString(), u"counter-a"_s);
    const Pull pull = pullAll(*m_http, t, 5000, cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    for (const QJsonObject &c : pull.changes)
        QVERIFY2(c.value(u"type"_s).toString() != u"access_entry"_s, qPrintable(keyOf(c)));
}

void TestHub::accessEntryRefusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("citizen"); // A, B or unknown
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("occurredAt");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString at = u"2026-11-21T14:05:00Z"_s;
    QTest::newRow("out of scope") << u"counter-a"_s << true << u"B"_s << u"counter_visit"_s << at
                                  << 403 << u"forbidden"_s;
    QTest::newRow("manager") << u"manager-a"_s << true << u"A"_s << u"other"_s << at << 403
                             << u"forbidden"_s;
    QTest::newRow("admin") << u"admin"_s << true << u"A"_s << u"other"_s << at << 403
                           << u"forbidden"_s;
    QTest::newRow("no key") << u"counter-a"_s << false << u"A"_s << u"counter_visit"_s << at << 400
                            << u"idempotency_key_required"_s;
    QTest::newRow("unknown citizen") << u"counter-a"_s << true << u"unknown"_s << u"counter_visit"_s
                                     << at << 422 << u"unknown_citizen"_s;
    QTest::newRow("unknown purpose") << u"counter-a"_s << true << u"A"_s << u"curiosity"_s << at
                                     << 400 << u"validation_failed"_s;
    QTest::newRow("time without zone") << u"counter-a"_s << true << u"A"_s << u"counter_visit"_s
                                       << u"2026-11-21T14:05:00"_s << 400 << u"validation_failed"_s;
}

void TestHub::accessEntryRefusals()
{
    QFETCH(QString, user);
    QFETCH(bool, withKey);
    QFETCH(QString, citizen);
    QFETCH(QString, purpose);
    QFETCH(QString, occurredAt);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString citizenId = citizen == u"A"_s   ? m_citizensOfA.at(21)
                              : citizen == u"B"_s ? *m_citizensOfB.cbegin()
                                                  : uuid();
    const QJsonObject body =
        accessEntryJson(uuid(), citizenId, u"open_dossier"_s, purpose, occurredAt);
    const Reply r = m_http->sendJson("POST", u"/api/v1/access-log"_s, body, token(user),
                                     withKey ? ::withKey(uuid()) : Headers());
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(r.errorCode(), code);
    // A refusal logs nothing.
    const Reply log = m_http->get(u"/api/v1/access-log?citizen_id="_s + citizenId, adminToken());
    QCOMPARE(log.status, 200);
    QCOMPARE(log.json().value(u"entries"_s).toArray().size(), 0);
}

void TestHub::accessLogIsForAdminsOnly()
{
    // A citizen of its own: this test erases it at the end.
    const QString citizen = uuid();
    putRecord(u"citizens"_s, citizen, citizenJson(citizen, u"Wouters"_s, nisA, 701));
    // Two consultations, the later one first: the log lists the newest first.
    const QString later = uuid();
    const QString earlier = uuid();
    Reply r = m_http->sendJson("POST", u"/api/v1/access-log"_s,
                               accessEntryJson(later, citizen, u"reveal_national_number"_s,
                                               u"helpdesk_call"_s, u"2026-11-22T09:00:00Z"_s),
                               token(u"counter-a"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());
    r = m_http->sendJson("POST", u"/api/v1/access-log"_s,
                         accessEntryJson(earlier, citizen, u"open_dossier"_s, u"follow_up"_s,
                                         u"2026-11-21T09:00:00Z"_s),
                         token(u"counter-ab"_s), withKey(uuid()));
    QVERIFY2(r.status == 201, r.body.constData());

    const QString path = u"/api/v1/access-log?citizen_id="_s + citizen;
    for (const QString &user : {u"counter-a"_s, u"outreach-a"_s, u"helpdesk-a"_s, u"manager-a"_s}) {
        r = m_http->get(path, token(user));
        QVERIFY2(r.status == 403, qPrintable(user));
        QCOMPARE(r.errorCode(), u"forbidden"_s);
    }
    r = m_http->get(u"/api/v1/access-log"_s, adminToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"citizen_id"_s);

    r = m_http->get(path, adminToken());
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"citizen_id"_s).toString(), citizen);
    const QJsonArray entries = r.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"id"_s).toString(), later);
    QCOMPARE(entries.at(0).toObject().value(u"purpose"_s).toString(), u"helpdesk_call"_s);
    QCOMPARE(entries.at(0).toObject().value(u"action"_s).toString(), u"reveal_national_number"_s);
    QCOMPARE(entries.at(1).toObject().value(u"id"_s).toString(), earlier);
    QCOMPARE(entries.at(1).toObject().value(u"staff_name"_s).toString(), u"counter-ab"_s);

    // Erasing the citizen leaves the log: it is the record of who consulted the register.
    r = m_http->send("DELETE", u"/api/v1/admin/citizens/"_s + citizen, {},
                     {{"Authorization", "Bearer " + adminToken().toLatin1()}});
    QVERIFY2(r.status == 200, r.body.constData());
    r = m_http->get(path, adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"entries"_s).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
