// The Open311 client against GeoReport v2 servers that behave like real ones (issue 4, item 6;
// ../shared/reference/open311.md): what each answer to a POST means for sending again, a report
// whose answer is lost lands exactly once (also on a server that rejects identical descriptions),
// servers without discovery or the updates extension, XML-only servers with numeric ids, batch
// tokens, and status changes that updated_datetime does not show. The servers are scripted at
// the network layer (fakenetwork.h): they are other vendors' servers, not a part of Loket; the
// hub's own GeoReport endpoints are tested against the real hub.

#include "fakenetwork.h"

#include "sync/open311client.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace loket;
using namespace loket::open311;

Q_DECLARE_METATYPE(loket::Open311Submission::Outcome)
Q_DECLARE_METATYPE(fake::Answer)

namespace {

// A GeoReport v2 server with the deviations real ones show, switched on per test.
class ForeignServer
{
public:
    struct Options
    {
        Format format = Format::Json;
        bool discovery = true;
        bool updatesExtension = true;
        bool xmlRootRequests = false;   // <requests> instead of <service_requests>
        bool rejectDuplicates = false;  // 400 for a description it already holds
        bool batch = false;             // answers POST with a token
        bool loseNextAnswer = false;    // stores the next POST, then cuts the connection
        bool failBeforeStoring = false; // times out on the next POST without storing it
    };

    explicit ForeignServer(Options options)
        : m_options(options)
    {}

    Options &options() { return m_options; }
    QList<NewRequest> stored() const { return m_stored; }
    QList<std::pair<QString, QString>> statuses; // per stored report: status, notes
    QList<Update> updates;

    fake::Answer answer(const fake::Request &r)
    {
        const QString path = r.path();
        const QString suffix = u"."_s + formatSuffix(m_options.format);
        if (!path.startsWith(u"/open311/v2/"_s) || !path.endsWith(suffix))
            return error(404, u"Not Found"_s);
        const QString resource = path.mid(12, path.size() - 12 - suffix.size());
        if (r.query(u"jurisdiction_id"_s) != u"leuven.be"_s && !(r.method == "POST"))
            return error(400, u"jurisdiction_id is required"_s);
        if (resource == u"discovery"_s) {
            if (!m_options.discovery)
                return error(404, u"Not Found"_s);
            return ok(writeDiscovery({{u"http://wiki.open311.org/GeoReport_v2"_s,
                                       u"http://foreign.test/open311/v2"_s,
                                       u"production"_s,
                                       {u"application/json"_s, u"text/xml"_s}}},
                                     QDateTime::currentDateTimeUtc(), m_options.format));
        }
        if (resource == u"services"_s)
            return ok(writeServices({{u"POT"_s,
                                      u"Pothole"_s,
                                      u"A hole in the road"_s,
                                      false,
                                      Service::Type::Realtime,
                                      {},
                                      u"Roads"_s}},
                                    m_options.format));
        if (resource == u"requests"_s && r.method == "POST")
            return create(r);
        if (resource == u"requests"_s)
            return ok(list(r));
        if (resource.startsWith(u"requests/"_s))
            return ok(one(resource.mid(9)));
        if (resource.startsWith(u"tokens/"_s)) {
            ServiceRequest t;
            t.token = resource.mid(7);
            // While the batch has not run, the token only.
            t.id = m_options.batch ? QString() : idOf(t.token.mid(4).toInt());
            return ok(writeRequests({t}, m_options.format));
        }
        if (resource == u"servicerequestupdates"_s) {
            if (!m_options.updatesExtension)
                return error(404, u"Not Found"_s);
            return ok(writeUpdates(updates, m_options.format));
        }
        return error(404, u"Not Found"_s);
    }

    QString idOf(int index) const { return QString::number(1000 + index); }

private:
    fake::Answer ok(QByteArray body)
    {
        if (m_options.xmlRootRequests)
            body.replace("service_requests>", "requests>");
        return {200,
                body,
                m_options.format == Format::Json ? "application/json" : "text/xml; charset=utf-8",
                {},
                fake::Answer::Failure::None};
    }
    fake::Answer error(int status, const QString &text)
    {
        // The "object with detail" deviation, in JSON; the specification's list in XML.
        if (m_options.format == Format::Json)
            return fake::Answer::json(
                status, u"{\"code\":%1,\"detail\":\"%2\"}"_s.arg(status).arg(text).toUtf8());
        return {status,
                writeErrors({{status, text}}, Format::Xml),
                "text/xml",
                {},
                fake::Answer::Failure::None};
    }

