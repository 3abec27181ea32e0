#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace loket::ui {

// Tells when the staff member has walked away: no keyboard, mouse or touch input for the
// configured time, or the machine slept (the wall clock moved on further than the monotonic
// clock, which stands still during a suspend). Both time sources can be replaced, so tests
// move time by hand instead of waiting.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    using Milliseconds = std::function<qint64()>;

    explicit IdleWatcher(QObject *parent = nullptr);

    // 0 switches the watch off (no one signed in: there is nothing to unlock with).
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeSources(Milliseconds wallMs, Milliseconds monotonicMs);

    // Counts as input now; the application's input events call it through the event filter.
    void noteActivity();
    // Looks at the clocks now; a timer calls it every second.
    void check();

signals:
    // Emitted once per absence; noteActivity() or setTimeoutMs() arms it again.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Milliseconds m_wallMs;
    Milliseconds m_monotonicMs;
    qint64 m_timeoutMs = 0;
    qint64 m_lastActivity = 0;  // monotonic
    qint64 m_lastCheckWall = 0; // wall, at the last check
    qint64 m_lastCheckMono = 0; // monotonic, at the last check
    bool m_fired = false;
    QTimer m_timer;
};

} // namespace loket::ui
