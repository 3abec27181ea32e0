#include "reportlistwindow.h"

#include "cachequery.h"
#include "reportstatusdialog.h"
#include "store/connection.h"
#include "store/reportcommands.h"
#include "store/repositories.h"
#include "store/store.h"
#include "wording.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

// The status filter's choices beyond a single status.
enum class StatusChoice { Any = -1, Open = -2 };

QString address(const QString &street, const QString &number, const QString &postcode)
{
    QString out = (street + u' ' + number).trimmed();
    if (!postcode.isEmpty())
        out += (out.isEmpty() ? QString() : u", "_s) + postcode;
    return out;
}

} // namespace

// --- ReportListModel ---------------------------------------------------------------------------

void ReportListModel::setRows(QList<ReportRow> rows, QHash<QString, QString> municipalities)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_municipalities = std::move(municipalities);
    endResetModel();
}

int ReportListModel::rowOf(const QString &reportId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == reportId)
            return i;
    }
    return -1;
}

void ReportListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

ReportFilter::Sort ReportListModel::sortFor(int column)
{
    switch (column) {
    case NumberColumn:
        return ReportFilter::Sort::Number;
    case CategoryColumn:
        return ReportFilter::Sort::Category;
    case StatusColumn:
        return ReportFilter::Sort::Status;
    case ExpectedColumn:
        return ReportFilter::Sort::Expected;
    default:
        return ReportFilter::Sort::Created;
    }
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CategoryColumn:
        return tr("Category");
    case AddressColumn:
        return tr("Address");
    case MunicipalityColumn:
        return tr("Municipality");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Reported");
    case ExpectedColumn:
        return tr("Expected");
    case CitizensColumn:
        return tr("Citizens");
    }
    return {};
}

QString ReportListModel::text(const ReportRow &r, int column) const
{
    switch (column) {
    case NumberColumn:
        return r.publicNumber.isEmpty() ? tr("(not sent yet)") : r.publicNumber;
    case CategoryColumn:
        return r.categoryName;
    case AddressColumn:
        return address(r.street, r.houseNumber, r.postcode);
    case MunicipalityColumn: {
        const QString located = m_municipalities.value(r.locationNis, r.locationNis);
        if (!r.receivedNis.isEmpty() && r.receivedNis != r.locationNis)
            return tr("%1 (reported in %2)")
                .arg(located, m_municipalities.value(r.receivedNis, r.receivedNis));
        return located;
    }
    case StatusColumn:
        // Overdue in words, not by colour alone.
        return r.overdue ? tr("%1 — overdue").arg(Wording::reportStatus(r.status))
                         : Wording::reportStatus(r.status);
    case CreatedColumn:
        return Wording::shortDate(r.createdAt);
    case ExpectedColumn:
        return r.expectedDate.isValid() ? Wording::shortDate(r.expectedDate) : QString();
    case CitizensColumn:
        return r.citizens > 0 ? QString::number(r.citizens) : QString();
    }
    return {};
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(r, index.column());
    case Qt::FontRole:
        if (r.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (r.overdue && index.column() == StatusColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return r.description.left(300);
    case Qt::UserRole:
        return r.id;
    }
    return {};
}

// --- ReportTimelineModel -----------------------------------------------------------------------

void ReportTimelineModel::setReport(const std::optional<Report> &report)
{
    beginResetModel();
    m_history = report ? report->history : QList<ReportStatusChange>();
    std::stable_sort(m_history.begin(), m_history.end(),
                     [](const ReportStatusChange &a, const ReportStatusChange &b) {
                         return a.at != b.at ? a.at < b.at : a.seq < b.seq;
                     });
    endResetModel();
}

void ReportTimelineModel::retranslate()
{
    if (!m_history.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_history.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ReportTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int ReportTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case StatusColumn:
        return tr("Status");
    case CitizenTextColumn:
        return tr("What the citizen reads");
    case NoteColumn:
        return tr("Internal note");
    }
    return {};
}

QVariant ReportTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_history.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const ReportStatusChange &c = m_history.at(index.row());
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime t = Wording::localTime(c.at);
        return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : c.at;
    }
    case StatusColumn:
        return Wording::reportStatus(c.status);
    case CitizenTextColumn:
        return c.publicText;
    case NoteColumn:
        return c.internalNote;
    }
    return {};
}

// --- ReportListWindow --------------------------------------------------------------------------

