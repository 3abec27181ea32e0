#include "open311server.h"
#include "apicommon.h"
#include "auth.h"
#include "reportdesk.h"
#include "writer.h"

#include "model/belgiantime.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

using open311::Format;

constexpr int maxRequests = 1000;  // the specification's advice for one answer
constexpr qint64 defaultDays = 90; // the window when no dates are given, as the spec advises

QString queryValue(const HttpRequest &request, const QString &key)
{
    return request.query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
}

// "Bondgenotenlaan 12, 3000 Leuven" as street, house number and postcode; what cannot be told
// apart stays in the street.
void splitAddress(const QString &address, Report &r)
{
    QString text = address.simplified();
    static const QRegularExpression postcode(u"(?:^|[\\s,])([1-9][0-9]{3})(?:\\s+[^,]*)?$"_s);
    const auto pm = postcode.match(text);
    if (pm.hasMatch()) {
        r.postcode = pm.captured(1);
        text = text.left(pm.capturedStart(0)).trimmed();
    }
    if (text.endsWith(u','))
        text.chop(1);
    static const QRegularExpression number(u"^(.*\\D)\\s+(\\d+[A-Za-z]?(?:[/-]\\w+)?)$"_s);
    const auto nm = number.match(text.trimmed());
    if (nm.hasMatch()) {
        r.street = nm.captured(1).trimmed();
        r.houseNumber = nm.captured(2);
    } else {
        r.street = text.trimmed();
    }
    if (r.street.endsWith(u','))
        r.street.chop(1);
}

// The regional API's error body as Open311's: the status and the message.
std::pair<int, QString> errorOf(const HttpResponse &response)
{
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(u"error"_s).toObject();
    QString message = error.value(u"message"_s).toString();
    const QString field = error.value(u"field"_s).toString();
    // An extra field is attribute[code] to an Open311 client.
    if (field.startsWith(u"attributes."_s))
        message = u"attribute[%1]: %2"_s.arg(field.mid(11), message);
    else if (!field.isEmpty())
        message = field + u": "_s + message;
    // Open311 knows 400, 403 and 404; a conflict is a bad request to it.
    int status = response.status;
    if (status == 409 || status == 422)
        status = 400;
    return {status, message};
}

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

// The expected day as a time: the end of that office day in Brussels, so that the day reads
// the same in UTC and in Belgian time.
QDateTime expectedTime(const QString &date)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        return {};
    static const QTimeZone brussels("Europe/Brussels");
    return QDateTime(day, QTime(17, 0), brussels.isValid() ? brussels : QTimeZone::utc()).toUTC();
}

// The answer's text for the citizen on when to expect the report dealt with. Dutch, like the
// steps the hub writes in a report's history (reportdesk.cpp).
QString noticeFor(const QString &expectedDate)
{
    const QDate day = QDate::fromString(expectedDate, Qt::ISODate);
    if (!day.isValid())
        return {};
    return u"Bedankt voor uw melding. We verwachten ze af te handelen tegen %1."_s.arg(
        QLocale(QLocale::Dutch, QLocale::Belgium).toString(day, u"dddd d MMMM yyyy"_s));
}

} // namespace

Open311Server::Open311Server(Store &store, Database &database)
    : m_store(store)
    , m_database(database)
{}

QString Open311Server::jurisdictionFor(const QString &municipalityName)
{
    QString out;
    for (const QChar c : municipalityName.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c.toLower();
        else if (c == u'-')
            out += c;
    }
    return out + u".be"_s;
}

QString Open311Server::jurisdictionOf(Store &store, const QString &nis)
{
    return jurisdictionFor(municipalityName(store, nis));
}

HttpResponse Open311Server::answer(QByteArray body, Format format, int status) const
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType =
        format == Format::Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
    return r;
}

HttpResponse Open311Server::error(int status, const QString &description, Format format) const
{
    return answer(open311::writeErrors({{status, description}}, format), format, status);
}

