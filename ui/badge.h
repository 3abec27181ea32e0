#pragma once

#include <QLabel>

namespace loket::ui {

// A short fact in a rounded frame ("eBox: yes, since 3 Feb 2023"). The words carry the meaning;
// the tone only adds a tint, so nothing depends on seeing colour (UI.md).
class Badge final : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Positive, Attention };

    explicit Badge(QWidget *parent = nullptr);
    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMargins();
    Tone m_tone = Tone::Neutral;
};

} // namespace loket::ui
