// Reports on the real loket-hub (issue 4; docs/api.md "Reports" and "Open311"): filing a report
// with its validation and roles, idempotency, the expected date in working days, forwarding to
// the municipality where the problem is, status changes with their rules, linking a citizen,
// photos; and Open311 GeoReport v2 in JSON and XML, read back with core/open311's parsers.
// Runs on SQLite (tst_hub_reports_sqlite) and PostgreSQL (tst_hub_reports_postgres).

#include "hubfixture.h"

#include "model/belgiantime.h"
#include "model/nationalnumber.h"
#include "model/reportrules.h"
#include "model/workingdays.h"
#include "open311/georeport.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QString leuven = u"24062"_s;
const QString herent = u"24038"_s;
const QString kortenberg = u"24055"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers key()
{
    return {{"Idempotency-Key", uuid().toLatin1()}};
}

QJsonObject citizen(const QString &id, const QString &nis, int n)
{
    const QDate born(1950 + n, 1 + n % 12, 1 + n % 28);
    return QJsonObject{{u"id"_s, id},
                       {u"national_number"_s, NationalNumber::make(born, 1 + n).digits()},
                       {u"family_name"_s, u"Peeters"_s},
                       {u"given_names"_s, u"Test %1"_s.arg(n)},
                       {u"birth_date"_s, born.toString(Qt::ISODate)},
                       {u"street"_s, u"Kerkstraat"_s},
                       {u"house_number"_s, QString::number(n)},
                       {u"postcode"_s, u"3000"_s},
                       {u"municipality_nis"_s, nis}};
}

QJsonObject field(const QString &code, const QString &datatype, bool required, int order,
                  const QStringList &keys = {}, bool variable = true)
{
    QJsonArray values;
    for (const QString &k : keys)
        values.append(QJsonObject{{u"key"_s, k}, {u"name_nl"_s, k.toUpper()}});
    return QJsonObject{{u"code"_s, code},         {u"datatype"_s, datatype},
                       {u"required"_s, required}, {u"variable"_s, variable},
                       {u"order"_s, order},       {u"description_nl"_s, u"Veld "_s + code},
                       {u"values"_s, values}};
}

QJsonObject withChanges(QJsonObject base, const QJsonObject &changes, const QStringList &removed)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    for (const QString &k : removed)
        base.remove(k);
    return base;
}

// A minimal real PNG (1x1) with a tEXt chunk that the hub must drop.
QByteArray pngWithText()
{
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
        "rkJggg==");
    // After the signature (8) and IHDR (25 bytes): a tEXt chunk naming a place.
    const QByteArray text = "GPS\0Leuven 50.87N 4.70E";
    QByteArray chunk;
    const quint32 n = quint32(text.size());
    chunk.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    chunk += "tEXt" + text + QByteArray(4, '\0');
    return png.left(33) + chunk + png.mid(33);
}

