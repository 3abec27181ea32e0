#include "regiongenerator.h"
#include "model/nationalnumber.h"
#include "prng.h"
#include "regiondata.h"
#include "text/namekey.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace loket::demo {

using namespace detail;

namespace {

// National numbers: the daily sequence holds 499 odd (men) and 499 even (women) values. Citizen
// i uses sequence slot k = i % 499 and, within that slot, birth-date rank j = i / 499. For a
// fixed k the ranks map through a seeded permutation of [0, 2048) to evenly spaced quantiles
// of the birth-date distribution, shifted by a per-slot offset. No day of that distribution
// carries as much as 1/2048 of the mass (checked at construction), so two ranks of one slot
// never land on the same day: (birth date, sequence) and hence the number is unique for every
// citizen up to 499 * 2048 > maxCitizens, by construction rather than by luck.
constexpr int sequenceSlots = 499;
constexpr int ranksPerSlot = 2048;
static_assert(qint64(sequenceSlots) * ranksPerSlot >= RegionGenerator::maxCitizens);

constexpr int maxReportsPerCitizen = 4; // public numbers are derived from index * this

enum class IdKind : quint64 { Citizen = 1, Report, Document, Contact };

QString text(data::Text t)
{
    // The tables are static: share them instead of copying every name into every record.
    return QString::fromRawData(reinterpret_cast<const QChar *>(t.data()), qsizetype(t.size()));
}

template<typename T> const T &pick(Rng &r, std::span<const T> items)
{
    return items[r.below(quint32(items.size()))];
}

// Names follow a long-tailed distribution, as real name statistics do: about 1 in 100 Flemings
// is called Peeters, while most names are carried by very few. The first name of every list in
// regiondata is the most common one and gets weight 1 / (rank + offset).
class WeightedNames
{
public:
    WeightedNames() = default;
    WeightedNames(std::vector<QString> names, const std::vector<double> &weights)
        : m_names(std::move(names))
    {
        double total = 0;
        m_cumulative.reserve(m_names.size());
        for (double weight : weights) {
            total += weight;
            m_cumulative.push_back(total);
        }
    }

    static WeightedNames ranked(std::vector<QString> names, double offset)
    {
        std::vector<double> weights;
        weights.reserve(names.size());
        for (size_t rank = 0; rank < names.size(); ++rank) {
            double weight = 1.0 / (double(rank) + offset);
            if (names[rank].contains(u'-'))
                weight *= 0.3; // "Anne-Marie", "Jean-Pierre": far rarer than their parts
            weights.push_back(weight);
        }
        return WeightedNames(std::move(names), weights);
    }

    bool isEmpty() const { return m_names.empty(); }

    const QString &pick(Rng &r) const
    {
        const double x = r.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        const size_t at = std::min(size_t(it - m_cumulative.begin()), m_names.size() - 1);
        return m_names[at];
    }

private:
    std::vector<QString> m_names;
    std::vector<double> m_cumulative;
};

std::vector<QString> textList(data::Texts list)
{
    std::vector<QString> out;
    out.reserve(list.size());
    for (data::Text t : list)
        out.push_back(text(t));
    return out;
}

// About two thousand rarer Flemish family names from real parts, each kind with its real weight:
// place names ("Van den Bossche", "Verbossche": common, but not half of Flanders), trades
// ("De Cuyper", "Decuyper", "Cuypers"), patronyms ("Gerrits", "Gerritsen") and suffixed stems
// ("Bosmans", "Heykens", "Goetschalckx"). Within a kind, names vary by up to three to one.
WeightedNames rareFlemishFamilyNames()
{
    const data::FamilyNameParts &parts = data::flemishFamilyParts();
    struct Kind
    {
        double share;
        std::vector<std::pair<QString, double>> names;
    };
    Kind places{0.30, {}}, trades{0.25, {}}, patronyms{0.20, {}}, stems{0.25, {}};
    for (data::Text particle : parts.particles) {
        const QString p = text(particle);
        // "Van de", "Vander" and the like together about as common as "Ver-" and "De".
        const double weight = p.startsWith(u"Van") ? 0.6 : 1.5;
        for (data::Text root : parts.placeRoots)
            places.names.emplace_back(p + (p.endsWith(u' ') ? text(root) : text(root).toLower()),
                                      weight);
    }
    for (data::Text root : parts.tradeRoots) {
        const QString r = text(root);
        trades.names.emplace_back(QStringLiteral("De ") + r, 1.0);
        trades.names.emplace_back(QStringLiteral("De") + r.toLower(), 0.6);
        trades.names.emplace_back(r + u's', 1.0);
    }
    for (data::Text root : parts.patronymRoots) {
        const QString r = text(root);
        patronyms.names.emplace_back(r, 0.5);
        patronyms.names.emplace_back(r + u's', 1.0);
        patronyms.names.emplace_back(r + QStringLiteral("sen"), 0.7);
    }
    for (data::Text stem : parts.stems) {
        for (data::Text suffix : parts.suffixes)
            stems.names.emplace_back(text(stem) + text(suffix), 1.0);
    }
    Rng jitter(0x6e616d6573ULL);
    std::vector<QString> names;
    std::vector<double> weights;
    for (Kind *kind : {&places, &trades, &patronyms, &stems}) {
        double total = 0;
        for (const auto &n : kind->names)
            total += n.second;
        for (auto &[name, weight] : kind->names) {
            names.push_back(std::move(name));
            weights.push_back(kind->share * weight / total * (0.5 + jitter.unit()));
        }
    }
    return WeightedNames(std::move(names), weights);
}

struct OriginNames
{
    WeightedNames family;
    WeightedNames rareFamily; // the long tail, where the origin has one
    double rareFamilyShare = 0;
    // maleOld, maleMiddle, maleYoung, femaleOld, femaleMiddle, femaleYoung
    std::array<WeightedNames, 6> given;
};

const std::vector<OriginNames> &originNames()
{
    static const std::vector<OriginNames> tables = [] {
        std::vector<OriginNames> out;
        for (const data::Origin &o : data::origins()) {
            OriginNames n;
            // The short lists of the smaller communities stand for many more real names: a
            // flat curve keeps any one of them from being commoner than it is in the region.
            n.family = WeightedNames::ranked(textList(o.familyNames), double(o.familyNames.size()));
            const data::Texts given[] = {o.maleOld,   o.maleMiddle,   o.maleYoung,
                                         o.femaleOld, o.femaleMiddle, o.femaleYoung};
            for (size_t i = 0; i < std::size(given); ++i)
                n.given[i] = WeightedNames::ranked(textList(given[i]), 3.0);
            out.push_back(std::move(n));
        }
        // Fitted to Flemish figures: Peeters about 1.1 % of the population, Janssens 1 %,
        // De Smet 0.3 %, Desmet 0.1 %, and most Flemings in a long tail of rarer names.
        OriginNames &flemish = out[size_t(NameOrigin::Flemish)];
        flemish.family = WeightedNames::ranked(
            textList(data::origins()[size_t(NameOrigin::Flemish)].familyNames), 3.3);
        flemish.rareFamily = rareFlemishFamilyNames();
        flemish.rareFamilyShare = 0.83;
        return out;
    }();
    return tables;
}

// Time-ordered ids in the RFC 9562 version 7 layout: a 48-bit millisecond time that grows with
// the citizen's index, then the kind and the record's number within the citizen, then 62 bits of
// seeded noise. (index, kind, sub) is kept whole, so two records never share an id, and the ids of
// one table come out in ascending order: the bulk seed and the hub append to the end of every
// index instead of splitting pages all over a b-tree of random ids.
QString uuidFor(quint64 seedKey, IdKind kind, quint64 index, quint64 sub)
{
    constexpr quint64 epochMs = 1420070400000ULL; // 2015-01-01T00:00:00Z
    Q_ASSERT(sub < 1024 && index < (quint64(1) << 40));
    const quint64 key = (quint64(kind) << 60) | ((sub & 0x3ff) << 40) | (index & 0xffffffffff);
    const quint64 noise = mix64(mix64(key ^ seedKey) ^ 0x5851f42d4c957f2dULL);
    const quint64 hi =
        ((epochMs + index) << 16) | 0x7000ULL | ((quint64(kind) - 1) & 0x3) << 10 | (sub & 0x3ff);
    const quint64 lo = 0x8000000000000000ULL | (noise & 0x3fffffffffffffffULL);
    static constexpr char16_t hex[] = u"0123456789abcdef";
    char16_t buf[36];
    int pos = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            buf[pos++] = hex[(value >> (i * 4)) & 0xf];
    };
    put(hi >> 32, 8);
    buf[pos++] = u'-';
    put((hi >> 16) & 0xffff, 4);
    buf[pos++] = u'-';
    put(hi & 0xffff, 4);
    buf[pos++] = u'-';
    put(lo >> 48, 4);
    buf[pos++] = u'-';
    put(lo & 0xffffffffffffULL, 12);
    return QString(reinterpret_cast<const QChar *>(buf), 36);
}

