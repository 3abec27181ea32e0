// The Open311 GeoReport v2 formats (issue 4, item 6): the specification's example answers in
// JSON and XML, each deviation real servers show (../shared/reference/open311.md), the status
// mapping, and what the hub writes read back the same.

#include "open311/georeport.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace loket;
using namespace loket::open311;

Q_DECLARE_METATYPE(loket::open311::Format)

namespace {

// The specification's examples, in its shape (values ours), in tests/data/open311.
QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/open311/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", name);
    return f.readAll();
}

const QByteArray servicesXml = sample("services.xml");
const QByteArray servicesJson = sample("services.json");
const QByteArray definitionXml = sample("service-definition.xml");
const QByteArray definitionJson = sample("service-definition.json");
const QByteArray requestsXml = sample("requests.xml");
const QByteArray requestsJson = sample("requests.json");
const QByteArray createdIdXml = sample("created-id.xml");
const QByteArray createdTokenJson = sample("created-token.json");
const QByteArray updatesJson = sample("updates.json");
const QByteArray updatesXml = sample("updates.xml");

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT
private slots:
    void services_data();
    void services();
    void serviceDefinition_data();
    void serviceDefinition();
    void requests_data();
    void requests();
    void created_data();
    void created();
    void updates_data();
    void updates();
    void errors_data();
    void errors();
    void errorInsteadOfList();
    void discovery_data();
    void discovery();
    void malformed_data();
    void malformed();
    void times_data();
    void times();
    void statuses_data();
    void statuses();
    void statusesRoundTrip();
    void writtenIsReadBack_data();
    void writtenIsReadBack();
    void form_data();
    void form();
    void sniff();
};

void TestOpen311::services_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("spec XML") << servicesXml << Format::Xml;
    QTest::newRow("spec JSON") << servicesJson << Format::Json;
    // Deviation: a JSON object around the list, keywords as a list.
    QTest::newRow("JSON wrapped")
        << QByteArray(R"({"services":[{"service_code":1,"service_name":"Cans left out 24x7",
           "description":"Garbage or recycling cans that have been left out for more than 24 hours.",
           "metadata":"true","type":"REALTIME","keywords":["lorem","ipsum","dolor"],
           "group":"sanitation"},{"service_code":"002","service_name":"Construction plate shifted",
           "description":"Metal construction plate covering the street has been moved.",
           "metadata":false,"type":"batch","group":"street"}]})")
               .replace("\"service_code\":1,", "\"service_code\":\"001\",")
        << Format::Json;
}

void TestOpen311::services()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseServices(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    const QList<Service> &s = *parsed.value;
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).code, u"001"_s);
    QCOMPARE(s.at(0).name, u"Cans left out 24x7"_s);
    QVERIFY(s.at(0).description.startsWith(u"Garbage or recycling"_s));
    QVERIFY(s.at(0).metadata);
    QCOMPARE(s.at(0).type, Service::Type::Realtime);
    QCOMPARE(s.at(0).keywords, (QStringList{u"lorem"_s, u"ipsum"_s, u"dolor"_s}));
    QCOMPARE(s.at(0).group, u"sanitation"_s);
    QCOMPARE(s.at(1).code, u"002"_s);
    QVERIFY(!s.at(1).metadata);
    QCOMPARE(s.at(1).type, Service::Type::Batch);
    QVERIFY(s.at(1).keywords.isEmpty());
}

void TestOpen311::serviceDefinition_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("spec XML") << definitionXml << Format::Xml;
    QTest::newRow("spec JSON") << definitionJson << Format::Json;
}

