#include "ui/appearance.h"
#include "ui/demohub.h"
#include "ui/dossierview.h"
#include "ui/mainwindow.h"
#include "ui/screenshotscript.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

struct Options
{
    QString db;
    bool demo = false;
    bool demoHelpdesk = false; // --demo-role helpdesk
    qint64 demoCitizens = 20000;
    QString language;
    QString screenshot;
    QString screenshotQuery;
    int screenshotPick = 0;
    ui::DossierView::Tab screenshotTab = ui::DossierView::Tab::Overview;
    QString screenshotAssist; // a guide id: the picture shows remote assistance through it
};

enum class Parsed { Run, ExitOk, UsageError };

// QApplication understands its own options (-platform offscreen, -style ...); they are not ours
// to refuse.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue = {u"-platform"_s,      u"-platformpluginpath"_s,
                                          u"-platformtheme"_s, u"-plugin"_s,
                                          u"-display"_s,       u"-style"_s,
                                          u"-stylesheet"_s,    u"-qwindowgeometry"_s,
                                          u"-qwindowtitle"_s,  u"-qwindowicon"_s,
                                          u"-session"_s};
    static const QStringList alone = {u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0 && withValue.contains(arguments.at(i))) {
            ++i;
            continue;
        }
        if (i > 0 && alone.contains(arguments.at(i)))
            continue;
        out << arguments.at(i);
    }
    return out;
}

