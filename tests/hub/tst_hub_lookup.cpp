// The helpdesk's region-wide lookup on the hub (issue 8, docs/api.md "Helpdesk: region-wide
// lookup"): the online citizen search and who may use it, the log of every helpdesk lookup,
// and the helpdesk's feed of the dossiers it opened, which expire after the retention. The real
// loket-hub over loopback, on SQLite (tst_hub_lookup_sqlite) and on PostgreSQL
// (tst_hub_lookup_postgres).

#include "hubfixture.h"

#include "model/nationalnumber.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString nisA = u"24062"_s;
const QString nisB = u"24038"_s;
const QString nisC = u"24086"_s;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers withKey()
{
    return {{"Idempotency-Key", uuid().toLatin1()}};
}

struct Person
{
    QString family;
    QString given;
    QString nis;
    QString street;
    QString house;
};

QJsonObject citizenJson(const QString &id, const Person &p, const QString &number)
{
    return QJsonObject{{u"id"_s, id},
                       {u"national_number"_s, number},
                       {u"family_name"_s, p.family},
                       {u"given_names"_s, p.given},
                       {u"birth_date"_s, u"19"_s + number.left(2) + u'-' + number.mid(2, 2) + u'-' +
                                             number.mid(4, 2)},
                       {u"street"_s, p.street},
                       {u"house_number"_s, p.house},
                       {u"postcode"_s, u"3000"_s},
                       {u"city"_s, u"Leuven"_s},
                       {u"municipality_nis"_s, p.nis},
                       {u"language"_s, u"nl"_s}};
}

QJsonObject contactJson(const QString &id, const QString &citizenId)
{
    return QJsonObject{{u"id"_s, id},
                       {u"citizen_id"_s, citizenId},
                       {u"channel"_s, u"helpdesk"_s},
                       {u"topic"_s, u"ebox"_s},
                       {u"summary"_s, u"Belde over de eBox"_s},
                       {u"outcome"_s, u"uitgelegd"_s},
                       {u"occurred_at"_s, u"2026-11-20T10:15:00Z"_s}};
}

struct Pull
{
    QList<QJsonObject> changes;
    QString cursor;
    QString problem;
};

Pull pullAll(Http &http, const QString &token, const QString &since = {})
{
    Pull pull;
    pull.cursor = since;
    for (int pages = 1; pages < 1000; ++pages) {
        QString path = u"/api/v1/changes?limit=7"_s;
        if (!pull.cursor.isEmpty())
            path += u"&since="_s + pull.cursor;
        const Reply r = http.get(path, token);
        if (r.status != 200) {
            pull.problem = u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return pull;
        }
        for (const QJsonValue &v : r.json().value(u"changes"_s).toArray())
            pull.changes << v.toObject();
        pull.cursor = r.json().value(u"cursor"_s).toString();
        if (!r.json().value(u"more"_s).toBool())
            return pull;
    }
    pull.problem = u"the feed does not end"_s;
    return pull;
}

// The fixture region of one hub: three municipalities, namesakes in two of them, a dossier
// (document, contact moment, report) for every citizen, and one account per role.
class Region final
{
public:
    bool build(HubProcess &hub, QString *error);

    Http &http() { return *m_http; }
    QString token(const QString &user) const { return m_tokens.value(user); }
    QString staff(const QString &user) const { return m_staff.value(user); }
    QString login(const QString &user)
    {
        const QString t = m_http->login(user, u"password-"_s + user);
        m_tokens.insert(user, t);
        return t;
    }
    bool put(const QString &collection, const QString &id, const QJsonObject &body);

    std::unique_ptr<Http> m_http;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_staff;
    QSet<QString> m_reference;                 // type/id every account receives
    QHash<QString, QString> m_ids;             // label -> citizen id
    QHash<QString, QString> m_numbers;         // label -> national number
    QHash<QString, QSet<QString>> m_recordsOf; // citizen id -> its type/id keys, itself too
};

bool Region::put(const QString &collection, const QString &id, const QJsonObject &body)
{
    const Reply r = m_http->sendJson("PUT", u"/api/v1/admin/%1/%2"_s.arg(collection, id), body,
                                     token(u"admin"_s));
    if (r.status != 200 && r.status != 201)
        qWarning("PUT %s: %d %s", qPrintable(collection), r.status, r.body.constData());
    return r.status == 200 || r.status == 201;
}

