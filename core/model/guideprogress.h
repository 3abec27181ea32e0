#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace loket {

// How a citizen did one step of a guide, as ticked by the staff member beside them.
enum class StepStatus { NotYet, Alone, WithHelp };

QString stepStatusCode(StepStatus status);
std::optional<StepStatus> stepStatusFromCode(QStringView code);

// Where a citizen stands in one step of one guide (DESIGN §3 guide_progress). One record per
// (citizen, guide, step); the id is derived from the three so that every client writes the same
// record, and the hub keeps the latest state of it.
struct GuideProgress
{
    QString id;
    QString citizenId;
    QString guideId;
    QString stepId;       // the guide's stable step id (DESIGN §10)
    int guideVersion = 0; // the version of the guide the step was done in
    StepStatus status = StepStatus::NotYet;
    QString staffId;
    QString doneAt; // UTC, ISO 8601; when the status was set
    qint64 version = 0;
    QString updatedAt;
};

// "<citizen id>:<guide id>:<step id>"; guide and step ids hold no colon (GuideParser::isValidId).
QString guideProgressId(const QString &citizenId, const QString &guideId, const QString &stepId);

// A citizen's digital autonomy for one guide, at a glance (issue 6, item 4).
enum class GuideAutonomy {
    NotYet,   // at least one step not done
    WithHelp, // every step done, at least one with help
    Alone,    // every step done alone
};

// The summary for a guide with `stepIds` from the progress records of one citizen (records of
// other guides and of steps the guide no longer has are ignored).
GuideAutonomy guideAutonomy(const QString &guideId, const QStringList &stepIds,
                            const QList<GuideProgress> &progress);

// The index of the first step of `stepIds` not done; 0 when all are done (start over), and 0
// for a guide without progress.
int firstOpenStep(const QString &guideId, const QStringList &stepIds,
                  const QList<GuideProgress> &progress);

} // namespace loket
