#include "writer.h"

#include "auth.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

QString idOf(const Municipality &m)
{
    return m.nisCode;
}
QString idOf(const Category &c)
{
    return c.code;
}
template<typename T> QString idOf(const T &value)
{
    return value.id;
}

} // namespace

Writer::Writer(Store &store, QString now)
    : m_store(store)
    , m_now(std::move(now))
{}

bool Writer::failDatabase()
{
    m_problem = Problem::Database;
    m_error = m_store.lastError();
    return false;
}

bool Writer::knownMunicipality(const QString &nis)
{
    if (nis.isEmpty())
        return true;
    if (!m_municipalities)
        m_municipalities = m_store.municipalityCodes();
    return m_municipalities->contains(nis);
}

bool Writer::tombstone(const StoredRecord &old, const QStringList &keep, const QString &reason)
{
    for (const QString &scope : {old.scopeA, old.scopeB}) {
        if (scope.isEmpty() || keep.contains(scope))
            continue;
        Tombstone t;
        t.seq = m_store.nextSeq();
        t.kind = old.kind;
        t.id = old.id;
        t.version = old.version;
        t.scopeNis = scope;
        t.reason = reason;
        t.createdAt = m_now;
        if (!m_store.insertTombstone(t))
            return failDatabase();
    }
    return true;
}

bool Writer::tombstoneFor(const QString &staffId, RecordKind kind, const QString &id,
                          qint64 version, const QString &reason)
{
    AccountTombstone t;
    t.seq = m_store.nextSeq();
    t.staffId = staffId;
    t.kind = kind;
    t.id = id;
    t.version = version;
    t.reason = reason;
    t.createdAt = m_now;
    return m_store.insertAccountTombstone(t) || failDatabase();
}

std::optional<QStringList> Writer::visitorsOf(const QStringList &citizenIds)
{
    QStringList out;
    for (const QString &citizen : citizenIds) {
        if (citizen.isEmpty())
            continue;
        const auto visits = m_store.visitsTo(citizen);
        if (!visits) {
            failDatabase();
            return std::nullopt;
        }
        for (const StoredVisit &v : *visits) {
            if (!out.contains(v.staffId))
                out << v.staffId;
        }
        // Helpdesk accounts hold the dossiers they opened the same way.
        const auto openers = m_store.openersOf(citizen);
        if (!openers) {
            failDatabase();
            return std::nullopt;
        }
        for (const QString &staff : *openers) {
            if (!out.contains(staff))
                out << staff;
        }
    }
    return out;
}

bool Writer::tombstoneForVisitors(const StoredRecord &record, const QStringList &citizenIds,
                                  const QStringList &stillLinked, const QString &reason)
{
    const auto losing = visitorsOf(citizenIds);
    if (!losing)
        return false;
    if (losing->isEmpty())
        return true;
    const auto keeping = visitorsOf(stillLinked);
    if (!keeping)
        return false;
    for (const QString &staff : *losing) {
        if (!keeping->contains(staff) &&
            !tombstoneFor(staff, record.kind, record.id, record.version, reason))
            return false;
    }
    return true;
}

