#pragma once

#include "store/recordtype.h"
#include "store/sqlitestatement.h"

#include <QMetaObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace loket {

class CacheWriter;
class Clock;
class Connection;
class Outbox;
class SyncEngine;
struct HubReply;
struct SyncOutcome;

// How far "Prepare for offline" is, for a progress bar: `done` of `total` citizens.
struct VisitPreparationProgress
{
    int done = 0;
    int total = 0; // 0 while the feed is still being pulled
    int failed = 0;
    QString citizenId; // the citizen just handled
};

// What a preparation achieved.
struct VisitPreparationOutcome
{
    int total = 0;
    int prepared = 0;
    int failed = 0;
    qint64 bytes = 0;
    bool cancelled = false;
    QString error; // for staff, when it did not start or stopped early; empty otherwise
};

// "Prepare for offline" (issue 7, item 1), on the store thread next to the sync engine: first a
// pull, so the visit list, the guides' progress and the category catalogue are current; then
// for each citizen of a current visit GET /api/v1/citizens/{id}/dossier, written in one
// transaction per citizen with the size and time of the fetch. Like the change applier it never
// replaces a newer row and never touches a record with a change waiting in the outbox. A failure
// for one citizen (403, the network) is recorded for that citizen and the rest go on.
class VisitPreparer final : public QObject
{
    Q_OBJECT
public:
    VisitPreparer(Connection &connection, CacheWriter &writer, Outbox &outbox, const Clock &clock,
                  SyncEngine &engine, QObject *parent = nullptr);
    ~VisitPreparer() override;

    // Visits current on today's Belgian date with `keepDays` count; ignored while running.
    void start(int keepDays);
    void cancel();
    bool isRunning() const { return m_running; }
    // Fetches one citizen's dossier into the cache, written exactly as for a preparation but
    // without the visit bookkeeping: the helpdesk opens a citizen its online lookup found
    // (issue 8). dossierFetched() reports; a newer call replaces one still on its way.
    void fetchDossier(const QString &citizenId);

signals:
    void progressChanged(const loket::VisitPreparationProgress &progress);
    void recordsChanged(loket::RecordType type, const QStringList &ids);
    void finished(const loket::VisitPreparationOutcome &outcome);
    // `error` is empty when the dossier is in the cache, otherwise a sentence for staff.
    void dossierFetched(const QString &citizenId, const QString &error);

private:
    void onPulled(const SyncOutcome &outcome);
    void fetchNext();
    void onDossier(const QString &citizenId, const HubReply &reply);
    // Writes one dossier; false with a technical `error` (nothing of it is kept).
    enum class Bookkeeping { VisitPreparation, None };
    bool applyDossier(const QString &citizenId, const QByteArray &body, Bookkeeping bookkeeping,
                      QString *error);
    // Why a dossier request failed, for staff; empty for a 200.
    static QString failureOf(const HubReply &reply);
    bool recordFailure(const QString &citizenId, const QString &reason);
    void finish(const QString &error = {});
    qint64 localVersion(SqliteStatement &statement, const QString &id);
    // Whether an incoming record may replace the cached one (DESIGN §5 rules of the applier).
    bool mayReplace(RecordType type, const QString &id, qint64 version, SqliteStatement *probe);
    QString nowIso() const;

    Connection &m_connection;
    CacheWriter &m_writer;
    Outbox &m_outbox;
    const Clock &m_clock;
    SyncEngine &m_engine;
    SqliteStatement m_citizenVersion;
    SqliteStatement m_reportVersion;
    SqliteStatement m_documentVersion;
    SqliteStatement m_contactVersion;
    SqliteStatement m_actionVersion;

    bool m_running = false;
    bool m_cancelled = false;
    int m_keepDays = 0;
    QStringList m_citizens;
    int m_next = 0;
    VisitPreparationProgress m_progress;
    VisitPreparationOutcome m_outcome;
    QMetaObject::Connection m_waitForPull;
    QPointer<QNetworkReply> m_request;
    QPointer<QNetworkReply> m_single; // fetchDossier()'s request
};

} // namespace loket

Q_DECLARE_METATYPE(loket::VisitPreparationProgress)
Q_DECLARE_METATYPE(loket::VisitPreparationOutcome)
