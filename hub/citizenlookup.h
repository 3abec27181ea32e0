#pragma once

#include "model/citizen.h"
#include "text/namekey.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <optional>

namespace loket::hub {

// The fields of the hub's citizen_token table; the numbers are stored, never renumber them.
enum class LookupField {
    SortKey = 0, // one row per citizen: folded family and given names, for ordering
    Name = 1,
    NationalNumber = 2,
    Street = 3,
    HouseNumber = 4,
};

struct LookupToken
{
    LookupField field = LookupField::Name;
    QString token;
};

// The tokens under which the online lookup finds a citizen: the same name tokens as the
// client's cache search (core/store/cachewriter searchKeyFor), the street, the house number
// and the national number.
QList<LookupToken> lookupTokensOf(const Citizen &citizen);

// One online lookup (GET /api/v1/citizens?q=...) parsed: a national register number, a street
// with a house number, or a name in any order of words. User text only ever reaches SQL as
// bound values.
struct CitizenLookup
{
    enum class Kind { NationalNumber, Name, Address };
    Kind kind = Kind::Name;
    QString nationalNumber;          // NationalNumber: the 11 digits
    QList<namekey::QueryTerm> terms; // Name: the words; Address: the words of the street
    QString houseNumber;             // Address only
    static constexpr int maxQueryLength = 200;

    // The query as the access log keeps it: a national number masked, digit runs that could
    // be one too.
    QString loggedText(const QString &query) const;
};

// Parses `query`, or explains (translated) why it cannot be searched: empty, shorter than two
// letters or digits, longer than maxQueryLength, only search or SQL syntax, or digits that
// are no valid national register number.
std::optional<CitizenLookup> parseLookup(QStringView query, QString *problem);

// Fills citizen_token from the citizens a database held before the lookup existed (the
// migration that adds the table runs this once).
bool indexExistingCitizens(QSqlDatabase db, QString *error);

} // namespace loket::hub
