#include "reportdesk.h"
#include "apicommon.h"

#include "model/belgiantime.h"
#include "model/reportrules.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

constexpr qint64 maxReportNumber = 9999999; // "M-2026-0001423": seven digits

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportDesk", text);
}

// The citizen-facing texts of the steps the hub writes itself. They are stored in the report
// and read to the citizen as they are, so they are in the region's administrative language
// (Dutch, as the catalogue's texts and the demo region's histories), not in the language of
// whoever runs the hub.
const QString receivedText = u"Bedankt voor uw melding. We hebben ze goed ontvangen."_s;

// The highest seven-digit number after "M-<year>-" in a report body, or -1.
qint64 numberIn(const QByteArray &body, const QByteArray &prefix)
{
    const qsizetype at = body.indexOf(prefix);
    if (at < 0)
        return -1;
    const qsizetype start = at + prefix.size();
    qint64 value = 0;
    qsizetype i = start;
    for (; i < body.size() && body.at(i) >= '0' && body.at(i) <= '9' && i - start < 9; ++i)
        value = value * 10 + (body.at(i) - '0');
    return i == start ? -1 : value;
}

// The checks of core/model/reportrules.h leave out extra fields the category does not have.
std::optional<HttpResponse>
refuseUnknownFields(const Category &category, const QList<std::pair<QString, QString>> &attributes)
{
    for (const auto &[code, value] : attributes) {
        const auto field = std::find_if(category.fields.cbegin(), category.fields.cend(),
                                        [&code](const CategoryField &f) { return f.code == code; });
        if (field == category.fields.cend() || !field->variable)
            return reportInvalid(
                tr("The category %1 has no extra field %2.").arg(category.code, code),
                u"attributes."_s + code);
        if (value.size() > reportDescriptionMaxLength)
            return reportInvalid(tr("The extra field %1 is longer than %2 characters.")
                                     .arg(code)
                                     .arg(reportDescriptionMaxLength),
                                 u"attributes."_s + code);
    }
    return std::nullopt;
}

} // namespace

ReportTables::ReportTables(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

bool ReportTables::exec(QSqlQuery &q)
{
    m_error.clear();
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    if (m_error.trimmed().isEmpty())
        m_error = u"statement failed: "_s + q.lastQuery().left(80);
    return false;
}

std::optional<qint64>
ReportTables::nextReportNumber(int year,
                               const std::function<std::optional<qint64>()> &highestExisting)
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    read.prepare(u"SELECT last_number FROM report_counter WHERE year = ?"_s);
    read.addBindValue(year);
    if (!exec(read))
        return std::nullopt;
    qint64 next = 0;
    QSqlQuery write(m_db);
    if (read.next()) {
        next = read.value(0).toLongLong() + 1;
        read.finish();
        write.prepare(u"UPDATE report_counter SET last_number = ? WHERE year = ?"_s);
    } else {
        read.finish();
        const auto highest = highestExisting();
        if (!highest) {
            m_error = u"cannot read the report numbers held"_s;
            return std::nullopt;
        }
        next = qMax<qint64>(0, *highest) + 1;
        write.prepare(u"INSERT INTO report_counter (last_number, year) VALUES (?, ?)"_s);
    }
    if (next > maxReportNumber) {
        m_error = u"the report numbers of %1 are used up"_s.arg(year);
        return std::nullopt;
    }
    write.addBindValue(next);
    write.addBindValue(year);
    if (!exec(write))
        return std::nullopt;
    return next;
}

bool ReportTables::insertPublicNumber(const QString &publicNumber, const QString &reportId)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO report_number (public_number, report_id) VALUES (?, ?)"_s);
    q.addBindValue(publicNumber);
    q.addBindValue(reportId);
    return exec(q);
}

