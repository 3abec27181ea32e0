#pragma once

#include "sync/workoffline.h"

#include <QDateTime>
#include <QStatusBar>
#include <QString>

#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QToolButton;

namespace loket::ui {

// The window's status line: which cache is open and how many citizens it holds, and room for
// what sync adds (online or offline, last successful sync, changes waiting, who is logged in).
// A part that was never set stays hidden, so nothing claims a state nobody reported.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    enum class CacheKind { Regional, Demo };
    enum class Connectivity { Unknown, Online, Offline };

    explicit StatusBar(QWidget *parent = nullptr);

    void setCache(const QString &path, CacheKind kind);
    void clearCache();
    // Counting runs on a worker; until it reports, the bar says it is counting.
    void setCitizenCountPending();
    void setCitizenCount(qint64 count);

    void setConnectivity(Connectivity connectivity);
    void setLastSync(const QDateTime &when); // invalid: never synced
    void setPendingChanges(int count);
    // Conflicts among the changes waiting: said next to the count, so nobody misses them.
    void setConflicts(int count);
    // Work offline by choice: the connectivity reads "Offline (by choice)" whatever the hub did.
    void setWorkOffline(WorkOffline mode);
    void setSession(const QString &who, const QString &where, const QString &role);
    // The first fill: records received so far of `total` (-1: unknown), with a Cancel button.
    void setFillProgress(qint64 records, qint64 total);
    void clearFillProgress();
    bool isFillProgressShown() const;

    QString cacheText() const;
    QString citizenCountText() const;

signals:
    // The staff member wants to see the changes waiting to be sent.
    void pendingChangesClicked();
    // The staff member stops the first fill; what arrived so far stays usable.
    void cancelFillClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_connectivity = nullptr;
    QLabel *m_lastSync = nullptr;
    QToolButton *m_pending = nullptr;
    QLabel *m_session = nullptr;
    QLabel *m_fillLabel = nullptr;
    QProgressBar *m_fillBar = nullptr;
    QToolButton *m_cancelFill = nullptr;
    QLabel *m_cache = nullptr;
    QLabel *m_count = nullptr;

    QString m_cachePath;
    CacheKind m_cacheKind = CacheKind::Regional;
    std::optional<qint64> m_citizenCount;
    bool m_counting = false;
    std::optional<Connectivity> m_connectivityState;
    std::optional<QDateTime> m_lastSyncTime;
    std::optional<int> m_pendingCount;
    int m_conflictCount = 0;
    WorkOffline m_workOffline = WorkOffline::Off;
    QString m_who;
    QString m_where;
    QString m_role;
    std::optional<std::pair<qint64, qint64>> m_fill; // records, total
};

} // namespace loket::ui
