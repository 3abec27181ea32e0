#include "lockscreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"lockScreen"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *box = new QWidget(this);
    const int ch = fontMetrics().averageCharWidth();
    box->setMinimumWidth(ch * 50);
    box->setMaximumWidth(ch * 70);
    auto *column = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(u"lockTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    // Short lines without word wrap: a wrapped label in a centred box is given too little height.
    m_who = new QLabel(box);
    m_who->setObjectName(u"lockWho"_s);
    m_hint = new QLabel(box);
    m_passwordLabel = new QLabel(box);
    m_password = new QLineEdit(box);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_unlock = new QPushButton(box);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_message = new QLabel(box);
    m_message->setObjectName(u"lockMessage"_s);
    m_message->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_passwordLabel);
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);
    column->addWidget(m_title);
    column->addWidget(m_who);
    column->addWidget(m_hint);
    column->addLayout(row);
    column->addWidget(m_message);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    const auto submit = [this] {
        if (!m_password->text().isEmpty())
            emit unlockRequested(m_password->text());
    };
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_unlock, &QPushButton::clicked, this, submit);
    retranslate();
}

void LockScreen::setStaffName(const QString &name)
{
    m_staffName = name;
    retranslate();
}

void LockScreen::reset()
{
    m_failures = 0;
    m_password->clear();
    m_password->setEnabled(true);
    m_unlock->setEnabled(true);
    m_message->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::unlockFailed()
{
    ++m_failures;
    m_password->clear();
    m_message->setText(tr("That is not the password of this session. Try again."));
    // Each wrong guess costs a little more time, so that guessing at the counter is slow.
    const int waitMs = qMin(m_failures, 10) * 1000;
    m_password->setEnabled(false);
    m_unlock->setEnabled(false);
    QTimer::singleShot(waitMs, this, [this] {
        m_password->setEnabled(true);
        m_unlock->setEnabled(true);
        m_password->setFocus(Qt::OtherFocusReason);
    });
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Loket is locked"));
    m_who->setText(m_staffName.isEmpty() ? QString() : tr("Signed in: %1").arg(m_staffName));
    m_who->setVisible(!m_staffName.isEmpty());
    m_hint->setText(tr("Type your password to go on where you were."));
    m_passwordLabel->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock"));
    m_password->setAccessibleName(tr("Password"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace loket::ui
