#pragma once

#include "store/visitlist.h"
#include "sync/visitpreparer.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace loket {
class Connection;
class Store;
} // namespace loket

namespace loket::ui {

// The outreach worker's visit list as a table: date, citizen, municipality, purpose, whether
// the dossier is ready offline, its size and when it was fetched.
class VisitListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        CitizenColumn,
        MunicipalityColumn,
        PurposeColumn,
        ReadyColumn,
        SizeColumn,
        RefreshedColumn,
        ColumnCount
    };
    // The readiness of a row as VisitReadiness, for tests and delegates.
    static constexpr int ReadinessRole = Qt::UserRole + 1;
    static constexpr int CitizenIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<VisitListRow> rows, QDate today, int keepDays);
    const VisitListRow &row(int row) const { return m_rows.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Ready", "Not prepared", "Expired", "Failed: reason".
    static QString readinessText(const VisitListRow &row, VisitReadiness readiness);
    // "12.3 kB"; empty for nothing fetched.
    static QString sizeText(qint64 bytes);

private:
    QString text(int row, int column) const;

    QList<VisitListRow> m_rows;
    QDate m_today;
    int m_keepDays = 14;
};

// "Add visit…" (outreach): the citizen by national number (checked with its mod-97 rule and
// looked up in the cache) or the dossier open in the main window, the day and the purpose.
class AddVisitDialog final : public QDialog
{
    Q_OBJECT
public:
    // `db` is a read connection of the cache; `citizenId` the dossier to start with, if any.
    AddVisitDialog(QSqlDatabase db, const QString &citizenId, QDate today,
                   QWidget *parent = nullptr);

    QString citizenId() const { return m_citizenId; }
    Visit visit() const; // without id and staff: the store fills them in

private:
    void lookUp();
    void updateOk();

    QSqlDatabase m_db;
    QString m_citizenId;
    QLineEdit *m_nationalNumber = nullptr;
    QLabel *m_citizen = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_purpose = nullptr;
    QPushButton *m_ok = nullptr;
};

// The "Visits" window (outreach, Ctrl+Shift+V): the list with Prepare for offline (progress and
// Cancel; the rest of the application stays usable), Add visit… and Open dossier (Enter). It
// reads through its own connection; the store fetches and writes on its own thread.
class VisitListWindow final : public QWidget
{
    Q_OBJECT
public:
    VisitListWindow(Store &store, const QString &cachePath, QWidget *parent = nullptr);
    ~VisitListWindow() override;

    VisitListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Today in Belgian time unless a test sets it.
    void setToday(QDate today);
    // The dossier "Add visit…" starts with (the one open in the main window).
    void setCurrentCitizen(const QString &citizenId) { m_currentCitizen = citizenId; }
    bool isPreparing() const { return m_preparing; }

public slots:
    void refresh();
    void prepare();
    void addVisit();

signals:
    void dossierRequested(const QString &citizenId);
    void refreshed(int rows);
    void preparationFinished(const loket::VisitPreparationOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();
    void onProgress(const VisitPreparationProgress &progress);
    void onFinished(const VisitPreparationOutcome &outcome);
    void updateButtons();
    QDate today() const;
    int keepDays() const;

    // The store can go while the window is open (another cache, a wipe): then it only reads.
    QPointer<Store> m_store;
    std::unique_ptr<Connection> m_connection;
    QDate m_today;
    QString m_currentCitizen;
    bool m_preparing = false;
    QString m_message;

    QLabel *m_intro = nullptr;
    QTableView *m_view = nullptr;
    VisitListModel *m_model = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace loket::ui
