#include "logindialog.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {

LoginDialog::LoginDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"loginDialog"_s);
    auto *root = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"loginIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    root->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"hubAddressEdit"_s);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"accountEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_addressLabel = new QLabel(this);
    m_accountLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    m_accountLabel->setBuddy(m_account);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_passwordLabel, m_password);
    root->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::Box);
    m_message->setMargin(m_message->fontMetrics().height() / 3);
    m_message->setVisible(false);
    root->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"loginButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(m_buttons);

    m_address->setText(m_settings.hubAddress());
    m_account->setText(m_settings.hubAccount());
    // Straight to what is still missing: usually only the password.
    if (m_address->text().isEmpty())
        m_address->setFocus();
    else if (m_account->text().isEmpty())
        m_account->setFocus();
    else
        m_password->setFocus();
    retranslate();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

void LoginDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::showFailure(const QString &message)
{
    setBusy(false);
    setMessage(message);
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to the regional service"));
    m_intro->setText(tr("Loket keeps the dossiers of your municipality up to date from the "
                        "regional service. Sign in with your staff account."));
    m_addressLabel->setText(tr("Service &address:"));
    m_accountLabel->setText(tr("&Account:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_address->setPlaceholderText(tr("e.g. https://loket.region.example"));
    m_address->setAccessibleName(tr("Address of the regional service"));
    m_account->setAccessibleName(tr("Account"));
    m_password->setAccessibleName(tr("Password"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::trySignIn()
{
    const QString addressText = m_address->text().trimmed();
    const QUrl hub(addressText, QUrl::StrictMode);
    if (!hub.isValid() || hub.host().isEmpty() ||
        (hub.scheme() != u"http"_s && hub.scheme() != u"https"_s)) {
        setMessage(tr("The address must start with https:// (or http:// on this computer), "
                      "followed by the name of the regional service."));
        m_address->setFocus();
        return;
    }
    const QString account = m_account->text().trimmed();
    if (account.isEmpty()) {
        setMessage(tr("Type your account name."));
        m_account->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setMessage(tr("Type your password."));
        m_password->setFocus();
        return;
    }
    m_settings.setHubAddress(addressText);
    m_settings.setHubAccount(account);
    setMessage(tr("Signing in…"));
    setBusy(true);
    emit signInRequested(hub, account, m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_account->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace loket::ui
