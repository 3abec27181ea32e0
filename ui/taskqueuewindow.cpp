#include "taskqueuewindow.h"

#include "cachequery.h"
#include "model/belgiantime.h"
#include "store/repositories.h"
#include "store/store.h"
#include "store/taskcommands.h"
#include "wording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace loket::ui {

// --- TaskQueueModel ----------------------------------------------------------------------------

void TaskQueueModel::setRows(QList<TaskQueueRow> rows, const QString &self)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_self = self;
    endResetModel();
}

const TaskQueueRow *TaskQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskQueueModel::rowOf(const QString &taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).task.id == taskId)
            return i;
    }
    return -1;
}

void TaskQueueModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TaskQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskQueueModel::kindText(TaskKind kind)
{
    switch (kind) {
    case TaskKind::CallBack:
        return tr("Call back");
    case TaskKind::Check:
        return tr("Check");
    case TaskKind::Send:
        return tr("Send");
    }
    return {};
}

QString TaskQueueModel::statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Claimed:
        return tr("Claimed");
    case TaskStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TaskQueueModel::overdueText(int days)
{
    return tr("%n day(s) overdue", nullptr, days);
}

QVariant TaskQueueModel::data(const QModelIndex &index, int role) const
{
    const TaskQueueRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Task &t = r->task;
    if (role == TaskIdRole)
        return t.id;
    if (role == OverdueDaysRole)
        return r->overdueDays;
    if (role == Qt::FontRole && r->overdueDays > 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case DueColumn: {
        const QString date = Wording::shortDate(t.due);
        // Colour alone would not reach everyone: the delay is said in words too.
        return r->overdueDays > 0 ? tr("%1 — %2").arg(date, overdueText(r->overdueDays)) : date;
    }
    case CitizenColumn:
        return r->citizenName.isEmpty() ? tr("(not on this computer)") : r->citizenName;
    case KindColumn:
        return kindText(t.kind);
    case TitleColumn:
        if (role == Qt::ToolTipRole && !t.history.isEmpty() && !t.history.last().note.isEmpty())
            return tr("%1\nLast note: %2").arg(t.title, t.history.last().note);
        return t.title;
    case OwnerColumn:
        if (t.ownerStaffId.isEmpty())
            return tr("nobody yet");
        if (t.ownerStaffId == m_self)
            return tr("you");
        return t.ownerName.isEmpty() ? t.ownerStaffId : t.ownerName;
    case StatusColumn:
        return statusText(t.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DueColumn:
        return tr("Due");
    case CitizenColumn:
        return tr("Citizen");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Task");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// --- TaskStepDialog ----------------------------------------------------------------------------

TaskStepDialog::TaskStepDialog(Kind kind, const Task &task,
                               const QHash<QString, QString> &municipalities, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::HandOver ? u"taskHandoverDialog"_s : u"taskCloseDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(task.title, this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (kind == Kind::HandOver) {
        setWindowTitle(tr("Hand over task"));
        m_queue = new QComboBox(this);
        m_queue->setObjectName(u"handoverQueue"_s);
        m_queue->addItem(tr("Helpdesk queue"), taskQueueCode(TaskQueueKind::Helpdesk));
        m_queue->addItem(tr("A municipality's counter"),
                         taskQueueCode(TaskQueueKind::Municipality));
        m_queue->setAccessibleName(tr("Queue"));
        form->addRow(tr("&Queue:"), m_queue);
        m_municipality = new QComboBox(this);
        m_municipality->setObjectName(u"handoverMunicipality"_s);
        QList<QPair<QString, QString>> sorted;
        for (auto it = municipalities.cbegin(); it != municipalities.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[name, nis] : sorted)
            m_municipality->addItem(name, nis);
        m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(task.municipalityNis)));
        m_municipality->setAccessibleName(tr("Municipality"));
        form->addRow(tr("&Municipality:"), m_municipality);
        m_person = new QLineEdit(this);
        m_person->setObjectName(u"handoverPerson"_s);
        m_person->setPlaceholderText(tr("Staff id, or empty for anyone in the queue"));
        m_person->setAccessibleName(tr("Person"));
        form->addRow(tr("&Person (optional):"), m_person);
        connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
            m_municipality->setEnabled(m_queue->currentData().toString() ==
                                       taskQueueCode(TaskQueueKind::Municipality));
        });
        m_queue->setCurrentIndex(task.queue == TaskQueueKind::Helpdesk ? 1 : 0);
        m_municipality->setEnabled(m_queue->currentIndex() == 1);
    } else {
        setWindowTitle(tr("Close task"));
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(kind == Kind::HandOver ? u"handoverNote"_s : u"closeOutcome"_s);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(kind == Kind::HandOver ? tr("Note for the colleague")
                                                     : tr("Outcome"));
    form->addRow(kind == Kind::HandOver ? tr("&Note (required):") : tr("&Outcome (required):"),
                 m_text);
    m_count = new QLabel(this);
    m_count->setObjectName(u"taskStepCount"_s);
    layout->addWidget(m_count);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"taskStepButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == Kind::HandOver ? tr("&Hand over") : tr("&Close task"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TaskStepDialog::updateOk);
    updateOk();
    (m_queue ? static_cast<QWidget *>(m_queue) : m_text)->setFocus();
}