HttpResponse Open311Server::handle(const HttpRequest &request)
{
    // /open311/v2/<resource>.<format>, or /open311/v2/<collection>/<id>.<format>
    QStringList s;
    for (const QString &part : request.path.split(u'/', Qt::SkipEmptyParts))
        s << QUrl::fromPercentEncoding(part.toUtf8());
    Format format = Format::Json;
    std::optional<Format> suffixFormat;
    if (!s.isEmpty()) {
        const qsizetype dot = s.last().lastIndexOf(u'.');
        if (dot > 0) {
            suffixFormat = open311::formatFromSuffix(QStringView(s.last()).mid(dot + 1));
            if (suffixFormat) {
                format = *suffixFormat;
                s.last().truncate(dot);
            }
        }
    }
    const QByteArray &m = request.method;
    auto notFound = [&] {
        return error(404, tr("There is no such resource: %1.").arg(request.path), format);
    };
    auto notAllowed = [&](const QByteArray &allow) {
        HttpResponse r =
            error(405, tr("Allowed here: %1.").arg(QString::fromLatin1(allow)), format);
        r.setHeader("Allow", allow);
        return r;
    };
    if (s.size() < 3 || s.at(1) != u"v2"_s || !suffixFormat)
        return notFound();

    // jurisdiction_id selects one municipality; without it, the whole region is served.
    QString jurisdiction = queryValue(request, u"jurisdiction_id"_s);
    if (m == "POST" && jurisdiction.isEmpty())
        jurisdiction = open311::decodeNewRequest(request.body)
                           .value.value_or(open311::NewRequest())
                           .jurisdictionId.trimmed();
    QStringList municipalities = m_store.municipalityCodes();
    if (municipalities.isEmpty() && !m_store.lastError().isEmpty())
        return databaseFailure(m_store.lastError());
    for (const QString &nis : std::as_const(municipalities))
        m_names.insert(nis, municipalityName(m_store, nis));
    QString jurisdictionNis;
    if (!jurisdiction.isEmpty()) {
        for (const QString &nis : std::as_const(municipalities)) {
            if (jurisdictionFor(m_names.value(nis)) == jurisdiction.toLower())
                jurisdictionNis = nis;
        }
        if (jurisdictionNis.isEmpty())
            return error(
                400,
                tr("jurisdiction_id %1 is not a municipality of this region.").arg(jurisdiction),
                format);
        municipalities = {jurisdictionNis};
    }

    const QString resource = s.at(2);
    if (s.size() == 3 && resource == u"discovery"_s)
        return m == "GET" ? discovery(request, format) : notAllowed("GET");
    if (s.size() == 3 && resource == u"services"_s)
        return m == "GET" ? services(format) : notAllowed("GET");
    if (s.size() == 4 && resource == u"services"_s)
        return m == "GET" ? definition(s.at(3), format) : notAllowed("GET");
    if (s.size() == 3 && resource == u"requests"_s) {
        if (m == "GET")
            return requests(request, municipalities, format);
        if (m == "POST")
            return postRequest(request, jurisdictionNis, format);
        return notAllowed("GET, POST");
    }
    if (s.size() == 4 && resource == u"requests"_s)
        return m == "GET" ? oneRequest(s.at(3), municipalities, format) : notAllowed("GET");
    if (s.size() == 4 && resource == u"tokens"_s) {
        if (m != "GET")
            return notAllowed("GET");
        // Reports are stored while the request waits: POST answers with the id itself.
        return error(404,
                     tr("This server answers POST requests with the service_request_id itself "
                        "and issues no tokens."),
                     format);
    }
    if (s.size() == 3 && resource == u"servicerequestupdates"_s)
        return m == "GET" ? updates(request, municipalities, format) : notAllowed("GET");
    return notFound();
}

