#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace loket {

// One indicator of docs/kpi.md as the client shows it: its key in the hub's answer, what kind of
// number it is, and its section.
struct IndicatorDefinition
{
    enum class Kind { Count, Share, WorkingDays };
    enum class Section { Reports, Documents, Contacts, Guides };
    QString key;
    Kind kind = Kind::Count;
    Section section = Section::Reports;
    const char *name = nullptr; // English source text, translated by indicatorName()
};

// Every indicator the dashboard shows, in reading order.
const QList<IndicatorDefinition> &indicatorDefinitions();
std::optional<IndicatorDefinition> indicatorDefinition(const QString &key);
QString indicatorName(const IndicatorDefinition &definition); // translated
QString indicatorSectionName(IndicatorDefinition::Section section);

// The hub's answer to GET /api/v1/indicators: figures per municipality and month.
struct IndicatorReport
{
    struct Municipality
    {
        QString nis;
        QString name;
    };
    QDate from; // first days of the first and last months
    QDate to;
    QDate asOf;          // the Belgian day the running month is measured up to
    QString computedAt;  // UTC, ISO 8601
    QList<QDate> months; // first days, ascending
    QList<Municipality> municipalities;
    QStringList unavailable; // keys the hub cannot compute yet (always null)

    // nullopt: no figure (a share of nothing, an unavailable indicator, unknown key).
    std::optional<double> value(const QString &nis, QDate month, const QString &key) const;

    static std::optional<IndicatorReport> fromJson(const QJsonObject &json, QString *error);

private:
    QHash<QString, std::optional<double>> m_values; // "nis|yyyy-MM|key"
};

// Fetches the indicators from the hub on a thread of its own (its own network access manager),
// parses the answer there, and reports on the thread that owns it. Only the answer to the newest
// request is delivered; older ones are dropped.
class IndicatorsClient final : public QObject
{
    Q_OBJECT
public:
    explicit IndicatorsClient(QObject *parent = nullptr);
    ~IndicatorsClient() override;

    void setSession(const QUrl &hub, const QByteArray &token);
    // Asks for the months from `from` to `to` (any day in them) for `municipalities` (empty: all
    // the account may see); returns the request number that fetched()/failed() carry.
    quint64 fetch(QDate from, QDate to, const QStringList &municipalities = {});

signals:
    void fetched(quint64 request, const loket::IndicatorReport &report);
    // `message` is for staff (translated); `detail` is the technical reason.
    void failed(quint64 request, const QString &message, const QString &detail);

private:
    class Worker;
    void deliver(quint64 request, const std::optional<IndicatorReport> &report,
                 const QString &message, const QString &detail);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives on m_thread
    QUrl m_hub;
    QByteArray m_token;
    std::atomic<quint64> m_latest{0};
};

} // namespace loket
