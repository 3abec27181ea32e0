#include "sync/backoff.h"
#include "sync/clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using loket::Backoff;
using loket::BackoffPolicy;

namespace {

// A clock the test sets by hand.
class FixedClock final : public loket::Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

const QDateTime reference = QDateTime(QDate(2026, 3, 12), QTime(10, 42, 0), QTimeZone::utc());

} // namespace

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void ceilingGrowsToCap_data();
    void ceilingGrowsToCap();
    void fullJitterSpansZeroToCeiling_data();
    void fullJitterSpansZeroToCeiling();
    void jitterIsSpreadOut();
    void retryAfterWins_data();
    void retryAfterWins();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
};

void TestBackoff::ceilingGrowsToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("first retry") << 1 << qint64(500);
    QTest::newRow("second") << 2 << qint64(1000);
    QTest::newRow("third") << 3 << qint64(2000);
    QTest::newRow("seventh") << 7 << qint64(32000);
    QTest::newRow("eighth reaches the cap") << 8 << qint64(60000);
    QTest::newRow("far beyond") << 500 << qint64(60000);
    QTest::newRow("zero counts as first") << 0 << qint64(500);
}

void TestBackoff::ceilingGrowsToCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceiling);
    const Backoff backoff(BackoffPolicy{500, 60000, 3600000}, [] { return 0.5; });
    QCOMPARE(backoff.ceilingMs(attempt), ceiling);
}

void TestBackoff::fullJitterSpansZeroToCeiling_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("low end") << 0.0 << 3 << qint64(0);
    QTest::newRow("middle") << 0.5 << 3 << qint64(1000);
    QTest::newRow("near the top") << 0.999 << 3 << qint64(1998);
    QTest::newRow("capped") << 0.25 << 30 << qint64(15000);
}

void TestBackoff::fullJitterSpansZeroToCeiling()
{
    QFETCH(double, random);
    QFETCH(int, attempt);
    QFETCH(qint64, delay);
    const Backoff backoff(BackoffPolicy{500, 60000, 3600000}, [random] { return random; });
    QCOMPARE(backoff.delayMs(attempt), delay);
}

void TestBackoff::jitterIsSpreadOut()
{
    // With the system generator, many clients after the same failure do not pick the same time.
    const Backoff backoff(BackoffPolicy{1000, 60000, 3600000});
    QSet<qint64> seen;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (int i = 0; i < 500; ++i) {
        const qint64 d = backoff.delayMs(5); // ceiling 16 s
        QVERIFY(d >= 0 && d <= 16000);
        seen.insert(d);
        low = std::min(low, d);
        high = std::max(high, d);
    }
    QVERIFY2(seen.size() > 300, qPrintable(QString::number(seen.size())));
    QVERIFY(low < 2000);
    QVERIFY(high > 14000);
}

void TestBackoff::retryAfterWins_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("server asks longer than the jitter") << 0.5 << qint64(120000) << qint64(120000);
    QTest::newRow("jitter longer than the ask") << 0.9 << qint64(1000) << qint64(1800);
    QTest::newRow("zero") << 0.0 << qint64(0) << qint64(0);
    QTest::newRow("absurd ask is bounded") << 0.1 << qint64(1000LL * 86400 * 30) << qint64(3600000);
}

void TestBackoff::retryAfterWins()
{
    QFETCH(double, random);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, delay);
    const Backoff backoff(BackoffPolicy{500, 60000, 3600000}, [random] { return random; });
    QCOMPARE(backoff.delayMs(3, retryAfter), delay);
}

void TestBackoff::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("imf-fixdate 90 s ahead")
        << QByteArray("Thu, 12 Mar 2026 10:43:30 GMT") << qint64(90000);
    QTest::newRow("imf-fixdate in the past")
        << QByteArray("Thu, 12 Mar 2026 10:00:00 GMT") << qint64(0);
    QTest::newRow("rfc 850 date") << QByteArray("Thursday, 12-Mar-26 10:44:00 GMT")
                                  << qint64(120000);
    QTest::newRow("asctime date") << QByteArray("Thu Mar 12 10:42:05 2026") << qint64(5000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("huge number") << QByteArray("99999999999999999999") << qint64(-1);
}

void TestBackoff::parsesRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const FixedClock clock(reference);
    const auto parsed = loket::parseRetryAfterMs(header, clock.now());
    if (expected < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-1))));
    else
        QCOMPARE(parsed.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
