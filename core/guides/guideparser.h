#pragma once

#include "guides/guide.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace loket {

// What is wrong with a guide file, and where: shown to the editor who wrote it.
struct GuideError
{
    QString file;
    int line = 0; // 0: the file as a whole
    QString message;

    QString toString() const; // "ebox-activate/nl.md:12: message"
};

// Reads one guide file (the format is described in resources/guides/README.md). It checks the
// file on its own; GuideLibrary checks what spans files (images, languages, ids).
class GuideParser final
{
public:
    // `file` names the file in messages; `language` is the file's language (from its name);
    // `expectedId` is the guide's folder name, which the header's id must equal (empty: any).
    static std::optional<Guide> parse(const QByteArray &content, const QString &file,
                                      const QString &language, const QString &expectedId,
                                      GuideError *error);

    // The allowed form of guide and step ids: lowercase words joined by hyphens.
    static bool isValidId(QStringView id);
};

} // namespace loket