void TestOpen311::serviceDefinition()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseServiceDefinition(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    QCOMPARE(parsed.value->serviceCode, u"DMV66"_s);
    const QList<Attribute> &a = parsed.value->attributes;
    QCOMPARE(a.size(), 2);
    // In the order they are to be shown, not as listed.
    QCOMPARE(a.at(0).code, u"NOTE"_s);
    QVERIFY(!a.at(0).variable);
    QVERIFY(!a.at(0).required);
    QCOMPARE(a.at(0).datatype, u"text"_s);
    QCOMPARE(a.at(1).code, u"WHISHETN"_s);
    QVERIFY(a.at(1).variable);
    QVERIFY(a.at(1).required);
    QCOMPARE(a.at(1).order, 2);
    QCOMPARE(a.at(1).datatype, u"singlevaluelist"_s);
    QCOMPARE(a.at(1).values.size(), 2);
    QCOMPARE(a.at(1).values.at(0).key, u"123"_s); // a number in JSON, text for us
    QCOMPARE(a.at(1).values.at(1).name, u"Chrysler"_s);
}

void TestOpen311::requests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("spec XML") << requestsXml << Format::Xml;
    QTest::newRow("spec JSON") << requestsJson << Format::Json;
    // Deviation: <requests> as the XML root.
    QTest::newRow("XML root requests") << QByteArray(requestsXml)
                                              .replace("<service_requests>", "<requests>")
                                              .replace("</service_requests>", "</requests>")
                                       << Format::Xml;
    // Deviation: ids as numbers, times in other offsets (the same instants).
    QTest::newRow("JSON numeric ids, other offsets")
        << QByteArray(requestsJson)
               .replace(R"("service_request_id":"638344")", R"("service_request_id":638344)")
               .replace(R"("service_request_id":"638349")", R"("service_request_id":638349)")
               .replace("2010-04-14T06:37:38-08:00", "2010-04-14T16:37:38+0200")
               .replace("2010-04-19T06:37:38-08:00", "2010-04-19T14:37:38Z")
        << Format::Json;
    // Deviation: an object around the list.
    QTest::newRow("JSON wrapped") << QByteArray(R"({"service_requests":)" + requestsJson + "}")
                                  << Format::Json;
}

void TestOpen311::requests()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseRequests(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    const QList<ServiceRequest> &r = *parsed.value;
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).id, u"638344"_s);
    QCOMPARE(r.at(0).status, u"closed"_s);
    QCOMPARE(r.at(0).statusNotes, u"Duplicate request."_s);
    QCOMPARE(r.at(0).serviceCode, u"006"_s);
    QCOMPARE(r.at(0).requestedAt,
             QDateTime(QDate(2010, 4, 14), QTime(14, 37, 38), QTimeZone::utc()));
    QCOMPARE(r.at(0).address, u"8TH AVE and JUDAH ST"_s);
    QCOMPARE(r.at(0).addressId, u"545483"_s);
    QCOMPARE(r.at(0).zipcode, u"94122"_s);
    QVERIFY(r.at(0).latitude && r.at(0).longitude);
    QCOMPARE(*r.at(0).latitude, 37.762221815);
    QCOMPARE(*r.at(0).longitude, -122.4651145);
    QCOMPARE(r.at(0).mediaUrl, u"http://city.example.com/media/638344.jpg"_s);
    QCOMPARE(r.at(1).id, u"638349"_s);
    QCOMPARE(r.at(1).status, u"open"_s);
    QVERIFY(r.at(1).statusNotes.isEmpty());
    QVERIFY(r.at(1).mediaUrl.isEmpty());
    QCOMPARE(r.at(1).updatedAt, QDateTime(QDate(2010, 4, 19), QTime(14, 37, 38), QTimeZone::utc()));
}

void TestOpen311::created_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("token");
    QTest::newRow("spec XML, id") << createdIdXml << Format::Xml << u"293944"_s << QString();
    QTest::newRow("spec JSON, token")
        << createdTokenJson << Format::Json << QString() << u"12345"_s;
    QTest::newRow("JSON numeric id")
        << QByteArray(R"([{"service_request_id":293944,"service_notice":"","account_id":null}])")
        << Format::Json << u"293944"_s << QString();
    QTest::newRow("JSON bare object") << QByteArray(R"({"service_request_id":"293944"})")
                                      << Format::Json << u"293944"_s << QString();
}