// A JPEG's structure with an Exif segment that the hub must drop.
QByteArray jpegWithExif()
{
    QByteArray out("\xFF\xD8", 2);
    const QByteArray jfif("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
    out += QByteArray("\xFF\xE0", 2) + char(0) + char(jfif.size() + 2) + jfif;
    const QByteArray exif = QByteArray("Exif\0\0", 6) + "GPSLatitude 50.8798 Camera X100";
    out += QByteArray("\xFF\xE1", 2) + char(0) + char(exif.size() + 2) + exif;
    out += QByteArray("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10) + QByteArray(64, '\x55') +
           QByteArray("\xFF\xD9", 2);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(loket::open311::Format)

class TestHubReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createValidation_data();
    void createValidation();
    void createRoles_data();
    void createRoles();
    void createdReportHasWhatTheHubDecides();
    void expectedDateCountsWorkingDays_data();
    void expectedDateCountsWorkingDays();
    void sameKeyTwiceMakesOneReport();
    void forwardedReportIsSeenByBothMunicipalities();
    void statusChanges_data();
    void statusChanges();
    void staleVersionAnswers412();
    void statusRoles_data();
    void statusRoles();
    void linkCitizen();
    void photos_data();
    void photos();

    void open311Discovery_data();
    void open311Discovery();
    void open311Catalogue_data();
    void open311Catalogue();
    void open311Jurisdiction_data();
    void open311Jurisdiction();
    void open311PostNeedsKey_data();
    void open311PostNeedsKey();
    void open311CreateAndFollow_data();
    void open311CreateAndFollow();
    void open311Keys();

private:
    // A report body as a client sends it: litter in Leuven for the first Leuven citizen.
    QJsonObject draft() const;
    Reply post(const QString &user, const QJsonObject &body, const Headers &headers = key());
    Reply postStatus(const QString &user, const QString &id, qint64 version,
                     const QJsonObject &body);
    // Files a report as `user` and returns its answer's JSON (fails the test otherwise).
    QJsonObject file(const QString &user, const QJsonObject &body);
    // Every report the feed gives `user`, by id.
    QHash<QString, QJsonObject> feedReports(const QString &user);
    Reply open311(const QByteArray &method, const QString &path, const QByteArray &form = {});

    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_staffIds;
    QString m_leuven1, m_leuven2, m_herent1;
    QString m_apiKeyLeuven;
};

void TestHubReports::initTestCase()
{
    m_hub = std::make_unique<HubProcess>();
    QString error;
    QVERIFY2(m_hub->createDatabase(&error), qPrintable(error));
    // Photos up to 5 MB travel as base64 in JSON: the body limit must allow them.
    QVERIFY2(m_hub->start({u"--max-body"_s, u"8388608"_s}, &error), qPrintable(error));
    m_http = std::make_unique<Http>(m_hub->url());
    Reply session;
    const QString admin = m_http->login(u"admin"_s, HubProcess::adminPassword(), &session);
    QVERIFY(!admin.isEmpty());
    m_tokens.insert(u"admin"_s, admin);
    m_staffIds.insert(u"admin"_s, session.json().value(u"staff_id"_s).toString());
    auto put = [&](const QString &path, const QJsonObject &body) {
        const Reply r = m_http->sendJson("PUT", path, body, admin);
        return r.status == 200 || r.status == 201 ? QString()
                                                  : path + u": "_s + QString::fromUtf8(r.body);
    };
    for (const auto &[nis, name] : QList<QPair<QString, QString>>{
             {leuven, u"Leuven"_s}, {herent, u"Herent"_s}, {kortenberg, u"Kortenberg"_s}}) {
        const QString problem = put(u"/api/v1/admin/municipalities/"_s + nis,
                                    {{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QJsonObject litter{{u"name_nl"_s, u"Zwerfvuil"_s},
                       {u"name_en"_s, u"Litter"_s},
                       {u"group"_s, u"cleanliness"_s},
                       {u"service"_s, u"Dienst Netheid"_s},
                       {u"norm_working_days"_s, 5},
                       {u"fields"_s, QJsonArray{field(u"size"_s, u"singlevaluelist"_s, false, 1,
                                                      {u"few"_s, u"bag"_s, u"more"_s})}}};
    QJsonObject light{{u"name_nl"_s, u"Straatlicht defect"_s},
                      {u"group"_s, u"utilities"_s},
                      {u"service"_s, u"Dienst Openbare Werken"_s},
                      {u"norm_working_days"_s, 10},
                      {u"fields"_s, QJsonArray{field(u"light_state"_s, u"singlevaluelist"_s, false,
                                                     2, {u"out"_s, u"flickering"_s}),
                                               field(u"pole_number"_s, u"string"_s, true, 1),
                                               field(u"info"_s, u"text"_s, false, 0, {}, false)}}};
    for (const auto &[code, body] :
         QList<QPair<QString, QJsonObject>>{{u"litter"_s, litter}, {u"streetlight"_s, light}}) {
        const QString problem = put(u"/api/v1/admin/categories/"_s + code, body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    m_leuven1 = uuid();
    m_leuven2 = uuid();
    m_herent1 = uuid();
    for (const auto &[id, nis, n] : QList<std::tuple<QString, QString, int>>{
             {m_leuven1, leuven, 1}, {m_leuven2, leuven, 2}, {m_herent1, herent, 3}}) {
        const QString problem = put(u"/api/v1/admin/citizens/"_s + id, citizen(id, nis, n));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const QList<std::tuple<QString, QString, QString>> accounts = {
        {u"counter-leuven"_s, u"counter"_s, leuven},
        {u"counter-herent"_s, u"counter"_s, herent},
        {u"counter-kortenberg"_s, u"counter"_s, kortenberg},
        {u"outreach-leuven"_s, u"outreach"_s, leuven},
        {u"helpdesk-leuven"_s, u"helpdesk"_s, leuven},
        {u"manager-leuven"_s, u"manager"_s, leuven},
    };
    for (const auto &[user, role, nis] : accounts) {
        const Reply r = m_http->sendJson("POST", u"/api/v1/admin/accounts"_s,
                                         {{u"user"_s, user},
                                          {u"password"_s, u"password-"_s + user},
                                          {u"role"_s, role},
                                          {u"municipality"_s, nis}},
                                         admin, key());
        QVERIFY2(r.status == 201, r.body.constData());
        m_staffIds.insert(user, r.json().value(u"staff_id"_s).toString());
        const QString token = m_http->login(user, u"password-"_s + user);
        QVERIFY(!token.isEmpty());
        m_tokens.insert(user, token);
    }
    const Reply k =
        m_http->sendJson("POST", u"/api/v1/admin/open311-keys"_s,
                         {{u"municipality"_s, leuven}, {u"label"_s, u"Website"_s}}, admin);
    QVERIFY2(k.status == 201, k.body.constData());
    m_apiKeyLeuven = k.json().value(u"api_key"_s).toString();
    QCOMPARE(m_apiKeyLeuven.size(), 64);
}

void TestHubReports::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

QJsonObject TestHubReports::draft() const
{
    return QJsonObject{
        {u"id"_s, uuid()},
        {u"category"_s, u"litter"_s},
        {u"description"_s, u"Zakken afval naast de glasbol."_s},
        {u"street"_s, u"Bondgenotenlaan"_s},
        {u"house_number"_s, u"12"_s},
        {u"postcode"_s, u"3000"_s},
        {u"location_nis"_s, leuven},
        {u"lat"_s, 50.8798},
        {u"long"_s, 4.7005},
        {u"citizen_ids"_s, QJsonArray{m_leuven1}},
        {u"notify_by"_s, u"email"_s},
        {u"attributes"_s, QJsonArray{QJsonObject{{u"code"_s, u"size"_s}, {u"value"_s, u"bag"_s}}}}};
}

Reply TestHubReports::post(const QString &user, const QJsonObject &body, const Headers &headers)
{
    return m_http->sendJson("POST", u"/api/v1/reports"_s, body, m_tokens.value(user), headers);
}

Reply TestHubReports::postStatus(const QString &user, const QString &id, qint64 version,
                                 const QJsonObject &body)
{
    Headers headers = key();
    if (version >= 0)
        headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    return m_http->sendJson("POST", u"/api/v1/reports/%1/status"_s.arg(id), body,
                            m_tokens.value(user), headers);
}

QJsonObject TestHubReports::file(const QString &user, const QJsonObject &body)
{
    const Reply r = post(user, body);
    if (r.status != 201) {
        qWarning("filing failed: %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json();
}

QHash<QString, QJsonObject> TestHubReports::feedReports(const QString &user)
{
    QHash<QString, QJsonObject> out;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const Reply r =
            m_http->get(u"/api/v1/changes?limit=500&since="_s + cursor, m_tokens.value(user));
        if (r.status != 200)
            return {};
        const QJsonObject json = r.json();
        for (const QJsonValue &v : json.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"type"_s).toString() != u"report"_s)
                continue;
            if (c.value(u"op"_s).toString() == u"delete"_s)
                out.remove(c.value(u"id"_s).toString());
            else
                out.insert(c.value(u"id"_s).toString(), c.value(u"data"_s).toObject());
        }
        cursor = json.value(u"cursor"_s).toString();
        if (!json.value(u"more"_s).toBool())
            break;
    }
    return out;
}

Reply TestHubReports::open311(const QByteArray &method, const QString &path, const QByteArray &form)
{
    Headers headers;
    if (method == "POST")
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return m_http->send(method, u"/open311/v2/"_s + path, form, headers);
}

void TestHubReports::createValidation_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString invalid = u"invalid"_s;
    QTest::newRow("unknown category") << QJsonObject{{u"category"_s, u"volcano"_s}} << QStringList()
                                      << 400 << invalid << u"category"_s;
    QTest::newRow("no category") << QJsonObject() << QStringList{u"category"_s} << 400 << invalid
                                 << u"category"_s;
    QTest::newRow("required extra field missing")
        << QJsonObject{{u"category"_s, u"streetlight"_s}, {u"attributes"_s, QJsonArray()}}
        << QStringList() << 400 << invalid << u"attributes.pole_number"_s;
    QTest::newRow("required extra field empty")
        << QJsonObject{{u"category"_s, u"streetlight"_s},
                       {u"attributes"_s, QJsonArray{QJsonObject{{u"code"_s, u"pole_number"_s},
                                                                {u"value"_s, u"  "_s}}}}}
        << QStringList() << 400 << invalid << u"attributes.pole_number"_s;
    QTest::newRow("list value not among the keys")
        << QJsonObject{{u"attributes"_s,
                        QJsonArray{QJsonObject{{u"code"_s, u"size"_s}, {u"value"_s, u"huge"_s}}}}}
        << QStringList() << 400 << invalid << u"attributes.size"_s;
    QTest::newRow("extra field of another category")
        << QJsonObject{{u"attributes"_s, QJsonArray{QJsonObject{{u"code"_s, u"pole_number"_s},
                                                                {u"value"_s, u"A12"_s}}}}}
        << QStringList() << 400 << invalid << u"attributes.pole_number"_s;
    QTest::newRow("location outside the region")
        << QJsonObject{{u"location_nis"_s, u"11002"_s}} << QStringList() << 400 << invalid
        << u"location_nis"_s;
    QTest::newRow("description over 4000 characters")
        << QJsonObject{{u"description"_s, QString(4001, u'x')}} << QStringList() << 400 << invalid
        << u"description"_s;
    QTest::newRow("no location at all")
        << QJsonObject() << QStringList{u"street"_s, u"lat"_s, u"long"_s} << 400 << invalid
        << u"street"_s;
    QTest::newRow("lat without long")
        << QJsonObject() << QStringList{u"long"_s, u"street"_s} << 400 << invalid << u"lat"_s;
    QTest::newRow("address without postcode")
        << QJsonObject() << QStringList{u"postcode"_s} << 400 << invalid << u"postcode"_s;
    QTest::newRow("id not a UUID")
        << QJsonObject{{u"id"_s, u"report-1"_s}} << QStringList() << 400 << invalid << u"id"_s;
    QTest::newRow("unknown notify_by") << QJsonObject{{u"notify_by"_s, u"pigeon"_s}}
                                       << QStringList() << 400 << invalid << u"notify_by"_s;
    QTest::newRow("unknown citizen") << QJsonObject{{u"citizen_ids"_s, QJsonArray{uuid()}}}
                                     << QStringList() << 422 << u"unknown_citizen"_s << QString();
}

void TestHubReports::createValidation()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, removed);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QJsonObject body = withChanges(draft(), changes, removed);
    const Reply r = post(u"counter-leuven"_s, body);
    QVERIFY2(r.status == status, r.body.constData());
    const QJsonObject error = r.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(error.value(u"field"_s).toString(), field);
    // Nothing was stored: the id is free.
    QCOMPARE(m_http
                 ->get(u"/api/v1/reports/"_s + body.value(u"id"_s).toString(),
                       m_tokens.value(u"counter-leuven"_s))
                 .status,
             404);
}

void TestHubReports::createRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("citizens");
    QTest::addColumn<int>("status");

    QTest::newRow("counter, own citizen") << u"counter-leuven"_s << QStringList{m_leuven1} << 201;
    QTest::newRow("counter, no citizen") << u"counter-leuven"_s << QStringList() << 201;
    QTest::newRow("counter, citizen of another municipality")
        << u"counter-leuven"_s << QStringList{m_herent1} << 403;
    QTest::newRow("helpdesk") << u"helpdesk-leuven"_s << QStringList{m_leuven2} << 201;
    QTest::newRow("outreach, citizen not on the visit list")
        << u"outreach-leuven"_s << QStringList{m_leuven1} << 403;
    QTest::newRow("outreach, no citizen") << u"outreach-leuven"_s << QStringList() << 201;
    QTest::newRow("manager") << u"manager-leuven"_s << QStringList() << 403;
    QTest::newRow("admin") << u"admin"_s << QStringList() << 403;
}

void TestHubReports::createRoles()
{
    QFETCH(QString, user);
    QFETCH(QStringList, citizens);
    QFETCH(int, status);
    const QJsonObject body =
        withChanges(draft(), {{u"citizen_ids"_s, QJsonArray::fromStringList(citizens)}}, {});
    const Reply r = post(user, body);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 201)
        QCOMPARE(r.json().value(u"received_nis"_s).toString(), leuven);
}

void TestHubReports::createdReportHasWhatTheHubDecides()
{
    // What only the hub decides is ignored when a client sends it.
    const QJsonObject body =
        withChanges(draft(),
                    {{u"public_number"_s, u"M-1999-0000001"_s},
                     {u"status"_s, u"resolved"_s},
                     {u"expected_date"_s, u"1999-01-01"_s},
                     {u"received_nis"_s, herent},
                     {u"history"_s, QJsonArray{QJsonObject{{u"seq"_s, 1},
                                                           {u"status"_s, u"closed"_s},
                                                           {u"at"_s, u"1999-01-01T00:00:00Z"_s}}}}},
                    {});
    const Reply r = post(u"counter-leuven"_s, body);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    QString problem;
    const auto report = wire::reportFromJson(r.json(), &problem);
    QVERIFY2(report, qPrintable(problem));
    QCOMPARE(report->id, body.value(u"id"_s).toString());
    const int year = belgianDate(report->createdAt).year();
    QVERIFY2(
        QRegularExpression(u"^M-%1-\\d{7}$"_s.arg(year)).match(report->publicNumber).hasMatch(),
        qPrintable(report->publicNumber));
    QCOMPARE(report->status, ReportStatus::Received);
    QCOMPARE(report->receivedNis, leuven);
    QCOMPARE(report->locationNis, leuven);
    QCOMPARE(report->history.size(), 1);
    QCOMPARE(report->history.first().seq, 1);
    QCOMPARE(report->history.first().status, ReportStatus::Received);
    QCOMPARE(report->history.first().staffId, m_staffIds.value(u"counter-leuven"_s));
    QVERIFY(!report->history.first().publicText.isEmpty());
    QCOMPARE(report->notifyBy, NotifyChannel::Email);
    QCOMPARE(report->attributes.size(), 1);
    QCOMPARE(report->attributes.first(), std::make_pair(u"size"_s, u"bag"_s));
    QCOMPARE(report->citizenIds, QStringList{m_leuven1});
    QCOMPARE(report->version, 1);
    // Numbers are unique.
    const QJsonObject second = file(u"counter-leuven"_s, draft());
    QVERIFY(!second.isEmpty());
    QVERIFY(second.value(u"public_number"_s).toString() != report->publicNumber);
    // Read back as it was answered.
    const Reply read =
        m_http->get(u"/api/v1/reports/"_s + report->id, m_tokens.value(u"counter-leuven"_s));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json(), r.json());
}

void TestHubReports::expectedDateCountsWorkingDays_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("norm");
    QTest::newRow("litter, 5 working days") << u"litter"_s << 5;
    QTest::newRow("street light, 10 working days") << u"streetlight"_s << 10;
}

void TestHubReports::expectedDateCountsWorkingDays()
{
    // The hub has no injectable clock: the expectation follows from the created_at it answers
    // (tst_reports checks expectedDateFor() itself across weekends and public holidays).
    QFETCH(QString, category);
    QFETCH(int, norm);
    QJsonObject body = withChanges(draft(), {{u"category"_s, category}}, {});
    if (category == u"streetlight"_s)
        body.insert(u"attributes"_s, QJsonArray{QJsonObject{{u"code"_s, u"pole_number"_s},
                                                            {u"value"_s, u"LV-0412"_s}}});
    const QJsonObject report = file(u"counter-leuven"_s, body);
    QVERIFY(!report.isEmpty());
    const QString createdAt = report.value(u"created_at"_s).toString();
    const QDate created = belgianDate(createdAt);
    const QDate expected =
        QDate::fromString(report.value(u"expected_date"_s).toString(), Qt::ISODate);
    QVERIFY(expected.isValid());
    QCOMPARE(expected, expectedDateFor(created, norm));
    QCOMPARE(workingDaysBetween(created, expected), norm);
    QVERIFY(isWorkingDay(expected));
    // From a working day, five working days or more always span a weekend: counting calendar
    // days would come out short.
    QVERIFY(created.daysTo(expected) >= norm);
    if (isWorkingDay(created))
        QVERIFY(created.daysTo(expected) > norm);
}

void TestHubReports::sameKeyTwiceMakesOneReport()
{
    const QJsonObject body = draft();
    const Headers headers = key();
    const Reply first = post(u"counter-leuven"_s, body, headers);
    QCOMPARE(first.status, 201);
    const Reply again = post(u"counter-leuven"_s, body, headers);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json(), first.json());
    // Another key for the same report id creates nothing either.
    const Reply other = post(u"counter-leuven"_s, body);
    QCOMPARE(other.status, 409);
    // One report with that id in the feed, at version 1.
    const auto reports = feedReports(u"counter-leuven"_s);
    const QString id = body.value(u"id"_s).toString();
    QVERIFY(reports.contains(id));
    QCOMPARE(reports.value(id).value(u"version"_s).toInt(), 1);
    QCOMPARE(reports.value(id).value(u"public_number"_s), first.json().value(u"public_number"_s));
    // Without a key the hub refuses: a client's outbox always has one.
    QCOMPARE(post(u"counter-leuven"_s, draft(), {}).status, 400);
}

