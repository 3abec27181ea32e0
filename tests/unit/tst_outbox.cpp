#include "store/connection.h"
#include "store/outbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using loket::Outbox;
using loket::OutboxEntry;

namespace {

OutboxEntry makeEntry(const QString &entity, const QString &dependsOn = {})
{
    static int counter = 0;
    OutboxEntry e;
    e.idempotencyKey = u"key-%1"_s.arg(++counter);
    e.entityType = entity.section(u':', 0, 0);
    e.entityId = entity.section(u':', 1);
    e.dependsOn = dependsOn;
    e.method = "POST";
    e.path = u"/api/v1/contact-moments"_s;
    e.body = "{}";
    e.createdAt = u"2026-03-12T10:42:00.000Z"_s;
    return e;
}

QStringList entitiesOf(const QList<OutboxEntry> &entries)
{
    QStringList out;
    for (const OutboxEntry &e : entries)
        out << e.entityType + u':' + e.entityId;
    return out;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dueInOrderOneHeadPerRecord_data();
    void dueInOrderOneHeadPerRecord();
    void retryTimeHoldsBackOnlyThatRecord();
    void rebaseAndConflictRoundTrip();
    void keysAreUniqueAndSeqNeverReused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<loket::Connection> m_connection;
};

void TestOutbox::init()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<loket::Connection>(u"test"_s);
    static int run = 0; // a fresh cache for every test and data row
    QVERIFY2(m_connection->open(m_dir.filePath(u"outbox-%1.db"_s.arg(++run))),
             qPrintable(m_connection->errorString()));
}

void TestOutbox::cleanup()
{
    m_connection.reset();
}

void TestOutbox::dueInOrderOneHeadPerRecord_data()
{
    // Entries are "type:id" or "type:id>dependency". `stuck` puts entries in conflict or failed.
    // `drained` is the order in which they go out when the first due entry is acknowledged
    // again and again; `left` is what stays behind.
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QList<int>>("stuck");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("drained");
    QTest::addColumn<int>("left");

    const QString a = u"contact_moment:a"_s;
    const QString b = u"contact_moment:b"_s;
    const QString c = u"contact_moment:c"_s;
    const QString p = u"citizen:p"_s;
    QTest::newRow("independent records go in creation order")
        << QStringList{a, b, c} << QList<int>{} << QStringList{a, b, c} << QStringList{a, b, c}
        << 0;
    QTest::newRow("a record's later entries wait for its first")
        << QStringList{a, b, a} << QList<int>{} << QStringList{a, b} << QStringList{a, b, a} << 0;
    QTest::newRow("a conflict blocks only its own record")
        << QStringList{a, a, b} << QList<int>{0} << QStringList{b} << QStringList{b} << 2;
    QTest::newRow("a refused entry blocks only its own record")
        << QStringList{b, a, b, c} << QList<int>{1} << QStringList{b, c} << QStringList{b, b, c}
        << 1;
    QTest::newRow("an entry waits for the record it depends on")
        << QStringList{p, u"contact_moment:a>citizen:p"_s, u"contact_moment:b>citizen:q"_s}
        << QList<int>{} << QStringList{p, b} << QStringList{p, a, b} << 0;
    QTest::newRow("a stuck dependency holds its dependants")
        << QStringList{p, u"contact_moment:a>citizen:p"_s, b} << QList<int>{0} << QStringList{b}
        << QStringList{b} << 2;
    // A later change of a record was made on top of what depends on it (a report's photos
    // before a status update): it waits for them.
    QTest::newRow("a later change of the dependency waits for earlier dependants")
        << QStringList{u"contact_moment:a>citizen:p"_s, p} << QList<int>{} << QStringList{a}
        << QStringList{a, p} << 0;
}

void TestOutbox::dueInOrderOneHeadPerRecord()
{
    QFETCH(QStringList, entries);
    QFETCH(QList<int>, stuck);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, drained);
    QFETCH(int, left);

    Outbox outbox(m_connection->database());
    QList<qint64> seqs;
    for (const QString &spec : entries) {
        OutboxEntry e = makeEntry(spec.section(u'>', 0, 0), spec.section(u'>', 1));
        QVERIFY2(outbox.enqueue(&e), qPrintable(outbox.errorString()));
        QVERIFY(e.seq > 0);
        seqs << e.seq;
    }
    for (int i = 0; i < stuck.size(); ++i) {
        const auto state = i % 2 == 0 ? OutboxEntry::State::Conflict : OutboxEntry::State::Failed;
        QVERIFY(outbox.setState(seqs.at(stuck.at(i)), state, 412, u"stuck"_s));
    }
    QCOMPARE(entitiesOf(outbox.due(0)), expected);
    QCOMPARE(outbox.openCount(), int(entries.size()));

    QStringList sent;
    for (int round = 0; round <= entries.size(); ++round) {
        const QList<OutboxEntry> due = outbox.due(0);
        if (due.isEmpty())
            break;
        sent += entitiesOf(due.mid(0, 1));
        QVERIFY(outbox.remove(due.first().seq));
    }
    QCOMPARE(sent, drained);
    QCOMPARE(outbox.openCount(), left);
}