void TestOpen311::created()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    QFETCH(QString, id);
    QFETCH(QString, token);
    const auto parsed = parseCreated(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    QCOMPARE(parsed.value->size(), 1);
    QCOMPARE(parsed.value->first().id, id);
    QCOMPARE(parsed.value->first().token, token);
}

void TestOpen311::updates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("JSON") << updatesJson << Format::Json;
    QTest::newRow("XML") << updatesXml << Format::Xml;
}

void TestOpen311::updates()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseUpdates(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    const QList<Update> &u = *parsed.value;
    QCOMPARE(u.size(), 2);
    QCOMPARE(u.at(0).updateId, u"u-1"_s);
    QCOMPARE(u.at(0).requestId, u"638344"_s);
    QCOMPARE(statusFromOpen311(u.at(0).status), ReportStatus::InProgress);
    QCOMPARE(u.at(0).updatedAt, QDateTime(QDate(2010, 4, 15), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(u.at(0).externalStatusCode, u"ip"_s);
    QCOMPARE(statusFromOpen311(u.at(1).status), ReportStatus::Resolved); // lower case
    QCOMPARE(u.at(1).description, u"Repaired."_s);
}

void TestOpen311::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("description");
    QTest::newRow("spec XML list")
        << QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>
<errors><error><code>403</code><description>Invalid api_key received -- can't proceed with create_request.</description></error></errors>)")
        << Format::Xml << 403
        << u"Invalid api_key received -- can't proceed with create_request."_s;
    QTest::newRow("spec JSON list")
        << QByteArray(R"([{"code":400,"description":"Service code 999 is invalid."}])")
        << Format::Json << 400 << u"Service code 999 is invalid."_s;
    // Deviations: an object with detail; field errors in detail.
    QTest::newRow("JSON object detail") << QByteArray(R"({"code":404,"detail":"Not Found"})")
                                        << Format::Json << 404 << u"Not Found"_s;
    QTest::newRow("JSON field errors")
        << QByteArray(R"({"code":400,"detail":{"description":["This field may not be blank."]}})")
        << Format::Json << 400 << u"description: This field may not be blank."_s;
}

void TestOpen311::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    QFETCH(int, code);
    QFETCH(QString, description);
    const QList<Error> errors = parseErrors(body, format);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().description, description);
}

void TestOpen311::errorInsteadOfList()
{
    // A server that answers 200 with an error body where a list was expected: an error, not an
    // empty catalogue.
    const auto services = parseServices(R"({"code":404,"detail":"Not Found"})", Format::Json);
    QVERIFY(!services);
    QVERIFY2(services.error.contains(u"Not Found"_s), qPrintable(services.error));
    const auto requests = parseRequests(
        R"(<errors><error><code>400</code><description>bad</description></error></errors>)",
        Format::Xml);
    QVERIFY(!requests);
    QVERIFY2(requests.error.contains(u"bad"_s), qPrintable(requests.error));
}

void TestOpen311::discovery_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("spec XML") << QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>
<discovery>
  <changeset>2011-04-05T17:48:34Z</changeset>
  <contact>Contact the city</contact>
  <key_service>Ask for a key</key_service>
  <endpoints>
    <endpoint>
      <specification>http://wiki.open311.org/GeoReport_v2</specification>
      <url>https://open311.example.org/v2</url>
      <changeset>2011-04-05T17:48:34Z</changeset>
      <type>production</type>
      <formats><format>text/xml</format><format>application/json</format></formats>
    </endpoint>
    <endpoint>
      <specification>http://wiki.open311.org/GeoReport_v2</specification>
      <url>https://test.open311.example.org/v2</url>
      <changeset>2011-04-05T17:48:34Z</changeset>
      <type>test</type>
      <formats><format>text/xml</format></formats>
    </endpoint>
  </endpoints>