    fake::Answer create(const fake::Request &r)
    {
        const auto form = decodeNewRequest(r.body);
        if (!form)
            return error(400, form.error);
        if (form.value->apiKey != u"secret"_s)
            return error(403, u"Invalid api_key"_s);
        if (m_options.failBeforeStoring) {
            m_options.failBeforeStoring = false;
            return {0, {}, {}, {}, fake::Answer::Failure::Timeout};
        }
        if (m_options.rejectDuplicates) {
            for (const NewRequest &s : std::as_const(m_stored)) {
                if (s.description == form.value->description)
                    return error(400, u"Duplicate report"_s);
            }
        }
        m_stored.append(*form.value);
        statuses.append({u"open"_s, QString()});
        Created c;
        if (m_options.batch)
            c.token = u"tok-"_s + QString::number(m_stored.size() - 1);
        else
            c.id = idOf(int(m_stored.size()) - 1);
        fake::Answer a = ok(writeCreated({c}, m_options.format));
        if (m_options.loseNextAnswer) {
            m_options.loseNextAnswer = false;
            a.failure = fake::Answer::Failure::CutOff;
        }
        return a;
    }

    ServiceRequest requestAt(int i) const
    {
        ServiceRequest s;
        s.id = idOf(i);
        s.serviceCode = m_stored.at(i).serviceCode;
        s.description = m_stored.at(i).description;
        s.status = statuses.at(i).first;
        s.statusNotes = statuses.at(i).second;
        s.requestedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
        s.updatedAt = s.requestedAt; // never moves: the deviation
        return s;
    }

    QByteArray list(const fake::Request &r) const
    {
        QList<ServiceRequest> out;
        const QStringList ids = r.query(u"service_request_id"_s).split(u',', Qt::SkipEmptyParts);
        for (int i = 0; i < m_stored.size(); ++i) {
            if (!ids.isEmpty() && !ids.contains(idOf(i)))
                continue;
            if (!r.query(u"service_code"_s).isEmpty() &&
                r.query(u"service_code"_s) != m_stored.at(i).serviceCode)
                continue;
            out.append(requestAt(i));
        }
        return writeRequests(out, m_options.format);
    }
    QByteArray one(const QString &id) const
    {
        for (int i = 0; i < m_stored.size(); ++i) {
            if (idOf(i) == id)
                return writeRequests({requestAt(i)}, m_options.format);
        }
        return writeRequests({}, m_options.format);
    }

    Options m_options;
    QList<NewRequest> m_stored;
};

NewRequest pothole(const QString &description = u"Diep gat voor nummer 12"_s)
{
    NewRequest r;
    r.serviceCode = u"POT"_s;
    r.addressString = u"Bondgenotenlaan 12, 3000 Leuven"_s;
    r.latitude = 50.8798;
    r.longitude = 4.7005;
    r.description = description;
    return r;
}

} // namespace

class TestOpen311Client : public QObject
{
    Q_OBJECT
private slots:
    void outcomeOfAPost_data();
    void outcomeOfAPost();
    void lostAnswerLandsOnce_data();
    void lostAnswerLandsOnce();
    void unclearAttemptThatNeverArrivedIsPostedOnce();
    void lookupThatFailsDoesNotPost();
    void xmlServerWithDeviations();
    void discoveryAndUpdatesMayBeMissing();
    void batchTokenIsResolved();
    void statusChanges_data();
    void statusChanges();
    void referenceMarksTheDescriptionOnce();

private:
    struct Fixture
    {
        std::shared_ptr<fake::Hub> hub = std::make_shared<fake::Hub>();
        fake::NetworkAccessManager network{hub};
        std::unique_ptr<Open311Client> client;
        explicit Fixture(Format format = Format::Json)
        {
            client = std::make_unique<Open311Client>(
                &network, Open311Target{QUrl(u"http://foreign.test/open311/v2"_s), u"leuven.be"_s,
                                        u"secret"_s, format});
        }
        Open311Submission submit(const NewRequest &r, const QString &reference,
                                 Open311Client::Attempt attempt)
        {
            std::optional<Open311Submission> out;
            client->submit(r, reference, QDateTime::currentDateTimeUtc().addSecs(-60), attempt,
                           [&](const Open311Submission &s) { out = s; });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
                return {};
            return *out;
        }
    };
};

