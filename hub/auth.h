#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace loket::hub {

// Passwords, tokens and hashes through libsodium.
namespace auth {

// Must run once before any other function here (sodium_init is thread-safe).
bool initialize();

// Argon2id, as core's passwords:: (auth/passwordhash.h) makes and checks it.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
bool needsRehash(const QString &hash);
// Spends the time of one verification, so that an unknown user name answers no faster.
void verifyDummy(const QString &password);

QByteArray newToken();                     // 32 random bytes as 64 hex digits
QByteArray sha256Hex(QByteArrayView data); // 64 hex digits

} // namespace auth

// Counts failed logins per key (an account, a client address) in a sliding window and says
// how long a key must wait once it has used up its attempts. Thread-safe.
class RateLimiter final
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(int maxFailures, qint64 windowMs, Clock clock = {});

    // Seconds until the next attempt is allowed, or nothing when it is allowed now.
    std::optional<int> blockedFor(const QString &key);
    void recordFailure(const QString &key);
    void reset(const QString &key);

private:
    void prune(QList<qint64> &times, qint64 now) const;

    const int m_maxFailures;
    const qint64 m_windowMs;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace loket::hub
