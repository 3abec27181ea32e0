#include "statusbar.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {
QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}
} // namespace

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(u"statusBar"_s);
    m_connectivity = makeLabel(this, u"connectivityStatus"_s);
    m_lastSync = makeLabel(this, u"lastSyncStatus"_s);
    m_pending = new QToolButton(this);
    m_pending->setObjectName(u"pendingChangesButton"_s);
    m_pending->setAutoRaise(true);
    m_pending->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pending->setVisible(false);
    connect(m_pending, &QToolButton::clicked, this, &StatusBar::pendingChangesClicked);
    m_session = makeLabel(this, u"sessionStatus"_s);
    m_fillLabel = makeLabel(this, u"fillStatus"_s);
    m_fillBar = new QProgressBar(this);
    m_fillBar->setObjectName(u"fillProgress"_s);
    m_fillBar->setVisible(false);
    m_fillBar->setMaximumWidth(m_fillBar->fontMetrics().averageCharWidth() * 24);
    m_cancelFill = new QToolButton(this);
    m_cancelFill->setObjectName(u"cancelFillButton"_s);
    m_cancelFill->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelFill->setVisible(false);
    connect(m_cancelFill, &QToolButton::clicked, this, &StatusBar::cancelFillClicked);
    m_cache = makeLabel(this, u"cacheStatus"_s);
    m_count = makeLabel(this, u"citizenCountStatus"_s);

    addWidget(m_connectivity);
    addWidget(m_lastSync);
    addWidget(m_pending);
    addWidget(m_session);
    addWidget(m_fillLabel);
    addWidget(m_fillBar);
    addWidget(m_cancelFill);
    addPermanentWidget(m_cache);
    addPermanentWidget(m_count);
    retranslate();
}

void StatusBar::setCache(const QString &path, CacheKind kind)
{
    m_cachePath = path;
    m_cacheKind = kind;
    m_citizenCount.reset();
    m_counting = false;
    retranslate();
}

void StatusBar::clearCache()
{
    m_cachePath.clear();
    m_citizenCount.reset();
    m_counting = false;
    retranslate();
}

void StatusBar::setCitizenCountPending()
{
    m_counting = true;
    m_citizenCount.reset();
    retranslate();
}

void StatusBar::setCitizenCount(qint64 count)
{
    m_counting = false;
    m_citizenCount = count;
    retranslate();
}

void StatusBar::setConnectivity(Connectivity connectivity)
{
    m_connectivityState = connectivity;
    retranslate();
}

void StatusBar::setLastSync(const QDateTime &when)
{
    m_lastSyncTime = when;
    retranslate();
}

void StatusBar::setPendingChanges(int count)
{
    m_pendingCount = count;
    retranslate();
}

void StatusBar::setConflicts(int count)
{
    m_conflictCount = count;
    retranslate();
}

void StatusBar::setWorkOffline(WorkOffline mode)
{
    m_workOffline = mode;
    retranslate();
}

void StatusBar::setSession(const QString &who, const QString &where, const QString &role)
{
    m_who = who;
    m_where = where;
    m_role = role;
    retranslate();
}

void StatusBar::setFillProgress(qint64 records, qint64 total)
{
    m_fill = std::make_pair(records, total);
    retranslate();
}

void StatusBar::clearFillProgress()
{
    m_fill.reset();
    retranslate();
}

bool StatusBar::isFillProgressShown() const
{
    return m_fill.has_value();
}

QString StatusBar::cacheText() const
{
    return m_cache->text();
}

QString StatusBar::citizenCountText() const
{
    return m_count->text();
}

void StatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void StatusBar::retranslate()
{
    if (m_workOffline == WorkOffline::On) {
        m_connectivity->setText(tr("○ Offline (by choice)"));
        m_connectivity->setToolTip(tr("Work offline is on: nothing is sent or fetched. Changes "
                                      "wait on this computer until you switch it off."));
    } else if (m_connectivityState) {
        m_connectivity->setToolTip({});
        switch (*m_connectivityState) {
        case Connectivity::Online:
            m_connectivity->setText(tr("● Online"));
            break;
        case Connectivity::Offline:
            m_connectivity->setText(tr("○ Offline: working from the cache"));
            break;
        case Connectivity::Unknown:
            m_connectivity->setText(tr("○ Not connected yet"));
            break;
        }
    }
    m_connectivity->setVisible(m_connectivityState.has_value() || m_workOffline == WorkOffline::On);

    if (m_lastSyncTime) {
        const QDateTime local = m_lastSyncTime->toLocalTime();
        if (!local.isValid())
            m_lastSync->setText(tr("never synchronised"));
        else if (local.date() == QDate::currentDate())
            m_lastSync->setText(
                tr("last sync %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat)));
        else
            m_lastSync->setText(
                tr("last sync %1").arg(QLocale().toString(local, QLocale::ShortFormat)));
    }
    m_lastSync->setVisible(m_lastSyncTime.has_value());

    if (m_pendingCount) {
        m_pending->setText(m_conflictCount > 0
                               ? tr("%n change(s) waiting", nullptr, *m_pendingCount) + u", "_s +
                                     tr("%n conflict(s) to resolve", nullptr, m_conflictCount)
                               : tr("%n change(s) waiting", nullptr, *m_pendingCount));
        m_pending->setAccessibleName(m_pending->text());
        m_pending->setToolTip(tr("Show the changes that still have to be sent"));
    }
    m_pending->setVisible(m_pendingCount.has_value());

    if (!m_who.isEmpty() || !m_where.isEmpty()) {
        QStringList parts;
        for (const QString &p : {m_where, m_role, m_who}) {
            if (!p.isEmpty())
                parts << p;
        }
        m_session->setText(parts.join(u" – "_s));
    }
    m_session->setVisible(!m_who.isEmpty() || !m_where.isEmpty());

    if (m_fill) {
        const auto [records, total] = *m_fill;
        m_fillLabel->setText(tr("Filling the cache: %1 records").arg(QLocale().toString(records)));
        // QProgressBar counts in int; a percentage fits any cache.
        if (total > 0) {
            m_fillBar->setRange(0, 100);
            m_fillBar->setValue(int(qBound(qint64(0), records * 100 / total, qint64(100))));
        } else {
            m_fillBar->setRange(0, 0); // busy: the hub did not say how much is coming
        }
        m_fillBar->setAccessibleName(tr("Progress of the first fill"));
        m_cancelFill->setText(tr("Cancel"));
        m_cancelFill->setAccessibleName(tr("Cancel the first fill"));
        m_cancelFill->setToolTip(
            tr("Stop filling the cache; what arrived so far stays usable, and Sync now goes on "
               "from there"));
    }
    m_fillLabel->setVisible(m_fill.has_value());
    m_fillBar->setVisible(m_fill.has_value());
    m_cancelFill->setVisible(m_fill.has_value());

    if (m_cachePath.isEmpty()) {
        m_cache->setText(tr("No cache open"));
        m_cache->setToolTip({});
    } else {
        const QString name = QFileInfo(m_cachePath).fileName();
        m_cache->setText(m_cacheKind == CacheKind::Demo
                             ? tr("Cache: %1 (demo data, people who do not exist)").arg(name)
                             : tr("Cache: %1").arg(name));
        m_cache->setToolTip(QFileInfo(m_cachePath).absoluteFilePath());
    }
    m_cache->setVisible(true);

    if (m_citizenCount) {
        const int count = int(qMin<qint64>(*m_citizenCount, std::numeric_limits<int>::max()));
        m_count->setText(tr("%Ln citizen(s)", nullptr, count));
        m_count->setVisible(true);
    } else if (m_counting) {
        m_count->setText(tr("counting citizens…"));
        m_count->setVisible(true);
    } else {
        m_count->clear();
        m_count->setVisible(false);
    }
}

} // namespace loket::ui
