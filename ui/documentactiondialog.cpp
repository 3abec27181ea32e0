#include "documentactiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {

DocumentActionDialog::DocumentActionDialog(DocumentActionKind kind, const QString &documentTitle,
                                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(u"documentActionDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    layout->addWidget(m_question);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"documentActionReason"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->lineEdit()->setMaxLength(int(documentActionReasonMaxLength));
    m_question->setBuddy(m_reason);
    layout->addWidget(m_reason);

    m_count = new QLabel(this);
    m_count->setObjectName(u"documentActionReasonCount"_s);
    m_count->setAlignment(Qt::AlignRight);
    layout->addWidget(m_count);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    switch (kind) {
    case DocumentActionKind::PaperCopy:
        setWindowTitle(tr("Request a paper copy"));
        m_question->setText(
            tr("Why does the citizen need a paper copy of “%1”?").arg(documentTitle));
        m_reason->addItems({tr("The citizen cannot open the eBox"),
                            tr("The citizen needs it on paper for another office"),
                            tr("The citizen lost the letter")});
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request paper copy"));
        break;
    case DocumentActionKind::Resend:
        setWindowTitle(tr("Request a resend"));
        m_question->setText(tr("Why must “%1” be sent again?").arg(documentTitle));
        m_reason->addItems({tr("The citizen never received it"),
                            tr("It was sent to an old address"),
                            tr("The citizen lost the letter")});
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request resend"));
        break;
    case DocumentActionKind::Explained:
    case DocumentActionKind::EboxActivationHelp:
        setWindowTitle(kind == DocumentActionKind::Explained ? tr("Explained to the citizen")
                                                             : tr("Helped to activate the eBox"));
        m_question->setText(tr("A note, if you like (optional):"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
        break;
    }
    // Start empty: a reason must be chosen or typed, never slip through as a default.
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(QString());
    connect(m_reason, &QComboBox::editTextChanged, this, &DocumentActionDialog::updateState);
    updateState();
}

QString DocumentActionDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void DocumentActionDialog::updateState()
{
    const qsizetype length = m_reason->currentText().size();
    m_count->setText(tr("%1 of %2 characters").arg(length).arg(documentActionReasonMaxLength));
    const bool needed = documentActionNeedsReason(m_kind);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!needed || !reason().isEmpty());
}

} // namespace loket::ui