HttpResponse Open311Server::discovery(const HttpRequest &request, Format format)
{
    if (!loadCatalogue())
        return databaseFailure(m_store.lastError());
    QDateTime changed;
    for (const Category &c : std::as_const(m_catalogue))
        changed = std::max(changed, utc(c.updatedAt));
    if (!changed.isValid())
        changed = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    QString host = QString::fromLatin1(request.header("Host"));
    if (host.isEmpty())
        host = u"localhost"_s;
    open311::Endpoint endpoint;
    endpoint.specification = u"http://wiki.open311.org/GeoReport_v2"_s;
    endpoint.url = u"http://"_s + host + u"/open311/v2"_s;
    endpoint.type = u"production"_s;
    endpoint.formats = {u"application/json"_s, u"text/xml"_s};
    return answer(open311::writeDiscovery({endpoint}, changed, format), format);
}

bool Open311Server::loadCatalogue()
{
    if (!m_catalogue.isEmpty())
        return true;
    return m_store.forEachBody(RecordKind::Category, regionScope(), [this](const QByteArray &b) {
        QString problem;
        if (auto c = wire::categoryFromJson(QJsonDocument::fromJson(b).object(), &problem))
            m_catalogue.insert(c->code, *c);
    });
}

HttpResponse Open311Server::services(Format format)
{
    if (!loadCatalogue())
        return databaseFailure(m_store.lastError());
    QList<Category> categories = m_catalogue.values();
    std::sort(categories.begin(), categories.end(), [](const Category &a, const Category &b) {
        return std::tie(a.groupCode, a.code) < std::tie(b.groupCode, b.code);
    });
    QList<open311::Service> out;
    for (const Category &c : std::as_const(categories)) {
        open311::Service s;
        s.code = c.code;
        s.name = c.nameNl;
        s.description = c.service.isEmpty() ? c.nameNl : c.nameNl + u" ("_s + c.service + u')';
        s.metadata = std::any_of(c.fields.cbegin(), c.fields.cend(),
                                 [](const CategoryField &f) { return f.variable; });
        s.type = open311::Service::Type::Realtime;
        for (const QString &k : {c.nameFr, c.nameEn}) {
            if (!k.isEmpty() && k != c.nameNl)
                s.keywords << k;
        }
        s.group = c.groupCode;
        out << s;
    }
    return answer(open311::writeServices(out, format), format);
}

HttpResponse Open311Server::definition(const QString &code, Format format)
{
    if (!loadCatalogue())
        return databaseFailure(m_store.lastError());
    const auto it = m_catalogue.constFind(code);
    if (it == m_catalogue.cend())
        return error(404, tr("There is no service %1.").arg(code), format);
    QList<CategoryField> fields = it->fields;
    std::stable_sort(
        fields.begin(), fields.end(),
        [](const CategoryField &a, const CategoryField &b) { return a.order < b.order; });
    open311::ServiceDefinition d;
    d.serviceCode = it->code;
    for (const CategoryField &f : std::as_const(fields)) {
        open311::Attribute a;
        a.variable = f.variable;
        a.code = f.code;
        a.datatype = f.datatype;
        a.required = f.required;
        a.order = f.order;
        a.description = f.descriptionNl;
        for (const CategoryFieldValue &v : f.values)
            a.values.append({v.key, v.nameNl});
        d.attributes << a;
    }
    return answer(open311::writeServiceDefinition(d, format), format);
}

std::optional<QList<Report>> Open311Server::reportsIn(const QStringList &municipalities)
{
    QList<Report> out;
    for (const QString &nis : municipalities) {
        const bool ok = m_store.forEachBody(RecordKind::Report, nis, [&out](const QByteArray &b) {
            QString problem;
            if (auto r = wire::reportFromJson(QJsonDocument::fromJson(b).object(), &problem))
                out << *r;
        });
        if (!ok)
            return std::nullopt;
    }
    return out;
}

