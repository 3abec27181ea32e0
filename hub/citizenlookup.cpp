#include "citizenlookup.h"
#include "store.h"

#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

// Tokens longer than the column holds find nothing a person types anyway.
constexpr int maxTokenLength = 128;

int letterOrDigitCount(QStringView text)
{
    return int(
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

// Characters that mean something to FTS5 or SQL and never to a name or an address.
bool isSyntaxCharacter(QChar c)
{
    static const QString syntax = u"\"*()^:;{}[]=<>%|\\`"_s;
    return syntax.contains(c);
}

// Operators of FTS5 and SQL: a query made of these and syntax characters is an attempt at
// syntax, not a name. A bare word ("Drop", "Near") stays a name: only together with syntax
// characters do they count as syntax.
bool isSyntaxWord(const QString &folded)
{
    static const QStringList words = {
        u"and"_s,    u"or"_s,     u"not"_s,   u"near"_s,  u"drop"_s, u"select"_s, u"delete"_s,
        u"insert"_s, u"update"_s, u"union"_s, u"table"_s, u"from"_s, u"where"_s,  u"match"_s};
    return words.contains(folded);
}

} // namespace

QList<LookupToken> lookupTokensOf(const Citizen &citizen)
{
    QList<LookupToken> out;
    auto add = [&out](LookupField field, const QString &token) {
        if (token.isEmpty())
            return;
        const QString cut = token.left(maxTokenLength);
        for (const LookupToken &t : std::as_const(out)) {
            if (t.field == field && t.token == cut)
                return;
        }
        out.append({field, cut});
    };
    add(LookupField::SortKey, namekey::fold(citizen.familyName).simplified() + u' ' +
                                  namekey::fold(citizen.givenNames).simplified() + u' ' +
                                  citizen.birthDate);
    const SearchKey key = searchKeyFor(citizen);
    for (const QString &token : key.name.split(u' ', Qt::SkipEmptyParts))
        add(LookupField::Name, token);
    if (!citizen.nationalNumber.isEmpty())
        add(LookupField::NationalNumber, citizen.nationalNumber);
    for (const QString &token : namekey::indexTokens(citizen.street))
        add(LookupField::Street, token);
    add(LookupField::HouseNumber, namekey::fold(citizen.houseNumber).remove(u' '));
    return out;
}

QString CitizenLookup::loggedText(const QString &query) const
{
    if (kind == Kind::NationalNumber)
        return NationalNumber::masked(nationalNumber);
    // Six digits or more with no letter between them (whatever separates them: commas, a
    // no-break space) may be part of a national number: they are hidden as well. An address's
    // house number and postcode may go with them; the log keeps too little rather than a number.
    static const QRegularExpression digitRun(u"\\d(?:[^\\p{L}]*?\\d){5,}"_s);
    QString out = query.trimmed().left(maxQueryLength);
    auto it = digitRun.globalMatch(out);
    QList<QPair<qsizetype, qsizetype>> runs;
    while (it.hasNext()) {
        const auto m = it.next();
        runs.append({m.capturedStart(), m.capturedLength()});
    }
    for (const auto &[start, length] : std::as_const(runs)) {
        for (qsizetype i = start; i < start + length; ++i) {
            if (out.at(i).isDigit())
                out[i] = u'*';
        }
    }
    return out;
}

std::optional<CitizenLookup> parseLookup(QStringView query, QString *problem)
{
    const QStringView trimmed = query.trimmed();
    if (trimmed.size() > CitizenLookup::maxQueryLength) {
        *problem =
            QCoreApplication::translate("CitizenLookup", "The search text is too long: at most %1 "
                                                         "characters.")
                .arg(CitizenLookup::maxQueryLength);
        return std::nullopt;
    }
    if (letterOrDigitCount(trimmed) < 2) {
        *problem = QCoreApplication::translate("CitizenLookup",
                                               "Type at least two letters or digits of a name, "
                                               "a national register number or an address.");
        return std::nullopt;
    }
    const QString digits = NationalNumber::digitsOf(trimmed);
    if (!digits.isEmpty()) {
        NationalNumber::Problem why = NationalNumber::Problem::None;
        const auto number = NationalNumber::parse(trimmed, &why);
        if (!number) {
            *problem = QCoreApplication::translate("CitizenLookup",
                                                   "This is not a national register number: %1")
                           .arg(NationalNumber::describe(why));
            return std::nullopt;
        }
        CitizenLookup lookup;
        lookup.kind = CitizenLookup::Kind::NationalNumber;
        lookup.nationalNumber = number->digits();
        return lookup;
    }

    const QList<namekey::QueryTerm> terms = namekey::queryTerms(trimmed);
    const bool hasSyntax = std::any_of(trimmed.cbegin(), trimmed.cend(), isSyntaxCharacter);
    const bool onlySyntax =
        terms.isEmpty() ||
        (hasSyntax && std::all_of(terms.cbegin(), terms.cend(), [](const namekey::QueryTerm &t) {
             return std::all_of(t.alternatives.cbegin(), t.alternatives.cend(),
                                [](const QStringList &tokens) {
                                    return tokens.size() == 1 && isSyntaxWord(tokens.first());
                                });
         }));
    if (onlySyntax) {
        *problem = QCoreApplication::translate("CitizenLookup",
                                               "The search text holds only search or SQL syntax; "
                                               "type a name, a national register number or an "
                                               "address.");
        return std::nullopt;
    }

    CitizenLookup lookup;
    for (const namekey::QueryTerm &term : terms) {
        const QStringList &first = term.alternatives.first();
        const bool number =
            first.size() == 1 && !first.first().isEmpty() && first.first().front().isDigit();
        if (number && lookup.houseNumber.isEmpty())
            lookup.houseNumber = first.first();
        else
            lookup.terms.append(term);
    }
    if (!lookup.houseNumber.isEmpty() && !lookup.terms.isEmpty()) {
        lookup.kind = CitizenLookup::Kind::Address;
    } else {
        // A house number alone is no address: the words are a name.
        lookup.kind = CitizenLookup::Kind::Name;
        lookup.terms = terms;
        lookup.houseNumber.clear();
    }
    return lookup;
}

bool indexExistingCitizens(QSqlDatabase db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!read.prepare(u"SELECT id, body FROM record WHERE kind = ?"_s) ||
        !insert.prepare(
            u"INSERT INTO citizen_token (citizen_id, field, token) VALUES (?, ?, ?)"_s)) {
        *error = read.lastError().text() + insert.lastError().text();
        return false;
    }
    read.addBindValue(int(RecordKind::Citizen));
    if (!read.exec()) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        const QString id = read.value(0).toString();
        QString problem;
        const auto citizen = wire::citizenFromJson(
            QJsonDocument::fromJson(read.value(1).toByteArray()).object(), &problem);
        if (!citizen)
            continue; // the hub wrote it through the same parser: only damage ends up here
        for (const LookupToken &t : lookupTokensOf(*citizen)) {
            insert.addBindValue(id);
            insert.addBindValue(int(t.field));
            insert.addBindValue(t.token);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace loket::hub
