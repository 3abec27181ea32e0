#include "openitemspanel.h"
#include "cachequery.h"
#include "taskqueuewindow.h"
#include "wording.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <iterator>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

// The sections in reading order: what the citizen waits for first, then what they were told.
constexpr OpenItemsModel::Kind sections[] = {
    OpenItemsModel::Kind::Report,
    OpenItemsModel::Kind::Document,
    OpenItemsModel::Kind::Task,
    OpenItemsModel::Kind::Contact,
};
constexpr int sectionTotal = int(std::size(sections));

// At most this many lines are shown before the panel scrolls: the tabs below keep their room.
constexpr int visibleLines = 8;

} // namespace

// --- OpenItemsModel

OpenItemsModel::OpenItemsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void OpenItemsModel::setItems(const OpenItems &items, const ReferenceData &reference)
{
    beginResetModel();
    m_items = items;
    m_reference = reference;
    endResetModel();
}

void OpenItemsModel::clear()
{
    setItems({}, {});
}

void OpenItemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int s = 0; s < sectionTotal; ++s) {
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        const QModelIndex section = index(s, 0);
        const int rows = rowCount(section);
        if (rows > 0)
            emit dataChanged(index(0, 0, section), index(rows - 1, ColumnCount - 1, section));
    }
}

int OpenItemsModel::sectionCount() const
{
    return sectionTotal;
}

int OpenItemsModel::recordCount(Kind kind) const
{
    switch (kind) {
    case Kind::Report:
        return int(m_items.reports.size());
    case Kind::Document:
        return int(m_items.documents.size());
    case Kind::Task:
        return int(m_items.tasks.size());
    case Kind::Contact:
        return int(m_items.contacts.size());
    }
    return 0;
}

QString OpenItemsModel::sectionTitle(Kind kind) const
{
    const int n = recordCount(kind);
    switch (kind) {
    case Kind::Report:
        return tr("Open reports (%1)").arg(n);
    case Kind::Document:
        return tr("Documents unread or returned (%1)").arg(n);
    case Kind::Task:
        return tr("Open follow-up tasks (%1)").arg(n);
    case Kind::Contact:
        return tr("Contacts in the last %1 days (%2)").arg(OpenItemsQuery{}.contactDays).arg(n);
    }
    return {};
}

QString OpenItemsModel::emptyText(Kind kind) const
{
    switch (kind) {
    case Kind::Report:
        return tr("No open report in any municipality.");
    case Kind::Document:
        return tr("No document waiting to be read, none returned by the post.");
    case Kind::Task:
        return tr("No follow-up task waiting.");
    case Kind::Contact:
        return tr("No contact in the last %1 days.").arg(OpenItemsQuery{}.contactDays);
    }
    return {};
}

QModelIndex OpenItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < sectionTotal ? createIndex(row, column, sectionId) : QModelIndex();
    if (parent.internalId() != sectionId || parent.column() != 0)
        return {};
    if (row >= rowCount(parent))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OpenItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, sectionId);
}

int OpenItemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return sectionTotal;
    if (parent.internalId() != sectionId || parent.column() != 0)
        return 0;
    // An empty section is one line: its title says so in a sentence.
    return recordCount(sections[parent.row()]);
}

int OpenItemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OpenItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("What");
    case MunicipalityColumn:
        return tr("Municipality");
    case WhenColumn:
        return tr("Date");
    default:
        return {};
    }
}

Qt::ItemFlags OpenItemsModel::flags(const QModelIndex &index) const
{
    // Views ask for the root's flags too; it has none.
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    // Only records can be chosen; titles and "nothing here" sentences are read, not opened.
    if (index.internalId() == sectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant OpenItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == sectionId) {
        const Kind kind = sections[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() != WhatColumn)
                return QString();
            //: A section of the open items without any: its title, then a sentence saying so
            return recordCount(kind) > 0 ? sectionTitle(kind)
                                         : tr("%1 — %2").arg(sectionTitle(kind), emptyText(kind));
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case KindRole:
            return int(kind);
        default:
            return {};
        }
    }
    const Kind kind = sections[index.internalId() - 1];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(kind, index.row(), index.column());
    case Qt::AccessibleTextRole:
        //: An open item read aloud: what, municipality, date
        return tr("%1, %2, %3")
            .arg(text(kind, index.row(), WhatColumn), text(kind, index.row(), MunicipalityColumn),
                 text(kind, index.row(), WhenColumn));
    case KindRole:
        return int(kind);
    case RecordIdRole:
        return recordId(kind, index.row());
    default:
        return {};
    }
}