open311::ServiceRequest Open311Server::requestOf(const Report &r)
{
    const Category category = m_catalogue.value(r.categoryCode);
    open311::ServiceRequest s;
    s.id = r.publicNumber;
    s.status = open311::open311Status(r.status);
    // The latest step's text for the citizen; never an internal note.
    const auto latest =
        std::max_element(r.history.cbegin(), r.history.cend(), [](const auto &a, const auto &b) {
            return std::tie(a.at, a.seq) < std::tie(b.at, b.seq);
        });
    if (latest != r.history.cend())
        s.statusNotes = latest->publicText;
    s.serviceName = category.nameNl.isEmpty() ? r.categoryCode : category.nameNl;
    s.serviceCode = r.categoryCode;
    s.description = r.description;
    s.agencyResponsible = category.service;
    s.serviceNotice = noticeFor(r.expectedDate);
    s.requestedAt = utc(r.createdAt);
    s.updatedAt = utc(r.updatedAt.isEmpty() ? r.createdAt : r.updatedAt);
    s.expectedAt = expectedTime(r.expectedDate);
    QString address = r.street;
    if (!r.houseNumber.isEmpty())
        address += u' ' + r.houseNumber;
    if (!r.postcode.isEmpty() || !r.locationNis.isEmpty()) {
        const QString place =
            (r.postcode + u' ' + m_names.value(r.locationNis, r.locationNis)).trimmed();
        address = address.isEmpty() ? place : address + u", "_s + place;
    }
    s.address = address;
    s.zipcode = r.postcode;
    s.latitude = r.latitude;
    s.longitude = r.longitude;
    return s;
}

HttpResponse Open311Server::requests(const HttpRequest &request, const QStringList &municipalities,
                                     Format format)
{
    const QStringList ids =
        queryValue(request, u"service_request_id"_s).split(u',', Qt::SkipEmptyParts);
    const QStringList codes =
        queryValue(request, u"service_code"_s).split(u',', Qt::SkipEmptyParts);
    const QStringList statuses =
        queryValue(request, u"status"_s).toLower().split(u',', Qt::SkipEmptyParts);
    for (const QString &st : statuses) {
        if (st.trimmed() != u"open"_s && st.trimmed() != u"closed"_s)
            return error(400, tr("status must be open or closed."), format);
    }
    const QString startText = queryValue(request, u"start_date"_s);
    const QString endText = queryValue(request, u"end_date"_s);
    QDateTime end =
        endText.isEmpty() ? QDateTime::currentDateTimeUtc() : open311::parseTime(endText);
    if (!end.isValid())
        return error(400, tr("end_date is not an ISO 8601 time."), format);
    QDateTime start =
        startText.isEmpty() ? end.addDays(-defaultDays) : open311::parseTime(startText);
    if (!start.isValid())
        return error(400, tr("start_date is not an ISO 8601 time."), format);
    if (!loadCatalogue())
        return databaseFailure(m_store.lastError());
    const auto reports = reportsIn(municipalities);
    if (!reports)
        return databaseFailure(m_store.lastError());

    QList<const Report *> chosen;
    for (const Report &r : *reports) {
        // A list of ids overrides every other filter, as the specification says.
        if (!ids.isEmpty()) {
            if (ids.contains(r.publicNumber))
                chosen << &r;
            continue;
        }
        const QDateTime created = utc(r.createdAt);
        if (created < start || created > end)
            continue;
        if (!codes.isEmpty() && !codes.contains(r.categoryCode))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(open311::open311Status(r.status)))
            continue;
        chosen << &r;
    }
    std::sort(chosen.begin(), chosen.end(), [](const Report *a, const Report *b) {
        return std::tie(b->createdAt, b->publicNumber) < std::tie(a->createdAt, a->publicNumber);
    });
    if (chosen.size() > maxRequests)
        chosen.resize(maxRequests);
    QList<open311::ServiceRequest> out;
    for (const Report *r : std::as_const(chosen))
        out << requestOf(*r);
    return answer(open311::writeRequests(out, format), format);
}

