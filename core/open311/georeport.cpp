#include "georeport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace loket::open311 {
namespace {

// One record of a body, whichever format it came in: its scalar fields as text, its nested
// lists (attributes, values, formats, endpoints) as records. A scalar inside a list (a format,
// a keyword) is a record with the empty key.
struct Item
{
    QHash<QString, QString> text;
    QHash<QString, QList<Item>> lists;

    QString str(const QString &key) const { return text.value(key).trimmed(); }
    bool has(const QString &key) const { return text.contains(key) || lists.contains(key); }
    std::optional<double> number(const QString &key) const
    {
        bool ok = false;
        const double v = str(key).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    bool flag(const QString &key) const
    {
        const QString v = str(key).toLower();
        return v == u"true"_s || v == u"1"_s || v == u"yes"_s;
    }
};

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Ids sent as numbers (a deviation) come back as the digits the server meant.
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

Item itemFromJson(const QJsonValue &value);

QList<Item> itemsFromJsonArray(const QJsonArray &array)
{
    QList<Item> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(itemFromJson(v));
    return out;
}

Item itemFromJson(const QJsonValue &value)
{
    Item item;
    if (!value.isObject()) {
        item.text.insert(QString(), scalarText(value));
        return item;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray())
            item.lists.insert(it.key(), itemsFromJsonArray(it.value().toArray()));
        else if (it.value().isObject())
            item.lists.insert(it.key(), {itemFromJson(it.value())});
        else if (!it.value().isNull())
            item.text.insert(it.key(), scalarText(it.value()));
    }
    return item;
}

struct XmlNode
{
    QString name;
    QString text;
    QList<XmlNode> children;
};

std::optional<XmlNode> readXml(const QByteArray &body, QString *error)
{
    QXmlStreamReader xml(body);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(XmlNode{xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlNode done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error =
            u"not well-formed XML (line %1: %2)"_s.arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (!root)
        *error = u"an empty XML document"_s;
    return root;
}

Item itemFromXml(const XmlNode &node)
{
    Item item;
    if (node.children.isEmpty()) {
        item.text.insert(QString(), node.text);
        return item;
    }
    for (const XmlNode &child : node.children) {
        if (child.children.isEmpty()) {
            item.text.insert(child.name, child.text);
            continue;
        }
        QList<Item> &list = item.lists[child.name];
        for (const XmlNode &grandChild : child.children)
            list.append(itemFromXml(grandChild));
    }
    return item;
}

// The records of a list body. JSON: a list, an object holding the list under one of
// `jsonKeys`, or one bare object. XML: the root's children, whatever the root is called
// (service_requests and requests both occur), or the root itself when it is `recordName`.
Parsed<QList<Item>> records(const QByteArray &body, Format format, const QStringList &jsonKeys,
                            const QString &recordName)
{
    Parsed<QList<Item>> out;
    if (format == Format::Json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            out.error =
                u"not valid JSON (%1 at %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
            return out;
        }
        if (doc.isArray()) {
            out.value = itemsFromJsonArray(doc.array());
            return out;
        }
        const QJsonObject object = doc.object();
        for (const QString &key : jsonKeys) {
            if (object.value(key).isArray()) {
                out.value = itemsFromJsonArray(object.value(key).toArray());
                return out;
            }
        }
        out.value = QList<Item>{itemFromJson(object)};
        return out;
    }
    const std::optional<XmlNode> root = readXml(body, &out.error);
    if (!root)
        return out;
    if (root->name == recordName) {
        out.value = QList<Item>{itemFromXml(*root)};
        return out;
    }
    QList<Item> items;
    for (const XmlNode &child : root->children)
        items.append(itemFromXml(child));
    out.value = items;
    return out;
}

QList<Error> errorsOf(const QList<Item> &items)
{
    QList<Error> out;
    for (const Item &item : items) {
        Error e;
        e.code = item.str(u"code"_s).toInt();
        e.description = item.str(u"description"_s);
        if (e.description.isEmpty())
            e.description = item.str(u"detail"_s);
        if (e.description.isEmpty() && item.lists.contains(u"detail"_s)) {
            // Field errors: {"detail": {"description": ["may not be blank"], ...}}.
            QStringList parts;
            for (auto it = item.lists.cbegin(); it != item.lists.cend(); ++it) {
                for (const Item &detail : it.value()) {
                    for (auto f = detail.text.cbegin(); f != detail.text.cend(); ++f)
                        parts << (f.key().isEmpty() ? f.value() : f.key() + u": "_s + f.value());
                    for (auto l = detail.lists.cbegin(); l != detail.lists.cend(); ++l) {
                        for (const Item &message : l.value())
                            parts << l.key() + u": "_s + message.str(QString());
                    }
                }
            }
            e.description = parts.join(u"; "_s);
        }
        if (e.code != 0 || !e.description.isEmpty())
            out.append(e);
    }
    return out;
}

QStringList keywordsOf(const Item &item)
{
    QStringList out;
    if (item.lists.contains(u"keywords"_s)) {
        for (const Item &k : item.lists.value(u"keywords"_s))
            out << k.str(QString());
    } else {
        out = item.str(u"keywords"_s).split(u',');
    }
    for (QString &k : out)
        k = k.trimmed();
    out.removeAll(QString());
    return out;
}

ServiceRequest requestOf(const Item &item)
{
    ServiceRequest r;
    r.id = item.str(u"service_request_id"_s);
    r.token = item.str(u"token"_s);
    r.status = item.str(u"status"_s).toLower();
    r.statusNotes = item.str(u"status_notes"_s);
    r.serviceName = item.str(u"service_name"_s);
    r.serviceCode = item.str(u"service_code"_s);
    r.description = item.str(u"description"_s);
    r.agencyResponsible = item.str(u"agency_responsible"_s);
    r.serviceNotice = item.str(u"service_notice"_s);
    r.requestedAt = parseTime(item.str(u"requested_datetime"_s));
    r.updatedAt = parseTime(item.str(u"updated_datetime"_s));
    r.expectedAt = parseTime(item.str(u"expected_datetime"_s));
    r.address = item.str(u"address"_s);
    r.addressId = item.str(u"address_id"_s);
    r.zipcode = item.str(u"zipcode"_s);
    r.latitude = item.number(u"lat"_s);
    r.longitude = item.number(u"long"_s);
    r.mediaUrl = item.str(u"media_url"_s);
    return r;
}

// A list body that is an error body instead: the first error's words, for the caller.
QString errorInstead(const QList<Item> &items)
{
    if (items.size() != 1)
        return {};
    const Item &only = items.first();
    const bool looksLikeError =
        only.has(u"code"_s) && (only.has(u"description"_s) || only.has(u"detail"_s)) &&
        !only.has(u"service_code"_s) && !only.has(u"service_request_id"_s) &&
        !only.has(u"token"_s) && !only.has(u"update_id"_s);
    if (!looksLikeError)
        return {};
    const QList<Error> errors = errorsOf(items);
    return errors.isEmpty() ? QString()
                            : u"the server answered with an error: %1 %2"_s.arg(errors.first().code)
                                  .arg(errors.first().description);
}

// A list body read record by record: the body's own error (unreadable, or an error body where
// a list was expected) or the first record `convert` refuses, with its reason, makes it an error.
template<typename T, typename Convert>
Parsed<QList<T>> readList(const QByteArray &body, Format format, const QStringList &jsonKeys,
                          const QString &recordName, Convert convert)
{
    Parsed<QList<T>> out;
    const Parsed<QList<Item>> items = records(body, format, jsonKeys, recordName);
    if (!items) {
        out.error = items.error;
        return out;
    }
    if (const QString e = errorInstead(*items.value); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    QList<T> list;
    for (const Item &item : *items.value) {
        QString problem;
        std::optional<T> value = convert(item, &problem);
        if (!value) {
            out.error = problem;
            return out;
        }
        list.append(std::move(*value));
    }
    out.value = list;
    return out;
}

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(QTimeZone("Europe/Brussels"_ba)).toString(Qt::ISODate);
}

QString numberText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

// Fields in the specification's order; empty values are written as empty (XML) or left out
// (JSON), as servers commonly do.
using Fields = QList<std::pair<QString, QString>>;

Fields fieldsOf(const ServiceRequest &r)
{
    Fields f;
    if (!r.id.isEmpty())
        f.append({u"service_request_id"_s, r.id});
    else
        f.append({u"token"_s, r.token});
    f.append({u"status"_s, r.status});
    f.append({u"status_notes"_s, r.statusNotes});
    f.append({u"service_name"_s, r.serviceName});
    f.append({u"service_code"_s, r.serviceCode});
    f.append({u"description"_s, r.description});
    f.append({u"agency_responsible"_s, r.agencyResponsible});
    f.append({u"service_notice"_s, r.serviceNotice});
    f.append({u"requested_datetime"_s, timeText(r.requestedAt)});
    f.append({u"updated_datetime"_s, timeText(r.updatedAt)});
    f.append({u"expected_datetime"_s, timeText(r.expectedAt)});
    f.append({u"address"_s, r.address});
    f.append({u"address_id"_s, r.addressId});
    f.append({u"zipcode"_s, r.zipcode});
    f.append({u"lat"_s, numberText(r.latitude)});
    f.append({u"long"_s, numberText(r.longitude)});
    f.append({u"media_url"_s, r.mediaUrl});
    return f;
}

// Fields named in `numeric` are written as JSON numbers, those named "metadata", "variable"
// and "required" as JSON booleans, as the specification's examples show them.
QJsonObject jsonOf(const Fields &fields, const QStringList &numeric = {})
{
    static const QStringList booleans{u"metadata"_s, u"variable"_s, u"required"_s};
    QJsonObject o;
    for (const auto &[key, value] : fields) {
        if (numeric.contains(key))
            o.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value.toDouble()));
        else if (booleans.contains(key))
            o.insert(key, value == u"true"_s);
        else
            o.insert(key, value);
    }
    return o;
}

