#include "changeapplier.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"

namespace loket {
namespace {
// Beyond this many records of one type in a page, listeners re-read everything of that type.
constexpr qsizetype maxListedIds = 500;
} // namespace

ChangeApplier::ChangeApplier(Connection &connection, CacheWriter &writer, Outbox &outbox)
    : m_writer(writer)
    , m_outbox(outbox)
    , m_removeMunicipality(connection.handle(), "DELETE FROM municipality WHERE nis_code = ?1")
    , m_removeCategory(connection.handle(), "DELETE FROM category WHERE code = ?1")
    , m_contactVersion(connection.handle(), "SELECT version FROM contact_moment WHERE id = ?1")
    , m_documentActionVersion(connection.handle(),
                              "SELECT version FROM document_action WHERE id = ?1")
    , m_visitVersion(connection.handle(), "SELECT version FROM visit WHERE id = ?1")
    , m_taskVersion(connection.handle(), "SELECT version FROM task WHERE id = ?1")
    , m_guideProgress(connection.database())
{}

qint64 ChangeApplier::localVisitVersion(const QString &id)
{
    m_visitVersion.bind(1, id);
    const qint64 version = m_visitVersion.step() == SQLITE_ROW ? m_visitVersion.int64(0) : -1;
    m_visitVersion.reset();
    return version;
}

qint64 ChangeApplier::localTaskVersion(const QString &id)
{
    m_taskVersion.bind(1, id);
    const qint64 version = m_taskVersion.step() == SQLITE_ROW ? m_taskVersion.int64(0) : -1;
    m_taskVersion.reset();
    return version;
}

qint64 ChangeApplier::localContactVersion(const QString &id)
{
    m_contactVersion.bind(1, id);
    const qint64 version = m_contactVersion.step() == SQLITE_ROW ? m_contactVersion.int64(0) : -1;
    m_contactVersion.reset();
    return version;
}

qint64 ChangeApplier::localDocumentActionVersion(const QString &id)
{
    m_documentActionVersion.bind(1, id);
    const qint64 version =
        m_documentActionVersion.step() == SQLITE_ROW ? m_documentActionVersion.int64(0) : -1;
    m_documentActionVersion.reset();
    return version;
}

bool ChangeApplier::upsert(const Change &change, Mode mode, bool outboxOpen, Stats *stats)
{
    bool ok = true;
    if (const auto *c = std::get_if<ContactMoment>(&change.record)) {
        // Contact moments are the records this client writes: the local state stands until
        // the hub has answered the local change, and a late page never turns back the clock.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        if (mode == Mode::Incremental && localContactVersion(change.id) > change.version) {
            ++stats->keptLocal;
            return true;
        }
        ok = m_writer.upsert(*c);
    } else if (const auto *g = std::get_if<GuideProgress>(&change.record)) {
        // Written here too, so the same rule as for contact moments: the local tick stands until
        // the hub has answered it, and a late page never turns it back.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        if (mode == Mode::Incremental && m_guideProgress.version(change.id) > change.version) {
            ++stats->keptLocal;
            return true;
        }
        if (!m_guideProgress.upsert(*g)) {
            m_error = m_guideProgress.errorString();
            return false;
        }
        ++stats->upserts;
        return true;
    } else if (const auto *a = std::get_if<DocumentAction>(&change.record)) {
        // Written here as well: the same rule as for contact moments. A row whose POST waits
        // in the outbox stands until the hub has answered it.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        if (mode == Mode::Incremental && localDocumentActionVersion(change.id) > change.version) {
            ++stats->keptLocal;
            return true;
        }
        ok = m_writer.upsert(*a);
    } else if (const auto *v = std::get_if<Visit>(&change.record)) {
        // Visits are planned here too: a visit whose POST waits in the outbox stands until the
        // hub has answered it, and a late page never turns one back.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        if (mode == Mode::Incremental && localVisitVersion(change.id) > change.version) {
            ++stats->keptLocal;
            return true;
        }
        ok = m_writer.upsert(*v, VisitOrigin::Hub);
    } else if (const auto *t = std::get_if<Task>(&change.record)) {
        // Tasks are claimed, handed over and closed here: the local step stands until the hub
        // has answered it (the claim shows at once), and a late page never turns one back.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        if (mode == Mode::Incremental && localTaskVersion(change.id) > change.version) {
            ++stats->keptLocal;
            return true;
        }
        ok = m_writer.upsert(*t);
    } else if (const auto *m = std::get_if<Municipality>(&change.record)) {
        ok = m_writer.upsert(*m);
    } else if (const auto *k = std::get_if<Category>(&change.record)) {
        ok = m_writer.upsert(*k);
    } else if (const auto *z = std::get_if<Citizen>(&change.record)) {
        ok = m_writer.upsert(*z);
    } else if (const auto *r = std::get_if<Report>(&change.record)) {
        // Reports are filed and updated here too (issue 4): a report whose change waits in the
        // outbox stands until the hub has answered it.
        if (outboxOpen && m_outbox.hasEntriesFor(recordTypeCode(change.type), change.id)) {
            ++stats->keptLocal;
            return true;
        }
        ok = m_writer.upsert(*r);
    } else if (const auto *d = std::get_if<Document>(&change.record)) {
        ok = m_writer.upsert(*d);
    }
    if (!ok)
        m_error = m_writer.errorString();
    else
        ++stats->upserts;
    return ok;
}

