// Reports ("meldingen", issue 4): filing a report for citizens, following it up through its
// status history, linking more citizens to it, its photos, and the admin's Open311 keys.
// docs/api.md, "Reports".

#include "api.h"
#include "apicommon.h"
#include "auth.h"
#include "open311server.h"
#include "reportdesk.h"
#include "writer.h"

#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

constexpr qint64 maxPhotoBytes = 5 * 1024 * 1024;

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// The wire parser wants what only the hub decides; a new report's body leaves it out.
std::optional<Report> newReportFromBody(QJsonObject body, HttpResponse *refusal)
{
    for (const QString &decided :
         {u"public_number"_s, u"status"_s, u"history"_s, u"expected_date"_s, u"created_at"_s,
          u"received_nis"_s, u"version"_s, u"updated_at"_s, u"photos"_s})
        body.remove(decided);
    body.insert(u"public_number"_s, u"new"_s);
    body.insert(u"status"_s, u"received"_s);
    body.insert(u"created_at"_s, nowIso());
    body.insert(u"version"_s, 0);
    QString problem;
    auto report = wire::reportFromJson(body, &problem);
    if (!report)
        *refusal = reportInvalid(problem, fieldOf(problem));
    return report;
}

bool filesReports(Role role)
{
    return role == Role::Counter || role == Role::Outreach || role == Role::Helpdesk;
}

// The image type of `data` by its first bytes, whatever the body claims.
QString imageTypeOf(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    return {};
}

// A JPEG without its APP1 (Exif, XMP) and APP13 (IPTC) segments, which carry the place, the
// time and the camera (DESIGN §8: photos lose their EXIF metadata); the image data is kept as
// it is. Empty when the file is not a JPEG the hub can read.
QByteArray jpegWithoutMetadata(const QByteArray &in)
{
    QByteArray out = in.left(2);
    qsizetype i = 2;
    while (i + 4 <= in.size()) {
        if (uchar(in.at(i)) != 0xFF)
            return {};
        const uchar marker = uchar(in.at(i + 1));
        if (marker == 0xDA) { // start of scan: the rest is image data
            out += in.mid(i);
            return out;
        }
        const int length = (uchar(in.at(i + 2)) << 8) | uchar(in.at(i + 3));
        if (length < 2 || i + 2 + length > in.size())
            return {};
        if (marker != 0xE1 && marker != 0xED)
            out += in.mid(i, 2 + length);
        i += 2 + length;
    }
    return {};
}

// A PNG without its eXIf and text chunks (tEXt, zTXt, iTXt), for the same reason.
QByteArray pngWithoutMetadata(const QByteArray &in)
{
    QByteArray out = in.left(8);
    qsizetype i = 8;
    while (i + 12 <= in.size()) {
        const quint32 length = (quint32(uchar(in.at(i))) << 24) |
                               (quint32(uchar(in.at(i + 1))) << 16) |
                               (quint32(uchar(in.at(i + 2))) << 8) | quint32(uchar(in.at(i + 3)));
        const QByteArray type = in.mid(i + 4, 4);
        if (qint64(length) + 12 > in.size() - i)
            return {};
        if (type != "eXIf" && type != "tEXt" && type != "zTXt" && type != "iTXt")
            out += in.mid(i, qsizetype(length) + 12);
        i += qsizetype(length) + 12;
        if (type == "IEND")
            return out;
    }
    return {};
}

QJsonObject photoJson(const StoredPhoto &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"report_id"_s, p.reportId},
                       {u"file_name"_s, p.fileName},
                       {u"mime_type"_s, p.mimeType},
                       {u"size"_s, double(p.size)}};
}

QJsonObject keyJson(const Open311Key &k, const QString &jurisdiction)
{
    return QJsonObject{{u"id"_s, k.id},
                       {u"municipality"_s, k.municipalityNis},
                       {u"jurisdiction_id"_s, jurisdiction},
                       {u"label"_s, k.label},
                       {u"created_at"_s, k.createdAt},
                       {u"created_by"_s, k.createdBy}};
}

HttpResponse reportAnswer(int status, const StoredRecord &rec)
{
    HttpResponse r = HttpResponse::raw(status, rec.body);
    r.setHeader("ETag", etagFor(rec.version));
    return r;
}

