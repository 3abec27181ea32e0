#include "flowlayout.h"

#include <QWidget>

namespace loket::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

void FlowLayout::clearItems()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line when there is room for it; heightForWidth decides the real height.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (width > 0)
            width += spacingX();
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacingX() const
{
    const int s = spacing();
    if (s >= 0)
        return s;
    const QWidget *w = parentWidget();
    return w ? w->fontMetrics().averageCharWidth() : 6;
}

int FlowLayout::spacingY() const
{
    const int s = spacing();
    if (s >= 0)
        return s;
    const QWidget *w = parentWidget();
    return w ? w->fontMetrics().height() / 3 : 4;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int y = area.y();
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    int lineHeight = 0;
    // Items of one line share its height and are centred in it, so a large name and a small
    // caption next to it, or a label and a button, line up.
    auto flush = [&] {
        if (apply) {
            int x = area.x();
            for (QLayoutItem *item : std::as_const(line)) {
                const QSize hint = item->sizeHint();
                const int w = qMin(hint.width(), area.width());
                item->setGeometry(QRect(x, y + (lineHeight - hint.height()) / 2, w, hint.height()));
                x += w + spacingX();
            }
        }
        y += lineHeight;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    bool first = true;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int needed = (line.isEmpty() ? 0 : lineWidth + spacingX()) + hint.width();
        if (!line.isEmpty() && needed > area.width()) {
            flush();
            y += spacingY();
        }
        lineWidth = (line.isEmpty() ? 0 : lineWidth + spacingX()) + hint.width();
        lineHeight = qMax(lineHeight, hint.height());
        line.append(item);
        first = false;
    }
    if (!line.isEmpty())
        flush();
    if (first)
        return m.top() + m.bottom();
    return y - rect.y() + m.bottom();
}

} // namespace loket::ui
