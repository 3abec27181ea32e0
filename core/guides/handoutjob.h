#pragma once

#include "guides/guidelibrary.h"
#include "guides/townhall.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace loket {

// One request for a printed handout from the command line, shared by `loketctl handout` (which
// checks it, GUI-less) and `loket-handout` (which draws it with Qt Gui): the same options,
// the same checks and the same messages in both.
class HandoutJob final
{
public:
    enum class Outcome {
        Ready,
        UsageError, // a missing option, an unknown guide or language: exit code 2
        Failure,    // broken guide files, an unreadable town-hall file: exit code 1
    };

    // Adds --guide, --lang, --out, --town-hall, --guides and --list to `parser`.
    static void addOptions(QCommandLineParser &parser);

    // Reads the options from a parser that has parsed its arguments, loads the guides and the
    // town hall, and checks the request. `messages` gets what to tell the user (on stderr for
    // errors; a note about the demo town hall otherwise).
    Outcome prepare(const QCommandLineParser &parser, QStringList *messages);

    bool listOnly() const { return m_listOnly; }
    QStringList listing() const; // one line per guide: id, languages, title

    QString guideId() const { return m_guideId; }
    QString language() const { return m_language; }
    QString output() const { return m_output; }
    const GuideLibrary &library() const { return m_library; }
    const TownHall &townHall() const { return m_townHall; }
    // The options as given, for passing the request on to another program.
    QStringList arguments() const;

private:
    QString m_guideId;
    QString m_language;
    QString m_output;
    QString m_townHallFile;
    QString m_guidesDir;
    bool m_listOnly = false;
    GuideLibrary m_library;
    TownHall m_townHall;
};

} // namespace loket
