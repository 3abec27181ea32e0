#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// What every loketctl subcommand shares: exit codes, output streams and option parsing.
namespace loketctl::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1, // anything that went wrong other than the command line
    Usage = 2,   // unknown command or option, missing option, bad number
};

void out(const QString &line); // one line on stdout
void err(const QString &line); // one line on stderr

// Parses the words after the subcommand `command` with `parser` (which gets --help here).
// Returns an exit code when the command is done already: after printing its help (Success)
// or a usage error (Usage); std::nullopt when the command should run.
// With Positional::Refused, words that are not options are a usage error.
enum class Positional { Accepted, Refused };
std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                         const QStringList &arguments, Positional positional);

// Reports a usage error for `command` on stderr and returns ExitCode::Usage.
int usageError(const QString &command, const QString &message);

// The value of a required option, or std::nullopt after reporting it missing.
std::optional<QString> required(const QCommandLineParser &parser, const QString &command,
                                const QString &option);

// A whole number in [minimum, maximum] from an option's text, or std::nullopt after
// reporting what is wrong with it.
std::optional<qint64> number(const QString &command, const QString &option, const QString &text,
                             qint64 minimum, qint64 maximum);

} // namespace loketctl::cli
