#pragma once

#include "open311/georeport.h"
#include "store/open311journal.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace loket {

// What sending one report came to.
struct Open311Submission
{
    enum class Outcome {
        Sent,    // the server holds it: serverId is set
        Pending, // a batch server gave a token; resolveToken() turns it into an id later
        Refused, // the server will not take it as it stands (bad key, invalid field): a person
                 // must look at it; sending it again cannot help
        Unclear, // it may or may not have arrived (timeout, cut connection, 5xx): the next
                 // attempt must look it up before it posts again
        NotSent, // it certainly did not arrive (connection refused, no network): send again
    };
    Outcome outcome = Outcome::NotSent;
    QString serverId;
    QString token;
    bool foundByLookup = false; // an earlier, unclear attempt had arrived after all
    int status = 0;             // the last HTTP status, 0 without an answer
    QString message;            // why, in the server's words or ours (technical)
};

// One change of a report's status seen on a GeoReport v2 server.
struct Open311StatusChange
{
    QString serverId;
    ReportStatus status = ReportStatus::Received;
    QString publicText; // status_notes or the update's description
    QDateTime at;       // UTC; when the server says it changed (may be stale, see below)
    QString updateId;   // the extension's id; empty when seen by polling the report
    // False when the change only repeats the report's last step (the same status and text,
    // seen once more through the other door: polled after the update that explained it, or
    // the other way round). Its update id is still taken; no step is added.
    bool isNewStep = true;
};

// What is known of a report on the server, to tell a new status from one seen before.
struct Open311Known
{
    QString status; // as sent by the server ("open", "IN_PROGRESS")
    QString notes;
    QStringList updateIds; // updates of the extension already taken
    // The report as the cache has it: its status and the text of its last step. A plain
    // "open" or "closed" from the server says less than that status and does not replace it.
    ReportStatus current = ReportStatus::Received;
    QString currentText;
};

// The changes `requests` (polled by id) and `updates` (from the extension, may be empty)
// show against `known` (keyed by server id). A status or its notes changing counts even when
// updated_datetime did not move (a deviation of real servers); an update is taken once, by id.
// A server's plain "open" keeps a detailed status that is not finished, its plain "closed" a
// finished one; a change that repeats the step before it is marked as no new step.
QList<Open311StatusChange> open311StatusChanges(const QHash<QString, Open311Known> &known,
                                                const QList<open311::ServiceRequest> &requests,
                                                const QList<open311::Update> &updates);

// Marks a report's description so that it can be found on the server again after an attempt
// whose answer was lost (Open311 has no idempotency key): "…\n\nLoket ref. <reference>".
QString open311DescriptionWithReference(const QString &description, const QString &reference);

// Speaks GeoReport v2 to one server, tolerant of the deviations in
// ../shared/reference/open311.md. Asynchronous; every callback runs once, on this object's
// thread, unless cancelAll() ran first. Lives on the thread that owns `network`.
class Open311Client final : public QObject
{
    Q_OBJECT
public:
    enum class Attempt {
        First,        // nothing was sent before
        AfterUnclear, // an earlier attempt may have arrived: look it up before posting
    };

    Open311Client(QNetworkAccessManager *network, Open311Target target, QObject *parent = nullptr);
    ~Open311Client() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    const Open311Target &target() const { return m_target; }

    // The endpoints the server announces; `offered` is false when it has no discovery
    // document (404), which many servers lack: the configured base is then used as it is.
    void discover(
        std::function<void(const open311::Parsed<QList<open311::Endpoint>> &, bool offered)> done);
    void fetchServices(std::function<void(const open311::Parsed<QList<open311::Service>> &)> done);
    void
    fetchDefinition(const QString &serviceCode,
                    std::function<void(const open311::Parsed<open311::ServiceDefinition> &)> done);
    // Sends a report at most once. `reference` (the report's local id or number) is written
    // into the description; with Attempt::AfterUnclear the server's reports of that service
    // since `firstAttemptAt` are searched for it first, and only when it is not there is the
    // report posted again.
    void submit(open311::NewRequest request, const QString &reference,
                const QDateTime &firstAttemptAt, Attempt attempt,
                std::function<void(const Open311Submission &)> done);
    // A batch server's token as an id; the value is empty while the server has none yet.
    void resolveToken(const QString &token,
                      std::function<void(const open311::Parsed<QString> &)> done);
    void fetchRequests(
        const QStringList &ids,
        std::function<void(const open311::Parsed<QList<open311::ServiceRequest>> &)> done);
    // The status-updates extension between two times; `offered` is false when the server does
    // not have it (404/501), and the caller then polls by id only.
    void fetchUpdates(
        const QDateTime &from, const QDateTime &to,
        std::function<void(const open311::Parsed<QList<open311::Update>> &, bool offered)> done);

    void cancelAll();

private:
    struct Answer
    {
        bool answered = false; // an HTTP answer arrived in full
        bool refused = false;  // the connection was refused or no route: nothing was sent
        int status = 0;
        QByteArray body;
        open311::Format format = open311::Format::Json;
        QString error; // technical
    };
    using AnswerCallback = std::function<void(const Answer &)>;

    QUrl urlFor(const QString &resource, const QList<std::pair<QString, QString>> &query) const;
    void get(const QString &resource, const QList<std::pair<QString, QString>> &query,
             AnswerCallback done);
    void post(const QString &resource, const QByteArray &form, AnswerCallback done);
    void track(QNetworkReply *reply, AnswerCallback done);
    QString errorText(const Answer &answer) const;
    void lookUp(const open311::NewRequest &request, const QString &reference,
                const QDateTime &since, std::function<void(const Answer &, QString id)> done);
    void postNew(const open311::NewRequest &request,
                 std::function<void(const Open311Submission &)> done);

    QNetworkAccessManager *m_network;
    Open311Target m_target;
    int m_timeoutMs = 30000;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace loket
