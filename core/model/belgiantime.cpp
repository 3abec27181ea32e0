#include "belgiantime.h"

#include <QTimeZone>

namespace loket {

QDateTime belgianTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // the cache stores UTC; a missing "Z" does not make it local
    static const QTimeZone brussels("Europe/Brussels");
    return brussels.isValid() ? t.toTimeZone(brussels) : t.toLocalTime();
}

QDate belgianDate(const QString &isoDateOrTime)
{
    if (isoDateOrTime.size() == 10)
        return QDate::fromString(isoDateOrTime, Qt::ISODate);
    return belgianTime(isoDateOrTime).date();
}

} // namespace loket
