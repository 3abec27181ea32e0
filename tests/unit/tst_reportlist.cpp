// The report list and the duplicate suggestion (issue 4, items 2 and 5) over a fixed dataset:
// each filter, each sort, a forwarded report in both municipalities' lists, the overdue flag,
// the Belgian day boundaries, text that looks like SQL, and which open reports a new one near
// the same address would duplicate.

#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/reportlist.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QDate today(2026, 11, 28);
const QString herent = u"24038"_s;
const QString leuven = u"24062"_s;

Report report(const QString &id, const QString &category, const QString &locationNis,
              const QString &receivedNis, ReportStatus status, const QString &createdAt,
              const QString &expected, const QString &street, const QString &number,
              const QStringList &citizens = {})
{
    Report r;
    r.id = id;
    r.publicNumber = u"M-2026-%1"_s.arg(id);
    r.categoryCode = category;
    r.description = u"Report %1"_s.arg(id);
    r.street = street;
    r.houseNumber = number;
    r.postcode = locationNis == herent ? u"3020"_s : u"3000"_s;
    r.locationNis = locationNis;
    r.receivedNis = receivedNis;
    r.status = status;
    r.createdAt = createdAt;
    r.expectedDate = expected;
    r.history = {{1, ReportStatus::Received, createdAt, {}, {}, {}}};
    if (status != ReportStatus::Received)
        r.history.append({2, status, createdAt, {}, {}, {}});
    r.citizenIds = citizens;
    r.version = 1;
    return r;
}

using S = ReportStatus;

} // namespace

class TestReportList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void rowCarriesWhatTheListShows();
    void categoryNameInTheStaffLanguage();
    void similarOpenReports_data();
    void similarOpenReports();
    void distanceAndAge();

private:
    QStringList ids(const ReportFilter &filter);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestReportList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<Connection>(u"reportlist"_s);
    QVERIFY2(m_connection->open(m_dir.filePath(u"cache.db"_s)),
             qPrintable(m_connection->errorString()));
    CacheWriter w(*m_connection);
    Category pothole;
    pothole.code = u"WEG"_s;
    pothole.nameNl = u"Put in de weg"_s;
    pothole.nameFr = u"Nid-de-poule"_s;
    pothole.nameEn = u"Pothole"_s;
    pothole.normWorkingDays = 10;
    Category light = pothole;
    light.code = u"LICHT"_s;
    light.nameNl = u"Straatverlichting"_s;
    light.nameFr = u"Éclairage public"_s;
    light.nameEn = QString(); // falls back to Dutch
    QVERIFY(w.upsert(pothole));
    QVERIFY(w.upsert(light));
    const QList<Report> reports{
        // Herent, open, overdue (expected yesterday).
        report(u"h1"_s, u"WEG"_s, herent, herent, S::InProgress, u"2026-11-02T08:00:00Z"_s,
               u"2026-11-27"_s, u"Kerkstraat"_s, u"12"_s, {u"c1"_s, u"c2"_s}),
        // Herent, open, due today: not overdue.
        report(u"h2"_s, u"WEG"_s, herent, herent, S::Received, u"2026-11-14T08:00:00Z"_s,
               u"2026-11-28"_s, u"Kerkstraat"_s, u"20"_s),
        // Herent, resolved long after its date: finished, never overdue.
        report(u"h3"_s, u"LICHT"_s, herent, herent, S::Resolved, u"2026-10-01T08:00:00Z"_s,
               u"2026-10-15"_s, u"Stationsstraat"_s, u"1"_s),
        // Received in Herent, located in Leuven: forwarded, in both lists.
        report(u"f1"_s, u"LICHT"_s, leuven, herent, S::Forwarded, u"2026-11-20T08:00:00Z"_s,
               u"2026-12-04"_s, u"Bondgenotenlaan"_s, u"5"_s),
        // Leuven only; created at 00:30 on 28 November, Belgian time (27 November, 23:30 UTC).
        report(u"l1"_s, u"WEG"_s, leuven, leuven, S::Scheduled, u"2026-11-27T23:30:00Z"_s,
               u"2026-12-11"_s, u"Naamsestraat"_s, u"100"_s),
        // Leuven, created 00:30 on 1 November Belgian time = 31 October 23:30 UTC.
        report(u"l2"_s, u"WEG"_s, leuven, leuven, S::Closed, u"2026-10-31T23:30:00Z"_s,
               u"2026-11-14"_s, u"Tiensestraat"_s, u"7"_s),
        // Odd text in the description: matched literally.
        report(u"l3"_s, u"WEG"_s, leuven, leuven, S::Acknowledged, u"2026-11-25T10:00:00Z"_s,
               u"2026-11-26"_s, u"Tiensestraat"_s, u"9"_s),
    };
    for (Report r : reports) {
        if (r.id == u"l3"_s)
            r.description = u"100% kapot_ (zie foto) ' OR 1=1 --"_s;
        QVERIFY2(w.upsert(r), qPrintable(w.errorString()));
    }
}

