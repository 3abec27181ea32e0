// What is open for one citizen across the region (issue 8, item 2), over a real SQLite cache
// written by CacheWriter: open reports in any municipality (finished ones left out), eBox
// documents unread for more than N days or paper returned (the work lists' definitions), the
// follow-up tasks not closed, and the contacts of the last days, each with the name of its
// municipality.

#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/openitems.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

// "Today" is Saturday 28 November 2026, Belgian winter time (UTC+1).
const QDate today(2026, 11, 28);
const QString anna = u"citizen-anna"_s;
const QString bart = u"citizen-bart"_s;

Citizen citizen(const QString &id, const QString &nis)
{
    Citizen c;
    c.id = id;
    c.familyName = u"Family %1"_s.arg(id);
    c.givenNames = u"Given"_s;
    c.birthDate = u"1950-01-01"_s;
    c.municipalityNis = nis;
    c.version = 1;
    return c;
}

Report report(const QString &id, const QString &locationNis, const QStringList &citizens,
              const QList<std::pair<ReportStatus, QString>> &changes)
{
    Report r;
    r.id = id;
    r.publicNumber = u"M-2026-%1"_s.arg(id);
    r.categoryCode = u"street_light"_s;
    r.locationNis = locationNis;
    r.receivedNis = u"24038"_s;
    r.createdAt = changes.first().second;
    r.expectedDate = u"2026-12-10"_s;
    r.citizenIds = citizens;
    int seq = 0;
    for (const auto &[status, at] : changes)
        r.history.append({++seq, status, at, {}, {}, {}});
    r.status = Report::currentStatus(r.history);
    r.version = 1;
    return r;
}

using S = DocumentStatus;
Document document(const QString &id, const QString &citizenId, DeliveryChannel channel,
                  const QList<std::pair<S, QString>> &events)
{
    Document d;
    d.id = id;
    d.citizenId = citizenId;
    d.title = u"Document %1"_s.arg(id);
    d.kind = u"tax_assessment"_s;
    d.channel = channel;
    d.sentAt = events.first().second;
    int seq = 0;
    for (const auto &[status, at] : events)
        d.history.append(
            {++seq, status, at, status == S::Returned ? u"bpost: moved"_s : QString()});
    d.status = Document::currentStatus(d.history);
    d.version = 1;
    return d;
}

// An eBox document delivered at `deliveredAt` and never opened.
Document unread(const QString &id, const QString &citizenId, const QString &deliveredAt)
{
    return document(id, citizenId, DeliveryChannel::Ebox,
                    {{S::Sent, deliveredAt}, {S::Delivered, deliveredAt}});
}

ContactMoment contact(const QString &id, const QString &citizenId, ContactChannel channel,
                      const QString &nis, const QString &at)
{
    ContactMoment c;
    c.id = id;
    c.citizenId = citizenId;
    c.channel = channel;
    c.topic = u"taxes"_s;
    c.municipalityNis = nis;
    c.occurredAt = at;
    c.version = 1;
    return c;
}

Task task(const QString &id, const QString &citizenId, const QString &nis, TaskStatus status,
          QDate due)
{
    Task t;
    t.id = id;
    t.citizenId = citizenId;
    t.kind = TaskKind::CallBack;
    t.title = u"Call back about %1"_s.arg(id);
    t.municipalityNis = nis;
    t.queue = TaskQueueKind::Municipality;
    t.due = due;
    t.status = status;
    t.version = 1;
    return t;
}

enum class Kind { Report, Document, Contact, Task };

