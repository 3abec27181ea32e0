#include "demowindow.h"
#include "store/connection.h"
#include "store/store.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace loket::testing {

DemoWindow::DemoWindow(const QString &directory, qint64 citizens, const QString &hubBinary)
    : m_directory(directory)
    , m_citizens(citizens)
    , m_hubBinary(hubBinary)
    , m_settings(std::make_unique<ui::Settings>(QDir(directory).filePath(u"settings.ini"_s)))
    , m_language(std::make_unique<ui::UiLanguage>(*m_settings))
{
    m_language->setSessionOverride(u"en"_s);
    m_language->apply();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, *m_language);
    m_window->resize(1366, 768);
    m_window->show();
    m_window->activateWindow();
}

DemoWindow::~DemoWindow()
{
    m_demo.reset(); // the hub first: it belongs to the window's session
    m_window.reset();
}

bool DemoWindow::waitUntilReady(QString *error)
{
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        *error = u"the window did not become active"_s;
        return false;
    }
    QSignalSpy opened(m_window.get(), &ui::MainWindow::cacheOpened);
    m_demo = std::make_unique<ui::DemoHub>(*m_window);
    QSignalSpy failed(m_demo.get(), &ui::DemoHub::failed);
    m_demo->start(QDir(m_directory).filePath(u"demo"_s), m_citizens, m_hubBinary);
    if (!QTest::qWaitFor([&] { return opened.count() == 1 || failed.count() > 0; }, 180000) ||
        !failed.isEmpty()) {
        *error = failed.isEmpty() ? u"the demo did not open its cache in time"_s
                                  : failed.first().first().toString();
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_window->store()->session().isValid(); }, 60000)) {
        *error = u"the demo did not sign in"_s;
        return false;
    }
    return true;
}

QString DemoWindow::scalar(const QString &sql, const QVariantList &values) const
{
    Connection c(u"demo-window-read"_s);
    if (!c.open(m_window->cachePath(), Connection::Mode::ReadOnly))
        return {};
    QSqlQuery q(c.database());
    if (!q.prepare(sql))
        return {};
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace loket::testing
