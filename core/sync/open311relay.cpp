#include "open311relay.h"

#include "clock.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/open311journal.h"
#include "store/outbox.h"
#include "store/repositories.h"
#include "wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

constexpr int idsPerRequest = 50; // keeps the GET requests' URLs short

QString municipalityName(QSqlDatabase db, const QString &nis)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT name FROM municipality WHERE nis_code = ?"_s);
    q.addBindValue(nis);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// What the server needs to act on the report, and no more: the citizen's name and address
// for answers only when the citizen asked to be kept informed that way (data minimisation).
open311::NewRequest newRequestFor(const Report &report, QSqlDatabase db)
{
    open311::NewRequest r;
    r.serviceCode = report.categoryCode;
    r.latitude = report.latitude;
    r.longitude = report.longitude;
    QString street = (report.street + u' ' + report.houseNumber).trimmed();
    const QString place =
        (report.postcode + u' ' + municipalityName(db, report.locationNis)).trimmed();
    r.addressString = street.isEmpty()  ? place
                      : place.isEmpty() ? street
                                        : street + u", "_s + place;
    r.description = report.description;
    r.attributes = report.attributes;
    if (!report.citizenIds.isEmpty() &&
        (report.notifyBy == NotifyChannel::Email || report.notifyBy == NotifyChannel::Sms)) {
        if (const auto c = CacheReader(db).citizen(report.citizenIds.constFirst())) {
            r.firstName = c->givenNames;
            r.lastName = c->familyName;
            if (report.notifyBy == NotifyChannel::Email)
                r.email = c->email;
            else
                r.phone = c->phone;
        }
    }
    return r;
}

