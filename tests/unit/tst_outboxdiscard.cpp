// Taking changes out of the outbox by hand (issue 7, item 2): a discard keeps the entry whole in
// outbox_discard with its reason and puts the cache back as the hub has it, in one transaction;
// the access log is never discarded, later changes are discarded first, the record of discards
// cannot be changed, and Retry makes a failed or waiting entry due at once.

#include "../integration/synctestkit.h"
#include "model/accessentry.h"
#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/guideprogresstable.h"
#include "store/outbox.h"
#include "store/outboxcommands.h"
#include "store/outboxdescription.h"
#include "store/store.h"
#include "store/storecommand.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QString janId = u"55555555-5555-4555-8555-555555555555"_s;
const QString documentId = u"0f7b2a1c-0000-4000-8000-0000000000d1"_s;
const QString staff = u"staff-7"_s;

enum class Scenario {
    UnsentContact,     // a logged contact moment that never reached the hub
    Correction,        // a correction of a contact moment the hub has
    ConflictedCorrect, // the same correction, refused with 412: the hub's version comes back
    UnsentAction,      // a paper copy request
    RetickedStep,      // a guide step the hub had, ticked again here
    NewStep,           // a guide step ticked for the first time
};

QString scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

ContactMoment contactOnTheHub()
{
    ContactMoment c;
    c.id = u"cm-1"_s;
    c.citizenId = janId;
    c.channel = ContactChannel::Counter;
    c.topic = u"parking"_s;
    c.summary = u"asked for a parking permit"_s;
    c.outcome = u"form handed over"_s;
    c.occurredAt = u"2026-03-12T09:00:00.000Z"_s;
    c.version = 1;
    c.updatedAt = u"2026-03-12T09:00:01.000Z"_s;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestOutboxDiscard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void discardPutsTheHubVersionBack_data();
    void discardPutsTheHubVersionBack();
    void refusals_data();
    void refusals();
    void laterChangesAreDiscardedFirst();
    void discardedEntriesCannotBeChanged_data();
    void discardedEntriesCannotBeChanged();
    void retryMakesAnEntryDue_data();
    void retryMakesAnEntryDue();
    void storeReportsRefusalAndDiscard();

private:
    bool run(StoreCommand &command, QString *error);
    qint64 onlySeq();

    QTemporaryDir m_dir;
    int m_caches = 0;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<Outbox> m_outbox;
    SystemClock m_clock;
};

void TestOutboxDiscard::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestOutboxDiscard::init()
{
    m_path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    m_connection = std::make_unique<Connection>(u"test"_s);
    QVERIFY2(m_connection->open(m_path), qPrintable(m_connection->errorString()));
    m_writer = std::make_unique<CacheWriter>(*m_connection);
    m_outbox = std::make_unique<Outbox>(m_connection->database());
    Citizen jan;
    jan.id = janId;
    jan.givenNames = u"Jan"_s;
    jan.familyName = u"Peeters"_s;
    jan.birthDate = u"1975-05-20"_s;
    jan.nationalNumber = NationalNumber::make(QDate(1975, 5, 20), 51).digits();
    jan.municipalityNis = u"24062"_s;
    jan.version = 1;
    Document tax;
    tax.id = documentId;
    tax.citizenId = janId;
    tax.title = u"Tax assessment 2025"_s;
    tax.version = 1;
    WriteTransaction tx(m_connection->database());
    QVERIFY(tx.isActive());
    QVERIFY2(m_writer->upsert(jan), qPrintable(m_writer->errorString()));
    QVERIFY2(m_writer->upsert(tax), qPrintable(m_writer->errorString()));
    QVERIFY(tx.commit());
}

void TestOutboxDiscard::cleanup()
{
    m_outbox.reset();
    m_writer.reset();
    m_connection.reset();
}

bool TestOutboxDiscard::run(StoreCommand &command, QString *error)
{
    // As the store runs a command: one BEGIN IMMEDIATE, all or nothing.
    StoreContext context{*m_connection, *m_writer, *m_outbox, m_clock};
    WriteTransaction tx(m_connection->database());
    const bool ok = tx.isActive() && command.apply(context, error) && tx.commit();
    if (!ok && error->isEmpty())
        *error = tx.errorString();
    return ok;
}

