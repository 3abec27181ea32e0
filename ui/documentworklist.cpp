#include "documentworklist.h"
#include "dossiermodels.h"
#include "store/connection.h"
#include "wording.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::ui {

// --- DocumentWorkListModel

void DocumentWorkListModel::setItems(DocumentWorkList list, QList<DocumentWorkItem> items,
                                     QHash<QString, QString> municipalities)
{
    beginResetModel();
    m_list = list;
    m_items = std::move(items);
    m_municipalities = std::move(municipalities);
    endResetModel();
}

void DocumentWorkListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DocumentWorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DocumentWorkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentWorkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CitizenColumn:
        return tr("Citizen");
    case AddressColumn:
        return tr("Address");
    case DocumentColumn:
        return tr("Document");
    case SenderColumn:
        return tr("From");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Available until");
    case SinceColumn:
        switch (m_list) {
        case DocumentWorkList::UnreadInEbox:
            return tr("In the eBox since");
        case DocumentWorkList::ReturnedPaper:
            return tr("Returned on");
        case DocumentWorkList::SentRecently:
            return tr("Sent");
        }
        return {};
    case DaysColumn:
        return tr("Days");
    case NoteColumn:
        return m_list == DocumentWorkList::ReturnedPaper ? tr("Reason given by the post")
                                                         : tr("Assistance notes");
    default:
        return {};
    }
}

QString DocumentWorkListModel::text(int row, int column) const
{
    const DocumentWorkItem &item = m_items.at(row);
    const Citizen &c = item.citizen;
    switch (column) {
    case CitizenColumn:
        return Wording::listName(c.familyName, c.givenNames);
    case AddressColumn: {
        const QString municipality = m_municipalities.value(c.municipalityNis);
        const QString address = c.addressLine();
        return municipality.isEmpty() || c.city == municipality
                   ? address
                   : tr("%1 (%2)").arg(address, municipality);
    }
    case DocumentColumn:
        return tr("%1 \"%2\"").arg(Wording::documentKind(item.document.kind), item.document.title);
    case SenderColumn:
        return item.document.sender;
    case ChannelColumn:
        return Wording::deliveryChannel(item.document.channel);
    case StatusColumn:
        return Wording::documentStatus(item.document.status, item.document.channel);
    case ExpiresColumn:
        return Wording::shortDate(item.document.expiresAt);
    case SinceColumn:
        return Wording::shortDate(item.since);
    case DaysColumn:
        return QString::number(item.daysWaiting);
    case NoteColumn:
        return m_list == DocumentWorkList::ReturnedPaper ? item.note : c.assistanceNotes;
    default:
        return {};
    }
}

QVariant DocumentWorkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case SortRole:
        if (index.column() == DaysColumn)
            return m_items.at(index.row()).daysWaiting;
        if (index.column() == SinceColumn)
            return m_items.at(index.row()).since; // UTC ISO 8601 sorts as text
        if (index.column() == ExpiresColumn)
            return m_items.at(index.row()).document.expiresAt;
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

// --- DocumentWorkListWindow

DocumentWorkListWindow::DocumentWorkListWindow(const QString &cachePath,
                                               QHash<QString, QString> municipalities,
                                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cachePath(cachePath)
    , m_municipalities(std::move(municipalities))
    , m_today(QDate::currentDate())
{
    setObjectName(u"documentWorkListWindow"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_listLabel = new QLabel(this);
    m_list = new QComboBox(this);
    m_list->setObjectName(u"workListKind"_s);
    m_listLabel->setBuddy(m_list);
    m_daysLabel = new QLabel(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"workListDays"_s);
    m_days->setRange(0, 3650);
    m_days->setValue(15);
    m_daysLabel->setBuddy(m_days);
    m_municipalityLabel = new QLabel(this);
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(u"workListMunicipality"_s);
    m_municipalityLabel->setBuddy(m_municipality);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"workListRefresh"_s);
    for (QWidget *w : std::initializer_list<QWidget *>{m_listLabel, m_list, m_daysLabel, m_days,
                                                       m_municipalityLabel, m_municipality})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_model = new DocumentWorkListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"workListView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentWorkListModel::DaysColumn, Qt::DescendingOrder);
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {22, 28, 34, 18, 7, 26, 13, 13, 6};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->header()->resizeSection(c, widths[c] * ch);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"workListStatus"_s);
    m_status->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"workListOpen"_s);
    m_open->setEnabled(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);

    connect(m_list, &QComboBox::currentIndexChanged, this, &DocumentWorkListWindow::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &DocumentWorkListWindow::refresh);
    connect(m_municipality, &QComboBox::currentIndexChanged, this,
            &DocumentWorkListWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DocumentWorkListWindow::refresh);
    connect(m_open, &QPushButton::clicked, this, &DocumentWorkListWindow::openCurrent);
    connect(m_view, &QTreeView::activated, this, &DocumentWorkListWindow::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    resize(ch * 170, fontMetrics().height() * 36);
    retranslate();
}

