#include "guideprogress.h"
#include "codes.h"

#include <QHash>

namespace loket {
namespace {
constexpr CodeTable<StepStatus, 3> statusCodes{{
    {StepStatus::NotYet, u"not_yet"},
    {StepStatus::Alone, u"alone"},
    {StepStatus::WithHelp, u"with_help"},
}};

QHash<QString, StepStatus> statusByStep(const QString &guideId,
                                        const QList<GuideProgress> &progress)
{
    QHash<QString, StepStatus> out;
    for (const GuideProgress &p : progress) {
        if (p.guideId == guideId)
            out.insert(p.stepId, p.status);
    }
    return out;
}
} // namespace

QString stepStatusCode(StepStatus status)
{
    return statusCodes.code(status);
}

std::optional<StepStatus> stepStatusFromCode(QStringView code)
{
    return statusCodes.fromCode(code);
}

QString guideProgressId(const QString &citizenId, const QString &guideId, const QString &stepId)
{
    return citizenId + u':' + guideId + u':' + stepId;
}

GuideAutonomy guideAutonomy(const QString &guideId, const QStringList &stepIds,
                            const QList<GuideProgress> &progress)
{
    if (stepIds.isEmpty())
        return GuideAutonomy::NotYet;
    const QHash<QString, StepStatus> status = statusByStep(guideId, progress);
    bool helped = false;
    for (const QString &step : stepIds) {
        const StepStatus s = status.value(step, StepStatus::NotYet);
        if (s == StepStatus::NotYet)
            return GuideAutonomy::NotYet;
        helped = helped || s == StepStatus::WithHelp;
    }
    return helped ? GuideAutonomy::WithHelp : GuideAutonomy::Alone;
}

int firstOpenStep(const QString &guideId, const QStringList &stepIds,
                  const QList<GuideProgress> &progress)
{
    const QHash<QString, StepStatus> status = statusByStep(guideId, progress);
    for (qsizetype i = 0; i < stepIds.size(); ++i) {
        if (status.value(stepIds.at(i), StepStatus::NotYet) == StepStatus::NotYet)
            return int(i);
    }
    return 0;
}

} // namespace loket