QStringList TestReportList::ids(const ReportFilter &filter)
{
    ReportLister lister(m_connection->database());
    QStringList out;
    for (const ReportRow &row : lister.list(filter, today, u"nl"))
        out << row.id;
    if (!lister.errorString().isEmpty())
        qWarning("%s", qPrintable(lister.errorString()));
    return out;
}

void TestReportList::filters_data()
{
    QTest::addColumn<ReportFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // newest first
    auto f = [] { return ReportFilter{}; };
    QTest::newRow("everything") << f() << QStringList{u"l1"_s, u"l3"_s, u"f1"_s, u"h2"_s,
                                                      u"h1"_s, u"l2"_s, u"h3"_s};
    {
        ReportFilter x = f();
        x.municipalities = {herent};
        QTest::newRow("Herent: with what it forwarded")
            << x << QStringList{u"f1"_s, u"h2"_s, u"h1"_s, u"h3"_s};
        x.municipalities = {leuven};
        QTest::newRow("Leuven: with what it received by forwarding")
            << x << QStringList{u"l1"_s, u"l3"_s, u"f1"_s, u"l2"_s};
        x.municipalities = {herent, leuven};
        QTest::newRow("both") << x << QStringList{u"l1"_s, u"l3"_s, u"f1"_s, u"h2"_s,
                                                  u"h1"_s, u"l2"_s, u"h3"_s};
    }
    {
        ReportFilter x = f();
        x.statuses = {S::Received, S::InProgress};
        QTest::newRow("status") << x << QStringList{u"h2"_s, u"h1"_s};
    }
    {
        ReportFilter x = f();
        x.categories = {u"LICHT"_s};
        QTest::newRow("category") << x << QStringList{u"f1"_s, u"h3"_s};
    }
    {
        ReportFilter x = f();
        x.overdue = ReportFilter::Overdue::Only;
        QTest::newRow("overdue: not due today, not finished") << x << QStringList{u"l3"_s, u"h1"_s};
    }
    {
        ReportFilter x = f();
        x.from = QDate(2026, 11, 1);
        x.to = QDate(2026, 11, 27);
        QTest::newRow("November 1-27, Belgian days")
            << x << QStringList{u"l3"_s, u"f1"_s, u"h2"_s, u"h1"_s, u"l2"_s};
        x.from = QDate(2026, 11, 28);
        x.to = QDate();
        QTest::newRow("from the 28th: 00:30 Belgian time counts") << x << QStringList{u"l1"_s};
    }
    {
        ReportFilter x = f();
        x.text = u"kerk"_s;
        QTest::newRow("text: street") << x << QStringList{u"h2"_s, u"h1"_s};
        x.text = u"M-2026-f1"_s;
        QTest::newRow("text: number") << x << QStringList{u"f1"_s};
        x.text = u"100%"_s;
        QTest::newRow("text: a percent sign is a percent sign") << x << QStringList{u"l3"_s};
        x.text = u"' OR 1=1 --"_s;
        QTest::newRow("text: SQL is text") << x << QStringList{u"l3"_s};
        x.text = u"_"_s;
        QTest::newRow("text: an underscore is an underscore") << x << QStringList{u"l3"_s};
    }
    {
        ReportFilter x = f();
        x.limit = 2;
        QTest::newRow("limit") << x << QStringList{u"l1"_s, u"l3"_s};
    }
}