void TestHubReports::forwardedReportIsSeenByBothMunicipalities()
{
    // Received in Leuven, for a place in Herent.
    const QJsonObject body = withChanges(draft(),
                                         {{u"street"_s, u"Wijgmaalsesteenweg"_s},
                                          {u"postcode"_s, u"3020"_s},
                                          {u"location_nis"_s, herent}},
                                         {});
    const QJsonObject report = file(u"counter-leuven"_s, body);
    QVERIFY(!report.isEmpty());
    const QString id = report.value(u"id"_s).toString();
    QCOMPARE(report.value(u"received_nis"_s).toString(), leuven);
    QCOMPARE(report.value(u"location_nis"_s).toString(), herent);
    QCOMPARE(report.value(u"status"_s).toString(), u"forwarded"_s);
    const QJsonArray history = report.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).toObject().value(u"seq"_s).toInt(), 2);
    QCOMPARE(history.at(1).toObject().value(u"status"_s).toString(), u"forwarded"_s);
    QVERIFY(history.at(1).toObject().value(u"public_text"_s).toString().contains(u"Herent"_s));
    QCOMPARE(report.value(u"category"_s).toString(), u"litter"_s);

    // Both counters read it and get it in their feed; Kortenberg's does neither.
    for (const QString &user : {u"counter-leuven"_s, u"counter-herent"_s}) {
        QCOMPARE(m_http->get(u"/api/v1/reports/"_s + id, m_tokens.value(user)).status, 200);
        QVERIFY2(feedReports(user).contains(id), qPrintable(user));
    }
    QCOMPARE(
        m_http->get(u"/api/v1/reports/"_s + id, m_tokens.value(u"counter-kortenberg"_s)).status,
        403);
    QVERIFY(!feedReports(u"counter-kortenberg"_s).contains(id));
    // It stays in the citizen's dossier.
    const Reply dossier = m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(m_leuven1),
                                      m_tokens.value(u"counter-leuven"_s));
    QVERIFY2(dossier.status == 200, dossier.body.constData());
    bool found = false;
    for (const QJsonValue &v : dossier.json().value(u"reports"_s).toArray())
        found = found || v.toObject().value(u"id"_s).toString() == id;
    QVERIFY(found);

    // Herent takes it up; Leuven still sees the new state.
    const Reply taken = postStatus(
        u"counter-herent"_s, id, 1,
        {{u"status"_s, u"acknowledged"_s}, {u"public_text"_s, u"We bekijken uw melding."_s}});
    QVERIFY2(taken.status == 200, taken.body.constData());
    QCOMPARE(feedReports(u"counter-leuven"_s).value(id).value(u"status"_s).toString(),
             u"acknowledged"_s);
}

