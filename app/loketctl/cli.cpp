#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace loketctl::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

} // namespace

void out(const QString &line)
{
    QTextStream stream(stdout);
    stream << line << '\n';
}

void err(const QString &line)
{
    QTextStream stream(stderr);
    stream << line << '\n';
}

int usageError(const QString &command, const QString &message)
{
    err(QStringLiteral("loketctl %1: %2").arg(command, message));
    err(tr("Run 'loketctl %1 --help' for its options.").arg(command));
    return Usage;
}

std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                         const QStringList &arguments, Positional positional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("loketctl ") + command} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names the executable's path; name the subcommand instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("loketctl ") + command);
        QTextStream(stdout) << text;
        return Success;
    }
    if (positional == Positional::Refused && !parser.positionalArguments().isEmpty())
        return usageError(
            command, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

std::optional<QString> required(const QCommandLineParser &parser, const QString &command,
                                const QString &option)
{
    const QString value = parser.value(option);
    if (!parser.isSet(option) || value.isEmpty()) {
        usageError(command, tr("the option --%1 is required.").arg(option));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> number(const QString &command, const QString &option, const QString &text,
                             qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(command, tr("--%1 needs a whole number from %2 to %3, not \"%4\".")
                                .arg(option)
                                .arg(minimum)
                                .arg(maximum)
                                .arg(text));
        return std::nullopt;
    }
    return value;
}

} // namespace loketctl::cli
