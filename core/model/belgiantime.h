#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace loket {

// The cache stores UTC (ISO 8601); people read Belgian time. One conversion for core and UI.
// A stored UTC time in Belgian local time; invalid when it cannot be read.
QDateTime belgianTime(const QString &isoUtc);
// The Belgian calendar day of a stored time, or the date itself for "YYYY-MM-DD".
QDate belgianDate(const QString &isoDateOrTime);

} // namespace loket
