#include "documentworklists.h"
#include "connection.h"
#include "model/belgiantime.h"
#include "repositories.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

// The document columns after the citizen's, and what each list adds after them.
constexpr int documentFirst = 20;
constexpr int sinceColumn = documentFirst + 9;
constexpr int noteColumn = sinceColumn + 1;

const QString documentColumns =
    u"d.local_id, d.id, d.title, d.kind, d.sender, d.sent_at, d.expires_at, d.channel,"
    " d.status"_s;

// The two definitions the lists and a citizen's open items share (DocumentWorkLists::forCitizen):
// an eBox document never opened, delivered before the bound time ?2; paper the post returned.
const QString deliveredAtExpression = u"(SELECT MIN(e.at) FROM document_event e"
                                      "  WHERE e.document_id = d.id AND e.status = 'delivered')"_s;
const QString deliveredAtColumn = deliveredAtExpression + u" AS delivered_at"_s;
const QString unreadCondition =
    u"d.channel = 'ebox' AND d.status NOT IN ('read', 'expired')"
    "   AND delivered_at < ?2"
    "   AND NOT EXISTS (SELECT 1 FROM document_event r"
    "                   WHERE r.document_id = d.id AND r.status = 'read')"_s;
const QString returnedCondition = u"d.status = 'returned'"_s;
const QString lastReturnedColumn =
    u"(SELECT x.at FROM document_event x WHERE x.document_id = d.id AND x.status = 'returned'"
    "  ORDER BY x.seq DESC LIMIT 1)"_s;
const QString lastReturnNoteColumn =
    u"(SELECT x.note FROM document_event x WHERE x.document_id = d.id AND x.status = 'returned'"
    "  ORDER BY x.seq DESC LIMIT 1)"_s;

// Citizens with assistance notes are few, so the plan starts from them (the partial index
// citizen_assisted; CROSS JOIN keeps SQLite from scanning every document instead) and reaches
// their documents through document_citizen; the history checks go by primary key.
const QString unreadSql = u"SELECT %1, %2, "_s + deliveredAtColumn +
                          u", '' FROM citizen c CROSS JOIN document d ON d.citizen_id = c.id"
                          " WHERE c.assistance_notes <> '' AND (?1 = '' OR c.municipality_nis = ?1)"
                          "   AND "_s +
                          unreadCondition + u" ORDER BY delivered_at, d.id"_s;

// Returned paper is a few per cent of the documents: the partial index document_returned.
const QString returnedSql =
    u"SELECT %1, %2, r.at, r.note FROM document d"
    " JOIN citizen c ON c.id = d.citizen_id"
    " JOIN document_event r ON r.document_id = d.id AND r.status = 'returned'"
    "   AND r.seq = (SELECT MAX(seq) FROM document_event x"
    "                WHERE x.document_id = d.id AND x.status = 'returned')"
    " WHERE "_s +
    returnedCondition +
    u" AND (?1 = '' OR c.municipality_nis = ?1)"
    " ORDER BY r.at, d.id"_s;

// Without an index on sent_at this reads every document once (on the worker thread); the list
// is opened now and then, while an index would cost every write of the feed.
const QString recentSql = u"SELECT %1, %2, d.sent_at, '' FROM document d"
                          " JOIN citizen c ON c.id = d.citizen_id"
                          " WHERE d.sent_at >= ?2 AND (?1 = '' OR c.municipality_nis = ?1)"
                          " ORDER BY d.sent_at DESC, d.id LIMIT ?3"_s;

// One citizen's documents on either list, whatever the municipality and the assistance notes:
// the few documents of one citizen through the index document_citizen.
const QString citizenSql =
    u"SELECT %1, %2, CASE WHEN "_s + returnedCondition + u" THEN "_s + lastReturnedColumn +
    u" ELSE "_s + deliveredAtExpression + u" END, CASE WHEN "_s + returnedCondition + u" THEN "_s +
    lastReturnNoteColumn + u" ELSE '' END, "_s + deliveredAtColumn +
    u" FROM document d JOIN citizen c ON c.id = d.citizen_id"
    " WHERE d.citizen_id = ?1 AND (("_s +
    unreadCondition + u") OR "_s + returnedCondition + u") ORDER BY 30, d.id"_s;