void TestHubReports::statusChanges_data()
{
    // Steps applied in order to one new report; each with the answer it must get.
    QTest::addColumn<QStringList>("steps"); // "status|public text|expected HTTP status"
    QTest::newRow("resolved, closed, reopened")
        << QStringList{u"acknowledged||200"_s, u"acknowledged||400"_s,
                       u"resolved||400"_s,     u"resolved|Opgeruimd.|200"_s,
                       u"scheduled||400"_s,    u"closed||200"_s,
                       u"in_progress||200"_s,  u"resolved|Opnieuw opgeruimd.|200"_s};
    QTest::newRow("closed without being resolved") << QStringList{
        u"in_progress||200"_s, u"closed||200"_s, u"closed||400"_s, u"acknowledged||200"_s};
    QTest::newRow("texts of at most 2000 characters")
        << QStringList{u"acknowledged|%1|400"_s.arg(QString(2001, u'x')),
                       u"acknowledged|%1|200"_s.arg(QString(2000, u'x'))};
    QTest::newRow("rejected needs a text, received never again")
        << QStringList{u"received||400"_s, u"rejected||400"_s, u"rejected|Privéterrein.|200"_s,
                       u"resolved|x|400"_s, u"acknowledged||200"_s};
    QTest::newRow("duplicate and forwarded need a text")
        << QStringList{u"duplicate||400"_s, u"forwarded||400"_s, u"forwarded|Naar Herent.|200"_s,
                       u"duplicate|Al gemeld.|200"_s};
    QTest::newRow("an unknown status") << QStringList{u"fixed||400"_s};
}

