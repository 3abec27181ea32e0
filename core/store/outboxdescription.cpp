#include "outboxdescription.h"

#include "model/accessentry.h"
#include "model/documentaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace loket {

OutboxDescriber::OutboxDescriber(QSqlDatabase db, GuideStepTitle guideStepTitle)
    : m_db(std::move(db))
    , m_guideStepTitle(std::move(guideStepTitle))
{}

QString OutboxDescriber::describe(const OutboxEntry &entry)
{
    return describe(entry.entityType, entry.method, entry.body);
}

QString OutboxDescriber::describe(const DiscardedOutboxEntry &entry)
{
    return describe(entry.entityType, entry.method, entry.body);
}

QString OutboxDescriber::citizenName(const QString &citizenId)
{
    if (citizenId.isEmpty())
        return tr("a citizen");
    if (const auto it = m_citizens.constFind(citizenId); it != m_citizens.cend())
        return *it;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT given_names, family_name FROM citizen WHERE id = ?"));
    q.addBindValue(citizenId);
    // A dossier may have left the cache (expired, moved) while its change still waits.
    QString name = tr("a citizen no longer on this computer");
    if (q.exec() && q.next())
        name = (q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()).trimmed();
    m_citizens.insert(citizenId, name);
    return name;
}

QString OutboxDescriber::documentTitle(const QString &documentId)
{
    if (const auto it = m_documents.constFind(documentId); it != m_documents.cend())
        return *it;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title FROM document WHERE id = ?"));
    q.addBindValue(documentId);
    QString title = tr("a document no longer on this computer");
    if (q.exec() && q.next())
        title = q.value(0).toString();
    m_documents.insert(documentId, title);
    return title;
}

QString OutboxDescriber::describe(const QString &entityType, const QByteArray &method,
                                  const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString citizen = json.value(QLatin1String("citizen_id")).toString();
    const auto field = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    if (entityType == QLatin1String("contact_moment")) {
        // A PUT corrects a contact moment the hub already has; a POST logs a new one.
        return method == "PUT"
                   ? tr("Correction of a contact moment for %1").arg(citizenName(citizen))
                   : tr("Contact moment for %1").arg(citizenName(citizen));
    }
    if (entityType == QLatin1String("document_action")) {
        const auto kind = documentActionKindFromCode(field("kind"));
        const QString document = field("document_id");
        const QString title = document.isEmpty() ? QString() : documentTitle(document);
        switch (kind.value_or(DocumentActionKind::PaperCopy)) {
        case DocumentActionKind::PaperCopy:
            return tr("Paper copy requested: %1").arg(title);
        case DocumentActionKind::Resend:
            return tr("Resend requested: %1").arg(title);
        case DocumentActionKind::Explained:
            return tr("Document explained: %1").arg(title);
        case DocumentActionKind::EboxActivationHelp:
            return tr("Help with activating the eBox for %1").arg(citizenName(citizen));
        }
    }
    if (entityType == QLatin1String("guide_progress")) {
        const QString step =
            m_guideStepTitle ? m_guideStepTitle(field("guide_id"), field("step_id")) : QString();
        return step.isEmpty() ? tr("Guide step for %1").arg(citizenName(citizen))
                              : tr("Guide step \"%1\" for %2").arg(step, citizenName(citizen));
    }
    if (entityType == QLatin1String("access_entry")) {
        return accessActionFromCode(field("action")) == AccessAction::RevealNationalNumber
                   ? tr("National number shown: %1").arg(citizenName(citizen))
                   : tr("Dossier consulted: %1").arg(citizenName(citizen));
    }
    if (entityType == QLatin1String("visit"))
        return tr("Home visit planned for %1").arg(citizenName(citizen));
    if (entityType == QLatin1String("task")) {
        // The steps' bodies tell them apart (taskcommands.h): the path is not needed.
        if (json.contains(QLatin1String("title")))
            return tr("Follow-up task for %1: %2").arg(citizenName(citizen), field("title"));
        if (json.contains(QLatin1String("to_queue")))
            return field("to_queue") == QLatin1String("helpdesk")
                       ? tr("Task handed over to the helpdesk queue")
                       : tr("Task handed over to a municipality's queue");
        if (json.contains(QLatin1String("outcome")))
            return tr("Task closed: %1").arg(field("outcome"));
        if (json.contains(QLatin1String("note")))
            return tr("Task reopened");
        return tr("Task claimed");
    }
    return tr("Change to a record of type \"%1\"").arg(entityType);
}

QString OutboxDescriber::stateText(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("Waiting");
    case OutboxEntry::State::Failed:
        return tr("Failed");
    case OutboxEntry::State::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString OutboxDescriber::problemText(int lastStatus, const QString &lastError)
{
    if (lastStatus == 0)
        return lastError.isEmpty() ? QString()
                                   : tr("The regional hub could not be reached or did not answer "
                                        "in time.");
    if (lastStatus == 401)
        return tr("The sign-in had ended; sign in again and it is sent.");
    if (lastStatus == 403)
        return tr("Your account may not make this change.");
    if (lastStatus == 404)
        return tr("The record does not exist (any more) on the regional hub.");
    if (lastStatus == 409 || lastStatus == 412)
        return tr("The record was changed on the regional hub meanwhile.");
    if (lastStatus == 429 || lastStatus == 503)
        return tr("The regional hub was busy and asked to wait.");
    if (lastStatus >= 500)
        return tr("The regional hub had a problem (server error).");
    if (lastStatus >= 400)
        return tr("The regional hub refused the change as it stands.");
    return {};
}

} // namespace loket
