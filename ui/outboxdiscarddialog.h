#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

// Asks once before a change leaves the outbox for good (UI.md: destructive actions ask once,
// naming what will be lost), with a required reason: a common one picked from a list, or free
// words, at most 500 characters. The Discard button stays disabled until the reason is given.
class OutboxDiscardDialog final : public QDialog
{
    Q_OBJECT
public:
    OutboxDiscardDialog(const QString &description, QWidget *parent = nullptr);

    // The reason as it is recorded: the common reason, then the staff member's own words.
    QString reason() const;
    bool canDiscard() const;

private:
    void update();

    QComboBox *m_choice = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace loket::ui