QStringList idsOf(const OpenItems &items, Kind kind)
{
    QStringList ids;
    switch (kind) {
    case Kind::Report:
        for (const OpenReport &r : items.reports)
            ids << r.report.id;
        break;
    case Kind::Document:
        for (const OpenDocument &d : items.documents)
            ids << d.item.document.id;
        break;
    case Kind::Contact:
        for (const RecentContact &c : items.contacts)
            ids << c.contact.id;
        break;
    case Kind::Task:
        for (const OpenTask &t : items.tasks)
            ids << t.task.id;
        break;
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestOpenItems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void items_data();
    void items();
    void unreadThreshold_data();
    void unreadThreshold();
    void contactThreshold_data();
    void contactThreshold();
    void newestFirst();
    void returnedCarriesItsReason();
    void unknownCitizenHasNothingOpen();
    void unreadableCacheIsNoEmptyPanel_data();
    void unreadableCacheIsNoEmptyPanel();

private:
    OpenItems read(int unreadDays = 15, int contactDays = 30) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestOpenItems::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<Connection>(u"openitems"_s);
    QVERIFY2(m_connection->open(m_dir.filePath(u"cache.db"_s)),
             qPrintable(m_connection->errorString()));
    CacheWriter w(*m_connection);
    QVERIFY(w.upsert(Municipality{u"24038"_s, u"Herent"_s, u"Regio Leuven"_s, 1, {}}));
    QVERIFY(w.upsert(Municipality{u"24062"_s, u"Leuven"_s, u"Regio Leuven"_s, 1, {}}));
    QVERIFY(w.upsert(Municipality{u"24011"_s, u"Bertem"_s, u"Regio Leuven"_s, 1, {}}));
    // Anna lives in Herent; Bart in Leuven.
    QVERIFY(w.upsert(citizen(anna, u"24038"_s)));
    QVERIFY(w.upsert(citizen(bart, u"24062"_s)));

    using R = ReportStatus;
    const QList<Report> reports = {
        report(
            u"herent-scheduled"_s, u"24038"_s, {anna},
            {{R::Received, u"2026-11-02T09:00:00Z"_s}, {R::Scheduled, u"2026-11-05T09:00:00Z"_s}}),
        // Anna joined Bart's report in Leuven: hers too.
        report(u"leuven-joined"_s, u"24062"_s, {bart, anna},
               {{R::Received, u"2026-11-20T09:00:00Z"_s}}),
        // Forwarded to Bertem, still being worked on there.
        report(u"bertem-forwarded"_s, u"24011"_s, {anna},
               {{R::Received, u"2026-10-01T09:00:00Z"_s},
                {R::Forwarded, u"2026-10-02T09:00:00Z"_s},
                {R::InProgress, u"2026-10-09T09:00:00Z"_s}}),
        report(
            u"herent-resolved"_s, u"24038"_s, {anna},
            {{R::Received, u"2026-09-01T09:00:00Z"_s}, {R::Resolved, u"2026-09-09T09:00:00Z"_s}}),
        report(u"leuven-closed"_s, u"24062"_s, {anna},
               {{R::Received, u"2026-09-01T09:00:00Z"_s}, {R::Closed, u"2026-09-09T09:00:00Z"_s}}),
        report(
            u"herent-rejected"_s, u"24038"_s, {anna},
            {{R::Received, u"2026-09-01T09:00:00Z"_s}, {R::Rejected, u"2026-09-02T09:00:00Z"_s}}),
        report(
            u"herent-duplicate"_s, u"24038"_s, {anna},
            {{R::Received, u"2026-09-01T09:00:00Z"_s}, {R::Duplicate, u"2026-09-02T09:00:00Z"_s}}),
        report(u"bart-only"_s, u"24062"_s, {bart}, {{R::Received, u"2026-11-21T09:00:00Z"_s}}),
    };
    for (const Report &r : reports)
        QVERIFY2(w.upsert(r), qPrintable(r.id));

    const auto E = DeliveryChannel::Ebox;
    const auto P = DeliveryChannel::Paper;
    const QList<Document> documents = {
        // The start of 13 November in Brussels is 12 November 23:00 UTC: delivered a second
        // before it is 16 days ago, at it exactly 15 days ago.
        unread(u"unread-16d"_s, anna, u"2026-11-12T22:59:59Z"_s),
        unread(u"unread-15d"_s, anna, u"2026-11-12T23:00:00Z"_s),
        unread(u"unread-2d"_s, anna, u"2026-11-26T08:00:00Z"_s),
        unread(u"unread-40d"_s, anna, u"2026-10-19T08:00:00Z"_s),
        document(u"read-old"_s, anna, E,
                 {{S::Sent, u"2026-10-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-10-01T09:01:00Z"_s},
                  {S::Read, u"2026-10-05T18:00:00Z"_s}}),
        document(u"expired"_s, anna, E,
                 {{S::Sent, u"2026-06-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-06-01T09:01:00Z"_s},
                  {S::Expired, u"2026-08-01T09:00:00Z"_s}}),
        document(
            u"returned"_s, anna, P,
            {{S::PaperSent, u"2026-10-01T09:00:00Z"_s}, {S::Returned, u"2026-10-10T10:00:00Z"_s}}),
        document(u"returned-resent"_s, anna, P,
                 {{S::PaperSent, u"2026-10-01T09:00:00Z"_s},
                  {S::Returned, u"2026-10-10T10:00:00Z"_s},
                  {S::PaperSent, u"2026-10-20T10:00:00Z"_s}}),
        document(u"paper-sent"_s, anna, P, {{S::PaperSent, u"2026-10-01T09:00:00Z"_s}}),
        unread(u"bart-unread"_s, bart, u"2026-10-01T09:00:00Z"_s),
        document(
            u"bart-returned"_s, bart, P,
            {{S::PaperSent, u"2026-10-01T09:00:00Z"_s}, {S::Returned, u"2026-10-10T10:00:00Z"_s}}),
    };
    for (const Document &d : documents)
        QVERIFY2(w.upsert(d), qPrintable(d.id));

    using C = ContactChannel;
    const QList<ContactMoment> contacts = {
        contact(u"counter-herent"_s, anna, C::Counter, u"24038"_s, u"2026-11-27T09:00:00Z"_s),
        contact(u"helpdesk-leuven"_s, anna, C::Helpdesk, u"24062"_s, u"2026-11-20T14:00:00Z"_s),
        contact(u"phone-bertem"_s, anna, C::Phone, u"24011"_s, u"2026-11-10T10:00:00Z"_s),
        // The start of 29 October in Brussels (30 days ago) is 28 October 23:00 UTC.
        contact(u"at-30d"_s, anna, C::Email, u"24038"_s, u"2026-10-28T23:00:00Z"_s),
        contact(u"before-30d"_s, anna, C::Email, u"24038"_s, u"2026-10-28T22:59:59Z"_s),
        contact(u"last-year"_s, anna, C::Counter, u"24038"_s, u"2025-11-27T09:00:00Z"_s),
        contact(u"bart-recent"_s, bart, C::Counter, u"24062"_s, u"2026-11-27T09:00:00Z"_s),
    };
    for (const ContactMoment &c : contacts)
        QVERIFY2(w.upsert(c), qPrintable(c.id));

    using T = TaskStatus;
    const QList<Task> tasks = {
        task(u"task-herent-overdue"_s, anna, u"24038"_s, T::Open, QDate(2026, 11, 25)),
        task(u"task-leuven-claimed"_s, anna, u"24062"_s, T::Claimed, QDate(2026, 12, 2)),
        task(u"task-herent-closed"_s, anna, u"24038"_s, T::Closed, QDate(2026, 11, 1)),
        task(u"task-bart"_s, bart, u"24062"_s, T::Open, QDate(2026, 11, 30)),
    };
    for (const Task &t : tasks)
        QVERIFY2(w.upsert(t), qPrintable(t.id));
}

OpenItems TestOpenItems::read(int unreadDays, int contactDays) const
{
    OpenItemsReader reader(m_connection->database());
    OpenItemsQuery query;
    query.citizenId = anna;
    query.today = today;
    query.unreadDays = unreadDays;
    query.contactDays = contactDays;
    const auto items = reader.read(query);
    if (!items)
        qWarning("open items failed: %s", qPrintable(reader.errorString()));
    return items.value_or(OpenItems{});
}

void TestOpenItems::items_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("municipality"); // the name shown, when open

    const auto R = Kind::Report;
    QTest::newRow("report scheduled in Herent")
        << R << u"herent-scheduled"_s << true << u"Herent"_s;
    QTest::newRow("report joined in Leuven") << R << u"leuven-joined"_s << true << u"Leuven"_s;
    QTest::newRow("report forwarded to Bertem")
        << R << u"bertem-forwarded"_s << true << u"Bertem"_s;
    QTest::newRow("report resolved") << R << u"herent-resolved"_s << false << QString();
    QTest::newRow("report closed") << R << u"leuven-closed"_s << false << QString();
    QTest::newRow("report rejected") << R << u"herent-rejected"_s << false << QString();
    QTest::newRow("report duplicate") << R << u"herent-duplicate"_s << false << QString();
    QTest::newRow("report of someone else") << R << u"bart-only"_s << false << QString();

    // Documents carry no municipality: the citizen's own is named.
    const auto D = Kind::Document;
    QTest::newRow("unread 16 days") << D << u"unread-16d"_s << true << u"Herent"_s;
    QTest::newRow("unread 15 days") << D << u"unread-15d"_s << false << QString();
    QTest::newRow("unread 2 days") << D << u"unread-2d"_s << false << QString();
    QTest::newRow("unread 40 days") << D << u"unread-40d"_s << true << u"Herent"_s;
    QTest::newRow("read") << D << u"read-old"_s << false << QString();
    QTest::newRow("expired") << D << u"expired"_s << false << QString();
    QTest::newRow("returned") << D << u"returned"_s << true << u"Herent"_s;
    QTest::newRow("returned, then resent") << D << u"returned-resent"_s << false << QString();
    QTest::newRow("paper sent") << D << u"paper-sent"_s << false << QString();
    QTest::newRow("unread of someone else") << D << u"bart-unread"_s << false << QString();
    QTest::newRow("returned of someone else") << D << u"bart-returned"_s << false << QString();

    const auto C = Kind::Contact;
    QTest::newRow("contact in Herent") << C << u"counter-herent"_s << true << u"Herent"_s;
    QTest::newRow("contact in Leuven") << C << u"helpdesk-leuven"_s << true << u"Leuven"_s;
    QTest::newRow("contact in Bertem") << C << u"phone-bertem"_s << true << u"Bertem"_s;
    QTest::newRow("contact at 30 days") << C << u"at-30d"_s << true << u"Herent"_s;
    QTest::newRow("contact before 30 days") << C << u"before-30d"_s << false << QString();
    QTest::newRow("contact last year") << C << u"last-year"_s << false << QString();
    QTest::newRow("contact of someone else") << C << u"bart-recent"_s << false << QString();

    const auto T = Kind::Task;
    QTest::newRow("task open in Herent") << T << u"task-herent-overdue"_s << true << u"Herent"_s;
    QTest::newRow("task claimed in Leuven") << T << u"task-leuven-claimed"_s << true << u"Leuven"_s;
    QTest::newRow("task closed") << T << u"task-herent-closed"_s << false << QString();
    QTest::newRow("task of someone else") << T << u"task-bart"_s << false << QString();
}

