// The access log in the cache (issue 7, item 5; DESIGN §8): the purpose and action codes, the
// wire form, the default purpose per role, the append-only triggers of migration 5 (only the
// hub's version may be set, once), and the command that writes the row and its outbox entry
// together or not at all.

#include "../integration/synctestkit.h"
#include "model/accessentry.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/storecommand.h"
#include "sync/changefeed.h"
#include "sync/clock.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

Q_DECLARE_METATYPE(loket::AccessPurpose)
Q_DECLARE_METATYPE(loket::AccessAction)

namespace {

const QString citizenId = u"0f7b2a1c-0000-4000-8000-000000000001"_s;
const QString entryId = u"0f7b2a1c-0000-4000-8000-0000000000a1"_s;

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

AccessEntry sampleEntry()
{
    AccessEntry e;
    e.id = entryId;
    e.staffId = u"s-7"_s;
    e.citizenId = citizenId;
    e.action = AccessAction::OpenDossier;
    e.purpose = AccessPurpose::CounterVisit;
    e.municipalityNis = u"24062"_s;
    e.occurredAt = u"2026-03-02T09:15:00.000Z"_s;
    return e;
}

} // namespace

class TestAccessEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void purposeCodes_data();
    void purposeCodes();
    void actionCodes_data();
    void actionCodes();
    void unknownCodesAreRefused();
    void defaultPurpose_data();
    void defaultPurpose();
    void wireRoundTrip_data();
    void wireRoundTrip();
    void wireRefusesBadEntries_data();
    void wireRefusesBadEntries();
    void feedNeverDeliversTheLog();

    void updateOfAnyOtherColumnFails_data();
    void updateOfAnyOtherColumnFails();
    void deleteFails();
    void versionIsSetOnce();
    void removingTheCitizenKeepsTheLog();

    void commandWritesRowAndOutboxEntry();
    void failedOutboxWriteLeavesNoRow();

private:
    // A cache at the latest schema with one entry at version 0.
    std::unique_ptr<Connection> cacheWithOneEntry(const QString &name);

    QTemporaryDir m_dir;
    int m_caches = 0;
};

void TestAccessEntry::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Connection> TestAccessEntry::cacheWithOneEntry(const QString &name)
{
    auto connection = std::make_unique<Connection>(name);
    if (!connection->open(m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches))))
        return nullptr;
    CacheWriter writer(*connection);
    if (!writer.insert(sampleEntry()))
        return nullptr;
    return connection;
}

void TestAccessEntry::purposeCodes_data()
{
    QTest::addColumn<AccessPurpose>("purpose");
    QTest::addColumn<QString>("code");
    QTest::newRow("counter") << AccessPurpose::CounterVisit << u"counter_visit"_s;
    QTest::newRow("home") << AccessPurpose::HomeVisit << u"home_visit"_s;
    QTest::newRow("helpdesk") << AccessPurpose::HelpdeskCall << u"helpdesk_call"_s;
    QTest::newRow("follow up") << AccessPurpose::FollowUp << u"follow_up"_s;
    QTest::newRow("other") << AccessPurpose::Other << u"other"_s;
}

void TestAccessEntry::purposeCodes()
{
    QFETCH(AccessPurpose, purpose);
    QFETCH(QString, code);
    QCOMPARE(accessPurposeCode(purpose), code);
    QCOMPARE(accessPurposeFromCode(code), std::optional<AccessPurpose>(purpose));
}

void TestAccessEntry::actionCodes_data()
{
    QTest::addColumn<AccessAction>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("open") << AccessAction::OpenDossier << u"open_dossier"_s;
    QTest::newRow("reveal") << AccessAction::RevealNationalNumber << u"reveal_national_number"_s;
}

void TestAccessEntry::actionCodes()
{
    QFETCH(AccessAction, action);
    QFETCH(QString, code);
    QCOMPARE(accessActionCode(action), code);
    QCOMPARE(accessActionFromCode(code), std::optional<AccessAction>(action));
}

void TestAccessEntry::unknownCodesAreRefused()
{
    QVERIFY(!accessPurposeFromCode(u"Counter_Visit"));
    QVERIFY(!accessPurposeFromCode(u""));
    QVERIFY(!accessActionFromCode(u"open"));
    QVERIFY(!accessActionFromCode(u""));
}