bool Region::build(HubProcess &hub, QString *error)
{
    m_http = std::make_unique<Http>(hub.url());
    m_tokens.insert(u"admin"_s, m_http->login(u"admin"_s, HubProcess::adminPassword()));
    for (const auto &[nis, name] : QList<QPair<QString, QString>>{
             {nisA, u"Leuven"_s}, {nisB, u"Herent"_s}, {nisC, u"Oud-Heverlee"_s}}) {
        if (!put(u"municipalities"_s, nis,
                 QJsonObject{{u"name"_s, name}, {u"region"_s, u"Regio Leuven"_s}})) {
            *error = u"municipality "_s + nis;
            return false;
        }
        m_reference << u"municipality/"_s + nis;
    }
    if (!put(u"categories"_s, u"road-hole"_s,
             QJsonObject{{u"name_nl"_s, u"Put in de weg"_s}, {u"norm_working_days"_s, 10}})) {
        *error = u"category"_s;
        return false;
    }
    m_reference << u"category/road-hole"_s;

    const QList<std::tuple<QString, QString, QString>> accounts = {
        {u"helpdesk-a"_s, u"helpdesk"_s, nisA},
        {u"counter-a"_s, u"counter"_s, nisA},
        {u"outreach-a"_s, u"outreach"_s, nisA},
        {u"manager-a"_s, u"manager"_s, nisA},
    };
    for (const auto &[user, role, nis] : accounts) {
        const Reply r = m_http->sendJson("POST", u"/api/v1/admin/accounts"_s,
                                         QJsonObject{{u"user"_s, user},
                                                     {u"password"_s, u"password-"_s + user},
                                                     {u"role"_s, role},
                                                     {u"municipality"_s, nis}},
                                         token(u"admin"_s), withKey());
        if (r.status != 201 || login(user).isEmpty()) {
            *error = u"account "_s + user + u": "_s + QString::fromUtf8(r.body);
            return false;
        }
        m_staff.insert(user, r.json().value(u"staff_id"_s).toString());
    }

    const QList<QPair<QString, Person>> people = {
        {u"A-peeters"_s, {u"Peeters"_s, u"Jan"_s, nisA, u"Molenstraat"_s, u"12"_s}},
        {u"B-peeters"_s, {u"Peeters"_s, u"Jan Karel"_s, nisB, u"Kerkstraat"_s, u"12"_s}},
        {u"C-peeters"_s, {u"Peeters-Öztürk"_s, u"Ann"_s, nisC, u"Kerkstraat"_s, u"3"_s}},
        {u"A-janssens"_s, {u"Janssens"_s, u"Peter"_s, nisA, u"Kerkstraat"_s, u"12"_s}},
        {u"B-claes"_s, {u"Claes"_s, u"Maria"_s, nisB, u"Dorpsstraat"_s, u"7b"_s}},
        {u"C-dhondt"_s, {u"D'Hondt"_s, u"Els"_s, nisC, u"Molenstraat"_s, u"12"_s}},
    };
    int sequence = 0;
    for (const auto &[label, person] : people) {
        const QString id = uuid();
        const QString number =
            loket::NationalNumber::make(QDate(1950 + sequence, 1 + sequence, 10 + sequence),
                                        100 + sequence)
                .digits();
        ++sequence;
        m_ids.insert(label, id);
        m_numbers.insert(label, number);
        const QString doc = uuid();
        const QString report = uuid();
        if (!put(u"citizens"_s, id, citizenJson(id, person, number)) ||
            !put(u"documents"_s, doc, documentJson(doc, id)) ||
            !put(u"reports"_s, report, reportJson(report, person.nis, {id}))) {
            *error = u"dossier of "_s + label;
            return false;
        }
        const QString contact = uuid();
        const Reply r =
            m_http->sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(contact, id),
                             token(u"helpdesk-a"_s), withKey());
        if (r.status != 201) {
            *error = u"contact of "_s + label + u": "_s + QString::fromUtf8(r.body);
            return false;
        }
        m_recordsOf[id] = {u"citizen/"_s + id, u"document/"_s + doc, u"report/"_s + report,
                           u"contact_moment/"_s + contact};
    }
    return true;
}

} // namespace

class TestHubLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void lookupFindsAcrossTheRegion_data();
    void lookupFindsAcrossTheRegion();
    void lookupRefusesBadQueries_data();
    void lookupRefusesBadQueries();
    void lookupHonoursTheLimit();
    void everyHelpdeskLookupIsLoggedOnce_data();
    void everyHelpdeskLookupIsLoggedOnce();
    void helpdeskFeedHoldsExactlyTheOpenedDossiers();
    void openedDossiersExpireAfterTheRetention();