void TestOpenItems::items()
{
    QFETCH(Kind, kind);
    QFETCH(QString, id);
    QFETCH(bool, open);
    QFETCH(QString, municipality);

    const OpenItems items = read();
    const QStringList ids = idsOf(items, kind);
    QCOMPARE(ids.contains(id), open);
    if (!open)
        return;
    const qsizetype at = ids.indexOf(id);
    switch (kind) {
    case Kind::Report:
        QCOMPARE(items.reports.at(at).municipalityName, municipality);
        break;
    case Kind::Document:
        QCOMPARE(items.documents.at(at).municipalityName, municipality);
        break;
    case Kind::Contact:
        QCOMPARE(items.contacts.at(at).municipalityName, municipality);
        break;
    case Kind::Task:
        QCOMPARE(items.tasks.at(at).municipalityName, municipality);
        break;
    }
}

void TestOpenItems::unreadThreshold_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("unread"); // newest first; "returned" is always there

    QTest::newRow("more than 1 day")
        << 1 << QStringList{u"unread-2d"_s, u"unread-15d"_s, u"unread-16d"_s, u"unread-40d"_s};
    QTest::newRow("more than 2 days")
        << 2 << QStringList{u"unread-15d"_s, u"unread-16d"_s, u"unread-40d"_s};
    QTest::newRow("more than 14 days")
        << 14 << QStringList{u"unread-15d"_s, u"unread-16d"_s, u"unread-40d"_s};
    QTest::newRow("more than 15 days") << 15 << QStringList{u"unread-16d"_s, u"unread-40d"_s};
    QTest::newRow("more than 16 days") << 16 << QStringList{u"unread-40d"_s};
    QTest::newRow("more than 40 days") << 40 << QStringList{};
}

