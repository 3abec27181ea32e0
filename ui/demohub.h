#pragma once

#include "sync/localhub.h"

#include <QObject>
#include <QString>

namespace loket::ui {

class MainWindow;

// `loket --demo`: runs `loket-hub --demo` as a child process on a free loopback port with its own
// database, signs the window in as the demo counter (or helpdesk) account of one municipality and
// lets the sync engine fill the cache from it. The hub stops when this object goes (the app quits).
// A hub that cannot be found or started is reported in the window; there is no silent fallback.
class DemoHub final : public QObject
{
    Q_OBJECT
public:
    explicit DemoHub(MainWindow &window, QObject *parent = nullptr);
    ~DemoHub() override;

    // The user's data directory for a demo region of `citizens`: the hub's database and the
    // cache live there, so the region is generated once.
    static QString defaultDirectory(qint64 citizens);

    // Starts the hub (`program` empty: LocalHub::findProgram()) with its database in `directory`
    // and connects the window once it listens.
    void start(const QString &directory, qint64 citizens, const QString &program = {});
    // The role whose demo account the window signs in with: counter (the default) or helpdesk
    // (the region-wide lookup). Set before start().
    enum class Role { Counter, Helpdesk };
    void setRole(Role role) { m_role = role; }
    void stop();

    LocalHub &hub() { return m_hub; }
    // The account the window signed in with, once the hub listed it.
    DemoAccount account() const { return m_account; }

signals:
    void failed(const QString &message);

private:
    void onStarted();
    void fail(const QString &detail);

    MainWindow &m_window;
    LocalHub m_hub;
    QString m_directory;
    DemoAccount m_account;
    Role m_role = Role::Counter;
    bool m_listening = false;
};

} // namespace loket::ui