void TestAccessEntry::defaultPurpose_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<AccessPurpose>("purpose");
    QTest::newRow("counter") << u"counter"_s << AccessPurpose::CounterVisit;
    QTest::newRow("outreach") << u"outreach"_s << AccessPurpose::HomeVisit;
    QTest::newRow("helpdesk") << u"helpdesk"_s << AccessPurpose::HelpdeskCall;
    QTest::newRow("manager") << u"manager"_s << AccessPurpose::Other;
    QTest::newRow("admin") << u"admin"_s << AccessPurpose::Other;
    QTest::newRow("empty") << QString() << AccessPurpose::Other;
    QTest::newRow("case matters") << u"Counter"_s << AccessPurpose::Other;
}

void TestAccessEntry::defaultPurpose()
{
    QFETCH(QString, role);
    QFETCH(AccessPurpose, purpose);
    QCOMPARE(defaultPurposeForRole(role), purpose);
}

void TestAccessEntry::wireRoundTrip_data()
{
    QTest::addColumn<AccessAction>("action");
    QTest::addColumn<AccessPurpose>("purpose");
    QTest::addColumn<qint64>("version");
    QTest::newRow("open, counter, new")
        << AccessAction::OpenDossier << AccessPurpose::CounterVisit << qint64(0);
    QTest::newRow("reveal, helpdesk, stored")
        << AccessAction::RevealNationalNumber << AccessPurpose::HelpdeskCall << qint64(1);
    QTest::newRow("open, follow up")
        << AccessAction::OpenDossier << AccessPurpose::FollowUp << qint64(3);
}

void TestAccessEntry::wireRoundTrip()
{
    QFETCH(AccessAction, action);
    QFETCH(AccessPurpose, purpose);
    QFETCH(qint64, version);
    AccessEntry e = sampleEntry();
    e.action = action;
    e.purpose = purpose;
    e.version = version;
    const QJsonObject json = wire::toJson(e);
    QCOMPARE(json.value(u"action"_s).toString(), accessActionCode(action));
    QCOMPARE(json.value(u"purpose"_s).toString(), accessPurposeCode(purpose));
    QString error;
    const auto back = wire::accessEntryFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, e.id);
    QCOMPARE(back->staffId, e.staffId);
    QCOMPARE(back->citizenId, e.citizenId);
    QCOMPARE(back->action, action);
    QCOMPARE(back->purpose, purpose);
    QCOMPARE(back->municipalityNis, e.municipalityNis);
    QCOMPARE(back->occurredAt, e.occurredAt);
    QCOMPARE(back->version, version);
}

void TestAccessEntry::wireRefusesBadEntries_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << u"id"_s << QJsonValue();
    QTest::newRow("no citizen") << u"citizen_id"_s << QJsonValue(u""_s);
    QTest::newRow("unknown action") << u"action"_s << QJsonValue(u"print"_s);
    QTest::newRow("unknown purpose") << u"purpose"_s << QJsonValue(u"curiosity"_s);
    QTest::newRow("no purpose") << u"purpose"_s << QJsonValue();
    QTest::newRow("no time") << u"occurred_at"_s << QJsonValue();
}

void TestAccessEntry::wireRefusesBadEntries()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = wire::toJson(sampleEntry());
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QString error;
    QVERIFY(!wire::accessEntryFromJson(json, &error));
    QVERIFY2(error.contains(u'"' + field + u'"'), qPrintable(error));
}

void TestAccessEntry::feedNeverDeliversTheLog()
{
    // A hub that sent the log anyway: the entry is passed over like an unknown type.
    const QJsonObject change{{u"type"_s, u"access_entry"_s},
                             {u"op"_s, u"upsert"_s},
                             {u"id"_s, entryId},
                             {u"version"_s, 1},
                             {u"data"_s, wire::toJson(sampleEntry())}};
    const QByteArray json = QJsonDocument(QJsonObject{{u"changes"_s, QJsonArray{change}},
                                                      {u"cursor"_s, u"7"_s},
                                                      {u"more"_s, false}})
                                .toJson(QJsonDocument::Compact);
    QString error;
    const auto page = parseChangePage(json, &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(page->changes.isEmpty());
    QCOMPARE(page->unknownTypes, 1);
}

void TestAccessEntry::updateOfAnyOtherColumnFails_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("local_id") << u"local_id = 99"_s;
    QTest::newRow("id") << u"id = 'another'"_s;
    QTest::newRow("staff_id") << u"staff_id = 's-8'"_s;
    QTest::newRow("citizen_id") << u"citizen_id = 'someone-else'"_s;
    QTest::newRow("action") << u"action = 'reveal_national_number'"_s;
    QTest::newRow("purpose") << u"purpose = 'other'"_s;
    QTest::newRow("municipality_nis") << u"municipality_nis = '11002'"_s;
    QTest::newRow("occurred_at") << u"occurred_at = '2026-03-02T10:00:00.000Z'"_s;
    QTest::newRow("version with another column") << u"version = 5, purpose = 'other'"_s;
    QTest::newRow("version back to 0 from 0") << u"version = 0"_s;
    QTest::newRow("version negative") << u"version = -1"_s;
}

