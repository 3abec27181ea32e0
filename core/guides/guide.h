#pragma once

#include "guides/townhall.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// One piece of a step's (or the introduction's) text, as written in the guide file.
struct GuideBlock
{
    enum class Kind {
        Paragraph, // text; **bold** marks stay in it (see GuideBlock::spans)
        Bullet,    // one item of a list ("- " in the file)
        Image,     // `text` is the description for people who cannot see the picture
    };
    struct Span
    {
        QString text;
        bool bold = false;
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString image;     // Image: the path as written, relative to the guide's folder
    QString imagePath; // Image: resolved by GuideLibrary (a file or a ":/" resource)
    int line = 0;      // where it starts in the file, for error messages

    // The text cut at its ** marks, with the marks removed.
    QList<Span> spans() const;
    // The text without ** marks.
    QString plainText() const;
};

// One numbered step of a guide. The id stays the same across versions and languages, so that
// progress (DESIGN §10) survives a reworded or translated step.
struct GuideStep
{
    QString id;
    int number = 0;
    QString title;
    QList<GuideBlock> blocks;
    int line = 0;

    QString plainText() const; // the blocks' text, one paragraph or item per line
};

// A guide in one language, as read from resources/guides/<id>/<language>.md.
struct Guide
{
    QString id;
    int version = 0;
    QString language; // ISO 639-1, from the file name
    QString title;
    QString audience;
    QString url; // the online service; may be a town-hall placeholder such as {eloket-url}
    QList<GuideBlock> intro;
    QList<GuideStep> steps;
    QString sourcePath;

    QStringList stepIds() const;
    // Right to left for Arabic (and any other right-to-left language added later).
    Qt::LayoutDirection direction() const;
};

// The code of the regional contact topic (regionalContactTopics) a conversation through the
// guide `guideId` is about, for the contact moment that logs it: the eBox guide is eBox help, the
// report guides follow up a report, every other guide is help with digital services.
QString guideContactTopic(const QString &guideId);

// A web address as a citizen would type it: without "https://" and a lone trailing slash.
QString displayUrl(const QString &url);

// The placeholders a guide may use for what each town hall configures; see TownHall.
QStringList guidePlaceholders();

// The guide with every {placeholder} replaced by the town hall's value, or std::nullopt with a
// message naming the setting that is missing.
std::optional<Guide> resolvePlaceholders(const Guide &guide, const TownHall &townHall,
                                         QString *error);

} // namespace loket
