#include "open311client.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

const QString referenceMarker = u"Loket ref. "_s;

// The body of a POST that Qt must not send a second time on its own. Qt's HTTP layer repeats a
// request whose connection closed before the answer began (up to twice); with Open311, which
// has no idempotency key, that files the report again behind the client's back. A device that
// cannot rewind makes Qt report ContentReSendError instead: the attempt counts as unclear, and
// the client looks the report up before it posts again.
class SendOnceBody final : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_position >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// A status as our model has it, from a server's word; a word we do not know keeps the report
// open or closed as the server's plain status says.
ReportStatus statusOf(const QString &status)
{
    if (const auto s = open311::statusFromOpen311(status))
        return *s;
    return status.compare(u"closed"_s, Qt::CaseInsensitive) == 0 ? ReportStatus::Closed
                                                                 : ReportStatus::Received;
}

} // namespace

QString open311DescriptionWithReference(const QString &description, const QString &reference)
{
    const QString marker = referenceMarker + reference;
    if (description.contains(marker))
        return description;
    return description.trimmed().isEmpty() ? marker : description.trimmed() + u"\n\n"_s + marker;
}

QList<Open311StatusChange> open311StatusChanges(const QHash<QString, Open311Known> &known,
                                                const QList<open311::ServiceRequest> &requests,
                                                const QList<open311::Update> &updates)
{
    struct Seen
    {
        Open311StatusChange change;
        QString word; // the server's status word
    };
    QList<Seen> seen;
    QSet<QString> explained; // reports whose change an update of this batch describes
    for (const open311::Update &u : updates) {
        const Open311Known k = known.value(u.requestId);
        if (!known.contains(u.requestId) || k.updateIds.contains(u.updateId))
            continue;
        seen.append(
            {{u.requestId, statusOf(u.status), u.description, u.updatedAt, u.updateId}, u.status});
        explained.insert(u.requestId);
    }
    for (const open311::ServiceRequest &r : requests) {
        if (!known.contains(r.id) || explained.contains(r.id))
            continue;
        const Open311Known k = known.value(r.id);
        // Never updated_datetime alone: servers leave it when the status changes.
        if (r.status.compare(k.status, Qt::CaseInsensitive) == 0 && r.statusNotes == k.notes)
            continue;
        seen.append({{r.id, statusOf(r.status), r.statusNotes, r.updatedAt, QString()}, r.status});
    }
    std::stable_sort(seen.begin(), seen.end(), [](const Seen &a, const Seen &b) {
        if (!a.change.at.isValid() || !b.change.at.isValid())
            return a.change.at.isValid() && !b.change.at.isValid();
        return a.change.at < b.change.at;
    });
    // Walked in order, each change against the step before it (the cache's, then this batch's).
    QHash<QString, std::pair<ReportStatus, QString>> last;
    QList<Open311StatusChange> out;
    for (Seen &s : seen) {
        Open311StatusChange &c = s.change;
        if (!last.contains(c.serverId)) {
            const Open311Known k = known.value(c.serverId);
            last.insert(c.serverId, {k.current, k.currentText});
        }
        auto &[status, text] = last[c.serverId];
        // A plain or unknown word says "open" or "closed", not which step: the cache's
        // detailed status stays when it says the same.
        const QString word = s.word.trimmed();
        const bool saysClosed = word.compare(u"closed"_s, Qt::CaseInsensitive) == 0;
        const bool saysOpen = word.compare(u"open"_s, Qt::CaseInsensitive) == 0 ||
                              (!saysClosed && !open311::statusFromOpen311(word));
        if ((saysOpen && !isFinished(status)) || (saysClosed && isFinished(status)))
            c.status = status;
        c.isNewStep = c.status != status || c.publicText != text;
        status = c.status;
        text = c.publicText;
        out.append(c);
    }
    return out;
}

