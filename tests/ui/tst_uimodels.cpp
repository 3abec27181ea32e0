#include "model/nationalnumber.h"
#include "store/citizensearch.h"
#include "store/connection.h"
#include "store/repositories.h"
#include "testcache.h"
#include "ui/citizenresultsmodel.h"
#include "ui/dossiermodels.h"
#include "ui/wording.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace loket;
using loket::testing::TestCache;

// Every item model of the UI, fed with real data read from a real cache, under
// QAbstractItemModelTester; plus what each row says.
class TestUiModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void resultsModelRows_data();
    void resultsModelRows();
    void resultsModelResetsUnderTester();

    void dossierModelsUnderTester_data();
    void dossierModelsUnderTester();
    void timelineIsNewestFirst();
    void timelineSpeaksLikeACitizen_data();
    void timelineSpeaksLikeACitizen();
    void tabsSortByTimeNotText();
    void currentStatusesInTabs();

private:
    Dossier marie() const;
    ui::ReferenceData reference() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestUiModels::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_BE"_s));
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"models.loket"_s);
    const QString error = TestCache::create(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_connection = std::make_unique<Connection>(u"models"_s);
    QVERIFY2(m_connection->open(path, Connection::Mode::ReadOnly),
             qPrintable(m_connection->errorString()));
}

void TestUiModels::cleanupTestCase()
{
    m_connection.reset();
}

Dossier TestUiModels::marie() const
{
    const auto d =
        CacheReader(m_connection->database()).dossier(QString::fromLatin1(TestCache::marie1954));
    return d.value_or(Dossier{});
}

ui::ReferenceData TestUiModels::reference() const
{
    ui::ReferenceData r;
    const CacheReader reader(m_connection->database());
    for (const Category &c : reader.categories())
        r.categories.insert(c.code, c);
    for (const Municipality &m : reader.municipalities())
        r.municipalities.insert(m.nisCode, m.name);
    return r;
}

void TestUiModels::resultsModelRows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("citizenId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("address");

    QTest::newRow("namesake in Herent")
        << u"janssens marie 1954"_s << QString::fromLatin1(TestCache::marie1954)
        << u"Janssens, Marie"_s << u"1954"_s << u"Kerkstraat 12, Herent"_s;
    QTest::newRow("namesake in Leuven")
        << u"janssens marie 1987"_s << QString::fromLatin1(TestCache::marie1987)
        << u"Janssens, Marie"_s << u"1987"_s << u"Stationsstraat 4, Leuven"_s;
    QTest::newRow("deelgemeente named")
        << u"marc janssens"_s << QString::fromLatin1(TestCache::marc1961) << u"Janssens, Marc"_s
        << u"1961"_s << u"Diestsesteenweg 100, Kessel-Lo"_s;
    QTest::newRow("particle") << u"el amrani"_s << QString::fromLatin1(TestCache::ahmed1990)
                              << u"El Amrani, Ahmed"_s << u"1990"_s << u"Tiensestraat 5, Leuven"_s;
}

void TestUiModels::resultsModelRows()
{
    QFETCH(QString, query);
    QFETCH(QString, citizenId);
    QFETCH(QString, name);
    QFETCH(QString, year);
    QFETCH(QString, address);

    CitizenSearch search(m_connection->database());
    const QList<CitizenHit> hits = search.find(query);
    QVERIFY2(search.errorString().isEmpty(), qPrintable(search.errorString()));

    ui::CitizenResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(query, hits);
    QCOMPARE(model.query(), query);
    QCOMPARE(model.rowCount(), int(hits.size()));

    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i).data(ui::CitizenResultsModel::CitizenIdRole).toString() == citizenId)
            row = i;
    }
    QVERIFY2(row >= 0, "the citizen is among the results");
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(ui::CitizenResultsModel::NameRole).toString(), name);
    QCOMPARE(index.data(ui::CitizenResultsModel::BirthYearRole).toString(), year);
    QCOMPARE(index.data(ui::CitizenResultsModel::AddressRole).toString(), address);

    const QString digits = TestCache::citizen(citizenId.toLatin1().constData()).nationalNumber;
    const QString masked = index.data(ui::CitizenResultsModel::MaskedNationalNumberRole).toString();
    QCOMPARE(masked, NationalNumber::masked(digits));
    QVERIFY(masked.endsWith(digits.right(2)));
    QVERIFY2(!masked.contains(digits.left(6)), "only the last digits are visible");
    // The accessible line says all of it in words, never the full number.
    const QString spoken = index.data(Qt::AccessibleTextRole).toString();
    QVERIFY(spoken.contains(name));
    QVERIFY(spoken.contains(address));
    QVERIFY(!spoken.contains(digits));
}

