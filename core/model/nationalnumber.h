#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace loket {

// A Belgian national register number (INSZ / rijksregisternummer), validated with its
// mod-97 check for both centuries, bis numbers and unknown birth-date parts.
class NationalNumber final
{
public:
    enum class Problem {
        None,
        Empty,
        NotDigits,    // something other than digits, spaces, dots, dashes or slashes
        WrongLength,  // not 11 digits
        BadCheck,     // the check digits fit neither century
        BadBirthDate, // month or day out of range for that date
        BadSequence,  // 000 or 999
    };
    enum class Sex { Unknown, Male, Female };
    enum class Kind { Register, BisSexKnown, BisSexUnknown };

    // Accepts any common notation: 85073003328, 85.07.30-033.28, 850730 033 28 ...
    static std::optional<NationalNumber> parse(QStringView text, Problem *problem = nullptr);
    static Problem validate(QStringView text);
    static QString describe(Problem problem); // translatable, for the person who typed it

    // Only the digits of the notation, when there are nothing but digits and separators.
    static QString digitsOf(QStringView text);

    QString digits() const { return m_digits; }
    QString formatted() const; // YY.MM.DD-SSS.CC
    // Masked for lists and headers: every digit hidden except the last `visibleDigits`.
    QString masked(int visibleDigits = 2) const;
    static QString masked(QStringView digits, int visibleDigits = 2);

    int birthYear() const { return m_year; }
    int birthMonth() const { return m_month; } // 0 when unknown
    int birthDay() const { return m_day; }     // 0 when unknown
    QDate birthDate() const;                   // invalid when a part is unknown
    Sex sex() const;
    Kind kind() const { return m_kind; }

    // Builds a valid number; for the demo and for tests. `sequence` 1..998.
    static NationalNumber make(QDate birthDate, int sequence, Kind kind = Kind::Register);

    bool operator==(const NationalNumber &) const = default;

private:
    NationalNumber() = default;
    QString m_digits;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Kind m_kind = Kind::Register;
};

} // namespace loket