void TestAccessEntry::updateOfAnyOtherColumnFails()
{
    QFETCH(QString, assignment);
    const auto connection = cacheWithOneEntry(u"update"_s);
    QVERIFY(connection);
    QSqlQuery q(connection->database());
    // Test text, not user input: the assignment is one of the rows above.
    QVERIFY(!q.exec(u"UPDATE audit_entry SET "_s + assignment));
    QCOMPARE(q.lastError().databaseText(), u"the access log is append-only"_s);
    QCOMPARE(
        scalar(connection->database(),
               u"SELECT staff_id || '|' || citizen_id || '|' || action || '|' || purpose"
               " || '|' || municipality_nis || '|' || occurred_at || '|' || version"
               " FROM audit_entry"_s),
        u"s-7|%1|open_dossier|counter_visit|24062|2026-03-02T09:15:00.000Z|0"_s.arg(citizenId));
}

void TestAccessEntry::deleteFails()
{
    const auto connection = cacheWithOneEntry(u"delete"_s);
    QVERIFY(connection);
    QSqlQuery q(connection->database());
    QVERIFY(!q.exec(u"DELETE FROM audit_entry"_s));
    QCOMPARE(q.lastError().databaseText(), u"the access log is append-only"_s);
    QVERIFY(!q.exec(u"DELETE FROM audit_entry WHERE id = '%1'"_s.arg(entryId)));
    QCOMPARE(q.lastError().databaseText(), u"the access log is append-only"_s);
    // A REPLACE deletes the old row first: refused just the same (no second row, no loss).
    QVERIFY(
        !q.exec(u"INSERT OR REPLACE INTO audit_entry(id, citizen_id, action, purpose,"
                " occurred_at) VALUES ('%1', 'x', 'open_dossier', 'other', 'now')"_s.arg(entryId)));
    QCOMPARE(q.lastError().databaseText(), u"the access log is append-only"_s);
    QCOMPARE(scalar(connection->database(), u"SELECT count(*) FROM audit_entry"_s), u"1"_s);
}

void TestAccessEntry::versionIsSetOnce()
{
    const auto connection = cacheWithOneEntry(u"version"_s);
    QVERIFY(connection);
    CacheWriter writer(*connection);
    QVERIFY2(writer.setAccessEntryVersion(entryId, 1), qPrintable(writer.errorString()));
    QCOMPARE(scalar(connection->database(), u"SELECT version FROM audit_entry"_s), u"1"_s);
    // A replayed answer finds the version set: the writer changes nothing and fails nothing.
    QVERIFY2(writer.setAccessEntryVersion(entryId, 1), qPrintable(writer.errorString()));
    // Once delivered, the version is as fixed as the rest.
    QSqlQuery q(connection->database());
    QVERIFY(!q.exec(u"UPDATE audit_entry SET version = 2"_s));
    QCOMPARE(q.lastError().databaseText(), u"the access log is append-only"_s);
    QVERIFY(!q.exec(u"UPDATE audit_entry SET version = 0"_s));
    QCOMPARE(scalar(connection->database(), u"SELECT version FROM audit_entry"_s), u"1"_s);
}

void TestAccessEntry::removingTheCitizenKeepsTheLog()
{
    const auto connection = cacheWithOneEntry(u"citizen"_s);
    QVERIFY(connection);
    CacheWriter writer(*connection);
    QVERIFY2(writer.removeCitizen(citizenId), qPrintable(writer.errorString()));
    QCOMPARE(scalar(connection->database(),
                    u"SELECT count(*) FROM audit_entry WHERE citizen_id = '%1'"_s.arg(citizenId)),
             u"1"_s);
}

