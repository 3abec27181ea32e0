#pragma once

#include "store/open311journal.h"

#include "dossiermodels.h"
#include "store/reportlist.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
class QTreeView;

namespace loket {
class Store;
}

namespace loket::ui {

// The lines of the report list: one report each, overdue ones marked in words and weight.
class ReportListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CategoryColumn,
        AddressColumn,
        MunicipalityColumn,
        StatusColumn,
        CreatedColumn,
        ExpectedColumn,
        CitizensColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ReportRow> rows, QHash<QString, QString> municipalities);
    const ReportRow &row(int row) const { return m_rows.at(row); }
    int rowOf(const QString &reportId) const;
    void retranslate();
    // The list's sort for a column of this model.
    static ReportFilter::Sort sortFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString text(const ReportRow &row, int column) const;

    QList<ReportRow> m_rows;
    QHash<QString, QString> m_municipalities;
};

// One report's story, oldest first: each status with the words the citizen read and the note
// staff left.
class ReportTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, StatusColumn, CitizenTextColumn, NoteColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const std::optional<Report> &report);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ReportStatusChange> m_history;
};

// The report list (issue 4, item 5): the reports of the staff member's municipality or of every
// municipality the cache holds, filtered and sorted, queried on a worker thread with its own
// connection; beside it the selected report's details and timeline, and — for the roles that
// may — a status update, online or offline through the outbox.
class ReportListWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class StatusUpdates { Allowed, NotForThisRole };

    ReportListWindow(const QString &cachePath, Store *store, ReferenceData reference,
                     QString ownMunicipality, StatusUpdates statusUpdates,
                     QWidget *parent = nullptr);
    ~ReportListWindow() override;

    void setToday(QDate today) { m_today = today; }
    ReportListModel *model() const { return m_model; }
    ReportTimelineModel *timeline() const { return m_timeline; }
    bool isRunning() const { return m_running; }
    std::optional<Report> currentReport() const { return m_current; }
    ReportFilter filter() const;

public slots:
    void refresh();
    void selectReport(const QString &reportId);

signals:
    void finished(int count);
    void dossierRequested(const QString &citizenId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilterChoices();
    void loadDetail(const QString &reportId);
    void showDetail();
    void addStatusUpdate();
    void openDossier();

    QString m_cachePath;
    Store *m_store;
    ReferenceData m_reference;
    QString m_ownMunicipality;
    StatusUpdates m_statusUpdates;
    QDate m_today;

    QLabel *m_whereLabel = nullptr;
    QComboBox *m_where = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    ReportListModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_detail = nullptr;
    QTreeView *m_timelineView = nullptr;
    ReportTimelineModel *m_timeline = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_open = nullptr;

    ReportFilter::Sort m_sort = ReportFilter::Sort::Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0;
    bool m_running = false;
    QString m_error;
    QString m_wanted; // the report to select when the list arrives
    std::optional<Report> m_current;
    // Set when the report went to a municipality's own report server instead of the hub.
    std::optional<Open311Sending> m_currentSending;
    QList<QThread *> m_threads;
};

} // namespace loket::ui
