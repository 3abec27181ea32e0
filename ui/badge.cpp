#include "badge.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace loket::ui {

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateMargins();
}

void Badge::updateMargins()
{
    // The padding grows with the text size setting.
    const int h = fontMetrics().height();
    setContentsMargins(h / 2, h / 6, h / 2, h / 6);
}

void Badge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMargins();
    QLabel::changeEvent(event);
}

void Badge::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void Badge::paintEvent(QPaintEvent *event)
{
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor base = pal.color(QPalette::Base);
        const QColor text = pal.color(QPalette::WindowText);
        const bool dark = base.lightness() < 128;
        QColor fill = base;
        if (!dark) {
            // Light tints: the text on them keeps well above 4.5:1 contrast.
            if (m_tone == Tone::Positive)
                fill = QColor(0xe3, 0xf1, 0xe4);
            else if (m_tone == Tone::Attention)
                fill = QColor(0xfd, 0xf0, 0xd5);
            else
                fill = QColor(0xee, 0xf1, 0xf6);
        }
        QColor border = text;
        if (!dark)
            border.setAlpha(m_tone == Tone::Neutral ? 90 : 140);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = r.height() / 3.0;
        QPainterPath path;
        path.addRoundedRect(r, radius, radius);
        p.fillPath(path, fill);
        p.setPen(QPen(border, dark ? 2.0 : 1.0));
        p.drawPath(path);
    }
    QLabel::paintEvent(event);
}

} // namespace loket::ui
