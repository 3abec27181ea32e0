#include "demoseed.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace loket::demo {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeed", text);
}

constexpr qint64 batchSize = 2000;

// Batches per transaction: large enough for sorting by id to pay off (see sortedById), small
// enough that progress, and so a cancel, comes at least every eighth of the way.
qint64 batchesPerTransaction(qint64 batches)
{
    return std::clamp<qint64>(batches / 8, 1, 25);
}

bool removeCacheFiles(const QString &path, QString *error)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            if (error)
                *error = tr("Cannot remove %1.").arg(file);
            return false;
        }
    }
    return true;
}

struct Batch
{
    std::vector<CitizenBundle> bundles; // in index order
    QList<SearchKey> searchKeys;        // searchKeyFor() of each citizen
};

// Generates batches of citizens on worker threads for several consumers, each of which takes
// every batch in index order. Workers stay about two transactions ahead of the slowest
// consumer: enough to generate the next transaction while one is written, and memory stays
// bounded on a million citizens.
class BatchPipeline final
{
public:
    BatchPipeline(const RegionGenerator &generator, int workers, int consumers)
        : m_generator(generator)
        , m_batches((generator.citizenCount() + batchSize - 1) / batchSize)
        , m_window(2 * batchesPerTransaction(m_batches) + workers)
        , m_taken(size_t(consumers), 0)
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~BatchPipeline()
    {
        stop();
        for (std::thread &t : m_threads)
            t.join();
    }
    BatchPipeline(const BatchPipeline &) = delete;
    BatchPipeline &operator=(const BatchPipeline &) = delete;

    qint64 batchCount() const { return m_batches; }

    // Batch `number` for `consumer`, who takes them in order; null once stopped.
    std::shared_ptr<const Batch> take(int consumer, qint64 number)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_ready.count(number) > 0; });
        if (m_stop)
            return nullptr;
        auto &entry = m_ready[number];
        std::shared_ptr<const Batch> batch = entry.batch;
        if (++entry.takers == int(m_taken.size()))
            m_ready.erase(number);
        m_taken[size_t(consumer)] = number + 1;
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
    }

private:
    void work()
    {
        SearchKeyBuilder keys; // per thread: it remembers the tokens of names and streets
        for (;;) {
            qint64 number;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stop ||
                           m_next < *std::min_element(m_taken.begin(), m_taken.end()) + m_window;
                });
                if (m_stop || m_next >= m_batches)
                    return;
                number = m_next++;
            }
            const qint64 first = number * batchSize;
            const qint64 last = std::min(first + batchSize, m_generator.citizenCount());
            auto batch = std::make_shared<Batch>();
            batch->bundles.reserve(size_t(last - first));
            batch->searchKeys.reserve(last - first);
            for (qint64 i = first; i < last; ++i) {
                batch->bundles.push_back(m_generator.citizen(i));
                batch->searchKeys.append(keys.keyFor(batch->bundles.back().citizen));
            }
            {
                std::lock_guard lock(m_mutex);
                m_ready[number].batch = std::move(batch);
            }
            m_changed.notify_all();
        }
    }

    struct Entry
    {
        std::shared_ptr<const Batch> batch;
        int takers = 0;
    };

    const RegionGenerator &m_generator;
    const qint64 m_batches;
    const qint64 m_window;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<qint64, Entry> m_ready;
    std::vector<qint64> m_taken; // per consumer: the next batch it will take
    qint64 m_next = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    QString message;
    if (sqliteExec(db, sql, &message))
        return true;
    if (error)
        *error = tr("Writing the demo cache failed: %1").arg(message);
    return false;
}

