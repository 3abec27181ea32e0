#pragma once

#include "demo/regiongenerator.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace loket::ui {

class MainWindow;

// Builds the demo cache (loket::demo::seedCache) on a worker thread, reports progress to the
// UI thread, and can be cancelled; the window stays usable meanwhile (UI.md "Long work").
class DemoCacheBuilder final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Created, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit DemoCacheBuilder(QObject *parent = nullptr);
    ~DemoCacheBuilder() override;

    // Where `loket --demo` keeps its cache: the user's data directory.
    static QString defaultPath(qint64 citizens);
    // Opens the demo cache at `path` in `window`; creates it first when it does not exist yet,
    // with a progress dialog that can cancel while the window stays usable.
    static void openInWindow(MainWindow &window, const QString &path,
                             const demo::RegionOptions &options);

    void start(const QString &path, const demo::RegionOptions &options);
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(loket::ui::DemoCacheBuilder::Outcome outcome, const QString &path,
                  const QString &error);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace loket::ui