Open311Client::Open311Client(QNetworkAccessManager *network, Open311Target target, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(std::move(target))
{
    if (!m_target.base.path().endsWith(u'/'))
        m_target.base.setPath(m_target.base.path() + u'/');
}

Open311Client::~Open311Client()
{
    cancelAll();
}

void Open311Client::cancelAll()
{
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QUrl Open311Client::urlFor(const QString &resource,
                           const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_target.base.resolved(
        QUrl(resource + u'.' + open311::formatSuffix(m_target.format), QUrl::StrictMode));
    // Encoded by hand: QUrlQuery leaves '+' alone, which servers read as a space.
    QByteArrayList parts;
    if (!m_target.jurisdictionId.isEmpty())
        parts << "jurisdiction_id=" + QUrl::toPercentEncoding(m_target.jurisdictionId);
    for (const auto &[key, value] : query)
        parts << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    url.setQuery(QString::fromLatin1(parts.join('&')), QUrl::StrictMode);
    return url;
}

void Open311Client::get(const QString &resource, const QList<std::pair<QString, QString>> &query,
                        AnswerCallback done)
{
    QNetworkRequest request(urlFor(resource, query));
    request.setRawHeader("Accept", m_target.format == open311::Format::Json
                                       ? "application/json, text/xml;q=0.5"
                                       : "text/xml, application/json;q=0.5");
    request.setTransferTimeout(m_timeoutMs);
    track(m_network->get(request), std::move(done));
}

void Open311Client::post(const QString &resource, const QByteArray &form, AnswerCallback done)
{
    QNetworkRequest request(urlFor(resource, {}));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentLengthHeader, form.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new SendOnceBody(form);
    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    track(reply, std::move(done));
}

void Open311Client::track(QNetworkReply *reply, AnswerCallback done)
{
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        const QNetworkReply::NetworkError error = reply->error();
        // An HTTP status arrived: the server answered, whatever the status.
        a.answered = a.status > 0 && (error == QNetworkReply::NoError ||
                                      error >= QNetworkReply::ContentAccessDenied);
        a.refused = !a.answered && (error == QNetworkReply::ConnectionRefusedError ||
                                    error == QNetworkReply::HostNotFoundError ||
                                    error == QNetworkReply::NetworkSessionFailedError ||
                                    error == QNetworkReply::TemporaryNetworkFailureError);
        if (!a.answered)
            a.error = reply->errorString();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (const auto sniffed = open311::sniffFormat(a.body))
            a.format = *sniffed; // some servers label JSON as XML and the other way round
        else
            a.format = type.contains("xml") ? open311::Format::Xml : m_target.format;
        done(a);
    });
}

QString Open311Client::errorText(const Answer &answer) const
{
    if (!answer.answered)
        return answer.error;
    const QList<open311::Error> errors = open311::parseErrors(answer.body, answer.format);
    QStringList parts;
    for (const open311::Error &e : errors)
        parts << (e.code ? QString::number(e.code) + u' ' : QString()) + e.description;
    return parts.isEmpty() ? u"HTTP %1"_s.arg(answer.status) : parts.join(u"; "_s);
}

void Open311Client::discover(
    std::function<void(const open311::Parsed<QList<open311::Endpoint>> &, bool)> done)
{
    get(u"discovery"_s, {}, [this, done](const Answer &a) {
        open311::Parsed<QList<open311::Endpoint>> out;
        if (a.answered && (a.status == 404 || a.status == 501)) {
            done(out, false);
            return;
        }
        if (!a.answered || a.status != 200) {
            out.error = errorText(a);
            done(out, true);
            return;
        }
        done(open311::parseDiscovery(a.body, a.format), true);
    });
}

void Open311Client::fetchServices(
    std::function<void(const open311::Parsed<QList<open311::Service>> &)> done)
{
    get(u"services"_s, {}, [this, done](const Answer &a) {
        if (!a.answered || a.status != 200) {
            open311::Parsed<QList<open311::Service>> out;
            out.error = errorText(a);
            done(out);
            return;
        }
        done(open311::parseServices(a.body, a.format));
    });
}

void Open311Client::fetchDefinition(
    const QString &serviceCode,
    std::function<void(const open311::Parsed<open311::ServiceDefinition> &)> done)
{
    get(u"services/"_s + QString::fromLatin1(QUrl::toPercentEncoding(serviceCode)), {},
        [this, done](const Answer &a) {
            if (!a.answered || a.status != 200) {
                open311::Parsed<open311::ServiceDefinition> out;
                out.error = errorText(a);
                done(out);
                return;
            }
            done(open311::parseServiceDefinition(a.body, a.format));
        });
}

void Open311Client::submit(open311::NewRequest request, const QString &reference,
                           const QDateTime &firstAttemptAt, Attempt attempt,
                           std::function<void(const Open311Submission &)> done)
{
    request.jurisdictionId = m_target.jurisdictionId;
    request.apiKey = m_target.apiKey;
    // Never empty (some servers require a description) and findable after a lost answer.
    request.description = open311DescriptionWithReference(request.description, reference);
    if (attempt == Attempt::First) {
        postNew(request, std::move(done));
        return;
    }
    lookUp(request, reference, firstAttemptAt,
           [this, request, done = std::move(done)](const Answer &a, const QString &id) {
               if (!id.isEmpty()) {
                   Open311Submission s;
                   s.outcome = Open311Submission::Outcome::Sent;
                   s.serverId = id;
                   s.foundByLookup = true;
                   s.status = a.status;
                   done(s);
                   return;
               }
               if (!a.answered || a.status != 200) {
                   // Not knowing whether it is there, it must not be posted again yet.
                   Open311Submission s;
                   s.outcome = Open311Submission::Outcome::Unclear;
                   s.status = a.status;
                   s.message = u"could not look the report up: "_s + errorText(a);
                   done(s);
                   return;
               }
               postNew(request, done);
           });
}

