#include "backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace loket {

Backoff::Backoff(Policy policy, Random random)
    : m_policy(policy)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::system()->generateDouble(); };
    m_policy.baseMs = std::max<qint64>(1, m_policy.baseMs);
    m_policy.capMs = std::max(m_policy.baseMs, m_policy.capMs);
}

qint64 Backoff::ceilingMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 40); // 2^40 ms outgrows any cap
    const double ceiling = double(m_policy.baseMs) * std::ldexp(1.0, exponent);
    return ceiling >= double(m_policy.capMs) ? m_policy.capMs : qint64(ceiling);
}

qint64 Backoff::delayMs(int attempt, std::optional<qint64> retryAfterMs) const
{
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const qint64 jittered = qint64(std::llround(unit * double(ceilingMs(attempt))));
    if (!retryAfterMs)
        return jittered;
    // The server said when it can take us again: earlier is pointless, later (our own jitter
    // on top) spreads the clients that were all told the same time.
    const qint64 asked = std::clamp<qint64>(*retryAfterMs, 0, m_policy.maxRetryAfterMs);
    return std::max(asked, jittered);
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 12) // beyond 30,000 years: not a delay anybody meant
            return std::nullopt;
        return text.toLongLong() * 1000;
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete forms HTTP still
    // requires recipients to read (RFC 850 and asctime). The weekday is dropped before parsing:
    // it adds nothing, and Qt refuses a two-digit year whose century gives another weekday.
    const QString s = QString::fromLatin1(text).simplified();
    const QString withoutWeekday = s.section(u' ', 1);
    const QLocale c = QLocale::c();
    QDateTime at;
    for (const auto &format :
         {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        at = c.toDateTime(withoutWeekday, format);
        if (at.isValid())
            break;
    }
    if (!at.isValid())
        return std::nullopt;
    // Two-digit RFC 850 years: read as the nearest century, never as 19xx by default.
    if (at.date().year() < 1970)
        at = at.addYears(100);
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace loket
