#pragma once

#include "settings.h"

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>

namespace loket::ui {

// Applies the look every screen shares: the Fusion style, one accent colour, the system font
// scaled by the text-size setting, and the standard or high-contrast palette. Follows the
// settings while it lives, so a change shows at once in every window.
class Appearance final : public QObject
{
    Q_OBJECT
public:
    static QColor accentColor();
    static QPalette palette(Theme theme);
    static QString highContrastSheet();

    explicit Appearance(Settings &settings, QObject *parent = nullptr);

    void apply();
    QFont baseFont() const { return m_baseFont; }

private:
    Settings &m_settings;
    QFont m_baseFont; // the system font before scaling; every scale starts from it
};

} // namespace loket::ui
