#include "cli.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <iterator>

namespace {

// The subcommands. To add one: write runXxx in its own file, declare it in commands.h and
// add a row here.
struct Command
{
    const char *name;
    const char *summary; // translated in the "loketctl" context
    int (*run)(const QStringList &arguments);
};

const Command commands[] = {
    {"seed", QT_TRANSLATE_NOOP("loketctl", "Create a demo cache holding a generated region."),
     loketctl::runSeed},
    {"search", QT_TRANSLATE_NOOP("loketctl", "Find citizens in a cache, as the search box does."),
     loketctl::runSearch},
    {"import",
     QT_TRANSLATE_NOOP("loketctl", "Add citizens to a cache from a population-register CSV."),
     loketctl::runImport},
    {"bench", QT_TRANSLATE_NOOP("loketctl", "Measure speed: 'loketctl bench --help' lists what."),
     loketctl::runBench},
    {"worklist",
     QT_TRANSLATE_NOOP("loketctl",
                       "Print a document work list: unread eBox, returned paper, recent."),
     loketctl::runWorklist},
    {"handout", QT_TRANSLATE_NOOP("loketctl", "Write a guide as a PDF handout for a citizen."),
     loketctl::runHandout},
    {"sync",
     QT_TRANSLATE_NOOP("loketctl",
                       "Fill or update a cache from a regional hub and send its changes."),
     loketctl::runSync},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

void printHelp()
{
    QTextStream s(stdout);
    s << tr("Usage: loketctl COMMAND [options]") << '\n'
      << tr("Loket without a window: caches, search and measurements for scripts.") << "\n\n"
      << tr("Commands:") << '\n';
    for (const Command &c : commands)
        s << QStringLiteral("  %1  %2").arg(QString::fromLatin1(c.name), -8).arg(tr(c.summary))
          << '\n';
    s << '\n'
      << tr("Options:") << '\n'
      << QStringLiteral("  -h, --help     ") << tr("Show this help.") << '\n'
      << QStringLiteral("  -v, --version  ") << tr("Show the version.") << "\n\n"
      << tr("Run 'loketctl COMMAND --help' for the options of a command.") << '\n'
      << tr("Exit codes: 0 success, 1 failure, 2 usage error.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loketctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printHelp();
        return loketctl::cli::Usage;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp();
        return loketctl::cli::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        loketctl::cli::out(
            QStringLiteral("loketctl %1").arg(QCoreApplication::applicationVersion()));
        return loketctl::cli::Success;
    }
    for (const Command &c : commands) {
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1));
    }
    loketctl::cli::err(
        tr("loketctl: unknown command \"%1\". Run 'loketctl --help' for the list.").arg(first));
    return loketctl::cli::Usage;
}
