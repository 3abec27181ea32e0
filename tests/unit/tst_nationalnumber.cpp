#include "model/nationalnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

using loket::NationalNumber;
using Problem = NationalNumber::Problem;

class TestNationalNumber : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void formatAndMask();
    void makeRoundTrips_data();
    void makeRoundTrips();
};

void TestNationalNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("sex");
    QTest::addColumn<int>("kind");

    const int male = int(NationalNumber::Sex::Male);
    const int female = int(NationalNumber::Sex::Female);
    const int unknownSex = int(NationalNumber::Sex::Unknown);
    const int reg = int(NationalNumber::Kind::Register);
    const int bisKnown = int(NationalNumber::Kind::BisSexKnown);
    const int bisUnknown = int(NationalNumber::Kind::BisSexUnknown);
    const int ok = int(Problem::None);

    QTest::newRow("plain digits, 1900s")
        << u"85073003328"_s << ok << 1985 << 7 << 30 << male << reg;
    QTest::newRow("official notation")
        << u"85.07.30-033.28"_s << ok << 1985 << 7 << 30 << male << reg;
    QTest::newRow("spaces") << u"850730 033 28"_s << ok << 1985 << 7 << 30 << male << reg;
    QTest::newRow("surrounding blanks")
        << u"  85.07.30-033.28 "_s << ok << 1985 << 7 << 30 << male << reg;
    QTest::newRow("man, 1954") << u"54031212390"_s << ok << 1954 << 3 << 12 << male << reg;
    QTest::newRow("born 2001") << u"01010100225"_s << ok << 2001 << 1 << 1 << female << reg;
    QTest::newRow("2000 leap day") << u"00022901234"_s << ok << 2000 << 2 << 29 << female << reg;
    QTest::newRow("2017 check decides century")
        << u"17051234507"_s << ok << 2017 << 5 << 12 << male << reg;
    QTest::newRow("same digits, 2000s check")
        << u"85073003357"_s << ok << 2085 << 7 << 30 << male << reg;
    QTest::newRow("unknown month and day")
        << u"85000012313"_s << ok << 1985 << 0 << 0 << male << reg;
    QTest::newRow("bis, sex known (+40)")
        << u"85473003317"_s << ok << 1985 << 7 << 30 << male << bisKnown;
    QTest::newRow("bis, sex unknown (+20)")
        << u"85273003470"_s << ok << 1985 << 7 << 30 << unknownSex << bisUnknown;
    QTest::newRow("sequence 998") << u"99123199841"_s << ok << 1999 << 12 << 31 << female << reg;

    QTest::newRow("empty") << u""_s << int(Problem::Empty) << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("letters") << u"85O73003328"_s << int(Problem::NotDigits) << 0 << 0 << 0 << 0
                             << 0;
    QTest::newRow("too short") << u"8507300332"_s << int(Problem::WrongLength) << 0 << 0 << 0 << 0
                               << 0;
    QTest::newRow("too long") << u"850730033280"_s << int(Problem::WrongLength) << 0 << 0 << 0 << 0
                              << 0;
    QTest::newRow("check off by one")
        << u"85073003329"_s << int(Problem::BadCheck) << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("swapped digits")
        << u"85070303328"_s << int(Problem::BadCheck) << 0 << 0 << 0 << 0 << 0;
}

static QString withCheck(const QString &firstNine, bool from2000)
{
    qint64 n = firstNine.toLongLong() + (from2000 ? 2000000000LL : 0);
    return firstNine + QStringLiteral("%1").arg(97 - n % 97, 2, 10, QLatin1Char('0'));
}

void TestNationalNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(int, problem);
    Problem got = Problem::None;
    const auto n = NationalNumber::parse(input, &got);
    QCOMPARE(int(got), problem);
    QCOMPARE(n.has_value(), problem == int(Problem::None));
    QCOMPARE(int(NationalNumber::validate(input)), problem);
    if (!n) {
        QVERIFY(!NationalNumber::describe(got).isEmpty());
        return;
    }
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, sex);
    QFETCH(int, kind);
    QCOMPARE(n->birthYear(), year);
    QCOMPARE(n->birthMonth(), month);
    QCOMPARE(n->birthDay(), day);
    QCOMPARE(int(n->sex()), sex);
    QCOMPARE(int(n->kind()), kind);
    QCOMPARE(n->digits().size(), 11);
}

void TestNationalNumber::formatAndMask()
{
    const auto n = NationalNumber::parse(u"85073003328");
    QVERIFY(n);
    QCOMPARE(n->formatted(), QStringLiteral("85.07.30-033.28"));
    QCOMPARE(n->masked(), QStringLiteral("••.••.••-•••.28"));
    QCOMPARE(n->masked(4), QStringLiteral("••.••.••-•33.28"));
    QCOMPARE(NationalNumber::masked(u"123"), QStringLiteral("••.••.••-•••.••"));
    // Impossible dates are refused even when the check digits fit.
    QCOMPARE(NationalNumber::validate(withCheck(QStringLiteral("850231033"), false)),
             Problem::BadBirthDate);
    QCOMPARE(NationalNumber::validate(withCheck(QStringLiteral("851301033"), false)),
             Problem::BadBirthDate);
    QCOMPARE(NationalNumber::validate(withCheck(QStringLiteral("010229001"), true)),
             Problem::BadBirthDate); // 2001 is no leap year
    QCOMPARE(NationalNumber::validate(withCheck(QStringLiteral("850730000"), false)),
             Problem::BadSequence);
    QCOMPARE(NationalNumber::validate(withCheck(QStringLiteral("850730999"), false)),
             Problem::BadSequence);
}

void TestNationalNumber::makeRoundTrips_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<int>("kind");
    QTest::newRow("1930") << QDate(1930, 1, 31) << 1 << int(NationalNumber::Kind::Register);
    QTest::newRow("1999-12-31") << QDate(1999, 12, 31) << 998
                                << int(NationalNumber::Kind::Register);
    QTest::newRow("2000-01-01") << QDate(2000, 1, 1) << 2 << int(NationalNumber::Kind::Register);
    QTest::newRow("2024 bis known")
        << QDate(2024, 2, 29) << 77 << int(NationalNumber::Kind::BisSexKnown);
    QTest::newRow("1970 bis unknown")
        << QDate(1970, 6, 15) << 500 << int(NationalNumber::Kind::BisSexUnknown);
}

void TestNationalNumber::makeRoundTrips()
{
    QFETCH(QDate, birth);
    QFETCH(int, sequence);
    QFETCH(int, kind);
    const NationalNumber made = NationalNumber::make(birth, sequence, NationalNumber::Kind(kind));
    const auto parsed = NationalNumber::parse(made.formatted());
    QVERIFY(parsed);
    QCOMPARE(parsed->birthDate(), birth);
    QCOMPARE(int(parsed->kind()), kind);
    QCOMPARE(*parsed, made);
}

QTEST_GUILESS_MAIN(TestNationalNumber)
#include "tst_nationalnumber.moc"
