// The Open311 client (core/sync/open311client.h) against the real loket-hub's GeoReport v2
// endpoints on loopback (issue 4, item 6): it reads the demo region's catalogue and a service
// definition, files a report, finds it again after an "unclear" attempt instead of filing it
// twice, and follows its status after changes made by staff through the regional API, both by
// polling the report and through the servicerequestupdates extension. In JSON and in XML.

#include "synctestkit.h"

#include "open311/georeport.h"
#include "sync/localhub.h"
#include "sync/open311client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::open311::Format)

namespace {
const QString leuven = u"24062"_s;
} // namespace

class TestOpen311Hub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogueCreateAndFollow_data();
    void catalogueCreateAndFollow();

private:
    QTemporaryDir m_dir;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    QByteArray m_counterToken;
    QString m_apiKey;
};

void TestOpen311Hub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.port = 0;
    o.demo = true;
    o.citizens = 400;
    o.seed = 23;
    m_hub.start(o);
    QVERIFY2(m_hub.waitForStarted(120000), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(counter && admin);
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
    m_counterToken = m_api->login(counter->user, counter->password);
    const QByteArray adminToken = m_api->login(admin->user, admin->password);
    QVERIFY(!m_counterToken.isEmpty() && !adminToken.isEmpty());
    // A key for Leuven's website, made by the admin.
    const kit::HttpReply key = m_api->request(
        "POST", u"/api/v1/admin/open311-keys"_s, adminToken,
        QJsonDocument(QJsonObject{{u"municipality"_s, leuven}, {u"label"_s, u"Website"_s}})
            .toJson(QJsonDocument::Compact));
    QVERIFY2(key.status == 201, key.body.constData());
    m_apiKey = key.json().value(u"api_key"_s).toString();
    QVERIFY(!m_apiKey.isEmpty());
}

void TestOpen311Hub::cleanupTestCase()
{
    m_hub.stop();
}

void TestOpen311Hub::catalogueCreateAndFollow_data()
{
    QTest::addColumn<open311::Format>("format");
    QTest::newRow("json") << open311::Format::Json;
    QTest::newRow("xml") << open311::Format::Xml;
}