void TestHubReports::statusChanges()
{
    QFETCH(QStringList, steps);
    const QJsonObject report = file(u"counter-leuven"_s, draft());
    QVERIFY(!report.isEmpty());
    const QString id = report.value(u"id"_s).toString();
    qint64 version = 1;
    int entries = 1;
    for (const QString &step : std::as_const(steps)) {
        const QStringList parts = step.split(u'|');
        const QString status = parts.at(0);
        const int expected = parts.at(2).toInt();
        const QString note = u"intern: "_s + status;
        const Reply r = postStatus(
            u"counter-leuven"_s, id, version,
            {{u"status"_s, status}, {u"public_text"_s, parts.at(1)}, {u"internal_note"_s, note}});
        QVERIFY2(r.status == expected, qPrintable(step + u": "_s + QString::fromUtf8(r.body)));
        if (expected != 200) {
            QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                     u"invalid"_s);
            continue;
        }
        ++entries;
        const QJsonObject now = r.json();
        QCOMPARE(now.value(u"version"_s).toInteger(), version + 1);
        version = now.value(u"version"_s).toInteger();
        QCOMPARE(now.value(u"status"_s).toString(), status);
        const QJsonArray history = now.value(u"history"_s).toArray();
        QCOMPARE(history.size(), entries);
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(u"seq"_s).toInt(), entries);
        QCOMPARE(last.value(u"status"_s).toString(), status);
        QCOMPARE(last.value(u"internal_note"_s).toString(), note);
        QCOMPARE(last.value(u"public_text"_s).toString(), parts.at(1));
        QCOMPARE(last.value(u"staff_id"_s).toString(), m_staffIds.value(u"counter-leuven"_s));
        QVERIFY(!last.value(u"at"_s).toString().isEmpty());
    }
}

void TestHubReports::staleVersionAnswers412()
{
    const QJsonObject report = file(u"counter-leuven"_s, draft());
    const QString id = report.value(u"id"_s).toString();
    QCOMPARE(postStatus(u"counter-leuven"_s, id, 1, {{u"status"_s, u"acknowledged"_s}}).status,
             200);
    // A second client still on version 1.
    const Reply stale = postStatus(u"counter-leuven"_s, id, 1, {{u"status"_s, u"scheduled"_s}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
    const QJsonObject current = stale.json().value(u"current"_s).toObject();
    QCOMPARE(current.value(u"status"_s).toString(), u"acknowledged"_s);
    QCOMPARE(current.value(u"version"_s).toInt(), 2);
    // Without If-Match: 428.
    QCOMPARE(postStatus(u"counter-leuven"_s, id, -1, {{u"status"_s, u"scheduled"_s}}).status, 428);
    QCOMPARE(postStatus(u"counter-leuven"_s, id, 2, {{u"status"_s, u"scheduled"_s}}).status, 200);
}

void TestHubReports::statusRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("counter where it is received") << u"counter-leuven"_s << 200;
    QTest::newRow("counter where it is") << u"counter-herent"_s << 200;
    QTest::newRow("counter elsewhere") << u"counter-kortenberg"_s << 403;
    QTest::newRow("helpdesk") << u"helpdesk-leuven"_s << 200;
    QTest::newRow("admin") << u"admin"_s << 200;
    QTest::newRow("outreach") << u"outreach-leuven"_s << 403;
    QTest::newRow("manager") << u"manager-leuven"_s << 403;
}

void TestHubReports::statusRoles()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    const QJsonObject report =
        file(u"counter-leuven"_s,
             withChanges(draft(), {{u"location_nis"_s, herent}, {u"postcode"_s, u"3020"_s}}, {}));
    QVERIFY(!report.isEmpty());
    const Reply r =
        postStatus(user, report.value(u"id"_s).toString(), 1, {{u"status"_s, u"in_progress"_s}});
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 200)
        QCOMPARE(r.json()
                     .value(u"history"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"staff_id"_s)
                     .toString(),
                 m_staffIds.value(user));
}

