#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/guideprogress.h"
#include "model/report.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace loket::hub {

class Store;

// What GET /api/v1/indicators asks for: whole months, Belgian calendar, some municipalities.
struct IndicatorRequest
{
    QDate firstMonth; // the first day of the first month
    QDate lastMonth;  // the first day of the last month
    QStringList municipalities;
    QDate today; // Belgian date the figures are computed on (backlog of the running month)
};

// The longest period one request may cover, in months.
inline constexpr int maxIndicatorMonths = 36;

// "YYYY-MM" as the first day of that month; nullopt for anything else.
std::optional<QDate> monthFromText(QStringView text);

// Computes the regional indicators of docs/kpi.md per municipality and month from records as
// the hub stores them (wire JSON). Every figure is computed here in C++ from rows the database
// only hands over, so that SQLite and PostgreSQL give the same answer by construction, and the
// order the rows arrive in changes nothing. Records of municipalities outside the request are
// ignored.
class IndicatorCalculator final
{
public:
    explicit IndicatorCalculator(IndicatorRequest request);

    // The service norm of each category, in working days; call before addReport().
    void addCategory(const Category &category);
    // `nis` is the municipality the record counts for (docs/kpi.md); the hub's first scope.
    void addCitizen(const QString &nis, const Citizen &citizen);
    void addReport(const QString &nis, const Report &report);
    void addDocument(const QString &nis, const Document &document);
    void addContact(const QString &nis, const ContactMoment &contact);
    void addGuideProgress(const QString &nis, const GuideProgress &progress);
    // The step ids of every guide the hub knows; guide progress of other guides is ignored.
    void setGuideSteps(QHash<QString, QStringList> stepsByGuide);

    // {"from","to","months","municipalities","rows":[{"municipality","month",...}]}
    QJsonObject result() const;

private:
    struct Cell; // the tallies of one municipality in one month
    Cell *cell(const QString &nis, QDate day);
    int monthIndex(QDate day) const;
    QDate monthEnd(int index) const; // the last day counted in month `index`

    IndicatorRequest m_request;
    int m_months = 0;
    QHash<QString, int> m_norms;            // category code -> working days
    QHash<QString, int> m_municipalityRows; // NIS code -> first cell index
    std::vector<Cell> m_cells;
    // Guide progress, grouped per (municipality, citizen, guide) until result().
    QHash<QString, QStringList> m_guideSteps;
    struct GuideKey
    {
        QString nis;
        QList<GuideProgress> steps;
    };
    QHash<QString, GuideKey> m_guides; // "citizen id|guide id"
};

// Reads what the indicators count from `store` and computes them; nullopt on a database error
// (then `error` says which).
std::optional<QJsonObject> computeIndicators(Store &store, const IndicatorRequest &request,
                                             QString *error);

} // namespace loket::hub
