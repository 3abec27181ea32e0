#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace loket {

// Tells in plain words, addressed to the citizen, which way a document went and why: "It was
// sent to your eBox on 3 March 2026. ... a paper copy followed by post on 2 April 2026." Staff
// read it out at the counter; it is in the installed UI language, dates in `locale`.
class DocumentExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(loket::DocumentExplanation)

public:
    // `eboxConsentSince` is the citizen's consent date (invalid: no consent); it explains why a
    // document went by post.
    static QString explain(const Document &document, const QDate &eboxConsentSince,
                           const QLocale &locale);
};

} // namespace loket
