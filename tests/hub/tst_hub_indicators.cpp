// GET /api/v1/indicators on the real loket-hub: every indicator of docs/kpi.md on a small
// dataset checked by hand (the expected numbers are in indicators_data()), written through the
// hub's own write paths; who may read what; bad periods. Runs on SQLite
// (tst_hub_indicators_sqlite) and PostgreSQL (tst_hub_indicators_postgres); in both runs a
// second hub on SQLite, loaded in the opposite order, must give the same answer.

#include "hubfixture.h"

#include "model/nationalnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString nisA = u"24062"_s; // Leuven
const QString nisB = u"24038"_s; // Herent
const QString nisC = u"24055"_s; // Kortenberg
const QString period = u"from=2026-01&to=2026-03"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One write of the dataset: a method, a path, a body and the account that sends it.
struct Write
{
    QByteArray method;
    QString path;
    QJsonObject body;
    QString user;
};

QJsonObject citizen(const QString &id, const QString &nis, int n, bool ebox, const QString &since)
{
    const QDate born(1940 + n, 1 + n % 12, 1 + n % 28);
    QJsonObject c{{u"id"_s, id},
                  {u"national_number"_s, loket::NationalNumber::make(born, 1 + n).digits()},
                  {u"family_name"_s, u"Claes"_s},
                  {u"given_names"_s, u"Test %1"_s.arg(n)},
                  {u"birth_date"_s, born.toString(Qt::ISODate)},
                  {u"street"_s, u"Kerkstraat"_s},
                  {u"house_number"_s, QString::number(n)},
                  {u"postcode"_s, u"3000"_s},
                  {u"city"_s, u"Leuven"_s},
                  {u"municipality_nis"_s, nis},
                  {u"language"_s, u"nl"_s},
                  {u"ebox_consent"_s, ebox},
                  {u"delivery_channel"_s, ebox ? u"ebox"_s : u"paper"_s}};
    if (!since.isEmpty())
        c.insert(u"ebox_since"_s, since);
    return c;
}

// A report with its history: pairs of (status, UTC time); the first is its creation.
QJsonObject report(const QString &id, const QString &category, const QString &location,
                   const QString &received, const QList<QPair<QString, QString>> &steps)
{
    QJsonArray history;
    for (qsizetype i = 0; i < steps.size(); ++i)
        history.append(QJsonObject{{u"seq"_s, int(i) + 1},
                                   {u"status"_s, steps.at(i).first},
                                   {u"at"_s, steps.at(i).second}});
    return QJsonObject{{u"id"_s, id},
                       {u"category"_s, category},
                       {u"description"_s, u"Test"_s},
                       {u"location_nis"_s, location},
                       {u"received_nis"_s, received},
                       {u"status"_s, steps.constLast().first},
                       {u"created_at"_s, steps.constFirst().second},
                       {u"history"_s, history}};
}

QJsonObject document(const QString &id, const QString &citizenId, const QString &channel,
                     const QString &sentAt, const QList<QPair<QString, QString>> &events)
{
    QJsonArray history;
    for (qsizetype i = 0; i < events.size(); ++i)
        history.append(QJsonObject{{u"seq"_s, int(i) + 1},
                                   {u"status"_s, events.at(i).first},
                                   {u"at"_s, events.at(i).second}});
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"title"_s, u"Brief"_s},
                       {u"kind"_s, u"letter"_s},
                       {u"sender"_s, u"Financiën"_s},
                       {u"sent_at"_s, sentAt},
                       {u"channel"_s, channel},
                       {u"status"_s, events.constLast().first},
                       {u"history"_s, history}};
}

QJsonObject contact(const QString &citizenId, const QString &channel, const QString &at,
                    const QString &followUpDue = {})
{
    QJsonObject c{{u"id"_s, uuid()},          {u"citizen_id"_s, citizenId},
                  {u"channel"_s, channel},    {u"topic"_s, u"ebox"_s},
                  {u"summary"_s, u"Vraag"_s}, {u"outcome"_s, u"geholpen"_s},
                  {u"occurred_at"_s, at}};
    if (!followUpDue.isEmpty()) {
        c.insert(u"follow_up_task"_s, u"Terugbellen"_s);
        c.insert(u"follow_up_owner"_s, u"Backoffice"_s);
        c.insert(u"follow_up_due"_s, followUpDue);
    }
    return c;
}

