#pragma once

#include "store.h"

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/municipality.h"
#include "model/report.h"

#include <QString>

#include <optional>

namespace loket::hub {

// Applies the register's and the staff's changes inside the caller's write transaction: assigns
// versions, update times and change sequence numbers, stores the wire JSON, and when a record
// leaves a municipality (a citizen moves, a report is forwarded) tombstones it for that
// municipality's accounts — a moving citizen takes along its documents, contact moments, guide
// progress and document actions.
class Writer final
{
public:
    enum class Problem {
        None,
        UnknownMunicipality,
        UnknownCitizen,
        NotFound,
        Database,
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
    // Removes a citizen with its documents, contact moments and their history (erasure).
    std::optional<Erased> eraseCitizen(const QString &id);
    // Removes one record; its accounts receive a tombstone with `reason`.
    bool remove(RecordKind kind, const QString &id, const QString &reason);

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }

    // The municipalities whose accounts see a report: where it is and where it was received.
    static QPair<QString, QString> scopesOf(const Report &report);

private:
    template<typename T>
    std::optional<StoredRecord> write(RecordKind kind, T value, const QString &scopeA,
                                      const QString &scopeB, const QString &citizenId);
    bool knownMunicipality(const QString &nis);
    bool tombstone(const StoredRecord &old, const QStringList &keep, const QString &reason);
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