private:
    QSet<QString> idsOf(const Reply &reply) const;

    std::unique_ptr<HubProcess> m_hub;
    Region m_region;
};

void TestHubLookup::initTestCase()
{
    m_hub = std::make_unique<HubProcess>();
    QString error;
    QVERIFY2(m_hub->start({}, &error), qPrintable(error));
    QVERIFY2(m_region.build(*m_hub, &error), qPrintable(error));
}

void TestHubLookup::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

QSet<QString> TestHubLookup::idsOf(const Reply &reply) const
{
    QSet<QString> labels;
    for (const QJsonValue &v : reply.json().value(u"citizens"_s).toArray())
        labels << m_region.m_ids.key(v.toObject().value(u"id"_s).toString(), u"?"_s);
    return labels;
}

void TestHubLookup::lookupFindsAcrossTheRegion_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query"); // %NN:label% is replaced by a formatted national number
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("found"); // labels, first the one expected first if ordered
    QTest::addColumn<QString>("code");

    const QString helpdesk = u"helpdesk-a"_s;
    QTest::newRow("helpdesk, name in three municipalities")
        << helpdesk << u"peeters"_s << QString() << 200
        << QStringList{u"A-peeters"_s, u"B-peeters"_s, u"C-peeters"_s} << QString();
    QTest::newRow("helpdesk, words in any order, accents and case folded")
        << helpdesk << u"JAN péeters"_s << QString() << 200
        << QStringList{u"A-peeters"_s, u"B-peeters"_s} << QString();
    QTest::newRow("helpdesk, prefix of a compound name")
        << helpdesk << u"ozturk"_s << QString() << 200 << QStringList{u"C-peeters"_s} << QString();
    QTest::newRow("helpdesk, apostrophe name")
        << helpdesk << u"dhondt"_s << QString() << 200 << QStringList{u"C-dhondt"_s} << QString();
    QTest::newRow("helpdesk, national number with punctuation")
        << helpdesk << u"%NN:B-claes%"_s << QString() << 200 << QStringList{u"B-claes"_s}
        << QString();
    QTest::newRow("helpdesk, national number in digits")
        << helpdesk << u"%DIGITS:C-dhondt%"_s << QString() << 200 << QStringList{u"C-dhondt"_s}
        << QString();
    QTest::newRow("helpdesk, street and house number")
        << helpdesk << u"Kerkstraat 12"_s << QString() << 200
        << QStringList{u"B-peeters"_s, u"A-janssens"_s} << QString();
    QTest::newRow("helpdesk, one municipality")
        << helpdesk << u"peeters"_s << nisB << 200 << QStringList{u"B-peeters"_s} << QString();
    QTest::newRow("helpdesk, unknown municipality")
        << helpdesk << u"peeters"_s << u"99999"_s << 400 << QStringList() << u"invalid"_s;
    QTest::newRow("helpdesk, nobody")
        << helpdesk << u"Vermeulen"_s << QString() << 200 << QStringList() << QString();
    QTest::newRow("counter, only its scope") << u"counter-a"_s << u"peeters"_s << QString() << 200
                                             << QStringList{u"A-peeters"_s} << QString();
    QTest::newRow("counter, municipality= empty: its scope")
        << u"counter-a"_s << u"peeters"_s << u"(empty)"_s << 200 << QStringList{u"A-peeters"_s}
        << QString();
    QTest::newRow("counter, its own municipality")
        << u"counter-a"_s << u"%NN:A-janssens%"_s << nisA << 200 << QStringList{u"A-janssens"_s}
        << QString();
    QTest::newRow("counter, national number of another municipality")
        << u"counter-a"_s << u"%NN:B-claes%"_s << QString() << 200 << QStringList() << QString();
    QTest::newRow("counter, another municipality")
        << u"counter-a"_s << u"peeters"_s << nisB << 403 << QStringList() << u"forbidden"_s;
    QTest::newRow("outreach") << u"outreach-a"_s << u"peeters"_s << QString() << 403
                              << QStringList() << u"forbidden"_s;
    QTest::newRow("manager") << u"manager-a"_s << u"peeters"_s << QString() << 403 << QStringList()
                             << u"forbidden"_s;
    QTest::newRow("admin") << u"admin"_s << u"peeters"_s << QString() << 403 << QStringList()
                           << u"forbidden"_s;
}

