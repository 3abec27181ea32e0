#pragma once

#include "guides/guideparser.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace loket {

// The fixed words of a printed handout in one language ("Step 1", "Scan this code", ...), read
// from resources/guides/handout/<language>.txt. Handouts are in the citizen's language, not the
// staff's, so these never go through the application's translator (DESIGN §9): each language
// has its own table, kept next to the guides by the same editors.
class HandoutText final
{
public:
    enum class Key {
        LanguageName, // the language's name in itself: "Nederlands"
        Step,         // "Step {number}"
        Scan,         // under the QR code
        OrType,       // before the printed web address
        Questions,    // "Questions? Come to {townhall}."
        Phone,
        Email,
        Website,
        OpeningHours,
        Page, // "Page {page} of {pages}"
    };

    static QStringList keyNames(); // as written in the files, in Key order

    static std::optional<HandoutText> parse(const QByteArray &content, const QString &file,
                                            const QString &language, GuideError *error);

    QString language() const { return m_language; }
    // The text for `key` with its {placeholders} replaced by `values`.
    QString text(Key key, const QHash<QString, QString> &values = {}) const;

private:
    QString m_language;
    QHash<Key, QString> m_texts;
};

} // namespace loket
