#include "idlewatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>

namespace loket::ui {
namespace {

// A wall-clock jump this much larger than the monotonic time between two checks means the
// machine was suspended (or its clock set forward, which locking does not harm).
constexpr qint64 suspendJumpMs = 30 * 1000;

qint64 monotonicNow()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_wallMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_monotonicMs(&monotonicNow)
{
    m_lastActivity = m_monotonicMs();
    m_lastCheckWall = m_wallMs();
    m_lastCheckMono = m_lastActivity;
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(0, ms);
    noteActivity();
    if (m_timeoutMs > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::setTimeSources(Milliseconds wallMs, Milliseconds monotonicMs)
{
    m_wallMs = std::move(wallMs);
    m_monotonicMs = std::move(monotonicMs);
    m_lastCheckWall = m_wallMs();
    m_lastCheckMono = m_monotonicMs();
    noteActivity();
}

void IdleWatcher::noteActivity()
{
    m_lastActivity = m_monotonicMs();
    m_fired = false;
}

void IdleWatcher::check()
{
    const qint64 wall = m_wallMs();
    const qint64 mono = m_monotonicMs();
    const bool slept = (wall - m_lastCheckWall) - (mono - m_lastCheckMono) > suspendJumpMs;
    m_lastCheckWall = wall;
    m_lastCheckMono = mono;
    if (m_timeoutMs <= 0 || m_fired)
        return;
    if (slept || mono - m_lastActivity >= m_timeoutMs) {
        m_fired = true;
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        // Input while locked unlocks nothing: the lock screen asks for the password.
        if (!m_fired)
            m_lastActivity = m_monotonicMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace loket::ui