void writeXmlFields(QXmlStreamWriter &xml, const Fields &fields)
{
    for (const auto &[key, value] : fields)
        xml.writeTextElement(key, value);
}

template<typename Body> QByteArray xmlDocument(Body &&body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return out;
}

QByteArray jsonDocument(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

template<typename T, typename ToFields>
QByteArray writeList(const QList<T> &list, Format format, const QString &root,
                     const QString &element, ToFields toFields, const QStringList &numeric = {})
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const T &t : list)
            array.append(jsonOf(toFields(t), numeric));
        return jsonDocument(array);
    }
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(root);
        for (const T &t : list) {
            xml.writeStartElement(element);
            writeXmlFields(xml, toFields(t));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

QString serviceTypeCode(Service::Type type)
{
    switch (type) {
    case Service::Type::Realtime:
        return u"realtime"_s;
    case Service::Type::Batch:
        return u"batch"_s;
    case Service::Type::Blackbox:
        return u"blackbox"_s;
    }
    return {};
}

QByteArray formEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

} // namespace

QString formatSuffix(Format format)
{
    return format == Format::Json ? u"json"_s : u"xml"_s;
}

std::optional<Format> formatFromSuffix(QStringView suffix)
{
    if (suffix.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (suffix.compare(u"xml", Qt::CaseInsensitive) == 0)
        return Format::Xml;
    return std::nullopt;
}

std::optional<Format> sniffFormat(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '<')
            return Format::Xml;
        if (c == '{' || c == '[')
            return Format::Json;
        return std::nullopt;
    }
    return std::nullopt;
}

