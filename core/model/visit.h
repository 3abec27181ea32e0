#pragma once

#include <QDate>
#include <QString>

namespace loket {

// A planned home visit (DESIGN §3): which outreach worker visits which citizen on which day and
// why. An outreach laptop keeps a citizen's dossier only while a visit to them is current.
struct Visit
{
    static constexpr int maxPurposeLength = 200;

    QString id; // UUID, made by whoever planned the visit
    QString citizenId;
    QString staffId;    // the outreach worker who visits
    QDate date;         // the day of the visit, in Belgian time
    QString purpose;    // why, in staff words ("help with the eBox"); may be empty
    qint64 version = 0; // 0 until the hub has stored it
    QString updatedAt;  // UTC, ISO 8601, set by the hub
};

// Why a visit cannot be stored as it stands, in a sentence for staff; empty when it can.
QString visitProblem(const Visit &visit);

// Whether the dossier of a visit may still be kept on the machine on `today`: from any time
// before the visit until `keepDays` days after it (DESIGN §8, data minimisation).
bool visitIsCurrent(const Visit &visit, QDate today, int keepDays);

} // namespace loket
