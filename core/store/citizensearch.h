#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace loket {

// One line of the results list: what tells two namesakes apart.
struct CitizenHit
{
    qint64 localId = 0;
    QString id;
    QString nationalNumber;
    QString familyName;
    QString givenNames;
    QString birthDate;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    QString municipalityNis;
    // Hits of the helpdesk's online lookup (core/sync/helpdesklookup): the municipality's name
    // as the hub gives it, and no national number; the dossier is not in the cache yet.
    QString municipalityName;
    bool online = false;

    QString fullName() const { return givenNames + QLatin1Char(' ') + familyName; }
};

// How one query is answered: statements with bound values, run in order until the limit is
// reached. The benchmark runs the very same plan through the raw SQLite C API.
struct SearchStep
{
    // In order of relevance: a whole word of the name beats a whole word anywhere, which beats
    // a name that starts with what was typed, which beats anything that does.
    enum class Kind { NationalNumber, ReportNumber, NameExact, AnyExact, NamePrefix, AnyPrefix };
    Kind kind;
    QString sql;
    QVariantList values; // bound in order; the last is always the row limit
};

struct SearchPlan
{
    QList<SearchStep> steps;
    int limit = 50;
};

// Finds citizens by name, national number in any notation, address, birth year or date, or
// report number (DESIGN §7). User text only ever reaches SQLite as bound values; the FTS
// expression is built from folded tokens, each quoted, so no input can be FTS syntax.
class CitizenSearch final
{
public:
    explicit CitizenSearch(QSqlDatabase db);
    ~CitizenSearch();
    CitizenSearch(const CitizenSearch &) = delete;
    CitizenSearch &operator=(const CitizenSearch &) = delete;

    static SearchPlan plan(QStringView query, int limit = 50);
    // The FTS5 expression for the words of a query; empty when nothing is searchable.
    enum class Matching { WholeWords, Prefixes };
    static QString ftsExpression(QStringView query, Matching matching);

    QList<CitizenHit> find(QStringView query, int limit = 50);
    QList<CitizenHit> run(const SearchPlan &plan);
    // Empty after a successful search; otherwise what SQLite said (never caused by input).
    QString errorString() const { return m_error; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace loket
