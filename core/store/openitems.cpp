#include "openitems.h"
#include "model/belgiantime.h"
#include "repositories.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket {

OpenItemsReader::OpenItemsReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<OpenItems> OpenItemsReader::read(const OpenItemsQuery &query)
{
    m_error.clear();
    if (!m_db.isOpen()) {
        m_error = m_db.lastError().text();
        return std::nullopt;
    }
    const CacheReader reader(m_db);
    QHash<QString, QString> names;
    for (const Municipality &m : reader.municipalities())
        names.insert(m.nisCode, m.name);
    // A name the cache does not know (outside its scope) still beats a bare code: the code.
    auto nameOf = [&names](const QString &nis) { return names.value(nis, nis); };

    OpenItems items;
    // "Finished" is the report model's own list (isFinished), not repeated in SQL.
    // A list that could not be read is an error, never "nothing open".
    const auto failed = [&reader, this] {
        m_error = reader.errorString();
        return !m_error.isEmpty();
    };
    QList<Report> reports = reader.reportsFor(query.citizenId);
    if (failed())
        return std::nullopt;
    for (Report &report : reports) {
        const ReportStatus status =
            report.history.isEmpty() ? report.status : Report::currentStatus(report.history);
        if (isFinished(status))
            continue;
        OpenReport open;
        open.municipalityNis =
            report.locationNis.isEmpty() ? report.receivedNis : report.locationNis;
        open.municipalityName = nameOf(open.municipalityNis);
        open.report = std::move(report);
        items.reports.append(std::move(open));
    }
    std::stable_sort(items.reports.begin(), items.reports.end(),
                     [](const OpenReport &a, const OpenReport &b) {
                         return belgianTime(a.report.createdAt) > belgianTime(b.report.createdAt);
                     });

    DocumentWorkLists lists(m_db);
    const QList<DocumentWorkItem> documents =
        lists.forCitizen(query.citizenId, query.unreadDays, query.today);
    if (!lists.errorString().isEmpty()) {
        m_error = lists.errorString();
        return std::nullopt;
    }
    for (const DocumentWorkItem &item : documents) {
        OpenDocument open;
        open.item = item;
        open.municipalityNis = item.citizen.municipalityNis;
        open.municipalityName = nameOf(open.municipalityNis);
        items.documents.append(std::move(open));
    }
    // Newest first, like the rest of the panel.
    std::reverse(items.documents.begin(), items.documents.end());

    const QDateTime since = QDateTime::fromString(
        DocumentWorkLists::startOfBelgianDay(query.today.addDays(-qMax(0, query.contactDays))),
        Qt::ISODate);
    const QList<ContactMoment> contacts = reader.contactsFor(query.citizenId);
    if (failed())
        return std::nullopt;
    for (const ContactMoment &contact : contacts) {
        const QDateTime at = QDateTime::fromString(contact.occurredAt, Qt::ISODate);
        if (!at.isValid() || at < since)
            continue;
        items.contacts.append({contact, nameOf(contact.municipalityNis)});
    }
    std::stable_sort(items.contacts.begin(), items.contacts.end(),
                     [](const RecentContact &a, const RecentContact &b) {
                         return QDateTime::fromString(a.contact.occurredAt, Qt::ISODate) >
                                QDateTime::fromString(b.contact.occurredAt, Qt::ISODate);
                     });
    // The follow-up tasks' own reader, with its own definition of open (not closed).
    const QList<Task> tasks = reader.openTasksForCitizen(query.citizenId);
    if (failed())
        return std::nullopt;
    for (const Task &task : tasks)
        items.tasks.append(
            {task, nameOf(task.municipalityNis), taskOverdueDays(task, query.today)});
    return items;
}

} // namespace loket
