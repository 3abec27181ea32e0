#include "dashboardwindow.h"
#include "indicatortablemodel.h"

#include <QBarCategoryAxis>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

constexpr int keyRole = Qt::UserRole + 1;

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

DashboardWindow::DashboardWindow(const QUrl &hub, const QByteArray &token, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(new IndicatorsClient(this))
    , m_model(new IndicatorTableModel(this))
{
    setObjectName(u"dashboardWindow"_s);
    m_client->setSession(hub, token);

    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"dashboardFrom"_s);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"dashboardTo"_s);
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"MM/yyyy"_s);
        edit->setMaximumDate(thisMonth.addMonths(1).addDays(-1));
    }
    m_to->setDate(thisMonth);
    m_from->setDate(thisMonth.addMonths(-11));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    m_refresh->setDefault(true);
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(u"dashboardExportCsv"_s);
    m_print = new QPushButton(this);
    m_print->setObjectName(u"dashboardPrint"_s);
    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(u"dashboardSavePdf"_s);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"dashboardBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"dashboardStatus"_s);

    m_indicators = new QListWidget(this);
    m_indicators->setObjectName(u"dashboardIndicators"_s);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"dashboardChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(420);
    m_table = new QTableView(this);
    m_table->setObjectName(u"dashboardTable"_s);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fromLabel);
    top->addWidget(m_from);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addWidget(m_refresh);
    top->addStretch(1);
    top->addWidget(m_exportCsv);
    top->addWidget(m_print);
    top->addWidget(m_savePdf);

    auto *figures = new QSplitter(Qt::Horizontal, this);
    figures->addWidget(m_indicators);
    figures->addWidget(m_chartView);
    figures->addWidget(m_table);
    figures->setStretchFactor(0, 0);
    figures->setStretchFactor(1, 3);
    figures->setStretchFactor(2, 2);
    figures->setChildrenCollapsible(false);
    // The chart gets the room: indicator names whole on the left, the figures' table beside.
    const int ch = fontMetrics().averageCharWidth();
    figures->setSizes({ch * 44, ch * 90, ch * 40});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(figures, 1);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_refresh);
    setTabOrder(m_refresh, m_exportCsv);
    setTabOrder(m_exportCsv, m_print);
    setTabOrder(m_print, m_savePdf);
    setTabOrder(m_savePdf, m_indicators);
    setTabOrder(m_indicators, m_table);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(m_exportCsv, &QPushButton::clicked, this, &DashboardWindow::askCsvPath);
    connect(m_print, &QPushButton::clicked, this, &DashboardWindow::print);
    connect(m_savePdf, &QPushButton::clicked, this, &DashboardWindow::askPdfPath);
    connect(m_indicators, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(keyRole).toString().isEmpty()) {
            m_model->setIndicator(item->data(keyRole).toString());
            updateChart();
        }
    });
    connect(m_client, &IndicatorsClient::fetched, this,
            [this](quint64 request, const IndicatorReport &report) {
                if (request == m_request)
                    showReport(report);
            });
    connect(m_client, &IndicatorsClient::failed, this,
            [this](quint64 request, const QString &message, const QString &detail) {
                if (request != m_request)
                    return;
                showBanner(message);
                m_banner->setToolTip(detail);
                m_status->setText(m_hasReport ? m_status->text() : QString());
                m_refresh->setEnabled(true);
                emit fetchFailed(message);
            });

    retranslate();
    fillIndicatorList();
    updateActions();
    resize(1280, 720);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillIndicatorList();
        updateChart();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Service indicators"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setAccessibleName(tr("First month of the period"));
    m_to->setAccessibleName(tr("Last month of the period"));
    m_refresh->setText(tr("&Show"));
    m_refresh->setAccessibleName(tr("Show the indicators of this period"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportCsv->setAccessibleName(tr("Export all indicators as CSV"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print all indicators"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_savePdf->setAccessibleName(tr("Save all indicators as PDF"));
    m_indicators->setAccessibleName(tr("Indicators"));
    m_table->setAccessibleName(tr("The chosen indicator per month and municipality"));
    m_banner->setAccessibleName(tr("Message"));
    m_status->setAccessibleName(tr("Time of the figures"));
}

void DashboardWindow::fillIndicatorList()
{
    const QString current = m_model->indicator();
    m_indicators->clear();
    std::optional<IndicatorDefinition::Section> section;
    QListWidgetItem *select = nullptr;
    for (const IndicatorDefinition &d : indicatorDefinitions()) {
        if (section != d.section) {
            section = d.section;
            auto *heading = new QListWidgetItem(indicatorSectionName(d.section), m_indicators);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QListWidgetItem(indicatorName(d), m_indicators);
        item->setData(keyRole, d.key);
        if (d.key == current || (!select && current.isEmpty()))
            select = item;
    }
    if (select)
        m_indicators->setCurrentItem(select);
}

void DashboardWindow::selectIndicator(const QString &key)
{
    for (int i = 0; i < m_indicators->count(); ++i) {
        if (m_indicators->item(i)->data(keyRole).toString() == key) {
            m_indicators->setCurrentRow(i);
            return;
        }
    }
}

void DashboardWindow::setPeriod(QDate from, QDate to)
{
    m_from->setDate(firstOfMonth(from));
    m_to->setDate(firstOfMonth(to));
}

void DashboardWindow::refresh()
{
    QDate from = firstOfMonth(m_from->date());
    QDate to = firstOfMonth(m_to->date());
    if (from > to)
        std::swap(from, to);
    m_banner->hide();
    m_refresh->setEnabled(false);
    m_status->setText(tr("Computing the indicators on the hub…"));
    m_request = m_client->fetch(from, to);
}

void DashboardWindow::showReport(const IndicatorReport &report)
{
    m_hasReport = true;
    m_model->setReport(report);
    m_refresh->setEnabled(true);
    m_banner->hide();
    const QDateTime computed = QDateTime::fromString(report.computedAt, Qt::ISODate);
    QString status = tr("Figures up to %1, computed by the hub at %2.")
                         .arg(QLocale().toString(report.asOf, QLocale::LongFormat),
                              QLocale().toString(computed.toLocalTime(), QLocale::ShortFormat));
    if (!report.unavailable.isEmpty())
        status += u' ' + tr("A dash means there is nothing to compute a figure from, or the "
                            "data does not exist yet (see the definitions).");
    m_status->setText(status);
    updateChart();
    updateActions();
    emit reportShown();
}

void DashboardWindow::updateChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const auto definition = indicatorDefinition(m_model->indicator());
    if (!definition)
        return;
    const IndicatorReport &report = m_model->report();
    m_chart->setTitle(indicatorName(*definition));
    m_chartView->setAccessibleName(tr("Chart: %1").arg(indicatorName(*definition)));
    m_chartView->setAccessibleDescription(
        tr("A line per municipality over the months; the table beside it holds the same "
           "figures."));
    if (!m_hasReport)
        return;
    const bool share = definition->kind == IndicatorDefinition::Kind::Share;
    QStringList labels;
    // Short enough to stand side by side for a year of months: the month's short name, and
    // the year where one begins (the table beside the chart names every month in full).
    for (const QDate &m : report.months)
        labels << QLocale().toString(m, m.month() == 1 ? u"yyyy"_s : u"MMM"_s);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (labels.size() > 13)
        x->setLabelsAngle(-90); // more than a year: upright labels still fit
    auto *y = new QValueAxis;
    y->setLabelFormat(share ? u"%.0f %%"_s : u"%.0f"_s);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double top = share ? 100.0 : 1.0;
    for (const auto &m : report.municipalities) {
        auto *series = new QLineSeries;
        series->setName(m.name);
        series->setPointsVisible(true);
        for (qsizetype i = 0; i < report.months.size(); ++i) {
            // A month without a figure is left out of the line rather than drawn as 0.
            if (const auto v = report.value(m.nis, report.months.at(i), definition->key)) {
                const double shown = share ? *v * 100.0 : *v;
                series->append(double(i), shown);
                top = std::max(top, shown);
            }
        }
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, share ? 100.0 : top * 1.1);
    if (!share)
        y->applyNiceNumbers();
}

void DashboardWindow::updateActions()
{
    m_exportCsv->setEnabled(m_hasReport);
    m_print->setEnabled(m_hasReport);
    m_savePdf->setEnabled(m_hasReport);
}

QString DashboardWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void DashboardWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

bool DashboardWindow::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(indicatorCsv(m_model->report())) < 0 ||
        !file.commit()) {
        showBanner(tr("The CSV file could not be written to %1: %2. Choose another folder or "
                      "file name.")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->hide();
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DashboardWindow::savePdf(const QString &path)
{
    // QPrinter says nothing when it cannot write: check the folder first and the file after.
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() || (info.exists() && !info.isWritable())) {
        showBanner(tr("The PDF could not be written to %1: the folder does not exist or the file "
                      "is read-only. Choose another folder or file name.")
                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    document.setHtml(indicatorHtml(m_model->report()));
    document.print(&printer);
    if (QFileInfo(path).size() <= 0) {
        showBanner(tr("The PDF could not be written to %1. Choose another folder or file name.")
                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_banner->hide();
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DashboardWindow::askCsvPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export indicators as CSV"), dir + u"/indicators.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DashboardWindow::askPdfPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save indicators as PDF"), dir + u"/indicators.pdf"_s, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void DashboardWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print indicators"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(indicatorHtml(m_model->report()));
    document.print(&printer);
}

} // namespace loket::ui