qint64 TestOutboxDiscard::onlySeq()
{
    const QList<OutboxEntry> all = m_outbox->entries();
    return all.size() == 1 ? all.first().seq : -1;
}

void TestOutboxDiscard::discardPutsTheHubVersionBack_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("description"); // what the outbox view calls the entry
    QTest::addColumn<QString>("probe");       // SQL with one placeholder: the record's id
    QTest::addColumn<QString>("expected");    // the probe after the discard

    QTest::newRow("unsent contact moment: the local row goes")
        << Scenario::UnsentContact << u"Contact moment for Jan Peeters"_s
        << u"SELECT count(*) FROM contact_moment WHERE id = ?"_s << u"0"_s;
    QTest::newRow("correction: the version it was made on comes back")
        << Scenario::Correction << u"Correction of a contact moment for Jan Peeters"_s
        << u"SELECT version || ' ' || outcome FROM contact_moment WHERE id = ?"_s
        << u"1 form handed over"_s;
    QTest::newRow("correction in conflict: the hub's current version comes back")
        << Scenario::ConflictedCorrect << u"Correction of a contact moment for Jan Peeters"_s
        << u"SELECT version || ' ' || outcome FROM contact_moment WHERE id = ?"_s
        << u"2 permit sent by post (colleague)"_s;
    QTest::newRow("paper copy request: the local row goes")
        << Scenario::UnsentAction << u"Paper copy requested: Tax assessment 2025"_s
        << u"SELECT count(*) FROM document_action WHERE id = ?"_s << u"0"_s;
    QTest::newRow("guide step the hub had: its earlier state comes back")
        << Scenario::RetickedStep << u"Guide step for Jan Peeters"_s
        << u"SELECT version || ' ' || status FROM guide_progress WHERE id = ?"_s << u"3 not_yet"_s;
    QTest::newRow("new guide step: the local row goes")
        << Scenario::NewStep << u"Guide step for Jan Peeters"_s
        << u"SELECT count(*) FROM guide_progress WHERE id = ?"_s << u"0"_s;
}

