#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace loket {

// The limits of Backoff.
struct BackoffPolicy
{
    qint64 baseMs = 1000;
    qint64 capMs = 5 * 60 * 1000;
    // A Retry-After beyond this is treated as this: a misconfigured hub must not park a client
    // for days.
    qint64 maxRetryAfterMs = 6 * 60 * 60 * 1000;
};

// Capped exponential backoff with full jitter: the n-th retry waits a uniformly random time in
// [0, min(cap, base * 2^(n-1))], so that many clients that failed together do not return
// together. A server's Retry-After wins when it asks for longer.
class Backoff final
{
public:
    using Policy = BackoffPolicy;
    // Returns a number in [0, 1); the default draws from the system's generator.
    using Random = std::function<double()>;

    explicit Backoff(Policy policy = {}, Random random = {});

    const Policy &policy() const { return m_policy; }
    // The upper bound of the wait before retry number `attempt` (1 = first retry).
    qint64 ceilingMs(int attempt) const;
    // The wait before retry number `attempt`, honouring `retryAfterMs` when given.
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs = std::nullopt) const;

private:
    Policy m_policy;
    Random m_random;
};

// Reads an HTTP Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3), relative
// to `now`. A date in the past means "now" (0); anything unreadable gives nothing.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace loket
