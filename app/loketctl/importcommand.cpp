#include "citizencsv.h"
#include "cli.h"
#include "commands.h"

#include "demo/regiongenerator.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/repositories.h"
#include "text/namekey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// Municipality names to NIS codes: the cache's own municipalities, then the places of the
// region the project knows (deelgemeenten such as Heverlee belong to Leuven).
class MunicipalityMap final
{
public:
    explicit MunicipalityMap(const loket::CacheReader &reader)
    {
        for (const loket::Municipality &m : reader.municipalities())
            m_byName.insert(loket::namekey::fold(m.name).simplified(), m.nisCode);
    }
    QString nisCode(const QString &name) const
    {
        const QString known = m_byName.value(loket::namekey::fold(name).simplified());
        return known.isEmpty() ? loket::demo::RegionGenerator::nisCodeForPlace(name) : known;
    }

private:
    QHash<QString, QString> m_byName;
};

} // namespace

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds citizens to a cache from a CSV extract of the population register: UTF-8, a "
           "header row, separated by ; or , with the columns national_number, family_name, "
           "given_names, birth_date, street, house_number, postcode, municipality, language. "
           "Every bad row is reported on stderr as 'line N: reason' and the good rows are "
           "imported. A citizen whose national number is in the cache already is updated. "
           "Exits with 1 when any row was refused."));
    parser.addOption(
        {QStringLiteral("db"), tr("The cache to add to (created when missing)."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("citizens"), tr("The CSV file with citizens."), tr("FILE.csv")});
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    const auto csvPath = cli::required(parser, command, QStringLiteral("citizens"));
    if (!csvPath)
        return cli::Usage;

    QFile csvFile(*csvPath);
    if (!csvFile.open(QIODevice::ReadOnly)) {
        cli::err(tr("loketctl import: cannot read %1: %2").arg(*csvPath, csvFile.errorString()));
        return cli::Failure;
    }
    const CitizenCsv csv = readCitizenCsv(csvFile.readAll());
    csvFile.close();
    if (!csv.fatal.isEmpty()) {
        cli::err(tr("loketctl import: %1: %2").arg(*csvPath, csv.fatal));
        return cli::Failure;
    }
    for (const QString &problem : csv.problems)
        cli::err(problem);

    loket::Connection connection(QStringLiteral("loketctl-import"));
    if (!connection.open(*path)) {
        cli::err(tr("loketctl import: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    const loket::CacheReader reader(connection.database());
    // Real citizens never go into a demo cache (reference/insz.md: never mix the two).
    if (reader.meta(QStringLiteral("kind")) == QLatin1String("demo")) {
        cli::err(tr("loketctl import: %1 is a demo cache; real citizens are never mixed with "
                    "demo data. Import into another file.")
                     .arg(*path));
        return cli::Failure;
    }
    const MunicipalityMap municipalities(reader);

    int added = 0;
    int updated = 0;
    {
        loket::WriteTransaction transaction(connection.database());
        if (!transaction.isActive()) {
            cli::err(tr("loketctl import: %1").arg(transaction.errorString()));
            return cli::Failure;
        }
        loket::CacheWriter writer(connection);
        QSqlQuery byNumber(connection.database());
        byNumber.setForwardOnly(true);
        byNumber.prepare(QStringLiteral("SELECT id FROM citizen WHERE national_number = ?"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

        for (const CitizenRow &row : csv.rows) {
            byNumber.addBindValue(row.citizen.nationalNumber);
            QString existingId;
            if (byNumber.exec() && byNumber.next())
                existingId = byNumber.value(0).toString();
            byNumber.finish();

            loket::Citizen c;
            if (!existingId.isEmpty()) {
                // Keep what the register does not hold: contact details, eBox consent, notes.
                c = reader.citizen(existingId).value_or(loket::Citizen());
                c.id = existingId;
            } else {
                c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            const loket::Citizen &in = row.citizen;
            c.nationalNumber = in.nationalNumber;
            c.familyName = in.familyName;
            c.givenNames = in.givenNames;
            c.birthDate = in.birthDate;
            c.street = in.street;
            c.houseNumber = in.houseNumber;
            c.postcode = in.postcode;
            c.city = in.city;
            c.municipalityNis = municipalities.nisCode(in.city);
            c.language = in.language;
            c.updatedAt = now;
            if (!writer.upsert(c)) {
                cli::err(tr("loketctl import: writing line %1 failed: %2; nothing was imported.")
                             .arg(row.line)
                             .arg(writer.errorString()));
                return cli::Failure;
            }
            existingId.isEmpty() ? ++added : ++updated;
        }
        if (!transaction.commit()) {
            cli::err(
                tr("loketctl import: %1; nothing was imported.").arg(transaction.errorString()));
            return cli::Failure;
        }
    }
    cli::out(tr("Imported %1 citizens into %2 (%3 new, %4 updated); refused %5 rows.")
                 .arg(added + updated)
                 .arg(*path)
                 .arg(added)
                 .arg(updated)
                 .arg(csv.problems.size()));
    return csv.problems.isEmpty() ? cli::Success : cli::Failure;
}

} // namespace loketctl