std::optional<QString> ReportTables::reportIdByNumber(const QString &publicNumber)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT report_id FROM report_number WHERE public_number = ?"_s);
    q.addBindValue(publicNumber);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool ReportTables::insertPhoto(const StoredPhoto &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO report_photo (id, report_id, file_name, mime_type, size, sha256,"
              " created_at, created_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.id);
    q.addBindValue(p.reportId);
    q.addBindValue(p.fileName);
    q.addBindValue(p.mimeType);
    q.addBindValue(p.size);
    q.addBindValue(QString::fromLatin1(p.sha256));
    q.addBindValue(p.createdAt);
    q.addBindValue(p.createdBy);
    q.addBindValue(p.data);
    return exec(q);
}

std::optional<StoredPhoto> ReportTables::photo(const QString &id, Data data)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(data == Data::With
                  ? u"SELECT id, report_id, file_name, mime_type, size, sha256, created_at,"
                    " created_by, data FROM report_photo WHERE id = ?"_s
                  : u"SELECT id, report_id, file_name, mime_type, size, sha256, created_at,"
                    " created_by FROM report_photo WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    StoredPhoto p;
    p.id = q.value(0).toString();
    p.reportId = q.value(1).toString();
    p.fileName = q.value(2).toString();
    p.mimeType = q.value(3).toString();
    p.size = q.value(4).toLongLong();
    p.sha256 = q.value(5).toString().toLatin1();
    p.createdAt = q.value(6).toString();
    p.createdBy = q.value(7).toString();
    if (data == Data::With)
        p.data = q.value(8).toByteArray();
    return p;
}

bool ReportTables::insertKey(const Open311Key &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO open311_key (id, key_hash, municipality_nis, label, created_at,"
              " created_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(key.id);
    q.addBindValue(QString::fromLatin1(key.keyHash));
    q.addBindValue(key.municipalityNis);
    q.addBindValue(key.label);
    q.addBindValue(key.createdAt);
    q.addBindValue(key.createdBy);
    return exec(q);
}

namespace {
Open311Key keyFrom(const QSqlQuery &q)
{
    Open311Key k;
    k.id = q.value(0).toString();
    k.keyHash = q.value(1).toString().toLatin1();
    k.municipalityNis = q.value(2).toString();
    k.label = q.value(3).toString();
    k.createdAt = q.value(4).toString();
    k.createdBy = q.value(5).toString();
    return k;
}
} // namespace

std::optional<QList<Open311Key>> ReportTables::keys()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, key_hash, municipality_nis, label, created_at, created_by"
              " FROM open311_key ORDER BY municipality_nis, created_at, id"_s);
    if (!exec(q))
        return std::nullopt;
    QList<Open311Key> out;
    while (q.next())
        out << keyFrom(q);
    return out;
}

std::optional<Open311Key> ReportTables::keyByHash(const QByteArray &keyHash)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, key_hash, municipality_nis, label, created_at, created_by"
              " FROM open311_key WHERE key_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(keyHash));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return keyFrom(q);
}

