// loket-handout: draws a guide as a PDF handout. It needs Qt Gui (fonts, QPdfWriter), which
// loketctl must not link (DESIGN §2), so `loketctl handout` checks the request and runs this
// program, installed next to it. It can also be run on its own with the same options.
#include "guides/handoutjob.h"
#include "print/handoutwriter.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode : int { Success = 0, Failure = 1, Usage = 2 }; // as loketctl's

QString tr(const char *text)
{
    return QCoreApplication::translate("loket-handout", text);
}

void err(const QString &line)
{
    QTextStream(stderr) << u"loket-handout: "_s << line << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // It never opens a window, so it must not need a display either.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"loket-handout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a guide as a PDF handout for a citizen, in the citizen's language: large "
           "type, the steps with their pictures, a QR code to the online service and the town "
           "hall's contact details."));
    parser.addHelpOption();
    parser.addVersionOption();
    loket::HandoutJob::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        err(parser.errorText());
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << u"loket-handout %1\n"_s.arg(QCoreApplication::applicationVersion());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }

    loket::HandoutJob job;
    QStringList messages;
    const auto outcome = job.prepare(parser, &messages);
    for (const QString &message : std::as_const(messages))
        err(message);
    if (outcome == loket::HandoutJob::Outcome::UsageError)
        return Usage;
    if (outcome == loket::HandoutJob::Outcome::Failure)
        return Failure;
    if (job.listOnly()) {
        QTextStream out(stdout);
        for (const QString &line : job.listing())
            out << line << '\n';
        return Success;
    }

    loket::HandoutWriter writer(job.library(), job.townHall());
    if (!writer.writePdf(job.guideId(), job.language(), job.output())) {
        err(writer.errorString());
        using Error = loket::HandoutWriter::Error;
        return writer.error() == Error::UnknownGuide || writer.error() == Error::UnknownLanguage
                   ? Usage
                   : Failure;
    }
    QTextStream(stdout) << tr("Wrote %1: \"%2\" (%3).")
                               .arg(job.output(),
                                    job.library().guide(job.guideId(), job.language())->title,
                                    job.language())
                        << '\n';
    return Success;
}
