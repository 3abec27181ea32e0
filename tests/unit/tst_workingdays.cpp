// Belgian working days: Easter, the ten legal holidays, and the counting convention that
// docs/kpi.md defines handling times with.

#include "model/workingdays.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT
private slots:
    void easter_data();
    void easter();
    void holidays_data();
    void holidays();
    void workingDay_data();
    void workingDay();
    void between_data();
    void between();
    void addDays_data();
    void addDays();
    void addIsTheInverseOfBetween();
};

void TestWorkingDays::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    // Published Easter dates (Western churches).
    QTest::newRow("2024") << 2024 << d("2024-03-31");
    QTest::newRow("2025") << 2025 << d("2025-04-20");
    QTest::newRow("2026") << 2026 << d("2026-04-05");
    QTest::newRow("2027") << 2027 << d("2027-03-28");
    QTest::newRow("2028") << 2028 << d("2028-04-16");
    QTest::newRow("2029") << 2029 << d("2029-04-01");
    QTest::newRow("2030") << 2030 << d("2030-04-21");
    // The extremes of the computus: the earliest and latest possible dates.
    QTest::newRow("1818 earliest") << 1818 << d("1818-03-22");
    QTest::newRow("2038 latest") << 2038 << d("2038-04-25");
}

void TestWorkingDays::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(loket::easterSunday(year), expected);
}

void TestWorkingDays::holidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::newRow("2026") << 2026 << QList<QDate>{d("2026-01-01"), d("2026-04-06"), d("2026-05-01"),
                                                  d("2026-05-14"), d("2026-05-25"), d("2026-07-21"),
                                                  d("2026-08-15"), d("2026-11-01"), d("2026-11-11"),
                                                  d("2026-12-25")};
    QTest::newRow("2027") << 2027 << QList<QDate>{d("2027-01-01"), d("2027-03-29"), d("2027-05-01"),
                                                  d("2027-05-06"), d("2027-05-17"), d("2027-07-21"),
                                                  d("2027-08-15"), d("2027-11-01"), d("2027-11-11"),
                                                  d("2027-12-25")};
}

void TestWorkingDays::holidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(loket::belgianPublicHolidays(year), expected);
    for (const QDate &h : expected)
        QVERIFY2(loket::isBelgianPublicHoliday(h), qPrintable(h.toString(Qt::ISODate)));
}

void TestWorkingDays::workingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Tuesday") << d("2026-03-10") << true;
    QTest::newRow("Saturday") << d("2026-03-14") << false;
    QTest::newRow("Sunday") << d("2026-03-15") << false;
    QTest::newRow("Good Friday is worked") << d("2026-04-03") << true;
    QTest::newRow("Easter Monday") << d("2026-04-06") << false;
    QTest::newRow("Labour Day (Friday)") << d("2026-05-01") << false;
    QTest::newRow("Ascension") << d("2026-05-14") << false;
    QTest::newRow("day after Ascension") << d("2026-05-15") << true;
    QTest::newRow("Whit Monday") << d("2026-05-25") << false;
    QTest::newRow("national holiday") << d("2026-07-21") << false;
    QTest::newRow("Assumption on a Saturday") << d("2026-08-15") << false;
    QTest::newRow("Monday after it is worked") << d("2026-08-17") << true;
    QTest::newRow("All Saints on a Sunday") << d("2026-11-01") << false;
    QTest::newRow("Monday after All Saints") << d("2026-11-02") << true;
    QTest::newRow("Armistice") << d("2026-11-11") << false;
    QTest::newRow("Christmas Eve") << d("2026-12-24") << true;
    QTest::newRow("Christmas") << d("2026-12-25") << false;
    QTest::newRow("Boxing Day is no holiday") << d("2025-12-26") << true;
    QTest::newRow("New Year") << d("2027-01-01") << false;
    QTest::newRow("invalid") << QDate() << false;
}

