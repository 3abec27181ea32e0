#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace loket::ui {

QColor Appearance::accentColor()
{
    // A dark blue: 7.4:1 against white, so selected rows and links stay readable (WCAG AA).
    return QColor(0x1d, 0x4f, 0x91);
}

QPalette Appearance::palette(Theme theme)
{
    if (theme == Theme::HighContrast) {
        // White on black with a yellow accent: the combination high-contrast users know from
        // the operating systems' own themes.
        const QColor black(Qt::black);
        const QColor white(Qt::white);
        const QColor yellow(0xff, 0xff, 0x00);
        QPalette p(white, black);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Window, black);
            p.setColor(group, QPalette::WindowText, white);
            p.setColor(group, QPalette::Base, black);
            p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
            p.setColor(group, QPalette::Text, white);
            p.setColor(group, QPalette::Button, black);
            p.setColor(group, QPalette::ButtonText, white);
            p.setColor(group, QPalette::BrightText, yellow);
            p.setColor(group, QPalette::Highlight, yellow);
            p.setColor(group, QPalette::HighlightedText, black);
            p.setColor(group, QPalette::Link, yellow);
            p.setColor(group, QPalette::LinkVisited, yellow);
            p.setColor(group, QPalette::ToolTipBase, black);
            p.setColor(group, QPalette::ToolTipText, white);
            p.setColor(group, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
            p.setColor(group, QPalette::Light, white);
            p.setColor(group, QPalette::Midlight, QColor(0xc8, 0xc8, 0xc8));
            p.setColor(group, QPalette::Mid, white);
            p.setColor(group, QPalette::Dark, white);
            p.setColor(group, QPalette::Shadow, white);
        }
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Disabled, QPalette::Window, black);
        p.setColor(QPalette::Disabled, QPalette::Base, black);
        p.setColor(QPalette::Disabled, QPalette::Button, black);
        return p;
    }
    QPalette p = QApplication::style()->standardPalette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, accentColor());
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Link, accentColor());
        p.setColor(group, QPalette::LinkVisited, accentColor().darker(120));
        p.setColor(group, QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    }
    return p;
}

QString Appearance::highContrastSheet()
{
    return u"QLineEdit, QAbstractItemView, QTabWidget::pane { border: 2px solid white; }"
           " QToolButton, QPushButton { border: 2px solid white; padding: 2px 8px; }"
           " QLineEdit:focus, QAbstractItemView:focus, QToolButton:focus, QPushButton:focus"
           " { border: 2px solid yellow; }"_s;
}

Appearance::Appearance(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_baseFont(QApplication::font())
{
    connect(&m_settings, &Settings::textScaleChanged, this, &Appearance::apply);
    connect(&m_settings, &Settings::themeChanged, this, &Appearance::apply);
}

void Appearance::apply()
{
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(palette(m_settings.theme()));
    // Fusion derives frame colours from the window colour, which leaves no visible edge on
    // black: the high-contrast theme draws the edges of fields, lists and buttons itself, and
    // marks the focus in the accent colour.
    qApp->setStyleSheet(m_settings.theme() == Theme::HighContrast ? highContrastSheet()
                                                                  : QString());

    QFont font = m_baseFont;
    const qreal scale = m_settings.textScale() / 100.0;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * scale);
    else if (m_baseFont.pixelSize() > 0)
        font.setPixelSize(qRound(m_baseFont.pixelSize() * scale));
    QApplication::setFont(font);
}

} // namespace loket::ui