// The stored report `id`, or the answer that says why there is none (404, or the database).
std::optional<StoredRecord> storedReport(Store &store, const QString &id, HttpResponse *missing)
{
    auto record = store.record(RecordKind::Report, id);
    if (!record)
        *missing =
            store.lastError().isEmpty()
                ? HttpResponse::error(404, u"not_found"_s, Api::tr("There is no such report."))
                : databaseFailure(store.lastError());
    return record;
}

} // namespace

std::optional<HttpResponse> Api::refuseOutsideReport(Store &store, const Principal &who,
                                                     const StoredRecord &record)
{
    if (who.account.role == Role::Outreach) {
        const auto citizens = store.citizensOfReport(record.id);
        if (!citizens)
            return databaseFailure(store.lastError());
        for (const QString &citizen : *citizens) {
            const auto listed = store.onVisitList(who.account.staffId, citizen);
            if (!listed)
                return databaseFailure(store.lastError());
            if (*listed)
                return std::nullopt;
        }
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("None of the citizens of this report is on the visit list "
                                      "of this account."));
    }
    if (who.dossierScope.contains(record.scopeA) ||
        (!record.scopeB.isEmpty() && who.dossierScope.contains(record.scopeB)))
        return std::nullopt;
    return HttpResponse::error(403, u"forbidden"_s,
                               tr("This report is outside the municipalities of this account."));
}

HttpResponse Api::postReport(Store &store, const Principal &who, const HttpRequest &request)
{
    if (!filesReports(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 files no reports.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    auto draft = newReportFromBody(*body, &refusal);
    if (!draft)
        return refusal;
    QString error;
    ReportTables tables(m_database.threadConnection(&error), m_database.dialect());
    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            // The citizens must be ones this account may write for, as for a contact moment.
            for (const QString &citizen : std::as_const(draft->citizenIds)) {
                if (auto refused = refuseCitizen(
                        s, who, citizen, tr("A citizen of this report is not known to the hub.")))
                    return *refused;
            }
            ReportAuthor author;
            author.staffId = who.account.staffId;
            author.receivedNis = who.account.municipalityNis;
            auto created = createReport(s, writer, tables, *draft, author, nowIso());
            if (auto *refused = std::get_if<HttpResponse>(&created))
                return *refused;
            const StoredRecord &rec = std::get<StoredRecord>(created);
            *recordId = rec.id;
            HttpResponse r = reportAnswer(201, rec);
            r.setHeader("Location", "/api/v1/reports/" + rec.id.toUtf8());
            return r;
        });
}

HttpResponse Api::getReport(Store &store, const Principal &who, const HttpRequest &request,
                            const QString &id)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 sees no dossiers.").arg(roleCode(who.account.role)));
    HttpResponse missing;
    const auto record = storedReport(store, id, &missing);
    if (!record)
        return missing;
    if (auto refused = refuseOutsideReport(store, who, *record))
        return *refused;
    const QByteArray etag = etagFor(record->version);
    if (request.header("If-None-Match").trimmed() == etag) {
        HttpResponse r;
        r.status = 304;
        r.setHeader("ETag", etag);
        return r;
    }
    return reportAnswer(200, *record);
}

