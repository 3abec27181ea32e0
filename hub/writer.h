#pragma once

#include "store.h"

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/municipality.h"
#include "model/report.h"
#include "model/task.h"
#include "model/visit.h"

#include <QString>

#include <optional>

namespace loket::hub {

// Applies the register's and the staff's changes inside the caller's write transaction: assigns
// versions, update times and change sequence numbers, stores the wire JSON, and when a record
// leaves a municipality (a citizen moves, a report is forwarded) tombstones it for that
// municipality's accounts — a moving citizen takes along its documents, contact moments, guide
// progress and document actions. Keeps the visit lists too, and tombstones for one outreach
// account what it may no longer hold (its access withdrawn, a record erased or deleted).
class Writer final
{
public:
    enum class Problem {
        None,
        UnknownMunicipality,
        UnknownCitizen,
        NotFound,
        Database,
        Stale, // a conditional write found the record at another version
    };

    Writer(Store &store, QString now);

    std::optional<StoredRecord> put(Municipality municipality);
    std::optional<StoredRecord> put(Category category);
    std::optional<StoredRecord> put(Citizen citizen);
    std::optional<StoredRecord> put(Report report);
    std::optional<StoredRecord> put(Document document);
    // The contact moment's version is assigned here; history is the caller's (correct()).
    std::optional<StoredRecord> put(ContactMoment contact);
    // Guide progress lives where its citizen lives (scope), like a contact moment.
    std::optional<StoredRecord> put(GuideProgress progress);
    // So does a document action: it moves with its citizen, like the document it is about.
    std::optional<StoredRecord> put(DocumentAction action);

    struct Erased
    {
        int documents = 0;
        int contactMoments = 0;
        int guideProgress = 0;
        int documentActions = 0;
    };
    // A follow-up task, as the caller built it (rules, rights and scope checked). With
    // `expectedVersion` the row is rewritten only while it still has that version (Stale
    // otherwise), so that of two simultaneous claims exactly one lands.
    std::optional<StoredRecord> put(Task task, std::optional<qint64> expectedVersion);

    // Removes a citizen with its documents, contact moments and their history (erasure).
    std::optional<Erased> eraseCitizen(const QString &id);
    // Removes one record; its accounts receive a tombstone with `reason`.
    bool remove(RecordKind kind, const QString &id, const QString &reason);

    // Stores a new visit (version 1); the caller has checked it (visitProblem, rights, scope).
    std::optional<StoredVisit> plan(Visit visit);
    // Deletes a visit: its staff member receives the visit's tombstone and, when no other
    // visit of theirs names the citizen, `access_withdrawn` tombstones for the citizen and
    // everything of the citizen they held. NotFound when there is no such visit.
    bool cancelVisit(const QString &id);
    // Ends a helpdesk account's hold on a dossier it opened once the retention has passed: the
    // account receives `access_expired` tombstones for the citizen, everything of the citizen
    // and the reports it sees only through this citizen.
    bool expireOpened(const QString &staffId, const QString &citizenId);

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }

    // The municipalities whose accounts see a report: where it is and where it was received.
    static QPair<QString, QString> scopesOf(const Report &report);
    // The accounts that see a task: its municipality's, and the helpdesk's while it waits in
    // the helpdesk queue, else its owner's (who may be a helpdesk member elsewhere).
    static QPair<QString, QString> scopesOf(const Task &task);
    // The scope values of the helpdesk queue and of one owner; they never collide with a NIS
    // code and fit the 16 characters of a scope column.
    static QString taskHelpdeskScope();
    static QString taskOwnerScope(const QString &staffId);

private:
    template<typename T>
    std::optional<StoredRecord> write(RecordKind kind, T value, const QString &scopeA,
                                      const QString &scopeB, const QString &citizenId,
                                      const QStringList &linkedCitizens = {},
                                      std::optional<qint64> expectedVersion = {});
    bool knownMunicipality(const QString &nis);
    bool tombstone(const StoredRecord &old, const QStringList &keep, const QString &reason);
    bool tombstoneFor(const QString &staffId, RecordKind kind, const QString &id, qint64 version,
                      const QString &reason);
    // Tombstones `record` for every outreach account that visits one of `citizenIds` and none
    // of `stillLinked` (through which it would keep seeing the record).
    bool tombstoneForVisitors(const StoredRecord &record, const QStringList &citizenIds,
                              const QStringList &stillLinked, const QString &reason);
    // Tombstones for one account the citizen, its records (`reason`) and the reports it sees
    // only through this citizen (access_withdrawn).
    bool withdrawCitizen(const QString &staffId, const QString &citizenId, const QString &reason);
    // The staff members with a visit to one of `citizenIds`; nullopt when the store fails.
    std::optional<QStringList> visitorsOf(const QStringList &citizenIds);
    bool failDatabase();
    // The municipality of the citizen `citizenId` a record belongs to; nullopt with the problem
    // set when the store fails or the citizen is unknown (`unknown` names it with %1).
    std::optional<QString> citizenScope(const QString &citizenId, const QString &unknown);

    Store &m_store;
    QString m_now;
    Problem m_problem = Problem::None;
    QString m_error;
    std::optional<QStringList> m_municipalities;
};

} // namespace loket::hub
