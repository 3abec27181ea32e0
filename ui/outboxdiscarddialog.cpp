#include "outboxdiscarddialog.h"

#include "store/outboxcommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {
constexpr int otherReason = 1; // the list's "Other" entry: the words below are the reason
} // namespace

OutboxDiscardDialog::OutboxDiscardDialog(const QString &description, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"outboxDiscardDialog"_s);
    setWindowTitle(tr("Discard a change"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    auto *what = new QLabel(this);
    what->setObjectName(u"discardWhatLabel"_s);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setText(tr("Discard \"%1\"?\n\nThis change will never reach the regional service. What "
                     "this computer shows of the record goes back to the service's version. The "
                     "discard is recorded with your name, the time and the reason.")
                      .arg(description));
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(u"discardReasonChoice"_s);
    m_choice->setAccessibleName(tr("Reason for discarding"));
    m_choice->addItem(tr("Choose a reason…"));
    m_choice->addItem(tr("Other (describe below)"));
    for (const QString &common :
         {tr("Entered twice by mistake"), tr("Entered for the wrong citizen"),
          tr("The citizen withdrew the request"),
          tr("Refused by the regional service and no longer needed")})
        m_choice->addItem(common);
    auto *choiceLabel = new QLabel(tr("&Reason:"), this);
    choiceLabel->setBuddy(m_choice);
    form->addRow(choiceLabel, m_choice);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"discardReasonText"_s);
    m_details->setAccessibleName(tr("Reason in your own words"));
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().height() * 5);
    auto *detailsLabel = new QLabel(tr("In your &words:"), this);
    detailsLabel->setBuddy(m_details);
    form->addRow(detailsLabel, m_details);
    m_count = new QLabel(this);
    m_count->setObjectName(u"discardReasonCount"_s);
    form->addRow(QString(), m_count);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"discardProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"discardButtons"_s);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"discardConfirmButton"_s);
    m_discard->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"discardCancelButton"_s);
    cancel->setDefault(true); // Enter never discards by accident
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (canDiscard())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &OutboxDiscardDialog::update);
    connect(m_details, &QPlainTextEdit::textChanged, this, &OutboxDiscardDialog::update);
    update();
    m_choice->setFocus();
}

QString OutboxDiscardDialog::reason() const
{
    const QString words = m_details->toPlainText().simplified();
    if (m_choice->currentIndex() <= otherReason)
        return words;
    return words.isEmpty() ? m_choice->currentText() : m_choice->currentText() + u": "_s + words;
}

bool OutboxDiscardDialog::canDiscard() const
{
    return DiscardOutboxEntryCommand::reasonProblem(reason()).isEmpty();
}

void OutboxDiscardDialog::update()
{
    const QString text = reason();
    const qsizetype length = text.toUcs4().size();
    m_count->setText(
        tr("%1 of %2 characters").arg(length).arg(DiscardOutboxEntryCommand::maxReasonLength));
    const QString problem = DiscardOutboxEntryCommand::reasonProblem(text);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_discard->setEnabled(problem.isEmpty());
}

} // namespace loket::ui
