#pragma once

#include <QStringList>

// One function per subcommand of loketctl, each in its own file; main.cpp lists them in its
// dispatch table. `arguments` are the words after the subcommand's name; the result is the
// process exit code (cli::ExitCode).
namespace loketctl {

int runSeed(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runBench(const QStringList &arguments);
int runHandout(const QStringList &arguments);
int runBenchSearch(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runBenchSync(const QStringList &arguments);
int runWorklist(const QStringList &arguments);
int runBenchWorklists(const QStringList &arguments);
int runBenchReports(const QStringList &arguments);

} // namespace loketctl
