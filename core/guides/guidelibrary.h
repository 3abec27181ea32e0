#pragma once

#include "guides/guide.h"
#include "guides/guideparser.h"
#include "guides/handouttext.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// Every guide in every language, loaded from a folder (resources/guides in the source tree) or
// from the copy compiled into loket-core (":/guides"), and checked as a whole: each guide has
// every language, with the same version and the same step ids in the same order.
class GuideLibrary final
{
public:
    // The guides compiled into the program.
    static QString builtInRoot();

    // Reads every guide under `root`. Returns false when anything is wrong; errors() then lists
    // every problem found (not only the first), and the guides that parsed are still available.
    bool load(const QString &root);
    QList<GuideError> errors() const { return m_errors; }

    QStringList guideIds() const;  // sorted
    QStringList languages() const; // the languages every guide must have, sorted
    QStringList languages(const QString &guideId) const; // those present for one guide
    std::optional<Guide> guide(const QString &guideId, const QString &language) const;
    std::optional<HandoutText> handoutText(const QString &language) const;

private:
    void error(const QString &file, int line, const QString &message);
    void loadHandoutTexts(const QString &root);
    void loadGuide(const QString &root, const QString &guideId);
    void checkImages(Guide &guide, const QString &guideDir, const QString &relativeFile);
    void checkConsistency();

    QString m_root;
    QMap<QString, HandoutText> m_handoutTexts;    // by language
    QMap<QString, QMap<QString, Guide>> m_guides; // by guide id, then language
    QList<GuideError> m_errors;
};

} // namespace loket
