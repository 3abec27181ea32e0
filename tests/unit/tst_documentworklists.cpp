#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/documentworklists.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

// A fixed dataset: three citizens, each document named after what makes it belong to a work
// list or not. "Today" is 28 November 2026.
const QDate today(2026, 11, 28);

Citizen citizen(const QString &id, const QString &nis, const QString &notes)
{
    Citizen c;
    c.id = id;
    c.familyName = u"Family %1"_s.arg(id);
    c.givenNames = u"Given"_s;
    c.birthDate = u"1950-01-01"_s;
    c.street = u"Kerkstraat"_s;
    c.houseNumber = u"1"_s;
    c.postcode = u"3020"_s;
    c.city = u"Herent"_s;
    c.municipalityNis = nis;
    c.assistanceNotes = notes;
    c.version = 1;
    return c;
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
    if (events.size() > 1)
        d.sentAt = events.at(1).second;
    d.version = 1;
    int seq = 0;
    for (const auto &[status, at] : events)
        d.history.append(
            {++seq, status, at, status == S::Returned ? u"bpost: moved"_s : QString()});
    return d;
}

} // namespace

class TestDocumentWorkLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lists_data();
    void lists();
    void returnedItemCarriesTheReasonAndTheDays();
    void startOfBelgianDayFollowsSummerTime();
    void sentRecentlyStopsAtTheLimit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestDocumentWorkLists::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<Connection>(u"worklists"_s);
    QVERIFY2(m_connection->open(m_dir.filePath(u"cache.db"_s)),
             qPrintable(m_connection->errorString()));
    CacheWriter w(*m_connection);
    const auto E = DeliveryChannel::Ebox;
    const auto P = DeliveryChannel::Paper;
    QVERIFY(w.upsert(citizen(u"A"_s, u"24038"_s, u"Reads poorly; daughter helps"_s)));
    QVERIFY(w.upsert(citizen(u"B"_s, u"24038"_s, QString())));
    QVERIFY(w.upsert(citizen(u"C"_s, u"24062"_s, u"Needs help with the computer"_s)));
    const QList<Document> docs = {
        // 27 days unread in the eBox.
        document(u"a1-unread-27d"_s, u"A"_s, E,
                 {{S::Prepared, u"2026-10-31T15:00:00Z"_s},
                  {S::Sent, u"2026-11-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-11-01T09:01:00Z"_s}}),
        document(u"a2-unread-8d"_s, u"A"_s, E,
                 {{S::Prepared, u"2026-11-19T15:00:00Z"_s},
                  {S::Sent, u"2026-11-20T09:00:00Z"_s},
                  {S::Delivered, u"2026-11-20T09:01:00Z"_s}}),
        document(u"a3-read"_s, u"A"_s, E,
                 {{S::Prepared, u"2026-09-30T15:00:00Z"_s},
                  {S::Sent, u"2026-10-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-10-01T09:01:00Z"_s},
                  {S::Read, u"2026-10-05T18:00:00Z"_s}}),
        // Never opened; a paper copy followed, but the eBox copy is still unread.
        document(u"a4-fallback"_s, u"A"_s, E,
                 {{S::Prepared, u"2026-08-31T15:00:00Z"_s},
                  {S::Sent, u"2026-09-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-09-01T09:01:00Z"_s},
                  {S::UnreadReminder, u"2026-09-16T09:01:00Z"_s},
                  {S::FallbackToPaper, u"2026-10-01T09:01:00Z"_s},
                  {S::PaperSent, u"2026-10-02T09:00:00Z"_s}}),
        document(u"a5-expired"_s, u"A"_s, E,
                 {{S::Prepared, u"2026-05-31T15:00:00Z"_s},
                  {S::Sent, u"2026-06-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-06-01T09:01:00Z"_s},
                  {S::UnreadReminder, u"2026-06-16T09:01:00Z"_s},
                  {S::Expiring, u"2026-07-18T09:00:00Z"_s},
                  {S::Expired, u"2026-08-01T09:00:00Z"_s}}),
        document(u"a7-returned"_s, u"A"_s, P,
                 {{S::Prepared, u"2026-09-30T15:00:00Z"_s},
                  {S::PaperSent, u"2026-10-01T09:00:00Z"_s},
                  {S::Returned, u"2026-10-10T10:00:00Z"_s}}),
        // Returned, then posted again to a corrected address: no longer on the list.
        document(u"a8-returned-resent"_s, u"A"_s, P,
                 {{S::Prepared, u"2026-09-30T15:00:00Z"_s},
                  {S::PaperSent, u"2026-10-01T09:00:00Z"_s},
                  {S::Returned, u"2026-10-10T10:00:00Z"_s},
                  {S::PaperSent, u"2026-10-20T10:00:00Z"_s}}),
        // Unread, but B has no assistance notes.
        document(u"b1-unread-no-notes"_s, u"B"_s, E,
                 {{S::Prepared, u"2026-09-30T15:00:00Z"_s},
                  {S::Sent, u"2026-10-01T09:00:00Z"_s},
                  {S::Delivered, u"2026-10-01T09:01:00Z"_s}}),
        document(u"b2-returned"_s, u"B"_s, P,
                 {{S::Prepared, u"2026-10-20T15:00:00Z"_s},
                  {S::PaperSent, u"2026-10-21T09:00:00Z"_s},
                  {S::Returned, u"2026-11-02T10:00:00Z"_s}}),
        document(u"c1-reminded"_s, u"C"_s, E,
                 {{S::Prepared, u"2026-10-14T15:00:00Z"_s},
                  {S::Sent, u"2026-10-15T09:00:00Z"_s},
                  {S::Delivered, u"2026-10-15T09:01:00Z"_s},
                  {S::UnreadReminder, u"2026-10-30T09:01:00Z"_s}}),
        // Delivered at 00:30 Belgian time on 13 November (23:30 UTC the day before).
        document(u"c2-after-midnight"_s, u"C"_s, E,
                 {{S::Prepared, u"2026-11-12T15:00:00Z"_s},
                  {S::Sent, u"2026-11-12T23:29:00Z"_s},
                  {S::Delivered, u"2026-11-12T23:30:00Z"_s}}),
        document(u"c3-not-delivered"_s, u"C"_s, E,
                 {{S::Prepared, u"2026-09-30T15:00:00Z"_s}, {S::Sent, u"2026-10-01T09:00:00Z"_s}}),
    };
    for (const Document &d : docs)
        QVERIFY(w.upsert(d));
    // History that arrived out of order: the read event first, stored with a lower seq.
    Document outOfOrder = document(u"a6-read-out-of-order"_s, u"A"_s, E, {});
    outOfOrder.history = {{1, S::Read, u"2026-10-03T10:00:00Z"_s, {}},
                          {2, S::Delivered, u"2026-10-01T09:01:00Z"_s, {}},
                          {3, S::Sent, u"2026-10-01T09:00:00Z"_s, {}}};
    QVERIFY(w.upsert(outOfOrder));
}

