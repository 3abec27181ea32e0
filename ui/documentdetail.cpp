#include "documentdetail.h"
#include "model/documentexplanation.h"
#include "wording.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::ui {

DocumentDetail::DocumentDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"documentDetail"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(u"documentDetailTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"documentExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_explanation->setFocusPolicy(Qt::StrongFocus); // screen readers and keyboard reach it
    layout->addWidget(m_explanation);

    m_history = new DocumentHistoryModel(this);
    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(u"documentHistoryView"_s);
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->header()->setStretchLastSection(true);
    m_historyView->header()->resizeSection(DocumentHistoryModel::WhenColumn,
                                           fontMetrics().averageCharWidth() * 18);
    m_historyView->header()->resizeSection(DocumentHistoryModel::WhatColumn,
                                           fontMetrics().averageCharWidth() * 30);
    layout->addWidget(m_historyView, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &name, DocumentActionKind kind) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, kind] {
            emit actionRequested(kind, kind == DocumentActionKind::EboxActivationHelp
                                           ? QString()
                                           : m_history->documentId());
        });
        buttons->addWidget(b);
        return b;
    };
    m_paperCopyButton = button(u"paperCopyButton"_s, DocumentActionKind::PaperCopy);
    m_resendButton = button(u"resendButton"_s, DocumentActionKind::Resend);
    m_explainedButton = button(u"explainedButton"_s, DocumentActionKind::Explained);
    buttons->addStretch(1);
    m_eboxHelpButton = button(u"eboxHelpButton"_s, DocumentActionKind::EboxActivationHelp);
    layout->addLayout(buttons);

    retranslate();
    update();
}

void DocumentDetail::setDossier(const Dossier &dossier, const ReferenceData &reference)
{
    m_dossier = dossier;
    m_history->setDossier(dossier, reference); // keeps the selected document, if still there
    update();
}

void DocumentDetail::setDocument(const QString &documentId)
{
    m_history->setDocumentId(documentId);
    update();
}

void DocumentDetail::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    update();
}

QString DocumentDetail::explanation() const
{
    return m_explanation->text();
}

void DocumentDetail::update()
{
    const Document *d = m_history->document();
    const bool sent =
        d && std::any_of(d->history.cbegin(), d->history.cend(), [](const DocumentEvent &e) {
            return e.status != DocumentStatus::Prepared;
        });
    m_paperCopyButton->setEnabled(m_actionsEnabled && sent);
    m_resendButton->setEnabled(m_actionsEnabled && sent);
    m_explainedButton->setEnabled(m_actionsEnabled && d != nullptr);
    // Activation help is for citizens who do not use the eBox yet.
    m_eboxHelpButton->setVisible(!m_dossier.citizen.eboxConsent);
    m_eboxHelpButton->setEnabled(m_actionsEnabled && !m_dossier.citizen.id.isEmpty());
    const bool anyDocument = !m_dossier.documents.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_explanation, m_paperCopyButton,
                                                       m_resendButton, m_explainedButton})
        w->setVisible(anyDocument);
    m_historyView->setVisible(d != nullptr);
    if (!d) {
        m_title->clear();
        m_explanation->setText(tr("Select a document to see which way it went and why."));
        return;
    }
    //: Document detail heading: kind, title, sending service
    m_title->setText(tr("%1 \"%2\" from %3")
                         .arg(Wording::documentKind(d->kind), d->title,
                              d->sender.isEmpty() ? tr("an unknown service") : d->sender));
    const QDate consent = m_dossier.citizen.eboxConsent
                              ? QDate::fromString(m_dossier.citizen.eboxSince, Qt::ISODate)
                              : QDate();
    m_explanation->setText(DocumentExplanation::explain(*d, consent, QLocale()));
}

void DocumentDetail::retranslate()
{
    m_paperCopyButton->setText(tr("Request a &paper copy…"));
    m_paperCopyButton->setToolTip(tr("Ask the sending service to post a paper copy"));
    m_resendButton->setText(tr("Request a re&send…"));
    m_resendButton->setToolTip(tr("Ask the sending service to send the document again"));
    m_explainedButton->setText(tr("Mark as e&xplained"));
    m_explainedButton->setToolTip(tr("Record that the document was explained to the citizen"));
    m_eboxHelpButton->setText(tr("Helped to activate the e&Box…"));
    m_eboxHelpButton->setToolTip(tr("Record that the citizen was helped to activate the eBox"));
    m_historyView->setAccessibleName(tr("Document history"));
    m_history->retranslate();
    update();
}

void DocumentDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace loket::ui