HttpResponse reportInvalid(const QString &message, const QString &field)
{
    QJsonObject error{{u"code"_s, u"invalid"_s}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return HttpResponse::json(400, QJsonObject{{u"error"_s, error}});
}

std::optional<Category> categoryOf(Store &store, const QString &code, HttpResponse *refusal)
{
    const auto rec = code.isEmpty() ? std::nullopt : store.record(RecordKind::Category, code);
    if (!rec) {
        *refusal = store.lastError().isEmpty()
                       ? reportInvalid(tr("%1 is not a category of the catalogue.").arg(code),
                                       u"category"_s)
                       : databaseFailure(store.lastError());
        return std::nullopt;
    }
    QString problem;
    auto category = wire::categoryFromJson(QJsonDocument::fromJson(rec->body).object(), &problem);
    if (!category)
        *refusal = databaseFailure(u"category "_s + code + u": "_s + problem);
    return category;
}

QString municipalityName(Store &store, const QString &nis)
{
    const auto rec = store.record(RecordKind::Municipality, nis);
    const QString name =
        rec ? QJsonDocument::fromJson(rec->body).object().value(u"name"_s).toString() : QString();
    return name.isEmpty() ? nis : name;
}

QString forwardedText(const QString &municipalityName)
{
    // Dutch on purpose: see receivedText.
    return u"Deze plaats ligt in %1. We hebben uw melding aan die gemeente doorgegeven."_s.arg(
        municipalityName);
}

std::variant<StoredRecord, HttpResponse> createReport(Store &store, Writer &writer,
                                                      ReportTables &tables, Report r,
                                                      const ReportAuthor &author,
                                                      const QString &now)
{
    if (!isUuid(r.id))
        return reportInvalid(tr("The report's id is not a UUID."), u"id"_s);
    HttpResponse refusal;
    const auto category = categoryOf(store, r.categoryCode, &refusal);
    if (!category && refusal.status >= 500)
        return refusal;
    r.description = r.description.trimmed();
    r.street = r.street.trimmed();
    r.houseNumber = r.houseNumber.trimmed();
    r.postcode = r.postcode.trimmed();
    if (r.locationNis.isEmpty())
        r.locationNis = author.receivedNis;
    // The rules the client checks before it sends (core/model/reportrules.h), then what only
    // the hub can know.
    const ReportCheck check = checkNewReport(r, category);
    if (!check.ok())
        return reportInvalid(reportCheckText(check, category, u"en"), check.field);
    if (auto bad = refuseUnknownFields(*category, r.attributes))
        return *bad;
    static const QRegularExpression postcodePattern(u"^[1-9][0-9]{3}$"_s);
    const bool postcodeNeeded =
        author.channel == ReportAuthor::Channel::Staff || !r.postcode.isEmpty();
    if (!r.street.isEmpty() && postcodeNeeded && !postcodePattern.match(r.postcode).hasMatch())
        return reportInvalid(tr("An address needs a Belgian postcode of four digits."),
                             u"postcode"_s);
    const QStringList region = store.municipalityCodes();
    if (region.isEmpty() && !store.lastError().isEmpty())
        return databaseFailure(store.lastError());
    if (!region.contains(r.locationNis))
        return reportInvalid(tr("%1 is not a municipality of the region.").arg(r.locationNis),
                             u"location_nis"_s);
    QList<std::pair<QString, QString>> attributes;
    for (const auto &[code, value] : std::as_const(r.attributes)) {
        if (!value.trimmed().isEmpty())
            attributes.append({code, value.trimmed()});
    }
    r.attributes = attributes;
    QStringList citizens;
    for (const QString &id : std::as_const(r.citizenIds)) {
        if (id.isEmpty())
            return reportInvalid(tr("citizen_ids holds an empty id."), u"citizen_ids"_s);
        if (!citizens.contains(id))
            citizens << id;
    }
    r.citizenIds = citizens;

    const auto existing = store.record(RecordKind::Report, r.id, Store::Body::Without);
    if (existing)
        return HttpResponse::error(409, u"already_exists"_s,
                                   tr("A report with this id exists already."));
    if (!store.lastError().isEmpty())
        return databaseFailure(store.lastError());

    // What the hub decides, whatever the body said.
    const QDate today = belgianDate(now);
    const QByteArray prefix = "\"public_number\":\"M-" + QByteArray::number(today.year()) + '-';
    const auto number = tables.nextReportNumber(today.year(), [&]() -> std::optional<qint64> {
        qint64 highest = 0;
        for (const QString &nis : region) {
            if (!store.forEachBody(RecordKind::Report, nis, [&](const QByteArray &body) {
                    highest = qMax(highest, numberIn(body, prefix));
                }))
                return std::nullopt;
        }
        return highest;
    });
    if (!number)
        return databaseFailure(tables.lastError());
    r.publicNumber = u"M-%1-%2"_s.arg(today.year()).arg(*number, 7, 10, QLatin1Char('0'));
    r.receivedNis = author.receivedNis.isEmpty() ? r.locationNis : author.receivedNis;
    r.createdAt = now;
    // Empty for a category without a norm.
    r.expectedDate =
        expectedDateFor(belgianDate(now), category->normWorkingDays).toString(Qt::ISODate);
    r.photos.clear();
    r.history = {
        {1, ReportStatus::Received, now, receivedText, author.internalNote, author.staffId}};
    r.status = ReportStatus::Received;
    if (r.locationNis != r.receivedNis) {
        // One process for the region: the municipality where the problem is takes it over,
        // with the same category; the receiving one keeps seeing it.
        const QString to = municipalityName(store, r.locationNis);
        r.history.append({2, ReportStatus::Forwarded, now, forwardedText(to),
                          u"Doorgestuurd naar %1."_s.arg(to), author.staffId});
        r.status = ReportStatus::Forwarded;
    }
    // The number's row doubles as its uniqueness check.
    if (!tables.insertPublicNumber(r.publicNumber, r.id))
        return databaseFailure(tables.lastError());
    auto rec = writer.put(r);
    if (!rec) {
        switch (writer.problem()) {
        case Writer::Problem::UnknownMunicipality:
            return reportInvalid(writer.errorString(), u"location_nis"_s);
        default:
            return databaseFailure(writer.errorString());
        }
    }
    return *rec;
}

std::optional<HttpResponse> refuseStatusChange(ReportStatus current, ReportStatus next,
                                               const QString &publicText,
                                               const QString &internalNote)
{
    const StatusChangeProblem problem = checkStatusChange(current, next, publicText, internalNote);
    if (problem == StatusChangeProblem::None)
        return std::nullopt;
    QString field = u"status"_s;
    if (problem == StatusChangeProblem::PublicTextRequired)
        field = u"public_text"_s;
    else if (problem == StatusChangeProblem::TextTooLong)
        field =
            publicText.size() > reportStatusTextMaxLength ? u"public_text"_s : u"internal_note"_s;
    return reportInvalid(statusChangeProblemText(problem), field);
}

} // namespace loket::hub