void TestOutbox::retryTimeHoldsBackOnlyThatRecord()
{
    Outbox outbox(m_connection->database());
    OutboxEntry a1 = makeEntry(u"contact_moment:a"_s);
    OutboxEntry b = makeEntry(u"contact_moment:b"_s);
    OutboxEntry a2 = makeEntry(u"contact_moment:a"_s);
    for (OutboxEntry *e : {&a1, &b, &a2})
        QVERIFY(outbox.enqueue(e));
    const qint64 now = 1'000'000;
    QVERIFY(outbox.scheduleRetry(a1.seq, 1, now + 5000, 503, u"busy"_s));
    QCOMPARE(entitiesOf(outbox.due(now)), QStringList{u"contact_moment:b"_s});
    QCOMPARE(outbox.nextDueAtMs().value_or(-1), qint64(0)); // b is due at once
    QVERIFY(outbox.remove(b.seq));
    QCOMPARE(outbox.nextDueAtMs().value_or(-1), now + 5000);
    QVERIFY(outbox.due(now + 4999).isEmpty());
    QCOMPARE(entitiesOf(outbox.due(now + 5000)), QStringList{u"contact_moment:a"_s});
    const auto stored = outbox.entry(a1.seq);
    QVERIFY(stored);
    QCOMPARE(stored->attempts, 1);
    QCOMPARE(stored->lastStatus, 503);
    QCOMPARE(stored->lastError, u"busy"_s);
}

void TestOutbox::rebaseAndConflictRoundTrip()
{
    Outbox outbox(m_connection->database());
    OutboxEntry create = makeEntry(u"contact_moment:a"_s);
    OutboxEntry update = makeEntry(u"contact_moment:a"_s);
    update.operation = OutboxEntry::Operation::Update;
    update.method = "PUT";
    OutboxEntry other = makeEntry(u"contact_moment:b"_s);
    other.operation = OutboxEntry::Operation::Update;
    other.baseVersion = 4;
    for (OutboxEntry *e : {&create, &update, &other})
        QVERIFY(outbox.enqueue(e));
    QVERIFY(!outbox.entry(update.seq)->baseVersion);
    QCOMPARE(outbox.entry(other.seq)->baseVersion.value_or(-1), qint64(4));

    QVERIFY(outbox.rebaseNext(u"contact_moment"_s, u"a"_s, create.seq, 1));
    QVERIFY(outbox.remove(create.seq));
    QCOMPARE(outbox.entry(update.seq)->baseVersion.value_or(-1), qint64(1));
    QCOMPARE(outbox.entry(other.seq)->baseVersion.value_or(-1), qint64(4)); // untouched

    loket::SyncConflict conflict;
    conflict.outboxSeq = update.seq;
    conflict.entityType = u"contact_moment"_s;
    conflict.entityId = u"a"_s;
    conflict.baseJson = R"({"version":1})";
    conflict.theirsJson = R"({"version":2})";
    conflict.mineJson = R"({"version":1,"summary":"mine"})";
    conflict.createdAt = u"2026-03-12T10:42:00.000Z"_s;
    QVERIFY(outbox.addConflict(&conflict));
    QVERIFY(outbox.setState(update.seq, OutboxEntry::State::Conflict, 412, u"version_conflict"_s));
    QCOMPARE(outbox.conflicts().size(), 1);
    QCOMPARE(outbox.conflict(conflict.id)->theirsJson, QByteArray(R"({"version":2})"));
    QCOMPARE(outbox.countIn(OutboxEntry::State::Conflict), 1);
    QCOMPARE(entitiesOf(outbox.due(0)), QStringList{u"contact_moment:b"_s});

    // Removing the record's entries removes its conflict with them (nothing dangles).
    QVERIFY(outbox.removeAllFor(u"contact_moment"_s, u"a"_s));
    QVERIFY(outbox.conflicts().isEmpty());
    QCOMPARE(outbox.openCount(), 1);
}

void TestOutbox::keysAreUniqueAndSeqNeverReused()
{
    Outbox outbox(m_connection->database());
    OutboxEntry first = makeEntry(u"contact_moment:a"_s);
    QVERIFY(outbox.enqueue(&first));
    OutboxEntry twin = makeEntry(u"contact_moment:b"_s);
    twin.idempotencyKey = first.idempotencyKey;
    QVERIFY(!outbox.enqueue(&twin)); // one key, one change
    QVERIFY(outbox.remove(first.seq));
    OutboxEntry next = makeEntry(u"contact_moment:c"_s);
    QVERIFY(outbox.enqueue(&next));
    QVERIFY(next.seq > first.seq);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
