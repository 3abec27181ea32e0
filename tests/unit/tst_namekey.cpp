#include "text/namekey.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace loket::namekey;

class TestNameKey : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void indexTokens_data();
    void indexTokens();
    void queryTerms();
    void longInputStaysBounded();
};

void TestNameKey::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("diacritics") << QStringLiteral("Saïd Lefèvre François")
                                << QStringLiteral("said lefevre francois");
    QTest::newRow("turkish dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
    QTest::newRow("turkish capital dotted I") << QStringLiteral("İlhan") << QStringLiteral("ilhan");
    QTest::newRow("turkish s and c cedilla")
        << QStringLiteral("Ayşe Çelik") << QStringLiteral("ayse celik");
    QTest::newRow("sharp s") << QStringLiteral("Großmann") << QStringLiteral("grossmann");
    QTest::newRow("ae oe o-slash")
        << QStringLiteral("Æbelø Œuvre") << QStringLiteral("aebelo oeuvre");
    QTest::newRow("polish l") << QStringLiteral("Łukasz Wiśniewski")
                              << QStringLiteral("lukasz wisniewski");
    QTest::newRow("croatian d") << QStringLiteral("Đorđević") << QStringLiteral("dordevic");
    QTest::newRow("apostrophes unified") << QStringLiteral("D’Hondt") << QStringLiteral("d'hondt");
    QTest::newRow("dashes unified") << QStringLiteral("Anne–Marie") << QStringLiteral("anne-marie");
    QTest::newRow("punctuation to space")
        << QStringLiteral("a\"b*c(d):e") << QStringLiteral("a b c d  e");
    QTest::newRow("emoji dropped") << QStringLiteral("jan😀") << QStringLiteral("jan ");
    QTest::newRow("arabic kept") << QStringLiteral("سعيد") << QStringLiteral("سعيد");
    QTest::newRow("fullwidth") << QStringLiteral("ＪＡＮ") << QStringLiteral("jan");
}

void TestNameKey::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(loket::namekey::fold(input), expected);
}

void TestNameKey::indexTokens_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("splitAttached");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("particles apart")
        << QStringLiteral("Van den Broeck") << true
        << QStringList{u"van"_s, u"den"_s, u"broeck"_s, u"vandenbroeck"_s, u"denbroeck"_s}
        << QStringList{};
    QTest::newRow("particles attached")
        << QStringLiteral("Vandenbroeck") << true
        << QStringList{u"van"_s, u"den"_s, u"broeck"_s, u"vandenbroeck"_s} << QStringList{};
    QTest::newRow("de attached") << QStringLiteral("Desmet") << true
                                 << QStringList{u"de"_s, u"smet"_s, u"desmet"_s} << QStringList{};
    QTest::newRow("apostrophe") << QStringLiteral("D'Hondt") << true
                                << QStringList{u"d"_s, u"hondt"_s, u"dhondt"_s} << QStringList{};
    QTest::newRow("hyphen") << QStringLiteral("El-Amrani") << true
                            << QStringList{u"el"_s, u"amrani"_s, u"elamrani"_s} << QStringList{};
    QTest::newRow("given names not split")
        << QStringLiteral("Denise") << false << QStringList{u"denise"_s}
        << QStringList{u"de"_s, u"nise"_s};
    QTest::newRow("short rest not split")
        << QStringLiteral("Dens") << true << QStringList{u"dens"_s}
        << QStringList{u"de"_s, u"ns"_s};
}

void TestNameKey::indexTokens()
{
    QFETCH(QString, field);
    QFETCH(bool, splitAttached);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QStringList tokens = loket::namekey::indexTokens(
        field, splitAttached ? Particles::SplitAttached : Particles::AsWritten);
    for (const QString &t : mustContain)
        QVERIFY2(tokens.contains(t),
                 qPrintable(t + QStringLiteral(" missing from ") + tokens.join(u',')));
    for (const QString &t : mustNotContain)
        QVERIFY2(!tokens.contains(t), qPrintable(t + QStringLiteral(" in ") + tokens.join(u',')));
    QCOMPARE(QSet<QString>(tokens.begin(), tokens.end()).size(), tokens.size());
}

void TestNameKey::queryTerms()
{
    const auto terms = loket::namekey::queryTerms(u"D'Hondt  jan");
    QCOMPARE(terms.size(), 2);
    QCOMPARE(terms.at(0).alternatives.size(), 2);
    QCOMPARE(terms.at(0).alternatives.at(0), QStringList{u"dhondt"_s});
    QCOMPARE(terms.at(0).alternatives.at(1), (QStringList{u"d"_s, u"hondt"_s}));
    QCOMPARE(terms.at(1).alternatives, QList<QStringList>{QStringList{u"jan"_s}});
    QVERIFY(loket::namekey::queryTerms(u"\"*()-:").isEmpty());
}

void TestNameKey::longInputStaysBounded()
{
    const QString huge = QString(QStringLiteral("abcdefghij ")).repeated(1000);
    const auto terms = loket::namekey::queryTerms(huge, 8, 48);
    QCOMPARE(terms.size(), 8);
    const QString oneWord(5000, u'x');
    const auto single = loket::namekey::queryTerms(oneWord, 8, 48);
    QCOMPARE(single.size(), 1);
    QCOMPARE(single.first().alternatives.first().first().size(), 48);
}

QTEST_GUILESS_MAIN(TestNameKey)
#include "tst_namekey.moc"
