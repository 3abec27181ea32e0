#include "outboxwindow.h"
#include "conflictdialog.h"
#include "outboxdiscarddialog.h"
#include "outboxmodel.h"

#include "store/outboxcommands.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

OutboxWindow::OutboxWindow(Store &store, const QString &cachePath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(&store)
    , m_cachePath(cachePath)
    , m_connection(std::make_unique<Connection>(u"outbox-view"_s))
{
    setObjectName(u"outboxWindow"_s);
    setWindowTitle(tr("Changes waiting to be sent"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"outboxSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // Refusals and failures of what staff asked here, in words, at the top (UI.md).
    m_message = new QLabel(this);
    m_message->setObjectName(u"outboxMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::Box);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"outboxTabs"_s);
    auto *waiting = new QWidget(m_tabs);
    auto *waitingLayout = new QVBoxLayout(waiting);
    m_model = new OutboxModel(this);
    m_table = makeTable(waiting, u"outboxTable"_s, tr("Changes waiting to be sent"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    waitingLayout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), waiting);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setToolTip(tr("Send the selected changes at the next sync, which starts now"));
    m_retryAll = new QPushButton(tr("Retry all &failed"), waiting);
    m_retryAll->setObjectName(u"retryAllButton"_s);
    m_discard = new QPushButton(tr("&Discard…"), waiting);
    m_discard->setObjectName(u"discardButton"_s);
    m_resolve = new QPushButton(tr("&Choose a version…"), waiting);
    m_resolve->setObjectName(u"resolveConflictButton"_s);
    m_resolve->setToolTip(tr("Compare your version with the regional service's and choose"));
    for (QPushButton *b : {m_retry, m_retryAll, m_discard, m_resolve})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), waiting);
    close->setObjectName(u"outboxCloseButton"_s);
    buttons->addWidget(close);
    waitingLayout->addLayout(buttons);
    m_tabs->addTab(waiting, tr("&Waiting"));

    m_discarded = new DiscardedOutboxModel(this);
    m_discardedTable = makeTable(m_tabs, u"discardedTable"_s, tr("Changes discarded by staff"));
    m_discardedTable->setModel(m_discarded);
    m_tabs->addTab(m_discardedTable, tr("D&iscarded"));
    layout->addWidget(m_tabs, 1);

    connect(m_retry, &QPushButton::clicked, this, &OutboxWindow::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &OutboxWindow::retryAllFailed);
    connect(m_discard, &QPushButton::clicked, this, &OutboxWindow::discardSelected);
    connect(m_resolve, &QPushButton::clicked, this, &OutboxWindow::resolveSelected);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model->conflictId(index.row()) > 0)
            openConflict(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxWindow::updateActions);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    // The outbox changes on the store thread: every sign of it re-reads this small table.
    connect(&store, &Store::pendingCountChanged, this, &OutboxWindow::reload);
    connect(&store, &Store::conflictCountChanged, this, &OutboxWindow::reload);
    connect(&store, &Store::cycleFinished, this, &OutboxWindow::reload);
    connect(&store, &Store::recordsChanged, this, &OutboxWindow::reload);
    connect(&store, &Store::writeRefused, this,
            [this](RecordType, const QString &, const QString &message) {
                showMessage(message);
                reload();
            });
    connect(&store, &Store::writeFailed, this,
            [this](RecordType, const QString &, const QString &message, const QString &) {
                showMessage(message);
            });

    connect(&store, &QObject::destroyed, this, &QWidget::close);

    if (!m_connection->open(m_cachePath, Connection::Mode::ReadOnly))
        showMessage(tr("The changes waiting cannot be read: %1").arg(m_connection->errorString()));
    m_model->setWorkOffline(store.workOffline());
    reload();
    resize(1000, 520);
    m_table->setFocus();
}

OutboxWindow::~OutboxWindow() = default;

OutboxDiscardDialog *OutboxWindow::discardDialog() const
{
    return m_discardDialog;
}

ConflictDialog *OutboxWindow::conflictDialog() const
{
    return m_conflictDialog;
}

void OutboxWindow::setGuideStepTitle(OutboxDescriber::GuideStepTitle title)
{
    m_model->setGuideStepTitle(title);
    m_discarded->setGuideStepTitle(title);
    reload();
}

void OutboxWindow::reload()
{
    if (!m_connection->isOpen())
        return;
    QList<qint64> selected;
    for (int row : selectedRows())
        selected << m_model->entry(row).seq;
    const qint64 current =
        m_table->currentIndex().isValid() ? m_model->entry(m_table->currentIndex().row()).seq : 0;
    const WorkOffline offline = m_store ? m_store->workOffline() : WorkOffline::Off;
    m_model->setWorkOffline(offline);
    if (!m_model->reload(m_connection->database()))
        showMessage(tr("The changes waiting cannot be read: %1").arg(m_model->errorString()));
    m_discarded->reload(m_connection->database());
    for (qint64 seq : std::as_const(selected)) {
        const int row = m_model->rowOfSeq(seq);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (const int row = m_model->rowOfSeq(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::NoUpdate);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_discardedTable->resizeColumnsToContents();

    int failed = 0;
    int conflicts = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        failed += m_model->entry(row).state == OutboxEntry::State::Failed ? 1 : 0;
        conflicts += m_model->entry(row).state == OutboxEntry::State::Conflict ? 1 : 0;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Nothing is waiting: every change reached the regional service."));
    } else {
        QStringList parts{tr("%n change(s) waiting to be sent.", nullptr, m_model->rowCount())};
        if (failed > 0)
            parts << tr("%n refused: retry or discard them.", nullptr, failed);
        if (conflicts > 0)
            parts << tr("%n in conflict: choose a version.", nullptr, conflicts);
        if (offline == WorkOffline::On)
            parts << tr("Work offline is on: nothing is sent until you switch it off.");
        m_summary->setText(parts.join(u' '));
    }
    m_retryAll->setEnabled(failed > 0);
    updateActions();
}

QList<int> OutboxWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OutboxWindow::updateActions()
{
    const QList<int> rows = selectedRows();
    bool retryable = !rows.isEmpty();
    for (int row : rows)
        retryable = retryable && m_model->entry(row).state != OutboxEntry::State::Conflict;
    m_retry->setEnabled(retryable);
    const bool one = rows.size() == 1;
    const bool mayDiscard =
        one && DiscardOutboxEntryCommand::mayDiscard(m_model->entry(rows.first()).entityType);
    m_discard->setEnabled(mayDiscard);
    // Why the button is off for the access log, on the button itself.
    m_discard->setToolTip(one && !mayDiscard
                              ? tr("A consultation of a dossier cannot be discarded: the law "
                                   "requires every one to reach the regional access log.")
                              : tr("Take the selected change out for good, with a reason"));
    m_resolve->setEnabled(one && m_model->conflictId(rows.first()) > 0);
}

void OutboxWindow::retrySelected()
{
    QList<OutboxEntry> entries;
    for (int row : selectedRows()) {
        if (m_model->entry(row).state != OutboxEntry::State::Conflict)
            entries << m_model->entry(row);
    }
    if (entries.isEmpty())
        return;
    m_message->setVisible(false);
    if (m_store)
        m_store->retryOutboxEntries(entries);
}

void OutboxWindow::retryAllFailed()
{
    QList<OutboxEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).state == OutboxEntry::State::Failed)
            entries << m_model->entry(row);
    }
    if (entries.isEmpty())
        return;
    m_message->setVisible(false);
    if (m_store)
        m_store->retryOutboxEntries(entries);
}

