#include "localhub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace loket {

LocalHub::LocalHub(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalHub::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_failed)
            return;
        m_failed = true;
        m_error =
            QCoreApplication::translate("loket::LocalHub", "loket-hub could not be started: %1")
                .arg(m_process.errorString());
        emit failed(m_error);
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        m_stderr += m_process.readAllStandardError();
        if (!m_url.isValid() && !m_failed) {
            m_failed = true;
            m_error = QCoreApplication::translate("loket::LocalHub",
                                                  "loket-hub stopped before it listened: %1")
                          .arg(QString::fromUtf8(m_stderr).trimmed());
            emit failed(m_error);
        }
        emit finished(code);
    });
}

LocalHub::~LocalHub()
{
    if (isRunning())
        stop(5000);
}

QString LocalHub::findProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("loket-hub")),
                                     here.filePath(QStringLiteral("../hub/loket-hub")),
                                     here.filePath(QStringLiteral("../../hub/loket-hub")),
                                     here.filePath(QStringLiteral("../../../hub/loket-hub"))}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("loket-hub"));
}

void LocalHub::start(const Options &options)
{
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_accounts.clear();
    m_error.clear();
    m_failed = false;
    const QString program = options.program.isEmpty() ? findProgram() : options.program;
    QStringList arguments{QStringLiteral("--db"),     options.database,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),   QString::number(options.port)};
    if (options.demo) {
        arguments << QStringLiteral("--demo") << QStringLiteral("--seed")
                  << QString::number(options.seed);
        if (options.citizens > 0)
            arguments << QStringLiteral("--citizens") << QString::number(options.citizens);
    }
    arguments += options.extraArguments;
    if (program.isEmpty()) {
        m_failed = true;
        m_error = QCoreApplication::translate("loket::LocalHub", "loket-hub was not found.");
        QTimer::singleShot(0, this, [this] { emit failed(m_error); });
        return;
    }
    m_process.start(program, arguments);
}

void LocalHub::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(end)).trimmed();
        m_stdout.remove(0, end + 1);
        if (line.startsWith(QLatin1String("listening on "))) {
            m_url = QUrl(line.mid(13));
            emit started(m_url);
        } else if (line.startsWith(QLatin1String("demo account: "))) {
            const QStringList parts = line.mid(14).split(u' ', Qt::SkipEmptyParts);
            if (parts.size() >= 4)
                m_accounts.append({parts.at(0), parts.at(1), parts.at(2), parts.at(3).split(u',')});
        }
    }
}

bool LocalHub::waitForStarted(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_url.isValid() && !m_failed && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer tick;
        connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &LocalHub::started, &loop, &QEventLoop::quit);
        connect(this, &LocalHub::failed, &loop, &QEventLoop::quit);
        tick.start(50);
        loop.exec();
    }
    if (!m_url.isValid() && !m_failed)
        m_error = QCoreApplication::translate("loket::LocalHub",
                                              "loket-hub did not start listening within %1 s.")
                      .arg(timeoutMs / 1000);
    // The accounts follow the address in the same flushed block.
    if (m_url.isValid())
        readOutput();
    return m_url.isValid();
}

bool LocalHub::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 LocalHub::pid() const
{
    return m_process.processId();
}

void LocalHub::stop(int timeoutMs)
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
}

void LocalHub::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

std::optional<DemoAccount> LocalHub::account(const QString &role, const QStringList &scope) const
{
    for (const DemoAccount &a : m_accounts) {
        if (a.role == role && a.scope == scope)
            return a;
    }
    return std::nullopt;
}

} // namespace loket
