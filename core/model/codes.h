#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace loket {

// Maps between an enum and the stable text code stored in the cache and sent over the wire.
template<typename Enum, std::size_t N> struct CodeTable
{
    std::pair<Enum, const char16_t *> rows[N];

    QString code(Enum value) const
    {
        for (const auto &[e, c] : rows) {
            if (e == value)
                return QString::fromUtf16(c);
        }
        return {};
    }
    std::optional<Enum> fromCode(QStringView code) const
    {
        for (const auto &[e, c] : rows) {
            if (code == QStringView(c))
                return e;
        }
        return std::nullopt;
    }
};

} // namespace loket
