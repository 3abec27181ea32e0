#pragma once

// The Open311 GeoReport v2 formats (DESIGN §4, ../shared/reference/open311.md), read and
// written in one place: the hub serves them, the client reads any server's. Reading is
// tolerant of what real servers do (JSON or XML, either list root, ids as numbers, error bodies
// as list or object, offsets without a colon); writing follows the specification.

#include "model/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket::open311 {

enum class Format { Json, Xml };

// "json" / "xml", as in services.json; the format a path or a body is in.
QString formatSuffix(Format format);
std::optional<Format> formatFromSuffix(QStringView suffix);
// What a body is, by its first non-blank character ('<' is XML), for servers that send JSON
// with an XML content type or the other way round.
std::optional<Format> sniffFormat(const QByteArray &body);

// One endpoint a discovery document lists.
struct Endpoint
{
    QString specification; // "http://wiki.open311.org/GeoReport_v2"
    QString url;
    QString type; // "production", "test"
    QStringList formats;
};

// A service: one category of the catalogue.
struct Service
{
    enum class Type { Realtime, Batch, Blackbox };
    QString code;
    QString name;
    QString description;
    bool metadata = false; // true: GET services/{code} describes extra fields
    Type type = Type::Realtime;
    QStringList keywords;
    QString group;
};

// One extra field of a service (an Open311 attribute).
struct Attribute
{
    struct Value
    {
        QString key;
        QString name;
    };
    bool variable = true; // false: an information text, not an input
    QString code;
    QString datatype; // string, number, datetime, text, singlevaluelist, multivaluelist
    bool required = false;
    QString datatypeDescription;
    int order = 0;
    QString description;
    QList<Value> values;
};

struct ServiceDefinition
{
    QString serviceCode;
    QList<Attribute> attributes;
};

// A report as Open311 shows it.
struct ServiceRequest
{
    QString id; // service_request_id; may be empty while only a token is known
    QString token;
    QString status; // "open" or "closed"
    QString statusNotes;
    QString serviceName;
    QString serviceCode;
    QString description;
    QString agencyResponsible;
    QString serviceNotice;
    QDateTime requestedAt; // UTC
    QDateTime updatedAt;
    QDateTime expectedAt;
    QString address;
    QString addressId;
    QString zipcode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString mediaUrl;
};

// The answer to POST requests: an id, or a token to resolve later (never both).
struct Created
{
    QString id;
    QString token;
    QString serviceNotice;
    QString accountId;
};

// One entry of the servicerequestupdates extension.
struct Update
{
    QString updateId;
    QString requestId;
    QString status; // as sent, e.g. "open", "IN_PROGRESS", "fixed"
    QDateTime updatedAt;
    QString description;
    QString mediaUrl;
    QString externalStatusCode;
};

// One error of an error body.
struct Error
{
    int code = 0;
    QString description;
};

// A new report as POST requests carries it (form-encoded).
struct NewRequest
{
    QString jurisdictionId;
    QString apiKey;
    QString serviceCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString addressString;
    QString addressId;
    QString email;
    QString deviceId;
    QString accountId;
    QString firstName;
    QString lastName;
    QString phone;
    QString description;
    QString mediaUrl;
    QList<std::pair<QString, QString>> attributes; // attribute[code]=value, repeatable
};

// What reading a body gave: the value, or why not (for a log and for staff).
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;
    explicit operator bool() const { return value.has_value(); }
};

Parsed<QList<Endpoint>> parseDiscovery(const QByteArray &body, Format format);
Parsed<QList<Service>> parseServices(const QByteArray &body, Format format);
Parsed<ServiceDefinition> parseServiceDefinition(const QByteArray &body, Format format);
// GET requests, GET requests/{id} (a list of one) and GET tokens/{token}: the XML root may
// be service_requests or requests; a bare object is read as a list of one.
Parsed<QList<ServiceRequest>> parseRequests(const QByteArray &body, Format format);
Parsed<QList<Created>> parseCreated(const QByteArray &body, Format format);
Parsed<QList<Update>> parseUpdates(const QByteArray &body, Format format);
// Every error a body holds, whichever shape; an empty list when it holds none.
QList<Error> parseErrors(const QByteArray &body, Format format);

// ISO 8601 with "Z", "+01:00" or "+0100", with or without fractions; invalid when it is none.
QDateTime parseTime(QStringView text);

// Our richer status from what a server says: the extended status of an update when there is
// one (IN_PROGRESS, FIXED, ...: case does not matter), else open or closed.
std::optional<ReportStatus> statusFromOpen311(QStringView status);
// What Open311 shows for our status: "open" or "closed".
QString open311Status(ReportStatus status);
// The extension's status for ours ("IN_PROGRESS", "FIXED", ...).
QString extendedStatus(ReportStatus status);

QByteArray writeDiscovery(const QList<Endpoint> &endpoints, const QDateTime &changed,
                          Format format);
QByteArray writeServices(const QList<Service> &services, Format format);
QByteArray writeServiceDefinition(const ServiceDefinition &definition, Format format);
QByteArray writeRequests(const QList<ServiceRequest> &requests, Format format);
QByteArray writeCreated(const QList<Created> &created, Format format);
QByteArray writeUpdates(const QList<Update> &updates, Format format);
QByteArray writeErrors(const QList<Error> &errors, Format format);

// application/x-www-form-urlencoded, as POST requests takes it.
QByteArray encodeNewRequest(const NewRequest &request);
Parsed<NewRequest> decodeNewRequest(const QByteArray &form);

} // namespace loket::open311