void TestHubLookup::lookupFindsAcrossTheRegion()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QString, municipality);
    QFETCH(int, status);
    QFETCH(QStringList, found);
    QFETCH(QString, code);
    for (auto it = m_region.m_numbers.cbegin(); it != m_region.m_numbers.cend(); ++it) {
        query.replace(u"%NN:"_s + it.key() + u'%',
                      loket::NationalNumber::parse(it.value())->formatted());
        query.replace(u"%DIGITS:"_s + it.key() + u'%', it.value());
    }
    QString path = u"/api/v1/citizens?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query));
    if (municipality == u"(empty)"_s)
        path += u"&municipality="_s;
    else if (!municipality.isEmpty())
        path += u"&municipality="_s + municipality;
    const Reply r = m_region.http().get(path, m_region.token(user));
    QVERIFY2(r.status == status, r.body.constData());
    if (status != 200) {
        QCOMPARE(r.errorCode(), code);
        return;
    }
    QCOMPARE(idsOf(r), QSet<QString>(found.cbegin(), found.cend()));
    QCOMPARE(r.json().value(u"more"_s).toBool(true), false);
    // A summary with the municipality of each citizen, never the dossier.
    const QHash<QString, QString> names{
        {nisA, u"Leuven"_s}, {nisB, u"Herent"_s}, {nisC, u"Oud-Heverlee"_s}};
    for (const QJsonValue &v : r.json().value(u"citizens"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QStringList keys = c.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"id"_s, u"display_name"_s, u"birth_date"_s, u"municipality_nis"_s,
                                u"municipality_name"_s, u"street"_s, u"house_number"_s,
                                u"postcode"_s, u"version"_s}));
        QCOMPARE(c.value(u"municipality_name"_s).toString(),
                 names.value(c.value(u"municipality_nis"_s).toString()));
        QVERIFY(!c.value(u"display_name"_s).toString().isEmpty());
        QCOMPARE(c.value(u"version"_s).toInt(), 1);
    }
    // Whole words first: "Jan" is a whole given name of both, "peeters" of both; the compound
    // name only starts with it and comes last.
    if (query == u"peeters"_s && found.size() == 3) {
        const QJsonArray list = r.json().value(u"citizens"_s).toArray();
        QCOMPARE(m_region.m_ids.key(list.at(2).toObject().value(u"id"_s).toString()),
                 u"C-peeters"_s);
    }
}

void TestHubLookup::lookupRefusesBadQueries_data()
{
    QTest::addColumn<QString>("query"); // already percent-encoded where needed
    QTest::addColumn<QString>("field");
    QTest::newRow("no q") << QString() << u"q"_s;
    QTest::newRow("empty") << u"q="_s << u"q"_s;
    QTest::newRow("blank") << u"q=%20%20"_s << u"q"_s;
    QTest::newRow("one character") << u"q=p"_s << u"q"_s;
    QTest::newRow("one letter with punctuation") << u"q=p."_s << u"q"_s;
    QTest::newRow("a quote") << u"q=%22"_s << u"q"_s;
    QTest::newRow("quotes") << u"q=%22%22%22"_s << u"q"_s;
    QTest::newRow("a star") << u"q=*"_s << u"q"_s;
    QTest::newRow("NEAR(") << u"q=NEAR("_s << u"q"_s;
    QTest::newRow("AND OR NOT") << u"q=(AND%20OR%20NOT)"_s << u"q"_s;
    QTest::newRow("SQL") << u"q=%27%3B%20DROP"_s << u"q"_s;
    QTest::newRow("SQL comment") << u"q=%27%3B%20DROP%20TABLE%3B--"_s << u"q"_s;
    QTest::newRow("2000 characters") << u"q="_s + QString(2000, u'a') << u"q"_s;
    QTest::newRow("digits that are no national number") << u"q=85073003329"_s << u"q"_s;
    QTest::newRow("too few digits") << u"q=850730"_s << u"q"_s;
    QTest::newRow("limit 0") << u"q=peeters&limit=0"_s << u"limit"_s;
    QTest::newRow("limit 101") << u"q=peeters&limit=101"_s << u"limit"_s;
    QTest::newRow("limit text") << u"q=peeters&limit=ten"_s << u"limit"_s;
}

void TestHubLookup::lookupRefusesBadQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    for (const QString &user : {u"helpdesk-a"_s, u"counter-a"_s}) {
        const Reply r = m_region.http().get(u"/api/v1/citizens?"_s + query, m_region.token(user));
        QVERIFY2(r.status == 400, r.body.constData());
        QCOMPARE(r.errorCode(), u"invalid"_s);
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QVERIFY(error.value(u"message"_s).toString().size() > 20);
    }
}