const QStringList eidSteps{u"install-software"_s, u"connect-reader"_s, u"insert-card"_s,
                           u"open-website"_s,     u"choose-eid"_s,     u"enter-pin"_s,
                           u"log-out"_s};
const QStringList itsmeSteps{u"install-app"_s,  u"create-account"_s, u"open-website"_s,
                             u"choose-itsme"_s, u"scan-code"_s,      u"confirm"_s,
                             u"logged-in"_s};

// The progress writes of one citizen in one guide: `steps` done one day apart, the last at
// `lastAt`; the steps in `helped` with help.
QList<Write> guide(const QString &user, const QString &citizenId, const QString &guideId,
                   const QStringList &steps, const QString &lastAt, const QStringList &helped = {})
{
    QList<Write> out;
    const QDateTime last = QDateTime::fromString(lastAt, Qt::ISODate);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString id = citizenId + u':' + guideId + u':' + steps.at(i);
        const QDateTime at = last.addDays(-(steps.size() - 1 - i));
        out.append(
            {"PUT", u"/api/v1/guide-progress/"_s + id,
             QJsonObject{{u"id"_s, id},
                         {u"citizen_id"_s, citizenId},
                         {u"guide_id"_s, guideId},
                         {u"step_id"_s, steps.at(i)},
                         {u"guide_version"_s, 1},
                         {u"status"_s, helped.contains(steps.at(i)) ? u"with_help"_s : u"alone"_s},
                         {u"done_at"_s, at.toString(Qt::ISODate)}},
             user});
    }
    return out;
}

