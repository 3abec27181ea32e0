#pragma once

#include <QDateTime>

namespace loket {

// The time source of the sync engine and the outbox; tests inject a clock they move by hand so
// that backoff and Retry-After are checked without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace loket