void TestOpen311Client::outcomeOfAPost_data()
{
    using O = Open311Submission::Outcome;
    using F = fake::Answer::Failure;
    QTest::addColumn<fake::Answer>("answer");
    QTest::addColumn<O>("outcome");
    QTest::addColumn<QString>("serverId");
    QTest::addColumn<QString>("message"); // contained in the message
    QTest::newRow("created with an id")
        << fake::Answer::json(201, R"([{"service_request_id":"77","service_notice":""}])")
        << O::Sent << u"77"_s << QString();
    QTest::newRow("created with a numeric id")
        << fake::Answer::json(200, R"([{"service_request_id":77}])") << O::Sent << u"77"_s
        << QString();
    QTest::newRow("a batch token")
        << fake::Answer::json(200, R"([{"token":"t-9"}])") << O::Pending << QString() << QString();
    QTest::newRow("bad key, spec list")
        << fake::Answer::json(403, R"([{"code":403,"description":"Invalid api_key"}])")
        << O::Refused << QString() << u"Invalid api_key"_s;
    QTest::newRow("field error, object")
        << fake::Answer::json(400, R"({"code":400,"detail":{"description":["required"]}})")
        << O::Refused << QString() << u"description: required"_s;
    QTest::newRow("overloaded") << fake::Answer::json(503, "[]") << O::NotSent << QString()
                                << QString();
    QTest::newRow("server error") << fake::Answer::json(500, "oops") << O::Unclear << QString()
                                  << u"500"_s;
    QTest::newRow("unreadable success") << fake::Answer::json(200, "<html>thanks</html>")
                                        << O::Unclear << QString() << u"unreadable"_s;
    QTest::newRow("refused") << fake::Answer::refused() << O::NotSent << QString() << QString();
    QTest::newRow("timeout") << fake::Answer{0, {}, {}, {}, F::Timeout} << O::Unclear << QString()
                             << QString();
    QTest::newRow("cut off")
        << fake::Answer{200, R"([{"service_request_id":"77"}])", "application/json", {}, F::CutOff}
        << O::Unclear << QString() << QString();
}

void TestOpen311Client::outcomeOfAPost()
{
    QFETCH(fake::Answer, answer);
    QFETCH(Open311Submission::Outcome, outcome);
    QFETCH(QString, serverId);
    QFETCH(QString, message);
    Fixture f;
    f.hub->setHandler([&](const fake::Request &) { return answer; });
    const Open311Submission s = f.submit(pothole(), u"R-1"_s, Open311Client::Attempt::First);
    QCOMPARE(s.outcome, outcome);
    QCOMPARE(s.serverId, serverId);
    QVERIFY2(s.message.contains(message), qPrintable(s.message));
    // The form carried the key, the jurisdiction, the location and the marked description.
    const QList<fake::Request> sent = f.hub->requests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("POST"));
    QCOMPARE(sent.first().path(), u"/open311/v2/requests.json"_s);
    const auto form = decodeNewRequest(sent.first().body);
    QVERIFY(form);
    QCOMPARE(form.value->apiKey, u"secret"_s);
    QCOMPARE(form.value->jurisdictionId, u"leuven.be"_s);
    QCOMPARE(*form.value->latitude, 50.8798);
    QCOMPARE(form.value->addressString, u"Bondgenotenlaan 12, 3000 Leuven"_s);
    QCOMPARE(form.value->description, u"Diep gat voor nummer 12\n\nLoket ref. R-1"_s);
}

void TestOpen311Client::lostAnswerLandsOnce_data()
{
    QTest::addColumn<bool>("rejectDuplicates");
    QTest::addColumn<Format>("format");
    QTest::newRow("JSON") << false << Format::Json;
    QTest::newRow("XML") << false << Format::Xml;
    QTest::newRow("server rejecting duplicates") << true << Format::Json;
}

