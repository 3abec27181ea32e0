#include "guides/handoutjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::HandoutJob", text);
}

} // namespace

void HandoutJob::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"guide"_s, tr("The guide to print, by its id (see --list)."), tr("ID")});
    parser.addOption({u"lang"_s,
                      tr("The citizen's language: nl, fr, en, de, ar or tr (see --list)."),
                      tr("LANG")});
    parser.addOption({u"out"_s, tr("The PDF file to write."), tr("FILE")});
    parser.addOption({u"town-hall"_s,
                      tr("The town hall's contact details and addresses, as in "
                         "resources/guides/townhall.example.ini (default: the demo town hall, "
                         "Herent)."),
                      tr("FILE")});
    parser.addOption({u"guides"_s,
                      tr("Read the guides from this folder instead of the ones built in, e.g. "
                         "to try out edited guides."),
                      tr("DIR")});
    parser.addOption({u"list"_s, tr("List the guides and their languages, and stop.")});
}

HandoutJob::Outcome HandoutJob::prepare(const QCommandLineParser &parser, QStringList *messages)
{
    m_guideId = parser.value(u"guide"_s).trimmed();
    m_language = parser.value(u"lang"_s).trimmed().toLower();
    m_output = parser.value(u"out"_s);
    m_townHallFile = parser.value(u"town-hall"_s);
    m_guidesDir = parser.value(u"guides"_s);
    m_listOnly = parser.isSet(u"list"_s);

    const QString root = m_guidesDir.isEmpty() ? GuideLibrary::builtInRoot() : m_guidesDir;
    if (!m_library.load(root)) {
        for (const GuideError &e : m_library.errors())
            messages->append(e.toString());
        messages->append(m_guidesDir.isEmpty()
                             ? tr("The built-in guides have errors (listed above).")
                             : tr("The guides in %1 have errors (listed above); fix them and "
                                  "try again.")
                                   .arg(m_guidesDir));
        return Outcome::Failure;
    }
    if (m_listOnly)
        return Outcome::Ready;

    for (const QString &option : {u"guide"_s, u"lang"_s, u"out"_s}) {
        if (parser.value(option).trimmed().isEmpty()) {
            messages->append(tr("the option --%1 is required.").arg(option));
            return Outcome::UsageError;
        }
    }
    if (!m_library.guideIds().contains(m_guideId)) {
        messages->append(tr("there is no guide \"%1\". The guides are: %2.")
                             .arg(m_guideId, m_library.guideIds().join(u", "_s)));
        return Outcome::UsageError;
    }
    if (!m_library.languages(m_guideId).contains(m_language)) {
        messages->append(
            tr("the guide \"%1\" is not available in \"%2\". Its languages are: %3.")
                .arg(m_guideId, m_language, m_library.languages(m_guideId).join(u", "_s)));
        return Outcome::UsageError;
    }

    if (m_townHallFile.isEmpty()) {
        m_townHall = TownHall::demoHerent();
        messages->append(tr("note: using the demo town hall (%1); give yours with --town-hall "
                            "FILE.")
                             .arg(m_townHall.name));
    } else {
        QStringList problems;
        const auto townHall = TownHall::fromFile(m_townHallFile, &problems);
        if (!townHall) {
            messages->append(problems);
            return Outcome::Failure;
        }
        m_townHall = *townHall;
    }
    QString missing;
    if (!resolvePlaceholders(*m_library.guide(m_guideId, m_language), m_townHall, &missing)) {
        messages->append(missing);
        return Outcome::Failure;
    }
    return Outcome::Ready;
}

QStringList HandoutJob::listing() const
{
    QStringList lines;
    for (const QString &id : m_library.guideIds()) {
        const auto english = m_library.guide(id, u"en"_s);
        const auto any = english ? english : m_library.guide(id, m_library.languages(id).value(0));
        lines.append(u"%1\t%2\t%3"_s.arg(id, m_library.languages(id).join(u','),
                                         any ? any->title : QString()));
    }
    return lines;
}

QStringList HandoutJob::arguments() const
{
    QStringList args{u"--guide"_s, m_guideId, u"--lang"_s, m_language, u"--out"_s, m_output};
    if (!m_townHallFile.isEmpty())
        args << u"--town-hall"_s << m_townHallFile;
    if (!m_guidesDir.isEmpty())
        args << u"--guides"_s << m_guidesDir;
    return args;
}

} // namespace loket
