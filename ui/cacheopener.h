#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace loket::ui {

// Gets a cache ready for the window off the UI thread: checks the file, brings an older schema
// up to date (that writes, and may take a while on a big cache), reads what kind of cache it is,
// then counts its citizens (seconds on a million rows). Only the newest request reports back.
class CacheOpener final : public QObject
{
    Q_OBJECT
public:
    explicit CacheOpener(QObject *parent = nullptr);
    ~CacheOpener() override;

    // Starts preparing `path`; an earlier request that has not finished stops reporting.
    void open(const QString &path);

signals:
    // The cache can be read with a ReadOnly connection (`ok`), or `error` says why not.
    // `kind` is the cache's meta "kind" ("demo" for generated data).
    void prepared(const QString &path, bool ok, const QString &error, const QString &kind);
    void counted(const QString &path, qint64 citizens);

private:
    void finishThread(QThread *thread);

    quint64 m_generation = 0;
    QList<QThread *> m_threads;
};

} // namespace loket::ui
