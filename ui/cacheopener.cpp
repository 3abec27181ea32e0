#include "cacheopener.h"
#include "store/connection.h"
#include "store/repositories.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace loket::ui {

CacheOpener::CacheOpener(QObject *parent)
    : QObject(parent)
{}

CacheOpener::~CacheOpener()
{
    // A count cannot be interrupted halfway; waiting is bounded by one count(*).
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void CacheOpener::open(const QString &path)
{
    const quint64 generation = ++m_generation;
    QPointer<CacheOpener> self(this);
    auto report = [self, generation](auto &&call) {
        // Runs on the worker: hand the result to our thread, where stale answers are dropped.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, call] {
                if (self && self->m_generation == generation)
                    call(self.data());
            },
            Qt::QueuedConnection);
    };

    QThread *thread = QThread::create([path, report] {
        QString kind;
        {
            Connection connection(u"open"_s);
            bool ok = connection.open(path, Connection::Mode::ReadOnly);
            if (!ok && connection.error() == Connection::Error::OlderSchema) {
                // Migrate once with a writer connection, then read as everyone else will.
                Connection writer(u"migrate"_s);
                ok = writer.open(path, Connection::Mode::ReadWrite);
                if (!ok) {
                    const QString error = writer.errorString();
                    report([path, error](CacheOpener *o) {
                        emit o->prepared(path, false, error, {});
                    });
                    return;
                }
                writer.close();
                ok = connection.open(path, Connection::Mode::ReadOnly);
            }
            if (!ok) {
                const QString error = connection.errorString();
                report([path, error](CacheOpener *o) { emit o->prepared(path, false, error, {}); });
                return;
            }
            const CacheReader reader(connection.database());
            kind = reader.meta(u"kind"_s);
            report([path, kind](CacheOpener *o) { emit o->prepared(path, true, {}, kind); });
            const qint64 citizens = reader.citizenCount();
            report([path, citizens](CacheOpener *o) { emit o->counted(path, citizens); });
        }
    });
    thread->setObjectName(u"loket-open-cache"_s);
    connect(thread, &QThread::finished, this, [this, thread] { finishThread(thread); });
    m_threads.append(thread);
    thread->start();
}

void CacheOpener::finishThread(QThread *thread)
{
    m_threads.removeOne(thread);
    thread->wait();
    delete thread;
}

} // namespace loket::ui
