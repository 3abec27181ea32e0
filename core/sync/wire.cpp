#include "wire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace loket::wire {
namespace {

// Reads fields with type checks; the first problem is kept, naming the field.
class Reader
{
public:
    Reader(const QJsonObject &json, const char *what)
        : m_json(json)
        , m_what(what)
    {}

    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, "is missing");
            return {};
        }
        if (!v.isString()) {
            fail(key, "is not a string");
            return {};
        }
        if (required && v.toString().isEmpty())
            fail(key, "is empty");
        return v.toString();
    }
    QString required(const char *key) { return string(key, true); }
    bool has(const char *key) const
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }

    qint64 integer(const char *key, bool required = false)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, "is missing");
            return 0;
        }
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            fail(key, "is not an integer");
            return 0;
        }
        return qint64(v.toDouble());
    }

    std::optional<double> number(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key, "is not a number");
            return std::nullopt;
        }
        return v.toDouble();
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            fail(key, "is not true or false");
            return false;
        }
        return v.toBool();
    }

    // A calendar day, "YYYY-MM-DD".
    QDate date(const char *key)
    {
        const QString text = required(key);
        if (text.isEmpty())
            return {};
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid() || text.size() != 10)
            fail(key, "is not a date (YYYY-MM-DD)");
        return day;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key, "is not a list");
            return {};
        }
        return v.toArray();
    }

    // A list of objects under `key`, each read by `read(Reader &)` into a T; the first problem
    // of any of them is this reader's problem, and reading stops there.
    template<typename T, typename Read>
    QList<T> objects(const char *key, const char *what, Read read)
    {
        QList<T> out;
        for (const QJsonValue &v : array(key)) {
            if (!v.isObject()) {
                fail(key, "holds something other than objects");
                break;
            }
            const QJsonObject o = v.toObject();
            Reader item(o, what);
            T value = read(item);
            QString problem;
            if (!item.result(value, &problem)) {
                failWith(problem);
                break;
            }
            out.append(std::move(value));
        }
        return out;
    }

    template<typename Enum>
    Enum code(const char *key, std::optional<Enum> (*parse)(QStringView), Enum fallback)
    {
        const QString text = required(key);
        if (text.isEmpty())
            return fallback;
        const auto value = parse(text);
        if (!value) {
            fail(key, "has an unknown value");
            return fallback;
        }
        return *value;
    }

    void fail(const char *key, const char *problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: field \"%2\" %3")
                          .arg(QLatin1String(m_what), QLatin1String(key), QLatin1String(problem));
    }
    void failWith(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QLatin1String(m_what) + QStringLiteral(": ") + message;
    }

    template<typename T> std::optional<T> result(T value, QString *error) const
    {
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    const QJsonObject &m_json;
    const char *m_what;
    QString m_error;
};

std::optional<DeliveryChannel> channelFromCode(QStringView code)
{
    if (code == u"ebox")
        return DeliveryChannel::Ebox;
    if (code == u"paper")
        return DeliveryChannel::Paper;
    return std::nullopt;
}

void putVersion(QJsonObject &json, qint64 version, const QString &updatedAt)
{
    json.insert(QStringLiteral("version"), double(version));
    json.insert(QStringLiteral("updated_at"), updatedAt);
}

} // namespace

QJsonObject toJson(const Municipality &m)
{
    QJsonObject json{{QStringLiteral("nis_code"), m.nisCode},
                     {QStringLiteral("name"), m.name},
                     {QStringLiteral("region"), m.region}};
    putVersion(json, m.version, m.updatedAt);
    return json;
}

QJsonObject toJson(const Category &c)
{
    QJsonObject json{{QStringLiteral("code"), c.code},
                     {QStringLiteral("group"), c.groupCode},
                     {QStringLiteral("name_nl"), c.nameNl},
                     {QStringLiteral("name_fr"), c.nameFr},
                     {QStringLiteral("name_en"), c.nameEn},
                     {QStringLiteral("service"), c.service},
                     {QStringLiteral("norm_working_days"), c.normWorkingDays}};
    QJsonArray fields;
    for (const CategoryField &f : c.fields) {
        QJsonArray values;
        for (const CategoryFieldValue &v : f.values)
            values.append(QJsonObject{{QStringLiteral("key"), v.key},
                                      {QStringLiteral("name_nl"), v.nameNl},
                                      {QStringLiteral("name_fr"), v.nameFr},
                                      {QStringLiteral("name_en"), v.nameEn}});
        fields.append(QJsonObject{{QStringLiteral("code"), f.code},
                                  {QStringLiteral("datatype"), f.datatype},
                                  {QStringLiteral("required"), f.required},
                                  {QStringLiteral("variable"), f.variable},
                                  {QStringLiteral("order"), f.order},
                                  {QStringLiteral("description_nl"), f.descriptionNl},
                                  {QStringLiteral("description_fr"), f.descriptionFr},
                                  {QStringLiteral("description_en"), f.descriptionEn},
                                  {QStringLiteral("values"), values}});
    }
    json.insert(QStringLiteral("fields"), fields);
    putVersion(json, c.version, c.updatedAt);
    return json;
}