// The Belgian calendar day of a stored UTC time, for tens of thousands of rows: QDateTime's
// time-zone conversion costs microseconds a time, so the offset is looked up once per day. The
// clocks change at 01:00 UTC, when both offsets give the same calendar day.
class BelgianDays final
{
public:
    QDate of(const QString &isoUtc)
    {
        // "YYYY-MM-DDTHH:MM:SSZ", as the cache writes times; anything else the slow way.
        if (isoUtc.size() != 20 || isoUtc.at(10) != u'T' || isoUtc.at(19) != u'Z')
            return belgianDate(isoUtc);
        const QDate utcDay = QDate::fromString(QStringView(isoUtc).left(10), Qt::ISODate);
        bool hourOk = false;
        const int hour = QStringView(isoUtc).mid(11, 2).toInt(&hourOk);
        if (!utcDay.isValid() || !hourOk)
            return belgianDate(isoUtc);
        auto offset = m_offsets.constFind(utcDay);
        if (offset == m_offsets.cend())
            offset = m_offsets.insert(
                utcDay, m_brussels.isValid()
                            ? m_brussels.offsetFromUtc(QDateTime(utcDay, QTime(12, 0), Qt::UTC))
                            : 0);
        // Seconds within the hour cannot carry a whole-hour offset past midnight.
        return hour * 3600 + *offset >= 24 * 3600 ? utcDay.addDays(1) : utcDay;
    }

private:
    QTimeZone m_brussels{"Europe/Brussels"};
    QHash<QDate, int> m_offsets;
};

} // namespace

DocumentWorkLists::DocumentWorkLists(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString DocumentWorkLists::startOfBelgianDay(QDate day)
{
    static const QTimeZone brussels("Europe/Brussels");
    const QDateTime start =
        brussels.isValid() ? QDateTime(day, QTime(0, 0), brussels) : QDateTime(day, QTime(0, 0));
    return start.toUTC().toString(Qt::ISODate);
}

QList<DocumentWorkItem> DocumentWorkLists::run(const DocumentWorkListQuery &query)
{
    m_error.clear();
    const QString &pattern = query.list == DocumentWorkList::UnreadInEbox    ? unreadSql
                             : query.list == DocumentWorkList::ReturnedPaper ? returnedSql
                                                                             : recentSql;
    // Raw statements: a region's returned paper is tens of thousands of rows, where QSqlQuery's
    // per-value QVariant doubles the time.
    SqliteStatement q(Connection::handleOf(m_db),
                      pattern.arg(citizenColumns(u"c"_s), documentColumns).toUtf8().constData());
    if (!q.isValid()) {
        m_error = q.errorString();
        return {};
    }
    const int parameters = sqlite3_bind_parameter_count(q.get());
    q.bind(1, query.municipalityNis.isNull() ? u""_s : query.municipalityNis);
    // UnreadInEbox: delivered before the start of the day `days` days ago (more than `days`
    // days); SentRecently: sent on or after it (within `days` days).
    if (parameters >= 2)
        q.bind(2, startOfBelgianDay(query.today.addDays(-qMax(0, query.minDays))));
    if (parameters >= 3)
        q.bind(3, qMax(1, query.limit));
    return read(q, query.today, [&query](const QString &) { return query.list; });
}

QList<DocumentWorkItem> DocumentWorkLists::forCitizen(const QString &citizenId, int unreadMinDays,
                                                      QDate today)
{
    m_error.clear();
    SqliteStatement q(Connection::handleOf(m_db),
                      citizenSql.arg(citizenColumns(u"c"_s), documentColumns).toUtf8().constData());
    if (!q.isValid()) {
        m_error = q.errorString();
        return {};
    }
    q.bind(1, citizenId.isNull() ? u""_s : citizenId);
    // The same bound as UnreadInEbox: delivered more than `unreadMinDays` days ago.
    q.bind(2, startOfBelgianDay(today.addDays(-qMax(0, unreadMinDays))));
    return read(q, today, [](const QString &status) {
        return status == u"returned"_s ? DocumentWorkList::ReturnedPaper
                                       : DocumentWorkList::UnreadInEbox;
    });
}

QList<DocumentWorkItem>
DocumentWorkLists::read(SqliteStatement &q, QDate today,
                        const std::function<DocumentWorkList(const QString &)> &listOf)
{
    BelgianDays days;
    QList<DocumentWorkItem> items;
    int code = SQLITE_ROW;
    while ((code = q.step()) == SQLITE_ROW) {
        DocumentWorkItem item;
        item.citizen = citizenFromRow(q, 0);
        Document &d = item.document;
        d.localId = q.int64(documentFirst);
        d.id = q.text(documentFirst + 1);
        d.citizenId = item.citizen.id;
        d.title = q.text(documentFirst + 2);
        d.kind = q.text(documentFirst + 3);
        d.sender = q.text(documentFirst + 4);
        d.sentAt = q.text(documentFirst + 5);
        d.expiresAt = q.text(documentFirst + 6);
        d.channel = deliveryChannelFromCode(q.text(documentFirst + 7));
        const QString status = q.text(documentFirst + 8);
        d.status = documentStatusFromCode(status).value_or(DocumentStatus::Prepared);
        item.list = listOf(status);
        item.since = q.text(sinceColumn);
        item.note = q.text(noteColumn);
        const QDate since = days.of(item.since);
        item.daysWaiting = since.isValid() ? int(since.daysTo(today)) : 0;
        items.append(std::move(item));
    }
    if (code != SQLITE_DONE) {
        m_error = q.errorString();
        return {};
    }
    return items;
}

} // namespace loket
