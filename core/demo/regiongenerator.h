#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/municipality.h"
#include "model/report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace loket::demo {

struct RegionOptions
{
    quint64 seed = 1;
    qint64 citizens = 5000; // 1,000 to 1,000,000
    // "Today" for the generated histories; fixed by the caller so that a seed always gives
    // the same region. Defaults to 2026-11-28.
    QDate today = QDate(2026, 11, 28);
};

// A street of the region, for address completion and for generating addresses.
struct Street
{
    QString nisCode;
    QString name;
    QString postcode;
    QString place; // deelgemeente: Heverlee, Kessel-Lo ...
};

// Where a generated citizen's names come from; decides the name lists and, plausibly, the
// preferred language.
enum class NameOrigin {
    Flemish,
    Walloon,
    Moroccan,
    Turkish,
    Polish,
    Syrian,
    Romanian,
    Italian,
    Congolese,
    Dutch,
    Other,
};
inline constexpr int nameOriginCount = int(NameOrigin::Other) + 1;
QString nameOriginCode(NameOrigin origin); // "flemish", "walloon", ...

// Everything that belongs to one generated citizen.
struct CitizenBundle
{
    Citizen citizen;
    QList<Report> reports; // reports this citizen filed (citizenIds starts with this citizen)
    QList<Document> documents;
    QList<ContactMoment> contacts;
    NameOrigin origin = NameOrigin::Flemish;
};

// A deterministic, seeded demo region (DESIGN §3, issue 2): real Flemish municipalities with
// their NIS codes and real street names, a realistic mix of names, national numbers with valid
// checks that belong to nobody, eBox consent for part of the citizens, reports in the regional
// category catalogue with status histories, documents with delivery histories, and contact
// moments. Citizen i depends only on (seed, i), so any slice can be generated on any thread.
class RegionGenerator final
{
public:
    // National numbers are unique by construction up to this size (see the .cpp).
    static constexpr qint64 maxCitizens = 1000000;

    explicit RegionGenerator(RegionOptions options);
    ~RegionGenerator();
    RegionGenerator(const RegionGenerator &) = delete;
    RegionGenerator &operator=(const RegionGenerator &) = delete;

    const RegionOptions &options() const;
    QList<Municipality> municipalities() const;
    QList<Category> categories() const;
    QList<Street> streets() const;
    QStringList contactTopics() const; // codes of the regional topic list

    qint64 citizenCount() const; // options().citizens, limited to 0..maxCitizens
    CitizenBundle citizen(qint64 index) const;
    // The id citizen(index) will have, without generating the rest.
    QString citizenId(qint64 index) const;

    // The NIS code of a municipality or deelgemeente of the demo region by name, compared
    // without case and diacritics ("Heverlee" and "heverlee" give 24062); empty when unknown.
    static QString nisCodeForPlace(QStringView name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace loket::demo
