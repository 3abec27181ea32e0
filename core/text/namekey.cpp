#include "namekey.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace loket::namekey {
namespace {

// Letters that NFKD leaves whole; the fold maps them to what a Flemish clerk would type.
QStringView unfoldable(char32_t c)
{
    switch (c) {
    case U'ı':
        return u"i";
    case U'ß':
    case U'ẞ':
        return u"ss";
    case U'æ':
    case U'Æ':
        return u"ae";
    case U'œ':
    case U'Œ':
        return u"oe";
    case U'ø':
    case U'Ø':
        return u"o";
    case U'ł':
    case U'Ł':
        return u"l";
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return u"d";
    case U'þ':
    case U'Þ':
        return u"th";
    case U'ħ':
    case U'Ħ':
        return u"h";
    case U'ŧ':
    case U'Ŧ':
        return u"t";
    case U'ŋ':
    case U'Ŋ':
        return u"n";
    case U'ə':
    case U'Ə':
        return u"e";
    case U'ĸ':
        return u"k";
    default:
        return {};
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`' ||
           c == U'\u00B4' || c == U'\u2032';
}

bool isDash(char32_t c)
{
    return c == U'-' || c == U'\u2010' || c == U'\u2011' || c == U'\u2012' || c == U'\u2013' ||
           c == U'\u2014' || c == U'\u2212';
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'-';
}

// Particles that may be written attached to the rest of a family name. Longer forms come from
// combining these ("vanden" = van + den). A split needs at least three letters left over.
constexpr std::array<QStringView, 9> attachedParticles{u"van", u"den", u"der", u"de", u"ten",
                                                       u"ter", u"le",  u"la",  u"du"};
constexpr qsizetype minimumRest = 3;

QStringList splitAttached(const QString &part)
{
    QStringList out;
    QStringView rest(part);
    bool split = true;
    while (split) {
        split = false;
        for (QStringView particle : attachedParticles) {
            if (rest.size() - particle.size() >= minimumRest && rest.startsWith(particle)) {
                out.append(particle.toString());
                rest = rest.mid(particle.size());
                split = true;
                break;
            }
        }
    }
    out.append(rest.toString());
    return out;
}

// Splits folded text into words, each word into its parts at apostrophes and dashes.
QList<QStringList> wordsWithParts(const QString &folded)
{
    QList<QStringList> words;
    const QStringList raw = folded.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : raw) {
        QStringList parts;
        QString current;
        for (QChar c : word) {
            if (isJoiner(c)) {
                if (!current.isEmpty())
                    parts.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty())
            parts.append(current);
        if (!parts.isEmpty())
            words.append(parts);
    }
    return words;
}

} // namespace

QString fold(QStringView text)
{
    // ASCII needs no decomposition, and its case folding is plain lowercasing; most names,
    // streets and queries are ASCII, and the bulk load folds millions of them.
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    const QString decomposed =
        ascii ? text.toString() : text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    const auto ucs4 = decomposed.toUcs4();
    for (char32_t c : ucs4) {
        if (c < 128) {
            if (c >= U'A' && c <= U'Z')
                out.append(QChar(char16_t(c - U'A' + U'a')));
            else if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'))
                out.append(QChar(char16_t(c)));
            else if (c == U'\'' || c == U'`')
                out.append(u'\'');
            else if (c == U'-')
                out.append(u'-');
            else
                out.append(u' ');
            continue;
        }
        const QStringView mapped = unfoldable(c);
        if (!mapped.isEmpty()) {
            out.append(mapped);
            continue;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (isApostrophe(c)) {
            out.append(u'\'');
        } else if (isDash(c)) {
            out.append(u'-');
        } else if (QChar::isLetterOrNumber(c)) {
            // Full case folding: an uppercase letter may fold to several (İ → i + dot, removed).
            const QString folded = QString::fromUcs4(&c, 1).toCaseFolded();
            for (QChar f : folded) {
                const auto fc = f.category();
                if (fc != QChar::Mark_NonSpacing && fc != QChar::Mark_SpacingCombining)
                    out.append(f);
            }
        } else {
            out.append(u' ');
        }
    }
    return out;
}

QStringList indexTokens(QStringView field, Particles particles)
{
    QStringList parts;
    for (const QStringList &word : wordsWithParts(fold(field))) {
        for (const QString &part : word) {
            if (particles == Particles::SplitAttached)
                parts.append(splitAttached(part));
            else
                parts.append(part);
        }
    }
    QStringList tokens;
    QSet<QString> seen;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString run;
        for (qsizetype j = i; j < parts.size(); ++j) {
            run += parts.at(j);
            if (!seen.contains(run)) {
                seen.insert(run);
                tokens.append(run);
            }
        }
    }
    return tokens;
}

QList<QueryTerm> queryTerms(QStringView query, int maxTerms, int maxTokenLength)
{
    QList<QueryTerm> terms;
    const QList<QStringList> words =
        wordsWithParts(fold(query.left(4 * maxTerms * maxTokenLength)));
    for (QStringList parts : words) {
        if (terms.size() >= maxTerms)
            break;
        for (QString &p : parts)
            p.truncate(maxTokenLength);
        QueryTerm term;
        if (parts.size() == 1) {
            term.alternatives.append(parts);
        } else {
            term.alternatives.append(QStringList{parts.join(QString()).left(maxTokenLength)});
            term.alternatives.append(parts);
        }
        terms.append(term);
    }
    return terms;
}

} // namespace loket::namekey