bool ChangeApplier::remove(const Change &change)
{
    bool ok = true;
    switch (change.type) {
    case RecordType::Municipality:
        m_removeMunicipality.bind(1, change.id);
        ok = m_removeMunicipality.execute();
        if (!ok)
            m_error = m_removeMunicipality.errorString();
        return ok;
    case RecordType::Category:
        m_removeCategory.bind(1, change.id);
        ok = m_removeCategory.execute();
        if (!ok)
            m_error = m_removeCategory.errorString();
        return ok;
    case RecordType::Citizen:
        // The citizen's guide progress leaves with it (moved away or erased); the hub sends its
        // tombstones too, this only keeps a cache without them clean.
        ok = m_writer.removeCitizen(change.id);
        if (ok && !m_guideProgress.removeForCitizen(change.id)) {
            m_error = m_guideProgress.errorString();
            return false;
        }
        break;
    case RecordType::Report:
        ok = m_writer.removeReport(change.id);
        break;
    case RecordType::Document:
        ok = m_writer.removeDocument(change.id);
        break;
    case RecordType::GuideProgress:
        ok = m_guideProgress.remove(change.id);
        if (!ok)
            m_error = m_guideProgress.errorString();
        return ok;
    case RecordType::DocumentAction:
        // As for contact moments: a tombstone is never deferred; a POST still in the outbox
        // stays there and the hub decides on it.
        ok = m_writer.removeDocumentAction(change.id);
        break;
    case RecordType::Visit:
        // A withdrawn visit goes at once; the hub's access_withdrawn tombstones for the
        // citizen's dossier follow in the feed.
        ok = m_writer.removeVisit(change.id);
        break;
    case RecordType::Task:
        // Handed over to a queue this account does not see, or its citizen's access withdrawn:
        // never deferred; a step of it still in the outbox stays there and the hub decides.
        ok = m_writer.removeTask(change.id);
        break;
    case RecordType::AccessEntry:
        // parseChangePage() never hands these over, and the local log is append-only.
        m_error = QStringLiteral("the access log is not removed through the feed");
        return false;
    case RecordType::ContactMoment:
        // Withdrawn access and erasure are never deferred (DESIGN §5): a local change of this
        // record stays in the outbox (nothing is dropped) and the hub decides on it.
        ok = m_writer.removeContactMoment(change.id);
        break;
    }
    if (!ok)
        m_error = m_writer.errorString();
    return ok;
}

bool ChangeApplier::apply(const ChangePage &page, Mode mode, Stats *stats)
{
    const bool outboxOpen = m_outbox.openCount() > 0;
    for (const Change &change : page.changes) {
        const bool ok = change.deleted ? remove(change) : upsert(change, mode, outboxOpen, stats);
        if (!ok) {
            m_error =
                QStringLiteral("%1 %2: %3").arg(recordTypeCode(change.type), change.id, m_error);
            return false;
        }
        if (change.deleted)
            ++stats->deletes;
        QStringList &ids = stats->changed[change.type];
        if (ids.size() <= maxListedIds)
            ids.append(change.id);
    }
    return true;
}

} // namespace loket
