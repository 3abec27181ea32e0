#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loket::ui {

// What the window shows while locked: whose session it is, and a password field. Nothing of a
// citizen stays on screen. The window checks the password (against the hash it keeps in
// memory since sign-in) and calls unlockFailed() when it is wrong.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setStaffName(const QString &name);
    // Clears the field and gives it the focus.
    void reset();
    void unlockFailed();

signals:
    void unlockRequested(const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_staffName;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_message = nullptr;
    int m_failures = 0;
};

} // namespace loket::ui
