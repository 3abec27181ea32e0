#pragma once

#include "model/documentaction.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace loket::ui {

// Asks why a paper copy or a resend is needed (required), or for an optional note on eBox
// activation help. Common reasons are offered; anything else can be typed, up to the limit the
// hub accepts.
class DocumentActionDialog final : public QDialog
{
    Q_OBJECT
public:
    DocumentActionDialog(DocumentActionKind kind, const QString &documentTitle,
                         QWidget *parent = nullptr);

    QString reason() const;

private:
    void updateState();

    DocumentActionKind m_kind;
    QLabel *m_question = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace loket::ui
