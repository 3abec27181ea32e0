#include "citizencsv.h"

#include "model/nationalnumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// YYYY-MM-DD (00 for an unknown month or day, as the register writes them), DD/MM/YYYY or
// DD.MM.YYYY. Returns the ISO form, or an empty string when the text is no date.
QString normalisedDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"));
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto m2 = dmy.match(text); m2.hasMatch()) {
        day = m2.captured(1).toInt();
        month = m2.captured(2).toInt();
        year = m2.captured(3).toInt();
    } else {
        return {};
    }
    if (year < 1850)
        return {};
    const bool unknownParts = month == 0 ? day == 0 : day == 0 && month <= 12;
    if (!unknownParts && !QDate::isValid(year, month, day))
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList citizenCsvColumns()
{
    return {QStringLiteral("national_number"), QStringLiteral("family_name"),
            QStringLiteral("given_names"),     QStringLiteral("birth_date"),
            QStringLiteral("street"),          QStringLiteral("house_number"),
            QStringLiteral("postcode"),        QStringLiteral("municipality"),
            QStringLiteral("language")};
}

QChar detectSeparator(QStringView text)
{
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

QList<CsvRecord> parseCsv(QStringView text, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // anything seen on this record, so blank lines can be skipped
    int line = 1;
    record.line = 1;
    auto endRecord = [&] {
        if (fieldStarted || !record.fields.isEmpty()) {
            record.fields.append(field);
            records.append(record);
        }
        record = CsvRecord();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        record.unterminated = true;
    endRecord();
    return records;
}

CitizenCsv readCitizenCsv(const QByteArray &bytes)
{
    CitizenCsv out;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        out.fatal = tr("the file is not UTF-8 text.");
        return out;
    }
    if (text.startsWith(QChar(0xFEFF))) // the byte order mark Excel writes
        text.remove(0, 1);
    const QList<CsvRecord> records = parseCsv(text, detectSeparator(text));
    if (records.isEmpty()) {
        out.fatal = tr("the file is empty: it needs a header row and citizens.");
        return out;
    }

    // Map the header's columns by name.
    const CsvRecord &header = records.first();
    QHash<QString, int> column;
    for (qsizetype i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields.at(i).trimmed().toLower(), int(i));
    QStringList missing;
    for (const QString &name : citizenCsvColumns()) {
        if (!column.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        out.fatal = tr("line %1: the header lacks the column(s) %2; it needs %3.")
                        .arg(header.line)
                        .arg(missing.join(QStringLiteral(", ")),
                             citizenCsvColumns().join(QStringLiteral(", ")));
        return out;
    }
    const qsizetype width = header.fields.size();
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // a line of blanks
        auto refuse = [&out, &record](const QString &reason) {
            out.problems.append(tr("line %1: %2").arg(record.line).arg(reason));
        };
        if (record.unterminated) {
            refuse(tr("a quoted field is not closed before the end of the file"));
            continue;
        }
        if (record.fields.size() != width) {
            refuse(tr("expected %1 fields, found %2").arg(width).arg(record.fields.size()));
            continue;
        }
        auto value = [&record, &column](const char *name) {
            return record.fields.at(column.value(QLatin1String(name))).trimmed();
        };

        QStringList reasons;
        loket::Citizen c;
        loket::NationalNumber::Problem problem = loket::NationalNumber::Problem::None;
        const auto number = loket::NationalNumber::parse(value("national_number"), &problem);
        if (number)
            c.nationalNumber = number->digits();
        else
            reasons.append(
                tr("invalid national number: %1").arg(loket::NationalNumber::describe(problem)));
        c.familyName = value("family_name").simplified();
        if (c.familyName.isEmpty())
            reasons.append(tr("the family name is missing"));
        c.givenNames = value("given_names").simplified();
        if (c.givenNames.isEmpty())
            reasons.append(tr("the given names are missing"));
        const QString birth = value("birth_date");
        c.birthDate = normalisedDate(birth);
        if (c.birthDate.isEmpty())
            reasons.append(
                tr("the birth date \"%1\" is not a valid date (expected YYYY-MM-DD)").arg(birth));
        else if (c.birthDate > today)
            reasons.append(tr("the birth date %1 is in the future").arg(c.birthDate));
        c.street = value("street").simplified();
        c.houseNumber = value("house_number").simplified();
        c.postcode = value("postcode");
        c.city = value("municipality").simplified();
        const QString language = value("language").toLower();
        static const QRegularExpression twoLetters(QStringLiteral("^[a-z]{2}$"));
        if (language.isEmpty())
            c.language = QStringLiteral("nl");
        else if (twoLetters.match(language).hasMatch())
            c.language = language;
        else
            reasons.append(tr("the language \"%1\" is not a two-letter code such as nl or fr")
                               .arg(value("language")));

        if (reasons.isEmpty())
            out.rows.append({record.line, c});
        else
            refuse(reasons.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace loketctl