</discovery>)") << Format::Xml;
    QTest::newRow("spec JSON")
        << QByteArray(R"({"changeset":"2011-04-05T17:48:34Z","contact":"Contact the city",
            "key_service":"Ask for a key","endpoints":[
            {"specification":"http://wiki.open311.org/GeoReport_v2",
             "url":"https://open311.example.org/v2","changeset":"2011-04-05T17:48:34Z",
             "type":"production","formats":["text/xml","application/json"]},
            {"specification":"http://wiki.open311.org/GeoReport_v2",
             "url":"https://test.open311.example.org/v2","changeset":"2011-04-05T17:48:34Z",
             "type":"test","formats":["text/xml"]}]})")
        << Format::Json;
}

void TestOpen311::discovery()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseDiscovery(body, format);
    QVERIFY2(parsed, qPrintable(parsed.error));
    QCOMPARE(parsed.value->size(), 2);
    QCOMPARE(parsed.value->at(0).url, u"https://open311.example.org/v2"_s);
    QCOMPARE(parsed.value->at(0).type, u"production"_s);
    QCOMPARE(parsed.value->at(0).formats, (QStringList{u"text/xml"_s, u"application/json"_s}));
    QCOMPARE(parsed.value->at(1).formats, QStringList{u"text/xml"_s});
}

void TestOpen311::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("format");
    QTest::newRow("truncated JSON") << servicesJson.left(40) << Format::Json;
    QTest::newRow("truncated XML") << servicesXml.left(120) << Format::Xml;
    QTest::newRow("HTML error page")
        << QByteArray("<html><body>502 Bad Gateway</body>") << Format::Xml;
    QTest::newRow("empty") << QByteArray() << Format::Json;
    QTest::newRow("service without code")
        << QByteArray(R"([{"service_name":"Nameless"}])") << Format::Json;
}

void TestOpen311::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, format);
    const auto parsed = parseServices(body, format);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error.isEmpty());
}

void TestOpen311::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime t(QDate(1994, 11, 5), QTime(13, 15, 30), QTimeZone::utc());
    QTest::newRow("offset") << u"1994-11-05T08:15:30-05:00"_s << t;
    QTest::newRow("Z") << u"1994-11-05T13:15:30Z"_s << t;
    QTest::newRow("offset without colon") << u"1994-11-05T14:15:30+0100"_s << t;
    QTest::newRow("hours-only offset") << u"1994-11-05T14:15:30+01"_s << t;
    QTest::newRow("fractions") << u"1994-11-05T13:15:30.000000Z"_s << t;
    QTest::newRow("space") << u"1994-11-05 13:15:30Z"_s << t;
    QTest::newRow("no offset: Belgian time") << u"1994-11-05T14:15:30"_s << t;
    QTest::newRow("not a time") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("impossible offset") << u"1994-11-05T13:15:30+25:00"_s << QDateTime();
}

void TestOpen311::times()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime parsed = parseTime(text);
    QCOMPARE(parsed.isValid(), utc.isValid());
    if (utc.isValid())
        QCOMPARE(parsed.toUTC(), utc);
}

void TestOpen311::statuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected"); // -1: unknown
    auto row = [](const char *s, int expected) {
        QTest::newRow(s) << QString::fromLatin1(s) << expected;
    };
    row("open", int(ReportStatus::Received));
    row("closed", int(ReportStatus::Closed));
    row("IN_PROGRESS", int(ReportStatus::InProgress));
    row("in progress", int(ReportStatus::InProgress));
    row("ACTION_SCHEDULED", int(ReportStatus::Scheduled));
    row("INVESTIGATING", int(ReportStatus::Acknowledged));
    row("DUPLICATE", int(ReportStatus::Duplicate));
    row("NOT_COUNCILS_RESPONSIBILITY", int(ReportStatus::Rejected));
    row("NO_FURTHER_ACTION", int(ReportStatus::Rejected));
    row("INTERNAL_REFERRAL", int(ReportStatus::Forwarded));
    row("FIXED", int(ReportStatus::Resolved));
    row("fixed", int(ReportStatus::Resolved));
    row("CLOSED", int(ReportStatus::Closed));
    row("OPEN", int(ReportStatus::Received));
    row("REOPEN", int(ReportStatus::Acknowledged));
    row("somewhere in between", -1);
}

