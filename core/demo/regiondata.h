#pragma once

#include <span>
#include <string_view>

// Internal to the demo generator: the word lists of the demo region (places, streets, names,
// catalogues). They live in the binary as constant tables: no parsing, no allocation at start.
namespace loket::demo::data {

using Text = std::u16string_view;
using Texts = std::span<const Text>;

struct Place
{
    Text name; // deelgemeente
    Text postcode;
    int residents; // approximate; spreads the population by real size
    Texts streets;
};

struct MunicipalityInfo
{
    Text nisCode;
    Text name;
    double latitude; // centre, for report locations
    double longitude;
    std::span<const Place> places;
};

std::span<const MunicipalityInfo> municipalities();
Text regionName();

// Name origins: the order matches demo::NameOrigin.
// Real parts of Flemish family names, combined by the generator into the long tail of rare names.
struct FamilyNameParts
{
    Texts particles;     // "Van den ", "Ver", "De "
    Texts placeRoots;    // "Bossche": after a particle
    Texts tradeRoots;    // "Cuyper": "De Cuyper", "Decuyper", "Cuypers"
    Texts patronymRoots; // "Gerrit": "Gerrits", "Gerritsen"
    Texts stems;         // "Bos", with each of the suffixes: "Bosmans", "Boskens"
    Texts suffixes;
};

struct Origin
{
    Texts familyNames;
    // Given names by sex and generation (born before 1960, 1960-1989, from 1990).
    Texts maleOld, maleMiddle, maleYoung;
    Texts femaleOld, femaleMiddle, femaleYoung;
};

std::span<const Origin> origins();
// The first names of each list in origins() are the most common ones.
const FamilyNameParts &flemishFamilyParts();

struct CategoryInfo
{
    Text code;
    Text group;
    Text nameNl;
    Text nameFr;
    Text nameEn;
    Text service;
    int normWorkingDays;
    double weight;      // how often it is reported
    Texts descriptions; // "%1" is the street
};

std::span<const CategoryInfo> categories();

struct FieldValueInfo
{
    Text key;
    Text nameNl;
    Text nameFr;
    Text nameEn;
};

// An extra field (Open311 attribute) of one category of the catalogue.
struct FieldInfo
{
    Text category;
    Text code;
    Text datatype;
    bool required;
    bool variable; // false: an information text shown to staff, not an input
    int order;
    Text descriptionNl;
    Text descriptionFr;
    Text descriptionEn;
    std::span<const FieldValueInfo> values;
};

std::span<const FieldInfo> categoryFields();

struct DocumentKind
{
    Text kind;
    Text title; // "%1" is a year when present
    Text sender;
    int validDays; // 0: the document does not expire
    double weight;
    bool adultsOnly;
};

std::span<const DocumentKind> documentKinds();

struct ContactTopic
{
    Text code;
    Texts summaries;
    Texts outcomes;
    Texts followUps; // tasks for when a follow-up is needed
};

std::span<const ContactTopic> contactTopics();

Texts assistanceNotesOlder();
Texts assistanceNotesGeneral();
Texts assistanceNotesNonDutch(); // "%1" is the preferred language in Dutch
Texts emailDomains();

} // namespace loket::demo::data
