#include "cli.h"
#include "commands.h"

#include <QCoreApplication>

#include <iterator>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// The benchmarks. To add one: write runBenchXxx in its own file, declare it in commands.h and
// add a row here.
struct Bench
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Bench benches[] = {
    {"search", QT_TRANSLATE_NOOP("loketctl", "Replay a typing trace against a cache."),
     runBenchSearch},
    {"sync",
     QT_TRANSLATE_NOOP("loketctl", "First fill and a delta from a local hub, UI heartbeat."),
     runBenchSync},
    {"worklists", QT_TRANSLATE_NOOP("loketctl", "The document work lists on a cache."),
     runBenchWorklists},
    {"reports", QT_TRANSLATE_NOOP("loketctl", "The report list's filters and sorts on a cache."),
     runBenchReports},
};

} // namespace

int runBench(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    for (const Bench &b : benches) {
        if (first == QLatin1String(b.name))
            return b.run(arguments.mid(1));
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        cli::out(tr("Usage: loketctl bench BENCHMARK [options]"));
        cli::out(tr("Measures speed and prints the figures docs/benchmarks.md records."));
        for (const Bench &b : benches)
            cli::out(QStringLiteral("  %1  %2")
                         .arg(QString::fromLatin1(b.name), -10)
                         .arg(tr(b.summary)));
        return first.isEmpty() ? cli::Usage : cli::Success;
    }
    return cli::usageError(QStringLiteral("bench"), tr("unknown benchmark \"%1\".").arg(first));
}

} // namespace loketctl