void TestOpen311Client::lostAnswerLandsOnce()
{
    QFETCH(bool, rejectDuplicates);
    QFETCH(Format, format);
    Fixture f(format);
    ForeignServer::Options o;
    o.format = format;
    o.rejectDuplicates = rejectDuplicates;
    o.loseNextAnswer = true;
    ForeignServer server(o);
    f.hub->setHandler([&](const fake::Request &r) { return server.answer(r); });
    // Another citizen's report on the same spot, with a longer reference, is not ours.
    server.options().loseNextAnswer = false;
    QCOMPARE(f.submit(pothole(u"Zelfde gat"_s), u"R-10"_s, Open311Client::Attempt::First).outcome,
             Open311Submission::Outcome::Sent);
    server.options().loseNextAnswer = true;

    const Open311Submission first = f.submit(pothole(), u"R-1"_s, Open311Client::Attempt::First);
    QCOMPARE(first.outcome, Open311Submission::Outcome::Unclear);
    QCOMPARE(server.stored().size(), 2); // it did arrive

    const Open311Submission again =
        f.submit(pothole(), u"R-1"_s, Open311Client::Attempt::AfterUnclear);
    QCOMPARE(again.outcome, Open311Submission::Outcome::Sent);
    QVERIFY(again.foundByLookup);
    QCOMPARE(again.serverId, server.idOf(1));
    QCOMPARE(server.stored().size(), 2); // and was not posted again
    // The lookup asked for this service since the first attempt.
    const fake::Request lookup = f.hub->requests().last();
    QCOMPARE(lookup.method, QByteArray("GET"));
    QCOMPARE(lookup.query(u"service_code"_s), u"POT"_s);
    QVERIFY(lookup.query(u"start_date"_s).endsWith(u'Z'));
    QVERIFY(!lookup.query(u"end_date"_s).isEmpty());
}

void TestOpen311Client::unclearAttemptThatNeverArrivedIsPostedOnce()
{
    Fixture f;
    ForeignServer::Options o;
    o.failBeforeStoring = true;
    ForeignServer server(o);
    f.hub->setHandler([&](const fake::Request &r) { return server.answer(r); });
    QCOMPARE(f.submit(pothole(), u"R-2"_s, Open311Client::Attempt::First).outcome,
             Open311Submission::Outcome::Unclear);
    QCOMPARE(server.stored().size(), 0);
    const Open311Submission again =
        f.submit(pothole(), u"R-2"_s, Open311Client::Attempt::AfterUnclear);
    QCOMPARE(again.outcome, Open311Submission::Outcome::Sent);
    QVERIFY(!again.foundByLookup);
    QCOMPARE(server.stored().size(), 1);
}

void TestOpen311Client::lookupThatFailsDoesNotPost()
{
    Fixture f;
    int posts = 0;
    f.hub->setHandler([&](const fake::Request &r) {
        posts += r.method == "POST" ? 1 : 0;
        return fake::Answer::json(502, "bad gateway");
    });
    const Open311Submission s = f.submit(pothole(), u"R-3"_s, Open311Client::Attempt::AfterUnclear);
    QCOMPARE(s.outcome, Open311Submission::Outcome::Unclear);
    QCOMPARE(posts, 0);
    QVERIFY2(s.message.contains(u"look"_s), qPrintable(s.message));
}

void TestOpen311Client::xmlServerWithDeviations()
{
    Fixture f(Format::Xml);
    ForeignServer::Options o;
    o.format = Format::Xml;
    o.xmlRootRequests = true;
    ForeignServer server(o);
    f.hub->setHandler([&](const fake::Request &r) { return server.answer(r); });
    const Open311Submission s = f.submit(pothole(), u"R-4"_s, Open311Client::Attempt::First);
    QCOMPARE(s.outcome, Open311Submission::Outcome::Sent);
    QCOMPARE(f.hub->requests().last().path(), u"/open311/v2/requests.xml"_s);

    std::optional<Parsed<QList<ServiceRequest>>> got;
    f.client->fetchRequests({s.serverId}, [&](const auto &p) { got = p; });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(*got, qPrintable(got->error));
    QCOMPARE(got->value->size(), 1);
    QCOMPARE(got->value->first().id, s.serverId);
    QCOMPARE(got->value->first().status, u"open"_s);

    std::optional<Parsed<QList<Service>>> services;
    f.client->fetchServices([&](const auto &p) { services = p; });
    QTRY_VERIFY(services.has_value());
    QVERIFY2(*services, qPrintable(services->error));
    QCOMPARE(services->value->first().code, u"POT"_s);
    // Every call names the jurisdiction.
    for (const fake::Request &r : f.hub->requests()) {
        if (r.method == "GET")
            QCOMPARE(r.query(u"jurisdiction_id"_s), u"leuven.be"_s);
    }
}

