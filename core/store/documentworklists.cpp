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

// Citizens with assistance notes are few, so the plan starts from them (the partial index
// citizen_assisted; CROSS JOIN keeps SQLite from scanning every document instead) and reaches
// their documents through document_citizen; the history checks go by primary key.
const QString unreadSql =
    u"SELECT %1, %2, (SELECT MIN(e.at) FROM document_event e"
    "                 WHERE e.document_id = d.id AND e.status = 'delivered') AS delivered_at, ''"
    " FROM citizen c CROSS JOIN document d ON d.citizen_id = c.id"
    " WHERE c.assistance_notes <> '' AND (?1 = '' OR c.municipality_nis = ?1)"
    "   AND d.channel = 'ebox' AND d.status NOT IN ('read', 'expired')"
    "   AND delivered_at < ?2"
    "   AND NOT EXISTS (SELECT 1 FROM document_event r"
    "                   WHERE r.document_id = d.id AND r.status = 'read')"
    " ORDER BY delivered_at, d.id"_s;

// Returned paper is a few per cent of the documents: the partial index document_returned.
const QString returnedSql =
    u"SELECT %1, %2, r.at, r.note FROM document d"
    " JOIN citizen c ON c.id = d.citizen_id"
    " JOIN document_event r ON r.document_id = d.id AND r.status = 'returned'"
    "   AND r.seq = (SELECT MAX(seq) FROM document_event x"
    "                WHERE x.document_id = d.id AND x.status = 'returned')"
    " WHERE d.status = 'returned' AND (?1 = '' OR c.municipality_nis = ?1)"
    " ORDER BY r.at, d.id"_s;

// Without an index on sent_at this reads every document once (on the worker thread); the list
// is opened now and then, while an index would cost every write of the feed.
const QString recentSql = u"SELECT %1, %2, d.sent_at, '' FROM document d"
                          " JOIN citizen c ON c.id = d.citizen_id"
                          " WHERE d.sent_at >= ?2 AND (?1 = '' OR c.municipality_nis = ?1)"
                          " ORDER BY d.sent_at DESC, d.id LIMIT ?3"_s;

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
        d.status =
            documentStatusFromCode(q.text(documentFirst + 8)).value_or(DocumentStatus::Prepared);
        item.since = q.text(sinceColumn);
        item.note = q.text(noteColumn);
        const QDate since = days.of(item.since);
        item.daysWaiting = since.isValid() ? int(since.daysTo(query.today)) : 0;
        items.append(std::move(item));
    }
    if (code != SQLITE_DONE) {
        m_error = q.errorString();
        return {};
    }
    return items;
}

} // namespace loket