// A bijection on 11 bits: affine steps (odd multiplier) and xorshifts, keyed per slot.
quint32 permute2048(quint32 x, quint64 key)
{
    for (int round = 0; round < 4; ++round) {
        const quint64 k = key >> (round * 16);
        x = (x * quint32(2 * (k & 0x3ff) + 1) + quint32((k >> 10) & 0x3f)) & 2047u;
        x ^= x >> 5;
    }
    return x;
}

// Relative number of residents per year of age, shaped like the Flemish population pyramid.
double ageWeight(int age)
{
    if (age < 0)
        return 0;
    if (age < 5)
        return 0.95;
    if (age < 20)
        return 1.0;
    if (age < 30)
        return 1.1;
    if (age < 45)
        return 1.05;
    if (age < 65)
        return 1.12;
    if (age < 75)
        return 0.95;
    if (age < 85)
        return 0.62;
    if (age < 90)
        return 0.35;
    if (age < 95)
        return 0.14;
    if (age < 100)
        return 0.04;
    return 0.006;
}

// Origins by age band (the order of NameOrigin); older generations are more often Flemish.
constexpr double originWeights[5][nameOriginCount] = {
    {70, 4, 8, 4, 3, 3, 2, 1, 2.5, 1.5, 1},                   // under 18
    {68, 5, 6.5, 3.5, 4, 3, 2.5, 1.2, 2, 2.5, 1.8},           // 18-39
    {77, 5, 4.5, 3, 2.5, 1.2, 1.2, 1.8, 1.5, 2, 0.8},         // 40-64
    {88, 4, 2, 1.5, 0.4, 0.2, 0.2, 2.2, 0.5, 1.4, 0.2},       // 65-79
    {93, 3.5, 0.6, 0.4, 0.2, 0.05, 0.05, 1.5, 0.2, 0.8, 0.1}, // 80+
};

int ageBand(int age)
{
    return age < 18 ? 0 : age < 40 ? 1 : age < 65 ? 2 : age < 80 ? 3 : 4;
}

QString languageFor(Rng &r, NameOrigin origin, int age)
{
    struct Choice
    {
        const char16_t *code;
        double weight;
    };
    auto choose = [&r](std::initializer_list<Choice> choices) {
        double total = 0;
        for (const Choice &c : choices)
            total += c.weight;
        double x = r.unit() * total;
        for (const Choice &c : choices) {
            x -= c.weight;
            if (x < 0)
                return QString::fromUtf16(c.code);
        }
        return QString::fromUtf16(choices.begin()->code);
    };
    switch (origin) {
    case NameOrigin::Flemish:
    case NameOrigin::Dutch:
        return choose({{u"nl", 99.5}, {u"en", 0.3}, {u"fr", 0.2}});
    case NameOrigin::Walloon:
        return choose({{u"fr", 70}, {u"nl", 30}});
    case NameOrigin::Moroccan:
        return age >= 55 ? choose({{u"ar", 35}, {u"fr", 25}, {u"nl", 40}})
                         : choose({{u"nl", 75}, {u"fr", 15}, {u"ar", 10}});
    case NameOrigin::Turkish:
        return age >= 55 ? choose({{u"tr", 60}, {u"nl", 40}}) : choose({{u"nl", 70}, {u"tr", 30}});
    case NameOrigin::Polish:
        return choose({{u"pl", 45}, {u"nl", 35}, {u"en", 20}});
    case NameOrigin::Syrian:
        return age < 25 ? choose({{u"nl", 60}, {u"ar", 25}, {u"en", 15}})
                        : choose({{u"ar", 55}, {u"en", 20}, {u"nl", 25}});
    case NameOrigin::Romanian:
        return choose({{u"ro", 30}, {u"en", 40}, {u"nl", 30}});
    case NameOrigin::Italian:
        return choose({{u"nl", 70}, {u"fr", 20}, {u"it", 10}});
    case NameOrigin::Congolese:
        return choose({{u"fr", 70}, {u"nl", 25}, {u"en", 5}});
    case NameOrigin::Other:
        return choose({{u"en", 65}, {u"nl", 25}, {u"fr", 10}});
    }
    return QStringLiteral("nl");
}

