#include "visit.h"

#include <QCoreApplication>

namespace loket {

QString visitProblem(const Visit &visit)
{
    if (visit.id.trimmed().isEmpty())
        return QCoreApplication::translate("Visit", "A visit needs an identifier.");
    if (visit.citizenId.trimmed().isEmpty())
        return QCoreApplication::translate("Visit", "A visit needs a citizen.");
    if (visit.staffId.trimmed().isEmpty())
        return QCoreApplication::translate("Visit",
                                           "A visit needs the outreach worker who visits.");
    if (!visit.date.isValid())
        return QCoreApplication::translate("Visit", "A visit needs a valid date.");
    if (visit.purpose.size() > Visit::maxPurposeLength)
        return QCoreApplication::translate("Visit",
                                           "The purpose of a visit is at most %n characters long.",
                                           nullptr, Visit::maxPurposeLength);
    return {};
}

bool visitIsCurrent(const Visit &visit, QDate today, int keepDays)
{
    return visit.date.isValid() && today <= visit.date.addDays(keepDays);
}

} // namespace loket