void TestOutboxDiscard::discardPutsTheHubVersionBack()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, description);
    QFETCH(QString, probe);
    QFETCH(QString, expected);

    QString error;
    QString recordId;
    switch (scenario) {
    case Scenario::UnsentContact: {
        LogContactMomentCommand log(contactOnTheHub());
        QVERIFY2(run(log, &error), qPrintable(error));
        recordId = log.contact().id;
        QCOMPARE(scalar(m_connection->database(), probe, {recordId}), u"1"_s);
        break;
    }
    case Scenario::Correction:
    case Scenario::ConflictedCorrect: {
        const ContactMoment hub = contactOnTheHub();
        QVERIFY(m_writer->upsert(hub));
        ContactMoment mine = hub;
        mine.outcome = u"permit handed over at the counter (mine)"_s;
        CorrectContactMomentCommand correct(mine);
        QVERIFY2(run(correct, &error), qPrintable(error));
        recordId = hub.id;
        QCOMPARE(scalar(m_connection->database(), probe, {recordId}),
                 u"1 permit handed over at the counter (mine)"_s);
        if (scenario == Scenario::ConflictedCorrect) {
            // What the engine stores on a 412 (SyncEngine::storeConflict).
            ContactMoment theirs = hub;
            theirs.outcome = u"permit sent by post (colleague)"_s;
            theirs.version = 2;
            const OutboxEntry entry = m_outbox->entries().first();
            SyncConflict conflict;
            conflict.outboxSeq = entry.seq;
            conflict.entityType = entry.entityType;
            conflict.entityId = entry.entityId;
            conflict.baseJson = entry.baseJson;
            conflict.theirsJson = QJsonDocument(wire::toJson(theirs)).toJson();
            conflict.mineJson = entry.body;
            conflict.createdAt = u"2026-03-12T10:00:00.000Z"_s;
            QVERIFY(m_outbox->addConflict(&conflict));
            QVERIFY(m_outbox->setState(entry.seq, OutboxEntry::State::Conflict, 412, u"x"_s));
        }
        break;
    }
    case Scenario::UnsentAction: {
        DocumentAction a;
        a.citizenId = janId;
        a.documentId = documentId;
        a.kind = DocumentActionKind::PaperCopy;
        a.reason = u"no computer at home"_s;
        RecordDocumentActionCommand record(a);
        QVERIFY2(run(record, &error), qPrintable(error));
        recordId = record.action().id;
        break;
    }
    case Scenario::RetickedStep:
    case Scenario::NewStep: {
        GuideProgress p;
        p.citizenId = janId;
        p.guideId = u"ebox-activate"_s;
        p.stepId = u"open-app"_s;
        p.id = guideProgressId(p.citizenId, p.guideId, p.stepId);
        if (scenario == Scenario::RetickedStep) {
            GuideProgress known = p;
            known.status = StepStatus::NotYet;
            known.version = 3;
            QVERIFY(GuideProgressTable(m_connection->database()).upsert(known));
        }
        p.status = StepStatus::WithHelp;
        RecordGuideProgressCommand tick(p);
        QVERIFY2(run(tick, &error), qPrintable(error));
        recordId = tick.progress().id;
        break;
    }
    }

    const qint64 seq = onlySeq();
    QVERIFY(seq > 0);
    const OutboxEntry entry = *m_outbox->entry(seq);
    QCOMPARE(OutboxDescriber(m_connection->database()).describe(entry), description);

    DiscardOutboxEntryCommand discard(entry, u"  entered for the wrong citizen  "_s, staff);
    QVERIFY(discard.refusal().isEmpty());
    QVERIFY2(run(discard, &error), qPrintable(error));
    QVERIFY(discard.refusal().isEmpty());

    QCOMPARE(scalar(m_connection->database(), probe, {recordId}), expected);
    QCOMPARE(m_outbox->openCount(), 0);
    QCOMPARE(scalar(m_connection->database(), u"SELECT count(*) FROM conflict"_s), u"0"_s);
    const QList<DiscardedOutboxEntry> kept = m_outbox->discarded();
    QCOMPARE(kept.size(), 1);
    const DiscardedOutboxEntry &d = kept.first();
    QCOMPARE(d.outboxSeq, entry.seq);
    QCOMPARE(d.idempotencyKey, entry.idempotencyKey);
    QCOMPARE(d.entityType, entry.entityType);
    QCOMPARE(d.entityId, recordId);
    QCOMPARE(d.method, entry.method);
    QCOMPARE(d.path, entry.path);
    QCOMPARE(d.body, entry.body);
    QCOMPARE(d.createdAt, entry.createdAt);
    QCOMPARE(d.state, entry.state);
    QCOMPARE(d.reason, u"entered for the wrong citizen"_s);
    QCOMPARE(d.staffId, staff);
    QVERIFY(QDateTime::fromString(d.discardedAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(OutboxDescriber(m_connection->database()).describe(d), description);
}

void TestOutboxDiscard::refusals_data()
{
    QTest::addColumn<bool>("accessEntry");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal"); // a part of the sentence staff read

    QTest::newRow("the access log is the law's record") << true << u"mistake"_s << u"access log"_s;
    QTest::newRow("no reason") << false << QString() << u"Give a reason"_s;
    QTest::newRow("blanks are no reason") << false << u" \t\n "_s << u"Give a reason"_s;
    QTest::newRow("501 characters") << false << QString(501, u'x') << u"at most 500"_s;
}

void TestOutboxDiscard::refusals()
{
    QFETCH(bool, accessEntry);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);

    QString error;
    if (accessEntry) {
        AccessEntry a;
        a.citizenId = janId;
        a.action = AccessAction::OpenDossier;
        a.purpose = AccessPurpose::CounterVisit;
        RecordAccessCommand open(a);
        QVERIFY2(run(open, &error), qPrintable(error));
    } else {
        LogContactMomentCommand log(contactOnTheHub());
        QVERIFY2(run(log, &error), qPrintable(error));
    }
    const OutboxEntry entry = *m_outbox->entry(onlySeq());
    DiscardOutboxEntryCommand discard(entry, reason, staff);
    QVERIFY2(discard.refusal().contains(refusal), qPrintable(discard.refusal()));
    error.clear();
    QVERIFY(!run(discard, &error));
    QCOMPARE(m_outbox->openCount(), 1);
    QCOMPARE(scalar(m_connection->database(), u"SELECT count(*) FROM outbox_discard"_s), u"0"_s);
    QCOMPARE(scalar(m_connection->database(), accessEntry
                                                  ? u"SELECT count(*) FROM audit_entry"_s
                                                  : u"SELECT count(*) FROM contact_moment"_s),
             u"1"_s);
}