HttpResponse Api::postReportStatus(Store &store, const Principal &who, const HttpRequest &request,
                                   const QString &id)
{
    const Role role = who.account.role;
    if (role != Role::Counter && role != Role::Helpdesk && role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("The role %1 changes no report status.").arg(roleCode(role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.startsWith("W/"))
        ifMatch = ifMatch.mid(2);
    if (ifMatch.isEmpty())
        return HttpResponse::error(428, u"precondition_required"_s,
                                   tr("A status change needs If-Match with the version of the "
                                      "report it is based on."));
    std::optional<qint64> base;
    if (ifMatch != "*") {
        QByteArray digits = ifMatch;
        if (digits.size() >= 2 && digits.startsWith('"') && digits.endsWith('"'))
            digits = digits.mid(1, digits.size() - 2);
        bool ok = false;
        const qint64 v = digits.toLongLong(&ok);
        if (!ok || v < 0)
            return HttpResponse::error(400, u"invalid_if_match"_s,
                                       tr("If-Match must hold one version, such as \"3\"."));
        base = v;
    }
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    auto text = [&](const QString &field, bool *wrongType) {
        const QJsonValue v = body->value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            *wrongType = true;
        return v.toString();
    };
    bool wrongType = false;
    const QString statusCode = text(u"status"_s, &wrongType);
    const auto status = reportStatusFromCode(statusCode);
    if (wrongType || !status)
        return reportInvalid(tr("status must be one of the report statuses."), u"status"_s);
    const QString publicText = text(u"public_text"_s, &wrongType).trimmed();
    if (wrongType)
        return reportInvalid(tr("public_text must be text."), u"public_text"_s);
    const QString internalNote = text(u"internal_note"_s, &wrongType).trimmed();
    if (wrongType)
        return reportInvalid(tr("internal_note must be text."), u"internal_note"_s);

    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            HttpResponse missing;
            const auto current = storedReport(s, id, &missing);
            if (!current)
                return missing;
            // A counter follows up the reports of its municipalities (where the problem is or
            // where it came in); the regional helpdesk and an admin any report of the region.
            if (role == Role::Counter)
                if (auto refused = refuseOutsideReport(s, who, *current))
                    return *refused;
            const QJsonObject currentJson = objectOf(current->body);
            if (base && *base != current->version) {
                HttpResponse r = HttpResponse::error(
                    412, u"version_conflict"_s,
                    tr("The report was changed in the meantime (now version %1).")
                        .arg(current->version),
                    QJsonObject{{u"current"_s, currentJson}});
                r.setHeader("ETag", etagFor(current->version));
                return r;
            }
            QString problem;
            auto report = wire::reportFromJson(currentJson, &problem);
            if (!report)
                return databaseFailure(u"report "_s + id + u": "_s + problem);
            if (auto refused =
                    refuseStatusChange(report->status, *status, publicText, internalNote))
                return *refused;
            int seq = 0;
            for (const ReportStatusChange &h : std::as_const(report->history))
                seq = qMax(seq, h.seq);
            const QString now = nowIso();
            report->history.append(
                {seq + 1, *status, now, publicText, internalNote, who.account.staffId});
            report->status = *status;
            const auto rec = writer.put(*report);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = rec->id;
            return reportAnswer(200, *rec);
        });
}

HttpResponse Api::postReportCitizen(Store &store, const Principal &who, const HttpRequest &request,
                                    const QString &id)
{
    if (!filesReports(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 links no citizens to reports.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const QJsonValue citizenValue = body->value(u"citizen_id"_s);
    if (!citizenValue.isString() || citizenValue.toString().trimmed().isEmpty())
        return reportInvalid(tr("Name the citizen to link: citizen_id."), u"citizen_id"_s);
    const QString citizenId = citizenValue.toString().trimmed();

    const QByteArray canonical = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            HttpResponse missing;
            const auto current = storedReport(s, id, &missing);
            if (!current)
                return missing;
            if (auto refused = refuseOutsideReport(s, who, *current))
                return *refused;
            if (auto refused =
                    refuseCitizen(s, who, citizenId, tr("This citizen is not known to the hub.")))
                return *refused;
            *recordId = current->id;
            QString problem;
            auto report = wire::reportFromJson(objectOf(current->body), &problem);
            if (!report)
                return databaseFailure(u"report "_s + id + u": "_s + problem);
            // Linking twice links once: the answer is the report as it is.
            if (report->citizenIds.contains(citizenId))
                return reportAnswer(200, *current);
            report->citizenIds.append(citizenId);
            const auto rec = writer.put(*report);
            if (!rec)
                return databaseFailure(writer.errorString());
            return reportAnswer(200, *rec);
        });
}

