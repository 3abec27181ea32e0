#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace loket {

// Folds names, addresses and queries into the search key both sides share (DESIGN §7).
namespace namekey {

// Lower case, diacritics removed, letters Unicode does not decompose mapped by hand
// (ı→i, ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d ...). Apostrophes become '\'', dashes '-';
// every other character that is neither a letter nor a digit becomes a space.
QString fold(QStringView text);

enum class Particles {
    AsWritten,     // split only where the text has a space, hyphen or apostrophe
    SplitAttached, // also split leading particles written attached ("Vandenbroeck")
};

// The tokens under which one field (a family name, given names, a street) is findable:
// every part, and every run of neighbouring parts joined ("van den broeck" gives van, den,
// broeck, vanden, denbroeck, vandenbroeck).
QStringList indexTokens(QStringView field, Particles particles = Particles::AsWritten);

// One word of a query: any one of the alternatives must match, and an alternative matches
// when all its tokens do. "d'hondt" gives {[dhondt], [d, hondt]}.
struct QueryTerm
{
    QList<QStringList> alternatives;
    bool operator==(const QueryTerm &) const = default;
};

// Splits a query into terms, at most maxTerms of at most maxTokenLength characters each,
// so that arbitrarily long input stays cheap.
QList<QueryTerm> queryTerms(QStringView query, int maxTerms = 8, int maxTokenLength = 48);

} // namespace namekey
} // namespace loket
