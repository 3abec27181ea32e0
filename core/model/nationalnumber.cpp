#include "nationalnumber.h"

#include <QCoreApplication>

namespace loket {
namespace {

constexpr qint64 twoThousandOffset = 2000000000LL;

int checkFor(qint64 firstNine, bool bornFrom2000)
{
    const qint64 n = bornFrom2000 ? twoThousandOffset + firstNine : firstNine;
    return int(97 - (n % 97));
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'.' || c == u'-' || c == u'/' || c == u'\u00A0';
}

} // namespace

QString NationalNumber::digitsOf(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (!isSeparator(c))
            return {};
    }
    return out;
}

NationalNumber::Problem NationalNumber::validate(QStringView text)
{
    Problem problem = Problem::None;
    parse(text, &problem);
    return problem;
}

std::optional<NationalNumber> NationalNumber::parse(QStringView text, Problem *problem)
{
    auto fail = [problem](Problem p) -> std::optional<NationalNumber> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Problem::Empty);
    const QString digits = digitsOf(trimmed);
    if (digits.isEmpty())
        return fail(Problem::NotDigits);
    if (digits.size() != 11)
        return fail(Problem::WrongLength);

    const qint64 firstNine = digits.left(9).toLongLong();
    const int check = digits.mid(9, 2).toInt();
    bool from2000;
    if (checkFor(firstNine, false) == check)
        from2000 = false;
    else if (checkFor(firstNine, true) == check)
        from2000 = true;
    else
        return fail(Problem::BadCheck);

    const int yy = digits.left(2).toInt();
    int mm = digits.mid(2, 2).toInt();
    const int dd = digits.mid(4, 2).toInt();
    const int sequence = digits.mid(6, 3).toInt();
    if (sequence == 0 || sequence == 999)
        return fail(Problem::BadSequence);

    Kind kind = Kind::Register;
    if (mm >= 40) {
        kind = Kind::BisSexKnown;
        mm -= 40;
    } else if (mm >= 20) {
        kind = Kind::BisSexUnknown;
        mm -= 20;
    }
    const int year = (from2000 ? 2000 : 1900) + yy;
    if (mm > 12 || dd > 31)
        return fail(Problem::BadBirthDate);
    if (mm > 0 && dd > 0 && !QDate::isValid(year, mm, dd))
        return fail(Problem::BadBirthDate);
    if (mm == 0 && dd > 0 && kind == Kind::Register)
        return fail(Problem::BadBirthDate);

    NationalNumber n;
    n.m_digits = digits;
    n.m_year = year;
    n.m_month = mm;
    n.m_day = dd;
    n.m_kind = kind;
    if (problem)
        *problem = Problem::None;
    return n;
}

QString NationalNumber::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("NationalNumber", "No national number was given.");
    case Problem::NotDigits:
        return QCoreApplication::translate(
            "NationalNumber", "A national number holds only digits (dots and a dash are allowed).");
    case Problem::WrongLength:
        return QCoreApplication::translate("NationalNumber",
                                           "A national number has exactly 11 digits.");
    case Problem::BadCheck:
        return QCoreApplication::translate(
            "NationalNumber",
            "The last two digits do not match the rest: a digit was probably mistyped.");
    case Problem::BadBirthDate:
        return QCoreApplication::translate("NationalNumber",
                                           "The birth date in this national number is impossible.");
    case Problem::BadSequence:
        return QCoreApplication::translate("NationalNumber",
                                           "The daily sequence number (digits 7 to 9) is invalid.");
    }
    return {};
}

QString NationalNumber::formatted() const
{
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(m_digits.left(2), m_digits.mid(2, 2), m_digits.mid(4, 2), m_digits.mid(6, 3),
             m_digits.mid(9, 2));
}

QString NationalNumber::masked(QStringView digits, int visibleDigits)
{
    if (digits.size() != 11)
        return QStringLiteral("••.••.••-•••.••");
    QString out = QStringLiteral("%1.%2.%3-%4.%5")
                      .arg(digits.left(2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 3),
                           digits.mid(9, 2));
    int hide = 11 - qBound(0, visibleDigits, 11);
    for (qsizetype i = 0; i < out.size() && hide > 0; ++i) {
        if (out.at(i).isDigit()) {
            out[i] = u'•';
            --hide;
        }
    }
    return out;
}

QString NationalNumber::masked(int visibleDigits) const
{
    return masked(m_digits, visibleDigits);
}

QDate NationalNumber::birthDate() const
{
    if (m_month == 0 || m_day == 0)
        return {};
    return QDate(m_year, m_month, m_day);
}

NationalNumber::Sex NationalNumber::sex() const
{
    if (m_kind == Kind::BisSexUnknown)
        return Sex::Unknown;
    return (m_digits.mid(6, 3).toInt() % 2) ? Sex::Male : Sex::Female;
}

NationalNumber NationalNumber::make(QDate birthDate, int sequence, Kind kind)
{
    Q_ASSERT(birthDate.isValid() && sequence >= 1 && sequence <= 998);
    // Integer arithmetic rather than formatting and parsing: the demo region makes a million.
    const int monthOffset = kind == Kind::BisSexKnown ? 40 : kind == Kind::BisSexUnknown ? 20 : 0;
    const int yy = birthDate.year() % 100;
    const bool from2000 = birthDate.year() >= 2000;
    const qint64 firstNine =
        ((qint64(yy) * 100 + birthDate.month() + monthOffset) * 100 + birthDate.day()) * 1000 +
        sequence;
    qint64 all = firstNine * 100 + checkFor(firstNine, from2000);
    char16_t digits[11];
    for (int i = 10; i >= 0; --i, all /= 10)
        digits[i] = char16_t(u'0' + all % 10);
    // The same fields parse() finds in these digits.
    NationalNumber n;
    n.m_digits = QString(reinterpret_cast<const QChar *>(digits), 11);
    n.m_year = (from2000 ? 2000 : 1900) + yy;
    n.m_month = birthDate.month();
    n.m_day = birthDate.day();
    n.m_kind = kind;
    Q_ASSERT(parse(n.m_digits) == n);
    return n;
}

} // namespace loket
