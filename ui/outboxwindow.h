#pragma once

#include "store/connection.h"
#include "store/outboxdescription.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace loket {
class Store;
} // namespace loket

namespace loket::ui {

class ConflictDialog;
class DiscardedOutboxModel;
class OutboxDiscardDialog;
class OutboxModel;

// The changes waiting to be sent (UI.md: opened from the status bar's count): every entry in
// order with its state and last problem, and what staff can do about one: retry it, discard it
// with a reason, or choose a version when it is in conflict. A second tab lists what was
// discarded. Reads the cache through its own read connection; writes go through the Store.
class OutboxWindow final : public QWidget
{
    Q_OBJECT
public:
    OutboxWindow(Store &store, const QString &cachePath, QWidget *parent = nullptr);
    ~OutboxWindow() override;

    void setGuideStepTitle(OutboxDescriber::GuideStepTitle title);
    // Re-reads the outbox and the discarded list, keeping the selection.
    void reload();
    // Selects the first entry in conflict; false when none.
    bool selectFirstConflict();
    // Selects the first entry in conflict and opens its conflict view; false when none.
    bool openFirstConflict();

    OutboxModel *model() const { return m_model; }
    DiscardedOutboxModel *discardedModel() const { return m_discarded; }
    QTableView *table() const { return m_table; }
    OutboxDiscardDialog *discardDialog() const;
    ConflictDialog *conflictDialog() const;

private:
    QList<int> selectedRows() const;
    void updateActions();
    void retrySelected();
    void retryAllFailed();
    void discardSelected();
    void resolveSelected();
    void openConflict(int row);
    void showMessage(const QString &text);

    QPointer<Store> m_store; // the window closes when the store goes
    QString m_cachePath;
    std::unique_ptr<Connection> m_connection;
    OutboxModel *m_model = nullptr;
    DiscardedOutboxModel *m_discarded = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_discardedTable = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_retryAll = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_resolve = nullptr;
    QPointer<OutboxDiscardDialog> m_discardDialog;
    QPointer<ConflictDialog> m_conflictDialog;
};

} // namespace loket::ui
