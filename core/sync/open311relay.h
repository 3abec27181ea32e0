#pragma once

#include "open311client.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace loket {

class CacheWriter;
class Clock;
class Connection;
class Outbox;
struct OutboxEntry;

// Sends the reports of municipalities that use their own GeoReport v2 server (open311_target)
// and follows their status there (issue 4, item 6). Lives on the store thread next to the sync
// engine and writes through its connection: an outbox entry with an "open311:" path is handed here
// instead of to the hub. Each report is sent at most once: before every attempt the journal
// (report_open311) records that it may arrive, so that after a lost answer, a crash or a restart
// the report is looked up on the server before it is posted again.
class Open311Relay final : public QObject
{
    Q_OBJECT
public:
    // What one attempt to send came to, for the engine.
    struct Result
    {
        enum class Kind {
            Sent,    // the server holds it (or gave a token); the entry left the outbox
            Retry,   // not sent, or not known to be: try again later (the journal says which)
            Refused, // the server or the configuration refuses it: kept as failed for a person
            Storage, // the cache could not be written; nothing was lost
        };
        Kind kind = Kind::Retry;
        QString message; // for staff, translated
        QString detail;  // technical
        int status = 0;  // the server's HTTP status, 0 without an answer
    };

    Open311Relay(Connection &connection, CacheWriter &writer, Outbox &outbox, const Clock &clock,
                 QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Open311Relay() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Entries whose path open311OutboxPath() made.
    static bool handles(const OutboxEntry &entry);

    void send(const OutboxEntry &entry, std::function<void(const Result &)> done);
    // Looks at every followed report on its server once: tokens become ids, and each status
    // change not seen before becomes a step in the report's history. `problems` names the
    // servers that could not be read (technical); the others are applied regardless.
    void follow(
        std::function<void(const QStringList &changedReports, const QStringList &problems)> done);
    void cancelAll();

private:
    Open311Client *clientFor(const Open311Target &target);
    struct FollowRound;
    void followNext(std::shared_ptr<FollowRound> round);
    void resolveTokens(std::shared_ptr<FollowRound> round);
    void fetchRequests(std::shared_ptr<FollowRound> round);
    void applyChanges(std::shared_ptr<FollowRound> round, const QList<open311::Update> &updates);
    // Saves the sending, takes the sent entry out of the outbox (when given) and gives the
    // report the server's number once known, in one transaction.
    bool record(const Open311Sending &sending, qint64 sentOutboxSeq = 0);

    Connection &m_connection;
    CacheWriter &m_writer;
    Outbox &m_outbox;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    QHash<QString, Open311Client *> m_clients; // by server, jurisdiction, key and format
};

} // namespace loket
