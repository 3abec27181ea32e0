#pragma once

#include <QDate>
#include <QList>

namespace loket {

// Working days as Belgian public services count them (DESIGN §3): Monday to Friday, except the
// ten legal public holidays. Municipal closing days are not known here (see docs/kpi.md).
//
// Convention for counting (docs/kpi.md, "Working days"): workingDaysBetween(from, to) is the
// number of working days d with from < d <= to. The day something starts does not count, the
// day it ends counts when it is a working day: a report received and resolved on the same day
// took 0 working days, received on a Friday and resolved the next Monday took 1. When `to`
// lies before `from` the result is the negated count of the other direction. addWorkingDays is
// its inverse: workingDaysBetween(d, addWorkingDays(d, n)) == n for every d and n >= 0.

// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
QDate easterSunday(int year);
// The ten Belgian legal public holidays of `year`, in date order: New Year, Easter Monday,
// Labour Day (1 May), Ascension, Whit Monday, the national holiday (21 July), Assumption
// (15 August), All Saints (1 November), Armistice (11 November) and Christmas. A holiday on a
// weekend stays on its day (an employer grants a replacement day; public services do not close
// another day for it).
QList<QDate> belgianPublicHolidays(int year);
bool isBelgianPublicHoliday(QDate date);
// Monday to Friday and not a public holiday; false for an invalid date.
bool isWorkingDay(QDate date);
// The `days`-th working day after `from` (before it when negative); `from` itself when `days` is
// 0, whether or not it is a working day. For days >= 0 it is the first date x with
// workingDaysBetween(from, x) == days; for days < 0 that holds when `from` is a working day.
QDate addWorkingDays(QDate from, int days);
// The working days in (from, to]; negative when `to` is before `from`; 0 for an invalid date.
int workingDaysBetween(QDate from, QDate to);

} // namespace loket
