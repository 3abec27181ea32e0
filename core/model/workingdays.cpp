#include "workingdays.h"

namespace loket {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every Gregorian year.
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> belgianPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {QDate(year, 1, 1),   easter.addDays(1),  QDate(year, 5, 1),  easter.addDays(39),
            easter.addDays(50),  QDate(year, 7, 21), QDate(year, 8, 15), QDate(year, 11, 1),
            QDate(year, 11, 11), QDate(year, 12, 25)};
}

bool isBelgianPublicHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    const int m = date.month(), d = date.day();
    // The fixed ones first: most calls are answered without the computus.
    if ((m == 1 && d == 1) || (m == 5 && d == 1) || (m == 7 && d == 21) || (m == 8 && d == 15) ||
        (m == 11 && (d == 1 || d == 11)) || (m == 12 && d == 25))
        return true;
    // Easter Monday falls from 23 March to 26 April, Whit Monday by 14 June at the latest.
    if (m < 3 || m > 6)
        return false;
    const qint64 fromEaster = easterSunday(date.year()).daysTo(date);
    return fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
}

bool isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isBelgianPublicHoliday(date);
}

QDate addWorkingDays(QDate from, int days)
{
    if (!from.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate day = from;
    for (int left = days < 0 ? -days : days; left > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int workingDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    // Whole weeks hold five working days less the holidays in them; the rest day by day.
    int count = 0;
    QDate day = from;
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    if (weeks > 0) {
        const QDate weeksEnd = from.addDays(weeks * 7);
        count += int(weeks * 5);
        for (int year = from.year(); year <= weeksEnd.year(); ++year) {
            for (const QDate &h : belgianPublicHolidays(year)) {
                if (h > from && h <= weeksEnd && h.dayOfWeek() <= 5)
                    --count;
            }
        }
        day = weeksEnd;
    }
    while (day < to) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

} // namespace loket
