#pragma once

#include "ui/demohub.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace loket::testing {

// The window as `loket --demo` runs it, for the UI tests against the real hub: English,
// 1366x768, active, its own settings file, a demo hub of `citizens` people that it signed in
// to and whose feed filled its cache.
class DemoWindow final
{
public:
    // `directory` holds the settings file and the demo's cache and hub database.
    DemoWindow(const QString &directory, qint64 citizens, const QString &hubBinary);
    ~DemoWindow();

    // Waits until the cache is open and the session is valid; false (with `error`) otherwise.
    bool waitUntilReady(QString *error);

    ui::MainWindow &window() { return *m_window; }
    ui::DemoHub &demo() { return *m_demo; }
    ui::Settings &settings() { return *m_settings; }
    // A value from the window's cache (read-only), for picking a citizen or a document; the
    // `values` are bound to the statement's placeholders in order.
    QString scalar(const QString &sql, const QVariantList &values = {}) const;

private:
    QString m_directory;
    qint64 m_citizens;
    QString m_hubBinary;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::UiLanguage> m_language;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DemoHub> m_demo;
};

} // namespace loket::testing