void TestHubLookup::lookupHonoursTheLimit()
{
    const QString token = m_region.token(u"helpdesk-a"_s);
    Reply r = m_region.http().get(u"/api/v1/citizens?q=peeters&limit=2"_s, token);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"citizens"_s).toArray().size(), 2);
    QCOMPARE(r.json().value(u"more"_s).toBool(false), true);
    r = m_region.http().get(u"/api/v1/citizens?q=peeters&limit=3"_s, token);
    QCOMPARE(r.json().value(u"citizens"_s).toArray().size(), 3);
    QCOMPARE(r.json().value(u"more"_s).toBool(true), false);
}

void TestHubLookup::everyHelpdeskLookupIsLoggedOnce_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("logged"); // as the log must show it; empty: nothing logged
    const QString number = m_region.m_numbers.value(u"B-claes"_s);
    const QString masked = loket::NationalNumber::masked(number);
    QTest::newRow("helpdesk, name") << u"helpdesk-a"_s << u"Jan Peeters"_s << u"Jan Peeters"_s;
    QTest::newRow("helpdesk, national number")
        << u"helpdesk-a"_s << loket::NationalNumber::parse(number)->formatted() << masked;
    QTest::newRow("helpdesk, national number in digits") << u"helpdesk-a"_s << number << masked;
    // Not read as a national number (commas, a no-break space), searched as words: the digits
    // are hidden in the log all the same.
    const QString commas = number.left(2) + u',' + number.mid(2, 2) + u',' + number.mid(4, 2) +
                           u',' + number.mid(6, 3) + u',' + number.mid(9);
    QTest::newRow("helpdesk, a number with commas")
        << u"helpdesk-a"_s << commas << u"**,**,**,***,**"_s;
    QTest::newRow("helpdesk, a name and a number with a no-break space")
        << u"helpdesk-a"_s << u"Claes "_s + number.left(6) + QChar(0x00A0) + number.mid(6)
        << u"Claes ******"_s + QChar(0x00A0) + u"*****"_s;
    QTest::newRow("counter") << u"counter-a"_s << u"Peeters"_s << QString();
}

void TestHubLookup::everyHelpdeskLookupIsLoggedOnce()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QString, logged);
    const QString path = u"/api/v1/access-log?staff_id="_s + m_region.staff(user);
    const QString admin = m_region.token(u"admin"_s);
    const Reply before = m_region.http().get(path, admin);
    QVERIFY2(before.status == 200, before.body.constData());
    const qsizetype count = before.json().value(u"lookups"_s).toArray().size();

    const Reply r = m_region.http().get(u"/api/v1/citizens?q="_s +
                                            QString::fromLatin1(QUrl::toPercentEncoding(query)),
                                        m_region.token(user));
    QVERIFY2(r.status == 200, r.body.constData());
    // Only an admin reads the log.
    QCOMPARE(m_region.http().get(path, m_region.token(user)).status, 403);

    const Reply after = m_region.http().get(path, admin);
    const QJsonArray lookups = after.json().value(u"lookups"_s).toArray();
    if (logged.isEmpty()) {
        QCOMPARE(lookups.size(), count);
        return;
    }
    QCOMPARE(lookups.size(), count + 1);
    const QJsonObject entry = lookups.first().toObject(); // newest first
    QCOMPARE(entry.value(u"query"_s).toString(), logged);
    QCOMPARE(entry.value(u"purpose"_s).toString(), u"helpdesk_call"_s);
    QCOMPARE(entry.value(u"staff_id"_s).toString(), m_region.staff(user));
    QCOMPARE(entry.value(u"result_count"_s).toInt(),
             r.json().value(u"citizens"_s).toArray().size());
    // The number itself is nowhere in the log.
    QVERIFY(!after.body.contains(m_region.m_numbers.value(u"B-claes"_s).toLatin1()));
}