// The language as a Dutch word, for assistance notes written by Flemish staff.
QString dutchLanguageName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("fr"), QStringLiteral("Frans")},
        {QStringLiteral("ar"), QStringLiteral("Arabisch")},
        {QStringLiteral("tr"), QStringLiteral("Turks")},
        {QStringLiteral("pl"), QStringLiteral("Pools")},
        {QStringLiteral("en"), QStringLiteral("Engels")},
        {QStringLiteral("ro"), QStringLiteral("Roemeens")},
        {QStringLiteral("it"), QStringLiteral("Italiaans")},
    };
    return names.value(code, QStringLiteral("Engels"));
}

// Staff of the region that appear in histories: "24062-loket-03", "regio-helpdesk-01".
enum class Role { Backoffice, Crew, Counter, Outreach, Helpdesk };
constexpr const char16_t *roleCodes[] = {u"backoffice", u"ploeg", u"loket", u"outreach",
                                         u"helpdesk"};
constexpr int maxStaffNumber = 9;

struct PlaceRef
{
    int municipality;
    int place;
    qint64 cumulative; // residents up to and including this place
};

} // namespace

QString nameOriginCode(NameOrigin origin)
{
    static constexpr const char16_t *codes[nameOriginCount] = {
        u"flemish",  u"walloon", u"moroccan",  u"turkish", u"polish", u"syrian",
        u"romanian", u"italian", u"congolese", u"dutch",   u"other"};
    return QString::fromUtf16(codes[int(origin)]);
}

struct RegionGenerator::Private
{
    RegionOptions options;
    qint64 count = 0;
    quint64 idKey = 0;
    qint64 todayDays = 0;
    qint64 limit = 0; // the first second of "today": everything happens before it
    qint64 firstBirthDay = 0;
    std::vector<double> birthCdf; // per day from firstBirthDay
    std::vector<PlaceRef> places;
    std::vector<double> municipalityWeights;
    std::vector<double> categoryWeights;
    std::vector<double> documentWeights;
    qint64 holidayBase = 0;
    std::vector<bool> holidays; // from holidayBase
    QList<QString> nisCodes;
    QString updatedAt; // for the catalogue records
    // [municipality index, or nisCodes.size() for the regional helpdesk][role][number - 1]
    std::vector<std::array<std::array<QString, maxStaffNumber>, std::size(roleCodes)>> staff;

    const QString &staffId(int place, Role role, int number) const
    {
        return staff[size_t(place)][size_t(role)][size_t(number - 1)];
    }

    qint64 birthDay(qint64 index) const;
    bool isWorkingDay(qint64 day) const;
    qint64 addWorkingDays(qint64 day, int n) const;
    // A moment on a working day `minDays`..`maxDays` working days after `from`, in office hours.
    qint64 laterOfficeTime(Rng &r, qint64 from, int minDays, int maxDays) const;
    qint64 officeTimeOn(Rng &r, qint64 day) const;
    const PlaceRef &pickPlace(Rng &r, int municipality) const;
    const PlaceRef &pickPlace(Rng &r) const;

    void makeReports(CitizenBundle &b, qint64 index, qint64 birth, int age, int municipality) const;
    void makeDocuments(CitizenBundle &b, qint64 index, qint64 birth, int age,
                       qint64 eboxSince) const;
    void makeContacts(CitizenBundle &b, qint64 index, qint64 birth, int age,
                      int municipality) const;
};

namespace {

qint64 easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return daysFromCivil(year, month, day);
}

} // namespace

RegionGenerator::RegionGenerator(RegionOptions options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->count = qBound<qint64>(0, options.citizens, maxCitizens);
    d->idKey = mix64(options.seed ^ 0x2545f4914f6cdd1dULL);
    const QDate today = options.today.isValid() ? options.today : QDate(2026, 11, 28);
    d->options.today = today;
    d->todayDays = daysFromCivil(today.year(), today.month(), today.day());
    d->limit = d->todayDays * secondsPerDay;
    d->updatedAt = isoTime(d->limit - 30 * secondsPerDay + 6 * 3600);

    // Birth dates from 1925 to 2025, never today or later.
    d->firstBirthDay = daysFromCivil(1925, 1, 1);
    const qint64 lastBirthDay = std::min(daysFromCivil(2025, 12, 31), d->todayDays - 1);
    const qint64 span = std::max<qint64>(1, lastBirthDay - d->firstBirthDay + 1);
    d->birthCdf.resize(size_t(span));
    double total = 0;
    double heaviest = 0;
    for (qint64 i = 0; i < span; ++i) {
        const Civil c = civilFromDays(d->firstBirthDay + i);
        int age = today.year() - c.year;
        if (today.month() < c.month || (today.month() == c.month && today.day() < c.day))
            --age;
        const double w = ageWeight(age);
        heaviest = std::max(heaviest, w);
        total += w;
        d->birthCdf[size_t(i)] = total;
    }
    for (double &v : d->birthCdf)
        v /= total;
    d->birthCdf.back() = 1.0;
    // The uniqueness argument above needs every day to weigh less than one quantile step.
    Q_ASSERT(heaviest / total < 1.0 / ranksPerSlot);

    qint64 cumulative = 0;
    const auto municipalities = data::municipalities();
    for (size_t m = 0; m < municipalities.size(); ++m) {
        qint64 residents = 0;
        for (size_t p = 0; p < municipalities[m].places.size(); ++p) {
            cumulative += municipalities[m].places[p].residents;
            residents += municipalities[m].places[p].residents;
            d->places.push_back({int(m), int(p), cumulative});
        }
        d->municipalityWeights.push_back(double(residents));
        d->nisCodes.append(text(municipalities[m].nisCode));
    }
    d->staff.resize(size_t(d->nisCodes.size() + 1));
    for (qsizetype place = 0; place <= d->nisCodes.size(); ++place) {
        const QString prefix =
            place < d->nisCodes.size() ? d->nisCodes.at(place) : QStringLiteral("regio");
        for (size_t role = 0; role < std::size(roleCodes); ++role) {
            for (int n = 1; n <= maxStaffNumber; ++n)
                d->staff[size_t(place)][role][size_t(n - 1)] =
                    QStringLiteral("%1-%2-%3")
                        .arg(prefix, QString::fromUtf16(roleCodes[role]))
                        .arg(n, 2, 10, QLatin1Char('0'));
        }
    }
    for (const data::CategoryInfo &c : data::categories())
        d->categoryWeights.push_back(c.weight);
    for (const data::DocumentKind &k : data::documentKinds())
        d->documentWeights.push_back(k.weight);

    // Belgium's ten legal holidays, for working-day arithmetic around the generated years.
    const int firstYear = today.year() - 10;
    const int lastYear = today.year() + 2;
    d->holidayBase = daysFromCivil(firstYear, 1, 1);
    d->holidays.assign(size_t(daysFromCivil(lastYear + 1, 1, 1) - d->holidayBase), false);
    for (int y = firstYear; y <= lastYear; ++y) {
        const qint64 easter = easterSunday(y);
        for (qint64 day :
             {daysFromCivil(y, 1, 1), easter + 1, daysFromCivil(y, 5, 1), easter + 39, easter + 50,
              daysFromCivil(y, 7, 21), daysFromCivil(y, 8, 15), daysFromCivil(y, 11, 1),
              daysFromCivil(y, 11, 11), daysFromCivil(y, 12, 25)})
            d->holidays[size_t(day - d->holidayBase)] = true;
    }
}