// The hand-checked dataset (docs/kpi.md has the definitions; the expected figures are in
// indicators_data()).
QList<Write> dataset()
{
    QList<Write> w;
    auto admin = [&w](const QString &collection, const QString &id, const QJsonObject &body) {
        w.append({"PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body, u"admin"_s});
    };
    for (const auto &[nis, name] : QList<QPair<QString, QString>>{
             {nisA, u"Leuven"_s}, {nisB, u"Herent"_s}, {nisC, u"Kortenberg"_s}})
        admin(u"municipalities"_s, nis, {{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}});
    admin(u"categories"_s, u"road-hole"_s,
          {{u"name_nl"_s, u"Put in de weg"_s}, {u"norm_working_days"_s, 5}});
    admin(u"categories"_s, u"litter"_s,
          {{u"name_nl"_s, u"Zwerfvuil"_s}, {u"norm_working_days"_s, 2}});
    admin(u"categories"_s, u"bench"_s, {{u"name_nl"_s, u"Zitbank"_s}}); // no norm

    // Citizens: A has four (eBox since before the period, since 10 February, two on paper),
    // B two (one with consent of unknown start), C one.
    const QString c1 = uuid(), c2 = uuid(), c3 = uuid(), c4 = uuid(), b1 = uuid(), b2 = uuid(),
                  k1 = uuid();
    admin(u"citizens"_s, c1, citizen(c1, nisA, 1, true, u"2025-06-01"_s));
    admin(u"citizens"_s, c2, citizen(c2, nisA, 2, true, u"2026-02-10"_s));
    admin(u"citizens"_s, c3, citizen(c3, nisA, 3, false, {}));
    admin(u"citizens"_s, c4, citizen(c4, nisA, 4, false, {}));
    admin(u"citizens"_s, b1, citizen(b1, nisB, 5, true, {}));
    admin(u"citizens"_s, b2, citizen(b2, nisB, 6, false, {}));
    admin(u"citizens"_s, k1, citizen(k1, nisC, 7, false, {}));

    // Reports located in A (R3 was received by B and forwarded: it counts for A).
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2026-01-05T09:00:00Z"_s},
                  {u"resolved"_s, u"2026-01-09T10:00:00Z"_s},
                  {u"closed"_s, u"2026-01-20T10:00:00Z"_s}})); // R1: 4 days, within 5
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2026-01-12T09:00:00Z"_s},
                  {u"resolved"_s, u"2026-01-26T10:00:00Z"_s}})); // R2: 10 days, over
    admin(u"reports"_s, uuid(),
          report({}, u"litter"_s, nisA, nisB,
                 {{u"received"_s, u"2026-01-28T09:00:00Z"_s},
                  {u"forwarded"_s, u"2026-01-28T12:00:00Z"_s},
                  {u"in_progress"_s, u"2026-02-02T09:00:00Z"_s},
                  {u"resolved"_s, u"2026-02-03T09:00:00Z"_s}})); // R3: 4 days, norm 2
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2026-02-16T09:00:00Z"_s},
                  {u"in_progress"_s, u"2026-02-17T09:00:00Z"_s}})); // R4: open, overdue
    admin(u"reports"_s, uuid(),
          report({}, u"bench"_s, nisA, nisA,
                 {{u"received"_s, u"2026-03-02T09:00:00Z"_s},
                  {u"rejected"_s, u"2026-03-03T09:00:00Z"_s}})); // R5: rejected
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2026-03-25T10:00:00Z"_s}})); // R6: open, 4 days old
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2025-12-15T09:00:00Z"_s},
                  {u"resolved"_s, u"2026-01-02T09:00:00Z"_s}})); // R7: 12 days over the holidays
    admin(u"reports"_s, uuid(),
          report({}, u"road-hole"_s, nisA, nisA,
                 {{u"received"_s, u"2026-01-20T09:00:00Z"_s},
                  {u"resolved"_s, u"2026-01-22T09:00:00Z"_s},
                  {u"in_progress"_s, u"2026-02-05T09:00:00Z"_s}})); // R8: reopened
    // R9 in B: resolved the day it came in.
    admin(u"reports"_s, uuid(),
          report({}, u"litter"_s, nisB, nisB,
                 {{u"received"_s, u"2026-02-02T08:00:00Z"_s},
                  {u"resolved"_s, u"2026-02-02T15:00:00Z"_s}}));
    // The ids are filled in here: report() leaves them to the caller.
    for (Write &x : w) {
        if (x.path.startsWith(u"/api/v1/admin/reports/"_s)) {
            x.body.insert(u"id"_s, x.path.section(u'/', -1));
            x.body.insert(u"public_number"_s, u"M-2026-"_s + x.path.section(u'/', -1).left(7));
        }
    }

    // Documents of A's citizens.
    admin(u"documents"_s, uuid(),
          document({}, c1, u"ebox"_s, u"2026-01-10T08:00:00Z"_s,
                   {{u"prepared"_s, u"2026-01-09T08:00:00Z"_s},
                    {u"sent"_s, u"2026-01-10T08:00:00Z"_s},
                    {u"delivered"_s, u"2026-01-10T08:05:00Z"_s},
                    {u"read"_s, u"2026-01-12T19:00:00Z"_s}})); // D1
    admin(u"documents"_s, uuid(),
          document({}, c2, u"ebox"_s, u"2026-01-20T08:00:00Z"_s,
                   {{u"sent"_s, u"2026-01-20T08:00:00Z"_s},
                    {u"delivered"_s, u"2026-01-20T08:05:00Z"_s},
                    {u"unread_reminder"_s, u"2026-02-04T08:00:00Z"_s},
                    {u"fallback_to_paper"_s, u"2026-02-10T08:00:00Z"_s},
                    {u"paper_sent"_s, u"2026-02-11T08:00:00Z"_s},
                    {u"returned"_s, u"2026-02-25T08:00:00Z"_s}})); // D2
    admin(u"documents"_s, uuid(),
          document({}, c3, u"paper"_s, u"2026-02-03T08:00:00Z"_s,
                   {{u"paper_sent"_s, u"2026-02-03T08:00:00Z"_s}})); // D3
    // D4: 31 March 22:30 UTC is 1 April in Brussels (summer time): outside the period.
    admin(u"documents"_s, uuid(),
          document({}, c4, u"paper"_s, u"2026-03-31T22:30:00Z"_s,
                   {{u"paper_sent"_s, u"2026-03-31T22:30:00Z"_s}}));
    admin(u"documents"_s, uuid(),
          document({}, c1, u"ebox"_s, u"2026-03-02T08:00:00Z"_s,
                   {{u"sent"_s, u"2026-03-02T08:00:00Z"_s},
                    {u"delivered"_s, u"2026-03-02T08:05:00Z"_s},
                    {u"read"_s, u"2026-03-03T08:00:00Z"_s}})); // D5
    for (Write &x : w) {
        if (x.path.startsWith(u"/api/v1/admin/documents/"_s))
            x.body.insert(u"id"_s, x.path.section(u'/', -1));
    }

    // Contact moments, logged at the counter.
    auto logged = [&w](const QString &user, const QJsonObject &body) {
        w.append({"POST", u"/api/v1/contact-moments"_s, body, user});
    };
    logged(u"counter-a"_s, contact(c1, u"counter"_s, u"2026-01-15T10:00:00Z"_s, u"2026-01-20"_s));
    logged(u"counter-a"_s, contact(c2, u"phone"_s, u"2026-01-16T10:00:00Z"_s));
    logged(u"counter-a"_s, contact(c3, u"email"_s, u"2026-02-03T10:00:00Z"_s, u"2026-03-02"_s));
    // 28 February 23:30 UTC is 1 March in Brussels (winter time).
    logged(u"counter-a"_s, contact(c1, u"video"_s, u"2026-02-28T23:30:00Z"_s));
    logged(u"counter-a"_s,
           contact(c4, u"home_visit"_s, u"2026-03-10T10:00:00Z"_s, u"2026-04-15"_s));
    logged(u"counter-a"_s, contact(c2, u"helpdesk"_s, u"2026-03-11T10:00:00Z"_s));
    logged(u"counter-b"_s, contact(b1, u"counter"_s, u"2026-02-14T10:00:00Z"_s));

    // Guides: c1 alone (its last step on 1 February in Brussels), c2 with help in March, c3
    // one step short, b1 alone in January.
    w += guide(u"counter-a"_s, c1, u"eid-login"_s, eidSteps, u"2026-01-31T23:30:00Z"_s);
    w += guide(u"counter-a"_s, c2, u"itsme-login"_s, itsmeSteps, u"2026-03-05T10:00:00Z"_s,
               {u"scan-code"_s});
    w += guide(u"counter-a"_s, c3, u"eid-login"_s, eidSteps.mid(0, 6), u"2026-03-09T10:00:00Z"_s);
    w += guide(u"counter-b"_s, b1, u"eid-login"_s, eidSteps, u"2026-01-20T10:00:00Z"_s);
    return w;
}

