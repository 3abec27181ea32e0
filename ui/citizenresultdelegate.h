#pragma once

#include <QStyledItemDelegate>

namespace loket::ui {

// Draws a search result on two lines: "Family, Given names" with the birth year at the right,
// then the address with the masked national number at the right (UI.md).
class CitizenResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int padding(const QStyleOptionViewItem &option);
};

} // namespace loket::ui