void TestOpen311::statuses()
{
    QFETCH(QString, status);
    QFETCH(int, expected);
    const auto mapped = statusFromOpen311(status);
    QCOMPARE(mapped ? int(*mapped) : -1, expected);
}

void TestOpen311::statusesRoundTrip()
{
    for (ReportStatus s :
         {ReportStatus::Received, ReportStatus::Acknowledged, ReportStatus::Scheduled,
          ReportStatus::InProgress, ReportStatus::Resolved, ReportStatus::Closed,
          ReportStatus::Rejected, ReportStatus::Duplicate, ReportStatus::Forwarded}) {
        QCOMPARE(statusFromOpen311(extendedStatus(s)), s);
        QCOMPARE(open311Status(s), isFinished(s) ? u"closed"_s : u"open"_s);
    }
}

void TestOpen311::writtenIsReadBack_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("JSON") << Format::Json;
    QTest::newRow("XML") << Format::Xml;
}

void TestOpen311::writtenIsReadBack()
{
    QFETCH(Format, format);
    const QList<Service> services{{u"WEG-01"_s,
                                   u"Put in de weg"_s,
                                   u"Een gat in het wegdek & de stoep"_s,
                                   true,
                                   Service::Type::Realtime,
                                   {u"weg"_s, u"gat"_s},
                                   u"Wegen"_s}};
    const auto s = parseServices(writeServices(services, format), format);
    QVERIFY2(s, qPrintable(s.error));
    QCOMPARE(s.value->first().code, services.first().code);
    QCOMPARE(s.value->first().description, services.first().description);
    QCOMPARE(s.value->first().keywords, services.first().keywords);
    QCOMPARE(s.value->first().metadata, true);

    ServiceDefinition d;
    d.serviceCode = u"WEG-01"_s;
    d.attributes.append({true,
                         u"diepte"_s,
                         u"singlevaluelist"_s,
                         true,
                         {},
                         1,
                         u"Hoe diep?"_s,
                         {{u"klein"_s, u"< 5 cm"_s}, {u"groot"_s, u"> 5 cm"_s}}});
    const auto dd = parseServiceDefinition(writeServiceDefinition(d, format), format);
    QVERIFY2(dd, qPrintable(dd.error));
    QCOMPARE(dd.value->attributes.size(), 1);
    QCOMPARE(dd.value->attributes.first().values.size(), 2);
    QCOMPARE(dd.value->attributes.first().values.at(0).name, u"< 5 cm"_s);
    QVERIFY(dd.value->attributes.first().required);

    ServiceRequest r;
    r.id = u"M-2026-0000042"_s;
    r.status = u"open"_s;
    r.serviceCode = u"WEG-01"_s;
    r.description = u"Gat vóór nr. 12 — \"gevaarlijk\""_s;
    r.requestedAt = QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
    r.latitude = 50.8798;
    r.longitude = 4.7005;
    const auto rr = parseRequests(writeRequests({r}, format), format);
    QVERIFY2(rr, qPrintable(rr.error));
    QCOMPARE(rr.value->first().id, r.id);
    QCOMPARE(rr.value->first().description, r.description);
    QCOMPARE(rr.value->first().requestedAt, r.requestedAt);
    QCOMPARE(*rr.value->first().latitude, 50.8798);

    const auto c = parseCreated(writeCreated({{QString(), u"tok-1"_s, {}, {}}}, format), format);
    QVERIFY2(c, qPrintable(c.error));
    QCOMPARE(c.value->first().token, u"tok-1"_s);

    Update u{u"7"_s, r.id, u"IN_PROGRESS"_s, r.requestedAt, u"Ploeg onderweg"_s, {}, {}};
    const auto uu = parseUpdates(writeUpdates({u}, format), format);
    QVERIFY2(uu, qPrintable(uu.error));
    QCOMPARE(uu.value->first().status, u"IN_PROGRESS"_s);
    QCOMPARE(uu.value->first().updatedAt, r.requestedAt);

    const QList<Error> e =
        parseErrors(writeErrors({{403, u"Ongeldige api_key"_s}}, format), format);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first().code, 403);
    QCOMPARE(e.first().description, u"Ongeldige api_key"_s);

    const auto disco = parseDiscovery(writeDiscovery({{u"http://wiki.open311.org/GeoReport_v2"_s,
                                                       u"http://127.0.0.1/open311/v2"_s,
                                                       u"production"_s,
                                                       {u"application/json"_s, u"text/xml"_s}}},
                                                     r.requestedAt, format),
                                      format);
    QVERIFY2(disco, qPrintable(disco.error));
    QCOMPARE(disco.value->first().formats.size(), 2);
}