// Parses the command line without a display: --help and --version must work on a server or
// in a build script, so they are answered before any window system is touched.
Parsed parse(Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Loket: find any citizen of the region in a few keystrokes and see the whole "
                "dossier."));
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("main", "Show this help and exit."));
    const QCommandLineOption version(
        {u"v"_s, u"version"_s}, QCoreApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption db(u"db"_s,
                                QCoreApplication::translate("main", "Open the cache FILE."),
                                QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("main", "Start the demo regional service (loket-hub --demo, "
                                            "generated people who do not exist) on this "
                                            "computer and fill the cache from it; the service "
                                            "stops when Loket quits."));
    const QCommandLineOption demoCitizens(
        u"demo-citizens"_s,
        QCoreApplication::translate("main", "How many citizens the demo region has "
                                            "(1000 to 1000000; default 20000)."),
        QCoreApplication::translate("main", "N"), u"20000"_s);
    const QCommandLineOption demoRole(
        u"demo-role"_s,
        QCoreApplication::translate("main", "Sign in to the demo region as a counter clerk "
                                            "(counter, the default) or as the regional helpdesk "
                                            "(helpdesk: searches the whole region online)."),
        QCoreApplication::translate("main", "ROLE"), u"counter"_s);
    const QCommandLineOption language(
        u"lang"_s,
        QCoreApplication::translate("main", "Use this UI language for this session: nl, fr or en."),
        QCoreApplication::translate("main", "LANGUAGE"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Search, open a dossier, save a picture of the window "
                                            "to FILE (PNG) and exit; for the documentation."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotQuery(
        u"screenshot-query"_s,
        QCoreApplication::translate("main", "What --screenshot types into the search box."),
        QCoreApplication::translate("main", "TEXT"), u"peeters"_s);
    const QCommandLineOption screenshotPick(
        u"screenshot-pick"_s,
        QCoreApplication::translate("main", "Which result --screenshot opens (0 is the first)."),
        QCoreApplication::translate("main", "N"), u"0"_s);
    const QCommandLineOption screenshotTab(
        u"screenshot-tab"_s,
        QCoreApplication::translate("main", "Which dossier tab --screenshot shows: overview, "
                                            "reports, documents or contacts."),
        QCoreApplication::translate("main", "TAB"), u"overview"_s);
    const QCommandLineOption screenshotAssist(
        u"screenshot-assist"_s,
        QCoreApplication::translate("main", "Shows the dossier with remote assistance through "
                                            "this guide in the --screenshot picture."),
        QCoreApplication::translate("main", "GUIDE"));
    parser.addOptions({help, version, db, demo, demoCitizens, demoRole, language, screenshot,
                       screenshotQuery, screenshotPick, screenshotTab, screenshotAssist});

    auto usageError = [](const QString &message) {
        std::fprintf(stderr, "loket: %s\n%s\n", qPrintable(message),
                     qPrintable(QCoreApplication::translate("main", "Try 'loket --help'.")));
        return Parsed::UsageError;
    };
    if (!parser.parse(withoutQtOptions(QCoreApplication::arguments())))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Parsed::ExitOk;
    }
    if (parser.isSet(version)) {
        std::fprintf(stdout, "loket %s\n", LOKET_VERSION);
        return Parsed::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "Unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(db) && parser.isSet(demo))
        return usageError(
            QCoreApplication::translate("main", "Choose either --db or --demo, not both."));

    options->db = parser.value(db);
    options->demo = parser.isSet(demo);
    bool ok = false;
    options->demoCitizens = parser.value(demoCitizens).toLongLong(&ok);
    if (!ok || options->demoCitizens < 1000 || options->demoCitizens > 1000000)
        return usageError(QCoreApplication::translate(
            "main", "--demo-citizens needs a number from 1000 to 1000000."));
    if (parser.value(demoRole) != u"counter"_s && parser.value(demoRole) != u"helpdesk"_s)
        return usageError(
            QCoreApplication::translate("main", "--demo-role is counter or helpdesk."));
    options->demoHelpdesk = parser.value(demoRole) == u"helpdesk"_s;
    options->language = parser.value(language);
    if (parser.isSet(language) && !ui::UiLanguage::supported().contains(options->language))
        return usageError(QCoreApplication::translate("main", "--lang takes nl, fr or en."));
    options->screenshot = parser.value(screenshot);
    options->screenshotQuery = parser.value(screenshotQuery);
    options->screenshotPick = parser.value(screenshotPick).toInt(&ok);
    if (!ok || options->screenshotPick < 0)
        return usageError(
            QCoreApplication::translate("main", "--screenshot-pick needs a number of 0 or more."));
    const QStringList tabs{u"overview"_s, u"reports"_s, u"documents"_s, u"contacts"_s};
    const qsizetype tab = tabs.indexOf(parser.value(screenshotTab));
    if (tab < 0)
        return usageError(QCoreApplication::translate(
            "main", "--screenshot-tab takes overview, reports, documents or contacts."));
    options->screenshotTab = ui::DossierView::Tab(tab);
    options->screenshotAssist = parser.value(screenshotAssist);
    return Parsed::Run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Loket"_s);
    QCoreApplication::setOrganizationDomain(u"loket.invalid"_s);
    QCoreApplication::setApplicationName(u"loket"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));

    Options options;
    {
        // A display-less application for the command line, with the UI language's translator,
        // so --help speaks the staff member's language too.
        QCoreApplication commandLine(argc, argv);
        ui::Settings settings;
        ui::UiLanguage language(settings);
        for (int i = 1; i + 1 < argc; ++i) {
            if (qstrcmp(argv[i], "--lang") == 0)
                language.setSessionOverride(QString::fromLocal8Bit(argv[i + 1]));
        }
        language.apply();
        switch (parse(&options)) {
        case Parsed::ExitOk:
            return 0;
        case Parsed::UsageError:
            return 2;
        case Parsed::Run:
            break;
        }
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/loket-128.png"_s));
    QGuiApplication::setDesktopFileName(u"be.loket.Loket"_s);

    ui::Settings settings;
    ui::Appearance appearance(settings);
    appearance.apply();
    ui::UiLanguage language(settings);
    language.setSessionOverride(options.language);
    language.apply();

    ui::MainWindow window(settings, language);
    // A counter PC is typically 1366×768; a larger screen gets that size too, never more than fits.
    QSize size(1366, 768);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    window.resize(size);
    window.show();

    std::unique_ptr<ui::DemoHub> demoHub;
    std::unique_ptr<ui::ScreenshotScript> script;
    if (!options.screenshot.isEmpty()) {
        script = std::make_unique<ui::ScreenshotScript>(
            window, options.screenshot, options.screenshotQuery, options.screenshotPick);
        script->setTab(options.screenshotTab);
        script->setAssistGuide(options.screenshotAssist);
        QObject::connect(script.get(), &ui::ScreenshotScript::finished, &app,
                         [](int exitCode, const QString &message) {
                             std::fprintf(exitCode == 0 ? stdout : stderr, "loket: %s\n",
                                          qPrintable(message));
                             QCoreApplication::exit(exitCode);
                         });
        script->start();
    }

    if (!options.db.isEmpty()) {
        window.openCache(QFileInfo(options.db).absoluteFilePath());
    } else if (options.demo) {
        demoHub = std::make_unique<ui::DemoHub>(window);
        if (options.demoHelpdesk)
            demoHub->setRole(ui::DemoHub::Role::Helpdesk);
        if (script) {
            QObject::connect(demoHub.get(), &ui::DemoHub::failed, &app, [](const QString &error) {
                std::fprintf(stderr, "loket: %s\n", qPrintable(error));
                QCoreApplication::exit(1);
            });
        }
        demoHub->start(ui::DemoHub::defaultDirectory(options.demoCitizens), options.demoCitizens);
    } else if (const QString last = settings.lastCache();
               !last.isEmpty() && QFileInfo::exists(last)) {
        window.openCache(last);
    } else {
        window.showNoCache();
    }
    return app.exec();
}
