// Guide progress in the cache (issue 6): the autonomy summary, where a guide reopens, the wire
// form, and progress that survives closing and reopening the cache with its outbox entries.

#include "guides/guidelibrary.h"
#include "model/guideprogress.h"
#include "store/connection.h"
#include "store/guideprogresstable.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::GuideAutonomy)

namespace {

// "step=alone" items for guide "g" of citizen "c"; "other:step=alone" for another guide.
QList<GuideProgress> progressOf(const QStringList &items)
{
    QList<GuideProgress> out;
    for (const QString &item : items) {
        GuideProgress p;
        p.citizenId = u"c"_s;
        const QString key = item.section(u'=', 0, 0);
        p.guideId = key.contains(u':') ? key.section(u':', 0, 0) : u"g"_s;
        p.stepId = key.section(u':', -1);
        p.status = stepStatusFromCode(item.section(u'=', 1)).value();
        p.id = guideProgressId(p.citizenId, p.guideId, p.stepId);
        out << p;
    }
    return out;
}

} // namespace

class TestGuideProgress : public QObject
{
    Q_OBJECT
private slots:
    void autonomy_data();
    void autonomy();
    void reopensAtFirstOpenStep_data();
    void reopensAtFirstOpenStep();
    void wireRoundTrip();
    void wireRefusesAnIdOfAnotherStep();
    void progressSurvivesARestart();
};

void TestGuideProgress::autonomy_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("progress");
    QTest::addColumn<GuideAutonomy>("expected");
    const QStringList abc{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("nothing") << abc << QStringList() << GuideAutonomy::NotYet;
    QTest::newRow("two of three") << abc << QStringList{u"a=alone"_s, u"b=alone"_s}
                                  << GuideAutonomy::NotYet;
    QTest::newRow("all alone") << abc << QStringList{u"a=alone"_s, u"b=alone"_s, u"c=alone"_s}
                               << GuideAutonomy::Alone;
    QTest::newRow("one with help")
        << abc << QStringList{u"a=alone"_s, u"b=with_help"_s, u"c=alone"_s}
        << GuideAutonomy::WithHelp;
    QTest::newRow("all with help")
        << abc << QStringList{u"a=with_help"_s, u"b=with_help"_s, u"c=with_help"_s}
        << GuideAutonomy::WithHelp;
    QTest::newRow("a step set back to not yet")
        << abc << QStringList{u"a=alone"_s, u"b=not_yet"_s, u"c=alone"_s} << GuideAutonomy::NotYet;
    QTest::newRow("another guide's steps do not count")
        << abc << QStringList{u"a=alone"_s, u"b=alone"_s, u"other:c=alone"_s}
        << GuideAutonomy::NotYet;
    QTest::newRow("a step the guide no longer has is ignored")
        << QStringList{u"a"_s, u"b"_s}
        << QStringList{u"a=alone"_s, u"b=alone"_s, u"gone=with_help"_s} << GuideAutonomy::Alone;
    QTest::newRow("a guide without steps")
        << QStringList() << QStringList{u"a=alone"_s} << GuideAutonomy::NotYet;
}

void TestGuideProgress::autonomy()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, progress);
    QFETCH(GuideAutonomy, expected);
    QCOMPARE(guideAutonomy(u"g"_s, steps, progressOf(progress)), expected);
}

void TestGuideProgress::reopensAtFirstOpenStep_data()
{
    QTest::addColumn<QStringList>("progress");
    QTest::addColumn<int>("expected");
    QTest::newRow("new") << QStringList() << 0;
    QTest::newRow("first done") << QStringList{u"a=alone"_s} << 1;
    QTest::newRow("first two done") << QStringList{u"a=alone"_s, u"b=with_help"_s} << 2;
    QTest::newRow("a gap") << QStringList{u"a=alone"_s, u"c=with_help"_s} << 1;
    QTest::newRow("all done: from the start")
        << QStringList{u"a=alone"_s, u"b=alone"_s, u"c=alone"_s} << 0;
    QTest::newRow("another guide") << QStringList{u"other:a=alone"_s} << 0;
}

void TestGuideProgress::reopensAtFirstOpenStep()
{
    QFETCH(QStringList, progress);
    QFETCH(int, expected);
    QCOMPARE(firstOpenStep(u"g"_s, {u"a"_s, u"b"_s, u"c"_s}, progressOf(progress)), expected);
}