QDateTime parseTime(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {};
    static const QRegularExpression shape(
        uR"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString clock = m.captured(2);
    if (clock.size() == 5)
        clock += u":00"_s;
    QTime time = QTime::fromString(clock, u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    if (!m.captured(3).isEmpty())
        time = time.addMSecs(m.captured(3).left(3).leftJustified(3, u'0').toInt());
    const QString zone = m.captured(4);
    if (zone.isEmpty()) // no offset (a deviation): a Belgian server means Belgian time
        return QDateTime(date, time, QTimeZone("Europe/Brussels"_ba)).toUTC();
    if (zone == u"Z"_s)
        return QDateTime(date, time, QTimeZone::utc());
    const int sign = zone.startsWith(u'-') ? -1 : 1;
    const QString digits = QString(zone.mid(1)).remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
    if (hours > 14 || minutes > 59)
        return {};
    return QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60))).toUTC();
}

std::optional<ReportStatus> statusFromOpen311(QStringView status)
{
    QString code = status.trimmed().toString().toUpper();
    code.replace(u' ', u'_').replace(u'-', u'_');
    static const QHash<QString, ReportStatus> known{
        {u"OPEN"_s, ReportStatus::Received},
        {u"REOPEN"_s, ReportStatus::Acknowledged},
        {u"INVESTIGATING"_s, ReportStatus::Acknowledged},
        {u"ACTION_SCHEDULED"_s, ReportStatus::Scheduled},
        {u"IN_PROGRESS"_s, ReportStatus::InProgress},
        {u"FIXED"_s, ReportStatus::Resolved},
        {u"CLOSED"_s, ReportStatus::Closed},
        {u"NO_FURTHER_ACTION"_s, ReportStatus::Rejected},
        {u"NOT_COUNCILS_RESPONSIBILITY"_s, ReportStatus::Rejected},
        {u"DUPLICATE"_s, ReportStatus::Duplicate},
        {u"INTERNAL_REFERRAL"_s, ReportStatus::Forwarded},
    };
    const auto it = known.constFind(code);
    if (it != known.cend())
        return *it;
    return std::nullopt;
}