bool Writer::withdrawCitizen(const QString &staffId, const QString &citizenId,
                             const QString &reason)
{
    const QList<StoredRecord> dependents = m_store.dependentsOf(citizenId);
    if (!m_store.lastError().isEmpty())
        return failDatabase();
    std::optional<bool> helpdesk; // read once, when a task asks
    for (const StoredRecord &dep : dependents) {
        // A helpdesk account keeps the tasks of its queue and its own: the feed brings those
        // through the task scopes, whatever happens to the dossier.
        if (dep.kind == RecordKind::Task &&
            (dep.scopeB == taskHelpdeskScope() || dep.scopeB == taskOwnerScope(staffId))) {
            if (!helpdesk) {
                const auto account = m_store.accountByStaffId(staffId);
                if (!account && !m_store.lastError().isEmpty())
                    return failDatabase();
                helpdesk = account && account->role == Role::Helpdesk;
            }
            if (*helpdesk)
                continue;
        }
        if (!tombstoneFor(staffId, dep.kind, dep.id, dep.version, reason))
            return false;
    }
    const auto reports = m_store.reportsOf(citizenId, Store::Body::Without);
    if (!reports)
        return failDatabase();
    for (const StoredRecord &report : *reports) {
        // A report the account still sees through another citizen it visits stays.
        const auto linked = m_store.citizensOfReport(report.id);
        if (!linked)
            return failDatabase();
        bool stillSeen = false;
        for (const QString &other : *linked) {
            if (other == citizenId)
                continue;
            const auto listed = m_store.onVisitList(staffId, other);
            const auto opened = m_store.hasOpened(staffId, other);
            if (!listed || !opened)
                return failDatabase();
            stillSeen = stillSeen || *listed || *opened;
        }
        // An erased citizen's reports stay: the account only loses its way to them.
        const QString reportReason = reason == u"access_expired"_s ? reason : u"access_withdrawn"_s;
        if (!stillSeen &&
            !tombstoneFor(staffId, RecordKind::Report, report.id, report.version, reportReason))
            return false;
    }
    const auto citizen = m_store.record(RecordKind::Citizen, citizenId, Store::Body::Without);
    if (!citizen && !m_store.lastError().isEmpty())
        return failDatabase();
    return !citizen ||
           tombstoneFor(staffId, RecordKind::Citizen, citizenId, citizen->version, reason);
}

bool Writer::expireOpened(const QString &staffId, const QString &citizenId)
{
    if (!m_store.closeDossier(staffId, citizenId))
        return failDatabase();
    return withdrawCitizen(staffId, citizenId, u"access_expired"_s);
}

std::optional<StoredVisit> Writer::plan(Visit visit)
{
    StoredVisit stored;
    stored.id = visit.id;
    stored.staffId = visit.staffId;
    stored.citizenId = visit.citizenId;
    stored.date = visit.date.toString(Qt::ISODate);
    stored.seq = m_store.nextSeq();
    stored.version = 1;
    stored.updatedAt = m_now;
    visit.version = stored.version;
    visit.updatedAt = m_now;
    stored.body = QJsonDocument(wire::toJson(visit)).toJson(QJsonDocument::Compact);
    if (!m_store.insertVisit(stored)) {
        failDatabase();
        return std::nullopt;
    }
    return stored;
}

bool Writer::cancelVisit(const QString &id)
{
    const auto visit = m_store.visit(id);
    if (!visit) {
        if (!m_store.lastError().isEmpty())
            return failDatabase();
        m_problem = Problem::NotFound;
        return false;
    }
    if (!tombstoneFor(visit->staffId, RecordKind::Visit, visit->id, visit->version, u"deleted"_s) ||
        !(m_store.deleteVisit(id) || failDatabase()))
        return false;
    const auto listed = m_store.onVisitList(visit->staffId, visit->citizenId);
    if (!listed)
        return failDatabase();
    return *listed || withdrawCitizen(visit->staffId, visit->citizenId, u"access_withdrawn"_s);
}