void TestGuideProgress::wireRoundTrip()
{
    GuideProgress p;
    p.citizenId = u"0f7b2a1c-0000-4000-8000-000000000001"_s;
    p.guideId = u"itsme-login"_s;
    p.stepId = u"open-app"_s;
    p.id = guideProgressId(p.citizenId, p.guideId, p.stepId);
    p.guideVersion = 3;
    p.status = StepStatus::WithHelp;
    p.staffId = u"s-1"_s;
    p.doneAt = u"2026-03-12T10:42:00Z"_s;
    p.version = 4;
    p.updatedAt = u"2026-03-12T10:42:01.000Z"_s;
    QString error;
    const auto back = wire::guideProgressFromJson(wire::toJson(p), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(wire::toJson(*back), wire::toJson(p));
    QCOMPARE(back->status, StepStatus::WithHelp);
    QCOMPARE(back->guideVersion, 3);
}

void TestGuideProgress::wireRefusesAnIdOfAnotherStep()
{
    QJsonObject json{{u"id"_s, u"c:g:a"_s},  {u"citizen_id"_s, u"c"_s}, {u"guide_id"_s, u"g"_s},
                     {u"step_id"_s, u"b"_s}, {u"status"_s, u"alone"_s}, {u"version"_s, 1}};
    QString error;
    QVERIFY(!wire::guideProgressFromJson(json, &error));
    QVERIFY2(error.contains(u"\"id\""_s), qPrintable(error));
    json.insert(u"id"_s, u"c:g:b"_s);
    json.insert(u"status"_s, u"maybe"_s);
    QVERIFY(!wire::guideProgressFromJson(json, &error));
    QVERIFY2(error.contains(u"\"status\""_s), qPrintable(error));
    json.insert(u"status"_s, u"not_yet"_s);
    QVERIFY2(wire::guideProgressFromJson(json, &error), qPrintable(error));
}

void TestGuideProgress::progressSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.db"_s);
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    const auto guide = library.guide(u"ebox-activate"_s, u"nl"_s);
    QVERIFY(guide);
    const QStringList steps = guide->stepIds();
    QVERIFY(steps.size() >= 3);
    const QString citizen = u"0f7b2a1c-0000-4000-8000-000000000002"_s;

    StoreOptions o;
    o.path = path;
    o.useNetworkInformation = false;
    {
        Store store(o);
        QSignalSpy opened(&store, &Store::opened);
        store.open();
        QVERIFY(opened.wait(20000));
        QVERIFY(opened.first().first().toBool());
        QSignalSpy changed(&store, &Store::recordsChanged);
        for (int i = 0; i < 2; ++i) {
            GuideProgress p;
            p.citizenId = citizen;
            p.guideId = guide->id;
            p.guideVersion = guide->version;
            p.stepId = steps.at(i);
            p.status = i == 0 ? StepStatus::Alone : StepStatus::WithHelp;
            store.recordGuideProgress(p);
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000);
        QCOMPARE(changed.last().at(0).value<RecordType>(), RecordType::GuideProgress);
        QCOMPARE(store.unsavedCount(), 0);
    } // the store and its connection close: a restart

    Connection connection(u"reopened"_s);
    QVERIFY2(connection.open(path), qPrintable(connection.errorString()));
    GuideProgressTable table(connection.database());
    const QList<GuideProgress> progress = table.forCitizen(citizen);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(firstOpenStep(guide->id, steps, progress), 2);
    QCOMPARE(guideAutonomy(guide->id, steps, progress), GuideAutonomy::NotYet);
    const auto second = table.find(guideProgressId(citizen, guide->id, steps.at(1)));
    QVERIFY(second);
    QCOMPARE(second->status, StepStatus::WithHelp);
    QCOMPARE(second->guideVersion, guide->version);
    QVERIFY(!second->doneAt.isEmpty());
    QCOMPARE(second->version, 0); // not yet confirmed by the hub

    // Both ticks wait for the hub in the outbox, in order, as PUTs of the whole record.
    Outbox outbox(connection.database());
    QCOMPARE(outbox.openCount(), 2);
    const QList<OutboxEntry> entries =
        outbox.entriesFor(u"guide_progress"_s, guideProgressId(citizen, guide->id, steps.at(0)));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QByteArray("PUT"));
    QString error;
    const auto sent =
        wire::guideProgressFromJson(QJsonDocument::fromJson(entries.first().body).object(), &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->status, StepStatus::Alone);
}

QTEST_GUILESS_MAIN(TestGuideProgress)
#include "tst_guideprogress.moc"
