#pragma once

#include "model/citizen.h"
#include "model/document.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace loket {

class SqliteStatement;

// The document work lists (issue 5): documents someone should follow up with the citizen.
enum class DocumentWorkList {
    // In the eBox, never opened, delivered more than `minDays` days ago, not expired, for a
    // citizen with assistance notes: outreach workers go and help them read it.
    UnreadInEbox,
    // Paper whose latest news is that the post returned it: the address needs checking.
    ReturnedPaper,
    // The regional view: every document sent in the last `minDays` days, newest first, whatever
    // its channel or status, at most `limit` of them.
    SentRecently,
};

struct DocumentWorkListQuery
{
    DocumentWorkList list = DocumentWorkList::UnreadInEbox;
    int minDays = 15;        // UnreadInEbox: more than this; SentRecently: within this
    QDate today;             // Belgian calendar day the days are counted to
    QString municipalityNis; // empty: every municipality in the cache
    int limit = 10000;       // SentRecently only: a list is for reading, not for exporting
};

// One line of a work list: the document, its citizen, and since when it waits.
struct DocumentWorkItem
{
    Document document; // without its history
    Citizen citizen;
    // UTC: delivered in the eBox (UnreadInEbox), returned (ReturnedPaper) or sent (SentRecently)
    QString since;
    int daysWaiting = 0;
    QString note; // the post's reason for a return
    // The list the document is on; for DocumentWorkLists::forCitizen, why it waits.
    DocumentWorkList list = DocumentWorkList::UnreadInEbox;
};

// Runs the work lists on a cache connection (the caller's thread; the UI calls it from a worker).
class DocumentWorkLists final
{
public:
    explicit DocumentWorkLists(QSqlDatabase db);
    // Oldest first (SentRecently: newest first). Empty with errorString() set when SQLite failed.
    QList<DocumentWorkItem> run(const DocumentWorkListQuery &query);
    // One citizen's documents on UnreadInEbox (whatever their assistance notes) or
    // ReturnedPaper, by the same definitions, oldest first; `list` says which.
    QList<DocumentWorkItem> forCitizen(const QString &citizenId, int unreadMinDays, QDate today);
    QString errorString() const { return m_error; }

    // The first UTC instant of a Belgian calendar day, as the cache writes times.
    static QString startOfBelgianDay(QDate day);

private:
    QList<DocumentWorkItem> read(SqliteStatement &statement, QDate today,
                                 const std::function<DocumentWorkList(const QString &)> &listOf);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace loket
