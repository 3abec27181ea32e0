#include "citizensearch.h"
#include "model/nationalnumber.h"
#include "store/connection.h"
#include "store/sqlitestatement.h"
#include "text/namekey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <unordered_map>

namespace loket {
namespace {

const QString hitColumns = QStringLiteral(
    "c.local_id, c.id, c.national_number, c.family_name, c.given_names, c.birth_date,"
    " c.street, c.house_number, c.postcode, c.city, c.municipality_nis");

const QString byNationalNumberSql =
    QStringLiteral("SELECT %1 FROM citizen c WHERE c.national_number >= ? AND c.national_number < ?"
                   " ORDER BY c.national_number LIMIT ?")
        .arg(hitColumns);

// The FTS subquery takes the limit, so that a broad prefix stops after a few index pages
// instead of ranking the whole match set (DESIGN §7).
const QString byNameSql =
    QStringLiteral("SELECT %1 FROM citizen c WHERE c.local_id IN"
                   " (SELECT rowid FROM citizen_fts WHERE citizen_fts MATCH ? LIMIT ?)")
        .arg(hitColumns);

const QString byReportNumberSql =
    QStringLiteral(
        "SELECT %1 FROM citizen c WHERE c.id IN"
        " (SELECT rc.citizen_id FROM report r JOIN report_citizen rc ON rc.report_id = r.id"
        "  WHERE r.public_number >= ? AND r.public_number < ? LIMIT ?)")
        .arg(hitColumns);

// The smallest string greater than every string that starts with `prefix`.
QString prefixUpperBound(const QString &prefix)
{
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    return upper;
}

QString quoted(const QString &token, CitizenSearch::Matching matching)
{
    QString out = QLatin1Char('"') + token + QLatin1Char('"');
    if (matching == CitizenSearch::Matching::Prefixes)
        out += QLatin1Char('*');
    return out;
}

// Dates typed as 12/03/1954, 12.03.1954, 12-3-1954 or 1954-03-12 become the yyyymmdd token
// the index holds for the birth date.
QString normaliseDates(QStringView query)
{
    static const QRegularExpression dmy(
        QStringLiteral("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b"));
    static const QRegularExpression ymd(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    QString text = query.toString();
    auto rewrite = [&text](const QRegularExpression &re, int y, int m, int d) {
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            out += QStringView(text).mid(last, match.capturedStart() - last);
            out += match.captured(y) + match.captured(m).rightJustified(2, u'0') +
                   match.captured(d).rightJustified(2, u'0');
            last = match.capturedEnd();
        }
        out += QStringView(text).mid(last);
        text = out;
    };
    rewrite(dmy, 3, 2, 1);
    rewrite(ymd, 1, 2, 3);
    return text;
}

// "M-2026-0001423", "m 2026 142", "M2026" ... ; empty when the query is no report number.
struct ReportNumberQuery
{
    QString prefix; // for typing in progress
    QString exact;  // the sequence padded, when a sequence was typed
};

std::optional<ReportNumberQuery> reportNumberQuery(QStringView query)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*[mM][\\s-]*(\\d{1,4})(?:[\\s-]*(\\d{1,7}))?\\s*$"));
    const auto match = re.match(query.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QString year = match.captured(1);
    const QString sequence = match.captured(2);
    ReportNumberQuery r;
    if (sequence.isEmpty()) {
        r.prefix = QStringLiteral("M-") + year;
    } else if (year.size() == 4) {
        r.prefix = QStringLiteral("M-%1-%2").arg(year, sequence);
        r.exact = QStringLiteral("M-%1-%2").arg(year, sequence.rightJustified(7, u'0'));
    } else {
        return std::nullopt;
    }
    return r;
}

bool isYearLike(const QString &digits)
{
    return digits.size() == 4 &&
           (digits.startsWith(QLatin1String("19")) || digits.startsWith(QLatin1String("20")));
}

} // namespace

// Search runs on every keystroke: it reads through the raw SQLite API (QSqlQuery's per-value
// QVariant conversions cost more than the query itself for the common, small answers).
struct CitizenSearch::Private
{
    QSqlDatabase db;
    std::unordered_map<QString, SqliteStatement> statements;

    SqliteStatement *statement(const QString &sql, QString *error)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            sqlite3 *handle = Connection::handleOf(db);
            if (!handle) {
                *error = QCoreApplication::translate("loket::CitizenSearch", "No cache is open.");
                return nullptr;
            }
            SqliteStatement statement(handle, sql.toUtf8().constData());
            if (!statement.isValid()) {
                *error = statement.errorString();
                return nullptr;
            }
            it = statements.emplace(sql, std::move(statement)).first;
        }
        return &it->second;
    }
};

CitizenSearch::CitizenSearch(QSqlDatabase db)
    : d(std::make_unique<Private>())
{
    d->db = std::move(db);
}

CitizenSearch::~CitizenSearch() = default;

QString CitizenSearch::ftsExpression(QStringView query, Matching matching)
{
    const QList<namekey::QueryTerm> terms = namekey::queryTerms(query);
    QStringList clauses;
    for (const namekey::QueryTerm &term : terms) {
        QStringList alternatives;
        for (const QStringList &tokens : term.alternatives) {
            QStringList parts;
            for (const QString &token : tokens)
                parts.append(quoted(token, matching));
            alternatives.append(parts.size() == 1
                                    ? parts.first()
                                    : QLatin1Char('(') + parts.join(QLatin1String(" AND ")) +
                                          QLatin1Char(')'));
        }
        clauses.append(alternatives.size() == 1
                           ? alternatives.first()
                           : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) +
                                 QLatin1Char(')'));
    }
    return clauses.join(QLatin1String(" AND "));
}