QString open311Status(ReportStatus status)
{
    return isFinished(status) ? u"closed"_s : u"open"_s;
}

QString extendedStatus(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Received:
        return u"OPEN"_s;
    case ReportStatus::Acknowledged:
        return u"INVESTIGATING"_s;
    case ReportStatus::Scheduled:
        return u"ACTION_SCHEDULED"_s;
    case ReportStatus::InProgress:
        return u"IN_PROGRESS"_s;
    case ReportStatus::Resolved:
        return u"FIXED"_s;
    case ReportStatus::Closed:
        return u"CLOSED"_s;
    case ReportStatus::Rejected:
        return u"NO_FURTHER_ACTION"_s;
    case ReportStatus::Duplicate:
        return u"DUPLICATE"_s;
    case ReportStatus::Forwarded:
        return u"INTERNAL_REFERRAL"_s;
    }
    return {};
}

Parsed<QList<Endpoint>> parseDiscovery(const QByteArray &body, Format format)
{
    Parsed<QList<Endpoint>> out;
    const Parsed<QList<Item>> items = records(body, format, {}, u"discovery"_s);
    if (!items) {
        out.error = items.error;
        return out;
    }
    QList<Endpoint> endpoints;
    for (const Item &discovery : *items.value) {
        for (const Item &e : discovery.lists.value(u"endpoints"_s)) {
            Endpoint endpoint;
            endpoint.specification = e.str(u"specification"_s);
            endpoint.url = e.str(u"url"_s);
            endpoint.type = e.str(u"type"_s);
            for (const Item &f : e.lists.value(u"formats"_s))
                endpoint.formats << f.str(QString());
            if (!endpoint.url.isEmpty())
                endpoints.append(endpoint);
        }
    }
    if (endpoints.isEmpty())
        out.error = u"the discovery document lists no endpoint"_s;
    else
        out.value = endpoints;
    return out;
}

Parsed<QList<Service>> parseServices(const QByteArray &body, Format format)
{
    return readList<Service>(body, format, {u"services"_s}, u"service"_s,
                             [](const Item &item, QString *problem) -> std::optional<Service> {
                                 Service s;
                                 s.code = item.str(u"service_code"_s);
                                 if (s.code.isEmpty()) {
                                     *problem = u"a service without a service_code"_s;
                                     return std::nullopt;
                                 }
                                 s.name = item.str(u"service_name"_s);
                                 s.description = item.str(u"description"_s);
                                 s.metadata = item.flag(u"metadata"_s);
                                 const QString type = item.str(u"type"_s).toLower();
                                 s.type = type == u"batch"_s      ? Service::Type::Batch
                                          : type == u"blackbox"_s ? Service::Type::Blackbox
                                                                  : Service::Type::Realtime;
                                 s.keywords = keywordsOf(item);
                                 s.group = item.str(u"group"_s);
                                 return s;
                             });
}