// Opens a file that nobody else has open for bulk writing: no journal, no syncs, a large page
// cache, no checks the generator's own records cannot fail. A crash leaves a broken .partial,
// never a broken cache.
bool openForBulk(Connection &connection, const QString &path, QString *error)
{
    if (!connection.open(path)) {
        if (error)
            *error = connection.errorString();
        return false;
    }
    sqlite3 *db = connection.handle();
    return exec(db, "PRAGMA journal_mode = OFF", error) &&
           exec(db, "PRAGMA synchronous = OFF", error) &&
           exec(db, "PRAGMA cache_size = -262144", error) &&
           exec(db, "PRAGMA locking_mode = EXCLUSIVE", error) &&
           exec(db, "PRAGMA foreign_keys = OFF", error) &&
           exec(db, "PRAGMA ignore_check_constraints = ON", error);
}

using Chunk = std::vector<std::shared_ptr<const Batch>>;

// Takes every batch in order and hands them to `write` a transaction's worth at a time.
// `done` counts the citizens written; returns false on a write error or when stopped.
template<typename Write>
bool writeAll(BatchPipeline &pipeline, int consumer, sqlite3 *db, Write &&write,
              std::atomic<qint64> &done, const std::function<bool()> &keepGoing, QString *error)
{
    Chunk chunk;
    const qint64 perTransaction = batchesPerTransaction(pipeline.batchCount());
    for (qint64 number = 0; number < pipeline.batchCount(); ++number) {
        std::shared_ptr<const Batch> batch = pipeline.take(consumer, number);
        if (!batch)
            return false;
        chunk.push_back(std::move(batch));
        if (qint64(chunk.size()) < perTransaction && number + 1 < pipeline.batchCount())
            continue;
        if (!exec(db, "BEGIN", error) || !write(chunk) || !exec(db, "COMMIT", error))
            return false;
        for (const auto &b : chunk)
            done += qint64(b->bundles.size());
        chunk.clear();
        if (!keepGoing())
            return false;
    }
    return true;
}

// The records of a chunk in id order. Ids are random, so rows in generation order would land
// all over every b-tree keyed by id; sorted, consecutive inserts meet pages already in cache.
template<typename Record, typename Member>
std::vector<const Record *> sortedById(const Chunk &chunk, Member member)
{
    std::vector<const Record *> out;
    for (const auto &batch : chunk) {
        for (const CitizenBundle &b : batch->bundles) {
            for (const Record &r : b.*member)
                out.push_back(&r);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Record *a, const Record *b) { return a->id < b->id; });
    return out;
}

// Secondary indexes cost a random insert per row; building them once after the load is a
// sort. Their definitions come from the schema itself, so they come back exactly as they were.
bool dropIndexes(sqlite3 *db, std::initializer_list<const char *> tables,
                 QList<QByteArray> *dropped, QString *error)
{
    SqliteStatement find(db, "SELECT name, sql FROM sqlite_master"
                             " WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?1");
    QList<QByteArray> names;
    for (const char *table : tables) {
        find.bind(1, QString::fromLatin1(table));
        while (find.step() == SQLITE_ROW) {
            names.append(find.text(0).toUtf8());
            dropped->append(find.text(1).toUtf8());
        }
        find.reset();
    }
    for (const QByteArray &name : std::as_const(names)) {
        QByteArray drop = "DROP INDEX \"";
        drop += QByteArray(name).replace('"', "\"\"") + '"';
        if (!exec(db, drop.constData(), error))
            return false;
    }
    return true;
}

// The history tables are keyed by their record's random id: filled row by row, every insert
// lands on a random page of a b-tree that outgrows any cache. In the throwaway shard the real
// table is set aside and rows go into a plain table with the same columns, in arrival order;
// at the end they are copied into the real table in key order, filling it from left to right.
struct KeyedTable
{
    const char *name;
    const char *key;
};

bool setAsideKeyed(sqlite3 *db, std::initializer_list<KeyedTable> tables, QString *error)
{
    for (const KeyedTable &t : tables) {
        const QByteArray name(t.name);
        const QByteArray aside = "ALTER TABLE " + name + " RENAME TO " + name + "_keyed";
        const QByteArray plain =
            "CREATE TABLE " + name + " AS SELECT * FROM " + name + "_keyed WHERE 0";
        if (!exec(db, aside.constData(), error) || !exec(db, plain.constData(), error))
            return false;
    }
    return true;
}