void TestOpen311::form_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("coordinates")
        << QByteArray("api_key=k&service_code=001&lat=37.76524078&long=-122.4212043") << QString();
    QTest::newRow("address") << QByteArray("service_code=001&address_string=Bondgenotenlaan+1")
                             << QString();
    QTest::newRow("address id") << QByteArray("service_code=001&address_id=545483") << QString();
    QTest::newRow("no service") << QByteArray("lat=1&long=2") << u"service_code"_s;
    QTest::newRow("no location") << QByteArray("service_code=001&description=x") << u"location"_s;
    QTest::newRow("half a coordinate") << QByteArray("service_code=001&lat=50.8") << u"lat"_s;
    QTest::newRow("latitude out of range")
        << QByteArray("service_code=001&lat=91&long=4") << u"lat"_s;
    QTest::newRow("description too long")
        << QByteArray("service_code=001&address_id=1&description=" + QByteArray(4001, 'x'))
        << u"4000"_s;
}

void TestOpen311::form()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, error);
    const auto parsed = decodeNewRequest(form);
    QCOMPARE(bool(parsed), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestOpen311::sniff()
{
    QCOMPARE(sniffFormat("  \n<?xml version=\"1.0\"?><a/>"), Format::Xml);
    QCOMPARE(sniffFormat("\t[{}]"), Format::Json);
    QCOMPARE(sniffFormat("{}"), Format::Json);
    QVERIFY(!sniffFormat("Not Found"));
    QVERIFY(!sniffFormat(""));

    // What is encoded is decoded the same, including what form encoding must escape.
    NewRequest r;
    r.jurisdictionId = u"leuven.be"_s;
    r.apiKey = u"k&y=1"_s;
    r.serviceCode = u"WEG-01"_s;
    r.addressString = u"Bondgenotenlaan 1+2, 3000 Leuven"_s;
    r.latitude = 50.8798;
    r.longitude = 4.7005;
    r.description = u"Gat vóór nr. 12 — 50% van de rijbaan"_s;
    r.attributes = {{u"diepte"_s, u"groot"_s}, {u"a[b]"_s, u"c"_s}};
    const auto back = decodeNewRequest(encodeNewRequest(r));
    QVERIFY2(back, qPrintable(back.error));
    QCOMPARE(back.value->jurisdictionId, r.jurisdictionId);
    QCOMPARE(back.value->apiKey, r.apiKey);
    QCOMPARE(back.value->addressString, r.addressString);
    QCOMPARE(back.value->description, r.description);
    QCOMPARE(*back.value->latitude, 50.8798);
    QCOMPARE(back.value->attributes, r.attributes);
}

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
