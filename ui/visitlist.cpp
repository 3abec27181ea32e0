#include "visitlist.h"
#include "wording.h"

#include "model/belgiantime.h"
#include "model/nationalnumber.h"
#include "store/connection.h"
#include "store/store.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {

// --- the model

void VisitListModel::setRows(QList<VisitListRow> rows, QDate today, int keepDays)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    m_keepDays = keepDays;
    endResetModel();
}

void VisitListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CitizenColumn:
        return tr("Citizen");
    case MunicipalityColumn:
        return tr("Municipality");
    case PurposeColumn:
        return tr("Purpose");
    case ReadyColumn:
        return tr("Offline");
    case SizeColumn:
        return tr("Size");
    case RefreshedColumn:
        return tr("Refreshed at");
    default:
        return {};
    }
}

QString VisitListModel::readinessText(const VisitListRow &row, VisitReadiness readiness)
{
    switch (readiness) {
    case VisitReadiness::Ready:
        return tr("Ready");
    case VisitReadiness::NotPrepared:
        return tr("Not prepared");
    case VisitReadiness::Expired:
        return tr("Expired");
    case VisitReadiness::Failed:
        return tr("Failed: %1").arg(row.preparation.lastError);
    }
    return {};
}

QString VisitListModel::sizeText(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString VisitListModel::text(int row, int column) const
{
    const VisitListRow &r = m_rows.at(row);
    switch (column) {
    case DateColumn:
        return Wording::shortDate(r.visit.date);
    case CitizenColumn:
        // A visit planned on the hub for a citizen whose dossier has not come yet.
        return r.citizenCached ? r.citizenName : tr("(dossier not on this computer)");
    case MunicipalityColumn:
        return r.municipality;
    case PurposeColumn:
        return r.sendPending ? tr("%1 (not yet sent)").arg(r.visit.purpose) : r.visit.purpose;
    case ReadyColumn:
        return readinessText(r, visitReadiness(r, m_today, m_keepDays));
    case SizeColumn:
        return r.citizenCached ? sizeText(r.preparation.bytes) : QString();
    case RefreshedColumn: {
        if (r.preparation.preparedAt.isEmpty())
            return {};
        const QDateTime at = belgianTime(r.preparation.preparedAt);
        return QLocale().toString(at, QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReadyColumn &&
            visitReadiness(r, m_today, m_keepDays) == VisitReadiness::Expired)
            return tr("The visit is more than %n day(s) ago: its dossier leaves this computer.",
                      nullptr, m_keepDays);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReadinessRole:
        return int(visitReadiness(r, m_today, m_keepDays));
    case CitizenIdRole:
        return r.visit.citizenId;
    default:
        return {};
    }
}

// --- adding a visit

AddVisitDialog::AddVisitDialog(QSqlDatabase db, const QString &citizenId, QDate today,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(u"addVisitDialog"_s);
    setWindowTitle(tr("Add visit"));
    auto *form = new QFormLayout;
    m_nationalNumber = new QLineEdit(this);
    m_nationalNumber->setObjectName(u"visitNationalNumber"_s);
    m_nationalNumber->setAccessibleName(tr("National number of the citizen"));
    m_nationalNumber->setPlaceholderText(tr("e.g. 85.07.30-033.28"));
    m_citizen = new QLabel(this);
    m_citizen->setObjectName(u"visitCitizen"_s);
    m_citizen->setWordWrap(true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setAccessibleName(tr("Day of the visit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setDate(today);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(u"visitPurpose"_s);
    m_purpose->setAccessibleName(tr("Purpose of the visit"));
    m_purpose->setMaxLength(Visit::maxPurposeLength);
    m_purpose->setPlaceholderText(tr("e.g. help with the eBox"));
    form->addRow(tr("&National number:"), m_nationalNumber);
    form->addRow(tr("Citizen:"), m_citizen);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Purpose:"), m_purpose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"addVisitOk"_s);
    m_ok->setText(tr("Add visit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *root = new QVBoxLayout(this);
    root->addLayout(form);
    root->addWidget(buttons);

    connect(m_nationalNumber, &QLineEdit::textChanged, this, &AddVisitDialog::lookUp);
    // The dossier open in the main window, when there is one: its number fills the field.
    if (!citizenId.isEmpty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT national_number FROM citizen WHERE id = ?"_s);
        q.addBindValue(citizenId);
        if (q.exec() && q.next()) {
            const auto number = NationalNumber::parse(q.value(0).toString());
            m_nationalNumber->setText(number ? number->formatted() : q.value(0).toString());
        }
    }
    lookUp();
}

void AddVisitDialog::lookUp()
{
    m_citizenId.clear();
    const QString typed = m_nationalNumber->text().trimmed();
    NationalNumber::Problem problem = NationalNumber::Problem::None;
    const auto number = NationalNumber::parse(typed, &problem);
    if (typed.isEmpty()) {
        m_citizen->setText(tr("Type the citizen's national number."));
    } else if (!number) {
        m_citizen->setText(NationalNumber::describe(problem));
    } else {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, family_name, given_names FROM citizen WHERE national_number = ?"
                  " LIMIT 1"_s);
        q.addBindValue(number->digits());
        if (q.exec() && q.next()) {
            m_citizenId = q.value(0).toString();
            m_citizen->setText(Wording::listName(q.value(1).toString(), q.value(2).toString()));
        } else {
            // An outreach computer holds only the dossiers of its visit list: a new citizen is
            // planned by the regional service and arrives with the next sync.
            m_citizen->setText(tr("No citizen with this national number is on this computer. "
                                  "Ask the regional service to plan the visit; it arrives with "
                                  "the next sync."));
        }
    }
    updateOk();
}

void AddVisitDialog::updateOk()
{
    m_ok->setEnabled(!m_citizenId.isEmpty());
}

Visit AddVisitDialog::visit() const
{
    Visit v;
    v.citizenId = m_citizenId;
    v.date = m_date->date();
    v.purpose = m_purpose->text().trimmed();
    return v;
}

// --- the window

VisitListWindow::VisitListWindow(Store &store, const QString &cachePath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(&store)
    , m_connection(std::make_unique<Connection>(u"visits"_s))
{
    setObjectName(u"visitListWindow"_s);
    resize(960, 480);
    m_connection->open(cachePath, Connection::Mode::ReadOnly);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(u"visitTable"_s);
    m_model = new VisitListModel(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"visitProgress"_s);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"visitStatus"_s);
    m_status->setWordWrap(true);
    m_prepare = new QPushButton(this);
    m_prepare->setObjectName(u"prepareVisitsButton"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelPrepareButton"_s);
    m_cancel->setVisible(false);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addVisitButton"_s);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openVisitDossierButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_prepare);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    auto *root = new QVBoxLayout(this);
    root->addWidget(m_intro);
    root->addWidget(m_view, 1);
    root->addWidget(m_status);
    root->addLayout(buttons);

    connect(m_prepare, &QPushButton::clicked, this, &VisitListWindow::prepare);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_store)
            m_store->cancelVisitPreparation();
    });
    connect(m_add, &QPushButton::clicked, this, &VisitListWindow::addVisit);
    connect(m_open, &QPushButton::clicked, this, &VisitListWindow::openCurrent);
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VisitListWindow::updateButtons);
    // Enter opens the dossier; the table's own Enter handling does not reach "activated" on
    // every platform style.
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &VisitListWindow::openCurrent);
    auto *enter2 = new QShortcut(QKeySequence(Qt::Key_Enter), m_view);
    enter2->setContext(Qt::WidgetShortcut);
    connect(enter2, &QShortcut::activated, this, &VisitListWindow::openCurrent);

    connect(&store, &Store::recordsChanged, this, [this](RecordType type) {
        // Every kind that shows here: the visit, its citizen's name and municipality.
        if (type == RecordType::Visit || type == RecordType::Citizen ||
            type == RecordType::Municipality)
            refresh();
    });
    connect(&store, &Store::pendingCountChanged, this, &VisitListWindow::refresh);
    connect(&store, &Store::visitPreparationProgress, this, &VisitListWindow::onProgress);
    connect(&store, &Store::visitPreparationFinished, this, &VisitListWindow::onFinished);
    retranslate();
    refresh();
}

VisitListWindow::~VisitListWindow() = default;

QDate VisitListWindow::today() const
{
    return m_today.isValid()
               ? m_today
               : belgianDate(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

int VisitListWindow::keepDays() const
{
    return m_store ? m_store->keepVisitedDays() : defaultKeepVisitedDays;
}

void VisitListWindow::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void VisitListWindow::refresh()
{
    const QString current = m_view->currentIndex().isValid()
                                ? m_model->row(m_view->currentIndex().row()).visit.id
                                : QString();
    QList<VisitListRow> rows;
    if (m_connection->isOpen()) {
        VisitListReader reader(m_connection->database());
        rows = reader.rows();
        if (!reader.errorString().isEmpty())
            m_status->setText(tr("The visit list could not be read: %1").arg(reader.errorString()));
    }
    m_model->setRows(rows, today(), keepDays());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).visit.id == current)
            m_view->setCurrentIndex(m_model->index(r, 0));
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
    emit refreshed(m_model->rowCount());
}

void VisitListWindow::prepare()
{
    if (m_preparing || !m_store)
        return;
    m_preparing = true;
    m_message.clear();
    m_progress->setRange(0, 0); // the pull first: no count yet
    m_progress->setVisible(true);
    m_status->setText(tr("Fetching the visit list and the catalogue…"));
    updateButtons();
    m_store->prepareVisits();
}

void VisitListWindow::onProgress(const VisitPreparationProgress &progress)
{
    if (!m_preparing)
        return;
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
        m_status->setText(tr("Fetching dossiers: %1 of %2").arg(progress.done).arg(progress.total));
    }
}

void VisitListWindow::onFinished(const VisitPreparationOutcome &outcome)
{
    m_preparing = false;
    m_progress->setVisible(false);
    if (!outcome.error.isEmpty())
        m_status->setText(outcome.error);
    else if (outcome.cancelled)
        m_status->setText(tr("Stopped: %1 of %2 dossiers fetched. The ones fetched are ready.")
                              .arg(outcome.prepared)
                              .arg(outcome.total));
    else if (outcome.failed > 0)
        m_status->setText(tr("%1 of %2 dossiers are ready; %3 could not be fetched (see the list).")
                              .arg(outcome.prepared)
                              .arg(outcome.total)
                              .arg(outcome.failed));
    else
        m_status->setText(
            tr("All %n dossier(s) are ready for offline use (%1).", nullptr, outcome.total)
                .arg(VisitListModel::sizeText(outcome.bytes)));
    refresh();
    emit preparationFinished(outcome);
}

void VisitListWindow::addVisit()
{
    if (!m_connection->isOpen() || !m_store)
        return;
    AddVisitDialog dialog(m_connection->database(), m_currentCitizen, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_store || m_store->addVisit(dialog.visit()).isEmpty())
        return; // refused: the main window's banner says why
    m_status->setText(tr("The visit was added. It is sent to the regional service with the next "
                         "sync."));
}

void VisitListWindow::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const VisitListRow &row = m_model->row(current.row());
    if (!row.citizenCached) {
        m_status->setText(tr("This dossier is not on this computer. Prepare for offline first."));
        return;
    }
    emit dossierRequested(row.visit.citizenId);
}

void VisitListWindow::updateButtons()
{
    m_prepare->setEnabled(!m_preparing && m_store);
    m_cancel->setVisible(m_preparing);
    m_add->setEnabled(m_connection->isOpen() && m_store);
    const QModelIndex current = m_view->currentIndex();
    m_open->setEnabled(current.isValid() && m_model->row(current.row()).citizenCached);
}

void VisitListWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitListWindow::retranslate()
{
    setWindowTitle(tr("Visits"));
    m_intro->setText(tr("Your planned home visits. Prepare for offline fetches the dossiers of "
                        "the current visits, so that you can work without a network. A dossier "
                        "leaves this computer %n day(s) after the visit.",
                        nullptr, keepDays()));
    m_view->setAccessibleName(tr("Visit list"));
    m_prepare->setText(tr("&Prepare for offline"));
    m_prepare->setAccessibleName(tr("Prepare for offline"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the preparation"));
    m_add->setText(tr("&Add visit…"));
    m_add->setAccessibleName(tr("Add visit"));
    m_open->setText(tr("&Open dossier"));
    m_open->setAccessibleName(tr("Open dossier"));
    m_progress->setAccessibleName(tr("Progress of the preparation"));
    m_model->retranslate();
}

} // namespace loket::ui
