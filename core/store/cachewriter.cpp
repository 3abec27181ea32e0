#include "cachewriter.h"
#include "connection.h"
#include "reportextras.h"
#include "schema.h"
#include "sync/wire.h"
#include "text/namekey.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace loket {

namespace {

// Keeps the first of each token; a key holds a few dozen, so a linear look is cheapest.
QString joinUnique(const QStringList &all)
{
    QStringList unique;
    unique.reserve(all.size());
    for (const QString &t : all) {
        if (!unique.contains(t))
            unique.append(t);
    }
    return unique.join(u' ');
}

// The one definition of the search key; `tokens(field, particles)` gives a field's index tokens.
// Names and the rest are kept apart, so that a search can rank a name match first.
template<typename Tokens> SearchKey buildSearchKey(const Citizen &citizen, Tokens &&tokens)
{
    using namekey::Particles;
    QStringList name;
    name.reserve(16);
    name += tokens(citizen.familyName, Particles::SplitAttached);
    name += tokens(citizen.givenNames, Particles::AsWritten);
    QStringList place;
    place.reserve(16);
    place += tokens(citizen.street, Particles::AsWritten);
    place += tokens(citizen.houseNumber, Particles::AsWritten);
    place += tokens(citizen.postcode, Particles::AsWritten);
    place += tokens(citizen.city, Particles::AsWritten);
    // The birth year and the full date narrow a name ("janssens 1954", "peeters 12/03/1954").
    if (citizen.birthDate.size() == 10) {
        place.append(citizen.birthDate.left(4));
        if (!citizen.birthDate.contains(QLatin1String("-00")))
            place.append(QString(citizen.birthDate).remove(u'-'));
    }
    return {joinUnique(name), joinUnique(place)};
}

} // namespace

SearchKey searchKeyFor(const Citizen &citizen)
{
    return buildSearchKey(citizen, [](const QString &field, namekey::Particles particles) {
        return namekey::indexTokens(field, particles);
    });
}

SearchKey SearchKeyBuilder::keyFor(const Citizen &citizen)
{
    return buildSearchKey(
        citizen, [this](const QString &field, namekey::Particles particles) -> const QStringList & {
            QHash<QString, QStringList> &cache =
                particles == namekey::Particles::SplitAttached ? m_attached : m_asWritten;
            auto it = cache.constFind(field);
            if (it != cache.constEnd())
                return *it;
            if (cache.size() >= maxRemembered)
                cache.clear(); // unlike demo data, real data need not repeat: stay bounded
            return *cache.insert(field, namekey::indexTokens(field, particles));
        });
}