void TestUiModels::resultsModelResetsUnderTester()
{
    CitizenSearch search(m_connection->database());
    ui::CitizenResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(u"janssens"_s, search.find(u"janssens"));
    QCOMPARE(model.rowCount(), 3);
    QHash<QString, QString> names{{u"24038"_s, u"Herent"_s}};
    model.setMunicipalityNames(names);
    model.retranslate();
    model.setHits(u"peeters"_s, search.find(u"peeters"));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.query().isEmpty());
    QVERIFY(!model.index(0).isValid());
}

void TestUiModels::dossierModelsUnderTester_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("rows");
    // Reports: 3 + 2 changes; documents: 2 + 2 + 3 events without the internal "prepared";
    // contacts: 2.
    QTest::newRow("timeline") << 0 << 14;
    QTest::newRow("reports") << 1 << 2;
    QTest::newRow("documents") << 2 << 3;
    QTest::newRow("contacts") << 3 << 2;
}

void TestUiModels::dossierModelsUnderTester()
{
    QFETCH(int, which);
    QFETCH(int, rows);
    std::unique_ptr<ui::DossierTableModel> model;
    switch (which) {
    case 0:
        model = std::make_unique<ui::TimelineModel>();
        break;
    case 1:
        model = std::make_unique<ui::ReportsModel>();
        break;
    case 2:
        model = std::make_unique<ui::DocumentsModel>();
        break;
    default:
        model = std::make_unique<ui::ContactsModel>();
        break;
    }
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setSortRole(ui::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(0, Qt::DescendingOrder);

    const Dossier dossier = marie();
    QCOMPARE(dossier.citizen.id, QString::fromLatin1(TestCache::marie1954));
    model->setDossier(dossier, reference());
    QCOMPARE(model->rowCount(), rows);
    QVERIFY(model->columnCount() >= 3);
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!model->index(r, 0).data().toString().isEmpty());
        QVERIFY(model->index(r, 0).data(ui::SortRole).isValid());
    }
    model->retranslate();
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    model->setDossier(dossier, reference());
    QCOMPARE(proxy.rowCount(), rows);
}

void TestUiModels::timelineIsNewestFirst()
{
    ui::TimelineModel model;
    model.setDossier(marie(), reference());
    const auto &entries = model.entries();
    QCOMPARE(entries.size(), 14);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY2(entries.at(i - 1).when >= entries.at(i).when,
                 qPrintable(u"row %1 is older than row %2"_s.arg(i - 1).arg(i)));
    // The newest thing that happened: the tax bill arriving in the eBox on 12 March 2026.
    QCOMPARE(model.index(0, ui::TimelineModel::WhenColumn).data().toString(), u"12 Mar 2026"_s);
    QCOMPARE(
        model.index(0, ui::TimelineModel::WhatColumn).data().toString(),
        u"Tax bill \"Aanslagbiljet aanvullende personenbelasting 2025\" — in eBox, not opened"_s);
    // The oldest: the identity-card invitation sent in September 2025.
    QCOMPARE(
        model.index(13, ui::TimelineModel::WhatColumn).data().toString(),
        u"Invitation \"Uitnodiging vernieuwing elektronische identiteitskaart\" — sent to the eBox"_s);
}