QJsonObject toJson(const Citizen &c)
{
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("national_number"), c.nationalNumber},
                     {QStringLiteral("family_name"), c.familyName},
                     {QStringLiteral("given_names"), c.givenNames},
                     {QStringLiteral("birth_date"), c.birthDate},
                     {QStringLiteral("street"), c.street},
                     {QStringLiteral("house_number"), c.houseNumber},
                     {QStringLiteral("postcode"), c.postcode},
                     {QStringLiteral("city"), c.city},
                     {QStringLiteral("municipality_nis"), c.municipalityNis},
                     {QStringLiteral("language"), c.language},
                     {QStringLiteral("phone"), c.phone},
                     {QStringLiteral("email"), c.email},
                     {QStringLiteral("ebox_consent"), c.eboxConsent},
                     {QStringLiteral("ebox_since"), c.eboxSince},
                     {QStringLiteral("delivery_channel"), deliveryChannelCode(c.deliveryChannel)},
                     {QStringLiteral("assistance_notes"), c.assistanceNotes}};
    putVersion(json, c.version, c.updatedAt);
    return json;
}

QJsonObject toJson(const Report &r)
{
    QJsonArray history;
    for (const ReportStatusChange &h : r.history) {
        history.append(QJsonObject{{QStringLiteral("seq"), h.seq},
                                   {QStringLiteral("status"), reportStatusCode(h.status)},
                                   {QStringLiteral("at"), h.at},
                                   {QStringLiteral("public_text"), h.publicText},
                                   {QStringLiteral("internal_note"), h.internalNote},
                                   {QStringLiteral("staff_id"), h.staffId}});
    }
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("public_number"), r.publicNumber},
                     {QStringLiteral("category"), r.categoryCode},
                     {QStringLiteral("description"), r.description},
                     {QStringLiteral("street"), r.street},
                     {QStringLiteral("house_number"), r.houseNumber},
                     {QStringLiteral("postcode"), r.postcode},
                     {QStringLiteral("location_nis"), r.locationNis},
                     {QStringLiteral("received_nis"), r.receivedNis},
                     {QStringLiteral("status"), reportStatusCode(r.status)},
                     {QStringLiteral("created_at"), r.createdAt},
                     {QStringLiteral("expected_date"), r.expectedDate},
                     {QStringLiteral("history"), history},
                     {QStringLiteral("citizen_ids"), QJsonArray::fromStringList(r.citizenIds)},
                     {QStringLiteral("notify_by"), notifyChannelCode(r.notifyBy)}};
    QJsonArray attributes;
    for (const auto &[code, value] : r.attributes)
        attributes.append(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("value"), value}});
    json.insert(QStringLiteral("attributes"), attributes);
    QJsonArray photos;
    for (const ReportPhoto &p : r.photos)
        photos.append(QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("file_name"), p.fileName},
                                  {QStringLiteral("mime_type"), p.mimeType},
                                  {QStringLiteral("size"), double(p.size)}});
    json.insert(QStringLiteral("photos"), photos);
    if (r.latitude && r.longitude) {
        json.insert(QStringLiteral("lat"), *r.latitude);
        json.insert(QStringLiteral("long"), *r.longitude);
    }
    putVersion(json, r.version, r.updatedAt);
    return json;
}

