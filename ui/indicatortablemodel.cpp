#include "indicatortablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IndicatorTableModel", text);
}

QString monthName(QDate month)
{
    return QLocale().toString(month, u"MMMM yyyy"_s);
}

// A CSV field: quoted when it holds a separator, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// Numbers for a Belgian spreadsheet: a decimal comma, no thousands separator; shares as
// fractions (the spreadsheet formats them as percentages).
QString csvNumber(std::optional<double> value)
{
    if (!value)
        return {};
    QString text = QString::number(*value, 'g', 10);
    text.replace(u'.', u',');
    return text;
}

QString timeOfData(const IndicatorReport &report)
{
    const QDateTime computed = QDateTime::fromString(report.computedAt, Qt::ISODate);
    return tr("figures up to %1, computed %2")
        .arg(QLocale().toString(report.asOf, QLocale::ShortFormat),
             QLocale().toString(computed.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

QString formatIndicatorValue(const IndicatorDefinition &definition, std::optional<double> value)
{
    if (!value)
        return u"—"_s;
    const QLocale locale;
    switch (definition.kind) {
    case IndicatorDefinition::Kind::Share:
        return tr("%1 %").arg(locale.toString(*value * 100.0, 'f', 1));
    case IndicatorDefinition::Kind::WorkingDays: // the indicator's name says "working days"
    case IndicatorDefinition::Kind::Count:
        break;
    }
    return locale.toString(qint64(*value));
}

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IndicatorTableModel::setReport(const IndicatorReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void IndicatorTableModel::setIndicator(const QString &key)
{
    beginResetModel();
    m_key = key;
    m_definition = indicatorDefinition(key);
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_definition ? 0 : int(m_report.months.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_definition ? 0 : int(m_report.municipalities.size());
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate month = m_report.months.at(index.row());
    const auto &m = m_report.municipalities.at(index.column());
    const auto value = m_report.value(m.nis, month, m_key);
    switch (role) {
    case Qt::DisplayRole:
        return formatIndicatorValue(*m_definition, value);
    case Qt::AccessibleTextRole:
        // A screen reader hears the cell with what it is about, and "no figure" for a dash.
        return tr("%1, %2, %3: %4")
            .arg(indicatorName(*m_definition), m.name, monthName(month),
                 value ? formatIndicatorValue(*m_definition, value) : tr("no figure"));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        return m_report.municipalities.at(section).name;
    }
    if (section < 0 || section >= rowCount())
        return {};
    return monthName(m_report.months.at(section));
}

QByteArray indicatorCsv(const IndicatorReport &report)
{
    QStringList header{tr("Municipality"), tr("NIS code"), tr("Month")};
    for (const IndicatorDefinition &d : indicatorDefinitions())
        header << indicatorName(d);
    header << tr("Figures from");
    QStringList lines;
    QStringList headerFields;
    for (const QString &h : std::as_const(header))
        headerFields << csvField(h);
    lines << headerFields.join(u';');
    const QString from = timeOfData(report);
    for (const auto &m : report.municipalities) {
        for (const QDate &month : report.months) {
            QStringList fields{csvField(m.name), m.nis, month.toString(u"yyyy-MM"_s)};
            for (const IndicatorDefinition &d : indicatorDefinitions())
                fields << csvNumber(report.value(m.nis, month, d.key));
            fields << csvField(from);
            lines << fields.join(u';');
        }
    }
    return "\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QString indicatorHtml(const IndicatorReport &report)
{
    QString html = u"<html><body>"_s;
    html += u"<h1>%1</h1>"_s.arg(tr("Service indicators").toHtmlEscaped());
    html += u"<p>%1 — %2</p>"_s.arg(
        tr("%1 to %2").arg(monthName(report.from), monthName(report.to)).toHtmlEscaped(),
        timeOfData(report).toHtmlEscaped());
    std::optional<IndicatorDefinition::Section> section;
    for (const IndicatorDefinition &d : indicatorDefinitions()) {
        if (section != d.section) {
            section = d.section;
            html += u"<h2>%1</h2>"_s.arg(indicatorSectionName(d.section).toHtmlEscaped());
        }
        html +=
            u"<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%2</th>"_s
                .arg(indicatorName(d).toHtmlEscaped(), tr("Month").toHtmlEscaped());
        for (const auto &m : report.municipalities)
            html += u"<th>%1</th>"_s.arg(m.name.toHtmlEscaped());
        html += u"</tr>"_s;
        for (const QDate &month : report.months) {
            html += u"<tr><td>%1</td>"_s.arg(monthName(month).toHtmlEscaped());
            for (const auto &m : report.municipalities)
                html += u"<td align=\"right\">%1</td>"_s.arg(
                    formatIndicatorValue(d, report.value(m.nis, month, d.key)).toHtmlEscaped());
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"<p>%1</p></body></html>"_s.arg(
        tr("Definitions: docs/kpi.md. A dash means there is nothing to compute the figure from.")
            .toHtmlEscaped());
    return html;
}

} // namespace loket::ui
