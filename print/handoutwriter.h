#pragma once

#include "guides/guidelibrary.h"
#include "guides/townhall.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace loket {

// Prints a guide as a handout for a citizen, in the citizen's language (independent of the
// staff's language): large type, the numbered steps with their pictures, a QR code to the
// online service with its address, and the town hall's contact details; right to left for
// Arabic. The same code path writes a PDF file or prints on any QPagedPaintDevice (QPrinter).
class HandoutWriter final
{
public:
    enum class Error {
        None,
        UnknownGuide,
        UnknownLanguage,
        MissingSetting, // the guide needs a town-hall address that is not configured
        NoFont,         // no installed font has the language's letters
        CannotWrite,    // the output file or the printer
    };

    HandoutWriter(const GuideLibrary &library, const TownHall &townHall);
    ~HandoutWriter();

    // Writes an A4 PDF to `path`, replacing it only when the whole handout was written.
    bool writePdf(const QString &guideId, const QString &language, const QString &path);
    // Prints on `device` (a QPdfWriter or a QPrinter), on the device's paper size.
    bool print(const QString &guideId, const QString &language, QPagedPaintDevice *device);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // The handout's content laid out for pages of `pageSizeMm` (A4 by default), in units of
    // 1/300 inch; for tests and previews. Null after an error.
    std::unique_ptr<QTextDocument> document(const QString &guideId, const QString &language,
                                            QSizeF pageSizeMm = QSizeF(210, 297));

    // How many layout units make one typographic point (1/72 inch).
    static constexpr double unitsPerPoint = 300.0 / 72.0;

private:
    bool fail(Error error, const QString &message);

    class Builder;
    const GuideLibrary &m_library;
    TownHall m_townHall;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace loket
