#pragma once

#include "database.h"

#include "citizenlookup.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace loket::hub {

// The record types of the feed; the numbers are stored, never renumber them.
enum class RecordKind {
    Municipality = 1,
    Category = 2,
    Citizen = 3,
    Report = 4,
    Document = 5,
    ContactMoment = 6,
    GuideProgress = 7,
    DocumentAction = 8,
    Visit = 9, // kept in its own table (visit), delivered only to the account it names
    // A follow-up task: scope_a its municipality, scope_b taskHelpdeskScope() while it waits in
    // the helpdesk queue, or taskOwnerScope() of its owner otherwise (hub/writer.h).
    Task = 10,
};
QString kindCode(RecordKind kind); // "municipality", "contact_moment" ...
std::optional<RecordKind> kindFromNumber(int number);

// The scope value of records every account sees (municipalities, categories).
inline const QString &regionScope()
{
    static const QString value = QStringLiteral("*");
    return value;
}

enum class Role { Counter, Outreach, Helpdesk, Manager, Admin };
QString roleCode(Role role);
std::optional<Role> roleFromCode(QStringView code);

struct Account
{
    QString staffId;
    QString userName;
    QString passwordHash; // Argon2id, crypto_pwhash_str format
    Role role = Role::Counter;
    QString municipalityNis;
    QString displayName;
    QString createdAt;
    bool disabled = false;
    // Set by an admin for a lost laptop: every request of the account answers 410 until the
    // flag is cleared, and the client then deletes its cache.
    bool wipeRequested = false;
    QStringList scope; // NIS codes this account may see dossiers of
};
enum class WipeFlag { Clear, Set };

// One record as the hub keeps it: the wire JSON plus what scoping and paging need.
struct StoredRecord
{
    RecordKind kind = RecordKind::Citizen;
    QString id;
    qint64 seq = 0;
    qint64 version = 0;
    QString scopeA;
    QString scopeB;
    QString citizenId;
    QString updatedAt;
    QByteArray body; // compact wire JSON (core/sync/wire.h)
    // Reports only: the citizens the report is linked to (its citizen_ids), kept in
    // report_citizen so that an outreach account finds the reports of the citizens it visits.
    QStringList linkedCitizens;
};

// A planned home visit as the hub keeps it (visit table): delivered only to its staff member.
struct StoredVisit
{
    QString id;
    QString staffId;
    QString citizenId;
    QString date; // YYYY-MM-DD
    qint64 seq = 0;
    qint64 version = 0;
    QString updatedAt;
    QByteArray body; // compact wire JSON
};

// A tombstone for one account only (an outreach account's withdrawn access, its deleted
// visits), where Tombstone serves every account of a municipality.
struct AccountTombstone
{
    qint64 seq = 0;
    QString staffId;
    RecordKind kind = RecordKind::Citizen;
    QString id;
    qint64 version = 0;
    QString reason;
    QString createdAt;
};

struct Tombstone
{
    qint64 seq = 0;
    RecordKind kind = RecordKind::Citizen;
    QString id;
    qint64 version = 0;
    QString scopeNis;
    QString reason;
    QString createdAt;
};

// The stored first answer to an idempotency key.
struct StoredAnswer
{
    QByteArray fingerprint;
    QString staffId;
    QString recordId;
    int status = 0;
    QByteArray etag;
    QByteArray body;
};

// One line of the hub's access log, with the name of the staff member who consulted.
struct AccessLogRow
{
    qint64 seq = 0; // the order in which the hub stored the entries
    QString id;
    QString staffId;
    QString staffName; // the account's display name; empty if the account is gone
    QString citizenId;
    QString action;  // accessActionCode()
    QString purpose; // accessPurposeCode()
    QString municipalityNis;
    QString occurredAt;
    QString receivedAt;
};

struct FeedEntry
{
    qint64 seq = 0;
    RecordKind kind = RecordKind::Citizen;
    QByteArray id; // UTF-8
    qint64 version = 0;
    bool deleted = false;
    QString reason;  // tombstones only
    QByteArray body; // upserts only
};

struct FeedPage
{
    QList<FeedEntry> entries;
    qint64 cursor = 0;
    bool more = false;
    qint64 head = -1; // the highest committed sequence number when the page was read
};

