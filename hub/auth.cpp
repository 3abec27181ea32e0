#include "auth.h"
#include "auth/passwordhash.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <sodium.h>

namespace loket::hub {
namespace auth {

bool initialize()
{
    return passwords::initialize();
}

QString hashPassword(const QString &password)
{
    return passwords::hash(password);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    return passwords::verify(hash, password);
}

bool needsRehash(const QString &hash)
{
    return passwords::needsRehash(hash);
}

void verifyDummy(const QString &password)
{
    static const QString dummy = hashPassword(QString::fromLatin1(newToken()));
    verifyPassword(dummy, password);
}

QByteArray newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
}

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()),
                       quint64(data.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

} // namespace auth

RateLimiter::RateLimiter(int maxFailures, qint64 windowMs, Clock clock)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            static QElapsedTimer timer = [] {
                QElapsedTimer t;
                t.start();
                return t;
            }();
            return timer.elapsed();
        };
    }
}

void RateLimiter::prune(QList<qint64> &times, qint64 now) const
{
    while (!times.isEmpty() && times.first() <= now - m_windowMs)
        times.removeFirst();
}

std::optional<int> RateLimiter::blockedFor(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return std::nullopt;
    const qint64 now = m_clock();
    prune(*it, now);
    if (it->size() < m_maxFailures) {
        if (it->isEmpty())
            m_failures.erase(it);
        return std::nullopt;
    }
    // Allowed again when the oldest failure that counts leaves the window.
    const qint64 freeAt = it->at(it->size() - m_maxFailures) + m_windowMs;
    return int(qMax<qint64>(1, (freeAt - now + 999) / 1000));
}

void RateLimiter::recordFailure(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    // Keep memory bounded when someone sprays user names.
    if (m_failures.size() > 100000) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, now);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
    }
    QList<qint64> &times = m_failures[key];
    prune(times, now);
    times.append(now);
    if (times.size() > m_maxFailures)
        times.removeFirst();
}

void RateLimiter::reset(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(key);
}

} // namespace loket::hub