void Open311Client::lookUp(const open311::NewRequest &request, const QString &reference,
                           const QDateTime &since,
                           std::function<void(const Answer &, QString id)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = (since.isValid() ? since : now.addDays(-1)).addSecs(-600);
    const QList<std::pair<QString, QString>> query{{u"service_code"_s, request.serviceCode},
                                                   {u"start_date"_s, utcText(from)},
                                                   {u"end_date"_s, utcText(now.addSecs(600))}};
    const QString marker = referenceMarker + reference;
    get(u"requests"_s, query, [done, marker](const Answer &a) {
        if (!a.answered || a.status != 200) {
            done(a, {});
            return;
        }
        const auto parsed = open311::parseRequests(a.body, a.format);
        if (!parsed) {
            Answer unreadable = a;
            unreadable.status = 0;
            unreadable.answered = false;
            unreadable.error = parsed.error;
            done(unreadable, {});
            return;
        }
        for (const open311::ServiceRequest &r : *parsed.value) {
            // The marker ends the description; a longer reference must not match a shorter.
            const qsizetype at = r.description.indexOf(marker);
            const qsizetype end = at + marker.size();
            if (at >= 0 && !r.id.isEmpty() &&
                (end == r.description.size() || r.description.at(end).isSpace())) {
                done(a, r.id);
                return;
            }
        }
        done(a, {});
    });
}

void Open311Client::postNew(const open311::NewRequest &request,
                            std::function<void(const Open311Submission &)> done)
{
    post(u"requests"_s, open311::encodeNewRequest(request), [this, done](const Answer &a) {
        using Outcome = Open311Submission::Outcome;
        Open311Submission s;
        s.status = a.status;
        if (!a.answered) {
            s.outcome = a.refused ? Outcome::NotSent : Outcome::Unclear;
            s.message = a.error;
            done(s);
            return;
        }
        if (a.status == 200 || a.status == 201) {
            const auto created = open311::parseCreated(a.body, a.format);
            if (!created) {
                // It was taken, but we cannot read under which id: look it up next time.
                s.outcome = Outcome::Unclear;
                s.message = u"unreadable answer: "_s + created.error;
            } else if (!created.value->first().id.isEmpty()) {
                s.outcome = Outcome::Sent;
                s.serverId = created.value->first().id;
            } else {
                s.outcome = Outcome::Pending;
                s.token = created.value->first().token;
            }
            done(s);
            return;
        }
        s.message = errorText(a);
        if (a.status == 429 || a.status == 503)
            s.outcome = Outcome::NotSent; // the server said it did not take it
        else if (a.status >= 500)
            s.outcome = Outcome::Unclear; // it may have stored it before failing
        else
            s.outcome = Outcome::Refused;
        done(s);
    });
}

void Open311Client::resolveToken(const QString &token,
                                 std::function<void(const open311::Parsed<QString> &)> done)
{
    get(u"tokens/"_s + QString::fromLatin1(QUrl::toPercentEncoding(token)), {},
        [this, done](const Answer &a) {
            open311::Parsed<QString> out;
            if (!a.answered || a.status != 200) {
                out.error = errorText(a);
                done(out);
                return;
            }
            const auto parsed = open311::parseRequests(a.body, a.format);
            if (!parsed) {
                out.error = parsed.error;
                done(out);
                return;
            }
            out.value = parsed.value->isEmpty() ? QString() : parsed.value->first().id;
            done(out);
        });
}

void Open311Client::fetchRequests(
    const QStringList &ids,
    std::function<void(const open311::Parsed<QList<open311::ServiceRequest>> &)> done)
{
    auto finish = [this, done](const Answer &a) {
        if (!a.answered || a.status != 200) {
            open311::Parsed<QList<open311::ServiceRequest>> out;
            out.error = errorText(a);
            done(out);
            return;
        }
        done(open311::parseRequests(a.body, a.format));
    };
    if (ids.size() == 1)
        get(u"requests/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ids.first())), {}, finish);
    else
        get(u"requests"_s, {{u"service_request_id"_s, ids.join(u',')}}, finish);
}

void Open311Client::fetchUpdates(
    const QDateTime &from, const QDateTime &to,
    std::function<void(const open311::Parsed<QList<open311::Update>> &, bool)> done)
{
    get(u"servicerequestupdates"_s,
        {{u"start_date"_s, utcText(from)}, {u"end_date"_s, utcText(to)}},
        [this, done](const Answer &a) {
            open311::Parsed<QList<open311::Update>> out;
            if (a.answered && (a.status == 404 || a.status == 501)) {
                done(out, false);
                return;
            }
            if (!a.answered || a.status != 200) {
                out.error = errorText(a);
                done(out, true);
                return;
            }
            done(open311::parseUpdates(a.body, a.format), true);
        });
}

} // namespace loket