QString OpenItemsModel::recordId(Kind kind, int row) const
{
    switch (kind) {
    case Kind::Report:
        return m_items.reports.at(row).report.id;
    case Kind::Document:
        return m_items.documents.at(row).item.document.id;
    case Kind::Task:
        return m_items.tasks.at(row).task.id;
    case Kind::Contact:
        return m_items.contacts.at(row).contact.id;
    }
    return {};
}

QString OpenItemsModel::text(Kind kind, int row, int column) const
{
    switch (kind) {
    case Kind::Report: {
        const OpenReport &open = m_items.reports.at(row);
        const Report &r = open.report;
        if (column == MunicipalityColumn)
            return open.municipalityName;
        if (column == WhenColumn)
            return r.expectedDate.isEmpty()
                       ? Wording::shortDate(r.createdAt)
                       : tr("expected %1").arg(Wording::shortDate(r.expectedDate));
        const ReportStatus status =
            r.history.isEmpty() ? r.status : Report::currentStatus(r.history);
        //: An open report: its number, its subject, where it stands
        return tr("Report %1 \"%2\" — %3")
            .arg(r.publicNumber, m_reference.categoryName(r.categoryCode),
                 Wording::reportStatus(status));
    }
    case Kind::Document: {
        const OpenDocument &open = m_items.documents.at(row);
        const DocumentWorkItem &item = open.item;
        if (column == MunicipalityColumn)
            return open.municipalityName;
        if (column == WhenColumn)
            //: Since when a document waits: delivered in the eBox, or returned by the post
            return tr("since %1").arg(Wording::shortDate(item.since));
        QString why;
        if (item.list == DocumentWorkList::ReturnedPaper)
            why = item.note.isEmpty() ? tr("returned by the post")
                                      : tr("returned by the post: %1").arg(item.note);
        else
            why = tr("not opened in the eBox for %n day(s)", nullptr, item.daysWaiting);
        //: An open document: its kind, its title, why it waits
        return tr("%1 \"%2\" — %3")
            .arg(Wording::documentKind(item.document.kind), item.document.title, why);
    }
    case Kind::Task: {
        const OpenTask &open = m_items.tasks.at(row);
        const Task &t = open.task;
        if (column == MunicipalityColumn)
            return t.queue == TaskQueueKind::Helpdesk
                       //: A task in the regional helpdesk's queue, about a municipality
                       ? tr("Helpdesk (%1)").arg(open.municipalityName)
                       : open.municipalityName;
        if (column == WhenColumn)
            return tr("due %1").arg(Wording::shortDate(t.due));
        //: An open follow-up task: what kind, its title
        const QString what = tr("%1: %2").arg(TaskQueueModel::kindText(t.kind), t.title);
        return open.overdueDays > 0
                   //: A task and how late it is
                   ? tr("%1 — %2").arg(what, TaskQueueModel::overdueText(open.overdueDays))
                   : what;
    }
    case Kind::Contact: {
        const RecentContact &recent = m_items.contacts.at(row);
        const ContactMoment &c = recent.contact;
        if (column == MunicipalityColumn)
            return recent.municipalityName;
        if (column == WhenColumn)
            return Wording::shortDate(c.occurredAt);
        //: A recent contact: how, about what
        return tr("%1: %2").arg(Wording::contactChannel(c.channel), Wording::contactTopic(c.topic));
    }
    }
    return {};
}

// --- OpenItemsPanel

