#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace loket {

// An account `loket-hub --demo` announced on its standard output.
struct DemoAccount
{
    QString user;
    QString password;
    QString role;
    QStringList scope; // NIS codes
};

// Runs loket-hub as a child process on a free loopback port (the embedded demo, the benchmark,
// the integration tests) and reads what it announces: its address on the first line, then the
// demo accounts. Stopping sends SIGTERM; kill() is SIGKILL for fault tests.
class LocalHub final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;  // empty: findProgram()
        QString database; // SQLite file or postgresql:// URL
        quint16 port = 0; // 0: a free one
        bool demo = false;
        qint64 citizens = 0; // with demo; 0: the hub's default
        quint64 seed = 1;
        QStringList extraArguments;
    };

    explicit LocalHub(QObject *parent = nullptr);
    ~LocalHub() override;

    // loket-hub next to the running program (installed), in the build tree, or on PATH.
    static QString findProgram();

    void start(const Options &options);
    // Spins an event loop until the hub listens, fails or `timeoutMs` passes.
    bool waitForStarted(int timeoutMs);
    bool isRunning() const;
    void stop(int timeoutMs = 10000);
    void kill();

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    qint64 pid() const;
    QList<DemoAccount> accounts() const { return m_accounts; }
    // The demo account with `role` whose scope is exactly `scope`.
    std::optional<DemoAccount> account(const QString &role, const QStringList &scope) const;
    QString errorString() const { return m_error; }
    QString standardError() const { return QString::fromUtf8(m_stderr); }

signals:
    void started(const QUrl &url);
    void failed(const QString &error);
    void finished(int exitCode);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    QList<DemoAccount> m_accounts;
    QString m_error;
    bool m_failed = false;
};

} // namespace loket
