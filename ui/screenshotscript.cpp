#include "screenshotscript.h"
#include "citizenresultsmodel.h"
#include "guidepanel.h"
#include "mainwindow.h"
#include "openitemspanel.h"

#include <QImageWriter>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>

namespace loket::ui {

ScreenshotScript::ScreenshotScript(MainWindow &window, const QString &file, const QString &query,
                                   int pick, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
    , m_query(query)
    , m_pick(pick)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the window did not reach the scripted state in time"));
    });
}

void ScreenshotScript::start(int timeoutMs)
{
    connect(&m_window, &MainWindow::cacheOpened, this, &ScreenshotScript::onCacheOpened);
    connect(&m_window, &MainWindow::cacheFailed, this,
            [this](const QString &, const QString &error) { fail(error); });
    connect(&m_window, &MainWindow::resultsShown, this, &ScreenshotScript::onResults);
    connect(&m_window, &MainWindow::citizenCountShown, this, &ScreenshotScript::onCounted);
    m_timeout.start(timeoutMs);
}

void ScreenshotScript::onCacheOpened()
{
    // Typed as a person would: the box fills and the results follow each keystroke.
    m_window.searchBox()->setText(m_query);
}

void ScreenshotScript::onResults(const QString &query, int count)
{
    if (query != m_query || m_picked)
        return;
    if (count == 0) {
        fail(QStringLiteral("no citizen matches the screenshot query"));
        return;
    }
    const int row = qBound(0, m_pick, count - 1);
    // Walk down to the chosen row as Down would, then open it as Enter would.
    m_window.resultsView()->setCurrentIndex(m_window.resultsModel()->index(row));
    m_window.resultsView()->scrollTo(m_window.resultsModel()->index(row));
    m_picked = true;
    if (m_window.resultsModel()->hit(row).online) {
        // Found by the hub's online lookup (the helpdesk): fetched into the cache first, as
        // Enter does; a fetch that fails ends in the timeout with the window's own message.
        connect(
            &m_window, &MainWindow::dossierOpened, this, [this] { onDossierOpen(); },
            Qt::SingleShotConnection);
        m_counted = false; // the status bar counts the fetched dossier too: wait for that
        m_window.openResult(row);
        return;
    }
    if (!m_window.openDossier(m_window.resultsModel()->hit(row).id)) {
        fail(QStringLiteral("the chosen dossier could not be opened"));
        return;
    }
    onDossierOpen();
}

void ScreenshotScript::onDossierOpen()
{
    m_dossierOpen = true;
    m_window.dossierView()->showTab(m_tab);
    if (!m_assistGuide.isEmpty()) {
        m_window.showGuidePanel();
        m_window.guidePanel()->openGuide(m_assistGuide);
        m_window.guidePanel()->setAssisting(true);
        if (!m_window.guidePanel()->isAssisting()) {
            fail(QStringLiteral("remote assistance could not start for guide %1")
                     .arg(m_assistGuide));
            return;
        }
        // Two steps into the guide, as in the middle of a call.
        m_window.guidePanel()->nextStep();
        m_window.guidePanel()->nextStep();
    }
    // The search box keeps the focus, so the screenshot shows where typing goes.
    m_window.searchBox()->setFocus();
    m_window.searchBox()->deselect();
    grabWhenReady();
}

void ScreenshotScript::onCounted()
{
    m_counted = true;
    grabWhenReady();
}

void ScreenshotScript::grabWhenReady()
{
    if (!m_dossierOpen || !m_counted)
        return;
    // The open items are read on their own thread: the picture waits for them.
    OpenItemsPanel *openItems = m_window.dossierView()->openItemsPanel();
    if (openItems->isLoading()) {
        connect(openItems, &OpenItemsPanel::loaded, this, &ScreenshotScript::grabWhenReady,
                Qt::SingleShotConnection);
        return;
    }
    // One turn of the event loop lets the layouts settle before the picture is taken.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QPixmap picture = m_window.grab();
            QImageWriter writer(m_file);
            if (!writer.write(picture.toImage())) {
                fail(writer.errorString());
                return;
            }
            m_timeout.stop();
            emit finished(0, QStringLiteral("screenshot written: %1 (%2x%3)")
                                 .arg(m_file)
                                 .arg(picture.width())
                                 .arg(picture.height()));
        },
        Qt::QueuedConnection);
}

void ScreenshotScript::fail(const QString &why)
{
    m_timeout.stop();
    emit finished(1, QStringLiteral("screenshot failed: %1").arg(why));
}

} // namespace loket::ui