QJsonObject toJson(const Document &d)
{
    QJsonArray history;
    for (const DocumentEvent &e : d.history) {
        history.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("status"), documentStatusCode(e.status)},
                                   {QStringLiteral("at"), e.at},
                                   {QStringLiteral("note"), e.note}});
    }
    QJsonObject json{{QStringLiteral("id"), d.id},
                     {QStringLiteral("citizen_id"), d.citizenId},
                     {QStringLiteral("title"), d.title},
                     {QStringLiteral("kind"), d.kind},
                     {QStringLiteral("sender"), d.sender},
                     {QStringLiteral("sent_at"), d.sentAt},
                     {QStringLiteral("expires_at"), d.expiresAt},
                     {QStringLiteral("channel"), deliveryChannelCode(d.channel)},
                     {QStringLiteral("status"), documentStatusCode(d.status)},
                     {QStringLiteral("history"), history}};
    putVersion(json, d.version, d.updatedAt);
    return json;
}

QJsonObject toJson(const ContactMoment &c)
{
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("citizen_id"), c.citizenId},
                     {QStringLiteral("channel"), contactChannelCode(c.channel)},
                     {QStringLiteral("topic"), c.topic},
                     {QStringLiteral("summary"), c.summary},
                     {QStringLiteral("outcome"), c.outcome},
                     {QStringLiteral("follow_up_task"), c.followUpTask},
                     {QStringLiteral("follow_up_owner"), c.followUpOwner},
                     {QStringLiteral("follow_up_due"), c.followUpDue},
                     {QStringLiteral("staff_id"), c.staffId},
                     {QStringLiteral("municipality_nis"), c.municipalityNis},
                     {QStringLiteral("occurred_at"), c.occurredAt}};
    putVersion(json, c.version, c.updatedAt);
    return json;
}

QJsonObject toJson(const GuideProgress &p)
{
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("citizen_id"), p.citizenId},
                     {QStringLiteral("guide_id"), p.guideId},
                     {QStringLiteral("step_id"), p.stepId},
                     {QStringLiteral("guide_version"), p.guideVersion},
                     {QStringLiteral("status"), stepStatusCode(p.status)},
                     {QStringLiteral("staff_id"), p.staffId},
                     {QStringLiteral("done_at"), p.doneAt}};
    putVersion(json, p.version, p.updatedAt);
    return json;
}

QJsonObject toJson(const DocumentAction &a)
{
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("citizen_id"), a.citizenId},
                     {QStringLiteral("document_id"), a.documentId},
                     {QStringLiteral("kind"), documentActionKindCode(a.kind)},
                     {QStringLiteral("reason"), a.reason},
                     {QStringLiteral("staff_id"), a.staffId},
                     {QStringLiteral("municipality_nis"), a.municipalityNis},
                     {QStringLiteral("occurred_at"), a.occurredAt}};
    putVersion(json, a.version, a.updatedAt);
    return json;
}

QJsonObject toJson(const AccessEntry &e)
{
    // No updated_at: an entry is never updated, the hub only stores it.
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("staff_id"), e.staffId},
                       {QStringLiteral("citizen_id"), e.citizenId},
                       {QStringLiteral("action"), accessActionCode(e.action)},
                       {QStringLiteral("purpose"), accessPurposeCode(e.purpose)},
                       {QStringLiteral("municipality_nis"), e.municipalityNis},
                       {QStringLiteral("occurred_at"), e.occurredAt},
                       {QStringLiteral("version"), e.version}};
}