// A hub with the accounts the tests use, and the dataset in the order given.
struct LoadedHub
{
    std::unique_ptr<HubProcess> hub = std::make_unique<HubProcess>();
    std::unique_ptr<Http> http;
    QHash<QString, QString> tokens;
};

enum class Order { AsWritten, Reversed };

// Starts `target` and loads it; an empty string on success, else what went wrong.
QString load(LoadedHub &target, Order order)
{
    QString error;
    if (!target.hub->start({}, &error))
        return error;
    target.http = std::make_unique<Http>(target.hub->url());
    Http &http = *target.http;
    target.tokens.insert(u"admin"_s, http.login(u"admin"_s, HubProcess::adminPassword()));
    QList<Write> writes = dataset();
    // Reference data and citizens come first either way: the rest refers to them.
    const qsizetype firstDossierWrite = 3 + 3 + 7;
    QList<Write> head = writes.mid(0, firstDossierWrite);
    QList<Write> tail = writes.mid(firstDossierWrite);
    if (order == Order::Reversed) {
        std::reverse(head.begin(), head.begin() + 6);
        std::reverse(head.begin() + 6, head.end());
        std::reverse(tail.begin(), tail.end());
    }
    // Accounts after the municipalities exist.
    const QList<std::tuple<QString, QString, QStringList, QString>> accounts = {
        {u"counter-a"_s, u"counter"_s, {nisA}, nisA},
        {u"counter-b"_s, u"counter"_s, {nisB}, nisB},
        {u"outreach-a"_s, u"outreach"_s, {}, nisA},
        {u"helpdesk-a"_s, u"helpdesk"_s, {}, nisA},
        {u"manager-a"_s, u"manager"_s, {}, nisA},
        {u"manager-ab"_s, u"manager"_s, {nisA, nisB}, nisA},
        {u"admin-2"_s, u"admin"_s, {}, nisB},
    };
    auto send = [&](const Write &x) -> QString {
        Headers headers;
        if (x.method == "POST" || x.path.startsWith(u"/api/v1/guide-progress/"_s))
            headers.append({"Idempotency-Key", uuid().toLatin1()});
        const Reply r =
            http.sendJson(x.method, x.path, x.body, target.tokens.value(x.user), headers);
        if (r.status != 200 && r.status != 201)
            return u"%1 %2 as %3: %4 %5"_s.arg(QString::fromLatin1(x.method), x.path, x.user)
                .arg(r.status)
                .arg(QString::fromUtf8(r.body));
        return {};
    };
    for (const Write &x : std::as_const(head)) {
        if (const QString problem = send(x); !problem.isEmpty())
            return problem;
    }
    for (const auto &[user, role, scope, municipality] : accounts) {
        QJsonObject body{{u"user"_s, user},
                         {u"password"_s, u"password-"_s + user},
                         {u"role"_s, role},
                         {u"municipality"_s, municipality}};
        if (!scope.isEmpty())
            body.insert(u"scope"_s, QJsonArray::fromStringList(scope));
        const Reply r = http.sendJson("POST", u"/api/v1/admin/accounts"_s, body,
                                      target.tokens.value(u"admin"_s),
                                      {{"Idempotency-Key", uuid().toLatin1()}});
        if (r.status != 201)
            return u"account %1: %2"_s.arg(user, QString::fromUtf8(r.body));
        const QString token = http.login(user, u"password-"_s + user);
        if (token.isEmpty())
            return u"login %1 failed"_s.arg(user);
        target.tokens.insert(user, token);
    }
    for (const Write &x : std::as_const(tail)) {
        if (const QString problem = send(x); !problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject rowOf(const QJsonObject &answer, const QString &nis, const QString &month)
{
    for (const QJsonValue &v : answer.value(u"rows"_s).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"municipality"_s).toString() == nis &&
            row.value(u"month"_s).toString() == month)
            return row;
    }
    return {};
}

QStringList municipalitiesOf(const QJsonObject &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.value(u"municipalities"_s).toArray())
        out << v.toObject().value(u"nis"_s).toString();
    return out;
}

} // namespace

class TestHubIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void indicators_data();
    void indicators();
    void answerHasEveryMonthAndMunicipality();
    void whoMaySeeWhat_data();
    void whoMaySeeWhat();
    void badRequests_data();
    void badRequests();
    void sqliteAgreesWhateverTheOrder();
    // Last: it changes the data the others compare with.
    void aWriteShowsInTheNextAnswer();

private:
    Reply get(const QString &user, const QString &query)
    {
        return m_loaded.http->get(u"/api/v1/indicators?"_s + query, m_loaded.tokens.value(user));
    }

    LoadedHub m_loaded;
    QJsonObject m_answer; // the admin's answer for the period
};

void TestHubIndicators::initTestCase()
{
    const QString problem = load(m_loaded, Order::AsWritten);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Reply r = get(u"admin"_s, period);
    QVERIFY2(r.status == 200, r.body.constData());
    m_answer = r.json();
}

void TestHubIndicators::cleanupTestCase()
{
    if (m_loaded.hub)
        QCOMPARE(m_loaded.hub->stop(), 0);
}

void TestHubIndicators::indicators_data()
{
    QTest::addColumn<QString>("nis");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected"); // invalid: null (nothing to compute it from)

    const QVariant null;
    struct Expect
    {
        const char *key;
        QList<QVariant> perMonth; // January, February, March
    };
    const QList<QPair<QString, QList<Expect>>> table = {
        {nisA,
         {
             // Received: R1 R2 R3 R8 | R4 | R5 R6.
             {"reports_received", {4, 1, 2}},
             // Resolved: R1 (4 days) R2 (10) R7 (12) | R3 (4) | none; R8 was reopened.
             {"reports_resolved", {3, 1, 0}},
             {"handling_days_median", {10, 4, null}},
             {"handling_days_p90", {12, 4, null}},
             {"resolved_with_norm", {3, 1, 0}},
             {"resolved_within_norm", {1, 0, 0}},
             {"share_within_norm", {0.3333, 0.0, null}},
             // End of month: R3 (forwarded) | R4 R8 | R4 R6 R8.
             {"backlog", {1, 2, 3}},
             {"overdue", {0, 2, 2}},
             {"citizens", {4, 4, 4}},
             {"citizens_ebox", {1, 2, 2}},
             {"share_ebox", {0.25, 0.5, 0.5}},
             {"documents_sent", {2, 1, 1}},
             {"documents_digital", {2, 0, 1}},
             {"share_digital", {1.0, 0.0, 1.0}},
             {"ebox_read", {1, 0, 1}},
             {"ebox_read_rate", {0.5, null, 1.0}},
             {"fallbacks_to_paper", {0, 1, 0}},
             {"paper_sent", {0, 2, 0}},
             {"paper_returned", {0, 1, 0}},
             {"contacts_counter", {1, 0, 0}},
             {"contacts_phone", {1, 0, 0}},
             {"contacts_email", {0, 1, 0}},
             {"contacts_video", {0, 0, 1}},
             {"contacts_home_visit", {0, 0, 1}},
             {"contacts_helpdesk", {0, 0, 1}},
             {"contacts_total", {2, 1, 3}},
             {"follow_ups_created", {1, 1, 1}},
             {"follow_ups_due", {1, 0, 1}},
             {"follow_ups_closed_on_time", {null, null, null}},
             {"guides_completed_alone", {0, 1, 0}},
             {"guides_completed_with_help", {0, 0, 1}},
         }},
        {nisB,
         {
             {"reports_received", {0, 1, 0}},
             {"reports_resolved", {0, 1, 0}},
             {"handling_days_median", {null, 0, null}},
             {"handling_days_p90", {null, 0, null}},
             {"share_within_norm", {null, 1.0, null}},
             {"backlog", {0, 0, 0}},
             {"citizens", {2, 2, 2}},
             {"citizens_ebox", {1, 1, 1}},
             {"documents_sent", {0, 0, 0}},
             {"share_digital", {null, null, null}},
             {"contacts_counter", {0, 1, 0}},
             {"contacts_total", {0, 1, 0}},
             {"guides_completed_alone", {1, 0, 0}},
             {"guides_completed_with_help", {0, 0, 0}},
         }},
        {nisC,
         {
             {"reports_received", {0, 0, 0}},
             {"citizens", {1, 1, 1}},
             {"share_ebox", {0.0, 0.0, 0.0}},
             {"contacts_total", {0, 0, 0}},
         }},
    };
    const QStringList months{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s};
    for (const auto &[nis, expects] : table) {
        for (const Expect &e : expects) {
            for (int m = 0; m < 3; ++m)
                QTest::addRow("%s %s %s", qPrintable(nis), qPrintable(months.at(m)), e.key)
                    << nis << months.at(m) << QString::fromLatin1(e.key) << e.perMonth.at(m);
        }
    }
}