void TestOpen311Hub::catalogueCreateAndFollow()
{
    QFETCH(open311::Format, format);
    QNetworkAccessManager network;
    Open311Target target;
    target.base = m_hub.url().resolved(QUrl(u"/open311/v2/"_s));
    target.jurisdictionId = u"leuven.be"_s;
    target.apiKey = m_apiKey;
    target.format = format;
    Open311Client client(&network, target);
    const QDateTime started = QDateTime::currentDateTimeUtc();

    // The catalogue and one definition.
    std::optional<open311::Parsed<QList<open311::Service>>> services;
    client.fetchServices([&](const auto &parsed) { services = parsed; });
    QTRY_VERIFY_WITH_TIMEOUT(services.has_value(), 20000);
    QVERIFY2(*services, qPrintable(services->error));
    const auto light =
        std::find_if(services->value->cbegin(), services->value->cend(),
                     [](const open311::Service &s) { return s.code == u"streetlight"_s; });
    QVERIFY(light != services->value->cend());
    QVERIFY(light->metadata);
    QCOMPARE(light->group, u"utilities"_s);
    std::optional<open311::Parsed<open311::ServiceDefinition>> definition;
    client.fetchDefinition(u"streetlight"_s, [&](const auto &parsed) { definition = parsed; });
    QTRY_VERIFY_WITH_TIMEOUT(definition.has_value(), 20000);
    QVERIFY2(*definition, qPrintable(definition->error));
    const auto pole =
        std::find_if(definition->value->attributes.cbegin(), definition->value->attributes.cend(),
                     [](const open311::Attribute &a) { return a.code == u"pole_number"_s; });
    QVERIFY(pole != definition->value->attributes.cend());
    QVERIFY(pole->required);

    // File a report with the required field filled in.
    open311::NewRequest request;
    request.serviceCode = u"streetlight"_s;
    request.addressString = u"Tiensestraat 41, 3000 Leuven"_s;
    request.latitude = 50.8771;
    request.longitude = 4.7037;
    request.description = u"De straatlamp voor nummer 41 brandt niet."_s;
    request.attributes = {{pole->code, u"LV-1187"_s}};
    const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Open311Submission> sent;
    client.submit(request, reference, started, Open311Client::Attempt::First,
                  [&](const Open311Submission &s) { sent = s; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 20000);
    QVERIFY2(sent->outcome == Open311Submission::Outcome::Sent, qPrintable(sent->message));
    const QString number = sent->serverId;
    QVERIFY2(number.startsWith(u"M-"_s), qPrintable(number));

    // After an attempt whose answer was "lost", the client finds it instead of filing it again.
    std::optional<Open311Submission> again;
    client.submit(request, reference, started, Open311Client::Attempt::AfterUnclear,
                  [&](const Open311Submission &s) { again = s; });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 20000);
    QCOMPARE(again->outcome, Open311Submission::Outcome::Sent);
    QVERIFY(again->foundByLookup);
    QCOMPARE(again->serverId, number);

    // Follow it: as the client knows it now.
    auto poll = [&]() -> QList<open311::ServiceRequest> {
        std::optional<open311::Parsed<QList<open311::ServiceRequest>>> got;
        client.fetchRequests({number}, [&](const auto &parsed) { got = parsed; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 20000) || !*got)
            return {};
        return *got->value;
    };
    QList<open311::ServiceRequest> now = poll();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().status, u"open"_s);
    QHash<QString, Open311Known> known;
    known.insert(number,
                 {now.first().status, now.first().statusNotes, {}, ReportStatus::Received, {}});
    QVERIFY(open311StatusChanges(known, now, {}).isEmpty());

    // Staff take it up: the status stays "open" in Open311, the notes tell the change.
    QString problem;
    QVERIFY2(m_api->changeReportStatus(m_counterToken, number, u"in_progress"_s,
                                       u"Een ploeg is onderweg."_s, &problem),
             qPrintable(problem));
    now = poll();
    QList<Open311StatusChange> changes = open311StatusChanges(known, now, {});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().serverId, number);
    QCOMPARE(changes.first().publicText, u"Een ploeg is onderweg."_s);
    // Plain "open" does not say which step: the status stays, the notes are the news.
    QCOMPARE(changes.first().status, ReportStatus::Received);
    QVERIFY(changes.first().isNewStep);
    known[number] = {now.first().status,
                     now.first().statusNotes,
                     {},
                     ReportStatus::Received,
                     changes.first().publicText};

    // The updates extension carries the richer status.
    std::optional<open311::Parsed<QList<open311::Update>>> updates;
    bool offered = false;
    client.fetchUpdates(started.addSecs(-60), QDateTime::currentDateTimeUtc().addSecs(60),
                        [&](const auto &parsed, bool isOffered) {
                            updates = parsed;
                            offered = isOffered;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(updates.has_value(), 20000);
    QVERIFY(offered);
    QVERIFY2(*updates, qPrintable(updates->error));
    changes = open311StatusChanges(known, {}, *updates->value);
    QList<Open311StatusChange> mine;
    for (const Open311StatusChange &c : std::as_const(changes)) {
        if (c.serverId == number)
            mine << c;
    }
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().status, ReportStatus::InProgress);
    QCOMPARE(mine.first().updateId, number + u"-2"_s);
    QVERIFY(mine.first().isNewStep); // the same words, but now the step is known
    known[number].current = ReportStatus::InProgress;
    for (const open311::Update &u : *updates->value)
        QVERIFY(!u.description.contains(u"Intern"_s));

    // Resolved: now Open311's plain status turns to closed.
    QVERIFY2(m_api->changeReportStatus(m_counterToken, number, u"resolved"_s,
                                       u"De lamp is vervangen."_s, &problem),
             qPrintable(problem));
    now = poll();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().status, u"closed"_s);
    changes = open311StatusChanges(known, now, {});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().status, ReportStatus::Closed);
    QCOMPARE(changes.first().publicText, u"De lamp is vervangen."_s);
}

QTEST_GUILESS_MAIN(TestOpen311Hub)
#include "tst_open311_hub.moc"