void TestAccessEntry::commandWritesRowAndOutboxEntry()
{
    Connection connection(u"command"_s);
    QVERIFY2(connection.open(m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches))),
             qPrintable(connection.errorString()));
    CacheWriter writer(connection);
    Outbox outbox(connection.database());
    SystemClock clock;
    StoreContext context{connection, writer, outbox, clock};
    AccessEntry e = sampleEntry();
    e.id.clear();
    e.occurredAt.clear();
    e.action = AccessAction::RevealNationalNumber;
    e.purpose = AccessPurpose::HomeVisit;
    e.version = 7; // ignored: the hub assigns it
    RecordAccessCommand command(e);
    {
        WriteTransaction tx(connection.database());
        QVERIFY(tx.isActive());
        QString error;
        QVERIFY2(command.apply(context, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const QString id = command.recordId();
    QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
    QCOMPARE(scalar(connection.database(),
                    u"SELECT action || '|' || purpose || '|' || staff_id || '|' || version"
                    " FROM audit_entry WHERE id = '%1'"_s.arg(id)),
             u"reveal_national_number|home_visit|s-7|0"_s);
    const QString occurredAt =
        scalar(connection.database(), u"SELECT occurred_at FROM audit_entry"_s);
    QVERIFY(occurredAt.endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(occurredAt, Qt::ISODateWithMs).isValid());

    const QList<OutboxEntry> entries = outbox.entriesFor(u"access_entry"_s, id);
    QCOMPARE(entries.size(), 1);
    const OutboxEntry &entry = entries.first();
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.path, u"/api/v1/access-log"_s);
    QCOMPARE(entry.dependsOn, u"citizen:"_s + citizenId);
    QCOMPARE(QUuid::fromString(entry.idempotencyKey).version(), QUuid::Random);
    QString error;
    const auto sent =
        wire::accessEntryFromJson(QJsonDocument::fromJson(entry.body).object(), &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->id, id);
    QCOMPARE(sent->citizenId, citizenId);
    QCOMPARE(sent->action, AccessAction::RevealNationalNumber);
    QCOMPARE(sent->purpose, AccessPurpose::HomeVisit);
    QCOMPARE(sent->occurredAt, occurredAt);
    QCOMPARE(sent->version, 0);
}

void TestAccessEntry::failedOutboxWriteLeavesNoRow()
{
    const QString path = m_dir.filePath(u"cache-%1.db"_s.arg(++m_caches));
    StoreOptions o;
    o.path = path;
    o.useNetworkInformation = false;
    auto store = kit::openStore(o); // never signed in: the outbox keeps what is written
    QVERIFY(store);
    Connection saboteur(u"saboteur"_s);
    QVERIFY2(saboteur.open(path), qPrintable(saboteur.errorString()));
    QSqlQuery q(saboteur.database());
    QVERIFY(q.exec(u"CREATE TRIGGER outbox_refuses BEFORE INSERT ON outbox"
                   " BEGIN SELECT RAISE(ABORT, 'outbox refused for the test'); END"_s));

    QSignalSpy failed(store.get(), &Store::writeFailed);
    AccessEntry e;
    e.citizenId = citizenId;
    e.purpose = defaultPurposeForRole(u"counter");
    const QString id = store->recordAccess(e);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().at(0).value<RecordType>(), RecordType::AccessEntry);
    QVERIFY2(failed.first().at(3).toString().contains(u"outbox refused"_s),
             qPrintable(failed.first().at(3).toString()));
    QCOMPARE(scalar(saboteur.database(), u"SELECT count(*) FROM audit_entry"_s), u"0"_s);
    QCOMPARE(store->unsavedCount(), 1);

    QVERIFY(q.exec(u"DROP TRIGGER outbox_refuses"_s));
    store->retryUnsaved();
    QTRY_COMPARE_WITH_TIMEOUT(store->unsavedCount(), 0, 20000);
    QCOMPARE(
        scalar(saboteur.database(), u"SELECT count(*) FROM audit_entry WHERE id = '%1'"_s.arg(id)),
        u"1"_s);
    QCOMPARE(scalar(saboteur.database(),
                    u"SELECT count(*) FROM outbox WHERE entity_type = 'access_entry'"
                    " AND entity_id = '%1'"_s.arg(id)),
             u"1"_s);
}

QTEST_GUILESS_MAIN(TestAccessEntry)
#include "tst_accessentry.moc"