void TestHubReports::linkCitizen()
{
    const QJsonObject report = file(u"counter-leuven"_s, draft());
    const QString id = report.value(u"id"_s).toString();
    const QString path = u"/api/v1/reports/%1/citizens"_s.arg(id);
    const QString token = m_tokens.value(u"counter-leuven"_s);
    const Reply linked =
        m_http->sendJson("POST", path, {{u"citizen_id"_s, m_leuven2}}, token, key());
    QVERIFY2(linked.status == 200, linked.body.constData());
    QCOMPARE(linked.json().value(u"citizen_ids"_s).toArray(), (QJsonArray{m_leuven1, m_leuven2}));
    QCOMPARE(linked.json().value(u"version"_s).toInt(), 2);
    // Linking again changes nothing.
    const Reply again =
        m_http->sendJson("POST", path, {{u"citizen_id"_s, m_leuven2}}, token, key());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"version"_s).toInt(), 2);
    // The report is now in the second citizen's dossier.
    const Reply dossier = m_http->get(u"/api/v1/citizens/%1/dossier"_s.arg(m_leuven2), token);
    QVERIFY(dossier.body.contains(id.toUtf8()));
    // A citizen the hub does not know, or one outside the account's municipalities.
    QCOMPARE(m_http->sendJson("POST", path, {{u"citizen_id"_s, uuid()}}, token, key()).status, 422);
    QCOMPARE(m_http->sendJson("POST", path, {{u"citizen_id"_s, m_herent1}}, token, key()).status,
             403);
    QCOMPARE(m_http->sendJson("POST", path, {}, token, key()).status, 400);
    QCOMPARE(m_http
                 ->sendJson("POST", path, {{u"citizen_id"_s, m_leuven2}},
                            m_tokens.value(u"manager-leuven"_s), key())
                 .status,
             403);
}

void TestHubReports::photos_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("mustBeGone"); // metadata the stored photo must not hold

    QTest::newRow("png") << pngWithText() << u"image/png"_s << 201 << QByteArray("GPS");
    QTest::newRow("jpeg") << jpegWithExif() << u"image/jpeg"_s << 201 << QByteArray("GPSLatitude");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << u"image/gif"_s << 415
                         << QByteArray();
    QTest::newRow("a jpeg that says png")
        << jpegWithExif() << u"image/png"_s << 415 << QByteArray();
    QTest::newRow("broken jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x99 short", 14)
                                 << u"image/jpeg"_s << 415 << QByteArray();
    QByteArray big = pngWithText();
    big.append(QByteArray(5 * 1024 * 1024, '\0'));
    QTest::newRow("over 5 MB") << big << u"image/png"_s << 413 << QByteArray();
}

void TestHubReports::photos()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mimeType);
    QFETCH(int, status);
    QFETCH(QByteArray, mustBeGone);
    const QJsonObject report = file(u"counter-leuven"_s, draft());
    const QString id = report.value(u"id"_s).toString();
    const QString photoId = uuid();
    const QString token = m_tokens.value(u"counter-leuven"_s);
    const Reply r = m_http->sendJson("POST", u"/api/v1/reports/%1/photos"_s.arg(id),
                                     {{u"id"_s, photoId},
                                      {u"file_name"_s, u"foto.bin"_s},
                                      {u"mime_type"_s, mimeType},
                                      {u"data"_s, QString::fromLatin1(data.toBase64())}},
                                     token, key());
    QVERIFY2(r.status == status, r.body.left(300).constData());
    const Reply after = m_http->get(u"/api/v1/reports/"_s + id, token);
    const QJsonArray photos = after.json().value(u"photos"_s).toArray();
    if (status != 201) {
        QVERIFY(photos.isEmpty());
        QCOMPARE(m_http->get(u"/api/v1/report-photos/"_s + photoId, token).status, 404);
        return;
    }
    QCOMPARE(photos.size(), 1);
    const QJsonObject meta = photos.first().toObject();
    QCOMPARE(meta.value(u"id"_s).toString(), photoId);
    QCOMPARE(meta.value(u"mime_type"_s).toString(), mimeType);
    const Reply bytes = m_http->get(u"/api/v1/report-photos/"_s + photoId, token);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.header("Content-Type"), mimeType.toLatin1());
    QCOMPARE(meta.value(u"size"_s).toInteger(), bytes.body.size());
    QVERIFY(!bytes.body.contains(mustBeGone));
    QVERIFY(bytes.body.size() < data.size());
    // The image itself is intact: what follows the metadata is byte for byte the same.
    QVERIFY(data.endsWith(bytes.body.right(30)));
    // Counters of other municipalities do not see it.
    QCOMPARE(
        m_http->get(u"/api/v1/report-photos/"_s + photoId, m_tokens.value(u"counter-kortenberg"_s))
            .status,
        403);
}

void TestHubReports::open311Discovery_data()
{
    QTest::addColumn<open311::Format>("format");
    QTest::newRow("json") << open311::Format::Json;
    QTest::newRow("xml") << open311::Format::Xml;
}

void TestHubReports::open311Discovery()
{
    QFETCH(open311::Format, format);
    const QString suffix = open311::formatSuffix(format);
    const Reply r = open311("GET", u"discovery."_s + suffix);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.header("Content-Type").contains(format == open311::Format::Json ? "json" : "xml"));
    const auto endpoints = open311::parseDiscovery(r.body, format);
    QVERIFY2(endpoints, qPrintable(endpoints.error));
    QCOMPARE(endpoints.value->size(), 1);
    QVERIFY(endpoints.value->first().url.endsWith(u"/open311/v2"_s));
    QVERIFY(endpoints.value->first().formats.contains(u"text/xml"_s));
    // A format the server does not speak.
    QCOMPARE(open311("GET", u"discovery.csv"_s).status, 404);
}

void TestHubReports::open311Catalogue_data()
{
    open311Discovery_data();
}