Parsed<ServiceDefinition> parseServiceDefinition(const QByteArray &body, Format format)
{
    Parsed<ServiceDefinition> out;
    const Parsed<QList<Item>> items = records(body, format, {}, u"service_definition"_s);
    if (!items) {
        out.error = items.error;
        return out;
    }
    if (const QString e = errorInstead(*items.value); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    if (items.value->size() != 1) {
        out.error = u"not one service definition"_s;
        return out;
    }
    const Item &item = items.value->first();
    ServiceDefinition d;
    d.serviceCode = item.str(u"service_code"_s);
    for (const Item &a : item.lists.value(u"attributes"_s)) {
        Attribute attribute;
        attribute.variable = !a.text.contains(u"variable"_s) || a.flag(u"variable"_s);
        attribute.code = a.str(u"code"_s);
        attribute.datatype = a.str(u"datatype"_s).toLower();
        attribute.required = a.flag(u"required"_s);
        attribute.datatypeDescription = a.str(u"datatype_description"_s);
        attribute.order = a.str(u"order"_s).toInt();
        attribute.description = a.str(u"description"_s);
        for (const Item &v : a.lists.value(u"values"_s))
            attribute.values.append({v.str(u"key"_s), v.str(u"name"_s)});
        if (attribute.code.isEmpty()) {
            out.error = u"an attribute without a code"_s;
            return out;
        }
        d.attributes.append(attribute);
    }
    std::stable_sort(d.attributes.begin(), d.attributes.end(),
                     [](const Attribute &a, const Attribute &b) { return a.order < b.order; });
    out.value = d;
    return out;
}

Parsed<QList<ServiceRequest>> parseRequests(const QByteArray &body, Format format)
{
    return readList<ServiceRequest>(
        body, format, {u"service_requests"_s, u"requests"_s}, u"request"_s,
        [](const Item &item, QString *problem) -> std::optional<ServiceRequest> {
            ServiceRequest r = requestOf(item);
            if (r.id.isEmpty() && r.token.isEmpty()) {
                *problem = u"a request with neither a service_request_id nor a token"_s;
                return std::nullopt;
            }
            return r;
        });
}

Parsed<QList<Created>> parseCreated(const QByteArray &body, Format format)
{
    Parsed<QList<Created>> out =
        readList<Created>(body, format, {u"service_requests"_s, u"requests"_s}, u"request"_s,
                          [](const Item &item, QString *problem) -> std::optional<Created> {
                              Created c;
                              c.id = item.str(u"service_request_id"_s);
                              c.token = item.str(u"token"_s);
                              c.serviceNotice = item.str(u"service_notice"_s);
                              c.accountId = item.str(u"account_id"_s);
                              if (c.id.isEmpty() == c.token.isEmpty()) {
                                  *problem = c.id.isEmpty()
                                                 ? u"an answer with neither an id nor a token"_s
                                                 : u"an answer with both an id and a token"_s;
                                  return std::nullopt;
                              }
                              return c;
                          });
    if (out.value && out.value->isEmpty()) {
        out.value.reset();
        out.error = u"an empty answer"_s;
    }
    return out;
}

Parsed<QList<Update>> parseUpdates(const QByteArray &body, Format format)
{
    return readList<Update>(
        body, format, {u"service_request_updates"_s, u"updates"_s}, u"request_update"_s,
        [](const Item &item, QString *problem) -> std::optional<Update> {
            Update u;
            u.updateId = item.str(u"update_id"_s);
            u.requestId = item.str(u"service_request_id"_s);
            u.status = item.str(u"status"_s);
            u.updatedAt = parseTime(item.str(u"updated_datetime"_s));
            u.description = item.str(u"description"_s);
            u.mediaUrl = item.str(u"media_url"_s);
            u.externalStatusCode = item.str(u"external_status_code"_s);
            if (u.requestId.isEmpty() || u.updateId.isEmpty()) {
                *problem = u"an update without an update_id or service_request_id"_s;
                return std::nullopt;
            }
            return u;
        });
}

QList<Error> parseErrors(const QByteArray &body, Format format)
{
    const Parsed<QList<Item>> items = records(body, format, {u"errors"_s}, u"error"_s);
    return items ? errorsOf(*items.value) : QList<Error>();
}

QByteArray writeDiscovery(const QList<Endpoint> &endpoints, const QDateTime &changed, Format format)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (const Endpoint &e : endpoints) {
            list.append(QJsonObject{{u"specification"_s, e.specification},
                                    {u"url"_s, e.url},
                                    {u"changeset"_s, timeText(changed)},
                                    {u"type"_s, e.type},
                                    {u"formats"_s, QJsonArray::fromStringList(e.formats)}});
        }
        return QJsonDocument(
                   QJsonObject{{u"changeset"_s, timeText(changed)}, {u"endpoints"_s, list}})
            .toJson(QJsonDocument::Compact);
    }
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"discovery"_s);
        xml.writeTextElement(u"changeset"_s, timeText(changed));
        xml.writeStartElement(u"endpoints"_s);
        for (const Endpoint &e : endpoints) {
            xml.writeStartElement(u"endpoint"_s);
            xml.writeTextElement(u"specification"_s, e.specification);
            xml.writeTextElement(u"url"_s, e.url);
            xml.writeTextElement(u"changeset"_s, timeText(changed));
            xml.writeTextElement(u"type"_s, e.type);
            xml.writeStartElement(u"formats"_s);
            for (const QString &f : e.formats)
                xml.writeTextElement(u"format"_s, f);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray writeServices(const QList<Service> &services, Format format)
{
    return writeList(services, format, u"services"_s, u"service"_s, [](const Service &s) {
        return Fields{{u"service_code"_s, s.code},
                      {u"service_name"_s, s.name},
                      {u"description"_s, s.description},
                      {u"metadata"_s, s.metadata ? u"true"_s : u"false"_s},
                      {u"type"_s, serviceTypeCode(s.type)},
                      {u"keywords"_s, s.keywords.join(u", "_s)},
                      {u"group"_s, s.group}};
    });
}

QByteArray writeServiceDefinition(const ServiceDefinition &d, Format format)
{
    auto attributeFields = [](const Attribute &a) {
        return Fields{{u"variable"_s, a.variable ? u"true"_s : u"false"_s},
                      {u"code"_s, a.code},
                      {u"datatype"_s, a.datatype},
                      {u"required"_s, a.required ? u"true"_s : u"false"_s},
                      {u"datatype_description"_s, a.datatypeDescription},
                      {u"order"_s, QString::number(a.order)},
                      {u"description"_s, a.description}};
    };
    if (format == Format::Json) {
        QJsonArray attributes;
        for (const Attribute &a : d.attributes) {
            QJsonObject o = jsonOf(attributeFields(a), {u"order"_s});
            o.insert(u"variable"_s, a.variable);
            o.insert(u"required"_s, a.required);
            QJsonArray values;
            for (const Attribute::Value &v : a.values)
                values.append(QJsonObject{{u"key"_s, v.key}, {u"name"_s, v.name}});
            o.insert(u"values"_s, values);
            attributes.append(o);
        }
        return QJsonDocument(
                   QJsonObject{{u"service_code"_s, d.serviceCode}, {u"attributes"_s, attributes}})
            .toJson(QJsonDocument::Compact);
    }
    return xmlDocument([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(u"service_definition"_s);
        xml.writeTextElement(u"service_code"_s, d.serviceCode);
        xml.writeStartElement(u"attributes"_s);
        for (const Attribute &a : d.attributes) {
            xml.writeStartElement(u"attribute"_s);
            writeXmlFields(xml, attributeFields(a));
            xml.writeStartElement(u"values"_s);
            for (const Attribute::Value &v : a.values) {
                xml.writeStartElement(u"value"_s);
                xml.writeTextElement(u"key"_s, v.key);
                xml.writeTextElement(u"name"_s, v.name);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray writeRequests(const QList<ServiceRequest> &requests, Format format)
{
    return writeList(requests, format, u"service_requests"_s, u"request"_s, &fieldsOf,
                     {u"lat"_s, u"long"_s});
}

QByteArray writeCreated(const QList<Created> &created, Format format)
{
    return writeList(created, format, u"service_requests"_s, u"request"_s, [](const Created &c) {
        Fields f;
        if (!c.id.isEmpty())
            f.append({u"service_request_id"_s, c.id});
        else
            f.append({u"token"_s, c.token});
        f.append({u"service_notice"_s, c.serviceNotice});
        f.append({u"account_id"_s, c.accountId});
        return f;
    });
}

QByteArray writeUpdates(const QList<Update> &updates, Format format)
{
    auto fields = [](const Update &u) {
        return Fields{{u"update_id"_s, u.updateId},
                      {u"service_request_id"_s, u.requestId},
                      {u"status"_s, u.status},
                      {u"updated_datetime"_s, timeText(u.updatedAt)},
                      {u"description"_s, u.description},
                      {u"media_url"_s, u.mediaUrl},
                      {u"external_status_code"_s, u.externalStatusCode}};
    };
    if (format == Format::Json) {
        QJsonArray array;
        for (const Update &u : updates)
            array.append(jsonOf(fields(u)));
        return QJsonDocument(QJsonObject{{u"service_request_updates"_s, array}})
            .toJson(QJsonDocument::Compact);
    }
    return writeList(updates, format, u"service_request_updates"_s, u"request_update"_s, fields);
}

QByteArray writeErrors(const QList<Error> &errors, Format format)
{
    return writeList(
        errors, format, u"errors"_s, u"error"_s,
        [](const Error &e) {
            return Fields{{u"code"_s, QString::number(e.code)}, {u"description"_s, e.description}};
        },
        {u"code"_s});
}

QByteArray encodeNewRequest(const NewRequest &r)
{
    QList<std::pair<QString, QString>> fields{
        {u"jurisdiction_id"_s, r.jurisdictionId},
        {u"api_key"_s, r.apiKey},
        {u"service_code"_s, r.serviceCode},
        {u"lat"_s, numberText(r.latitude)},
        {u"long"_s, numberText(r.longitude)},
        {u"address_string"_s, r.addressString},
        {u"address_id"_s, r.addressId},
        {u"email"_s, r.email},
        {u"device_id"_s, r.deviceId},
        {u"account_id"_s, r.accountId},
        {u"first_name"_s, r.firstName},
        {u"last_name"_s, r.lastName},
        {u"phone"_s, r.phone},
        {u"description"_s, r.description},
        {u"media_url"_s, r.mediaUrl},
    };
    for (const auto &[code, value] : r.attributes)
        fields.append({u"attribute["_s + code + u']', value});
    QByteArrayList parts;
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            parts << formEncode(key) + '=' + formEncode(value);
    }
    return parts.join('&');
}

Parsed<NewRequest> decodeNewRequest(const QByteArray &form)
{
    Parsed<NewRequest> out;
    NewRequest r;
    QString lat, lon;
    for (const QByteArray &part : form.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QString key = formDecode(eq < 0 ? part : part.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(part.mid(eq + 1));
        if (key.startsWith(u"attribute["_s) && key.endsWith(u']')) {
            r.attributes.append({key.mid(10, key.size() - 11), value});
            continue;
        }
        static const QHash<QString, QString NewRequest::*> fields{
            {u"jurisdiction_id"_s, &NewRequest::jurisdictionId},
            {u"api_key"_s, &NewRequest::apiKey},
            {u"service_code"_s, &NewRequest::serviceCode},
            {u"address_string"_s, &NewRequest::addressString},
            {u"address_id"_s, &NewRequest::addressId},
            {u"email"_s, &NewRequest::email},
            {u"device_id"_s, &NewRequest::deviceId},
            {u"account_id"_s, &NewRequest::accountId},
            {u"first_name"_s, &NewRequest::firstName},
            {u"last_name"_s, &NewRequest::lastName},
            {u"phone"_s, &NewRequest::phone},
            {u"description"_s, &NewRequest::description},
            {u"media_url"_s, &NewRequest::mediaUrl},
        };
        if (const auto it = fields.constFind(key); it != fields.cend())
            r.*(*it) = value;
        else if (key == u"lat"_s)
            lat = value;
        else if (key == u"long"_s)
            lon = value;
    }
    bool latOk = false, lonOk = false;
    const double latitude = lat.toDouble(&latOk);
    const double longitude = lon.toDouble(&lonOk);
    if (!lat.isEmpty() || !lon.isEmpty()) {
        if (!latOk || !lonOk || std::abs(latitude) > 90 || std::abs(longitude) > 180) {
            out.error = u"lat and long must both be coordinates in degrees"_s;
            return out;
        }
        r.latitude = latitude;
        r.longitude = longitude;
    }
    if (r.serviceCode.isEmpty())
        out.error = u"service_code is required"_s;
    else if (!r.latitude && r.addressString.isEmpty() && r.addressId.isEmpty())
        out.error = u"a location is required: lat and long, address_string or address_id"_s;
    else if (r.description.size() > 4000)
        out.error = u"description is longer than 4000 characters"_s;
    else
        out.value = r;
    return out;
}

} // namespace loket::open311