void TaskStepDialog::updateOk()
{
    const QString text = m_text->toPlainText().trimmed();
    const qsizetype length = text.toUcs4().size();
    const bool ok = length > 0 && length <= Task::maxNoteLength;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_count->setText(length > Task::maxNoteLength
                         ? taskRefusalText(m_kind == Kind::HandOver ? TaskRefusal::NoteTooLong
                                                                    : TaskRefusal::OutcomeTooLong)
                     : length == 0
                         ? taskRefusalText(m_kind == Kind::HandOver ? TaskRefusal::NoteMissing
                                                                    : TaskRefusal::OutcomeMissing)
                         : tr("%1 of %2 characters").arg(length).arg(Task::maxNoteLength));
}

TaskHandover TaskStepDialog::handover() const
{
    TaskHandover h;
    if (m_queue)
        h.toQueue = taskQueueFromCode(m_queue->currentData().toString())
                        .value_or(TaskQueueKind::Municipality);
    if (m_municipality && h.toQueue == TaskQueueKind::Municipality)
        h.toMunicipalityNis = m_municipality->currentData().toString();
    if (m_person)
        h.toStaffId = m_person->text().trimmed();
    h.note = m_text->toPlainText().trimmed();
    return h;
}

QString TaskStepDialog::outcome() const
{
    return m_text->toPlainText().trimmed();
}

// --- TaskQueueWindow ---------------------------------------------------------------------------