void TestOpen311Client::discoveryAndUpdatesMayBeMissing()
{
    Fixture f;
    ForeignServer::Options o;
    o.discovery = false;
    o.updatesExtension = false;
    ForeignServer server(o);
    f.hub->setHandler([&](const fake::Request &r) { return server.answer(r); });
    std::optional<bool> discoveryOffered;
    f.client->discover([&](const auto &, bool offered) { discoveryOffered = offered; });
    QTRY_VERIFY(discoveryOffered.has_value());
    QVERIFY(!*discoveryOffered);
    std::optional<bool> updatesOffered;
    f.client->fetchUpdates(QDateTime::currentDateTimeUtc().addDays(-1),
                           QDateTime::currentDateTimeUtc(),
                           [&](const auto &, bool offered) { updatesOffered = offered; });
    QTRY_VERIFY(updatesOffered.has_value());
    QVERIFY(!*updatesOffered);

    server.options().discovery = true;
    server.options().updatesExtension = true;
    server.updates = {{u"u1"_s,
                       u"1000"_s,
                       u"IN_PROGRESS"_s,
                       QDateTime::currentDateTimeUtc(),
                       u"Ploeg ingepland"_s,
                       {},
                       {}}};
    std::optional<Parsed<QList<Endpoint>>> endpoints;
    f.client->discover([&](const auto &p, bool offered) {
        QVERIFY(offered);
        endpoints = p;
    });
    QTRY_VERIFY(endpoints.has_value());
    QVERIFY2(*endpoints, qPrintable(endpoints->error));
    QCOMPARE(endpoints->value->first().url, u"http://foreign.test/open311/v2"_s);
    std::optional<Parsed<QList<Update>>> updates;
    f.client->fetchUpdates(QDateTime::currentDateTimeUtc().addDays(-1),
                           QDateTime::currentDateTimeUtc(), [&](const auto &p, bool offered) {
                               QVERIFY(offered);
                               updates = p;
                           });
    QTRY_VERIFY(updates.has_value());
    QVERIFY2(*updates, qPrintable(updates->error));
    QCOMPARE(updates->value->first().status, u"IN_PROGRESS"_s);
}

void TestOpen311Client::batchTokenIsResolved()
{
    Fixture f;
    ForeignServer::Options o;
    o.batch = true;
    ForeignServer server(o);
    f.hub->setHandler([&](const fake::Request &r) { return server.answer(r); });
    const Open311Submission s = f.submit(pothole(), u"R-5"_s, Open311Client::Attempt::First);
    QCOMPARE(s.outcome, Open311Submission::Outcome::Pending);
    QCOMPARE(s.token, u"tok-0"_s);
    std::optional<Parsed<QString>> pending;
    f.client->resolveToken(s.token, [&](const auto &p) { pending = p; });
    QTRY_VERIFY(pending.has_value());
    QVERIFY2(*pending, qPrintable(pending->error));
    QCOMPARE(*pending->value, QString()); // not processed yet
    server.options().batch = false;       // the batch ran
    std::optional<Parsed<QString>> resolved;
    f.client->resolveToken(s.token, [&](const auto &p) { resolved = p; });
    QTRY_VERIFY(resolved.has_value());
    QCOMPARE(*resolved->value, server.idOf(0));
}