RegionGenerator::~RegionGenerator() = default;

const RegionOptions &RegionGenerator::options() const
{
    return d->options;
}

qint64 RegionGenerator::citizenCount() const
{
    return d->count;
}

QList<Municipality> RegionGenerator::municipalities() const
{
    QList<Municipality> out;
    for (const data::MunicipalityInfo &m : data::municipalities())
        out.append({text(m.nisCode), text(m.name), text(data::regionName()), 1, d->updatedAt});
    return out;
}

QList<Category> RegionGenerator::categories() const
{
    QList<Category> out;
    for (const data::CategoryInfo &c : data::categories()) {
        Category cat;
        cat.code = text(c.code);
        cat.groupCode = text(c.group);
        cat.nameNl = text(c.nameNl);
        cat.nameFr = text(c.nameFr);
        cat.nameEn = text(c.nameEn);
        cat.service = text(c.service);
        cat.normWorkingDays = c.normWorkingDays;
        for (const data::FieldInfo &f : data::categoryFields()) {
            if (f.category != c.code)
                continue;
            CategoryField field{text(f.code),
                                text(f.datatype),
                                f.required,
                                f.variable,
                                f.order,
                                text(f.descriptionNl),
                                text(f.descriptionFr),
                                text(f.descriptionEn),
                                {}};
            for (const data::FieldValueInfo &v : f.values)
                field.values.append({text(v.key), text(v.nameNl), text(v.nameFr), text(v.nameEn)});
            cat.fields.append(field);
        }
        cat.version = 1;
        cat.updatedAt = d->updatedAt;
        out.append(cat);
    }
    return out;
}

QList<Street> RegionGenerator::streets() const
{
    QList<Street> out;
    for (const data::MunicipalityInfo &m : data::municipalities()) {
        for (const data::Place &p : m.places) {
            for (data::Text s : p.streets)
                out.append({text(m.nisCode), text(s), text(p.postcode), text(p.name)});
        }
    }
    return out;
}

QStringList RegionGenerator::contactTopics() const
{
    QStringList out;
    for (const data::ContactTopic &t : data::contactTopics())
        out.append(text(t.code));
    return out;
}

QString RegionGenerator::nisCodeForPlace(QStringView name)
{
    const QString wanted = namekey::fold(name).simplified();
    if (wanted.isEmpty())
        return {};
    for (const data::MunicipalityInfo &m : data::municipalities()) {
        if (namekey::fold(text(m.name)) == wanted)
            return text(m.nisCode);
        for (const data::Place &p : m.places) {
            if (namekey::fold(text(p.name)) == wanted)
                return text(m.nisCode);
        }
    }
    return {};
}

QString RegionGenerator::citizenId(qint64 index) const
{
    return uuidFor(d->idKey, IdKind::Citizen, quint64(index), 0);
}

qint64 RegionGenerator::Private::birthDay(qint64 index) const
{
    const quint64 slot = quint64(index % sequenceSlots);
    const quint32 rank = quint32(index / sequenceSlots);
    Rng slotRng = streamFor(options.seed, Stream::BirthSlot, slot);
    const quint64 key = slotRng.next();
    const double offset = slotRng.unit();
    const double quantile = (double(permute2048(rank, key)) + offset) / ranksPerSlot;
    const auto it = std::upper_bound(birthCdf.begin(), birthCdf.end(), quantile);
    const qint64 day = std::min<qint64>(it - birthCdf.begin(), qint64(birthCdf.size()) - 1);
    return firstBirthDay + day;
}

bool RegionGenerator::Private::isWorkingDay(qint64 day) const
{
    if (weekday(day) >= 5)
        return false;
    const qint64 i = day - holidayBase;
    return i < 0 || i >= qint64(holidays.size()) || !holidays[size_t(i)];
}

qint64 RegionGenerator::Private::addWorkingDays(qint64 day, int n) const
{
    while (n > 0) {
        ++day;
        if (isWorkingDay(day))
            --n;
    }
    return day;
}

qint64 RegionGenerator::Private::officeTimeOn(Rng &r, qint64 day) const
{
    // 07:00-15:30 UTC: office hours in Brussels, summer or winter.
    return day * secondsPerDay + 7 * 3600 + qint64(r.below(8 * 3600 + 1800));
}

qint64 RegionGenerator::Private::laterOfficeTime(Rng &r, qint64 from, int minDays,
                                                 int maxDays) const
{
    const qint64 fromDay = from / secondsPerDay;
    qint64 day = fromDay;
    while (!isWorkingDay(day))
        ++day;
    day = addWorkingDays(day, r.between(minDays, std::max(minDays, maxDays)));
    qint64 t = officeTimeOn(r, day);
    if (t <= from)
        t = from + 600 + qint64(r.below(3 * 3600));
    return t;
}

const PlaceRef &RegionGenerator::Private::pickPlace(Rng &r) const
{
    const qint64 x = qint64(r.below(quint32(places.back().cumulative)));
    const auto it = std::upper_bound(places.begin(), places.end(), x,
                                     [](qint64 v, const PlaceRef &p) { return v < p.cumulative; });
    return *it;
}