bool fillKeyed(sqlite3 *db, std::initializer_list<KeyedTable> tables, QString *error)
{
    for (const KeyedTable &t : tables) {
        const QByteArray name(t.name);
        const QByteArray fill = "INSERT INTO " + name + "_keyed SELECT * FROM " + name +
                                " ORDER BY " + QByteArray(t.key);
        const QByteArray drop = "DROP TABLE " + name;
        const QByteArray back = "ALTER TABLE " + name + "_keyed RENAME TO " + name;
        if (!exec(db, "BEGIN", error) || !exec(db, fill.constData(), error) ||
            !exec(db, drop.constData(), error) || !exec(db, back.constData(), error) ||
            !exec(db, "COMMIT", error))
            return false;
    }
    return true;
}

const std::initializer_list<KeyedTable> historyTables = {
    {"report_status", "report_id, seq"},
    {"report_citizen", "report_id, citizen_id"},
    {"document_event", "document_id, seq"},
};

bool recreateIndexes(sqlite3 *db, const QList<QByteArray> &definitions, QString *error)
{
    for (const QByteArray &sql : definitions) {
        if (!exec(db, sql.constData(), error))
            return false;
    }
    return true;
}

// Writes reports and documents into a shard file of its own on a second thread, while the
// caller writes citizens and contact moments and builds the search index: SQLite writes one
// file from one thread at a time, and this splits the work about evenly.
class ShardWriter final
{
public:
    ShardWriter(BatchPipeline &pipeline, QString path)
        : m_pipeline(pipeline)
        , m_path(std::move(path))
        , m_thread([this] { run(); })
    {}
    ~ShardWriter()
    {
        m_stop = true;
        m_pipeline.stop();
        m_thread.join();
    }
    ShardWriter(const ShardWriter &) = delete;
    ShardWriter &operator=(const ShardWriter &) = delete;

    qint64 done() const { return m_done.load(); }
    bool finished() const { return m_finished.load(); }
    // Only once finished():
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }

private:
    void run()
    {
        {
            Connection connection(QStringLiteral("demo-seed-shard"));
            QList<QByteArray> indexes;
            m_ok = openForBulk(connection, m_path, &m_error) &&
                   dropIndexes(connection.handle(), {"report", "document"}, &indexes, &m_error) &&
                   setAsideKeyed(connection.handle(), historyTables, &m_error);
            if (m_ok) {
                CacheWriter writer(connection);
                auto write = [&writer, this](const Chunk &chunk) {
                    for (const Report *r : sortedById<Report>(chunk, &CitizenBundle::reports)) {
                        if (!writer.upsert(*r))
                            return fail(writer);
                    }
                    for (const Document *d :
                         sortedById<Document>(chunk, &CitizenBundle::documents)) {
                        if (!writer.upsert(*d))
                            return fail(writer);
                    }
                    return true;
                };
                m_ok = writer.errorString().isEmpty() || fail(writer);
                m_ok = m_ok &&
                       writeAll(
                           m_pipeline, 1, connection.handle(), write, m_done,
                           [this] { return !m_stop.load(); }, &m_error) &&
                       recreateIndexes(connection.handle(), indexes, &m_error) &&
                       fillKeyed(connection.handle(), historyTables, &m_error);
            }
        }
        m_finished = true;
    }
    bool fail(const CacheWriter &writer)
    {
        m_error = tr("Writing the demo cache failed: %1").arg(writer.errorString());
        return false;
    }

    BatchPipeline &m_pipeline;
    const QString m_path;
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    bool m_ok = false;
    QString m_error;
    std::thread m_thread; // last: starts once everything above is ready
};