void TestHubIndicators::indicators()
{
    QFETCH(QString, nis);
    QFETCH(QString, month);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const QJsonObject row = rowOf(m_answer, nis, month);
    QVERIFY2(!row.isEmpty(), "no row for this municipality and month");
    QVERIFY2(row.contains(key), "the row lacks this indicator");
    const QJsonValue value = row.value(key);
    if (!expected.isValid()) {
        QVERIFY2(value.isNull(), qPrintable(QString::number(value.toDouble())));
        return;
    }
    QVERIFY2(value.isDouble(), "not a number");
    QCOMPARE(value.toDouble(), expected.toDouble());
}

void TestHubIndicators::answerHasEveryMonthAndMunicipality()
{
    QCOMPARE(m_answer.value(u"from"_s).toString(), u"2026-01"_s);
    QCOMPARE(m_answer.value(u"to"_s).toString(), u"2026-03"_s);
    QCOMPARE(m_answer.value(u"months"_s).toArray(),
             (QJsonArray{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
    QCOMPARE(municipalitiesOf(m_answer), (QStringList{nisB, nisC, nisA}));
    QCOMPARE(m_answer.value(u"municipalities"_s).toArray().at(2).toObject().value(u"name"_s),
             QJsonValue(u"Leuven"_s));
    QCOMPARE(m_answer.value(u"rows"_s).toArray().size(), 9);
    QVERIFY(m_answer.value(u"computed_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(m_answer.value(u"unavailable"_s).toArray(),
             (QJsonArray{u"follow_ups_closed_on_time"_s}));
}

void TestHubIndicators::whoMaySeeWhat_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("municipalities");

    QTest::newRow("counter") << u"counter-a"_s << period << 403 << u"forbidden"_s << QStringList();
    QTest::newRow("outreach") << u"outreach-a"_s << period << 403 << u"forbidden"_s
                              << QStringList();
    QTest::newRow("helpdesk") << u"helpdesk-a"_s << period << 403 << u"forbidden"_s
                              << QStringList();
    QTest::newRow("no token") << u"nobody"_s << period << 401 << u"unauthorized"_s << QStringList();
    QTest::newRow("manager: own municipality")
        << u"manager-a"_s << period << 200 << QString() << QStringList{nisA};
    QTest::newRow("manager: asks for it") << u"manager-a"_s << period + u"&municipality="_s + nisA
                                          << 200 << QString() << QStringList{nisA};
    QTest::newRow("manager: another municipality")
        << u"manager-a"_s << period + u"&municipality="_s + nisB << 403 << u"forbidden"_s
        << QStringList();
    QTest::newRow("manager with scope: both")
        << u"manager-ab"_s << period << 200 << QString() << QStringList{nisB, nisA};
    QTest::newRow("manager with scope: one of them")
        << u"manager-ab"_s << period + u"&municipality="_s + nisB << 200 << QString()
        << QStringList{nisB};
    QTest::newRow("manager with scope: one outside")
        << u"manager-ab"_s << period + u"&municipality=%1,%2"_s.arg(nisA, nisC) << 403
        << u"forbidden"_s << QStringList();
    QTest::newRow("admin: repeated parameter")
        << u"admin-2"_s << period + u"&municipality=%1&municipality=%2"_s.arg(nisC, nisA) << 200
        << QString() << QStringList{nisC, nisA};
    QTest::newRow("admin: comma list")
        << u"admin-2"_s << period + u"&municipality=%1,%2"_s.arg(nisA, nisB) << 200 << QString()
        << QStringList{nisB, nisA};
}

void TestHubIndicators::whoMaySeeWhat()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, municipalities);
    const Reply r = get(user, query);
    QCOMPARE(r.status, status);
    QVERIFY2(r.header("Content-Type").startsWith("application/json"),
             r.header("Content-Type").constData());
    if (status != 200) {
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        return;
    }
    const QJsonObject answer = r.json();
    QCOMPARE(municipalitiesOf(answer), municipalities);
    QCOMPARE(answer.value(u"rows"_s).toArray().size(), municipalities.size() * 3);
    // Scoped answers hold the same figures as the region's.
    for (const QJsonValue &v : answer.value(u"rows"_s).toArray()) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row, rowOf(m_answer, row.value(u"municipality"_s).toString(),
                            row.value(u"month"_s).toString()));
    }
}