template<typename T>
std::optional<StoredRecord> Writer::write(RecordKind kind, T value, const QString &scopeA,
                                          const QString &scopeB, const QString &citizenId,
                                          const QStringList &linkedCitizens,
                                          std::optional<qint64> expectedVersion)
{
    StoredRecord rec;
    rec.kind = kind;
    rec.id = idOf(value);
    const auto existing = m_store.record(kind, rec.id, Store::Body::Without);
    if (!existing && !m_store.lastError().isEmpty()) {
        failDatabase();
        return std::nullopt;
    }
    rec.scopeA = scopeA;
    rec.scopeB = scopeB == scopeA ? QString() : scopeB;
    // Tombstones for the municipalities it leaves come before the new state, so that an
    // account that sees both ends with the record present.
    if (existing && !tombstone(*existing, {rec.scopeA, rec.scopeB}, u"moved"_s))
        return std::nullopt;
    // An outreach account that saw the record only through its old citizen no longer does.
    if (existing && !existing->citizenId.isEmpty() && existing->citizenId != citizenId &&
        !tombstoneForVisitors(*existing, {existing->citizenId}, {citizenId}, u"access_withdrawn"_s))
        return std::nullopt;
    rec.version = existing ? existing->version + 1 : 1;
    rec.seq = m_store.nextSeq();
    rec.citizenId = citizenId;
    rec.linkedCitizens = linkedCitizens;
    rec.updatedAt = m_now;
    value.version = rec.version;
    value.updatedAt = m_now;
    rec.body = QJsonDocument(wire::toJson(value)).toJson(QJsonDocument::Compact);
    if (existing && expectedVersion) {
        const auto updated = m_store.updateRecordIf(rec, *expectedVersion);
        if (!updated) {
            failDatabase();
            return std::nullopt;
        }
        if (!*updated) {
            m_problem = Problem::Stale;
            m_error = u"the record is no longer at version %1"_s.arg(*expectedVersion);
            return std::nullopt;
        }
    } else if (!(existing ? m_store.updateRecord(rec) : m_store.insertRecord(rec))) {
        failDatabase();
        return std::nullopt;
    }
    // A tombstone for a municipality the record is back in is no longer the latest word.
    for (const QString &scope : {rec.scopeA, rec.scopeB}) {
        if (!scope.isEmpty() && !m_store.deleteTombstone(kind, rec.id, scope)) {
            failDatabase();
            return std::nullopt;
        }
    }
    return rec;
}

std::optional<StoredRecord> Writer::put(Municipality municipality)
{
    m_municipalities.reset();
    return write(RecordKind::Municipality, std::move(municipality), regionScope(), {}, {});
}

std::optional<StoredRecord> Writer::put(Category category)
{
    return write(RecordKind::Category, std::move(category), regionScope(), {}, {});
}

std::optional<StoredRecord> Writer::put(Citizen citizen)
{
    if (!knownMunicipality(citizen.municipalityNis)) {
        m_problem = Problem::UnknownMunicipality;
        m_error =
            QCoreApplication::translate("Writer", "The citizen's municipality_nis %1 is not a "
                                                  "municipality of the region.")
                .arg(citizen.municipalityNis);
        return std::nullopt;
    }
    const QString id = citizen.id;
    const QString scope = citizen.municipalityNis;
    const auto before = m_store.record(RecordKind::Citizen, id, Store::Body::Without);
    auto rec = write(RecordKind::Citizen, std::move(citizen), scope, {}, {});
    if (!rec || !before || before->scopeA == scope)
        return rec;
    // The citizen moved: its documents and contact moments follow it to the new
    // municipality's accounts and leave the old one's.
    const QList<StoredRecord> dependents = m_store.dependentsOf(id);
    if (!m_store.lastError().isEmpty()) {
        failDatabase();
        return std::nullopt;
    }
    for (const StoredRecord &dep : dependents) {
        // A task belongs to the municipality that has to do it, not to where its citizen lives.
        if (dep.kind == RecordKind::Task)
            continue;
        if (!tombstone(dep, {scope}, u"moved"_s))
            return std::nullopt;
        if (!m_store.moveRecord(dep.kind, dep.id, m_store.nextSeq(), scope)) {
            failDatabase();
            return std::nullopt;
        }
        if (!scope.isEmpty() && !m_store.deleteTombstone(dep.kind, dep.id, scope)) {
            failDatabase();
            return std::nullopt;
        }
    }
    return rec;
}

QPair<QString, QString> Writer::scopesOf(const Report &report)
{
    // Located outside the region but received here: the receiving municipality sees it.
    if (report.locationNis.isEmpty())
        return {report.receivedNis, QString()};
    if (report.receivedNis == report.locationNis)
        return {report.locationNis, QString()};
    return {report.locationNis, report.receivedNis};
}

QString Writer::taskHelpdeskScope()
{
    return u"#helpdesk"_s;
}

QString Writer::taskOwnerScope(const QString &staffId)
{
    // A staff id can be longer than a scope column: its hash stands for it.
    return u"@"_s + QString::fromLatin1(auth::sha256Hex(staffId.toUtf8()).left(15));
}

QPair<QString, QString> Writer::scopesOf(const Task &task)
{
    if (task.queue == TaskQueueKind::Helpdesk)
        return {task.municipalityNis, taskHelpdeskScope()};
    if (!task.ownerStaffId.isEmpty())
        return {task.municipalityNis, taskOwnerScope(task.ownerStaffId)};
    return {task.municipalityNis, QString()};
}