void TestReportList::filters()
{
    QFETCH(ReportFilter, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(filter), expected);
}

void TestReportList::sorting_data()
{
    QTest::addColumn<ReportFilter::Sort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    using Sort = ReportFilter::Sort;
    QTest::newRow("created, oldest first")
        << Sort::Created << Qt::AscendingOrder
        << QStringList{u"h3"_s, u"l2"_s, u"h1"_s, u"h2"_s, u"f1"_s, u"l3"_s, u"l1"_s};
    QTest::newRow("expected date")
        << Sort::Expected << Qt::AscendingOrder
        << QStringList{u"h3"_s, u"l2"_s, u"l3"_s, u"h1"_s, u"h2"_s, u"f1"_s, u"l1"_s};
    QTest::newRow("status, workflow order")
        << Sort::Status << Qt::AscendingOrder
        << QStringList{u"h2"_s, u"l3"_s, u"l1"_s, u"h1"_s, u"h3"_s, u"l2"_s, u"f1"_s};
    QTest::newRow("category name, then newest")
        << Sort::Category << Qt::AscendingOrder
        << QStringList{u"l1"_s, u"l3"_s, u"h2"_s, u"h1"_s, u"l2"_s, u"f1"_s, u"h3"_s};
    QTest::newRow("number, descending")
        << Sort::Number << Qt::DescendingOrder
        << QStringList{u"l3"_s, u"l2"_s, u"l1"_s, u"h3"_s, u"h2"_s, u"h1"_s, u"f1"_s};
}

void TestReportList::sorting()
{
    QFETCH(ReportFilter::Sort, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    ReportFilter f;
    f.sort = sort;
    f.order = order;
    QCOMPARE(ids(f), expected);
}

void TestReportList::rowCarriesWhatTheListShows()
{
    ReportFilter f;
    f.text = u"M-2026-h1"_s;
    ReportLister lister(m_connection->database());
    const QList<ReportRow> rows = lister.list(f, today, u"nl");
    QCOMPARE(rows.size(), 1);
    const ReportRow &r = rows.first();
    QCOMPARE(r.categoryName, u"Put in de weg"_s);
    QCOMPARE(r.status, S::InProgress);
    QCOMPARE(r.expectedDate, QDate(2026, 11, 27));
    QVERIFY(r.overdue);
    QCOMPARE(r.citizens, 2);
    QCOMPARE(r.street, u"Kerkstraat"_s);
    QCOMPARE(r.houseNumber, u"12"_s);
    QCOMPARE(r.locationNis, herent);
    // The same report a day earlier was not overdue yet.
    QVERIFY(!lister.list(f, today.addDays(-1), u"nl").first().overdue);
}

void TestReportList::categoryNameInTheStaffLanguage()
{
    ReportLister lister(m_connection->database());
    ReportFilter f;
    f.text = u"M-2026-h3"_s;
    QCOMPARE(lister.list(f, today, u"fr").first().categoryName, u"Éclairage public"_s);
    QCOMPARE(lister.list(f, today, u"en").first().categoryName, u"Straatverlichting"_s);
    f.text = u"M-2026-h1"_s;
    QCOMPARE(lister.list(f, today, u"en").first().categoryName, u"Pothole"_s);
}

void TestReportList::similarOpenReports_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QStringList>("expected"); // nearest first
    QTest::newRow("same street, numbers near")
        << u"WEG"_s << u"Kerkstraat"_s << u"14"_s << u"3020"_s << QStringList{u"h1"_s, u"h2"_s};
    QTest::newRow("spelling and case do not matter")
        << u"WEG"_s << u"KERKSTRAAT "_s << u"19b"_s << QString() << QStringList{u"h2"_s, u"h1"_s};
    QTest::newRow("another category")
        << u"LICHT"_s << u"Kerkstraat"_s << u"14"_s << u"3020"_s << QStringList();
    QTest::newRow("numbers too far apart")
        << u"WEG"_s << u"Kerkstraat"_s << u"40"_s << u"3020"_s << QStringList();
    QTest::newRow("same street name, another postcode")
        << u"WEG"_s << u"Kerkstraat"_s << u"14"_s << u"3000"_s << QStringList();
    QTest::newRow("finished reports are not suggested")
        << u"WEG"_s << u"Tiensestraat"_s << u"8"_s << u"3000"_s << QStringList{u"l3"_s};
    QTest::newRow("finished and old: not suggested")
        << u"LICHT"_s << u"Stationsstraat"_s << u"1"_s << u"3020"_s << QStringList();
    QTest::newRow("no house number: the whole street")
        << u"WEG"_s << u"Kerkstraat"_s << QString() << u"3020"_s << QStringList{u"h2"_s, u"h1"_s};
}