void TestHubIndicators::badRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("month 13") << u"from=2026-13&to=2026-12"_s << u"invalid_period"_s;
    QTest::newRow("one-digit month") << u"from=2026-1&to=2026-03"_s << u"invalid_period"_s;
    QTest::newRow("a date") << u"from=2026-01-01&to=2026-03"_s << u"invalid_period"_s;
    QTest::newRow("empty to") << u"from=2026-01&to="_s << u"invalid_period"_s;
    QTest::newRow("text") << u"from=januari&to=2026-03"_s << u"invalid_period"_s;
    QTest::newRow("backwards") << u"from=2026-03&to=2026-01"_s << u"invalid_period"_s;
    QTest::newRow("future") << u"from=2026-01&to=2099-01"_s << u"invalid_period"_s;
    QTest::newRow("too long") << u"from=2020-01&to=2023-01"_s << u"invalid_period"_s;
    QTest::newRow("unknown municipality")
        << period + u"&municipality=99999"_s << u"unknown_municipality"_s;
    QTest::newRow("SQL in the municipality")
        << period + u"&municipality=24062'%20OR%201=1--"_s << u"unknown_municipality"_s;
}

void TestHubIndicators::badRequests()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Reply r = get(u"admin"_s, query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void TestHubIndicators::sqliteAgreesWhateverTheOrder()
{
    // The second hub is always SQLite; the first is PostgreSQL in the postgres run.
    const QByteArray pg = qgetenv("LOKET_HUB_TEST_PG");
    qunsetenv("LOKET_HUB_TEST_PG");
    LoadedHub other;
    QString error;
    const bool created = other.hub->createDatabase(&error);
    if (!pg.isEmpty())
        qputenv("LOKET_HUB_TEST_PG", pg);
    QVERIFY2(created, qPrintable(error));
    const QString problem = load(other, Order::Reversed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Reply r =
        other.http->get(u"/api/v1/indicators?"_s + period, other.tokens.value(u"admin"_s));
    QCOMPARE(r.status, 200);
    QJsonObject mine = m_answer, theirs = r.json();
    mine.remove(u"computed_at"_s);
    theirs.remove(u"computed_at"_s);
    QCOMPARE(QJsonDocument(theirs).toJson(QJsonDocument::Compact),
             QJsonDocument(mine).toJson(QJsonDocument::Compact));
    QCOMPARE(other.hub->stop(), 0);
}

void TestHubIndicators::aWriteShowsInTheNextAnswer()
{
    // The same question twice gives the same answer (the hub may reuse it) ...
    const Reply again = get(u"admin"_s, period);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"rows"_s), m_answer.value(u"rows"_s));
    // ... until anything is written: then the figures include it.
    const Reply citizens = get(u"manager-a"_s, period);
    QCOMPARE(citizens.status, 200);
    const QJsonObject march = rowOf(citizens.json(), nisA, u"2026-03"_s);
    QCOMPARE(march.value(u"contacts_phone"_s).toInt(), 0);
    // Any citizen of A will do: the first the counter's feed delivers.
    const Reply feed =
        m_loaded.http->get(u"/api/v1/changes?limit=5000"_s, m_loaded.tokens.value(u"counter-a"_s));
    QCOMPARE(feed.status, 200);
    QString citizenId;
    for (const QJsonValue &v : feed.json().value(u"changes"_s).toArray()) {
        if (v.toObject().value(u"type"_s).toString() == u"citizen"_s)
            citizenId = v.toObject().value(u"id"_s).toString();
        if (!citizenId.isEmpty())
            break;
    }
    QVERIFY(!citizenId.isEmpty());
    const Reply r = m_loaded.http->sendJson(
        "POST", u"/api/v1/contact-moments"_s,
        contact(citizenId, u"phone"_s, u"2026-03-16T09:00:00Z"_s),
        m_loaded.tokens.value(u"counter-a"_s), {{"Idempotency-Key", uuid().toLatin1()}});
    QCOMPARE(r.status, 201);
    const Reply after = get(u"manager-a"_s, period);
    QCOMPARE(after.status, 200);
    const QJsonObject marchAfter = rowOf(after.json(), nisA, u"2026-03"_s);
    QCOMPARE(marchAfter.value(u"contacts_phone"_s).toInt(), 1);
    QCOMPARE(marchAfter.value(u"contacts_total"_s).toInt(),
             march.value(u"contacts_total"_s).toInt() + 1);
}

QTEST_GUILESS_MAIN(TestHubIndicators)
#include "tst_hub_indicators.moc"