SearchPlan CitizenSearch::plan(QStringView query, int limit)
{
    SearchPlan plan;
    plan.limit = limit;
    const QStringView trimmed = query.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return plan;

    const QString digits = NationalNumber::digitsOf(trimmed);
    const bool onlyDigits = !digits.isEmpty();
    if (onlyDigits && digits.size() <= 11) {
        plan.steps.append({SearchStep::Kind::NationalNumber,
                           byNationalNumberSql,
                           {digits, prefixUpperBound(digits), limit}});
    }
    if (const auto report = reportNumberQuery(trimmed)) {
        if (!report->exact.isEmpty())
            plan.steps.append({SearchStep::Kind::ReportNumber,
                               byReportNumberSql,
                               {report->exact, prefixUpperBound(report->exact), limit}});
        plan.steps.append({SearchStep::Kind::ReportNumber,
                           byReportNumberSql,
                           {report->prefix, prefixUpperBound(report->prefix), limit}});
        // "M-2025-32" is a report number and nothing else; matching its pieces against names,
        // dates and house numbers only costs time (up to 70 ms at 1,000,000 citizens).
        if (!report->exact.isEmpty())
            return plan;
    }
    const QString withDates = normaliseDates(trimmed);
    const bool dateOnly = onlyDigits && withDates != trimmed && !withDates.contains(u' ');
    // A number alone is a national number, unless it can be a birth year or date.
    if (onlyDigits && !dateOnly && !isYearLike(digits))
        return plan;
    const QString exact = ftsExpression(withDates, Matching::WholeWords);
    if (exact.isEmpty())
        return plan;
    const QString prefix = ftsExpression(withDates, Matching::Prefixes);
    // Column filters are FTS syntax of our own making around expressions of quoted tokens.
    auto inNames = [](const QString &expression) {
        return QStringLiteral("name_key : (%1)").arg(expression);
    };
    const bool namesPossible = !onlyDigits;
    if (namesPossible)
        plan.steps.append({SearchStep::Kind::NameExact, byNameSql, {inNames(exact), limit}});
    plan.steps.append({SearchStep::Kind::AnyExact, byNameSql, {exact, limit}});
    if (namesPossible)
        plan.steps.append({SearchStep::Kind::NamePrefix, byNameSql, {inNames(prefix), limit}});
    plan.steps.append({SearchStep::Kind::AnyPrefix, byNameSql, {prefix, limit}});
    return plan;
}

QList<CitizenHit> CitizenSearch::find(QStringView query, int limit)
{
    return run(plan(query, limit));
}

QList<CitizenHit> CitizenSearch::run(const SearchPlan &plan)
{
    m_error.clear();
    QList<CitizenHit> hits;
    QSet<qint64> seen;
    for (const SearchStep &step : plan.steps) {
        if (hits.size() >= plan.limit)
            break;
        SqliteStatement *q = d->statement(step.sql, &m_error);
        if (!q)
            return hits;
        for (qsizetype i = 0; i < step.values.size(); ++i) {
            const QVariant &v = step.values.at(i);
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                q->bind(int(i + 1), v.toLongLong());
            else
                q->bind(int(i + 1), v.toString());
        }
        QList<CitizenHit> group;
        int rc;
        while ((rc = q->step()) == SQLITE_ROW) {
            CitizenHit h;
            h.localId = q->int64(0);
            if (seen.contains(h.localId))
                continue;
            h.id = q->text(1);
            h.nationalNumber = q->text(2);
            h.familyName = q->text(3);
            h.givenNames = q->text(4);
            h.birthDate = q->text(5);
            h.street = q->text(6);
            h.houseNumber = q->text(7);
            h.postcode = q->text(8);
            h.city = q->text(9);
            h.municipalityNis = q->text(10);
            group.append(h);
        }
        if (rc != SQLITE_DONE) {
            m_error = q->errorString();
            q->reset();
            return hits;
        }
        q->reset(); // ends the read transaction, so the WAL can be checkpointed
        if (step.kind == SearchStep::Kind::NationalNumber) {
            // already in national-number order
        } else {
            // Alphabetical on the folded names: Çelik sorts with the C's, as a clerk expects.
            QList<std::pair<QString, qsizetype>> keys;
            keys.reserve(group.size());
            for (qsizetype i = 0; i < group.size(); ++i) {
                const CitizenHit &h = group.at(i);
                keys.append({namekey::fold(h.familyName) + QChar(1) + namekey::fold(h.givenNames) +
                                 QChar(1) + h.birthDate,
                             i});
            }
            std::sort(keys.begin(), keys.end());
            QList<CitizenHit> sorted;
            sorted.reserve(group.size());
            for (const auto &k : std::as_const(keys))
                sorted.append(group.at(k.second));
            group = sorted;
        }
        for (const CitizenHit &h : std::as_const(group)) {
            if (hits.size() >= plan.limit)
                break;
            seen.insert(h.localId);
            hits.append(h);
        }
    }
    return hits;
}

} // namespace loket