void TestHubReports::open311Catalogue()
{
    QFETCH(open311::Format, format);
    const QString suffix = open311::formatSuffix(format);
    const Reply r = open311("GET", u"services."_s + suffix + u"?jurisdiction_id=leuven.be"_s);
    QVERIFY2(r.status == 200, r.body.constData());
    const auto services = open311::parseServices(r.body, format);
    QVERIFY2(services, qPrintable(services.error));
    QCOMPARE(services.value->size(), 2);
    const open311::Service litter = services.value->at(0);
    QCOMPARE(litter.code, u"litter"_s);
    QCOMPARE(litter.name, u"Zwerfvuil"_s);
    QCOMPARE(litter.group, u"cleanliness"_s);
    QVERIFY(litter.metadata);
    QCOMPARE(litter.type, open311::Service::Type::Realtime);

    const Reply d = open311("GET", u"services/streetlight."_s + suffix);
    QVERIFY2(d.status == 200, d.body.constData());
    const auto definition = open311::parseServiceDefinition(d.body, format);
    QVERIFY2(definition, qPrintable(definition.error));
    QCOMPARE(definition.value->serviceCode, u"streetlight"_s);
    QStringList codes;
    for (const open311::Attribute &a : definition.value->attributes)
        codes << a.code;
    QCOMPARE(codes, (QStringList{u"info"_s, u"pole_number"_s, u"light_state"_s})); // by order
    QVERIFY(!definition.value->attributes.at(0).variable);
    QVERIFY(definition.value->attributes.at(1).required);
    QCOMPARE(definition.value->attributes.at(2).values.size(), 2);
    QCOMPARE(definition.value->attributes.at(2).values.at(0).key, u"out"_s);

    const Reply unknown = open311("GET", u"services/volcano."_s + suffix);
    QCOMPARE(unknown.status, 404);
    const auto errors = open311::parseErrors(unknown.body, format);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, 404);
}

void TestHubReports::open311Jurisdiction_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<int>("status");
    QTest::newRow("leuven.be") << u"leuven.be"_s << 200;
    QTest::newRow("herent.be") << u"herent.be"_s << 200;
    QTest::newRow("upper case") << u"Kortenberg.be"_s << 200;
    QTest::newRow("not in the region") << u"gent.be"_s << 400;
    QTest::newRow("nonsense") << u"x"_s << 400;
}

void TestHubReports::open311Jurisdiction()
{
    QFETCH(QString, jurisdiction);
    QFETCH(int, status);
    for (const open311::Format format : {open311::Format::Json, open311::Format::Xml}) {
        const Reply r = open311("GET", u"requests.%1?jurisdiction_id=%2"_s.arg(
                                           open311::formatSuffix(format), jurisdiction));
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 200) {
            QVERIFY(open311::parseRequests(r.body, format));
        } else {
            const auto errors = open311::parseErrors(r.body, format);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().code, 400);
        }
    }
}

void TestHubReports::open311PostNeedsKey_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<int>("status");
    QTest::newRow("no key") << QString() << 403;
    QTest::newRow("a wrong key") << QString(64, u'a') << 403;
    QTest::newRow("the municipality's key") << u"valid"_s << 201;
}

void TestHubReports::open311PostNeedsKey()
{
    QFETCH(QString, apiKey);
    QFETCH(int, status);
    for (const open311::Format format : {open311::Format::Json, open311::Format::Xml}) {
        open311::NewRequest n;
        n.jurisdictionId = u"leuven.be"_s;
        n.apiKey = apiKey == u"valid"_s ? m_apiKeyLeuven : apiKey;
        n.serviceCode = u"litter"_s;
        n.addressString = u"Bondgenotenlaan 12, 3000 Leuven"_s;
        n.description = u"Blikjes in de berm"_s;
        const Reply r = open311("POST", u"requests."_s + open311::formatSuffix(format),
                                open311::encodeNewRequest(n));
        QVERIFY2(r.status == status, r.body.constData());
        if (status != 201) {
            const auto errors = open311::parseErrors(r.body, format);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().code, status);
        }
    }
}

void TestHubReports::open311CreateAndFollow_data()
{
    open311Discovery_data();
}