ReportListWindow::ReportListWindow(const QString &cachePath, Store *store, ReferenceData reference,
                                   QString ownMunicipality, StatusUpdates statusUpdates,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cachePath(cachePath)
    , m_store(store)
    , m_reference(std::move(reference))
    , m_ownMunicipality(std::move(ownMunicipality))
    , m_statusUpdates(statusUpdates)
    , m_today(QDate::currentDate())
{
    setObjectName(u"reportListWindow"_s);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_whereLabel = new QLabel(this);
    m_where = new QComboBox(this);
    m_where->setObjectName(u"reportWhere"_s);
    m_whereLabel->setBuddy(m_where);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"reportStatusFilter"_s);
    m_statusLabel->setBuddy(m_status);
    m_categoryLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"reportCategoryFilter"_s);
    m_categoryLabel->setBuddy(m_category);
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(u"reportOverdue"_s);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_whereLabel, m_where, m_statusLabel, m_status,
                                          m_categoryLabel, m_category, m_overdue})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *second = new QHBoxLayout;
    m_dated = new QCheckBox(this);
    m_dated->setObjectName(u"reportDated"_s);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDate(m_today.addMonths(-1));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDate(m_today);
    m_toLabel->setBuddy(m_to);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"reportSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_searchLabel->setBuddy(m_search);
    for (QWidget *w : std::initializer_list<QWidget *>{m_dated, m_from, m_toLabel, m_to})
        second->addWidget(w);
    second->addSpacing(fontMetrics().averageCharWidth() * 3);
    second->addWidget(m_searchLabel);
    second->addWidget(m_search, 1);
    layout->addLayout(second);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new ReportListModel(this);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"reportListView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Sorted by the query, over every matching report, not only the rows shown.
    m_view->header()->setSortIndicatorShown(true);
    m_view->header()->setSectionsClickable(true);
    m_view->header()->setSortIndicator(ReportListModel::CreatedColumn, Qt::DescendingOrder);
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {16, 24, 30, 26, 24, 12, 12, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->header()->resizeSection(c, widths[c] * ch);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(detailPane);
    m_detail->setObjectName(u"reportDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setTextFormat(Qt::PlainText);
    detailLayout->addWidget(m_detail);
    m_timeline = new ReportTimelineModel(this);
    m_timelineView = new QTreeView(detailPane);
    m_timelineView->setObjectName(u"reportTimeline"_s);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setWordWrap(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->header()->resizeSection(ReportTimelineModel::WhenColumn, 18 * ch);
    m_timelineView->header()->resizeSection(ReportTimelineModel::StatusColumn, 16 * ch);
    m_timelineView->header()->resizeSection(ReportTimelineModel::CitizenTextColumn, 50 * ch);
    detailLayout->addWidget(m_timelineView, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"reportCount"_s);
    m_count->setWordWrap(true);
    m_update = new QPushButton(this);
    m_update->setObjectName(u"reportStatusUpdate"_s);
    m_update->setEnabled(false);
    m_update->setVisible(m_statusUpdates == StatusUpdates::Allowed);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"reportOpenDossier"_s);
    m_open->setEnabled(false);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_update);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);

    fillFilterChoices();

    // Typing waits for a pause; every other filter asks at once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ReportListWindow::refresh);
    for (QComboBox *combo : {m_where, m_status, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportListWindow::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &ReportListWindow::refresh);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportListWindow::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportListWindow::refresh);
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_sort = ReportListModel::sortFor(column);
                m_order = order;
                refresh();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                loadDetail(current.isValid() ? m_model->row(current.row()).id : QString());
            });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_update->isVisible() && m_update->isEnabled())
            addStatusUpdate();
    });
    connect(m_update, &QPushButton::clicked, this, &ReportListWindow::addStatusUpdate);
    connect(m_open, &QPushButton::clicked, this, &ReportListWindow::openDossier);
    if (m_store) {
        connect(m_store, &Store::recordsChanged, this, [this](RecordType type) {
            if (type == RecordType::Report || type == RecordType::Category)
                refresh();
        });
    }

    resize(ch * 170, fontMetrics().height() * 40);
    retranslate();
}