void TestOutboxDiscard::laterChangesAreDiscardedFirst()
{
    QString error;
    LogContactMomentCommand log(contactOnTheHub());
    QVERIFY2(run(log, &error), qPrintable(error));
    ContactMoment corrected = log.contact();
    corrected.outcome = u"corrected before it was sent"_s;
    CorrectContactMomentCommand correct(corrected);
    QVERIFY2(run(correct, &error), qPrintable(error));
    const QList<OutboxEntry> entries = m_outbox->entries();
    QCOMPARE(entries.size(), 2);

    // The create first: refused, naming the correction that builds on it; nothing changes.
    DiscardOutboxEntryCommand first(entries.at(0), u"wrong citizen"_s, staff);
    QVERIFY(!run(first, &error));
    QVERIFY2(first.refusal().contains(u"Correction of a contact moment for Jan Peeters"_s),
             qPrintable(first.refusal()));
    QCOMPARE(m_outbox->openCount(), 2);
    QCOMPARE(scalar(m_connection->database(), u"SELECT outcome FROM contact_moment"_s),
             u"corrected before it was sent"_s);

    // Newest first: the correction gives back the unsent original, then that goes too.
    DiscardOutboxEntryCommand second(entries.at(1), u"wrong citizen"_s, staff);
    QVERIFY2(run(second, &error), qPrintable(error));
    QCOMPARE(scalar(m_connection->database(), u"SELECT outcome FROM contact_moment"_s),
             u"form handed over"_s);
    DiscardOutboxEntryCommand again(entries.at(0), u"wrong citizen"_s, staff);
    QVERIFY2(run(again, &error), qPrintable(error));
    QCOMPARE(scalar(m_connection->database(), u"SELECT count(*) FROM contact_moment"_s), u"0"_s);
    QCOMPARE(m_outbox->discarded().size(), 2);

    // Discarding it once more finds nothing: refused in words, not a failure to retry.
    DiscardOutboxEntryCommand gone(entries.at(0), u"wrong citizen"_s, staff);
    QVERIFY(!run(gone, &error));
    QVERIFY2(gone.refusal().contains(u"no longer waiting"_s), qPrintable(gone.refusal()));
    QCOMPARE(m_outbox->discarded().size(), 2);
}

void TestOutboxDiscard::discardedEntriesCannotBeChanged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update the reason") << u"UPDATE outbox_discard SET reason = 'other'"_s;
    QTest::newRow("update the body") << u"UPDATE outbox_discard SET body = '{}'"_s;
    QTest::newRow("delete") << u"DELETE FROM outbox_discard"_s;
}

void TestOutboxDiscard::discardedEntriesCannotBeChanged()
{
    QFETCH(QString, sql);
    QString error;
    LogContactMomentCommand log(contactOnTheHub());
    QVERIFY2(run(log, &error), qPrintable(error));
    DiscardOutboxEntryCommand discard(*m_outbox->entry(onlySeq()), u"twice"_s, staff);
    QVERIFY2(run(discard, &error), qPrintable(error));
    const QList<DiscardedOutboxEntry> before = m_outbox->discarded();
    QCOMPARE(before.size(), 1);

    QSqlQuery q(m_connection->database());
    QVERIFY(!q.exec(sql));
    QVERIFY2(q.lastError().text().contains(u"discarded changes are kept"_s),
             qPrintable(q.lastError().text()));
    const QList<DiscardedOutboxEntry> after = m_outbox->discarded();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().reason, before.first().reason);
    QCOMPARE(after.first().body, before.first().body);
}