HttpResponse Open311Server::oneRequest(const QString &publicNumber,
                                       const QStringList &municipalities, Format format)
{
    QString error311;
    ReportTables tables(m_database.threadConnection(&error311), m_database.dialect());
    const auto id = tables.reportIdByNumber(publicNumber);
    if (!id && !tables.lastError().isEmpty())
        return databaseFailure(tables.lastError());
    std::optional<Report> found;
    if (id) {
        if (const auto rec = m_store.record(RecordKind::Report, *id)) {
            QString problem;
            found = wire::reportFromJson(QJsonDocument::fromJson(rec->body).object(), &problem);
        } else if (!m_store.lastError().isEmpty()) {
            return databaseFailure(m_store.lastError());
        }
    } else {
        // Reports the hub did not number itself (the register's, the demo's): look them up.
        const auto reports = reportsIn(municipalities);
        if (!reports)
            return databaseFailure(m_store.lastError());
        for (const Report &r : *reports) {
            if (r.publicNumber == publicNumber)
                found = r;
        }
    }
    if (!found || !municipalities.contains(found->locationNis))
        return error(404, tr("There is no service request %1.").arg(publicNumber), format);
    if (!loadCatalogue())
        return databaseFailure(m_store.lastError());
    return answer(open311::writeRequests({requestOf(*found)}, format), format);
}

HttpResponse Open311Server::updates(const HttpRequest &request, const QStringList &municipalities,
                                    Format format)
{
    const QString startText = queryValue(request, u"start_date"_s);
    const QString endText = queryValue(request, u"end_date"_s);
    const QDateTime end =
        endText.isEmpty() ? QDateTime::currentDateTimeUtc() : open311::parseTime(endText);
    if (!end.isValid())
        return error(400, tr("end_date is not an ISO 8601 time."), format);
    const QDateTime start =
        startText.isEmpty() ? end.addDays(-defaultDays) : open311::parseTime(startText);
    if (!start.isValid())
        return error(400, tr("start_date is not an ISO 8601 time."), format);
    const auto reports = reportsIn(municipalities);
    if (!reports)
        return databaseFailure(m_store.lastError());
    QList<open311::Update> out;
    for (const Report &r : *reports) {
        // The first step is the report itself; every later one is an update.
        for (const ReportStatusChange &h : r.history) {
            if (h.seq <= 1)
                continue;
            const QDateTime at = utc(h.at);
            if (at < start || at > end)
                continue;
            open311::Update u;
            u.updateId = r.publicNumber + u'-' + QString::number(h.seq);
            u.requestId = r.publicNumber;
            u.status = open311::extendedStatus(h.status);
            u.updatedAt = at;
            u.description = h.publicText; // never the internal note
            u.externalStatusCode = reportStatusCode(h.status);
            out << u;
        }
    }
    // Oldest first, so that a follower that pages by start_date misses nothing.
    std::sort(out.begin(), out.end(), [](const open311::Update &a, const open311::Update &b) {
        return std::tie(a.updatedAt, a.updateId) < std::tie(b.updatedAt, b.updateId);
    });
    if (out.size() > maxRequests)
        out.resize(maxRequests);
    return answer(open311::writeUpdates(out, format), format);
}