DocumentWorkListWindow::~DocumentWorkListWindow()
{
    // A query cannot be interrupted halfway; waiting is bounded by one work-list query.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void DocumentWorkListWindow::refresh()
{
    DocumentWorkListQuery query;
    query.list = m_list->currentData().value<DocumentWorkList>();
    query.minDays = m_days->value();
    query.today = m_today;
    query.municipalityNis = m_municipality->currentData().toString();
    m_days->setEnabled(query.list != DocumentWorkList::ReturnedPaper);
    m_daysLabel->setEnabled(m_days->isEnabled());
    m_daysLabel->setText(query.list == DocumentWorkList::SentRecently
                             ? tr("Sent in the last (&days):")
                             : tr("Unread for more than (&days):"));
    // Newest first for the regional view; the longest waiting first for a work list.
    m_view->sortByColumn(query.list == DocumentWorkList::SentRecently
                             ? DocumentWorkListModel::SinceColumn
                             : DocumentWorkListModel::DaysColumn,
                         Qt::DescendingOrder);

    const quint64 generation = ++m_generation;
    m_running = true;
    m_error.clear();
    m_status->setText(tr("Looking through the documents…"));
    QPointer<DocumentWorkListWindow> self(this);
    const QString path = m_cachePath;
    QThread *thread = QThread::create([self, generation, path, query] {
        QList<DocumentWorkItem> items;
        QString error;
        {
            Connection connection(u"worklist"_s);
            if (!connection.open(path, Connection::Mode::ReadOnly)) {
                error = connection.errorString();
            } else {
                DocumentWorkLists lists(connection.database());
                items = lists.run(query);
                error = lists.errorString();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, query, items = std::move(items), error]() mutable {
                if (!self || self->m_generation != generation)
                    return; // a newer question was asked meanwhile
                self->m_running = false;
                self->m_error = error;
                self->m_count = int(items.size());
                self->m_model->setItems(query.list, std::move(items), self->m_municipalities);
                self->retranslate();
                emit self->finished(self->m_count);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(u"loket-worklist"_s);
    connect(thread, &QThread::finished, this, [this, thread] { finishThread(thread); });
    m_threads.append(thread);
    thread->start();
}

void DocumentWorkListWindow::finishThread(QThread *thread)
{
    m_threads.removeOne(thread);
    thread->wait();
    delete thread;
}

void DocumentWorkListWindow::openCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (current.isValid()) {
        const DocumentWorkItem &item = m_model->item(current.row());
        emit dossierRequested(item.citizen.id, item.document.id);
    }
}

void DocumentWorkListWindow::retranslate()
{
    setWindowTitle(tr("Document work lists"));
    m_listLabel->setText(tr("&List:"));
    {
        const QSignalBlocker blocker(m_list);
        const int at = qMax(0, m_list->currentIndex());
        m_list->clear();
        m_list->addItem(tr("Unread in the eBox, citizens with assistance notes"),
                        QVariant::fromValue(DocumentWorkList::UnreadInEbox));
        m_list->addItem(tr("Paper returned as undeliverable"),
                        QVariant::fromValue(DocumentWorkList::ReturnedPaper));
        m_list->addItem(tr("Every document sent lately"),
                        QVariant::fromValue(DocumentWorkList::SentRecently));
        m_list->setCurrentIndex(at);
    }
    m_daysLabel->setText(m_list->currentData().value<DocumentWorkList>() ==
                                 DocumentWorkList::SentRecently
                             ? tr("Sent in the last (&days):")
                             : tr("Unread for more than (&days):"));
    m_municipalityLabel->setText(tr("&Municipality:"));
    {
        const QSignalBlocker blocker(m_municipality);
        const QString at = m_municipality->currentData().toString();
        m_municipality->clear();
        m_municipality->addItem(tr("All in this cache"), QString());
        QList<std::pair<QString, QString>> sorted;
        for (auto it = m_municipalities.cbegin(); it != m_municipalities.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[name, nis] : sorted)
            m_municipality->addItem(name, nis);
        m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(at)));
    }
    m_refresh->setText(tr("&Refresh"));
    m_open->setText(tr("&Open dossier"));
    m_view->setAccessibleName(tr("Documents on this work list"));
    m_model->retranslate();
    if (m_running)
        m_status->setText(tr("Looking through the documents…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The work list could not be read: %1").arg(m_error));
    else if (m_count >= 0)
        m_status->setText(
            m_count == 0 ? tr("No documents on this list.")
            : m_model->list() == DocumentWorkList::SentRecently
                ? tr("%n document(s), newest first; at most %1 are shown.", nullptr, m_count)
                      .arg(DocumentWorkListQuery().limit)
                : tr("%n document(s) to follow up.", nullptr, m_count));
}

void DocumentWorkListWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace loket::ui
