#pragma once

#include "sync/indicatorsclient.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace loket::ui {

class IndicatorTableModel;

// The manager's dashboard (issue 9, docs/kpi.md): a period picker, the indicators in a list, and
// for the chosen one a chart of its monthly trend with a line per municipality, the same figures
// in a table beside it, CSV export and print/PDF. The figures come from the hub through
// IndicatorsClient, off the UI thread.
class DashboardWindow final : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(const QUrl &hub, const QByteArray &token, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Sets the period pickers (any day of the first and last month).
    void setPeriod(QDate from, QDate to);
    // Asks the hub for the period in the pickers.
    void refresh();
    // Shows a report (what an answer of the hub does).
    void showReport(const IndicatorReport &report);
    void selectIndicator(const QString &key);
    // Writes the shown report as CSV / PDF to `path`; false shows why in the banner.
    bool exportCsv(const QString &path);
    bool savePdf(const QString &path);

    IndicatorTableModel *tableModel() const { return m_model; }
    QString bannerText() const;

signals:
    // The hub's answer is shown (or its failure is), for tests and the status line.
    void reportShown();
    void fetchFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillIndicatorList();
    void updateChart();
    void updateActions();
    void showBanner(const QString &text);
    void askCsvPath();
    void askPdfPath();
    void print();

    IndicatorsClient *m_client = nullptr;
    quint64 m_request = 0;
    bool m_hasReport = false;
    IndicatorTableModel *m_model = nullptr;

    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_indicators = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace loket::ui