void TestWorkingDays::workingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(loket::isWorkingDay(date), working);
}

void TestWorkingDays::between_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << d("2026-03-10") << d("2026-03-10") << 0;
    QTest::newRow("next day") << d("2026-03-10") << d("2026-03-11") << 1;
    QTest::newRow("Friday to Monday") << d("2026-03-13") << d("2026-03-16") << 1;
    QTest::newRow("Saturday to Sunday") << d("2026-03-14") << d("2026-03-15") << 0;
    QTest::newRow("Saturday to Monday") << d("2026-03-14") << d("2026-03-16") << 1;
    QTest::newRow("one week") << d("2026-03-10") << d("2026-03-17") << 5;
    QTest::newRow("four weeks") << d("2026-03-02") << d("2026-03-30") << 20;
    QTest::newRow("over Easter Monday") << d("2026-04-03") << d("2026-04-07") << 1;
    QTest::newRow("week with Ascension") << d("2026-05-11") << d("2026-05-18") << 4;
    QTest::newRow("holiday on a weekend costs nothing") << d("2026-08-10") << d("2026-08-17") << 5;
    // Thu 24 Dec 2026 to Mon 4 Jan 2027: Christmas (Fri) and New Year (Fri) are off.
    QTest::newRow("Christmas to New Year") << d("2026-12-24") << d("2027-01-04") << 5;
    // Fri 19 Dec 2025 to Fri 9 Jan 2026: three whole weeks less Christmas and New Year
    // (both on a Thursday).
    QTest::newRow("three weeks over the year end") << d("2025-12-19") << d("2026-01-09") << 13;
    QTest::newRow("whole year 2026") << d("2025-12-31") << d("2026-12-31") << 253;
    QTest::newRow("backwards") << d("2027-01-04") << d("2026-12-24") << -5;
    QTest::newRow("invalid") << QDate() << d("2026-12-24") << 0;
}

void TestWorkingDays::between()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(loket::workingDaysBetween(from, to), expected);
    // The whole-week shortcut must agree with counting day by day.
    if (from.isValid() && to.isValid() && from <= to) {
        int count = 0;
        for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
            count += loket::isWorkingDay(day) ? 1 : 0;
        QCOMPARE(count, expected);
    }
}

void TestWorkingDays::addDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero on a Sunday") << d("2026-03-15") << 0 << d("2026-03-15");
    QTest::newRow("one from Tuesday") << d("2026-03-10") << 1 << d("2026-03-11");
    QTest::newRow("one from Friday") << d("2026-03-13") << 1 << d("2026-03-16");
    QTest::newRow("one from Saturday") << d("2026-03-14") << 1 << d("2026-03-16");
    QTest::newRow("over Easter Monday") << d("2026-04-03") << 1 << d("2026-04-07");
    QTest::newRow("over Ascension") << d("2026-05-13") << 1 << d("2026-05-15");
    QTest::newRow("ten over the year end") << d("2026-12-21") << 10 << d("2027-01-06");
    QTest::newRow("back over Christmas") << d("2026-12-28") << -1 << d("2026-12-24");
    QTest::newRow("back over a weekend") << d("2026-03-16") << -2 << d("2026-03-12");
}

void TestWorkingDays::addDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(loket::addWorkingDays(from, days), expected);
}

void TestWorkingDays::addIsTheInverseOfBetween()
{
    // Every start day of two years (weekends and holidays included), every offset to 30.
    for (QDate from = d("2025-12-01"); from < d("2027-12-31"); from = from.addDays(1)) {
        for (int n = 0; n <= 30; ++n) {
            const QDate to = loket::addWorkingDays(from, n);
            QCOMPARE(loket::workingDaysBetween(from, to), n);
            if (n > 0)
                QVERIFY(loket::isWorkingDay(to));
            if (loket::isWorkingDay(from) && n > 0)
                QCOMPARE(loket::addWorkingDays(to, -n), from);
        }
    }
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