const PlaceRef &RegionGenerator::Private::pickPlace(Rng &r, int municipality) const
{
    qint64 low = 0;
    qint64 high = 0;
    for (const PlaceRef &p : places) {
        if (p.municipality < municipality)
            low = p.cumulative;
        if (p.municipality == municipality)
            high = p.cumulative;
    }
    const qint64 x = low + qint64(r.below(quint32(high - low)));
    const auto it = std::upper_bound(places.begin(), places.end(), x,
                                     [](qint64 v, const PlaceRef &p) { return v < p.cumulative; });
    return *it;
}

CitizenBundle RegionGenerator::citizen(qint64 index) const
{
    const auto municipalities = data::municipalities();
    Rng r = streamFor(d->options.seed, Stream::Citizen, quint64(index));
    CitizenBundle b;
    Citizen &c = b.citizen;
    c.id = citizenId(index);

    const qint64 birth = d->birthDay(index);
    const Civil born = civilFromDays(birth);
    const QDate today = d->options.today;
    int age = today.year() - born.year;
    if (today.month() < born.month || (today.month() == born.month && today.day() < born.day))
        --age;
    c.birthDate = isoDate(birth);

    b.origin = NameOrigin(r.weighted(originWeights[ageBand(age)]));
    const bool female = r.chance(age >= 80 ? 0.62 : age >= 65 ? 0.55 : 0.505);

    // Given names: older Flemish and Walloon people often carry two or three.
    const OriginNames &names = originNames()[size_t(b.origin)];
    const int generation = born.year < 1960 ? 0 : born.year < 1990 ? 1 : 2;
    const WeightedNames &givenList = names.given[size_t((female ? 3 : 0) + generation)];
    const bool traditional = b.origin == NameOrigin::Flemish || b.origin == NameOrigin::Walloon;
    const double severalChance = traditional ? (born.year < 1960   ? 0.6
                                                : born.year < 1990 ? 0.4
                                                                   : 0.25)
                                             : 0.12;
    int givenCount = 1;
    if (r.chance(severalChance))
        givenCount = r.chance(0.3) ? 3 : 2;
    QString given = givenList.pick(r);
    for (int n = 1; n < givenCount; ++n) {
        QString extra;
        if (!female && b.origin == NameOrigin::Flemish && born.year < 1960 && r.chance(0.15))
            extra = QStringLiteral("Maria"); // "Jozef Maria": a Catholic custom of that generation
        else
            extra = givenList.pick(r);
        // No part twice: not "Fatima-Zahra Fatima".
        const QStringList parts = QString(given).replace(u'-', u' ').split(u' ');
        const QStringList extraParts = QString(extra).replace(u'-', u' ').split(u' ');
        if (std::none_of(extraParts.begin(), extraParts.end(),
                         [&parts](const QString &p) { return parts.contains(p); }))
            given += u' ' + extra;
    }
    c.givenNames = given;

    QString family = !names.rareFamily.isEmpty() && r.chance(names.rareFamilyShare)
                         ? names.rareFamily.pick(r)
                         : names.family.pick(r);
    if (female && b.origin == NameOrigin::Polish &&
        (family.endsWith(u"ski") || family.endsWith(u"cki") || family.endsWith(u"dzki"))) {
        family.chop(1);
        family += u'a';
    }
    c.familyName = family;
    c.language = languageFor(r, b.origin, age);

    // Address.
    const PlaceRef &home = d->pickPlace(r);
    const data::MunicipalityInfo &muni = municipalities[size_t(home.municipality)];
    const data::Place &place = muni.places[size_t(home.place)];
    c.street = text(pick(r, place.streets));
    QString house = QString::number(1 + int(std::pow(r.unit(), 2.2) * 180));
    if (r.chance(0.04))
        house += QChar(u'A' + r.below(3));
    const double busChance = place.postcode == u"3000"  ? 0.35
                             : muni.nisCode == u"24062" ? 0.15
                                                        : 0.06;
    if (r.chance(busChance))
        house += QStringLiteral(" bus ") + QString::number(r.between(1, 12));
    c.houseNumber = house;
    c.postcode = text(place.postcode);
    c.city = text(place.name);
    c.municipalityNis = d->nisCodes.at(home.municipality);

    // National number: see sequenceSlots above. A few newcomers only have a bis number.
    const int slot = int(index % sequenceSlots);
    const int sequence = 2 * slot + (female ? 2 : 1);
    double bisChance = 0.0005;
    if (b.origin == NameOrigin::Syrian)
        bisChance = 0.04;
    else if (b.origin == NameOrigin::Other)
        bisChance = 0.03;
    else if (b.origin == NameOrigin::Romanian)
        bisChance = 0.02;
    else if (b.origin == NameOrigin::Polish)
        bisChance = 0.01;
    NationalNumber::Kind kind = NationalNumber::Kind::Register;
    if (r.chance(bisChance))
        kind = r.chance(0.85) ? NationalNumber::Kind::BisSexKnown
                              : NationalNumber::Kind::BisSexUnknown;
    c.nationalNumber =
        NationalNumber::make(QDate(born.year, born.month, born.day), sequence, kind).digits();

    // Phone and e-mail for part of the adults.
    if (age >= 16) {
        if (r.chance(age >= 65 ? 0.85 : 0.75)) {
            // A landline in zone 016 for part of the oldest, else a mobile number.
            auto pair = [](QString &out, int value) {
                out += QChar(char16_t(u'0' + value / 10));
                out += QChar(char16_t(u'0' + value % 10));
            };
            QString phone;
            phone.reserve(16);
            if (age >= 70 && r.chance(0.5)) {
                phone += QStringLiteral("+32 16 ");
                pair(phone, r.between(10, 99));
            } else {
                phone += QStringLiteral("+32 4");
                pair(phone, r.between(60, 99));
                phone += u' ';
                pair(phone, r.between(0, 99));
            }
            for (int k = 0; k < 2; ++k) {
                phone += u' ';
                pair(phone, r.between(0, 99));
            }
            c.phone = phone;
        }
        const double emailChance = age < 30   ? 0.8
                                   : age < 50 ? 0.7
                                   : age < 65 ? 0.55
                                   : age < 80 ? 0.3
                                              : 0.08;
        if (r.chance(emailChance)) {
            auto local = [](const QString &name) {
                QString out;
                for (QChar ch : namekey::fold(name)) {
                    if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
                        out += ch;
                }
                return out;
            };
            QString address = local(c.givenNames.section(u' ', 0, 0)) + u'.' + local(c.familyName);
            if (r.chance(0.4))
                address += QString::number(r.between(1, 99));
            c.email = address + u'@' + text(pick(r, data::emailDomains()));
        }
    }

    // eBox consent: more among younger adults, never before the citizen eBox existed.
    qint64 eboxSince = -1;
    if (age >= 18) {
        const double consent = age < 30   ? 0.55
                               : age < 50 ? 0.5
                               : age < 65 ? 0.35
                               : age < 80 ? 0.15
                                          : 0.04;
        if (r.chance(consent)) {
            const qint64 adult = daysFromCivil(born.year + 18, born.month, std::min(born.day, 28));
            const qint64 from = std::max(daysFromCivil(2019, 6, 1), adult);
            if (from < d->todayDays - 1) {
                eboxSince = from + qint64(r.below(quint32(d->todayDays - 1 - from)));
                c.eboxConsent = true;
                c.eboxSince = isoDate(eboxSince);
                c.deliveryChannel = DeliveryChannel::Ebox;
            }
        }
    }

    // Assistance notes, written by staff in Dutch.
    QStringList notes;
    if (age >= 75 && r.chance(0.18))
        notes.append(text(pick(r, data::assistanceNotesOlder())));
    if (c.language != u"nl" && r.chance(0.12)) {
        QString note = text(pick(r, data::assistanceNotesNonDutch()));
        if (note.contains(u"%1"))
            note = note.arg(dutchLanguageName(c.language));
        notes.append(note);
    }
    if (r.chance(0.02))
        notes.append(text(pick(r, data::assistanceNotesGeneral())));
    c.assistanceNotes = notes.join(QStringLiteral("; "));

    c.version = 1;
    const qint64 since = std::max(birth * secondsPerDay, d->limit - 2 * 365 * secondsPerDay);
    c.updatedAt = isoTime(since + qint64(r.below(quint32((d->limit - since) / 60))) * 60);

    d->makeReports(b, index, birth, age, home.municipality);
    d->makeDocuments(b, index, birth, age, eboxSince);
    d->makeContacts(b, index, birth, age, home.municipality);
    return b;
}