TaskQueueWindow::TaskQueueWindow(const QString &cachePath, Store *store,
                                 QHash<QString, QString> municipalities, QString ownMunicipality,
                                 QString staffId, QString role, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cachePath(cachePath)
    , m_store(store)
    , m_municipalities(std::move(municipalities))
    , m_ownMunicipality(std::move(ownMunicipality))
    , m_staffId(std::move(staffId))
    , m_role(std::move(role))
{
    setObjectName(u"taskQueueWindow"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    layout->addLayout(top);
    m_pickerLabel = new QLabel(this);
    top->addWidget(m_pickerLabel);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(u"taskQueuePicker"_s);
    m_pickerLabel->setBuddy(m_picker);
    for (TaskQueueView v :
         {TaskQueueView::Helpdesk, TaskQueueView::Municipality, TaskQueueView::Mine})
        m_picker->addItem(QString(), int(v));
    top->addWidget(m_picker, 1);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"taskRefreshButton"_s);
    top->addWidget(m_refresh);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"taskNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setAccessibleName(tr("Notice"));
    layout->addWidget(m_notice);

    m_model = new TaskQueueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"taskTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The due date with "3 days overdue" and the citizen's name are read whole; the task's
    // words take what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskQueueModel::TitleColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"taskEmpty"_s);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    m_claim = new QPushButton(this);
    m_claim->setObjectName(u"claimTaskButton"_s);
    m_handOver = new QPushButton(this);
    m_handOver->setObjectName(u"handOverTaskButton"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeTaskButton"_s);
    buttons->addWidget(m_claim);
    buttons->addWidget(m_handOver);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    setTabOrder(m_picker, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_claim);
    setTabOrder(m_claim, m_handOver);
    setTabOrder(m_handOver, m_close);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        m_taskAsked.clear(); // another queue chosen by hand: show that one
        showNotice({});
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &TaskQueueWindow::refresh);
    connect(m_claim, &QPushButton::clicked, this, &TaskQueueWindow::claimSelected);
    connect(m_handOver, &QPushButton::clicked, this, &TaskQueueWindow::handOverSelected);
    connect(m_close, &QPushButton::clicked, this, &TaskQueueWindow::closeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskQueueWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskQueueWindow::updateButtons);
    if (m_store) {
        connect(m_store, &Store::recordsChanged, this, [this](RecordType type) {
            if (type == RecordType::Task || type == RecordType::Citizen ||
                type == RecordType::ContactMoment)
                refresh();
        });
        connect(m_store, &Store::taskClaimLost, this,
                [this](const QString &, const QString &message) { showNotice(message); });
        connect(m_store, &Store::writeRefused, this,
                [this](RecordType type, const QString &, const QString &message) {
                    if (type == RecordType::Task)
                        showNotice(message);
                });
        connect(m_store, &Store::writeFailed, this,
                [this](RecordType type, const QString &, const QString &message) {
                    if (type == RecordType::Task)
                        showNotice(message);
                });
    }
    // The helpdesk starts at its own queue, everyone else at their municipality's. The first
    // read waits for refresh(), so that the owner can set the day first.
    {
        const QSignalBlocker quiet(m_picker);
        setView(m_role == u"helpdesk"_s ? TaskQueueView::Helpdesk : TaskQueueView::Municipality);
    }
    retranslate();
    resize(900, 480);
}

TaskQueueWindow::~TaskQueueWindow()
{
    // The reads still running finish; their answers go nowhere (the guard in queryCache).
    for (QThread *t : std::exchange(m_threads, {})) {
        t->wait();
        delete t;
    }
}

TaskQueueView TaskQueueWindow::view() const
{
    return TaskQueueView(m_picker->currentData().toInt());
}

void TaskQueueWindow::setView(TaskQueueView view)
{
    m_picker->setCurrentIndex(qMax(0, m_picker->findData(int(view))));
}

QString TaskQueueWindow::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

std::optional<Task> TaskQueueWindow::currentTask() const
{
    const TaskQueueRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r)
        return std::nullopt;
    return r->task;
}

void TaskQueueWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void TaskQueueWindow::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (const auto current = currentTask(); current && m_selectAfterRefresh.isEmpty())
        m_selectAfterRefresh = current->id;
    m_running = true;
    m_again = false;
    TaskQueueFilter filter;
    filter.view = view();
    filter.municipalityNis = m_ownMunicipality;
    filter.staffId = m_staffId;
    const QDate today =
        m_today.value_or(belgianDate(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    const int generation = ++m_generation;
    const QString wanted = m_taskAsked;
    struct Read
    {
        QList<TaskQueueRow> rows;
        std::optional<TaskQueueView> wantedView; // where the task asked for is listed
    };
    queryCache(
        this, m_cachePath, m_threads,
        [filter, today, wanted](QSqlDatabase db, QString *error) {
            TaskQueue queue(db);
            Read read{queue.rows(filter, today), std::nullopt};
            *error = queue.errorString();
            const bool listed =
                std::any_of(read.rows.cbegin(), read.rows.cend(),
                            [&](const TaskQueueRow &r) { return r.task.id == wanted; });
            if (!wanted.isEmpty() && !listed && error->isEmpty()) {
                const std::optional<Task> task = CacheReader(db).task(wanted);
                if (task && task->status != TaskStatus::Closed) {
                    if (task->ownerStaffId == filter.staffId)
                        read.wantedView = TaskQueueView::Mine;
                    else if (task->queue == TaskQueueKind::Helpdesk)
                        read.wantedView = TaskQueueView::Helpdesk;
                    else if (task->municipalityNis == filter.municipalityNis)
                        read.wantedView = TaskQueueView::Municipality;
                }
            }
            return read;
        },
        [this, generation](Read read, const QString &error) {
            m_running = false;
            if (generation != m_generation)
                return;
            if (m_again) {
                refresh();
                return;
            }
            // The task asked for waits in another of the three queues: show that one.
            if (read.wantedView && *read.wantedView != view()) {
                const QSignalBlocker quiet(m_picker);
                setView(*read.wantedView);
                refresh();
                return;
            }
            m_model->setRows(std::move(read.rows), m_staffId);
            if (!error.isEmpty())
                showNotice(tr("The tasks could not be read from this computer's cache."));
            m_empty->setText(m_model->rowCount() == 0 ? tr("No tasks in this queue.") : QString());
            m_empty->setVisible(m_model->rowCount() == 0);
            const QString select = std::exchange(m_selectAfterRefresh, QString());
            const bool asked = !select.isEmpty() && select == std::exchange(m_taskAsked, {});
            if (asked && m_model->rowOf(select) < 0) {
                // Never another task in its place: a step would go to the wrong one.
                m_table->setCurrentIndex({});
                m_table->clearSelection();
                if (error.isEmpty())
                    showNotice(tr("That task is in none of these queues: it is closed, or it "
                                  "waits at another municipality's counter."));
            } else if (m_model->rowOf(select) >= 0) {
                m_table->setCurrentIndex(m_model->index(m_model->rowOf(select), 0));
            } else if (m_model->rowCount() > 0) {
                m_table->setCurrentIndex(m_model->index(0, 0));
            }
            updateButtons();
            emit finished(m_model->rowCount());
        });
}

void TaskQueueWindow::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row >= 0 && !m_running) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        return;
    }
    // Not listed (yet): read again, in the queue where it waits, and select it then.
    m_selectAfterRefresh = taskId;
    m_taskAsked = taskId;
    showNotice({});
    refresh();
}

