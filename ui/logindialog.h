#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace loket::ui {

class Settings;

// Signs in at the regional hub: address, account and password. The address and the account are
// remembered in the settings; the password never is (DESIGN §8). The dialog stays open while the
// hub answers, so a refused sign-in is shown where the password was typed.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Settings &settings, QWidget *parent = nullptr);

    // Why the dialog opened or why the last attempt failed; empty hides the line.
    void setMessage(const QString &message);
    QString message() const;
    // The hub answered the attempt with a refusal or could not be reached: typing again is allowed.
    void showFailure(const QString &message);

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *passwordEdit() const { return m_password; }

signals:
    void signInRequested(const QUrl &hub, const QString &account, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void trySignIn();
    void setBusy(bool busy);

    Settings &m_settings;
    QLabel *m_intro = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace loket::ui
