// Document actions in the cache (issue 5, item 3): the kind codes, the wire form, the rules on
// reason and document, the command that writes the row and its outbox entry together (or
// nothing), and the feed's upserts and tombstones next to a row still waiting for the hub.

#include "../integration/synctestkit.h"
#include "model/documentaction.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/repositories.h"
#include "store/store.h"
#include "store/storecommand.h"
#include "sync/changeapplier.h"
#include "sync/changefeed.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::DocumentActionKind)
Q_DECLARE_METATYPE(loket::DocumentActionProblem)

namespace {

const QString citizenId = u"0f7b2a1c-0000-4000-8000-000000000001"_s;
const QString documentId = u"0f7b2a1c-0000-4000-8000-0000000000d1"_s;

DocumentAction actionOf(DocumentActionKind kind, const QString &document, const QString &reason)
{
    DocumentAction a;
    a.citizenId = citizenId;
    a.documentId = document;
    a.kind = kind;
    a.reason = reason;
    return a;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

// One page of the feed holding `changes`, as the hub sends it.
QByteArray page(const QJsonArray &changes)
{
    return QJsonDocument(
               QJsonObject{{u"changes"_s, changes}, {u"cursor"_s, u"42"_s}, {u"more"_s, false}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject upsertOf(const DocumentAction &a)
{
    return QJsonObject{{u"type"_s, u"document_action"_s},
                       {u"op"_s, u"upsert"_s},
                       {u"id"_s, a.id},
                       {u"version"_s, a.version},
                       {u"data"_s, wire::toJson(a)}};
}

} // namespace

class TestDocumentAction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void codesRoundTrip_data();
    void codesRoundTrip();
    void unknownCodeIsRefused();
    void wireRoundTrip_data();
    void wireRoundTrip();
    void wireRefusesBadRecords_data();
    void wireRefusesBadRecords();
    void validation_data();
    void validation();

    void commandWritesRowAndOutboxEntry_data();
    void commandWritesRowAndOutboxEntry();
    void refusedCommandWritesNothing_data();
    void refusedCommandWritesNothing();
    void failedOutboxWriteLeavesNoRow();
    void feedUpsertsAndTombstones();

private:
    std::unique_ptr<Store> openStore(const QString &path);
    QTemporaryDir m_dir;
    int m_caches = 0;
};

void TestDocumentAction::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Store> TestDocumentAction::openStore(const QString &path)
{
    // No hub here: the store is never signed in, so the outbox keeps what the commands write.
    StoreOptions o;
    o.path = path;
    o.useNetworkInformation = false;
    return kit::openStore(o);
}

void TestDocumentAction::codesRoundTrip_data()
{
    QTest::addColumn<DocumentActionKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("needsReason");
    QTest::addColumn<bool>("needsDocument");
    QTest::newRow("paper copy") << DocumentActionKind::PaperCopy << u"paper_copy"_s << true << true;
    QTest::newRow("resend") << DocumentActionKind::Resend << u"resend"_s << true << true;
    QTest::newRow("explained") << DocumentActionKind::Explained << u"explained"_s << false << true;
    QTest::newRow("ebox activation help")
        << DocumentActionKind::EboxActivationHelp << u"ebox_activation_help"_s << false << false;
}

void TestDocumentAction::codesRoundTrip()
{
    QFETCH(DocumentActionKind, kind);
    QFETCH(QString, code);
    QFETCH(bool, needsReason);
    QFETCH(bool, needsDocument);
    QCOMPARE(documentActionKindCode(kind), code);
    QCOMPARE(documentActionKindFromCode(code), std::optional<DocumentActionKind>(kind));
    QCOMPARE(documentActionNeedsReason(kind), needsReason);
    QCOMPARE(documentActionNeedsDocument(kind), needsDocument);
}

void TestDocumentAction::unknownCodeIsRefused()
{
    for (const QString &code : {u""_s, u"Paper_Copy"_s, u"paper copy"_s, u"ebox"_s, u"resend "_s})
        QVERIFY2(!documentActionKindFromCode(code), qPrintable(code));
}

void TestDocumentAction::wireRoundTrip_data()
{
    QTest::addColumn<DocumentActionKind>("kind");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("reason");
    QTest::newRow("paper copy") << DocumentActionKind::PaperCopy << documentId
                                << u"Brievenbus kapot, wil een kopie op papier"_s;
    QTest::newRow("resend") << DocumentActionKind::Resend << documentId
                            << u"Adres verbeterd: « rue de l'Église » 12"_s;
    QTest::newRow("explained") << DocumentActionKind::Explained << documentId << QString();
    QTest::newRow("ebox activation help")
        << DocumentActionKind::EboxActivationHelp << QString() << u"met itsme"_s;
}

void TestDocumentAction::wireRoundTrip()
{
    QFETCH(DocumentActionKind, kind);
    QFETCH(QString, document);
    QFETCH(QString, reason);
    DocumentAction a = actionOf(kind, document, reason);
    a.id = u"7d0c8a52-1b7e-4c1e-9a55-2f6f7e0c0a01"_s;
    a.staffId = u"s-17"_s;
    a.municipalityNis = u"24062"_s;
    a.occurredAt = u"2026-03-20T09:41:00.000Z"_s;
    a.version = 3;
    a.updatedAt = u"2026-03-20T09:41:02.120Z"_s;
    const QJsonObject json = wire::toJson(a);
    QCOMPARE(json.value(u"kind"_s).toString(), documentActionKindCode(kind));
    QCOMPARE(json.value(u"document_id"_s).toString(), document);
    QVERIFY(json.value(u"document_id"_s).isString()); // "" rather than null when empty
    QString error;
    // Through text, as over the network.
    const auto back = wire::documentActionFromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, a.id);
    QCOMPARE(back->citizenId, a.citizenId);
    QCOMPARE(back->documentId, a.documentId);
    QCOMPARE(back->kind, a.kind);
    QCOMPARE(back->reason, a.reason);
    QCOMPARE(back->staffId, a.staffId);
    QCOMPARE(back->municipalityNis, a.municipalityNis);
    QCOMPARE(back->occurredAt, a.occurredAt);
    QCOMPARE(back->version, a.version);
    QCOMPARE(back->updatedAt, a.updatedAt);
    QCOMPARE(wire::toJson(*back), json);
}

void TestDocumentAction::wireRefusesBadRecords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::newRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no citizen") << u"citizen_id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("unknown kind") << u"kind"_s << QJsonValue(u"reprint"_s);
    QTest::newRow("no kind") << u"kind"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("reason a number") << u"reason"_s << QJsonValue(7);
    QTest::newRow("document a list") << u"document_id"_s << QJsonValue(QJsonArray{1});
    QTest::newRow("no time") << u"occurred_at"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("version text") << u"version"_s << QJsonValue(u"2"_s);
}

void TestDocumentAction::wireRefusesBadRecords()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    DocumentAction a = actionOf(DocumentActionKind::Resend, documentId, u"verhuisd"_s);
    a.id = u"7d0c8a52-1b7e-4c1e-9a55-2f6f7e0c0a02"_s;
    a.occurredAt = u"2026-03-20T09:41:00Z"_s;
    QJsonObject json = wire::toJson(a);
    QString error;
    QVERIFY2(wire::documentActionFromJson(json, &error), qPrintable(error));
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QVERIFY(!wire::documentActionFromJson(json, &error));
    QVERIFY2(error.contains(u"\""_s + field + u"\""_s), qPrintable(error));
}