std::optional<StoredRecord> Writer::put(Task task, std::optional<qint64> expectedVersion)
{
    if (!knownMunicipality(task.municipalityNis)) {
        m_problem = Problem::UnknownMunicipality;
        m_error = QCoreApplication::translate("Writer", "The task's municipality_nis %1 is not a "
                                                        "municipality of the region.")
                      .arg(task.municipalityNis);
        return std::nullopt;
    }
    // The queues show the owner by name: written with every version, whatever the client sent.
    task.ownerName.clear();
    if (!task.ownerStaffId.isEmpty()) {
        const auto owner = m_store.accountByStaffId(task.ownerStaffId);
        if (!owner && !m_store.lastError().isEmpty()) {
            m_problem = Problem::Database;
            m_error = m_store.lastError();
            return std::nullopt;
        }
        if (owner)
            task.ownerName = owner->displayName;
    }
    const auto [a, b] = scopesOf(task);
    const QString citizen = task.citizenId;
    return write(RecordKind::Task, std::move(task), a, b, citizen, {}, expectedVersion);
}

std::optional<StoredRecord> Writer::put(Report report)
{
    if (!knownMunicipality(report.locationNis) || !knownMunicipality(report.receivedNis)) {
        m_problem = Problem::UnknownMunicipality;
        m_error = QCoreApplication::translate("Writer", "The report's location_nis or received_nis "
                                                        "is not a municipality of the region.");
        return std::nullopt;
    }
    const auto [a, b] = scopesOf(report);
    const QString id = report.id;
    const QStringList linked = report.citizenIds;
    const auto before = m_store.citizensOfReport(id);
    if (!before) {
        failDatabase();
        return std::nullopt;
    }
    auto rec = write(RecordKind::Report, std::move(report), a, b, {}, linked);
    if (!rec)
        return rec;
    // Outreach accounts that saw the report only through a citizen it no longer names lose it.
    QStringList unlinked;
    for (const QString &citizen : *before) {
        if (!linked.contains(citizen))
            unlinked << citizen;
    }
    StoredRecord previous = *rec;
    previous.version = rec->version - 1;
    if (!unlinked.isEmpty() &&
        !tombstoneForVisitors(previous, unlinked, linked, u"access_withdrawn"_s))
        return std::nullopt;
    return rec;
}

std::optional<StoredRecord> Writer::put(Document document)
{
    const auto scope = citizenScope(
        document.citizenId, QCoreApplication::translate(
                                "Writer", "The document's citizen_id %1 is not a known citizen."));
    if (!scope)
        return std::nullopt;
    // The current status is the latest event's, whatever the register's copy says and in
    // whatever order its events arrived, so that every reader of the hub sees the same one.
    if (!document.history.isEmpty())
        document.status = Document::currentStatus(document.history);
    const QString citizenId = document.citizenId;
    return write(RecordKind::Document, std::move(document), *scope, {}, citizenId);
}

std::optional<StoredRecord> Writer::put(ContactMoment contact)
{
    const auto scope =
        citizenScope(contact.citizenId,
                     QCoreApplication::translate(
                         "Writer", "The contact moment's citizen_id %1 is not a known citizen."));
    if (!scope)
        return std::nullopt;
    const QString citizenId = contact.citizenId;
    return write(RecordKind::ContactMoment, std::move(contact), *scope, {}, citizenId);
}

std::optional<StoredRecord> Writer::put(GuideProgress progress)
{
    const auto scope =
        citizenScope(progress.citizenId,
                     QCoreApplication::translate(
                         "Writer", "The guide progress's citizen_id %1 is not a known citizen."));
    if (!scope)
        return std::nullopt;
    const QString citizenId = progress.citizenId;
    return write(RecordKind::GuideProgress, std::move(progress), *scope, {}, citizenId);
}