ReportListWindow::~ReportListWindow()
{
    // A query cannot be interrupted halfway; waiting is bounded by one list query.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

ReportFilter ReportListWindow::filter() const
{
    ReportFilter f;
    const QString where = m_where->currentData().toString();
    if (!where.isEmpty())
        f.municipalities = {where};
    const int status = m_status->currentData().toInt();
    if (status == int(StatusChoice::Open)) {
        for (ReportStatus s : allReportStatuses()) {
            if (!isFinished(s))
                f.statuses.append(s);
        }
    } else if (status >= 0) {
        f.statuses = {ReportStatus(status)};
    }
    const QString category = m_category->currentData().toString();
    if (!category.isEmpty())
        f.categories = {category};
    f.overdue = m_overdue->isChecked() ? ReportFilter::Overdue::Only : ReportFilter::Overdue::Any;
    if (m_dated->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.text = m_search->text().trimmed();
    f.sort = m_sort;
    f.order = m_order;
    return f;
}

void ReportListWindow::refresh()
{
    const ReportFilter f = filter();
    const QDate today = m_today;
    const QString language = QLocale().name().left(2);
    const quint64 generation = ++m_generation;
    m_running = true;
    m_count->setText(tr("Looking through the reports…"));
    queryCache(
        this, m_cachePath, m_threads,
        [f, today, language](QSqlDatabase db, QString *error) {
            ReportLister lister(db);
            QList<ReportRow> rows = lister.list(f, today, language);
            *error = lister.errorString();
            return rows;
        },
        [this, generation](QList<ReportRow> rows, const QString &error) {
            if (generation != m_generation)
                return; // a newer question was asked meanwhile
            m_running = false;
            m_error = error;
            const QString selected = !m_wanted.isEmpty() ? m_wanted
                                     : m_current         ? m_current->id
                                                         : QString();
            m_model->setRows(std::move(rows), m_reference.municipalities);
            const int row = m_model->rowOf(selected);
            if (row >= 0) {
                m_view->setCurrentIndex(m_model->index(row, 0));
                m_wanted.clear();
            } else {
                loadDetail({});
            }
            retranslate();
            emit finished(m_model->rowCount());
        });
}

void ReportListWindow::selectReport(const QString &reportId)
{
    m_wanted = reportId;
    const int row = m_model->rowOf(reportId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        refresh();
}

void ReportListWindow::loadDetail(const QString &reportId)
{
    const quint64 generation = ++m_detailGeneration;
    if (reportId.isEmpty()) {
        m_current.reset();
        m_currentSending.reset();
        showDetail();
        return;
    }
    using Detail = std::pair<std::optional<Report>, std::optional<Open311Sending>>;
    queryCache(
        this, m_cachePath, m_threads,
        [reportId](QSqlDatabase db, QString *) {
            return Detail{CacheReader(db).report(reportId), Open311Journal(db).sending(reportId)};
        },
        [this, generation](Detail detail, const QString &) {
            if (generation != m_detailGeneration)
                return;
            m_current = std::move(detail.first);
            m_currentSending = std::move(detail.second);
            showDetail();
        });
}

void ReportListWindow::showDetail()
{
    m_timeline->setReport(m_current);
    // A report on a municipality's own report server changes status there only.
    m_update->setEnabled(m_current.has_value() && !m_current->id.isEmpty() && !m_currentSending);
    m_update->setToolTip(m_currentSending
                             ? tr("This report is handled on the municipality's own report "
                                  "server; its status follows from there.")
                             : QString());
    m_open->setEnabled(m_current.has_value() && !m_current->citizenIds.isEmpty());
    if (!m_current) {
        m_detail->setText(m_model->rowCount() > 0 ? tr("Choose a report to see its story.")
                                                  : QString());
        return;
    }
    const Report &r = *m_current;
    QStringList lines;
    lines << tr("%1 — %2").arg(r.publicNumber.isEmpty() ? tr("(not sent yet)") : r.publicNumber,
                               m_reference.categoryName(r.categoryCode));
    lines << tr("Where: %1, %2")
                 .arg(address(r.street, r.houseNumber, r.postcode),
                      m_reference.municipalityName(r.locationNis));
    if (m_currentSending) {
        const Open311Sending &s = *m_currentSending;
        const QString host = QUrl(s.baseUrl).host();
        if (!s.serverId.isEmpty())
            lines << tr("Sent to the report server of %1 (%2), number %3 there; its status "
                        "follows from there.")
                         .arg(m_reference.municipalityName(s.municipalityNis), host, s.serverId);
        else if (!s.token.isEmpty())
            lines << tr("Received by the report server of %1 (%2); it has not given a number "
                        "yet.")
                         .arg(m_reference.municipalityName(s.municipalityNis), host);
        else
            lines << tr("Waiting to be sent to the report server of %1 (%2).")
                         .arg(m_reference.municipalityName(s.municipalityNis), host);
        const QDateTime checked = QDateTime::fromString(s.checkedAt, Qt::ISODateWithMs);
        if (checked.isValid() && (!s.serverId.isEmpty() || !s.token.isEmpty()))
            lines << tr("Last looked at on the server: %1.")
                         .arg(QLocale().toString(checked.toLocalTime(), QLocale::ShortFormat));
    }
    if (!r.receivedNis.isEmpty() && r.receivedNis != r.locationNis)
        lines << tr("Reported in %1 and forwarded to %2.")
                     .arg(m_reference.municipalityName(r.receivedNis),
                          m_reference.municipalityName(r.locationNis));
    const QDate expected = QDate::fromString(r.expectedDate, Qt::ISODate);
    QString status = tr("Status: %1").arg(Wording::reportStatus(r.status));
    if (expected.isValid())
        status +=
            u"  ·  "_s + (isOverdue(r, m_today)
                              ? tr("expected by %1 — overdue").arg(Wording::shortDate(expected))
                              : tr("expected by %1").arg(Wording::shortDate(expected)));
    lines << status;
    if (!r.description.isEmpty())
        lines << r.description;
    QString notify;
    switch (r.notifyBy) {
    case NotifyChannel::Email:
        notify = tr("Keep the citizen informed by e-mail.");
        break;
    case NotifyChannel::Sms:
        notify = tr("Keep the citizen informed by text message.");
        break;
    case NotifyChannel::Letter:
        notify = tr("Keep the citizen informed by letter.");
        break;
    case NotifyChannel::None:
        notify = tr("The citizen does not want to be kept informed.");
        break;
    }
    lines << notify;
    if (!r.photos.isEmpty()) {
        QStringList names;
        for (const ReportPhoto &p : r.photos)
            names << p.fileName;
        lines << tr("Photos: %1").arg(names.join(u", "_s));
    }
    m_detail->setText(lines.join(u'\n'));
}

void ReportListWindow::addStatusUpdate()
{
    if (!m_current || !m_store)
        return;
    ReportStatusDialog dialog(*m_current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportStatusChange change = dialog.change();
    change.staffId = m_store->session().staffId;
    m_store->submit(
        std::make_shared<UpdateReportStatusCommand>(m_current->id, m_current->status, change));
}

void ReportListWindow::openDossier()
{
    if (m_current && !m_current->citizenIds.isEmpty())
        emit dossierRequested(m_current->citizenIds.first());
}

void ReportListWindow::fillFilterChoices()
{
    {
        const QSignalBlocker blocker(m_where);
        const QString at = m_where->currentData().toString();
        m_where->clear();
        if (!m_ownMunicipality.isEmpty())
            m_where->addItem(
                tr("My municipality (%1)").arg(m_reference.municipalityName(m_ownMunicipality)),
                m_ownMunicipality);
        m_where->addItem(tr("The region (everything in this cache)"), QString());
        QList<std::pair<QString, QString>> byName;
        for (auto it = m_reference.municipalities.cbegin(); it != m_reference.municipalities.cend();
             ++it) {
            if (it.key() != m_ownMunicipality)
                byName.append({it.value(), it.key()});
        }
        std::sort(byName.begin(), byName.end());
        for (const auto &[name, nis] : byName)
            m_where->addItem(name, nis);
        m_where->setCurrentIndex(std::max(0, m_where->findData(at)));
    }
    {
        const QSignalBlocker blocker(m_status);
        const int at = std::max(0, m_status->currentIndex());
        m_status->clear();
        m_status->addItem(tr("Any status"), int(StatusChoice::Any));
        m_status->addItem(tr("Still open"), int(StatusChoice::Open));
        for (ReportStatus s : allReportStatuses())
            m_status->addItem(Wording::reportStatus(s), int(s));
        m_status->setCurrentIndex(at);
    }
    {
        const QSignalBlocker blocker(m_category);
        const QString at = m_category->currentData().toString();
        m_category->clear();
        m_category->addItem(tr("Any category"), QString());
        QList<std::pair<QString, QString>> byName;
        for (auto it = m_reference.categories.cbegin(); it != m_reference.categories.cend(); ++it)
            byName.append({m_reference.categoryName(it.key()), it.key()});
        std::sort(byName.begin(), byName.end());
        for (const auto &[name, code] : byName)
            m_category->addItem(name, code);
        m_category->setCurrentIndex(std::max(0, m_category->findData(at)));
    }
}

void ReportListWindow::retranslate()
{
    setWindowTitle(tr("Reports"));
    m_whereLabel->setText(tr("&Where:"));
    m_statusLabel->setText(tr("&Status:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_overdue->setText(tr("&Overdue only"));
    m_dated->setText(tr("Reported &from"));
    m_toLabel->setText(tr("t&o"));
    m_searchLabel->setText(tr("Se&arch:"));
    m_search->setPlaceholderText(tr("Number, street or words of the description"));
    m_update->setText(tr("Add a status &update…"));
    m_open->setText(tr("Open the citizen's &dossier"));
    fillFilterChoices();
    m_model->retranslate();
    m_timeline->retranslate();
    if (m_running)
        m_count->setText(tr("Looking through the reports…"));
    else if (!m_error.isEmpty())
        m_count->setText(tr("The reports could not be read: %1").arg(m_error));
    else
        m_count->setText(tr("%n report(s)", nullptr, m_model->rowCount()));
    showDetail();
}

void ReportListWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace loket::ui