CacheWriter::CacheWriter(Connection &connection)
    : m_db(connection.handle())
    , m_municipality(m_db, "INSERT INTO municipality(nis_code, name, region, version, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(nis_code) DO UPDATE SET"
                           " name = excluded.name, region = excluded.region,"
                           " version = excluded.version, updated_at = excluded.updated_at")
    , m_category(
          m_db,
          "INSERT INTO category(code, group_code, name_nl, name_fr, name_en, service,"
          " norm_days, version, updated_at, fields_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
          " ?7, ?8, ?9, ?10) ON CONFLICT(code) DO UPDATE SET group_code = excluded.group_code,"
          " name_nl = excluded.name_nl, name_fr = excluded.name_fr,"
          " name_en = excluded.name_en, service = excluded.service,"
          " norm_days = excluded.norm_days, version = excluded.version,"
          " updated_at = excluded.updated_at, fields_json = excluded.fields_json")
    , m_citizen(m_db,
                "INSERT INTO citizen(id, national_number, family_name, given_names,"
                " birth_date, street, house_number, postcode, city, municipality_nis,"
                " language, phone, email, ebox_consent, ebox_since, delivery_channel,"
                " assistance_notes, name_key, place_key, version, updated_at) VALUES (?1, ?2, ?3,"
                " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
                " ?20, ?21) ON CONFLICT(id) DO UPDATE SET"
                " national_number = excluded.national_number,"
                " family_name = excluded.family_name, given_names = excluded.given_names,"
                " birth_date = excluded.birth_date, street = excluded.street,"
                " house_number = excluded.house_number, postcode = excluded.postcode,"
                " city = excluded.city, municipality_nis = excluded.municipality_nis,"
                " language = excluded.language, phone = excluded.phone,"
                " email = excluded.email, ebox_consent = excluded.ebox_consent,"
                " ebox_since = excluded.ebox_since,"
                " delivery_channel = excluded.delivery_channel,"
                " assistance_notes = excluded.assistance_notes,"
                " name_key = excluded.name_key, place_key = excluded.place_key,"
                " version = excluded.version,"
                " updated_at = excluded.updated_at")
    , m_report(m_db, "INSERT INTO report(id, public_number, category_code, description, street,"
                     " house_number, postcode, location_nis, received_nis, latitude, longitude,"
                     " status, created_at, expected_date, version, updated_at, extras_json)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                     " ?16, ?17)"
                     " ON CONFLICT(id) DO UPDATE SET public_number = excluded.public_number,"
                     " category_code = excluded.category_code,"
                     " description = excluded.description, street = excluded.street,"
                     " house_number = excluded.house_number, postcode = excluded.postcode,"
                     " location_nis = excluded.location_nis,"
                     " received_nis = excluded.received_nis, latitude = excluded.latitude,"
                     " longitude = excluded.longitude, status = excluded.status,"
                     " created_at = excluded.created_at,"
                     " expected_date = excluded.expected_date, version = excluded.version,"
                     " updated_at = excluded.updated_at, extras_json = excluded.extras_json")
    , m_reportStatusAny(m_db, "SELECT 1 FROM report_status WHERE report_id = ?1 LIMIT 1")
    , m_reportStatusClear(m_db, "DELETE FROM report_status WHERE report_id = ?1")
    , m_reportCitizenAny(m_db, "SELECT 1 FROM report_citizen WHERE report_id = ?1 LIMIT 1")
    , m_reportCitizenClear(m_db, "DELETE FROM report_citizen WHERE report_id = ?1")
    , m_reportCitizen(m_db, "INSERT OR IGNORE INTO report_citizen(report_id, citizen_id, role)"
                            " VALUES (?1, ?2, ?3)")
    , m_document(m_db, "INSERT INTO document(id, citizen_id, title, kind, sender, sent_at,"
                       " expires_at, channel, status, version, updated_at) VALUES (?1, ?2, ?3,"
                       " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(id) DO UPDATE SET"
                       " citizen_id = excluded.citizen_id, title = excluded.title,"
                       " kind = excluded.kind, sender = excluded.sender,"
                       " sent_at = excluded.sent_at, expires_at = excluded.expires_at,"
                       " channel = excluded.channel, status = excluded.status,"
                       " version = excluded.version, updated_at = excluded.updated_at")
    , m_documentEventAny(m_db, "SELECT 1 FROM document_event WHERE document_id = ?1 LIMIT 1")
    , m_documentEventClear(m_db, "DELETE FROM document_event WHERE document_id = ?1")
    , m_contact(m_db, "INSERT INTO contact_moment(id, citizen_id, channel, topic, summary,"
                      " outcome, follow_up_task, follow_up_owner, follow_up_due, staff_id,"
                      " municipality_nis, occurred_at, version, updated_at) VALUES (?1, ?2, ?3,"
                      " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT(id) DO UPDATE"
                      " SET citizen_id = excluded.citizen_id, channel = excluded.channel,"
                      " topic = excluded.topic, summary = excluded.summary,"
                      " outcome = excluded.outcome, follow_up_task = excluded.follow_up_task,"
                      " follow_up_owner = excluded.follow_up_owner,"
                      " follow_up_due = excluded.follow_up_due, staff_id = excluded.staff_id,"
                      " municipality_nis = excluded.municipality_nis,"
                      " occurred_at = excluded.occurred_at, version = excluded.version,"
                      " updated_at = excluded.updated_at")
    // An action is written once and never edited, but the feed may deliver it again (a replay,
    // a citizen moving back): the upsert keeps one row per id.
    , m_documentAction(m_db, "INSERT INTO document_action(id, citizen_id, document_id, kind,"
                             " reason, staff_id, municipality_nis, occurred_at, version,"
                             " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                             " ON CONFLICT(id) DO UPDATE SET citizen_id = excluded.citizen_id,"
                             " document_id = excluded.document_id, kind = excluded.kind,"
                             " reason = excluded.reason, staff_id = excluded.staff_id,"
                             " municipality_nis = excluded.municipality_nis,"
                             " occurred_at = excluded.occurred_at, version = excluded.version,"
                             " updated_at = excluded.updated_at")
    , m_accessEntry(m_db, "INSERT INTO audit_entry(id, staff_id, citizen_id, action, purpose,"
                          " municipality_nis, occurred_at, version)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    , m_accessEntryVersion(m_db,
                           "UPDATE audit_entry SET version = ?2 WHERE id = ?1 AND version = 0")
    , m_removeCitizen(m_db, "DELETE FROM citizen WHERE id = ?1")
    , m_removeCitizenDocuments(m_db, "DELETE FROM document WHERE citizen_id = ?1")
    , m_removeCitizenContacts(m_db, "DELETE FROM contact_moment WHERE citizen_id = ?1")
    , m_removeCitizenDocumentActions(m_db, "DELETE FROM document_action WHERE citizen_id = ?1")
    , m_removeCitizenPreparation(m_db, "DELETE FROM visit_preparation WHERE citizen_id = ?1")
    , m_visit(m_db, "INSERT INTO visit(id, citizen_id, staff_id, visit_date, purpose, origin,"
                    " version, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                    " ON CONFLICT(id) DO UPDATE SET citizen_id = excluded.citizen_id,"
                    " staff_id = excluded.staff_id, visit_date = excluded.visit_date,"
                    " purpose = excluded.purpose, version = excluded.version,"
                    " updated_at = excluded.updated_at")
    , m_removeVisit(m_db, "DELETE FROM visit WHERE id = ?1")
    , m_task(m_db, "INSERT INTO task(id, citizen_id, contact_moment_id, kind, title,"
                   " municipality_nis, queue, owner_staff_id, due, status, outcome, history_json,"
                   " version, updated_at, owner_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                   " ?10, ?11, ?12, ?13, ?14, ?15)"
                   " ON CONFLICT(id) DO UPDATE SET citizen_id = excluded.citizen_id,"
                   " contact_moment_id = excluded.contact_moment_id, kind = excluded.kind,"
                   " title = excluded.title, municipality_nis = excluded.municipality_nis,"
                   " queue = excluded.queue, owner_staff_id = excluded.owner_staff_id,"
                   " due = excluded.due, status = excluded.status, outcome = excluded.outcome,"
                   " history_json = excluded.history_json, version = excluded.version,"
                   " updated_at = excluded.updated_at, owner_name = excluded.owner_name")
    , m_removeTask(m_db, "DELETE FROM task WHERE id = ?1")
    , m_removeCitizenTasks(m_db, "DELETE FROM task WHERE citizen_id = ?1")
    , m_removeReport(m_db, "DELETE FROM report WHERE id = ?1")
    , m_removeDocument(m_db, "DELETE FROM document WHERE id = ?1")
    , m_removeContact(m_db, "DELETE FROM contact_moment WHERE id = ?1")
    , m_removeDocumentAction(m_db, "DELETE FROM document_action WHERE id = ?1")
    , m_meta(m_db, "INSERT INTO meta(key, value) VALUES (?1, ?2)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
{
    for (SqliteStatement *s : {&m_municipality,
                               &m_category,
                               &m_citizen,
                               &m_report,
                               &m_reportStatusAny,
                               &m_reportStatusClear,
                               &m_reportCitizenAny,
                               &m_reportCitizenClear,
                               &m_reportCitizen,
                               &m_document,
                               &m_documentEventAny,
                               &m_documentEventClear,
                               &m_contact,
                               &m_documentAction,
                               &m_accessEntry,
                               &m_accessEntryVersion,
                               &m_removeCitizen,
                               &m_removeCitizenDocuments,
                               &m_removeCitizenContacts,
                               &m_removeCitizenDocumentActions,
                               &m_removeCitizenPreparation,
                               &m_visit,
                               &m_removeVisit,
                               &m_task,
                               &m_removeTask,
                               &m_removeCitizenTasks,
                               &m_removeReport,
                               &m_removeDocument,
                               &m_removeContact,
                               &m_removeDocumentAction,
                               &m_meta}) {
        if (!s->isValid() && m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

CacheWriter::~CacheWriter() = default;

bool CacheWriter::run(SqliteStatement &statement)
{
    const bool ok = statement.execute();
    if (!ok)
        m_error = statement.errorString();
    statement.reset();
    return ok;
}

bool CacheWriter::clearIfAny(SqliteStatement &probe, SqliteStatement &clear, const QString &id)
{
    probe.bind(1, id);
    const int rc = probe.step();
    probe.reset();
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW) {
        m_error = probe.errorString();
        return false;
    }
    clear.bind(1, id);
    return run(clear);
}

// A new record cannot have history rows yet: they go with their record (ON DELETE CASCADE),
// so only the update branch of an upsert needs the old history cleared. The insert branch sets
// last_insert_rowid to the new row, which is never 0 (rowids are generated from 1); the update
// branch leaves it alone, so it is set to 0 first. Should a new row ever get rowid 0, the
// probe in clearIfAny decides, as for an update.
bool CacheWriter::runUpsert(SqliteStatement &statement, bool *inserted)
{
    sqlite3_set_last_insert_rowid(m_db, 0);
    if (!run(statement))
        return false;
    *inserted = sqlite3_last_insert_rowid(m_db) != 0;
    return true;
}

SqliteStatement &CacheWriter::historyInsert(std::vector<SqliteStatement> &statements,
                                            const char *head, int columns, int rows)
{
    if (statements.empty())
        statements.resize(maxHistoryRowsPerInsert);
    SqliteStatement &statement = statements[size_t(rows - 1)];
    if (!statement.isValid()) {
        // Only numbered placeholders are added to the text; the values are always bound.
        QByteArray sql(head);
        for (int row = 0; row < rows; ++row) {
            sql += row ? ", (" : " (";
            for (int column = 0; column < columns; ++column) {
                if (column)
                    sql += ", ";
                sql += '?' + QByteArray::number(row * columns + column + 1);
            }
            sql += ')';
        }
        statement = SqliteStatement(m_db, sql.constData());
    }
    return statement;
}

bool CacheWriter::insertHistory(const Report &r)
{
    for (qsizetype done = 0; done < r.history.size();) {
        const int rows = int(std::min<qsizetype>(r.history.size() - done, maxHistoryRowsPerInsert));
        SqliteStatement &s = historyInsert(m_reportStatusInserts,
                                           "INSERT INTO report_status(report_id, seq, status, at,"
                                           " public_text, internal_note, staff_id) VALUES",
                                           7, rows);
        if (!s.isValid()) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        for (int k = 0; k < rows; ++k) {
            const ReportStatusChange &h = r.history.at(done + k);
            const int base = 7 * k;
            s.bind(base + 1, r.id);
            s.bind(base + 2, h.seq);
            s.bind(base + 3, reportStatusCode(h.status));
            s.bind(base + 4, h.at);
            s.bind(base + 5, h.publicText);
            s.bind(base + 6, h.internalNote);
            s.bind(base + 7, h.staffId);
        }
        if (!run(s))
            return false;
        done += rows;
    }
    return true;
}

bool CacheWriter::insertHistory(const Document &d)
{
    for (qsizetype done = 0; done < d.history.size();) {
        const int rows = int(std::min<qsizetype>(d.history.size() - done, maxHistoryRowsPerInsert));
        SqliteStatement &s = historyInsert(
            m_documentEventInserts,
            "INSERT INTO document_event(document_id, seq, status, at, note) VALUES", 5, rows);
        if (!s.isValid()) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        for (int k = 0; k < rows; ++k) {
            const DocumentEvent &e = d.history.at(done + k);
            const int base = 5 * k;
            s.bind(base + 1, d.id);
            s.bind(base + 2, e.seq);
            s.bind(base + 3, documentStatusCode(e.status));
            s.bind(base + 4, e.at);
            s.bind(base + 5, e.note);
        }
        if (!run(s))
            return false;
        done += rows;
    }
    return true;
}

bool CacheWriter::upsert(const Municipality &m)
{
    auto &s = m_municipality;
    s.bind(1, m.nisCode);
    s.bind(2, m.name);
    s.bind(3, m.region);
    s.bind(4, m.version);
    s.bind(5, m.updatedAt);
    return run(s);
}

bool CacheWriter::upsert(const Category &c)
{
    auto &s = m_category;
    s.bind(1, c.code);
    s.bind(2, c.groupCode);
    s.bind(3, c.nameNl);
    s.bind(4, c.nameFr);
    s.bind(5, c.nameEn);
    s.bind(6, c.service);
    s.bind(7, c.normWorkingDays);
    s.bind(8, c.version);
    s.bind(9, c.updatedAt);
    s.bind(10, categoryFieldsJson(c));
    return run(s);
}

bool CacheWriter::upsert(const Citizen &c)
{
    return upsert(c, searchKeyFor(c));
}

bool CacheWriter::upsert(const Citizen &c, const SearchKey &searchKey)
{
    auto &s = m_citizen;
    s.bind(1, c.id);
    s.bindOptionalText(2, c.nationalNumber);
    s.bind(3, c.familyName);
    s.bind(4, c.givenNames);
    s.bind(5, c.birthDate);
    s.bind(6, c.street);
    s.bind(7, c.houseNumber);
    s.bind(8, c.postcode);
    s.bind(9, c.city);
    s.bindOptionalText(10, c.municipalityNis);
    s.bind(11, c.language);
    s.bind(12, c.phone);
    s.bind(13, c.email);
    s.bind(14, c.eboxConsent ? 1 : 0);
    s.bind(15, c.eboxSince);
    s.bind(16, deliveryChannelCode(c.deliveryChannel));
    s.bind(17, c.assistanceNotes);
    s.bind(18, searchKey.name);
    s.bind(19, searchKey.place);
    s.bind(20, c.version);
    s.bind(21, c.updatedAt);
    return run(s);
}

bool CacheWriter::upsert(const Report &r)
{
    auto &s = m_report;
    s.bind(1, r.id);
    s.bind(2, r.publicNumber);
    s.bind(3, r.categoryCode);
    s.bind(4, r.description);
    s.bind(5, r.street);
    s.bind(6, r.houseNumber);
    s.bind(7, r.postcode);
    s.bindOptionalText(8, r.locationNis);
    s.bindOptionalText(9, r.receivedNis);
    if (r.latitude && r.longitude) {
        s.bind(10, *r.latitude);
        s.bind(11, *r.longitude);
    } else {
        s.bindNull(10);
        s.bindNull(11);
    }
    s.bind(12, reportStatusCode(r.history.isEmpty() ? r.status : Report::currentStatus(r.history)));
    s.bind(13, r.createdAt);
    s.bind(14, r.expectedDate);
    s.bind(15, r.version);
    s.bind(16, r.updatedAt);
    s.bind(17, reportExtrasJson(r));
    bool isNew = false;
    if (!runUpsert(s, &isNew))
        return false;

    if (!isNew && !clearIfAny(m_reportStatusAny, m_reportStatusClear, r.id))
        return false;
    if (!insertHistory(r))
        return false;
    if (!isNew && !clearIfAny(m_reportCitizenAny, m_reportCitizenClear, r.id))
        return false;
    for (qsizetype i = 0; i < r.citizenIds.size(); ++i) {
        m_reportCitizen.bind(1, r.id);
        m_reportCitizen.bind(2, r.citizenIds.at(i));
        m_reportCitizen.bind(3,
                             i == 0 ? QStringLiteral("reporter") : QStringLiteral("co_reporter"));
        if (!run(m_reportCitizen))
            return false;
    }
    return true;
}

bool CacheWriter::upsert(const Document &d)
{
    auto &s = m_document;
    s.bind(1, d.id);
    s.bind(2, d.citizenId);
    s.bind(3, d.title);
    s.bind(4, d.kind);
    s.bind(5, d.sender);
    s.bind(6, d.sentAt);
    s.bind(7, d.expiresAt);
    s.bind(8, deliveryChannelCode(d.channel));
    s.bind(9,
           documentStatusCode(d.history.isEmpty() ? d.status : Document::currentStatus(d.history)));
    s.bind(10, d.version);
    s.bind(11, d.updatedAt);
    bool isNew = false;
    if (!runUpsert(s, &isNew))
        return false;
    if (!isNew && !clearIfAny(m_documentEventAny, m_documentEventClear, d.id))
        return false;
    return insertHistory(d);
}

bool CacheWriter::upsert(const ContactMoment &c)
{
    auto &s = m_contact;
    s.bind(1, c.id);
    s.bind(2, c.citizenId);
    s.bind(3, contactChannelCode(c.channel));
    s.bind(4, c.topic);
    s.bind(5, c.summary);
    s.bind(6, c.outcome);
    s.bind(7, c.followUpTask);
    s.bind(8, c.followUpOwner);
    s.bind(9, c.followUpDue);
    s.bind(10, c.staffId);
    s.bind(11, c.municipalityNis);
    s.bind(12, c.occurredAt);
    s.bind(13, c.version);
    s.bind(14, c.updatedAt);
    return run(s);
}

bool CacheWriter::upsert(const DocumentAction &a)
{
    auto &s = m_documentAction;
    s.bind(1, a.id);
    s.bind(2, a.citizenId);
    s.bind(3, a.documentId);
    s.bind(4, documentActionKindCode(a.kind));
    s.bind(5, a.reason);
    s.bind(6, a.staffId);
    s.bind(7, a.municipalityNis);
    s.bind(8, a.occurredAt);
    s.bind(9, a.version);
    s.bind(10, a.updatedAt);
    return run(s);
}

bool CacheWriter::upsert(const Visit &v, VisitOrigin origin)
{
    auto &s = m_visit;
    s.bind(1, v.id);
    s.bind(2, v.citizenId);
    s.bind(3, v.staffId);
    s.bind(4, v.date.toString(Qt::ISODate));
    s.bind(5, v.purpose);
    s.bind(6, visitOriginCode(origin));
    s.bind(7, v.version);
    s.bind(8, v.updatedAt);
    return run(s);
}

bool CacheWriter::upsert(const Task &t)
{
    auto &s = m_task;
    s.bind(1, t.id);
    s.bind(2, t.citizenId);
    s.bind(3, t.contactMomentId);
    s.bind(4, taskKindCode(t.kind));
    s.bind(5, t.title);
    s.bind(6, t.municipalityNis);
    s.bind(7, taskQueueCode(t.queue));
    s.bind(8, t.ownerStaffId);
    s.bind(9, t.due.toString(Qt::ISODate));
    s.bind(10, taskStatusCode(t.status));
    s.bind(11, t.outcome);
    s.bind(12, QString::fromUtf8(
                   QJsonDocument(wire::toJson(t).value(QStringLiteral("history")).toArray())
                       .toJson(QJsonDocument::Compact)));
    s.bind(13, t.version);
    s.bind(14, t.updatedAt);
    s.bind(15, t.ownerName);
    return run(s);
}

bool CacheWriter::removeTask(const QString &id)
{
    m_removeTask.bind(1, id);
    return run(m_removeTask);
}

bool CacheWriter::removeTasksOfCitizen(const QString &citizenId)
{
    m_removeCitizenTasks.bind(1, citizenId);
    return run(m_removeCitizenTasks);
}

bool CacheWriter::insert(const AccessEntry &e)
{
    auto &s = m_accessEntry;
    s.bind(1, e.id);
    s.bind(2, e.staffId);
    s.bind(3, e.citizenId);
    s.bind(4, accessActionCode(e.action));
    s.bind(5, accessPurposeCode(e.purpose));
    s.bind(6, e.municipalityNis);
    s.bind(7, e.occurredAt);
    s.bind(8, e.version);
    return run(s);
}

bool CacheWriter::setAccessEntryVersion(const QString &id, qint64 version)
{
    m_accessEntryVersion.bind(1, id);
    m_accessEntryVersion.bind(2, version);
    return run(m_accessEntryVersion);
}

bool CacheWriter::removeCitizen(const QString &id)
{
    for (SqliteStatement *s :
         {&m_removeCitizenDocuments, &m_removeCitizenContacts, &m_removeCitizenDocumentActions,
          &m_removeCitizenPreparation, &m_removeCitizen}) {
        s->bind(1, id);
        if (!run(*s))
            return false;
    }
    return true;
}

bool CacheWriter::removeReport(const QString &id)
{
    m_removeReport.bind(1, id);
    return run(m_removeReport);
}

bool CacheWriter::removeDocument(const QString &id)
{
    m_removeDocument.bind(1, id);
    return run(m_removeDocument);
}

bool CacheWriter::removeContactMoment(const QString &id)
{
    m_removeContact.bind(1, id);
    return run(m_removeContact);
}

bool CacheWriter::removeDocumentAction(const QString &id)
{
    m_removeDocumentAction.bind(1, id);
    return run(m_removeDocumentAction);
}

bool CacheWriter::removeVisit(const QString &id)
{
    m_removeVisit.bind(1, id);
    return run(m_removeVisit);
}

bool CacheWriter::setMeta(const QString &key, const QString &value)
{
    m_meta.bind(1, key);
    m_meta.bind(2, value);
    return run(m_meta);
}

bool CacheWriter::beginBulkLoad()
{
    for (const QString &sql : schema::dropSearchTriggerStatements()) {
        if (!sqliteExec(m_db, sql.toUtf8().constData(), &m_error))
            return false;
    }
    return true;
}

bool CacheWriter::finishBulkLoad()
{
    if (!sqliteExec(m_db, "INSERT INTO citizen_fts(citizen_fts) VALUES ('rebuild')", &m_error))
        return false;
    for (const QString &sql : schema::searchTriggerStatements()) {
        if (!sqliteExec(m_db, sql.toUtf8().constData(), &m_error))
            return false;
    }
    return true;
}

} // namespace loket
