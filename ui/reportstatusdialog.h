#pragma once

#include "model/report.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace loket::ui {

// Asks for a report's next status (issue 4, item 3): only the statuses the rules allow from
// where it stands, a text for the citizen (required where the citizen must be told why) and an
// internal note; OK stays off, with the reason shown, until the rules are met.
class ReportStatusDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportStatusDialog(const Report &report, QWidget *parent = nullptr);

    // The status and texts chosen; seq, time and staff are the store's to set.
    ReportStatusChange change() const;

private:
    void check();

    ReportStatus m_current;
    QComboBox *m_status = nullptr;
    QLabel *m_publicLabel = nullptr;
    QPlainTextEdit *m_public = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace loket::ui