void OutboxWindow::discardSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const OutboxEntry entry = m_model->entry(rows.first());
    if (!DiscardOutboxEntryCommand::mayDiscard(entry.entityType)) {
        showMessage(tr("A consultation of a dossier cannot be discarded: the law requires every "
                       "one to reach the regional access log."));
        return;
    }
    auto *dialog = new OutboxDiscardDialog(m_model->description(rows.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry] {
        m_message->setVisible(false);
        if (m_store)
            m_store->discardOutboxEntry(entry, dialog->reason());
    });
    m_discardDialog = dialog;
    dialog->open();
}

void OutboxWindow::resolveSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        openConflict(rows.first());
}

bool OutboxWindow::selectFirstConflict()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->conflictId(row) > 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

bool OutboxWindow::openFirstConflict()
{
    if (!selectFirstConflict())
        return false;
    openConflict(selectedRows().first());
    return true;
}

void OutboxWindow::openConflict(int row)
{
    const qint64 id = m_model->conflictId(row);
    if (id <= 0 || !m_connection->isOpen() || !m_store)
        return;
    const std::optional<SyncConflict> conflict = Outbox(m_connection->database()).conflict(id);
    if (!conflict) {
        showMessage(tr("This conflict was resolved meanwhile."));
        reload();
        return;
    }
    if (m_conflictDialog)
        m_conflictDialog->close();
    auto *dialog = new ConflictDialog(*m_store, *conflict, m_model->description(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    dialog->open();
}

void OutboxWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace loket::ui
