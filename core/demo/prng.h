#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <span>

// Internal to the demo generator: a seeded PRNG, stream derivation and calendar arithmetic on
// plain integers. The generator makes millions of records, so it avoids QDateTime on its hot path.
namespace loket::demo::detail {

// The splitmix64 finaliser: a bijection on 64 bits, so distinct inputs give distinct outputs.
constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// splitmix64: tiny state, fast, and good enough statistically for demo data.
class Rng final
{
public:
    explicit Rng(quint64 state)
        : m_state(state)
    {}

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    // Uniform in [0, n); the multiply-shift bias is below 2^-32, invisible in demo data.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    int between(int low, int high) { return low + int(below(quint32(high - low + 1))); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[below(quint32(items.size()))];
    }
    // Index into `weights` with probability proportional to each weight.
    int weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return int(i);
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

// Independent streams: one per (seed, purpose, index), so that a record depends only on them.
enum class Stream : quint64 {
    Citizen = 1,
    BirthSlot,
    Reports,
    Documents,
    Contacts,
    Ids,
};

inline Rng streamFor(quint64 seed, Stream stream, quint64 index, quint64 sub = 0)
{
    return Rng(mix64(mix64(seed ^ (quint64(stream) * 0xd1b54a32d192ed03ULL)) + index) ^
               mix64(sub + 0x632be59bd9b4e019ULL));
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int year;
    int month;
    int day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {int(yoe + era * 400) + (m <= 2), m, d};
}

// 0 = Monday ... 6 = Sunday.
constexpr int weekday(qint64 days)
{
    return int(((days % 7) + 7 + 3) % 7);
}

constexpr qint64 secondsPerDay = 86400;

inline void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// YYYY-MM-DD
inline QString isoDate(qint64 days)
{
    const Civil c = civilFromDays(days);
    char16_t buf[10];
    putDigits(buf, c.year, 4);
    buf[4] = u'-';
    putDigits(buf + 5, c.month, 2);
    buf[7] = u'-';
    putDigits(buf + 8, c.day, 2);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

// YYYY-MM-DDTHH:MM:SSZ, from seconds since the epoch (UTC).
inline QString isoTime(qint64 seconds)
{
    const qint64 days =
        seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay;
    const int rest = int(seconds - days * secondsPerDay);
    const Civil c = civilFromDays(days);
    char16_t buf[20];
    putDigits(buf, c.year, 4);
    buf[4] = u'-';
    putDigits(buf + 5, c.month, 2);
    buf[7] = u'-';
    putDigits(buf + 8, c.day, 2);
    buf[10] = u'T';
    putDigits(buf + 11, rest / 3600, 2);
    buf[13] = u':';
    putDigits(buf + 14, rest / 60 % 60, 2);
    buf[16] = u':';
    putDigits(buf + 17, rest % 60, 2);
    buf[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), 20);
}

} // namespace loket::demo::detail