void TestDocumentWorkLists::lists_data()
{
    QTest::addColumn<DocumentWorkList>("list");
    QTest::addColumn<int>("minDays");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QStringList>("expected");

    const auto U = DocumentWorkList::UnreadInEbox;
    const auto R = DocumentWorkList::ReturnedPaper;
    QTest::newRow("unread > 15 days, all")
        << U << 15 << QString()
        << QStringList{u"a4-fallback"_s, u"c1-reminded"_s, u"a1-unread-27d"_s};
    QTest::newRow("unread > 15 days, Herent")
        << U << 15 << u"24038"_s << QStringList{u"a4-fallback"_s, u"a1-unread-27d"_s};
    QTest::newRow("unread > 15 days, Leuven")
        << U << 15 << u"24062"_s << QStringList{u"c1-reminded"_s};
    QTest::newRow("27 days is not more than 27")
        << U << 27 << QString() << QStringList{u"a4-fallback"_s, u"c1-reminded"_s};
    QTest::newRow("27 days is more than 26")
        << U << 26 << QString()
        << QStringList{u"a4-fallback"_s, u"c1-reminded"_s, u"a1-unread-27d"_s};
    QTest::newRow("Belgian day counts, not UTC (> 14)")
        << U << 14 << QString()
        << QStringList{u"a4-fallback"_s, u"c1-reminded"_s, u"a1-unread-27d"_s,
                       u"c2-after-midnight"_s};
    QTest::newRow("unread > 7 days")
        << U << 7 << QString()
        << QStringList{u"a4-fallback"_s, u"c1-reminded"_s, u"a1-unread-27d"_s,
                       u"c2-after-midnight"_s, u"a2-unread-8d"_s};
    QTest::newRow("returned, all")
        << R << 0 << QString() << QStringList{u"a7-returned"_s, u"b2-returned"_s};
    QTest::newRow("returned, Herent")
        << R << 0 << u"24038"_s << QStringList{u"a7-returned"_s, u"b2-returned"_s};
    QTest::newRow("returned, Leuven") << R << 0 << u"24062"_s << QStringList{};
    QTest::newRow("unknown municipality") << U << 0 << u"99999"_s << QStringList{};
    const auto N = DocumentWorkList::SentRecently;
    // Sent on 20 November (8 days ago) and 12 November 23:29 UTC = 13 November in Belgium.
    QTest::newRow("sent in the last 8 days")
        << N << 8 << QString() << QStringList{u"a2-unread-8d"_s};
    QTest::newRow("sent in the last 15 days, newest first")
        << N << 15 << QString() << QStringList{u"a2-unread-8d"_s, u"c2-after-midnight"_s};
    QTest::newRow("sent in the last 40 days, Herent")
        << N << 40 << u"24038"_s
        << QStringList{u"a2-unread-8d"_s, u"a1-unread-27d"_s, u"b2-returned"_s};
    QTest::newRow("sent today") << N << 0 << QString() << QStringList{};
}

