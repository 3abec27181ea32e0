#include "demohub.h"
#include "mainwindow.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::ui {

DemoHub::DemoHub(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(&m_hub, &LocalHub::started, this, &DemoHub::onStarted);
    connect(&m_hub, &LocalHub::failed, this, &DemoHub::fail);
    connect(&m_hub, &LocalHub::finished, this, [this](int exitCode) {
        // Stopping it ourselves is no news; the hub dying under a running demo is. With the
        // cache open the window goes on offline, as with any unreachable hub.
        if (m_listening && m_window.cachePath().isEmpty())
            fail(tr("it stopped unexpectedly (exit code %1). %2")
                     .arg(exitCode)
                     .arg(m_hub.standardError().trimmed()));
    });
}

DemoHub::~DemoHub()
{
    stop();
}

QString DemoHub::defaultDirectory(qint64 citizens)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"demo-hub-%1"_s.arg(citizens));
}

void DemoHub::start(const QString &directory, qint64 citizens, const QString &program)
{
    m_directory = directory;
    if (!QDir().mkpath(directory)) {
        fail(tr("its folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)));
        return;
    }
    LocalHub::Options options;
    options.program = program;
    options.database = QDir(directory).filePath(u"hub.sqlite"_s);
    options.demo = true;
    options.citizens = citizens;
    m_window.showPreparing(
        tr("Starting the demo regional service with %Ln generated citizen(s) (people who do "
           "not exist). The first start creates the region and takes a little longer.",
           nullptr, int(citizens)));
    m_hub.start(options);
}

void DemoHub::stop()
{
    m_listening = false;
    m_hub.stop();
}

void DemoHub::onStarted()
{
    m_listening = true;
    // The accounts follow the address line; read what is there.
    m_hub.waitForStarted(0);
    const QString role = m_role == Role::Helpdesk ? u"helpdesk"_s : u"counter"_s;
    QList<DemoAccount> counters;
    for (const DemoAccount &a : m_hub.accounts()) {
        if (a.role == role && a.scope.size() == 1)
            counters << a;
    }
    if (counters.isEmpty()) {
        fail(tr("it listed no %1 account for a single municipality.").arg(role));
        return;
    }
    // Always the same municipality, whatever order the hub lists them in.
    std::sort(counters.begin(), counters.end(), [](const DemoAccount &a, const DemoAccount &b) {
        return a.scope.constFirst() < b.scope.constFirst();
    });
    m_account = counters.constFirst();
    // Each role its own cache: a helpdesk caches only what it opened, never a counter's region.
    const QString cache = m_role == Role::Helpdesk ? u"cache-helpdesk.loket"_s : u"cache.loket"_s;
    m_window.connectToHub(QDir(m_directory).filePath(cache), m_hub.url(), m_account.user,
                          m_account.password, MainWindow::CacheOrigin::Demo);
}

void DemoHub::fail(const QString &detail)
{
    m_listening = false;
    const QString message =
        tr("The demo regional service (loket-hub) could not be used: %1\n\nInstall the "
           "loket-hub program next to loket, or start Loket with --db FILE to open a cache.")
            .arg(detail);
    m_window.showNoCache(message);
    emit failed(message);
}

} // namespace loket::ui