QJsonObject toJson(const Visit &v)
{
    QJsonObject json{{QStringLiteral("id"), v.id},
                     {QStringLiteral("citizen_id"), v.citizenId},
                     {QStringLiteral("staff_id"), v.staffId},
                     {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                     {QStringLiteral("purpose"), v.purpose}};
    putVersion(json, v.version, v.updatedAt);
    return json;
}

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject toJson(const Task &t)
{
    QJsonArray history;
    for (const TaskEvent &e : t.history) {
        history.append(QJsonObject{
            {QStringLiteral("at"), e.at},
            {QStringLiteral("staff_id"), e.staffId},
            {QStringLiteral("action"), taskActionCode(e.action)},
            {QStringLiteral("note"), textOrNull(e.note)},
            {QStringLiteral("to_queue"),
             e.toQueue ? QJsonValue(taskQueueCode(*e.toQueue)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to_municipality_nis"), textOrNull(e.toMunicipalityNis)},
            {QStringLiteral("to_staff_id"), textOrNull(e.toStaffId)}});
    }
    QJsonObject json{{QStringLiteral("id"), t.id},
                     {QStringLiteral("citizen_id"), t.citizenId},
                     {QStringLiteral("contact_moment_id"), textOrNull(t.contactMomentId)},
                     {QStringLiteral("kind"), taskKindCode(t.kind)},
                     {QStringLiteral("title"), t.title},
                     {QStringLiteral("municipality_nis"), t.municipalityNis},
                     {QStringLiteral("queue"), taskQueueCode(t.queue)},
                     {QStringLiteral("owner_staff_id"), textOrNull(t.ownerStaffId)},
                     {QStringLiteral("owner_name"), textOrNull(t.ownerName)},
                     {QStringLiteral("due"), t.due.toString(Qt::ISODate)},
                     {QStringLiteral("status"), taskStatusCode(t.status)},
                     {QStringLiteral("outcome"), textOrNull(t.outcome)},
                     {QStringLiteral("history"), history}};
    putVersion(json, t.version, t.updatedAt);
    return json;
}

std::optional<Municipality> municipalityFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "municipality");
    Municipality m;
    m.nisCode = r.required("nis_code");
    m.name = r.required("name");
    m.region = r.string("region");
    m.version = r.integer("version");
    m.updatedAt = r.string("updated_at");
    return r.result(m, error);
}

std::optional<Category> categoryFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "category");
    Category c;
    c.code = r.required("code");
    c.groupCode = r.string("group");
    c.nameNl = r.required("name_nl");
    c.nameFr = r.string("name_fr");
    c.nameEn = r.string("name_en");
    c.service = r.string("service");
    c.normWorkingDays = int(r.integer("norm_working_days"));
    // Older hubs send no fields: a category without extra fields.
    c.fields = r.objects<CategoryField>("fields", "category field", [](Reader &fr) {
        CategoryField field;
        field.code = fr.required("code");
        field.datatype = fr.string("datatype");
        if (field.datatype.isEmpty())
            field.datatype = QStringLiteral("string");
        field.required = fr.boolean("required");
        // Absent means an input, as in Open311.
        field.variable = !fr.has("variable") || fr.boolean("variable");
        field.order = int(fr.integer("order"));
        field.descriptionNl = fr.string("description_nl");
        field.descriptionFr = fr.string("description_fr");
        field.descriptionEn = fr.string("description_en");
        field.values =
            fr.objects<CategoryFieldValue>("values", "category field value", [](Reader &vr) {
                return CategoryFieldValue{vr.required("key"), vr.string("name_nl"),
                                          vr.string("name_fr"), vr.string("name_en")};
            });
        return field;
    });
    c.version = r.integer("version");
    c.updatedAt = r.string("updated_at");
    return r.result(c, error);
}

std::optional<Citizen> citizenFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "citizen");
    Citizen c;
    c.id = r.required("id");
    c.nationalNumber = r.string("national_number");
    if (!c.nationalNumber.isEmpty() &&
        (c.nationalNumber.size() != 11 ||
         !std::all_of(c.nationalNumber.cbegin(), c.nationalNumber.cend(),
                      [](QChar ch) { return ch >= u'0' && ch <= u'9'; })))
        r.fail("national_number", "is not 11 digits");
    c.familyName = r.required("family_name");
    c.givenNames = r.string("given_names");
    c.birthDate = r.string("birth_date");
    c.street = r.string("street");
    c.houseNumber = r.string("house_number");
    c.postcode = r.string("postcode");
    c.city = r.string("city");
    c.municipalityNis = r.string("municipality_nis");
    c.language = r.string("language");
    if (c.language.isEmpty())
        c.language = QStringLiteral("nl");
    c.phone = r.string("phone");
    c.email = r.string("email");
    c.eboxConsent = r.boolean("ebox_consent");
    c.eboxSince = r.string("ebox_since");
    const QString channel = r.string("delivery_channel");
    if (!channel.isEmpty()) {
        if (auto ch = channelFromCode(channel))
            c.deliveryChannel = *ch;
        else
            r.fail("delivery_channel", "has an unknown value");
    }
    c.assistanceNotes = r.string("assistance_notes");
    c.version = r.integer("version", true);
    c.updatedAt = r.string("updated_at");
    return r.result(c, error);
}

