#pragma once

#include "dossiermodels.h"
#include "model/documentaction.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace loket::ui {

// Under the documents tab: the selected document's way to the citizen in plain words, its whole
// history with what staff did about it, and the actions (paper copy, resend, explained). The
// actions are only asked for here; the window records them (through the outbox).
class DocumentDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentDetail(QWidget *parent = nullptr);

    void setDossier(const Dossier &dossier, const ReferenceData &reference);
    // Empty shows a hint to pick a document.
    void setDocument(const QString &documentId);
    QString documentId() const { return m_history->documentId(); }
    // The actions need a store connected to the regional service; without one they are greyed.
    void setActionsEnabled(bool enabled);
    QString explanation() const;
    DocumentHistoryModel *historyModel() const { return m_history; }
    const Dossier &dossier() const { return m_dossier; }

signals:
    void actionRequested(loket::DocumentActionKind kind, const QString &documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslate();

    Dossier m_dossier;
    bool m_actionsEnabled = false;
    DocumentHistoryModel *m_history = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeView *m_historyView = nullptr;
    QPushButton *m_paperCopyButton = nullptr;
    QPushButton *m_resendButton = nullptr;
    QPushButton *m_explainedButton = nullptr;
    QPushButton *m_eboxHelpButton = nullptr;
};

} // namespace loket::ui