void TestDocumentAction::validation_data()
{
    QTest::addColumn<DocumentActionKind>("kind");
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<DocumentActionProblem>("problem");
    QTest::addColumn<QString>("field");
    using K = DocumentActionKind;
    using P = DocumentActionProblem;
    const QString max(documentActionReasonMaxLength, u'x');
    const QString emoji = u"\U0001F4EC"_s; // two UTF-16 units, one character
    QTest::newRow("paper copy with reason")
        << K::PaperCopy << citizenId << documentId << u"geen eBox"_s << P::None << QString();
    QTest::newRow("paper copy without reason")
        << K::PaperCopy << citizenId << documentId << QString() << P::MissingReason << u"reason"_s;
    QTest::newRow("resend with a blank reason")
        << K::Resend << citizenId << documentId << u" \t\n"_s << P::MissingReason << u"reason"_s;
    QTest::newRow("resend, reason at the limit")
        << K::Resend << citizenId << documentId << max << P::None << QString();
    QTest::newRow("resend, reason one over")
        << K::Resend << citizenId << documentId << max + u'x' << P::ReasonTooLong << u"reason"_s;
    QTest::newRow("reason of 500 two-unit characters")
        << K::Resend << citizenId << documentId << emoji.repeated(documentActionReasonMaxLength)
        << P::None << QString();
    QTest::newRow("reason of 501 two-unit characters")
        << K::Resend << citizenId << documentId << emoji.repeated(documentActionReasonMaxLength + 1)
        << P::ReasonTooLong << u"reason"_s;
    QTest::newRow("explained without reason")
        << K::Explained << citizenId << documentId << QString() << P::None << QString();
    QTest::newRow("explained with an over-long note")
        << K::Explained << citizenId << documentId << max + u'x' << P::ReasonTooLong << u"reason"_s;
    QTest::newRow("explained without document")
        << K::Explained << citizenId << QString() << QString() << P::MissingDocument
        << u"document_id"_s;
    QTest::newRow("paper copy without document")
        << K::PaperCopy << citizenId << u"  "_s << u"kwijt"_s << P::MissingDocument
        << u"document_id"_s;
    QTest::newRow("ebox help without document ok")
        << K::EboxActivationHelp << citizenId << QString() << QString() << P::None << QString();
    QTest::newRow("ebox help with a document")
        << K::EboxActivationHelp << citizenId << documentId << QString() << P::UnexpectedDocument
        << u"document_id"_s;
    QTest::newRow("no citizen") << K::Explained << QString() << documentId << QString()
                                << P::MissingCitizen << u"citizen_id"_s;
}

