#pragma once

#include <QLayout>
#include <QList>

namespace loket::ui {

// Lays out items left to right and wraps to a new line when the width runs out, so a dossier
// with many badges stays readable at 1366 pixels and at 200 % text size.
class FlowLayout final : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // Removes and deletes every item and its widget.
    void clearItems();

private:
    int arrange(const QRect &rect, bool apply) const;
    int spacingX() const;
    int spacingY() const;

    QList<QLayoutItem *> m_items;
};

} // namespace loket::ui