void TestOutboxDiscard::retryMakesAnEntryDue_data()
{
    QTest::addColumn<int>("state"); // OutboxEntry::State
    QTest::addColumn<bool>("retried");
    QTest::newRow("failed: refused by the hub") << int(OutboxEntry::State::Failed) << true;
    QTest::newRow("waiting for its backoff") << int(OutboxEntry::State::Pending) << true;
    QTest::newRow("in conflict: a person chooses instead")
        << int(OutboxEntry::State::Conflict) << false;
}

void TestOutboxDiscard::retryMakesAnEntryDue()
{
    QFETCH(int, state);
    QFETCH(bool, retried);
    QString error;
    LogContactMomentCommand log(contactOnTheHub());
    QVERIFY2(run(log, &error), qPrintable(error));
    const qint64 seq = onlySeq();
    const qint64 now = m_clock.nowMs();
    if (OutboxEntry::State(state) == OutboxEntry::State::Pending)
        QVERIFY(m_outbox->scheduleRetry(seq, 3, now + 3600 * 1000, 503, u"busy"_s));
    else
        QVERIFY(m_outbox->setState(seq, OutboxEntry::State(state), 422, u"refused"_s));
    QVERIFY(m_outbox->due(now).isEmpty());
    const int attempts = m_outbox->entry(seq)->attempts;

    RetryOutboxEntryCommand retry(*m_outbox->entry(seq));
    error.clear();
    QCOMPARE(run(retry, &error), retried);
    QCOMPARE(retry.refusal().isEmpty(), retried);
    const OutboxEntry after = *m_outbox->entry(seq);
    QCOMPARE(after.attempts, attempts); // the history of attempts stays
    if (retried) {
        QCOMPARE(after.state, OutboxEntry::State::Pending);
        QCOMPARE(after.nextAttemptAtMs, 0);
        const QList<OutboxEntry> due = m_outbox->due(now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().seq, seq);
    } else {
        QCOMPARE(after.state, OutboxEntry::State(state));
        QVERIFY(m_outbox->due(now).isEmpty());
    }
}

void TestOutboxDiscard::storeReportsRefusalAndDiscard()
{
    // Through the store as the outbox view uses it; no hub: the store is never signed in.
    cleanup();
    StoreOptions o;
    o.path = m_path;
    o.useNetworkInformation = false;
    auto store = kit::openStore(o);
    QVERIFY(store);
    QSignalSpy refused(store.get(), &Store::writeRefused);
    QSignalSpy failed(store.get(), &Store::writeFailed);
    QSignalSpy changed(store.get(), &Store::recordsChanged);
    AccessEntry a;
    a.citizenId = janId;
    a.action = AccessAction::OpenDossier;
    store->recordAccess(a);
    const QString contactId = store->logContactMoment(contactOnTheHub());
    QTRY_COMPARE(store->pendingCount(), 2);

    Connection reader(u"reader"_s);
    QVERIFY(reader.open(m_path, Connection::Mode::ReadOnly));
    const QList<OutboxEntry> entries = Outbox(reader.database()).entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).entityType, u"access_entry"_s);

    store->discardOutboxEntry(entries.at(0), u"opened by mistake"_s);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).value<RecordType>(), RecordType::AccessEntry);
    QVERIFY(refused.first().at(2).toString().contains(u"access log"_s));
    QCOMPARE(store->unsavedCount(), 0);

    changed.clear();
    store->discardOutboxEntry(entries.at(1), u"entered twice"_s);
    QTRY_COMPARE(store->pendingCount(), 1);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<RecordType>(), RecordType::ContactMoment);
    QCOMPARE(changed.first().at(1).toStringList(), QStringList{contactId});
    QVERIFY(failed.isEmpty());
    QCOMPARE(refused.size(), 1);
    const QList<DiscardedOutboxEntry> kept = Outbox(reader.database()).discarded();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().entityId, contactId);
    QCOMPARE(kept.first().reason, u"entered twice"_s);
}

QTEST_GUILESS_MAIN(TestOutboxDiscard)
#include "tst_outboxdiscard.moc"
