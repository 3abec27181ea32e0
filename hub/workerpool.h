#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace loket::hub {

// A fixed set of worker threads with one queue. Unlike QThreadPool's, these threads run a
// clean-up of their own (closing their database connection) before they end, and stop() joins
// them, so nothing of theirs outlives the process's global objects.
class WorkerPool final
{
public:
    WorkerPool(int threads, std::function<void()> atThreadExit);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void start(std::function<void()> job);
    // Runs what is queued, then ends and joins the threads. start() afterwards does nothing.
    void stop();

private:
    void work();

    std::function<void()> m_atThreadExit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace loket::hub