void TestOpenItems::unreadThreshold()
{
    QFETCH(int, days);
    QFETCH(QStringList, unread);
    QStringList found;
    for (const OpenDocument &d : read(days).documents) {
        if (d.item.list == DocumentWorkList::UnreadInEbox)
            found << d.item.document.id;
        else
            QCOMPARE(d.item.document.id, u"returned"_s);
    }
    QCOMPARE(found, unread);
}

void TestOpenItems::contactThreshold_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("contacts"); // newest first

    QTest::newRow("1 day") << 1 << QStringList{u"counter-herent"_s};
    QTest::newRow("8 days") << 8 << QStringList{u"counter-herent"_s, u"helpdesk-leuven"_s};
    QTest::newRow("29 days") << 29
                             << QStringList{u"counter-herent"_s, u"helpdesk-leuven"_s,
                                            u"phone-bertem"_s};
    QTest::newRow("30 days") << 30
                             << QStringList{u"counter-herent"_s, u"helpdesk-leuven"_s,
                                            u"phone-bertem"_s, u"at-30d"_s};
    QTest::newRow("31 days") << 31
                             << QStringList{u"counter-herent"_s, u"helpdesk-leuven"_s,
                                            u"phone-bertem"_s, u"at-30d"_s, u"before-30d"_s};
}

