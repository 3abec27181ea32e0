#include "reportstatusdialog.h"

#include "model/reportrules.h"
#include "wording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {

ReportStatusDialog::ReportStatusDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_current(report.status)
{
    setObjectName(u"reportStatusDialog"_s);
    setWindowTitle(
        tr("Status update for %1")
            .arg(report.publicNumber.isEmpty() ? tr("the new report") : report.publicNumber));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Now: %1. What is the next step?").arg(Wording::reportStatus(report.status)), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusNext"_s);
    for (ReportStatus s : nextStatuses(report.status))
        m_status->addItem(Wording::reportStatus(s), int(s));
    form->addRow(tr("&New status:"), m_status);
    m_public = new QPlainTextEdit(this);
    m_public->setObjectName(u"statusPublicText"_s);
    m_public->setTabChangesFocus(true);
    m_publicLabel = new QLabel(this);
    m_publicLabel->setBuddy(m_public);
    form->addRow(m_publicLabel, m_public);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"statusInternalNote"_s);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Internal &note (staff only):"), m_note);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"statusProblem"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save the update"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReportStatusDialog::check);
    connect(m_public, &QPlainTextEdit::textChanged, this, &ReportStatusDialog::check);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReportStatusDialog::check);
    check();
}

ReportStatusChange ReportStatusDialog::change() const
{
    ReportStatusChange c;
    c.status = ReportStatus(m_status->currentData().toInt());
    c.publicText = m_public->toPlainText().trimmed();
    c.internalNote = m_note->toPlainText().trimmed();
    return c;
}

void ReportStatusDialog::check()
{
    const ReportStatusChange c = change();
    m_publicLabel->setText(statusNeedsPublicText(c.status) ? tr("Text for the &citizen (required):")
                                                           : tr("Text for the &citizen:"));
    const StatusChangeProblem problem =
        m_status->count() == 0
            ? StatusChangeProblem::SameStatus
            : checkStatusChange(m_current, c.status, c.publicText, c.internalNote);
    // An empty required text is the next thing to do, not an error yet: said plainly.
    m_problem->setText(statusChangeProblemText(problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem == StatusChangeProblem::None);
}

} // namespace loket::ui