// Which records a feed request may see.
struct FeedScope
{
    enum class Extent {
        ReferenceOnly, // municipalities and categories (manager, admin)
        Listed,        // plus the dossiers of the listed municipalities
        Region,        // the listed municipalities are every municipality of the region
        // Reference records plus the dossiers of the citizens on the visit list of `staffId`
        // (as the list is when the page is read), its visits and its own tombstones (outreach).
        VisitList,
        // Reference records plus the dossiers the helpdesk account `staffId` opened (as its
        // list of opened dossiers is when the page is read) and its own tombstones (helpdesk).
        OpenedList,
    };
    Extent extent = Extent::ReferenceOnly;
    QStringList nisCodes;
    QString staffId; // VisitList and OpenedList only
};

// One online lookup of a helpdesk account (lookup_log): what was asked, never who was found.
struct LookupLogRow
{
    qint64 seq = 0;
    QString id;
    QString staffId;
    QString staffName; // the account's display name; empty if the account is gone
    QString purpose;   // accessPurposeCode(): helpdesk_call
    QString queryText; // a national number masked (CitizenLookup::loggedText)
    QString municipalityNis;
    int resultCount = 0;
    QString occurredAt;
};

// A dossier a helpdesk account opened, and when (milliseconds since the epoch, UTC).
struct OpenedDossier
{
    QString staffId;
    QString citizenId;
    qint64 openedAtMs = 0;
};

// All SQL of the hub on one thread's connection, through prepared statements with bound
// values that stay prepared for the thread's lifetime. Writes happen between beginWrite() and
// commit(); beginWrite() serialises writers hub-wide and hands out change sequence numbers.
struct NativeFeed;
class RowView;

class Store final
{
public:
    Store(QSqlDatabase db, Dialect dialect);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Dialect dialect() const { return m_dialect; }
    QString lastError() const { return m_error; }

    bool beginWrite();
    bool commit();
    void rollback();
    bool inWrite() const { return m_inWrite; }
    qint64 nextSeq();      // only inside a write transaction
    qint64 committedSeq(); // the highest sequence number handed out and committed

    std::optional<QString> meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

    std::optional<Account> accountByUser(const QString &userName);
    std::optional<Account> accountByStaffId(const QString &staffId);
    bool insertAccount(const Account &account);
    bool setPasswordHash(const QString &staffId, const QString &hash);
    // Every account, by user name; nullopt when the database fails.
    std::optional<QList<Account>> accounts();
    bool setWipeFlag(const QString &staffId, WipeFlag flag);

    bool insertSession(const QByteArray &tokenHash, const QString &staffId, qint64 createdAtMs,
                       qint64 expiresAtMs);
    struct SessionInfo
    {
        Account account;
        qint64 expiresAtMs = 0;
    };
    std::optional<SessionInfo> session(const QByteArray &tokenHash);
    bool purgeSessions(qint64 expiredBeforeMs);

    enum class Body { Without, With };
    std::optional<StoredRecord> record(RecordKind kind, const QString &id, Body body = Body::With);
    bool insertRecord(const StoredRecord &record);
    // Rewrites the row of (kind, id) with its new sequence number, scopes and body.
    bool updateRecord(const StoredRecord &record);
    // The same, only while the row still has `expectedVersion`: nullopt when the database
    // fails, else whether the row was rewritten (false: someone changed it first).
    std::optional<bool> updateRecordIf(const StoredRecord &record, qint64 expectedVersion);
    bool moveRecord(RecordKind kind, const QString &id, qint64 seq, const QString &scopeA);
    bool deleteRecord(RecordKind kind, const QString &id);
    // The records that belong to a citizen (documents, contact moments, guide progress,
    // document actions), by sequence number; without their bodies unless asked.
    QList<StoredRecord> dependentsOf(const QString &citizenId, Body body = Body::Without);
    // The reports linked to a citizen (report_citizen), by sequence number; nullopt when the
    // database fails.
    std::optional<QList<StoredRecord>> reportsOf(const QString &citizenId, Body body);
    // The citizens a report is linked to; nullopt when the database fails.
    std::optional<QStringList> citizensOfReport(const QString &reportId);
    // Ids of citizens of a municipality, in the order they were stored (the demo's visit lists).
    QStringList citizenIdsIn(const QString &nis, int limit);
    QStringList municipalityCodes();
    // Hands over the body of every record of `kind` whose first scope is `scopeA` (the
    // indicators read what they count this way: hub/indicators.h).
    bool forEachBody(RecordKind kind, const QString &scopeA,
                     const std::function<void(const QByteArray &body)> &row);
    qint64 countRecords(RecordKind kind);
    // A bulk load writes rows without indexes, then builds each index once.
    enum class BulkLoad { Begin, End };
    bool bulkLoad(BulkLoad phase);