HttpResponse Api::postReportPhoto(Store &store, const Principal &who, const HttpRequest &request,
                                  const QString &id)
{
    if (!filesReports(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 adds no photos to reports.").arg(roleCode(who.account.role)));
    if (auto refused = refuseWithoutOutboxKey(request))
        return *refused;
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    auto text = [&](const QString &field) {
        const QJsonValue v = body->value(field);
        return v.isString() ? v.toString() : QString();
    };
    StoredPhoto photo;
    photo.id = text(u"id"_s).toLower();
    photo.reportId = id;
    photo.fileName = text(u"file_name"_s).trimmed();
    photo.mimeType = text(u"mime_type"_s).trimmed().toLower();
    if (!isUuid(photo.id))
        return reportInvalid(tr("The photo's id is not a UUID."), u"id"_s);
    if (photo.fileName.isEmpty() || photo.fileName.size() > 255)
        return reportInvalid(tr("A photo needs a file name of at most 255 characters."),
                             u"file_name"_s);
    if (photo.mimeType != u"image/jpeg"_s && photo.mimeType != u"image/png"_s)
        return HttpResponse::error(415, u"unsupported_type"_s,
                                   tr("A photo must be a JPEG or PNG image."),
                                   QJsonObject{{u"field"_s, u"mime_type"_s}});
    const auto decoded = QByteArray::fromBase64Encoding(text(u"data"_s).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return reportInvalid(tr("data must hold the photo in base64."), u"data"_s);
    if (decoded.decoded.size() > maxPhotoBytes)
        return HttpResponse::error(413, u"too_large"_s,
                                   tr("A photo may be at most %1 MB.").arg(maxPhotoBytes >> 20),
                                   QJsonObject{{u"max_bytes"_s, double(maxPhotoBytes)}});
    if (imageTypeOf(decoded.decoded) != photo.mimeType)
        return HttpResponse::error(
            415, u"unsupported_type"_s,
            tr("The photo's content is not the %1 image it claims to be.").arg(photo.mimeType),
            QJsonObject{{u"field"_s, u"data"_s}});
    photo.data = photo.mimeType == u"image/jpeg"_s ? jpegWithoutMetadata(decoded.decoded)
                                                   : pngWithoutMetadata(decoded.decoded);
    if (photo.data.isEmpty())
        return HttpResponse::error(
            415, u"unsupported_type"_s,
            tr("The photo cannot be read as a %1 image.").arg(photo.mimeType),
            QJsonObject{{u"field"_s, u"data"_s}});
    photo.size = photo.data.size();
    photo.sha256 = auth::sha256Hex(photo.data);
    photo.createdBy = who.account.staffId;

    QString error;
    ReportTables tables(m_database.threadConnection(&error), m_database.dialect());
    // The key stands for the photo: fingerprint its id and content, not the base64 text.
    QJsonObject fingerprinted = *body;
    fingerprinted.insert(u"data"_s, QString::fromLatin1(auth::sha256Hex(decoded.decoded)));
    const QByteArray canonical = QJsonDocument(fingerprinted).toJson(QJsonDocument::Compact);
    return idempotentWrite(
        store, who, request, KeyRule::Required, canonical,
        [&](Store &s, Writer &writer, QString *recordId) {
            HttpResponse missing;
            const auto current = storedReport(s, id, &missing);
            if (!current)
                return missing;
            if (auto refused = refuseOutsideReport(s, who, *current))
                return *refused;
            const auto existing = tables.photo(photo.id, ReportTables::Data::Without);
            if (!existing && !tables.lastError().isEmpty())
                return databaseFailure(tables.lastError());
            if (existing) {
                // The same photo again under another key: it is there once.
                if (existing->reportId == photo.reportId && existing->sha256 == photo.sha256) {
                    QJsonObject answer = photoJson(*existing);
                    answer.insert(u"report_version"_s, double(current->version));
                    return HttpResponse::json(200, answer);
                }
                return HttpResponse::error(409, u"already_exists"_s,
                                           tr("A photo with this id exists already."));
            }
            QString problem;
            auto report = wire::reportFromJson(objectOf(current->body), &problem);
            if (!report)
                return databaseFailure(u"report "_s + id + u": "_s + problem);
            photo.createdAt = nowIso();
            if (!tables.insertPhoto(photo))
                return databaseFailure(tables.lastError());
            report->photos.append({photo.id, photo.fileName, photo.mimeType, photo.size});
            const auto rec = writer.put(*report);
            if (!rec)
                return databaseFailure(writer.errorString());
            *recordId = photo.id;
            // The photo changed the report: a client with a change of the report waiting needs
            // the new version as that change's base.
            QJsonObject answer = photoJson(photo);
            answer.insert(u"report_version"_s, double(rec->version));
            HttpResponse r = HttpResponse::json(201, answer);
            r.setHeader("Location", "/api/v1/report-photos/" + photo.id.toUtf8());
            return r;
        });
}

HttpResponse Api::getReportPhoto(Store &store, const Principal &who, const QString &id)
{
    if (!seesDossiers(who.account.role))
        return HttpResponse::error(
            403, u"forbidden"_s,
            tr("The role %1 sees no dossiers.").arg(roleCode(who.account.role)));
    QString error;
    ReportTables tables(m_database.threadConnection(&error), m_database.dialect());
    const auto photo = tables.photo(id.toLower(), ReportTables::Data::With);
    if (!photo) {
        if (!tables.lastError().isEmpty())
            return databaseFailure(tables.lastError());
        return HttpResponse::error(404, u"not_found"_s, tr("There is no such photo."));
    }
    const auto report = store.record(RecordKind::Report, photo->reportId, Store::Body::Without);
    if (!report) {
        if (!store.lastError().isEmpty())
            return databaseFailure(store.lastError());
        return HttpResponse::error(404, u"not_found"_s, tr("There is no such photo."));
    }
    if (auto refused = refuseOutsideReport(store, who, *report))
        return *refused;
    HttpResponse r;
    r.status = 200;
    r.body = photo->data;
    r.contentType = photo->mimeType.toLatin1();
    r.setHeader("ETag", '"' + photo->sha256 + '"');
    return r;
}

HttpResponse Api::getOpen311Keys(Store &store, const Principal &who)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only an admin manages the Open311 keys."));
    QString error;
    ReportTables tables(m_database.threadConnection(&error), m_database.dialect());
    const auto keys = tables.keys();
    if (!keys)
        return databaseFailure(tables.lastError());
    QJsonArray out;
    for (const Open311Key &k : *keys)
        out.append(keyJson(k, Open311Server::jurisdictionOf(store, k.municipalityNis)));
    return HttpResponse::json(200, QJsonObject{{u"keys"_s, out}});
}

HttpResponse Api::postOpen311Key(Store &store, const Principal &who, const HttpRequest &request)
{
    if (who.account.role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only an admin manages the Open311 keys."));
    HttpResponse refusal;
    const auto body = parseObject(request, &refusal);
    if (!body)
        return refusal;
    const QString nis = body->value(u"municipality"_s).toString();
    const QString label = body->value(u"label"_s).toString().trimmed();
    if (nis.isEmpty())
        return reportInvalid(tr("Name the municipality the key files reports for: "
                                "municipality."),
                             u"municipality"_s);
    if (label.size() > 255)
        return reportInvalid(tr("The label is longer than 255 characters."), u"label"_s);
    if (!store.municipalityCodes().contains(nis))
        return reportInvalid(tr("%1 is not a municipality of the region.").arg(nis),
                             u"municipality"_s);
    // The key is shown in this answer only and the hub keeps its hash alone. That is why this
    // write takes no Idempotency-Key: a stored first answer would keep the key in the clear.
    // An answer lost on the way leaves a key nobody knows, which does no harm.
    const QByteArray secret = auth::newToken();
    Open311Key key;
    key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.municipalityNis = nis;
    key.label = label;
    key.createdBy = who.account.staffId;
    key.createdAt = nowIso();
    key.keyHash = auth::sha256Hex(secret);
    QString error;
    ReportTables tables(m_database.threadConnection(&error), m_database.dialect());
    if (!store.beginWrite())
        return databaseFailure(store.lastError());
    if (!tables.insertKey(key)) {
        const QString problem = tables.lastError();
        store.rollback();
        return databaseFailure(problem);
    }
    if (!store.commit())
        return databaseFailure(store.lastError());
    QJsonObject out = keyJson(key, Open311Server::jurisdictionOf(store, nis));
    out.insert(u"api_key"_s, QString::fromLatin1(secret));
    return HttpResponse::json(201, out);
}

} // namespace loket::hub
