#include "citizenresultdelegate.h"
#include "citizenresultsmodel.h"

#include <QApplication>
#include <QPainter>

namespace loket::ui {

int CitizenResultDelegate::padding(const QStyleOptionViewItem &option)
{
    return qMax(4, option.fontMetrics.height() / 3);
}

QSize CitizenResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Two lines of text: the height follows the font, so the text-size setting scales it.
    const int line = option.fontMetrics.lineSpacing();
    return {option.rect.width() > 0 ? option.rect.width() : 20 * line,
            2 * line + 2 * padding(option)};
}

void CitizenResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The background, selection and focus frame come from the style; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    const int pad = padding(opt);
    const QRect area = opt.rect.adjusted(pad, pad, -pad, -pad);
    const int line = opt.fontMetrics.lineSpacing();
    const QRect first(area.left(), area.top(), area.width(), line);
    const QRect second(area.left(), area.top() + line, area.width(), line);

    const QString name = index.data(CitizenResultsModel::NameRole).toString();
    const QString year = index.data(CitizenResultsModel::BirthYearRole).toString();
    const QString address = index.data(CitizenResultsModel::AddressRole).toString();
    // An online hit (helpdesk) has no national number but may live anywhere in the region: the
    // right of its second line names the municipality instead.
    const QString number =
        index.data(CitizenResultsModel::OnlineRole).toBool()
            ? index.data(CitizenResultsModel::MunicipalityRole).toString()
            : index.data(CitizenResultsModel::MaskedNationalNumberRole).toString();

    painter->save();
    painter->setPen(text);

    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int yearWidth = opt.fontMetrics.horizontalAdvance(year);
    const int numberWidth = opt.fontMetrics.horizontalAdvance(number);
    const int gap = opt.fontMetrics.averageCharWidth() * 2;

    painter->setFont(bold);
    painter->drawText(
        first.adjusted(0, 0, -(yearWidth + gap), 0), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(name, Qt::ElideRight, first.width() - yearWidth - gap));
    painter->setFont(opt.font);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, year);

    painter->drawText(
        second.adjusted(0, 0, -(numberWidth + gap), 0), Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(address, Qt::ElideRight, second.width() - numberWidth - gap));
    painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

} // namespace loket::ui
