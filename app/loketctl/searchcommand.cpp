#include "cli.h"
#include "commands.h"

#include "model/citizen.h"
#include "store/citizensearch.h"
#include "store/connection.h"

#include <QCoreApplication>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

} // namespace

int runSearch(const QStringList &arguments)
{
    const QString command = QStringLiteral("search");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds citizens as the search box does: by name, national number in any notation, "
           "address, birth year or date, or report number. Prints one match per line, in "
           "result order: id, full name, birth date, national number (11 digits) and address, "
           "separated by tabs."));
    parser.addOption({QStringLiteral("db"), tr("The cache to search."), tr("FILE")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many matches (default 50)."),
                      tr("N"), QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to search for."),
                                 tr("QUERY..."));
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Accepted))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    const auto limit = cli::number(command, QStringLiteral("limit"),
                                   parser.value(QStringLiteral("limit")), 1, 10000);
    if (!limit)
        return cli::Usage;
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return cli::usageError(command, tr("nothing to search for: give a QUERY."));

    loket::Connection connection(QStringLiteral("loketctl-search"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl search: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    loket::CitizenSearch search(connection.database());
    const QList<loket::CitizenHit> hits = search.find(query, int(*limit));
    if (!search.errorString().isEmpty()) {
        cli::err(tr("loketctl search: the search failed: %1").arg(search.errorString()));
        return cli::Failure;
    }
    for (const loket::CitizenHit &h : hits) {
        loket::Citizen c; // for the one way an address line is written
        c.street = h.street;
        c.houseNumber = h.houseNumber;
        c.postcode = h.postcode;
        c.city = h.city;
        cli::out(
            QStringList{h.id, h.fullName(), h.birthDate, h.nationalNumber, c.addressLine()}.join(
                u'\t'));
    }
    return cli::Success;
}

} // namespace loketctl