void RegionGenerator::Private::makeReports(CitizenBundle &b, qint64 index, qint64 birth, int age,
                                           int municipality) const
{
    if (age < 16)
        return;
    Rng r = streamFor(options.seed, Stream::Reports, quint64(index));
    static constexpr double countWeights[] = {78, 13, 5.5, 2.3, 1.2};
    const int count = r.weighted(countWeights);
    const auto munis = data::municipalities();
    const auto cats = data::categories();
    const qint64 sixteen = birth + 16 * 365 + 4;

    for (int n = 0; n < count; ++n) {
        const double back = std::pow(r.unit(), 1.4) * 4 * 365;
        const qint64 created = limit - qint64(back * secondsPerDay) - 3600 - qint64(r.below(3600));
        if (created / secondsPerDay < sixteen)
            continue;
        const int catIndex = r.weighted(categoryWeights);
        const data::CategoryInfo &cat = cats[size_t(catIndex)];
        const int located = r.chance(0.85) ? municipality : r.weighted(municipalityWeights);
        const PlaceRef &where = pickPlace(r, located);
        const data::Place &place = munis[size_t(located)].places[size_t(where.place)];

        Report rep;
        rep.id = uuidFor(idKey, IdKind::Report, quint64(index), quint64(n));
        const Civil createdOn = civilFromDays(created / secondsPerDay);
        char16_t number[14] = {u'M', u'-', 0, 0, 0, 0, u'-'};
        putDigits(number + 2, createdOn.year, 4);
        putDigits(number + 7, int(index * maxReportsPerCitizen + n + 1), 7);
        rep.publicNumber = QString(reinterpret_cast<const QChar *>(number), 14);
        rep.categoryCode = text(cat.code);
        rep.street = text(pick(r, place.streets));
        rep.description = text(pick(r, cat.descriptions)).arg(rep.street);
        if (r.chance(0.7))
            rep.houseNumber = QString::number(1 + int(std::pow(r.unit(), 2.0) * 150));
        rep.postcode = text(place.postcode);
        rep.locationNis = nisCodes.at(located);
        rep.receivedNis = nisCodes.at(municipality);
        if (r.chance(0.8)) {
            rep.latitude = munis[size_t(located)].latitude + (r.unit() - 0.5) * 0.04;
            rep.longitude = munis[size_t(located)].longitude + (r.unit() - 0.5) * 0.06;
        }
        rep.createdAt = isoTime(created);
        rep.expectedDate = isoDate(addWorkingDays(created / secondsPerDay, cat.normWorkingDays));
        rep.citizenIds.append(b.citizen.id);
        if (index > 0 && r.chance(0.07))
            rep.citizenIds.append(uuidFor(idKey, IdKind::Citizen, r.next() % quint64(index), 0));

        const QString service = text(cat.service);
        QList<ReportStatusChange> &h = rep.history;
        auto add = [&h, this](ReportStatus status, qint64 at, const QString &publicText,
                              const QString &note, const QString &staff) {
            if (at >= limit)
                return false;
            h.append({int(h.size()) + 1, status, isoTime(at), publicText, note, staff});
            return true;
        };
        qint64 t = created;
        add(ReportStatus::Received, t,
            QStringLiteral("Bedankt voor uw melding. We hebben ze goed ontvangen."), QString(),
            QString());
        bool going = true;
        if (located != municipality) {
            t = laterOfficeTime(r, t, 0, 2);
            const QString other = text(munis[size_t(located)].name);
            going = add(ReportStatus::Forwarded, t,
                        QStringLiteral("Deze plaats ligt in %1. We hebben uw melding aan die "
                                       "gemeente doorgegeven.")
                            .arg(other),
                        QStringLiteral("Buiten ons grondgebied: doorgestuurd naar %1.").arg(other),
                        staffId(municipality, Role::Backoffice, r.between(1, 6)));
        }
        const bool slow = r.chance(0.2);
        const int stretch = slow ? 3 : 1;
        const double outcome = r.unit();
        if (going && outcome < 0.05) {
            t = laterOfficeTime(r, t, 1, 4);
            add(ReportStatus::Rejected, t,
                QStringLiteral("We kunnen uw melding niet behandelen: het gaat om privéterrein. "
                               "Neem contact op met de eigenaar."),
                QStringLiteral("Privéterrein, geen actie van de gemeente."),
                staffId(located, Role::Backoffice, r.between(1, 6)));
        } else if (going && outcome < 0.10) {
            t = laterOfficeTime(r, t, 0, 2);
            add(ReportStatus::Duplicate, t,
                QStringLiteral("Dit probleem werd al eerder gemeld. We volgen het op via die "
                               "melding."),
                QStringLiteral("Dubbel met een bestaande melding in dezelfde straat."),
                staffId(located, Role::Backoffice, r.between(1, 6)));
        } else if (going) {
            const int norm = std::max(1, cat.normWorkingDays);
            t = laterOfficeTime(r, t, 0, 2 * stretch);
            going =
                add(ReportStatus::Acknowledged, t,
                    QStringLiteral("Uw melding is bekeken en doorgegeven aan de %1.").arg(service),
                    r.chance(0.2) ? QStringLiteral("Prioriteit hoog: veiligheidsrisico.")
                                  : QStringLiteral("Prioriteit normaal."),
                    staffId(located, Role::Backoffice, r.between(1, 6)));
            if (going) {
                t = laterOfficeTime(r, t, 0, std::max(1, norm / 2) * stretch);
                going = add(
                    ReportStatus::Scheduled, t, QStringLiteral("De herstelling is ingepland."),
                    r.chance(0.5) ? QStringLiteral("Ingepland voor ploeg %1.").arg(r.between(1, 5))
                                  : QStringLiteral("Opdracht gegeven aan de aannemer."),
                    staffId(located, Role::Backoffice, r.between(1, 6)));
            }
            if (going) {
                t = laterOfficeTime(r, t, 0, std::max(1, norm / 2) * stretch);
                going =
                    add(ReportStatus::InProgress, t, QStringLiteral("Onze ploeg is ermee bezig."),
                        QString(), staffId(located, Role::Crew, r.between(1, 5)));
            }
            if (going) {
                t = laterOfficeTime(r, t, 0, 2);
                going = add(ReportStatus::Resolved, t,
                            QStringLiteral("Het probleem is opgelost. Bedankt om het te melden!"),
                            QStringLiteral("Werkbon WB-%1-%2 afgesloten.")
                                .arg(civilFromDays(t / secondsPerDay).year)
                                .arg(r.between(1, 99999), 5, 10, QLatin1Char('0')),
                            staffId(located, Role::Crew, r.between(1, 5)));
            }
            if (going && r.chance(0.85)) {
                t = laterOfficeTime(r, t, 5, 10);
                add(ReportStatus::Closed, t, QStringLiteral("Uw melding is afgesloten."),
                    QStringLiteral("Afgesloten na 7 dagen zonder reactie."),
                    staffId(located, Role::Backoffice, r.between(1, 6)));
            }
        }
        rep.status = h.last().status;
        rep.version = 1;
        rep.updatedAt = h.last().at;
        b.reports.append(rep);
    }
}

