#pragma once

#include "model/citizen.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reading a population-register extract (CSV) into validated citizens, for `loketctl import`.
namespace loketctl {

// One record of a CSV file and the line it starts on (1 = the first line of the file).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool unterminated = false; // a quoted field ran to the end of the file
};

// RFC 4180 records: fields separated by `separator`, optionally quoted ("" is a quote inside
// quotes, and quoted fields may hold separators and line breaks); LF or CRLF line ends. Blank
// lines are skipped.
QList<CsvRecord> parseCsv(QStringView text, QChar separator);

// `;` (what a Belgian Excel writes) or `,`: whichever occurs more often outside quotes on the
// header line.
QChar detectSeparator(QStringView text);

struct CitizenRow
{
    int line = 0;
    loket::Citizen citizen; // without id, version or time: the import assigns those
};

struct CitizenCsv
{
    QList<CitizenRow> rows;
    QStringList problems; // "line N: reason", in file order, one per refused row
    QString fatal;        // set when the file as a whole cannot be read
};

// The columns, in the order the extract lists them; the header may order them differently
// and may hold more columns, which are ignored.
QStringList citizenCsvColumns();

// Validates every row: national number (check digits and date), family and given names
// present, birth date a real date not in the future, language a two-letter code. Good rows
// come out normalised (11 digits, ISO date, lower-case language, "nl" when empty).
CitizenCsv readCitizenCsv(const QByteArray &bytes);

} // namespace loketctl