void TestReportList::similarOpenReports()
{
    QFETCH(QString, category);
    QFETCH(QString, street);
    QFETCH(QString, number);
    QFETCH(QString, postcode);
    QFETCH(QStringList, expected);
    SimilarReportQuery q;
    q.categoryCode = category;
    q.street = street;
    q.houseNumber = number;
    q.postcode = postcode;
    q.now = QDateTime(today, QTime(10, 0), QTimeZone::utc());
    ReportLister lister(m_connection->database());
    QStringList got;
    for (const ReportRow &r : lister.similarOpen(q, u"nl"))
        got << r.id;
    QVERIFY2(lister.errorString().isEmpty(), qPrintable(lister.errorString()));
    QCOMPARE(got, expected);
}

void TestReportList::distanceAndAge()
{
    // Leuven's town hall to its station: about 1.0 km.
    const double d = ReportLister::distanceMeters(50.8792, 4.7010, 50.8814, 4.7159);
    QVERIFY2(d > 1000 && d < 1100, qPrintable(QString::number(d)));
    QCOMPARE(ReportLister::distanceMeters(50.0, 4.0, 50.0, 4.0), 0.0);

    // With coordinates on both sides the distance decides, not the street.
    CacheWriter w(*m_connection);
    Report near = report(u"g1"_s, u"WEG"_s, leuven, leuven, S::Received, u"2026-11-26T10:00:00Z"_s,
                         u"2026-12-10"_s, u"Ladeuzeplein"_s, u"1"_s);
    near.latitude = 50.87800;
    near.longitude = 4.70750;
    Report far = near;
    far.id = u"g2"_s;
    far.publicNumber = u"M-2026-g2"_s;
    far.latitude = 50.87800 + 0.01; // about 1.1 km north
    QVERIFY(w.upsert(near));
    QVERIFY(w.upsert(far));
    SimilarReportQuery q;
    q.categoryCode = u"WEG"_s;
    q.street = u"Somewhere else"_s;
    q.latitude = 50.87810;
    q.longitude = 4.70760;
    q.now = QDateTime(today, QTime(10, 0), QTimeZone::utc());
    ReportLister lister(m_connection->database());
    const QList<ReportRow> found = lister.similarOpen(q, u"nl");
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, u"g1"_s);

    // Still open but 39 days old: suggested only when asking further back.
    QVERIFY(w.upsert(report(u"o1"_s, u"WEG"_s, herent, herent, S::Received,
                            u"2026-10-20T10:00:00Z"_s, u"2026-11-03"_s, u"Dorpsstraat"_s, u"3"_s)));
    SimilarReportQuery old;
    old.categoryCode = u"WEG"_s;
    old.street = u"Dorpsstraat"_s;
    old.houseNumber = u"3"_s;
    old.now = q.now;
    QVERIFY(lister.similarOpen(old, u"nl").isEmpty());
    old.days = 60;
    QCOMPARE(lister.similarOpen(old, u"nl").size(), 1);
}

QTEST_GUILESS_MAIN(TestReportList)
#include "tst_reportlist.moc"
