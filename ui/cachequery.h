#pragma once

#include "store/connection.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <utility>

namespace loket::ui {

// Runs `work(QSqlDatabase, QString *error)` on a thread of its own with a read-only connection
// to the cache at `path`, so that the UI thread never waits on a query, and hands its result and
// error to `done(result, error)` on `owner`'s thread, unless `owner` is gone by then. The thread
// is kept in `threads` (a member of `owner`) until it ends; the owner waits for those left in
// its destructor.
template<typename Owner, typename Work, typename Done>
void queryCache(Owner *owner, const QString &path, QList<QThread *> &threads, Work work, Done done)
{
    QPointer<Owner> guard(owner);
    QThread *thread = QThread::create([guard, path, work, done] {
        QString error;
        auto result = decltype(work(std::declval<QSqlDatabase>(), &error)){};
        {
            Connection connection(QStringLiteral("cache-query"));
            if (!connection.open(path, Connection::Mode::ReadOnly))
                error = connection.errorString();
            else
                result = work(connection.database(), &error);
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, result = std::move(result), error]() mutable {
                if (guard)
                    done(std::move(result), error);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("loket-cache-query"));
    QObject::connect(thread, &QThread::finished, owner, [&threads, thread] {
        threads.removeOne(thread);
        thread->wait();
        delete thread;
    });
    threads.append(thread);
    thread->start();
}

} // namespace loket::ui
