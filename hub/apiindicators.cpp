// GET /api/v1/indicators: the regional indicators of docs/kpi.md for managers and admins.

#include "api.h"
#include "indicators.h"

#include "model/belgiantime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

// Answers already computed, by request and by the hub's change sequence when they were: any
// write moves the sequence on, so an answer is reused only while nothing changed. A dashboard
// asks the same question again and again; the computation reads every record of a municipality.
class AnswerCache final
{
public:
    std::optional<QJsonObject> find(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_answers.constFind(key);
        if (it == m_answers.cend())
            return std::nullopt;
        return *it;
    }
    void insert(const QString &key, const QJsonObject &answer)
    {
        QMutexLocker lock(&m_mutex);
        if (m_answers.size() >= maxAnswers)
            m_answers.clear(); // stale ones (an older sequence) are never asked for again
        m_answers.insert(key, answer);
    }

private:
    static constexpr qsizetype maxAnswers = 64;
    QMutex m_mutex;
    QHash<QString, QJsonObject> m_answers;
};

AnswerCache &answerCache()
{
    static AnswerCache cache;
    return cache;
}

} // namespace

HttpResponse Api::getIndicators(Store &store, const Principal &who, const HttpRequest &request)
{
    const Role role = who.account.role;
    if (role != Role::Manager && role != Role::Admin)
        return HttpResponse::error(403, u"forbidden"_s,
                                   tr("Only a manager or an admin reads the indicators."));

    const QDate today = belgianTime(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto badPeriod = [](const QString &message) {
        return HttpResponse::error(400, u"invalid_period"_s, message);
    };
    auto month = [&](const QString &name, QDate fallback) -> std::optional<QDate> {
        if (!request.query.hasQueryItem(name))
            return fallback;
        return monthFromText(request.query.queryItemValue(name, QUrl::FullyDecoded));
    };
    // Without a period: the last twelve months, the running one included.
    const auto to = month(u"to"_s, thisMonth);
    if (!to)
        return badPeriod(tr("The parameter to must be a month written YYYY-MM."));
    const auto from = month(u"from"_s, to->addMonths(-11));
    if (!from)
        return badPeriod(tr("The parameter from must be a month written YYYY-MM."));
    if (*from > *to)
        return badPeriod(tr("The period starts after it ends."));
    if (*to > thisMonth)
        return badPeriod(tr("The period ends in the future; the last month is %1.")
                             .arg(thisMonth.toString(u"yyyy-MM"_s)));
    const int months = (to->year() - from->year()) * 12 + to->month() - from->month() + 1;
    if (months > maxIndicatorMonths)
        return badPeriod(tr("The period covers %1 months; at most %2 are computed at once.")
                             .arg(months)
                             .arg(maxIndicatorMonths));

    // What the account may see: an admin the region, a manager its scope (or its own
    // municipality when the account has no scope).
    const QStringList region = store.municipalityCodes();
    if (!store.lastError().isEmpty())
        return HttpResponse::error(500, u"internal_error"_s,
                                   tr("The hub could not complete the request; try again."));
    QStringList visible;
    if (role == Role::Admin) {
        visible = region;
    } else {
        visible = who.account.scope;
        if (visible.isEmpty() && !who.account.municipalityNis.isEmpty())
            visible << who.account.municipalityNis;
    }

    QStringList wanted;
    for (const QString &value :
         request.query.allQueryItemValues(u"municipality"_s, QUrl::FullyDecoded)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString nis = part.trimmed();
            if (!region.contains(nis))
                return HttpResponse::error(
                    400, u"unknown_municipality"_s,
                    tr("%1 is not a municipality of the region.").arg(nis.left(16)));
            if (!visible.contains(nis))
                return HttpResponse::error(
                    403, u"forbidden"_s,
                    tr("The indicators of %1 are outside this account's scope.").arg(nis));
            if (!wanted.contains(nis))
                wanted << nis;
        }
    }
    if (wanted.isEmpty()) {
        for (const QString &nis : std::as_const(region)) {
            if (visible.contains(nis))
                wanted << nis;
        }
    }
    wanted.sort();

    IndicatorRequest query;
    query.firstMonth = *from;
    query.lastMonth = *to;
    query.municipalities = wanted;
    query.today = today;
    const qint64 seq = store.committedSeq();
    const QString key = u"%1|%2|%3|%4|%5"_s
                            .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate),
                                 today.toString(Qt::ISODate), wanted.join(u','))
                            .arg(seq);
    if (seq >= 0) {
        if (const auto cached = answerCache().find(key))
            return HttpResponse::json(200, *cached);
    }
    QString error;
    auto result = computeIndicators(store, query, &error);
    if (!result) {
        qWarning("loket-hub: indicators: %s", qUtf8Printable(error));
        return HttpResponse::error(500, u"internal_error"_s,
                                   tr("The hub could not complete the request; try again."));
    }
    // The time the figures were computed from the data; a reused answer keeps it.
    result->insert(u"computed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (seq >= 0)
        answerCache().insert(key, *result);
    return HttpResponse::json(200, *result);
}

} // namespace loket::hub