void RegionGenerator::Private::makeDocuments(CitizenBundle &b, qint64 index, qint64 birth, int age,
                                             qint64 eboxSince) const
{
    Rng r = streamFor(options.seed, Stream::Documents, quint64(index));
    static constexpr double adultCounts[] = {18, 28, 25, 16, 8, 5};
    static constexpr double minorCounts[] = {65, 28, 7};
    const int count = age >= 18 ? r.weighted(adultCounts) : r.weighted(minorCounts);
    const auto kinds = data::documentKinds();
    const qint64 reminderDays = 15;

    for (int n = 0; n < count; ++n) {
        // Pick a kind that suits the age: a Kids-ID for children, an eID from 12.
        const data::DocumentKind *kind = nullptr;
        for (int attempt = 0; attempt < 8 && !kind; ++attempt) {
            const data::DocumentKind &k = kinds[size_t(r.weighted(documentWeights))];
            if (k.adultsOnly && age < 18)
                continue;
            if (k.kind == u"kids_id" && age >= 12)
                continue;
            if (k.kind == u"eid_invitation" && age < 12)
                continue;
            kind = &k;
        }
        if (!kind)
            continue;

        qint64 sentDay = limit / secondsPerDay - 1 - qint64(std::pow(r.unit(), 1.2) * 3 * 365);
        if (kind->kind == u"election_summons") {
            // The 2024 elections: 9 June and 13 October.
            sentDay = r.chance(0.5) ? daysFromCivil(2024, 5, 21) : daysFromCivil(2024, 9, 24);
            sentDay += r.between(0, 3);
            if (sentDay >= limit / secondsPerDay - 1 || sentDay < birth + 18 * 365 + 5)
                continue;
        }
        while (!isWorkingDay(sentDay))
            --sentDay;
        if (sentDay <= birth)
            continue;
        const qint64 sent = officeTimeOn(r, sentDay);
        if (sent >= limit)
            continue;

        Document doc;
        doc.id = uuidFor(idKey, IdKind::Document, quint64(index), quint64(n));
        doc.citizenId = b.citizen.id;
        doc.kind = text(kind->kind);
        doc.title = text(kind->title);
        if (doc.title.contains(u"%1"))
            doc.title = doc.title.arg(civilFromDays(sentDay).year);
        doc.sender = text(kind->sender);
        const bool ebox = eboxSince >= 0 && sentDay >= eboxSince;
        doc.channel = ebox ? DeliveryChannel::Ebox : DeliveryChannel::Paper;
        // Some of the last days' documents are prepared but not sent yet.
        const bool notSentYet = limit - sent < 3 * secondsPerDay && r.chance(0.5);
        const qint64 expires = kind->validDays > 0 ? sent + kind->validDays * secondsPerDay : -1;
        if (!notSentYet) {
            doc.sentAt = isoTime(sent);
            if (expires > 0)
                doc.expiresAt = isoTime(expires);
        }

        QList<DocumentEvent> &h = doc.history;
        qint64 last = 0;
        // Events come in time order; whatever would happen on or after "today" has not yet.
        auto add = [&h, &last, this](DocumentStatus status, qint64 at, const QString &note) {
            if (at >= limit || at < last)
                return false;
            last = at;
            h.append({int(h.size()) + 1, status, isoTime(at), note});
            return true;
        };
        add(DocumentStatus::Prepared, sent - 3600 - qint64(r.below(47 * 3600)), QString());
        const double path = r.unit();
        if (notSentYet) {
            // prepared only
        } else if (ebox) {
            add(DocumentStatus::Sent, sent, QString());
            const qint64 delivered = sent + 60 + qint64(r.below(1800));
            add(DocumentStatus::Delivered, delivered, QStringLiteral("Afgeleverd in de eBox"));
            const qint64 reminder = delivered + reminderDays * secondsPerDay;
            const QString reminderNote = QStringLiteral("Nog niet gelezen na 15 dagen: herinnering "
                                                        "per e-mail verstuurd");
            if (path < 0.52) {
                add(DocumentStatus::Read, delivered + qint64(r.below(14 * 24 * 3600)), QString());
            } else if (path < 0.67) {
                add(DocumentStatus::UnreadReminder, reminder, reminderNote);
                add(DocumentStatus::Read, reminder + qint64(r.below(20 * 24 * 3600)), QString());
            } else if (path < 0.81) {
                add(DocumentStatus::UnreadReminder, reminder, reminderNote);
                const qint64 fallback = delivered + 30 * secondsPerDay;
                add(DocumentStatus::FallbackToPaper, fallback,
                    QStringLiteral("Niet gelezen binnen 30 dagen: papieren versie aangemaakt"));
                const qint64 posted = laterOfficeTime(r, fallback, 1, 2);
                add(DocumentStatus::PaperSent, posted, QStringLiteral("Verstuurd met de post"));
                if (path > 0.79)
                    add(DocumentStatus::Returned, posted + (5 + r.below(15)) * secondsPerDay,
                        QStringLiteral("Teruggestuurd door bpost: adresaat onbekend"));
            } else if (expires > 0 && kind->validDays >= 45) {
                add(DocumentStatus::UnreadReminder, reminder, reminderNote);
                add(DocumentStatus::Expiring, expires - 14 * secondsPerDay,
                    QStringLiteral("Vervalt binnen 14 dagen"));
                add(DocumentStatus::Expired, expires, QStringLiteral("Vervallen"));
            } else {
                add(DocumentStatus::Read, delivered + qint64(r.below(3 * 24 * 3600)), QString());
            }
        } else {
            const qint64 posted = sent;
            add(DocumentStatus::PaperSent, posted, QStringLiteral("Verstuurd met de post"));
            if (path < 0.07) {
                static constexpr data::Text reasons[] = {
                    u"Teruggestuurd door bpost: adresaat onbekend",
                    u"Teruggestuurd door bpost: verhuisd zonder adreswijziging",
                    u"Teruggestuurd door bpost: brievenbus onbereikbaar",
                };
                add(DocumentStatus::Returned, posted + (5 + r.below(15)) * secondsPerDay,
                    text(pick(r, std::span<const data::Text>(reasons))));
            } else if (path < 0.15 && expires > 0 && kind->validDays >= 30) {
                add(DocumentStatus::Expiring, expires - 14 * secondsPerDay,
                    QStringLiteral("Vervalt binnen 14 dagen"));
                add(DocumentStatus::Expired, expires, QStringLiteral("Vervallen"));
            }
        }
        doc.status = Document::currentStatus(h);
        doc.version = 1;
        doc.updatedAt = h.last().at;
        b.documents.append(doc);
    }
}