    bool insertTombstone(const Tombstone &tombstone);
    bool insertAccountTombstone(const AccountTombstone &tombstone);

    // Visits. A lookup that finds nothing answers nullopt with lastError() empty.
    std::optional<StoredVisit> visit(const QString &id);
    bool insertVisit(const StoredVisit &visit);
    bool deleteVisit(const QString &id);
    // The visits of a staff member by date, or those naming a citizen; nullopt on failure.
    std::optional<QList<StoredVisit>> visitsOf(const QString &staffId);
    std::optional<QList<StoredVisit>> visitsTo(const QString &citizenId);
    // Whether the citizen is on the staff member's visit list; nullopt on failure.
    std::optional<bool> onVisitList(const QString &staffId, const QString &citizenId);
    bool deleteTombstone(RecordKind kind, const QString &id, const QString &scopeNis);

    bool insertHistory(const QString &contactId, qint64 version, const QByteArray &body,
                       const QString &replacedAt, const QString &replacedBy);
    bool deleteHistory(const QString &contactId);

    // The access log has no update or delete here on purpose: it is append-only.
    bool insertAccessEntry(const AccessLogRow &row);
    std::optional<AccessLogRow> accessEntry(const QString &id);
    // Who consulted the citizen, newest first; nullopt when the database fails.
    std::optional<QList<AccessLogRow>> accessLogFor(const QString &citizenId);

    // The online lookup: citizens whose first scope is one of `scopes`, best first (whole
    // words before prefixes, then by name), at most `limit`; nullopt when the database fails.
    std::optional<QList<StoredRecord>> lookupCitizens(const CitizenLookup &lookup,
                                                      const QStringList &scopes, int limit);
    // The lookup log is append-only, like the access log.
    bool insertLookupEntry(const LookupLogRow &row);
    // The lookups of a staff member, newest first; nullopt when the database fails.
    std::optional<QList<LookupLogRow>> lookupLogOf(const QString &staffId);

    // The dossiers helpdesk accounts opened: recorded (again) at each opening.
    bool openDossier(const QString &staffId, const QString &citizenId, qint64 atMs);
    bool closeDossier(const QString &staffId, const QString &citizenId);
    bool deleteOpenedOf(const QString &citizenId);
    std::optional<bool> hasOpened(const QString &staffId, const QString &citizenId);
    std::optional<QStringList> openersOf(const QString &citizenId);
    // The dossiers opened before `beforeMs` by `staffId` (empty: by any account).
    std::optional<QList<OpenedDossier>> openedBefore(const QString &staffId, qint64 beforeMs);

    std::optional<StoredAnswer> answer(const QString &key);
    bool insertAnswer(const QString &key, const StoredAnswer &answer, qint64 createdAtMs);
    bool deleteAnswersFor(const QString &recordId);
    bool purgeAnswers(qint64 createdBeforeMs);

    // One page of the feed: records and tombstones with a sequence number above `since`
    // that `scope` may see, in sequence order, each record once at its latest state.
    std::optional<FeedPage> feed(const FeedScope &scope, qint64 since, int limit);

private:
    QSqlQuery &query(const QString &sql);
    bool run(QSqlQuery &q);
    bool fail(const QSqlQuery &q);
    // Reads columns 0-8 as an account (and column 9 into `extra`), then its scope.
    std::optional<Account> readAccount(QSqlQuery &q, qint64 *extra = nullptr);
    bool readScope(Account &account);
    bool linkReport(const QString &reportId, QStringList citizenIds);
    bool unlinkReport(const QString &reportId);
    std::optional<FeedPage> visitListFeed(const FeedScope &scope, qint64 since, int limit);
    // Keeps citizen_token in step with a citizen record (insert, update, delete).
    bool indexCitizen(const StoredRecord &record);
    bool unindexCitizen(const QString &citizenId);
    std::optional<QList<StoredVisit>> readVisits(const QString &sql, const QString &value);
    // Runs `sql` with `values` (text or integers) bound in order and hands over each row;
    // natively on SQLite.
    bool select(const QString &sql, const QList<QVariant> &values,
                const std::function<void(const RowView &)> &row);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_error;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    std::unique_ptr<NativeFeed> m_native; // SQLite only: the feed's hot statements
    bool m_inWrite = false;
    qint64 m_seq = 0;
    qint64 m_seqAtBegin = 0;
};

} // namespace loket::hub