void TestDocumentAction::validation()
{
    QFETCH(DocumentActionKind, kind);
    QFETCH(QString, citizen);
    QFETCH(QString, document);
    QFETCH(QString, reason);
    QFETCH(DocumentActionProblem, problem);
    QFETCH(QString, field);
    DocumentAction a = actionOf(kind, document, reason);
    a.citizenId = citizen;
    QCOMPARE(documentActionProblem(a), problem);
    QCOMPARE(documentActionProblemField(problem), field);
    QCOMPARE(documentActionProblemText(problem).isEmpty(), problem == DocumentActionProblem::None);
    if (problem == DocumentActionProblem::ReasonTooLong)
        QVERIFY(documentActionProblemText(problem).contains(u"500"_s));
    // The command refuses exactly what the rules refuse.
    const RecordDocumentActionCommand command(a);
    QCOMPARE(command.refusal(), documentActionProblemText(problem));
}

void TestDocumentAction::commandWritesRowAndOutboxEntry_data()
{
    QTest::addColumn<DocumentActionKind>("kind");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("reason");
    QTest::newRow("paper copy") << DocumentActionKind::PaperCopy << documentId
                                << u"Geen computer thuis"_s;
    QTest::newRow("resend") << DocumentActionKind::Resend << documentId << u"Nieuw adres"_s;
    QTest::newRow("explained") << DocumentActionKind::Explained << documentId << QString();
    QTest::newRow("ebox activation help")
        << DocumentActionKind::EboxActivationHelp << QString() << QString();
}

void TestDocumentAction::commandWritesRowAndOutboxEntry()
{
    QFETCH(DocumentActionKind, kind);
    QFETCH(QString, document);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    {
        auto store = openStore(path);
        QVERIFY(store);
        QSignalSpy changed(store.get(), &Store::recordsChanged);
        QSignalSpy failed(store.get(), &Store::writeFailed);
        DocumentAction a = actionOf(kind, document, reason);
        a.staffId = u"s-3"_s;
        a.municipalityNis = u"24062"_s;
        const QString id = store->recordDocumentAction(a);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
        QCOMPARE(changed.first().at(0).value<RecordType>(), RecordType::DocumentAction);
        QCOMPARE(changed.first().at(1).toStringList(), QStringList{id});
        QCOMPARE(store->unsavedCount(), 0);
    } // closed: what follows is read from the file

    Connection connection(u"check"_s);
    QVERIFY2(connection.open(path), qPrintable(connection.errorString()));
    const QList<DocumentAction> rows =
        CacheReader(connection.database()).documentActionsFor(citizenId);
    QCOMPARE(rows.size(), 1);
    const DocumentAction &row = rows.first();
    QCOMPARE(row.kind, kind);
    QCOMPARE(row.documentId, document);
    QCOMPARE(row.reason, reason);
    QCOMPARE(row.staffId, u"s-3"_s);
    QCOMPARE(row.version, 0); // not yet confirmed by the hub
    QVERIFY(row.occurredAt.endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(row.occurredAt, Qt::ISODateWithMs).isValid());

    Outbox outbox(connection.database());
    QCOMPARE(outbox.openCount(), 1);
    const QList<OutboxEntry> entries = outbox.entriesFor(u"document_action"_s, row.id);
    QCOMPARE(entries.size(), 1);
    const OutboxEntry &entry = entries.first();
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.path, u"/api/v1/document-actions"_s);
    QCOMPARE(entry.dependsOn, u"citizen:"_s + citizenId);
    QVERIFY(QUuid::fromString(entry.idempotencyKey).version() == QUuid::Random);
    QString error;
    const auto sent =
        wire::documentActionFromJson(QJsonDocument::fromJson(entry.body).object(), &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->id, row.id);
    QCOMPARE(sent->kind, kind);
    QCOMPARE(sent->documentId, document);
    QCOMPARE(sent->reason, reason);
    QCOMPARE(sent->occurredAt, row.occurredAt);
    QCOMPARE(sent->version, 0);
}