HttpResponse Open311Server::postRequest(const HttpRequest &request, const QString &jurisdictionNis,
                                        Format format)
{
    const auto decoded = open311::decodeNewRequest(request.body);
    // The key first: without one, nothing else is this client's business.
    const QString apiKey = decoded ? decoded.value->apiKey : [&] {
        for (const QByteArray &part : request.body.split('&')) {
            if (part.startsWith("api_key="))
                return QUrl::fromPercentEncoding(part.mid(8).replace('+', ' '));
        }
        return QString();
    }();
    if (apiKey.isEmpty())
        return error(403, tr("POST requests needs an api_key."), format);
    QString connectionError;
    ReportTables tables(m_database.threadConnection(&connectionError), m_database.dialect());
    const auto key = tables.keyByHash(auth::sha256Hex(apiKey.toUtf8()));
    if (!key) {
        if (!tables.lastError().isEmpty())
            return databaseFailure(tables.lastError());
        return error(403, tr("The api_key is not valid."), format);
    }
    if (!decoded)
        return error(400, decoded.error, format);
    const open311::NewRequest &n = *decoded.value;

    Report draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.categoryCode = n.serviceCode;
    draft.description = n.description;
    if (!n.addressString.isEmpty())
        splitAddress(n.addressString, draft);
    draft.latitude = n.latitude;
    draft.longitude = n.longitude;
    draft.locationNis = jurisdictionNis.isEmpty() ? key->municipalityNis : jurisdictionNis;
    draft.attributes = n.attributes;
    if (draft.street.isEmpty() && !draft.latitude)
        return error(400,
                     tr("address_id is not known here: send lat and long or an "
                        "address_string."),
                     format);

    if (!m_store.beginWrite())
        return error(503, tr("The server is busy; try again in a moment."), format);
    Writer writer(m_store, nowIso());
    ReportAuthor author;
    author.receivedNis = key->municipalityNis;
    author.channel = ReportAuthor::Channel::Open311;
    author.internalNote = u"Open311 (%1)"_s.arg(key->label.isEmpty() ? key->id : key->label);
    auto created = createReport(m_store, writer, tables, draft, author, nowIso());
    if (auto *refused = std::get_if<HttpResponse>(&created)) {
        m_store.rollback();
        if (refused->status >= 500)
            return *refused;
        const auto [status, message] = errorOf(*refused);
        return error(status, message, format);
    }
    if (!m_store.commit())
        return databaseFailure(m_store.lastError());
    const StoredRecord &rec = std::get<StoredRecord>(created);
    QString problem;
    const auto report = wire::reportFromJson(QJsonDocument::fromJson(rec.body).object(), &problem);
    open311::Created c;
    c.id = report ? report->publicNumber : QString();
    c.serviceNotice = report ? noticeFor(report->expectedDate) : QString();
    c.accountId = n.accountId;
    return answer(open311::writeCreated({c}, format), format, 201);
}

std::optional<QList<DemoOpen311Key>> Open311Server::ensureDemoKeys(Store &store, Database &database,
                                                                   quint64 seed, QString *error)
{
    const QStringList codes = store.municipalityCodes();
    if (codes.isEmpty()) {
        *error = store.lastError().isEmpty() ? tr("The hub holds no municipalities.")
                                             : store.lastError();
        return std::nullopt;
    }
    QString connectionError;
    ReportTables tables(database.threadConnection(&connectionError), database.dialect());
    QList<DemoOpen311Key> keys;
    QList<Open311Key> missing;
    for (const QString &nis : codes) {
        DemoOpen311Key k;
        k.municipalityNis = nis;
        k.jurisdictionId = jurisdictionOf(store, nis);
        k.apiKey = QString::fromLatin1(
            auth::sha256Hex("loket-demo-open311|" + QByteArray::number(seed) + '|' + nis.toUtf8())
                .left(32));
        keys << k;
        const QByteArray hash = auth::sha256Hex(k.apiKey.toUtf8());
        if (tables.keyByHash(hash))
            continue;
        if (!tables.lastError().isEmpty()) {
            *error = tables.lastError();
            return std::nullopt;
        }
        Open311Key stored;
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stored.municipalityNis = nis;
        stored.label = u"demo"_s;
        stored.createdAt = nowIso();
        stored.createdBy = u"demo"_s;
        stored.keyHash = hash;
        missing << stored;
    }
    if (missing.isEmpty())
        return keys;
    if (!store.beginWrite()) {
        *error = store.lastError();
        return std::nullopt;
    }
    for (const Open311Key &k : std::as_const(missing)) {
        if (!tables.insertKey(k)) {
            *error = tables.lastError();
            store.rollback();
            return std::nullopt;
        }
    }
    if (!store.commit()) {
        *error = store.lastError();
        return std::nullopt;
    }
    return keys;
}

} // namespace loket::hub
