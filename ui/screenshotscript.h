#pragma once

#include "dossierview.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace loket::ui {

class MainWindow;

// `loket --screenshot FILE`: once the cache is open, types a query into the search box, opens
// the chosen result's dossier, waits for the citizen count and the dossier's open items, grabs
// the window into FILE and quits. The documentation's screenshots come from this path through the
// real application.
class ScreenshotScript final : public QObject
{
    Q_OBJECT
public:
    ScreenshotScript(MainWindow &window, const QString &file, const QString &query, int pick,
                     QObject *parent = nullptr);

    // Starts waiting for the window; `finished` follows with 0 once FILE is written, 1 on
    // failure or when nothing happened within `timeoutMs`.
    void start(int timeoutMs = 120000);
    // The dossier tab the picture shows (the overview unless set).
    void setTab(DossierView::Tab tab) { m_tab = tab; }
    // A guide to show in remote assistance beside the dossier (issue 8); empty: none.
    void setAssistGuide(const QString &guideId) { m_assistGuide = guideId; }

signals:
    void finished(int exitCode, const QString &message);

private:
    void onCacheOpened();
    void onResults(const QString &query, int count);
    void onCounted();
    void onDossierOpen();
    void grabWhenReady();
    void fail(const QString &why);

    MainWindow &m_window;
    QString m_file;
    QString m_query;
    int m_pick;
    DossierView::Tab m_tab = DossierView::Tab::Overview;
    QString m_assistGuide;
    bool m_picked = false; // a result was chosen: later result lists are not looked at
    bool m_dossierOpen = false;
    bool m_counted = false;
    QTimer m_timeout;
};

} // namespace loket::ui