void TestDocumentWorkLists::lists()
{
    QFETCH(DocumentWorkList, list);
    QFETCH(int, minDays);
    QFETCH(QString, municipality);
    QFETCH(QStringList, expected);

    DocumentWorkLists lists(m_connection->database());
    const QList<DocumentWorkItem> items = lists.run({list, minDays, today, municipality});
    QVERIFY2(lists.errorString().isEmpty(), qPrintable(lists.errorString()));
    QStringList ids;
    for (const DocumentWorkItem &item : items) {
        ids << item.document.id;
        QCOMPARE(item.citizen.id, item.document.citizenId);
        if (list == DocumentWorkList::SentRecently)
            QVERIFY(item.daysWaiting <= minDays);
        else
            QVERIFY(item.daysWaiting > (list == DocumentWorkList::UnreadInEbox ? minDays : 0));
    }
    QCOMPARE(ids, expected);
}

void TestDocumentWorkLists::returnedItemCarriesTheReasonAndTheDays()
{
    DocumentWorkLists lists(m_connection->database());
    const auto items = lists.run({DocumentWorkList::ReturnedPaper, 0, today, u"24038"_s});
    QCOMPARE(items.size(), 2);
    const DocumentWorkItem &first = items.first();
    QCOMPARE(first.document.id, u"a7-returned"_s);
    QCOMPARE(first.document.status, DocumentStatus::Returned);
    QCOMPARE(first.note, u"bpost: moved"_s);
    QCOMPARE(first.since, u"2026-10-10T10:00:00Z"_s);
    QCOMPARE(first.daysWaiting, 49);
    QCOMPARE(first.citizen.assistanceNotes, u"Reads poorly; daughter helps"_s);
    QCOMPARE(first.citizen.municipalityNis, u"24038"_s);
}

void TestDocumentWorkLists::startOfBelgianDayFollowsSummerTime()
{
    QCOMPARE(DocumentWorkLists::startOfBelgianDay(QDate(2026, 11, 13)), u"2026-11-12T23:00:00Z"_s);
    QCOMPARE(DocumentWorkLists::startOfBelgianDay(QDate(2026, 7, 1)), u"2026-06-30T22:00:00Z"_s);
}

void TestDocumentWorkLists::sentRecentlyStopsAtTheLimit()
{
    DocumentWorkListQuery query{DocumentWorkList::SentRecently, 365, today, {}};
    query.limit = 2;
    DocumentWorkLists lists(m_connection->database());
    const auto items = lists.run(query);
    QVERIFY2(lists.errorString().isEmpty(), qPrintable(lists.errorString()));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).document.id, u"a2-unread-8d"_s);
    QCOMPARE(items.at(1).document.id, u"c2-after-midnight"_s);
}

QTEST_GUILESS_MAIN(TestDocumentWorkLists)
#include "tst_documentworklists.moc"