void TestUiModels::timelineSpeaksLikeACitizen_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("report scheduled")
        << u"Report M-2026-0000142 \"Broken street light\" — scheduled"_s;
    QTest::newRow("report received")
        << u"Report M-2026-0000142 \"Broken street light\" — received"_s;
    QTest::newRow("report resolved") << u"Report M-2025-0000977 \"Illegal dumping\" — resolved"_s;
    QTest::newRow("earlier step of a document")
        << u"Tax bill \"Aanslagbiljet aanvullende personenbelasting 2025\" — sent to the eBox"_s;
    QTest::newRow("paper returned")
        << u"Permit \"Bewonersparkeerkaart 2026\" — returned by the post, not delivered"_s;
    QTest::newRow("opened")
        << u"Invitation \"Uitnodiging vernieuwing elektronische identiteitskaart\" — opened in eBox"_s;
    QTest::newRow("counter visit") << u"Visit at the counter: Help with the eBox"_s;
    QTest::newRow("phone call") << u"Phone call: Taxes"_s;
}

void TestUiModels::timelineSpeaksLikeACitizen()
{
    QFETCH(QString, line);
    ui::TimelineModel model;
    model.setDossier(marie(), reference());
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r)
        lines << model.index(r, ui::TimelineModel::WhatColumn).data().toString();
    QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
    // The internal "prepared" step of a document is not part of the citizen's story.
    for (const QString &l : std::as_const(lines))
        QVERIFY(!l.endsWith(u"being prepared"_s));
}

void TestUiModels::tabsSortByTimeNotText()
{
    // "2 Jan" sorts before "12 Mar" as text; as a time it is the other way round.
    ui::DocumentsModel model;
    model.setDossier(marie(), reference());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::SortRole);
    proxy.sort(ui::DocumentsModel::SentColumn, Qt::AscendingOrder);
    QStringList titles;
    for (int r = 0; r < proxy.rowCount(); ++r)
        titles << proxy.index(r, ui::DocumentsModel::TitleColumn).data().toString();
    QCOMPARE(titles, (QStringList{u"Uitnodiging vernieuwing elektronische identiteitskaart"_s,
                                  u"Bewonersparkeerkaart 2026"_s,
                                  u"Aanslagbiljet aanvullende personenbelasting 2025"_s}));
}

void TestUiModels::currentStatusesInTabs()
{
    ui::ReportsModel reports;
    reports.setDossier(marie(), reference());
    QCOMPARE(reports.rowCount(), 2);
    QHash<QString, QString> statusByNumber;
    for (int r = 0; r < reports.rowCount(); ++r)
        statusByNumber.insert(reports.index(r, ui::ReportsModel::NumberColumn).data().toString(),
                              reports.index(r, ui::ReportsModel::StatusColumn).data().toString());
    QCOMPARE(statusByNumber.value(u"M-2026-0000142"_s), u"scheduled"_s);
    QCOMPARE(statusByNumber.value(u"M-2025-0000977"_s), u"resolved"_s);

    ui::DocumentsModel documents;
    documents.setDossier(marie(), reference());
    QHash<QString, QPair<QString, QString>> byTitle;
    for (int r = 0; r < documents.rowCount(); ++r)
        byTitle.insert(documents.index(r, ui::DocumentsModel::TitleColumn).data().toString(),
                       {documents.index(r, ui::DocumentsModel::ChannelColumn).data().toString(),
                        documents.index(r, ui::DocumentsModel::StatusColumn).data().toString()});
    QCOMPARE(byTitle.value(u"Bewonersparkeerkaart 2026"_s),
             qMakePair(u"paper"_s, u"returned by the post, not delivered"_s));
    QCOMPARE(byTitle.value(u"Aanslagbiljet aanvullende personenbelasting 2025"_s),
             qMakePair(u"eBox"_s, u"in eBox, not opened"_s));

    ui::ContactsModel contacts;
    contacts.setDossier(marie(), reference());
    QStringList followUps;
    for (int r = 0; r < contacts.rowCount(); ++r)
        followUps << contacts.index(r, ui::ContactsModel::FollowUpColumn).data().toString();
    QVERIFY(followUps.contains(u"Nagaan of de eerste eBox-brief gelezen werd (by 1 Mar 2026)"_s));
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
