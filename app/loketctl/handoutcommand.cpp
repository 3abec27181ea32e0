#include "cli.h"
#include "commands.h"

#include "guides/handoutjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// The program that draws the PDF. loketctl links only loket-core (DESIGN §2); drawing needs
// Qt Gui, so that part lives in loket-handout, installed in the same folder as loketctl.
QString handoutProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("loket-handout"));
}

} // namespace

int runHandout(const QStringList &arguments)
{
    const QString command = QStringLiteral("handout");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a guide as a PDF handout for a citizen, in the citizen's language: large "
           "type, the steps with their pictures, a QR code to the online service and the town "
           "hall's contact details. The same handout as the app prints."));
    loket::HandoutJob::addOptions(parser);
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;

    // Check everything that needs no drawing here, so mistakes get the same answers (and exit
    // codes) as every other loketctl command, even where loket-handout is not installed.
    loket::HandoutJob job;
    QStringList messages;
    const auto outcome = job.prepare(parser, &messages);
    if (outcome == loket::HandoutJob::Outcome::UsageError)
        return cli::usageError(command, messages.join(u'\n'));
    if (outcome == loket::HandoutJob::Outcome::Failure) {
        for (const QString &message : std::as_const(messages))
            cli::err(QStringLiteral("loketctl handout: %1").arg(message));
        return cli::Failure;
    }
    // Notes (the demo town hall) come from loket-handout, which gets the same options.
    if (job.listOnly()) {
        for (const QString &line : job.listing())
            cli::out(line);
        return cli::Success;
    }

    const QString program = handoutProgram();
    if (!QFileInfo(program).isExecutable()) {
        cli::err(tr("loketctl handout: the handout printer is missing: %1 was not found. It is "
                    "built and installed with the app (CMake option LOKET_BUILD_GUI=ON).")
                     .arg(program));
        return cli::Failure;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, job.arguments());
    if (!process.waitForStarted()) {
        cli::err(tr("loketctl handout: cannot start %1: %2").arg(program, process.errorString()));
        return cli::Failure;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit) {
        cli::err(
            tr("loketctl handout: %1 stopped unexpectedly; no handout was written.").arg(program));
        return cli::Failure;
    }
    const int code = process.exitCode();
    return code == cli::Success || code == cli::Usage ? code : int(cli::Failure);
}

} // namespace loketctl