void TestDocumentAction::refusedCommandWritesNothing_data()
{
    QTest::addColumn<DocumentActionKind>("kind");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing reason") << DocumentActionKind::PaperCopy << documentId << QString();
    QTest::newRow("too long") << DocumentActionKind::Resend << documentId
                              << QString(documentActionReasonMaxLength + 1, u'r');
    QTest::newRow("missing document") << DocumentActionKind::Explained << QString() << QString();
    QTest::newRow("ebox help with a document")
        << DocumentActionKind::EboxActivationHelp << documentId << QString();
}

void TestDocumentAction::refusedCommandWritesNothing()
{
    QFETCH(DocumentActionKind, kind);
    QFETCH(QString, document);
    QFETCH(QString, reason);
    const DocumentAction a = actionOf(kind, document, reason);
    const QString expected = documentActionProblemText(documentActionProblem(a));
    QVERIFY(!expected.isEmpty());
    const QString path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    {
        auto store = openStore(path);
        QVERIFY(store);
        QSignalSpy changed(store.get(), &Store::recordsChanged);
        QSignalSpy failed(store.get(), &Store::writeFailed);
        QSignalSpy refused(store.get(), &Store::writeRefused);
        QVERIFY(store->recordDocumentAction(a).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
        QCOMPARE(refused.first().at(0).value<RecordType>(), RecordType::DocumentAction);
        QCOMPARE(refused.first().at(2).toString(), expected);
        QVERIFY(failed.isEmpty()); // not a failed write that will be tried again
        QVERIFY(changed.isEmpty());
        QCOMPARE(store->unsavedCount(), 0); // never retried: trying again cannot help
    }

    // The command itself refuses too, inside a transaction, when handed over directly.
    Connection connection(u"direct"_s);
    QVERIFY2(connection.open(path), qPrintable(connection.errorString()));
    CacheWriter writer(connection);
    Outbox outbox(connection.database());
    SystemClock clock;
    StoreContext context{connection, writer, outbox, clock};
    RecordDocumentActionCommand command(a);
    {
        WriteTransaction tx(connection.database());
        QVERIFY(tx.isActive());
        QString error;
        QVERIFY(!command.apply(context, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    } // rolled back
    QCOMPARE(scalar(connection.database(), u"SELECT count(*) FROM document_action"_s), u"0"_s);
    QCOMPARE(scalar(connection.database(), u"SELECT count(*) FROM outbox"_s), u"0"_s);
}

void TestDocumentAction::failedOutboxWriteLeavesNoRow()
{
    const QString path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    auto store = openStore(path);
    QVERIFY(store);
    // A second connection makes the outbox refuse every entry, as a full disk would.
    Connection saboteur(u"saboteur"_s);
    QVERIFY2(saboteur.open(path), qPrintable(saboteur.errorString()));
    QSqlQuery q(saboteur.database());
    QVERIFY(q.exec(u"CREATE TRIGGER outbox_refuses BEFORE INSERT ON outbox"
                   " BEGIN SELECT RAISE(ABORT, 'outbox refused for the test'); END"_s));

    QSignalSpy changed(store.get(), &Store::recordsChanged);
    QSignalSpy failed(store.get(), &Store::writeFailed);
    const QString id = store->recordDocumentAction(
        actionOf(DocumentActionKind::Resend, documentId, u"Terug naar afzender"_s));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(failed.first().at(3).toString().contains(u"outbox refused"_s),
             qPrintable(failed.first().at(3).toString()));
    QVERIFY(changed.isEmpty());
    // The row went back with the failed entry: both or neither.
    QCOMPARE(scalar(saboteur.database(), u"SELECT count(*) FROM document_action"_s), u"0"_s);
    QCOMPARE(scalar(saboteur.database(), u"SELECT count(*) FROM outbox"_s), u"0"_s);
    QCOMPARE(store->unsavedCount(), 1); // kept: this failure can pass

    // Once the outbox accepts entries again, the retry writes both.
    QVERIFY(q.exec(u"DROP TRIGGER outbox_refuses"_s));
    store->retryUnsaved();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
    QCOMPARE(store->unsavedCount(), 0);
    QCOMPARE(scalar(saboteur.database(),
                    u"SELECT count(*) FROM document_action WHERE id = '%1'"_s.arg(id)),
             u"1"_s);
    QCOMPARE(scalar(saboteur.database(),
                    u"SELECT count(*) FROM outbox WHERE entity_id = '%1'"_s.arg(id)),
             u"1"_s);
}

void TestDocumentAction::feedUpsertsAndTombstones()
{
    const QString path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    Connection connection(u"feed"_s);
    QVERIFY2(connection.open(path), qPrintable(connection.errorString()));
    CacheWriter writer(connection);
    Outbox outbox(connection.database());
    SystemClock clock;
    ChangeApplier applier(connection, writer, outbox);
    auto apply = [&](const QJsonArray &changes) {
        QString error;
        const auto parsed = parseChangePage(page(changes), &error);
        if (!parsed)
            return u"parse: "_s + error;
        WriteTransaction tx(connection.database());
        ChangeApplier::Stats stats;
        if (!applier.apply(*parsed, ChangeApplier::Mode::Incremental, &stats) || !tx.commit())
            return applier.errorString() + tx.errorString();
        return QString();
    };
    const CacheReader reader(connection.database());

    // Another client's action arrives through the feed.
    DocumentAction theirs = actionOf(DocumentActionKind::PaperCopy, documentId, u"blind"_s);
    theirs.id = u"7d0c8a52-1b7e-4c1e-9a55-2f6f7e0c0a10"_s;
    theirs.staffId = u"s-9"_s;
    theirs.occurredAt = u"2026-03-21T10:00:00.000Z"_s;
    theirs.version = 1;
    theirs.updatedAt = u"2026-03-21T10:00:01.000Z"_s;
    QCOMPARE(apply({upsertOf(theirs)}), QString());

    // One made here, still waiting for the hub.
    DocumentAction mine = actionOf(DocumentActionKind::Explained, documentId, u"aan de balie"_s);
    mine.occurredAt = u"2026-03-20T09:00:00.000Z"_s; // earlier: listed first
    RecordDocumentActionCommand command(mine);
    {
        StoreContext context{connection, writer, outbox, clock};
        WriteTransaction tx(connection.database());
        QString error;
        QVERIFY2(command.apply(context, &error) && tx.commit(), qPrintable(error));
    }
    QList<DocumentAction> rows = reader.documentActionsFor(citizenId);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, command.action().id); // oldest first
    QCOMPARE(rows.at(1).id, theirs.id);
    QCOMPARE(rows.at(1).reason, u"blind"_s);
    QCOMPARE(rows.at(1).version, 1);

    // The feed does not overwrite a row whose POST waits in the outbox.
    DocumentAction echoed = command.action();
    echoed.reason = u"as the hub has it"_s;
    echoed.version = 1;
    QCOMPARE(apply({upsertOf(echoed)}), QString());
    rows = reader.documentActionsFor(citizenId);
    QCOMPARE(rows.at(0).reason, u"aan de balie"_s);
    QCOMPARE(rows.at(0).version, 0);
    // Once the hub has answered (the entry is gone), it does.
    QVERIFY(outbox.removeAllFor(u"document_action"_s, command.action().id));
    QCOMPARE(apply({upsertOf(echoed)}), QString());
    rows = reader.documentActionsFor(citizenId);
    QCOMPARE(rows.at(0).reason, u"as the hub has it"_s);
    QCOMPARE(rows.at(0).version, 1);

    // A tombstone removes one action; a citizen's tombstone removes the rest with the dossier.
    QCOMPARE(apply({QJsonObject{{u"type"_s, u"document_action"_s},
                                {u"op"_s, u"delete"_s},
                                {u"id"_s, theirs.id},
                                {u"version"_s, 1},
                                {u"reason"_s, u"moved"_s}}}),
             QString());
    rows = reader.documentActionsFor(citizenId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, command.action().id);
    QCOMPARE(apply({QJsonObject{{u"type"_s, u"citizen"_s},
                                {u"op"_s, u"delete"_s},
                                {u"id"_s, citizenId},
                                {u"version"_s, 4},
                                {u"reason"_s, u"erased"_s}}}),
             QString());
    QVERIFY(reader.documentActionsFor(citizenId).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentAction)
#include "tst_documentaction.moc"