OpenItemsPanel::OpenItemsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"openItemsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"openItemsTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_state = new QLabel(this);
    m_state->setObjectName(u"openItemsState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_model = new OpenItemsModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"openItemsView"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setIndentation(m_view->fontMetrics().averageCharWidth() * 2);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(OpenItemsModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(OpenItemsModel::MunicipalityColumn,
                                           QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(OpenItemsModel::WhenColumn, QHeaderView::Interactive);
    layout->addWidget(m_view);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int s = 0; s < m_model->sectionCount(); ++s)
            m_view->setFirstColumnSpanned(s, {}, true);
        m_view->expandAll();
        fitHeight();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(OpenItemsModel::RecordIdRole).toString();
        if (id.isEmpty())
            return;
        emit itemActivated(OpenItemsModel::Kind(index.data(OpenItemsModel::KindRole).toInt()), id);
    });

    retranslate();
    updateState();
}

OpenItemsPanel::~OpenItemsPanel()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void OpenItemsPanel::setCachePath(const QString &path)
{
    m_cachePath = path;
}

void OpenItemsPanel::load(const QString &citizenId, const ReferenceData &reference, QDate today)
{
    const quint64 generation = ++m_generation;
    if (citizenId != m_citizenId)
        m_model->clear();
    m_citizenId = citizenId;
    m_error.clear();
    if (citizenId.isEmpty() || m_cachePath.isEmpty()) {
        m_loading = false;
        m_model->clear();
        updateState();
        return;
    }
    m_loading = true;
    updateState();
    OpenItemsQuery query;
    query.citizenId = citizenId;
    query.today = today;
    queryCache(
        this, m_cachePath, m_threads,
        [query](QSqlDatabase db, QString *error) {
            OpenItemsReader reader(db);
            const auto items = reader.read(query);
            *error = reader.errorString();
            return items.value_or(OpenItems{});
        },
        [this, generation, reference](OpenItems items, const QString &error) {
            // Only the latest question's answer: an older one is about another moment.
            if (generation != m_generation)
                return;
            m_loading = false;
            m_error = error;
            m_model->setItems(items, reference);
            updateState();
            emit loaded();
        });
}

void OpenItemsPanel::clear()
{
    ++m_generation;
    m_citizenId.clear();
    m_loading = false;
    m_error.clear();
    m_model->clear();
    updateState();
}

void OpenItemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        fitHeight();
    QWidget::changeEvent(event);
}

void OpenItemsPanel::retranslate()
{
    m_title->setText(tr("Open for this citizen, in every municipality"));
    m_view->setAccessibleName(tr("Open for this citizen"));
    m_view->setAccessibleDescription(tr("Press Enter on a line to open it in the dossier."));
    m_model->retranslate();
    updateState();
}

void OpenItemsPanel::updateState()
{
    const OpenItems &items = m_model->items();
    const bool nothing = items.reports.isEmpty() && items.documents.isEmpty() &&
                         items.tasks.isEmpty() && items.contacts.isEmpty();
    QString state;
    if (!m_error.isEmpty())
        state = tr("What is open could not be read from this computer's copy. Reopen the dossier "
                   "to try again. Detail: %1")
                    .arg(m_error);
    else if (m_loading && nothing)
        state = tr("Reading what is open…");
    else if (nothing && !m_citizenId.isEmpty())
        // One sentence instead of four empty sections: the panel stays small.
        state = tr("Nothing open: no open report, no unread or returned document, no open "
                   "follow-up task, no contact in the last %1 days.")
                    .arg(OpenItemsQuery{}.contactDays);
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_view->setVisible(state.isEmpty() || (!nothing && m_error.isEmpty()));
    setVisible(!m_citizenId.isEmpty());
}

void OpenItemsPanel::fitHeight()
{
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(OpenItemsModel::MunicipalityColumn, 18 * ch);
    m_view->header()->resizeSection(OpenItemsModel::WhenColumn, 18 * ch);
    int lines = 0;
    for (int s = 0; s < m_model->rowCount(); ++s)
        lines += 1 + m_model->rowCount(m_model->index(s, 0));
    int rowHeight = m_view->sizeHintForRow(0);
    if (rowHeight <= 0)
        rowHeight = m_view->fontMetrics().height() + 4;
    const int frame = 2 * m_view->frameWidth();
    m_view->setFixedHeight(qMin(lines, visibleLines) * rowHeight + frame);
}

} // namespace loket::ui
