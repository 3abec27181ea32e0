#pragma once

#include "store/taskqueue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;

namespace loket {
class Store;
}

namespace loket::ui {

// The lines of a task queue for a table: due (with "3 days overdue"), citizen, kind, title,
// owner, status; overdue tasks in bold.
class TaskQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        CitizenColumn,
        KindColumn,
        TitleColumn,
        OwnerColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { TaskIdRole = Qt::UserRole + 1, OverdueDaysRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `self` is the signed-in staff id, shown as "you" in the owner column.
    void setRows(QList<TaskQueueRow> rows, const QString &self);
    const TaskQueueRow *rowAt(int row) const;
    int rowOf(const QString &taskId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(TaskKind kind);
    static QString statusText(TaskStatus status);
    static QString overdueText(int days);

private:
    QList<TaskQueueRow> m_rows;
    QString m_self;
};

// Asks where a task goes and why (Hand over…), or what came of it (Close…): the note or the
// outcome is required, and OK stays disabled until there is one.
class TaskStepDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { HandOver, Close };

    // `municipalities`: NIS code → name, for a handover to a municipality's queue.
    TaskStepDialog(Kind kind, const Task &task, const QHash<QString, QString> &municipalities,
                   QWidget *parent = nullptr);

    TaskHandover handover() const;
    QString outcome() const;

private:
    void updateOk();

    Kind m_kind;
    QComboBox *m_queue = nullptr;
    QComboBox *m_municipality = nullptr;
    QLineEdit *m_person = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Go > Follow-up tasks (issue 8, item 3): one queue at a time (the helpdesk's, the own
// municipality's, or one's own tasks), overdue tasks first and in bold, and Claim, Hand over…
// and Close… for the selected task. Reads run off the UI thread (cachequery.h); steps go to the
// store as commands, so the row changes at once and the hub hears of it through the outbox.
// When the hub says someone else claimed a task first, the window says so in plain words.
class TaskQueueWindow final : public QWidget
{
    Q_OBJECT
public:
    TaskQueueWindow(const QString &cachePath, Store *store, QHash<QString, QString> municipalities,
                    QString ownMunicipality, QString staffId, QString role,
                    QWidget *parent = nullptr);
    ~TaskQueueWindow() override;

    // The day overdue is counted against; unset, each read takes the Belgian calendar day of
    // the moment (a window left open overnight counts from the new day).
    void setToday(QDate today) { m_today = today; }
    TaskQueueModel *model() const { return m_model; }
    TaskQueueView view() const;
    void setView(TaskQueueView view);
    bool isRunning() const { return m_running; }
    QString noticeText() const;
    std::optional<Task> currentTask() const;

public slots:
    void refresh();
    void selectTask(const QString &taskId);
    void claimSelected();
    void handOverSelected();
    void closeSelected();

signals:
    void finished(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showNotice(const QString &text);
    // Opens the step dialog window-modally; its answer becomes a command when accepted.
    void runStepDialog(TaskStepDialog::Kind kind);

    QString m_cachePath;
    QPointer<Store> m_store;
    QHash<QString, QString> m_municipalities;
    QString m_ownMunicipality;
    QString m_staffId;
    QString m_role;
    std::optional<QDate> m_today;

    QComboBox *m_picker = nullptr;
    QLabel *m_pickerLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_handOver = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_refresh = nullptr;
    TaskQueueModel *m_model = nullptr;
    QPointer<TaskStepDialog> m_dialog;
    QString m_selectAfterRefresh; // the row to select when the read comes (kept or asked)
    QString m_taskAsked;          // asked for by selectTask(): looked for in the other queues too

    QList<QThread *> m_threads;
    int m_generation = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace loket::ui