void TaskQueueWindow::updateButtons()
{
    const auto task = currentTask();
    const bool live = m_store != nullptr && task && task->status != TaskStatus::Closed;
    const bool mineOrFree =
        task && (task->ownerStaffId.isEmpty() || task->ownerStaffId == m_staffId);
    m_claim->setEnabled(live && task->ownerStaffId.isEmpty());
    m_handOver->setEnabled(live && mineOrFree);
    m_close->setEnabled(live && mineOrFree);
}

void TaskQueueWindow::claimSelected()
{
    const auto task = currentTask();
    if (!task || !m_store)
        return;
    showNotice({});
    m_selectAfterRefresh = task->id;
    m_store->submit(std::make_shared<TaskStepCommand>(TaskStepCommand::claim(task->id, m_staffId)));
}

void TaskQueueWindow::handOverSelected()
{
    runStepDialog(TaskStepDialog::Kind::HandOver);
}

void TaskQueueWindow::closeSelected()
{
    runStepDialog(TaskStepDialog::Kind::Close);
}

void TaskQueueWindow::runStepDialog(TaskStepDialog::Kind kind)
{
    const auto task = currentTask();
    if (!task || !m_store || m_dialog)
        return;
    auto *dialog = new TaskStepDialog(kind, *task, m_municipalities, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString id = task->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, id] {
        if (!m_store)
            return;
        showNotice({});
        m_selectAfterRefresh = id;
        m_store->submit(std::make_shared<TaskStepCommand>(
            kind == TaskStepDialog::Kind::HandOver
                ? TaskStepCommand::handOver(id, dialog->handover(), m_staffId)
                : TaskStepCommand::close(id, dialog->outcome(), m_staffId)));
    });
    dialog->open();
}

void TaskQueueWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskQueueWindow::retranslate()
{
    setWindowTitle(tr("Follow-up tasks"));
    m_pickerLabel->setText(tr("&Queue:"));
    m_picker->setItemText(0, tr("Helpdesk"));
    m_picker->setItemText(1, tr("My municipality"));
    m_picker->setItemText(2, tr("Mine"));
    m_picker->setAccessibleName(tr("Queue"));
    m_refresh->setText(tr("&Refresh"));
    m_claim->setText(tr("&Claim"));
    m_claim->setToolTip(tr("Take this task: it becomes yours, and colleagues see that."));
    m_handOver->setText(tr("&Hand over…"));
    m_close->setText(tr("C&lose task…"));
    m_table->setAccessibleName(tr("Tasks"));
    m_model->retranslate();
}

} // namespace loket::ui