void TestHubReports::open311CreateAndFollow()
{
    QFETCH(open311::Format, format);
    const QString suffix = open311::formatSuffix(format);
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate);
    open311::NewRequest n;
    n.jurisdictionId = u"leuven.be"_s;
    n.apiKey = m_apiKeyLeuven;
    n.serviceCode = u"streetlight"_s;
    n.addressString = u"Naamsestraat 80, 3000 Leuven"_s;
    n.latitude = 50.8737;
    n.longitude = 4.7001;
    n.description = u"Lamp brandt niet meer."_s;
    n.attributes = {{u"pole_number"_s, u"LV-2231"_s}, {u"light_state"_s, u"out"_s}};
    const Reply created = open311("POST", u"requests."_s + suffix, open311::encodeNewRequest(n));
    QVERIFY2(created.status == 201, created.body.constData());
    const auto answer = open311::parseCreated(created.body, format);
    QVERIFY2(answer && answer.value->size() == 1, qPrintable(answer.error));
    const QString number = answer.value->first().id;
    QVERIFY2(number.startsWith(u"M-"_s), qPrintable(number));
    QVERIFY(answer.value->first().token.isEmpty());
    QVERIFY(!answer.value->first().serviceNotice.isEmpty());

    // The same report through the regional API: received by Leuven, no citizen.
    const auto leuvenReports = feedReports(u"counter-leuven"_s);
    QJsonObject report;
    for (const QJsonObject &r : leuvenReports) {
        if (r.value(u"public_number"_s).toString() == number)
            report = r;
    }
    QVERIFY(!report.isEmpty());
    QCOMPARE(report.value(u"street"_s).toString(), u"Naamsestraat"_s);
    QCOMPARE(report.value(u"house_number"_s).toString(), u"80"_s);
    QCOMPARE(report.value(u"postcode"_s).toString(), u"3000"_s);
    QCOMPARE(report.value(u"received_nis"_s).toString(), leuven);
    QVERIFY(report.value(u"citizen_ids"_s).toArray().isEmpty());
    QCOMPARE(report.value(u"attributes"_s).toArray().size(), 2);

    // By id, and in the list with filters.
    const Reply one = open311("GET", u"requests/%1.%2"_s.arg(number, suffix));
    QVERIFY2(one.status == 200, one.body.constData());
    const auto requests = open311::parseRequests(one.body, format);
    QVERIFY2(requests && requests.value->size() == 1, qPrintable(requests.error));
    const open311::ServiceRequest &req = requests.value->first();
    QCOMPARE(req.id, number);
    QCOMPARE(req.status, u"open"_s);
    QCOMPARE(req.serviceCode, u"streetlight"_s);
    QCOMPARE(req.serviceName, u"Straatlicht defect"_s);
    QCOMPARE(req.agencyResponsible, u"Dienst Openbare Werken"_s);
    QCOMPARE(req.address, u"Naamsestraat 80, 3000 Leuven"_s);
    QCOMPARE(req.zipcode, u"3000"_s);
    QVERIFY(req.latitude && qAbs(*req.latitude - 50.8737) < 1e-9);
    QCOMPARE(req.expectedAt.toTimeZone(QTimeZone("Europe/Brussels")).date(),
             QDate::fromString(report.value(u"expected_date"_s).toString(), Qt::ISODate));
    QVERIFY(req.requestedAt.isValid());

    auto listed = [&](const QString &query) {
        const Reply r = open311("GET", u"requests.%1?%2"_s.arg(suffix, query));
        const auto list = open311::parseRequests(r.body, format);
        QStringList ids;
        for (const open311::ServiceRequest &s :
             list.value.value_or(QList<open311::ServiceRequest>()))
            ids << s.id;
        return ids;
    };
    QVERIFY(listed(u"service_request_id="_s + number + u",M-1999-0000001"_s) ==
            QStringList{number});
    QVERIFY(listed(u"service_code=streetlight&status=open&start_date="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(since)))
                .contains(number));
    QVERIFY(!listed(u"service_code=litter"_s).contains(number));
    QVERIFY(!listed(u"status=closed"_s).contains(number));
    QVERIFY(!listed(u"jurisdiction_id=herent.be"_s).contains(number));
    QVERIFY(!listed(u"end_date=2000-01-01T00:00:00Z"_s).contains(number));
    const QStringList newest = listed(QString());
    QCOMPARE(newest.first(), number); // newest first
    QCOMPARE(open311("GET", u"requests/M-1999-0000001."_s + suffix).status, 404);
    QCOMPARE(open311("GET", u"tokens/abc."_s + suffix).status, 404);

    // A status change through the regional API shows as open/closed and as an update.
    const QString id = report.value(u"id"_s).toString();
    const Reply changed =
        postStatus(u"counter-leuven"_s, id, report.value(u"version"_s).toInteger(),
                   {{u"status"_s, u"resolved"_s},
                    {u"public_text"_s, u"De lamp is vervangen."_s},
                    {u"internal_note"_s, u"Ploeg 3, LED-armatuur"_s}});
    QVERIFY2(changed.status == 200, changed.body.constData());
    const auto after = open311::parseRequests(
        open311("GET", u"requests/%1.%2"_s.arg(number, suffix)).body, format);
    QVERIFY(after && after.value->size() == 1);
    QCOMPARE(after.value->first().status, u"closed"_s);
    QCOMPARE(after.value->first().statusNotes, u"De lamp is vervangen."_s);

    const Reply u =
        open311("GET", u"servicerequestupdates.%1?start_date=%2"_s.arg(
                           suffix, QString::fromLatin1(QUrl::toPercentEncoding(since))));
    QVERIFY2(u.status == 200, u.body.constData());
    QVERIFY(!u.body.contains("Ploeg 3")); // never the internal note
    const auto updates = open311::parseUpdates(u.body, format);
    QVERIFY2(updates, qPrintable(updates.error));
    QList<open311::Update> mine;
    for (const open311::Update &x : *updates.value) {
        if (x.requestId == number)
            mine << x;
    }
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().updateId, number + u"-2"_s);
    QCOMPARE(mine.first().status, open311::extendedStatus(ReportStatus::Resolved));
    QCOMPARE(open311::statusFromOpen311(mine.first().status), ReportStatus::Resolved);
    QCOMPARE(mine.first().description, u"De lamp is vervangen."_s);
    const Reply none =
        open311("GET", u"servicerequestupdates.%1?end_date=2000-01-01T00:00:00Z"_s.arg(suffix));
    QVERIFY(open311::parseUpdates(none.body, format)
                .value.value_or(QList<open311::Update>{{}})
                .isEmpty());

    // Filed through Leuven's key for a place in Herent: forwarded, and Herent's to list.
    n.jurisdictionId = u"herent.be"_s;
    n.addressString = u"Wijgmaalsesteenweg 3, 3020 Herent"_s;
    const Reply forwarded = open311("POST", u"requests."_s + suffix, open311::encodeNewRequest(n));
    QVERIFY2(forwarded.status == 201, forwarded.body.constData());
    const QString other = open311::parseCreated(forwarded.body, format).value->first().id;
    QVERIFY(listed(u"jurisdiction_id=herent.be"_s).contains(other));
    QVERIFY(!listed(u"jurisdiction_id=leuven.be"_s).contains(other));
    // A missing required field is the spec's 400.
    n.attributes = {};
    const Reply bad = open311("POST", u"requests."_s + suffix, open311::encodeNewRequest(n));
    QCOMPARE(bad.status, 400);
    QCOMPARE(open311::parseErrors(bad.body, format).size(), 1);
}

void TestHubReports::open311Keys()
{
    const Reply list = m_http->get(u"/api/v1/admin/open311-keys"_s, m_tokens.value(u"admin"_s));
    QVERIFY2(list.status == 200, list.body.constData());
    const QJsonArray keys = list.json().value(u"keys"_s).toArray();
    QVERIFY(!keys.isEmpty());
    QCOMPARE(keys.first().toObject().value(u"jurisdiction_id"_s).toString(), u"leuven.be"_s);
    QCOMPARE(keys.first().toObject().value(u"label"_s).toString(), u"Website"_s);
    // The key itself is shown once, when it is made.
    QVERIFY(!list.body.contains(m_apiKeyLeuven.toLatin1()));
    QCOMPARE(
        m_http->get(u"/api/v1/admin/open311-keys"_s, m_tokens.value(u"counter-leuven"_s)).status,
        403);
    QCOMPARE(m_http
                 ->sendJson("POST", u"/api/v1/admin/open311-keys"_s,
                            {{u"municipality"_s, u"99999"_s}}, m_tokens.value(u"admin"_s))
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestHubReports)
#include "tst_hub_reports.moc"