std::optional<Report> reportFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "report");
    Report rep;
    rep.id = r.required("id");
    rep.publicNumber = r.required("public_number");
    rep.categoryCode = r.required("category");
    rep.description = r.string("description");
    rep.street = r.string("street");
    rep.houseNumber = r.string("house_number");
    rep.postcode = r.string("postcode");
    rep.locationNis = r.string("location_nis");
    rep.receivedNis = r.string("received_nis");
    rep.latitude = r.number("lat");
    rep.longitude = r.number("long");
    rep.status = r.code("status", &reportStatusFromCode, ReportStatus::Received);
    rep.createdAt = r.required("created_at");
    rep.expectedDate = r.string("expected_date");
    const QJsonArray history = r.array("history");
    for (const QJsonValue &v : history) {
        if (!v.isObject()) {
            r.fail("history", "holds something other than objects");
            break;
        }
        const QJsonObject o = v.toObject();
        Reader h(o, "report status change");
        ReportStatusChange change;
        change.seq = int(h.integer("seq", true));
        change.status = h.code("status", &reportStatusFromCode, ReportStatus::Received);
        change.at = h.required("at");
        change.publicText = h.string("public_text");
        change.internalNote = h.string("internal_note");
        change.staffId = h.string("staff_id");
        QString problem;
        if (!h.result(change, &problem)) {
            r.failWith(problem);
            break;
        }
        rep.history.append(change);
    }
    for (const QJsonValue &v : r.array("citizen_ids")) {
        if (!v.isString()) {
            r.fail("citizen_ids", "holds something other than strings");
            break;
        }
        rep.citizenIds.append(v.toString());
    }
    // notify_by, attributes and photos came later: a body without them is still a report.
    const QString notify = r.string("notify_by");
    if (!notify.isEmpty()) {
        if (auto channel = notifyChannelFromCode(notify))
            rep.notifyBy = *channel;
        else
            r.fail("notify_by", "has an unknown value");
    }
    rep.attributes =
        r.objects<std::pair<QString, QString>>("attributes", "report attribute", [](Reader &a) {
            return std::pair<QString, QString>{a.required("code"), a.string("value")};
        });
    rep.photos = r.objects<ReportPhoto>("photos", "report photo", [](Reader &p) {
        return ReportPhoto{p.required("id"), p.string("file_name"), p.string("mime_type"),
                           p.integer("size")};
    });
    rep.version = r.integer("version", true);
    rep.updatedAt = r.string("updated_at");
    return r.result(rep, error);
}

std::optional<Document> documentFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "document");
    Document d;
    d.id = r.required("id");
    d.citizenId = r.required("citizen_id");
    d.title = r.required("title");
    d.kind = r.string("kind");
    d.sender = r.string("sender");
    d.sentAt = r.string("sent_at");
    d.expiresAt = r.string("expires_at");
    d.channel = r.code("channel", &channelFromCode, DeliveryChannel::Paper);
    d.status = r.code("status", &documentStatusFromCode, DocumentStatus::Prepared);
    for (const QJsonValue &v : r.array("history")) {
        if (!v.isObject()) {
            r.fail("history", "holds something other than objects");
            break;
        }
        const QJsonObject o = v.toObject();
        Reader h(o, "document event");
        DocumentEvent e;
        e.seq = int(h.integer("seq", true));
        e.status = h.code("status", &documentStatusFromCode, DocumentStatus::Prepared);
        e.at = h.required("at");
        e.note = h.string("note");
        QString problem;
        if (!h.result(e, &problem)) {
            r.failWith(problem);
            break;
        }
        d.history.append(e);
    }
    d.version = r.integer("version", true);
    d.updatedAt = r.string("updated_at");
    return r.result(d, error);
}

std::optional<ContactMoment> contactMomentFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "contact moment");
    ContactMoment c;
    c.id = r.required("id");
    c.citizenId = r.required("citizen_id");
    c.channel = r.code("channel", &contactChannelFromCode, ContactChannel::Counter);
    c.topic = r.string("topic");
    c.summary = r.string("summary");
    c.outcome = r.string("outcome");
    c.followUpTask = r.string("follow_up_task");
    c.followUpOwner = r.string("follow_up_owner");
    c.followUpDue = r.string("follow_up_due");
    c.staffId = r.string("staff_id");
    c.municipalityNis = r.string("municipality_nis");
    c.occurredAt = r.required("occurred_at");
    c.version = r.integer("version");
    c.updatedAt = r.string("updated_at");
    return r.result(c, error);
}