void TestOpenItems::contactThreshold()
{
    QFETCH(int, days);
    QFETCH(QStringList, contacts);
    QCOMPARE(idsOf(read(15, days), Kind::Contact), contacts);
}

void TestOpenItems::newestFirst()
{
    const OpenItems items = read();
    QCOMPARE(idsOf(items, Kind::Report),
             (QStringList{u"leuven-joined"_s, u"herent-scheduled"_s, u"bertem-forwarded"_s}));
    QCOMPARE(idsOf(items, Kind::Document),
             (QStringList{u"unread-16d"_s, u"unread-40d"_s, u"returned"_s}));
    // Tasks by due date: the overdue one first, with how late it is.
    QCOMPARE(idsOf(items, Kind::Task),
             (QStringList{u"task-herent-overdue"_s, u"task-leuven-claimed"_s}));
    QCOMPARE(items.tasks.at(0).overdueDays, 3);
    QCOMPARE(items.tasks.at(1).overdueDays, 0);
}

void TestOpenItems::returnedCarriesItsReason()
{
    const OpenItems items = read();
    bool seen = false;
    for (const OpenDocument &d : items.documents) {
        if (d.item.document.id != u"returned"_s)
            continue;
        seen = true;
        QCOMPARE(d.item.list, DocumentWorkList::ReturnedPaper);
        QCOMPARE(d.item.note, u"bpost: moved"_s);
        QCOMPARE(d.item.since, u"2026-10-10T10:00:00Z"_s);
        QCOMPARE(d.item.daysWaiting, 49);
    }
    QVERIFY(seen);
    for (const OpenDocument &d : items.documents) {
        if (d.item.document.id == u"unread-16d"_s)
            QCOMPARE(d.item.daysWaiting, 16);
    }
}

void TestOpenItems::unknownCitizenHasNothingOpen()
{
    OpenItemsReader reader(m_connection->database());
    OpenItemsQuery query;
    query.citizenId = u"nobody"_s;
    query.today = today;
    const auto items = reader.read(query);
    QVERIFY2(items, qPrintable(reader.errorString()));
    QVERIFY(items->reports.isEmpty());
    QVERIFY(items->documents.isEmpty());
    QVERIFY(items->contacts.isEmpty());
    QVERIFY(items->tasks.isEmpty());
}

// A cache that cannot be read (here: a table gone) is an error for the panel to show, never
// "nothing open" for a citizen who may well have open work.
void TestOpenItems::unreadableCacheIsNoEmptyPanel_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("reports") << u"report"_s;
    QTest::newRow("contacts") << u"contact_moment"_s;
    QTest::newRow("tasks") << u"task"_s;
}

void TestOpenItems::unreadableCacheIsNoEmptyPanel()
{
    QFETCH(QString, table);
    const QString path = m_dir.filePath(u"broken-%1.db"_s.arg(table));
    QVERIFY(QFile::copy(m_dir.filePath(u"cache.db"_s), path));
    Connection connection(u"broken"_s);
    QVERIFY2(connection.open(path), qPrintable(connection.errorString()));
    QSqlQuery q(connection.database());
    QVERIFY2(q.exec(u"ALTER TABLE %1 RENAME TO gone"_s.arg(table)),
             qPrintable(q.lastError().text()));
    OpenItemsReader reader(connection.database());
    OpenItemsQuery query;
    query.citizenId = anna;
    query.today = today;
    QVERIFY(!reader.read(query));
    QVERIFY2(reader.errorString().contains(table), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestOpenItems)
#include "tst_openitems.moc"