void TestOpen311Client::statusChanges_data()
{
    QTest::addColumn<QString>("current");     // the report's status in the cache
    QTest::addColumn<QString>("currentText"); // the text of its last step
    QTest::addColumn<QString>("knownStatus");
    QTest::addColumn<QString>("knownNotes");
    QTest::addColumn<QStringList>("knownUpdates");
    QTest::addColumn<QString>("polledStatus");
    QTest::addColumn<QString>("polledNotes");
    QTest::addColumn<QStringList>("updates");  // "id:STATUS" or "id:STATUS:description"
    QTest::addColumn<QStringList>("expected"); // status codes of the new steps, in order
    const QString received = u"received"_s;
    QTest::newRow("nothing new") << received << QString() << u"open"_s << QString() << QStringList()
                                 << u"open"_s << QString() << QStringList() << QStringList();
    QTest::newRow("closed, updated_datetime unchanged")
        << received << QString() << u"open"_s << QString() << QStringList() << u"closed"_s
        << u"Hersteld"_s << QStringList() << QStringList{u"closed"_s};
    QTest::newRow("only the notes changed")
        << received << QString() << u"open"_s << QString() << QStringList() << u"open"_s
        << u"Ingepland"_s << QStringList() << QStringList{u"received"_s};
    QTest::newRow("updates explain the change")
        << received << QString() << u"open"_s << QString() << QStringList() << u"closed"_s
        << QString() << QStringList{u"u1:ACTION_SCHEDULED"_s, u"u2:fixed"_s}
        << QStringList{u"scheduled"_s, u"resolved"_s};
    QTest::newRow("an update taken before")
        << u"in_progress"_s << QString() << u"open"_s << QString() << QStringList{u"u1"_s}
        << u"open"_s << QString() << QStringList{u"u1:IN_PROGRESS"_s} << QStringList();
    QTest::newRow("an unknown word keeps the status")
        << u"acknowledged"_s << QString() << u"open"_s << QString() << QStringList() << u"open"_s
        << QString() << QStringList{u"u3:WAITING_FOR_PARTS:Wacht op onderdelen"_s}
        << QStringList{u"acknowledged"_s};
    // The report was polled before an update and the update read after it, in one round: the
    // next round polls the notes that update gave. Nothing new (was a second step).
    QTest::newRow("polled notes an update gave before")
        << u"in_progress"_s << u"De ploeg komt morgen."_s << u"open"_s << QString()
        << QStringList{u"u1"_s} << u"open"_s << u"De ploeg komt morgen."_s
        << QStringList{u"u1:IN_PROGRESS:De ploeg komt morgen."_s} << QStringList();
    QTest::newRow("plain open keeps a detailed status")
        << u"scheduled"_s << u"Volgende week."_s << u"open"_s << u"Volgende week."_s
        << QStringList() << u"open"_s << u"Materiaal besteld."_s << QStringList()
        << QStringList{u"scheduled"_s};
    QTest::newRow("plain closed keeps a finished status")
        << u"resolved"_s << u"Hersteld."_s << u"open"_s << QString() << QStringList() << u"closed"_s
        << u"Hersteld."_s << QStringList() << QStringList();
    QTest::newRow("reopened on the server")
        << u"closed"_s << u"Hersteld."_s << u"closed"_s << u"Hersteld."_s << QStringList()
        << u"open"_s << u"Toch niet hersteld."_s << QStringList() << QStringList{received};
    QTest::newRow("an update repeating the polled change")
        << u"in_progress"_s << u"Morgen."_s << u"open"_s << u"Morgen."_s << QStringList()
        << u"open"_s << u"Morgen."_s << QStringList{u"u7:IN_PROGRESS:Morgen."_s} << QStringList();
}

void TestOpen311Client::statusChanges()
{
    QFETCH(QString, current);
    QFETCH(QString, currentText);
    QFETCH(QString, knownStatus);
    QFETCH(QString, knownNotes);
    QFETCH(QStringList, knownUpdates);
    QFETCH(QString, polledStatus);
    QFETCH(QString, polledNotes);
    QFETCH(QStringList, updates);
    QFETCH(QStringList, expected);
    const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
    const std::optional<ReportStatus> currentStatus = reportStatusFromCode(current);
    QVERIFY(currentStatus);
    QHash<QString, Open311Known> known{
        {u"1000"_s, {knownStatus, knownNotes, knownUpdates, *currentStatus, currentText}}};
    ServiceRequest polled;
    polled.id = u"1000"_s;
    polled.status = polledStatus;
    polled.statusNotes = polledNotes;
    polled.updatedAt = t0; // the same as ever
    ServiceRequest stranger = polled;
    stranger.id = u"9999"_s; // not one of ours
    stranger.status = u"closed"_s;
    QList<Update> u;
    QStringList updateIds;
    for (int i = 0; i < updates.size(); ++i) {
        const QStringList parts = updates.at(i).split(u':');
        u.append({parts.at(0),
                  u"1000"_s,
                  parts.at(1),
                  t0.addSecs(3600 * (i + 1)),
                  parts.value(2),
                  {},
                  {}});
        updateIds << parts.at(0);
    }
    QStringList got;
    QStringList taken;
    for (const Open311StatusChange &c : open311StatusChanges(known, {polled, stranger}, u)) {
        if (c.isNewStep)
            got << reportStatusCode(c.status);
        if (!c.updateId.isEmpty())
            taken << c.updateId;
    }
    QCOMPARE(got, expected);
    // Every update not taken before is taken now, also one that adds no step.
    for (const QString &id : std::as_const(updateIds))
        QVERIFY2(knownUpdates.contains(id) != taken.contains(id), qPrintable(id));
}

void TestOpen311Client::referenceMarksTheDescriptionOnce()
{
    const QString once = open311DescriptionWithReference(u"Gat"_s, u"R-1"_s);
    QCOMPARE(once, u"Gat\n\nLoket ref. R-1"_s);
    QCOMPARE(open311DescriptionWithReference(once, u"R-1"_s), once);
    QCOMPARE(open311DescriptionWithReference(u"  "_s, u"R-1"_s), u"Loket ref. R-1"_s);
}

QTEST_GUILESS_MAIN(TestOpen311Client)
#include "tst_open311client.moc"