void RegionGenerator::Private::makeContacts(CitizenBundle &b, qint64 index, qint64 birth, int age,
                                            int municipality) const
{
    Rng r = streamFor(options.seed, Stream::Contacts, quint64(index));
    static constexpr double adultCounts[] = {36, 35, 17, 8, 4};
    static constexpr double minorCounts[] = {90, 10};
    const int count = age >= 16 ? r.weighted(adultCounts) : r.weighted(minorCounts);
    const auto topics = data::contactTopics();
    const QString &nis = b.citizen.municipalityNis;

    for (int n = 0; n < count; ++n) {
        qint64 day = limit / secondsPerDay - 1 - qint64(std::pow(r.unit(), 1.3) * 3 * 365);
        while (!isWorkingDay(day))
            --day;
        if (day <= birth)
            continue;
        const qint64 at = officeTimeOn(r, day);
        if (at >= limit)
            continue;

        // Older citizens come to the counter or get a home visit; younger ones write or call in.
        double weights[6];
        if (age >= 75)
            weights[0] = 45, weights[1] = 25, weights[2] = 20, weights[3] = 5, weights[4] = 3,
            weights[5] = 2;
        else if (age >= 50)
            weights[0] = 40, weights[1] = 25, weights[2] = 5, weights[3] = 10, weights[4] = 15,
            weights[5] = 5;
        else
            weights[0] = 30, weights[1] = 20, weights[2] = 2, weights[3] = 15, weights[4] = 25,
            weights[5] = 8;
        if (b.citizen.language != u"nl")
            weights[2] += 6;
        const auto channel = ContactChannel(r.weighted(weights));

        const data::ContactTopic *topic = nullptr;
        for (int attempt = 0; attempt < 8 && !topic; ++attempt) {
            const data::ContactTopic &t = pick(r, topics);
            if (t.code == u"elderly_care" && age < 65)
                continue;
            if (t.code == u"child_care" && (age < 22 || age > 55))
                continue;
            if (age < 16 && t.code != u"eid_passport" && t.code != u"other")
                continue;
            topic = &t;
        }
        if (!topic)
            topic = &topics.back();

        ContactMoment cm;
        cm.id = uuidFor(idKey, IdKind::Contact, quint64(index), quint64(n));
        cm.citizenId = b.citizen.id;
        cm.channel = channel;
        cm.topic = text(topic->code);
        const quint32 which = r.below(quint32(topic->summaries.size()));
        cm.summary = text(topic->summaries[which]);
        cm.outcome = text(topic->outcomes[which % topic->outcomes.size()]);
        switch (channel) {
        case ContactChannel::Counter:
        case ContactChannel::Phone:
            cm.staffId = staffId(municipality, Role::Counter, r.between(1, 9));
            break;
        case ContactChannel::HomeVisit:
            cm.staffId = staffId(municipality, Role::Outreach, r.between(1, 4));
            break;
        case ContactChannel::Helpdesk:
        case ContactChannel::Email:
        case ContactChannel::Video:
            cm.staffId = staffId(int(nisCodes.size()), Role::Helpdesk, r.between(1, 8));
            break;
        }
        if (r.chance(0.25)) {
            cm.followUpTask = text(pick(r, topic->followUps));
            cm.followUpOwner = r.chance(0.7)
                                   ? cm.staffId
                                   : staffId(municipality, Role::Backoffice, r.between(1, 6));
            cm.followUpDue = isoDate(addWorkingDays(day, r.between(2, 10)));
        }
        cm.municipalityNis = nis;
        cm.occurredAt = isoTime(at);
        cm.version = 1;
        cm.updatedAt = isoTime(std::min(limit - 1, at + 300 + qint64(r.below(1800))));
        b.contacts.append(cm);
    }
}

} // namespace loket::demo