// Everything that touches the .partial files; the caller removes them on failure.
bool build(const QString &partial, const QString &shard, const RegionGenerator &generator,
           const Progress &progress, QString *error)
{
    Connection connection(QStringLiteral("demo-seed"));
    if (!openForBulk(connection, partial, error))
        return false;
    sqlite3 *db = connection.handle();
    CacheWriter writer(connection);
    auto writeFailed = [&writer, error] {
        if (error)
            *error = tr("Writing the demo cache failed: %1").arg(writer.errorString());
        return false;
    };
    if (!writer.errorString().isEmpty())
        return writeFailed();

    const qint64 total = generator.citizenCount();
    const RegionOptions &options = generator.options();
    if (!exec(db, "BEGIN", error))
        return false;
    if (!writer.beginBulkLoad())
        return writeFailed();
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("kind"), QStringLiteral("demo")},
        {QStringLiteral("demo_seed"), QString::number(options.seed)},
        {QStringLiteral("demo_citizens"), QString::number(total)},
        {QStringLiteral("demo_today"), options.today.toString(Qt::ISODate)},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : meta) {
        if (!writer.setMeta(key, value))
            return writeFailed();
    }
    for (const Municipality &m : generator.municipalities()) {
        if (!writer.upsert(m))
            return writeFailed();
    }
    for (const Category &c : generator.categories()) {
        if (!writer.upsert(c))
            return writeFailed();
    }
    if (!exec(db, "COMMIT", error))
        return false;

    auto cancelled = [error] {
        if (error)
            *error = tr("Cancelled; nothing was changed.");
        return false;
    };
    if (progress && !progress(0, total))
        return cancelled();

    // Reports and documents arrive from the shard with sorted indexes.
    QList<QByteArray> indexes;
    if (!dropIndexes(db, {"citizen", "contact_moment"}, &indexes, error))
        return false;

    // Threads: generators on the spare cores (at least one), the shard writer, and this one.
    const int workers = std::max(1, QThread::idealThreadCount() - 2);
    BatchPipeline pipeline(generator, workers, 2);
    ShardWriter shardWriter(pipeline, shard);
    std::atomic<qint64> written{0};
    bool userCancelled = false;
    auto keepGoing = [&] {
        if (progress && !progress(std::min(written.load(), shardWriter.done()), total)) {
            userCancelled = true;
            return false;
        }
        return !shardWriter.finished() || shardWriter.succeeded();
    };
    auto write = [&writer](const Chunk &chunk) {
        std::vector<std::pair<const Citizen *, const SearchKey *>> citizens;
        for (const auto &batch : chunk) {
            for (size_t i = 0; i < batch->bundles.size(); ++i)
                citizens.emplace_back(&batch->bundles[i].citizen,
                                      &batch->searchKeys.at(qsizetype(i)));
        }
        std::sort(citizens.begin(), citizens.end(),
                  [](const auto &a, const auto &b) { return a.first->id < b.first->id; });
        for (const auto &[citizen, searchKey] : citizens) {
            if (!writer.upsert(*citizen, *searchKey))
                return false;
        }
        for (const ContactMoment *c : sortedById<ContactMoment>(chunk, &CitizenBundle::contacts)) {
            if (!writer.upsert(*c))
                return false;
        }
        return true;
    };
    QString loopError;
    const bool wroteAll = writeAll(pipeline, 0, db, write, written, keepGoing, &loopError);
    if (!wroteAll) {
        pipeline.stop();
        if (userCancelled)
            return cancelled();
        if (error)
            *error = !loopError.isEmpty() ? loopError
                     : !writer.errorString().isEmpty()
                         ? tr("Writing the demo cache failed: %1").arg(writer.errorString())
                     : shardWriter.finished() && !shardWriter.succeeded()
                         ? shardWriter.errorString()
                         : tr("Cancelled; nothing was changed.");
        return false;
    }

    // The indexes and the search index, while the shard writer may still be at work. A large
    // FTS5 hash for the rebuild means fewer, larger segments: about a third less work. The
    // cache keeps FTS5's default (1 MiB) for its later, small writes.
    if (!exec(db, "BEGIN", error) || !recreateIndexes(db, indexes, error) ||
        !exec(db, "INSERT INTO citizen_fts(citizen_fts, rank) VALUES ('hashsize', 268435456)",
              error))
        return false;
    if (!writer.finishBulkLoad())
        return writeFailed();
    if (!exec(db, "INSERT INTO citizen_fts(citizen_fts, rank) VALUES ('hashsize', 1048576)",
              error) ||
        !exec(db, "COMMIT", error))
        return false;

    while (!shardWriter.finished()) {
        if (progress && !progress(std::min(written.load(), shardWriter.done()), total)) {
            pipeline.stop();
            return cancelled();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!shardWriter.succeeded()) {
        if (error)
            *error = shardWriter.errorString();
        return false;
    }

    // Into empty tables of the same schema, INSERT ... SELECT * copies records and index
    // entries in order without decoding them (SQLite's transfer optimisation).
    SqliteStatement attach(db, "ATTACH DATABASE ?1 AS shard");
    attach.bind(1, shard);
    if (!attach.execute()) {
        if (error)
            *error = tr("Writing the demo cache failed: %1").arg(attach.errorString());
        return false;
    }
    for (const char *sql : {"BEGIN", "INSERT INTO main.report SELECT * FROM shard.report",
                            "INSERT INTO main.report_status SELECT * FROM shard.report_status",
                            "INSERT INTO main.report_citizen SELECT * FROM shard.report_citizen",
                            "INSERT INTO main.document SELECT * FROM shard.document",
                            "INSERT INTO main.document_event SELECT * FROM shard.document_event",
                            "COMMIT", "DETACH DATABASE shard"}) {
        if (!exec(db, sql, error))
            return false;
    }
    if (progress && !progress(total, total))
        return cancelled();

    // Back to a normal cache: write-ahead logging, and statistics for the query planner.
    if (!exec(db, "PRAGMA locking_mode = NORMAL", error) || !exec(db, "PRAGMA optimize", error))
        return false;
    SqliteStatement wal(db, "PRAGMA journal_mode = WAL");
    if (wal.step() != SQLITE_ROW || wal.text(0) != QLatin1String("wal")) {
        if (error)
            *error = tr("The demo cache cannot be switched to write-ahead logging: %1")
                         .arg(wal.errorString());
        return false;
    }
    return true;
}

} // namespace

bool seedCache(const QString &path, const RegionOptions &options, const Progress &progress,
               QString *error)
{
    const QString partial = path + QStringLiteral(".partial");
    const QString shard = path + QStringLiteral(".partial-shard");
    if (!removeCacheFiles(partial, error) || !removeCacheFiles(shard, error))
        return false;
    const RegionGenerator generator(options);
    const bool built = build(partial, shard, generator, progress, error);
    removeCacheFiles(shard, nullptr);
    if (!built) {
        removeCacheFiles(partial, nullptr);
        return false;
    }
    // The old cache goes with its -wal and -shm: a stale WAL would be replayed into the new file.
    if (!removeCacheFiles(path, error) || std::rename(QFile::encodeName(partial).constData(),
                                                      QFile::encodeName(path).constData()) != 0) {
        if (error && error->isEmpty())
            *error = tr("Cannot rename %1 to %2.").arg(partial, path);
        removeCacheFiles(partial, nullptr);
        return false;
    }
    // Prove the result is a normal cache: the regular open checks it and sets it up.
    Connection check(QStringLiteral("demo-check"));
    if (!check.open(path)) {
        if (error)
            *error = check.errorString();
        return false;
    }
    return true;
}

} // namespace loket::demo