void TestHubLookup::helpdeskFeedHoldsExactlyTheOpenedDossiers()
{
    Http &http = m_region.http();
    const QString token = m_region.token(u"helpdesk-a"_s);
    // Nothing opened yet: reference data only, although its contact moments are everywhere.
    Pull pull = pullAll(http, token);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, m_region.m_reference);

    // Reading a citizen of another municipality is allowed, logged, and opens nothing.
    const QString bClaes = m_region.m_ids.value(u"B-claes"_s);
    Reply r = http.get(u"/api/v1/citizens/"_s + bClaes, token);
    QVERIFY2(r.status == 200, r.body.constData());
    // Opening two dossiers, of B and C.
    QSet<QString> expected = m_region.m_reference;
    for (const QString &label : {u"B-peeters"_s, u"C-dhondt"_s}) {
        const QString id = m_region.m_ids.value(label);
        r = http.get(u"/api/v1/citizens/%1/dossier"_s.arg(id), token);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(u"citizen"_s).toObject().value(u"id"_s).toString(), id);
        expected += m_region.m_recordsOf.value(id);
    }
    pull = pullAll(http, token);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    seen.clear();
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, expected);

    // Each read is in the access log, as a helpdesk call.
    for (const QString &id : {bClaes, m_region.m_ids.value(u"C-dhondt"_s)}) {
        r = http.get(u"/api/v1/access-log?citizen_id="_s + id, m_region.token(u"admin"_s));
        const QJsonArray entries = r.json().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"purpose"_s).toString(), u"helpdesk_call"_s);
        QCOMPARE(entries.at(0).toObject().value(u"staff_id"_s).toString(),
                 m_region.staff(u"helpdesk-a"_s));
    }

    // A later change to an opened dossier reaches the feed; one to another citizen does not.
    const QString cursor = pull.cursor;
    const QString bPeeters = m_region.m_ids.value(u"B-peeters"_s);
    const QString contactB = uuid();
    QCOMPARE(http.sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(contactB, bPeeters),
                           token, withKey())
                 .status,
             201);
    QCOMPARE(http.sendJson("POST", u"/api/v1/contact-moments"_s, contactJson(uuid(), bClaes), token,
                           withKey())
                 .status,
             201);
    pull = pullAll(http, token, cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    seen.clear();
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, QSet<QString>{u"contact_moment/"_s + contactB});

    // A counter still reads only its scope.
    r = http.get(u"/api/v1/citizens/%1/dossier"_s.arg(bPeeters), m_region.token(u"counter-a"_s));
    QCOMPARE(r.status, 403);
}

void TestHubLookup::openedDossiersExpireAfterTheRetention()
{
    // A hub of its own, restarted with a retention of 0 days: the hub's clock is then past
    // every opening, as it is a week later with the default retention.
    HubProcess hub;
    Region region;
    QString error;
    QVERIFY2(hub.start({u"--helpdesk-retention-days"_s, u"7"_s}, &error), qPrintable(error));
    QVERIFY2(region.build(hub, &error), qPrintable(error));
    const QString opened = region.m_ids.value(u"B-peeters"_s);
    QCOMPARE(region.http()
                 .get(u"/api/v1/citizens/%1/dossier"_s.arg(opened), region.token(u"helpdesk-a"_s))
                 .status,
             200);
    Pull pull = pullAll(region.http(), region.token(u"helpdesk-a"_s));
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QSet<QString> seen;
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, region.m_reference + region.m_recordsOf.value(opened));
    const QString cursor = pull.cursor;
    // Within the retention a pull changes nothing.
    QVERIFY(pullAll(region.http(), region.token(u"helpdesk-a"_s), cursor).changes.isEmpty());
    QCOMPARE(hub.stop(), 0);

    QVERIFY2(hub.start({u"--helpdesk-retention-days"_s, u"0"_s}, &error), qPrintable(error));
    region.m_http = std::make_unique<Http>(hub.url());
    QVERIFY(!region.login(u"helpdesk-a"_s).isEmpty());
    pull = pullAll(region.http(), region.token(u"helpdesk-a"_s), cursor);
    QVERIFY2(pull.problem.isEmpty(), qPrintable(pull.problem));
    QHash<QString, QString> deleted;
    for (const QJsonObject &c : pull.changes) {
        QCOMPARE(c.value(u"op"_s).toString(), u"delete"_s);
        deleted.insert(keyOf(c), c.value(u"reason"_s).toString());
    }
    const QSet<QString> keys(deleted.keyBegin(), deleted.keyEnd());
    QCOMPARE(keys, region.m_recordsOf.value(opened));
    for (const QString &reason : std::as_const(deleted))
        QCOMPARE(reason, u"access_expired"_s);
    // From scratch: reference data only.
    pull = pullAll(region.http(), region.token(u"helpdesk-a"_s));
    seen.clear();
    for (const QJsonObject &c : pull.changes)
        seen << keyOf(c);
    QCOMPARE(seen, region.m_reference);
    QCOMPARE(hub.stop(), 0);
}

QTEST_GUILESS_MAIN(TestHubLookup)
#include "tst_hub_lookup.moc"