std::optional<GuideProgress> guideProgressFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "guide progress");
    GuideProgress p;
    p.id = r.required("id");
    p.citizenId = r.required("citizen_id");
    p.guideId = r.required("guide_id");
    p.stepId = r.required("step_id");
    p.guideVersion = int(r.integer("guide_version"));
    p.status = r.code("status", &stepStatusFromCode, StepStatus::NotYet);
    p.staffId = r.string("staff_id");
    p.doneAt = r.string("done_at");
    // The id names the record's citizen, guide and step; a body that disagrees is refused,
    // so that two clients can never write different records under one id.
    if (!p.id.isEmpty() && !p.citizenId.isEmpty() && !p.guideId.isEmpty() && !p.stepId.isEmpty() &&
        p.id != guideProgressId(p.citizenId, p.guideId, p.stepId))
        r.fail("id", "is not citizen_id:guide_id:step_id");
    p.version = r.integer("version");
    p.updatedAt = r.string("updated_at");
    return r.result(p, error);
}

std::optional<DocumentAction> documentActionFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "document action");
    DocumentAction a;
    a.id = r.required("id");
    a.citizenId = r.required("citizen_id");
    a.documentId = r.string("document_id");
    a.kind = r.code("kind", &documentActionKindFromCode, DocumentActionKind::Explained);
    a.reason = r.string("reason");
    a.staffId = r.string("staff_id");
    a.municipalityNis = r.string("municipality_nis");
    a.occurredAt = r.required("occurred_at");
    a.version = r.integer("version");
    a.updatedAt = r.string("updated_at");
    return r.result(a, error);
}

std::optional<AccessEntry> accessEntryFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "access entry");
    AccessEntry e;
    e.id = r.required("id");
    e.staffId = r.string("staff_id");
    e.citizenId = r.required("citizen_id");
    e.action = r.code("action", &accessActionFromCode, AccessAction::OpenDossier);
    e.purpose = r.code("purpose", &accessPurposeFromCode, AccessPurpose::Other);
    e.municipalityNis = r.string("municipality_nis");
    e.occurredAt = r.required("occurred_at");
    e.version = r.integer("version");
    return r.result(e, error);
}

std::optional<Visit> visitFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "visit");
    Visit v;
    v.id = r.required("id");
    v.citizenId = r.required("citizen_id");
    v.staffId = r.string("staff_id");
    v.date = r.date("date");
    v.purpose = r.string("purpose");
    v.version = r.integer("version");
    v.updatedAt = r.string("updated_at");
    return r.result(v, error);
}

namespace {
TaskEvent readTaskEvent(Reader &h)
{
    TaskEvent e;
    e.at = h.required("at");
    e.staffId = h.string("staff_id");
    e.action = h.code("action", &taskActionFromCode, TaskAction::Created);
    e.note = h.string("note");
    const QString queue = h.string("to_queue");
    if (!queue.isEmpty()) {
        e.toQueue = taskQueueFromCode(queue);
        if (!e.toQueue)
            h.fail("to_queue", "has an unknown value");
    }
    e.toMunicipalityNis = h.string("to_municipality_nis");
    e.toStaffId = h.string("to_staff_id");
    return e;
}
} // namespace

std::optional<QList<TaskEvent>> taskHistoryFromJson(const QJsonArray &history, QString *error)
{
    const QJsonObject json{{QStringLiteral("history"), history}};
    Reader r(json, "task");
    const QList<TaskEvent> events = r.objects<TaskEvent>("history", "task event", &readTaskEvent);
    return r.result(events, error);
}

std::optional<Task> taskFromJson(const QJsonObject &json, QString *error)
{
    Reader r(json, "task");
    Task t;
    t.id = r.required("id");
    t.citizenId = r.required("citizen_id");
    t.contactMomentId = r.string("contact_moment_id");
    t.kind = r.code("kind", &taskKindFromCode, TaskKind::CallBack);
    t.title = r.required("title");
    t.municipalityNis = r.required("municipality_nis");
    t.queue = r.code("queue", &taskQueueFromCode, TaskQueueKind::Municipality);
    t.ownerStaffId = r.string("owner_staff_id");
    t.ownerName = r.string("owner_name");
    t.due = r.date("due");
    t.status = r.code("status", &taskStatusFromCode, TaskStatus::Open);
    t.outcome = r.string("outcome");
    t.history = r.objects<TaskEvent>("history", "task event", &readTaskEvent);
    t.version = r.integer("version");
    t.updatedAt = r.string("updated_at");
    return r.result(t, error);
}

} // namespace loket::wire
