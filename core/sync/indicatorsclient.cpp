#include "indicatorsclient.h"
#include "hubclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Indicators", text);
}

QString cellKey(const QString &nis, QDate month, const QString &key)
{
    return nis + u'|' + month.toString(u"yyyy-MM"_s) + u'|' + key;
}

std::optional<QDate> month(const QJsonValue &v)
{
    const QString text = v.toString();
    const QDate d = QDate::fromString(text + u"-01"_s, Qt::ISODate);
    if (text.size() != 7 || !d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

const QList<IndicatorDefinition> &indicatorDefinitions()
{
    using K = IndicatorDefinition::Kind;
    using S = IndicatorDefinition::Section;
    static const QList<IndicatorDefinition> all = {
        {u"reports_received"_s, K::Count, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Reports received")},
        {u"reports_resolved"_s, K::Count, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Reports resolved")},
        {u"handling_days_median"_s, K::WorkingDays, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Handling time, median (working days)")},
        {u"handling_days_p90"_s, K::WorkingDays, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Handling time, 90th percentile (working days)")},
        {u"share_within_norm"_s, K::Share, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Resolved within the service norm")},
        {u"backlog"_s, K::Count, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Backlog at month end")},
        {u"overdue"_s, K::Count, S::Reports,
         QT_TRANSLATE_NOOP("Indicators", "Overdue at month end")},
        {u"share_ebox"_s, K::Share, S::Documents,
         QT_TRANSLATE_NOOP("Indicators", "Citizens with eBox consent")},
        {u"share_digital"_s, K::Share, S::Documents,
         QT_TRANSLATE_NOOP("Indicators", "Documents delivered digitally")},
        {u"ebox_read_rate"_s, K::Share, S::Documents,
         QT_TRANSLATE_NOOP("Indicators", "eBox read rate")},
        {u"fallbacks_to_paper"_s, K::Count, S::Documents,
         QT_TRANSLATE_NOOP("Indicators", "Fallbacks to paper")},
        {u"paper_returned"_s, K::Count, S::Documents,
         QT_TRANSLATE_NOOP("Indicators", "Paper returned undelivered")},
        {u"contacts_counter"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Contacts at the counter")},
        {u"contacts_phone"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Contacts by phone")},
        {u"contacts_helpdesk"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Contacts through the helpdesk")},
        {u"contacts_home_visit"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Home visits")},
        {u"contacts_email"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Contacts by e-mail")},
        {u"contacts_video"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Video calls")},
        {u"follow_ups_due"_s, K::Count, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Follow-up tasks due")},
        {u"follow_ups_closed_on_time"_s, K::Share, S::Contacts,
         QT_TRANSLATE_NOOP("Indicators", "Follow-up tasks closed on time")},
        {u"guides_completed_alone"_s, K::Count, S::Guides,
         QT_TRANSLATE_NOOP("Indicators", "Guides completed alone")},
        {u"guides_completed_with_help"_s, K::Count, S::Guides,
         QT_TRANSLATE_NOOP("Indicators", "Guides completed with help")},
    };
    return all;
}

std::optional<IndicatorDefinition> indicatorDefinition(const QString &key)
{
    for (const IndicatorDefinition &d : indicatorDefinitions()) {
        if (d.key == key)
            return d;
    }
    return std::nullopt;
}

QString indicatorName(const IndicatorDefinition &definition)
{
    return QCoreApplication::translate("Indicators", definition.name);
}

QString indicatorSectionName(IndicatorDefinition::Section section)
{
    switch (section) {
    case IndicatorDefinition::Section::Reports:
        return tr("Reports");
    case IndicatorDefinition::Section::Documents:
        return tr("Documents and eBox");
    case IndicatorDefinition::Section::Contacts:
        return tr("Contacts");
    case IndicatorDefinition::Section::Guides:
        return tr("Digital inclusion");
    }
    return {};
}

std::optional<double> IndicatorReport::value(const QString &nis, QDate month,
                                             const QString &key) const
{
    return m_values.value(cellKey(nis, month, key));
}

std::optional<IndicatorReport> IndicatorReport::fromJson(const QJsonObject &json, QString *error)
{
    IndicatorReport r;
    const auto from = month(json.value(u"from"_s));
    const auto to = month(json.value(u"to"_s));
    if (!from || !to) {
        *error = u"the answer has no period (from, to)"_s;
        return std::nullopt;
    }
    r.from = *from;
    r.to = *to;
    r.asOf = QDate::fromString(json.value(u"as_of"_s).toString(), Qt::ISODate);
    r.computedAt = json.value(u"computed_at"_s).toString();
    for (const QJsonValue &v : json.value(u"months"_s).toArray()) {
        const auto m = month(v);
        if (!m) {
            *error = u"a month of the answer is not YYYY-MM"_s;
            return std::nullopt;
        }
        r.months << *m;
    }
    for (const QJsonValue &v : json.value(u"municipalities"_s).toArray()) {
        const QJsonObject m = v.toObject();
        const QString nis = m.value(u"nis"_s).toString();
        if (nis.isEmpty()) {
            *error = u"a municipality of the answer has no NIS code"_s;
            return std::nullopt;
        }
        r.municipalities.append({nis, m.value(u"name"_s).toString(nis)});
    }
    for (const QJsonValue &v : json.value(u"unavailable"_s).toArray())
        r.unavailable << v.toString();
    for (const QJsonValue &v : json.value(u"rows"_s).toArray()) {
        const QJsonObject row = v.toObject();
        const QString nis = row.value(u"municipality"_s).toString();
        const auto m = month(row.value(u"month"_s));
        if (nis.isEmpty() || !m) {
            *error = u"a row of the answer has no municipality or month"_s;
            return std::nullopt;
        }
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (it.value().isDouble())
                r.m_values.insert(cellKey(nis, *m, it.key()), it.value().toDouble());
        }
    }
    return r;
}

// Lives on the client's thread: owns the network access manager and the hub client there.
class IndicatorsClient::Worker final : public QObject
{
public:
    using Deliver = std::function<void(quint64, const std::optional<IndicatorReport> &,
                                       const QString &, const QString &)>;

    explicit Worker(Deliver deliver)
        : m_deliver(std::move(deliver))
    {}

    void fetch(quint64 request, const QUrl &hub, const QByteArray &token, const HubRequest &what)
    {
        if (!m_client) {
            m_network = new QNetworkAccessManager(this);
            m_client = new HubClient(m_network, this);
        }
        // A newer request replaces the one in flight.
        m_client->cancelAll();
        m_client->setBaseUrl(hub);
        m_client->setToken(token);
        m_client->send(what, [this, request](const HubReply &reply) { answer(request, reply); });
    }

private:
    void answer(quint64 request, const HubReply &reply)
    {
        if (!reply.answered()) {
            m_deliver(request, std::nullopt,
                      QCoreApplication::translate(
                          "Indicators",
                          "The regional hub cannot be reached; try again when the connection is "
                          "back."),
                      reply.networkError);
            return;
        }
        if (reply.status != 200) {
            QString message;
            switch (reply.status) {
            case 401:
                message = QCoreApplication::translate(
                    "Indicators", "The session has ended; sign in again to see the indicators.");
                break;
            case 403:
                message = QCoreApplication::translate(
                    "Indicators",
                    "This account may not see these indicators; they are for managers "
                    "and admins, each for the municipalities in their scope.");
                break;
            case 400:
                message =
                    QCoreApplication::translate("Indicators", "The hub refused the period: %1")
                        .arg(reply.errorMessage());
                break;
            default:
                message = QCoreApplication::translate(
                    "Indicators", "The hub could not compute the indicators; try again later.");
                break;
            }
            m_deliver(request, std::nullopt, message,
                      u"HTTP %1 %2"_s.arg(reply.status).arg(reply.errorCode()));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        QString problem = parseError.error == QJsonParseError::NoError && !doc.isObject()
                              ? u"the answer is not a JSON object"_s
                              : parseError.errorString();
        std::optional<IndicatorReport> report;
        if (doc.isObject())
            report = IndicatorReport::fromJson(doc.object(), &problem);
        if (!report) {
            m_deliver(request, std::nullopt,
                      QCoreApplication::translate(
                          "Indicators",
                          "The hub's answer could not be read; the hub may be of another version."),
                      problem);
            return;
        }
        m_deliver(request, report, {}, {});
    }

    Deliver m_deliver;
    QNetworkAccessManager *m_network = nullptr;
    HubClient *m_client = nullptr;
};

IndicatorsClient::IndicatorsClient(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    m_thread->setObjectName(u"indicators"_s);
    m_worker = new Worker([this](quint64 request, const std::optional<IndicatorReport> &report,
                                 const QString &message, const QString &detail) {
        deliver(request, report, message, detail);
    });
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

IndicatorsClient::~IndicatorsClient()
{
    m_latest = 0;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void IndicatorsClient::setSession(const QUrl &hub, const QByteArray &token)
{
    m_hub = hub;
    m_token = token;
}

quint64 IndicatorsClient::fetch(QDate from, QDate to, const QStringList &municipalities)
{
    const quint64 request = ++m_latest;
    HubRequest what;
    what.path = u"/api/v1/indicators"_s;
    what.query.addQueryItem(u"from"_s, from.toString(u"yyyy-MM"_s));
    what.query.addQueryItem(u"to"_s, to.toString(u"yyyy-MM"_s));
    if (!municipalities.isEmpty())
        what.query.addQueryItem(u"municipality"_s, municipalities.join(u','));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, hub = m_hub, token = m_token, what] {
            worker->fetch(request, hub, token, what);
        },
        Qt::QueuedConnection);
    return request;
}

void IndicatorsClient::deliver(quint64 request, const std::optional<IndicatorReport> &report,
                               const QString &message, const QString &detail)
{
    // Runs on the worker's thread: hand over to this object's thread, newest answer only.
    QPointer<IndicatorsClient> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, request, report, message, detail] {
            if (!self || request != self->m_latest)
                return;
            if (report)
                emit self->fetched(request, *report);
            else
                emit self->failed(request, message, detail);
        },
        Qt::QueuedConnection);
}

} // namespace loket
