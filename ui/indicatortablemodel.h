#pragma once

#include "sync/indicatorsclient.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QString>

#include <optional>

namespace loket::ui {

// A figure as staff read it: "42", "87.5 %"; "—" for no figure.
QString formatIndicatorValue(const IndicatorDefinition &definition, std::optional<double> value);

// One indicator of a report as a table: a row per month, a column per municipality. It sits
// beside the indicator's chart and holds the same numbers, for screen readers and the keyboard.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The unformatted figure (double), or an invalid QVariant for no figure.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setReport(const IndicatorReport &report);
    void setIndicator(const QString &key);
    const IndicatorReport &report() const { return m_report; }
    QString indicator() const { return m_key; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    IndicatorReport m_report;
    QString m_key;
    std::optional<IndicatorDefinition> m_definition;
};

// The whole report for a spreadsheet (DESIGN §10): UTF-8 with a BOM, ";" between fields, a
// decimal comma, one row per municipality and month, one column per indicator, and the time the
// figures are from on every row.
QByteArray indicatorCsv(const IndicatorReport &report);

// The whole report as an HTML document for printing: a table per indicator.
QString indicatorHtml(const IndicatorReport &report);

} // namespace loket::ui
