#pragma once

#include "outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace loket {

// Says in staff words what an outbox entry carries ("Contact moment for Jan Peeters", "Paper copy
// requested: Tax assessment") and why it is stuck, reading names and titles from the cache on
// the caller's connection. One per view or command; names it looked up once are remembered.
class OutboxDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(loket::OutboxDescriber)

public:
    // A guide step's title for (guide id, step id), empty when unknown; the UI knows the guides.
    using GuideStepTitle = std::function<QString(const QString &, const QString &)>;

    explicit OutboxDescriber(QSqlDatabase db, GuideStepTitle guideStepTitle = {});

    QString describe(const OutboxEntry &entry);
    QString describe(const DiscardedOutboxEntry &entry);
    // The entry's state in a word: "Waiting", "Failed", "Conflict".
    static QString stateText(OutboxEntry::State state);
    // Why the last attempt did not get through, for staff; empty when nothing went wrong.
    static QString problemText(int lastStatus, const QString &lastError);

private:
    QString describe(const QString &entityType, const QByteArray &method, const QByteArray &body);
    QString citizenName(const QString &citizenId);
    QString documentTitle(const QString &documentId);

    QSqlDatabase m_db;
    GuideStepTitle m_guideStepTitle;
    QHash<QString, QString> m_citizens;
    QHash<QString, QString> m_documents;
};

} // namespace loket