QString nowText(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

struct Open311Relay::FollowRound
{
    struct Group
    {
        Open311Target target;
        QList<Open311Sending> sendings;
        QList<int> tokensLeft;      // sendings still known by a token only
        QList<QStringList> batches; // ids still to fetch
        QList<open311::ServiceRequest> requests;
        QDateTime since; // updates are asked for from the oldest look at the server on
    };
    QList<Group> groups;
    int next = 0;
    QStringList changed;
    QStringList problems;
    std::function<void(const QStringList &, const QStringList &)> done;
};

Open311Relay::Open311Relay(Connection &connection, CacheWriter &writer, Outbox &outbox,
                           const Clock &clock, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_writer(writer)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_network(network)
{}

Open311Relay::~Open311Relay()
{
    cancelAll();
}

bool Open311Relay::handles(const OutboxEntry &entry)
{
    return entry.path.startsWith(open311OutboxPath({}));
}

void Open311Relay::cancelAll()
{
    for (Open311Client *client : std::as_const(m_clients))
        client->cancelAll();
}

Open311Client *Open311Relay::clientFor(const Open311Target &target)
{
    const QString key = target.base.toString() + u'\n' + target.jurisdictionId + u'\n' +
                        target.apiKey + u'\n' + open311::formatSuffix(target.format);
    Open311Client *&client = m_clients[key];
    if (!client)
        client = new Open311Client(m_network, target, this);
    client->setTimeoutMs(m_timeoutMs);
    return client;
}

void Open311Relay::send(const OutboxEntry &entry, std::function<void(const Result &)> done)
{
    auto result = [](Result::Kind kind, const QString &message, const QString &detail,
                     int status = 0) {
        return Result{kind, message, detail, status};
    };
    QSqlDatabase db = m_connection.database();
    Open311Journal journal(db);
    const QString nis = entry.path.mid(open311OutboxPath({}).size());
    const QString municipality = municipalityName(db, nis);
    // Whatever stops the report here needs a person: the entry is kept, as failed.
    auto refuse = [this, &entry, &done, &result](const QString &message, const QString &detail) {
        WriteTransaction tx(m_connection.database());
        if (!tx.isActive() ||
            !m_outbox.setState(entry.seq, OutboxEntry::State::Failed, 0, detail) || !tx.commit()) {
            done(result(Result::Kind::Storage, tr("The cache cannot be written."),
                        m_outbox.errorString() + tx.errorString()));
            return;
        }
        done(result(Result::Kind::Refused, message, detail));
    };
    const auto target = journal.target(nis);
    if (!target) {
        refuse(tr("No report server is configured for %1 any more. Configure it again under "
                  "File > Report servers, or discard the report.")
                   .arg(municipality.isEmpty() ? nis : municipality),
               u"no open311_target for "_s + nis);
        return;
    }
    // The cache holds the report as it is now (a citizen linked since it was filed included).
    const std::optional<Report> report = CacheReader(db).report(entry.entityId);
    if (!report) {
        refuse(tr("The report waiting to be sent is no longer on this computer."),
               u"report %1 is not in the cache"_s.arg(entry.entityId));
        return;
    }

    // Written before the request leaves: whatever happens next (a lost answer, a crash, a
    // restart), the next attempt knows it must look before it posts.
    Open311Sending sending = journal.sending(report->id).value_or(Open311Sending{});
    sending.reportId = report->id;
    sending.municipalityNis = nis;
    sending.baseUrl = target->base.toString();
    const bool earlierUnclear = sending.mayHaveArrived;
    if (sending.firstAttemptAt.isEmpty())
        sending.firstAttemptAt = nowText(m_clock);
    sending.mayHaveArrived = true;
    {
        WriteTransaction tx(db);
        if (!tx.isActive() || !journal.save(sending) || !tx.commit()) {
            done(result(Result::Kind::Storage, tr("The cache cannot be written."),
                        journal.errorString() + tx.errorString()));
            return;
        }
    }

    const QString host = target->base.host();
    Open311Client *client = clientFor(*target);
    const auto attempt =
        earlierUnclear ? Open311Client::Attempt::AfterUnclear : Open311Client::Attempt::First;
    client->submit(
        newRequestFor(*report, db), report->id,
        QDateTime::fromString(sending.firstAttemptAt, Qt::ISODateWithMs), attempt,
        [this, entry, sending, earlierUnclear, host, municipality, result,
         done](const Open311Submission &s) mutable {
            using Outcome = Open311Submission::Outcome;
            QSqlDatabase writeDb = m_connection.database();
            Open311Journal sendJournal(writeDb);
            const QString detail =
                QStringLiteral("%1: HTTP %2 %3").arg(host).arg(s.status).arg(s.message);
            switch (s.outcome) {
            case Outcome::Sent:
            case Outcome::Pending: {
                sending.mayHaveArrived = false;
                sending.serverId = s.serverId;
                sending.token = s.serverId.isEmpty() ? s.token : QString();
                sending.serverStatus = u"open"_s; // new reports are open until the server says
                sending.checkedAt = nowText(m_clock);
                if (!record(sending, entry.seq)) {
                    done(result(Result::Kind::Storage, tr("The cache cannot be written."),
                                m_writer.errorString() + m_outbox.errorString()));
                    return;
                }
                done(result(Result::Kind::Sent, {}, detail, s.status));
                return;
            }
            case Outcome::Refused: {
                // The server's answer says it did not take it: nothing to look up next time.
                sending.mayHaveArrived = false;
                const QString message =
                    tr("The report server of %1 (%2) refused the report: %3. The report is "
                       "kept; correct it or discard it.")
                        .arg(municipality, host, s.message);
                WriteTransaction tx(writeDb);
                if (!tx.isActive() || !sendJournal.save(sending) ||
                    !m_outbox.setState(entry.seq, OutboxEntry::State::Failed, s.status,
                                       s.message) ||
                    !tx.commit()) {
                    done(result(Result::Kind::Storage, tr("The cache cannot be written."),
                                sendJournal.errorString() + m_outbox.errorString()));
                    return;
                }
                done(result(Result::Kind::Refused, message, detail, s.status));
                return;
            }
            case Outcome::NotSent:
                // This attempt certainly did not arrive; an earlier one still may have.
                sending.mayHaveArrived = earlierUnclear;
                {
                    WriteTransaction tx(writeDb);
                    if (!tx.isActive() || !sendJournal.save(sending) || !tx.commit()) {
                        done(result(Result::Kind::Storage, tr("The cache cannot be written."),
                                    sendJournal.errorString() + tx.errorString()));
                        return;
                    }
                }
                [[fallthrough]];
            case Outcome::Unclear:
                done(result(Result::Kind::Retry,
                            tr("The report server of %1 (%2) cannot be reached now; the report "
                               "waits and is sent later, once.")
                                .arg(municipality, host),
                            detail, s.status));
                return;
            }
        });
}

void Open311Relay::follow(
    std::function<void(const QStringList &changedReports, const QStringList &problems)> done)
{
    auto round = std::make_shared<FollowRound>();
    round->done = std::move(done);
    Open311Journal journal(m_connection.database());
    QHash<QString, int> groupOf;
    for (const Open311Sending &s : journal.followed()) {
        const auto target = journal.target(s.municipalityNis);
        if (!target) {
            round->problems << u"no report server configured for %1 any more"_s.arg(
                s.municipalityNis);
            continue;
        }
        const QString key = target->base.toString() + u'\n' + target->jurisdictionId;
        if (!groupOf.contains(key)) {
            groupOf.insert(key, int(round->groups.size()));
            round->groups.append({*target, {}, {}, {}, {}, {}});
        }
        round->groups[groupOf.value(key)].sendings.append(s);
    }
    followNext(round);
}

void Open311Relay::followNext(std::shared_ptr<FollowRound> round)
{
    if (round->next >= round->groups.size()) {
        round->changed.removeDuplicates();
        round->done(round->changed, round->problems);
        return;
    }
    // One server after the other, in three steps: tokens to ids, the reports by id, the
    // updates of the extension; then what changed is written in one transaction.
    FollowRound::Group &group = round->groups[round->next++];
    group.tokensLeft.clear();
    for (int i = 0; i < group.sendings.size(); ++i)
        if (group.sendings.at(i).serverId.isEmpty())
            group.tokensLeft.append(i);
    resolveTokens(round);
}

void Open311Relay::resolveTokens(std::shared_ptr<FollowRound> round)
{
    FollowRound::Group &group = round->groups[round->next - 1];
    if (group.tokensLeft.isEmpty()) {
        QStringList ids;
        group.since = m_clock.now().toUTC();
        for (const Open311Sending &s : std::as_const(group.sendings)) {
            if (!s.serverId.isEmpty())
                ids << s.serverId;
            const QDateTime checked = QDateTime::fromString(
                s.checkedAt.isEmpty() ? s.firstAttemptAt : s.checkedAt, Qt::ISODateWithMs);
            if (checked.isValid())
                group.since = std::min(group.since, checked);
        }
        group.batches.clear();
        for (qsizetype i = 0; i < ids.size(); i += idsPerRequest)
            group.batches.append(ids.mid(i, idsPerRequest));
        if (ids.isEmpty())
            followNext(round);
        else
            fetchRequests(round);
        return;
    }
    const int i = group.tokensLeft.takeFirst();
    const QString host = group.target.base.host();
    clientFor(group.target)
        ->resolveToken(group.sendings.at(i).token,
                       [this, round, i, host](const open311::Parsed<QString> &id) {
                           if (!id) {
                               round->problems << host + u": "_s + id.error;
                           } else if (!id.value->isEmpty()) {
                               Open311Sending &s = round->groups[round->next - 1].sendings[i];
                               s.serverId = *id.value;
                               s.token.clear();
                               if (record(s))
                                   round->changed << s.reportId;
                               else
                                   round->problems << host + u": "_s + m_writer.errorString();
                           }
                           resolveTokens(round);
                       });
}

bool Open311Relay::record(const Open311Sending &sending, qint64 sentOutboxSeq)
{
    QSqlDatabase db = m_connection.database();
    Open311Journal journal(db);
    WriteTransaction tx(db);
    bool ok = tx.isActive() && journal.save(sending) &&
              (sentOutboxSeq == 0 || m_outbox.remove(sentOutboxSeq));
    // The server's number is the one the citizen can quote there.
    if (!sending.serverId.isEmpty()) {
        if (auto report = CacheReader(db).report(sending.reportId); ok && report) {
            report->publicNumber = sending.serverId;
            ok = m_writer.upsert(*report);
        }
    }
    return ok && tx.commit();
}

void Open311Relay::fetchRequests(std::shared_ptr<FollowRound> round)
{
    FollowRound::Group &group = round->groups[round->next - 1];
    const QString host = group.target.base.host();
    Open311Client *client = clientFor(group.target);
    if (!group.batches.isEmpty()) {
        client->fetchRequests(
            group.batches.takeFirst(),
            [this, round, host](const open311::Parsed<QList<open311::ServiceRequest>> &parsed) {
                if (!parsed) {
                    round->problems << host + u": "_s + parsed.error;
                    followNext(round); // nothing of this server is applied half
                    return;
                }
                round->groups[round->next - 1].requests.append(*parsed.value);
                fetchRequests(round);
            });
        return;
    }
    // The window overlaps the last one and reaches past now: servers compare whole seconds,
    // and an update of this very second must not fall between two looks.
    client->fetchUpdates(
        group.since.addSecs(-60), m_clock.now().toUTC().addSecs(60),
        [this, round, host](const open311::Parsed<QList<open311::Update>> &updates, bool offered) {
            if (offered && !updates)
                round->problems << host + u": "_s + updates.error;
            applyChanges(round, updates.value.value_or(QList<open311::Update>{}));
        });
}

void Open311Relay::applyChanges(std::shared_ptr<FollowRound> round,
                                const QList<open311::Update> &updates)
{
    FollowRound::Group &group = round->groups[round->next - 1];
    const QString host = group.target.base.host();
    const QDateTime now = m_clock.now().toUTC();
    QSqlDatabase db = m_connection.database();
    Open311Journal journal(db);
    CacheReader reader(db);
    WriteTransaction tx(db);
    QHash<QString, Open311Known> known;
    for (const Open311Sending &s : std::as_const(group.sendings)) {
        if (s.serverId.isEmpty())
            continue;
        Open311Known k{s.serverStatus, s.serverNotes, s.updateIds, ReportStatus::Received, {}};
        if (const auto report = reader.report(s.reportId)) {
            k.current = report->status;
            if (!report->history.isEmpty())
                k.currentText = report->history.constLast().publicText;
        }
        known.insert(s.serverId, k);
    }
    const QList<Open311StatusChange> changes = open311StatusChanges(known, group.requests, updates);
    bool ok = tx.isActive();
    QStringList changed;
    for (Open311Sending &s : group.sendings) {
        if (s.serverId.isEmpty())
            continue;
        for (const Open311StatusChange &c : changes) {
            if (c.serverId != s.serverId || !ok)
                continue;
            if (!c.updateId.isEmpty())
                s.updateIds.append(c.updateId);
            if (!c.isNewStep)
                continue;
            auto report = reader.report(s.reportId);
            if (!report)
                continue;
            int seq = 0;
            for (const ReportStatusChange &h : std::as_const(report->history))
                seq = std::max(seq, h.seq);
            ReportStatusChange step;
            step.seq = seq + 1;
            step.status = c.status;
            // The server's time, but never before the step it follows: a server clock behind
            // ours (or one that leaves out milliseconds) must not put the change before the
            // report's own "received" and hide it.
            QDateTime at = c.at.isValid() ? c.at.toUTC() : now;
            for (const ReportStatusChange &h : std::as_const(report->history))
                at = std::max(at, QDateTime::fromString(h.at, Qt::ISODateWithMs).toUTC());
            step.at = at.toString(Qt::ISODateWithMs);
            step.publicText = c.publicText;
            step.internalNote =
                c.updateId.isEmpty()
                    ? tr("Seen on the report server %1.").arg(host)
                    : tr("Update %1 of the report server %2.").arg(c.updateId, host);
            step.staffId = u"open311:"_s + host;
            report->history.append(step);
            report->status = Report::currentStatus(report->history);
            ok = m_writer.upsert(*report);
            changed << s.reportId;
        }
        for (const open311::ServiceRequest &r : std::as_const(group.requests)) {
            if (r.id == s.serverId) {
                s.serverStatus = r.status;
                s.serverNotes = r.statusNotes;
            }
        }
        s.checkedAt = now.toString(Qt::ISODateWithMs);
        ok = ok && journal.save(s);
    }
    if (ok && tx.commit())
        round->changed << changed;
    else
        round->problems << host + u": "_s + journal.errorString() + m_writer.errorString() +
                               tx.errorString();
    followNext(round);
}

} // namespace loket