std::optional<StoredRecord> Writer::put(DocumentAction action)
{
    const auto scope =
        citizenScope(action.citizenId,
                     QCoreApplication::translate(
                         "Writer", "The document action's citizen_id %1 is not a known citizen."));
    if (!scope)
        return std::nullopt;
    const QString citizenId = action.citizenId;
    return write(RecordKind::DocumentAction, std::move(action), *scope, {}, citizenId);
}

std::optional<QString> Writer::citizenScope(const QString &citizenId, const QString &unknown)
{
    const auto citizen = m_store.record(RecordKind::Citizen, citizenId, Store::Body::Without);
    if (citizen)
        return citizen->scopeA;
    if (!m_store.lastError().isEmpty()) {
        failDatabase();
    } else {
        m_problem = Problem::UnknownCitizen;
        m_error = unknown.arg(citizenId);
    }
    return std::nullopt;
}

std::optional<Writer::Erased> Writer::eraseCitizen(const QString &id)
{
    const auto citizen = m_store.record(RecordKind::Citizen, id, Store::Body::Without);
    if (!citizen) {
        if (!m_store.lastError().isEmpty())
            failDatabase();
        else
            m_problem = Problem::NotFound;
        return std::nullopt;
    }
    // Outreach accounts that visit the citizen hear of the erasure through tombstones of their
    // own, and the visits go with the citizen.
    const auto visits = m_store.visitsTo(id);
    if (!visits) {
        failDatabase();
        return std::nullopt;
    }
    const auto visitors = visitorsOf({id}); // and the helpdesk accounts that opened it
    if (!visitors)
        return std::nullopt;
    for (const QString &staff : *visitors) {
        if (!withdrawCitizen(staff, id, u"erased"_s))
            return std::nullopt;
    }
    if (!m_store.deleteOpenedOf(id)) {
        failDatabase();
        return std::nullopt;
    }
    for (const StoredVisit &v : *visits) {
        if (!tombstoneFor(v.staffId, RecordKind::Visit, v.id, v.version, u"erased"_s))
            return std::nullopt;
        if (!m_store.deleteVisit(v.id)) {
            failDatabase();
            return std::nullopt;
        }
    }
    Erased erased;
    const QList<StoredRecord> dependents = m_store.dependentsOf(id);
    if (!m_store.lastError().isEmpty()) {
        failDatabase();
        return std::nullopt;
    }
    for (const StoredRecord &dep : dependents) {
        if (!tombstone(dep, {}, u"erased"_s))
            return std::nullopt;
        if (!m_store.deleteRecord(dep.kind, dep.id) || !m_store.deleteAnswersFor(dep.id)) {
            failDatabase();
            return std::nullopt;
        }
        if (dep.kind == RecordKind::ContactMoment) {
            if (!m_store.deleteHistory(dep.id)) {
                failDatabase();
                return std::nullopt;
            }
            ++erased.contactMoments;
        } else if (dep.kind == RecordKind::GuideProgress) {
            ++erased.guideProgress;
        } else if (dep.kind == RecordKind::DocumentAction) {
            ++erased.documentActions;
        } else {
            ++erased.documents;
        }
    }
    if (!tombstone(*citizen, {}, u"erased"_s))
        return std::nullopt;
    if (!m_store.deleteRecord(RecordKind::Citizen, id) || !m_store.deleteAnswersFor(id)) {
        failDatabase();
        return std::nullopt;
    }
    return erased;
}

bool Writer::remove(RecordKind kind, const QString &id, const QString &reason)
{
    const auto existing = m_store.record(kind, id, Store::Body::Without);
    if (!existing) {
        if (!m_store.lastError().isEmpty())
            return failDatabase();
        m_problem = Problem::NotFound;
        return false;
    }
    if (!tombstone(*existing, {}, reason))
        return false;
    // The outreach accounts that see it through a citizen they visit.
    QStringList citizens{existing->citizenId};
    if (kind == RecordKind::Report) {
        const auto linked = m_store.citizensOfReport(id);
        if (!linked)
            return failDatabase();
        citizens = *linked;
    }
    if (!tombstoneForVisitors(*existing, citizens, {}, reason))
        return false;
    if (!m_store.deleteRecord(kind, id) || !m_store.deleteAnswersFor(id))
        return failDatabase();
    return true;
}

} // namespace loket::hub
