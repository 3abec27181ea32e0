#include "demo.h"
#include "auth.h"
#include "writer.h"

#include "demo/regiongenerator.h"
#include "model/belgiantime.h"
#include "sync/wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeeder", text);
}

constexpr qint64 batchSize = 1000;
constexpr qint64 batchesPerCommit = 20;

template<typename T> QByteArray jsonOf(const T &value)
{
    return QJsonDocument(wire::toJson(value)).toJson(QJsonDocument::Compact);
}

StoredRecord recordOf(RecordKind kind, const QString &id, const QPair<QString, QString> &scopes,
                      const QString &citizenId, qint64 version, const QString &updatedAt,
                      QByteArray body)
{
    StoredRecord r;
    r.kind = kind;
    r.id = id;
    r.version = version;
    r.scopeA = scopes.first;
    r.scopeB = scopes.second;
    r.citizenId = citizenId;
    r.updatedAt = updatedAt;
    r.body = std::move(body);
    return r;
}

// The records of citizens [first, first + count), in the order they get their sequence numbers.
std::vector<StoredRecord> recordsOf(const demo::RegionGenerator &generator, qint64 first,
                                    qint64 count)
{
    std::vector<StoredRecord> out;
    out.reserve(size_t(count) * 12);
    for (qint64 i = first; i < first + count; ++i) {
        const demo::CitizenBundle b = generator.citizen(i);
        const Citizen &c = b.citizen;
        const QPair<QString, QString> home{c.municipalityNis, QString()};
        out.push_back(
            recordOf(RecordKind::Citizen, c.id, home, {}, c.version, c.updatedAt, jsonOf(c)));
        for (const Report &r : b.reports) {
            out.push_back(recordOf(RecordKind::Report, r.id, Writer::scopesOf(r), {}, r.version,
                                   r.updatedAt, jsonOf(r)));
            out.back().linkedCitizens = r.citizenIds;
        }
        for (const Document &d : b.documents)
            out.push_back(recordOf(RecordKind::Document, d.id, home, c.id, d.version, d.updatedAt,
                                   jsonOf(d)));
        for (const ContactMoment &m : b.contacts)
            out.push_back(recordOf(RecordKind::ContactMoment, m.id, home, c.id, m.version,
                                   m.updatedAt, jsonOf(m)));
    }
    return out;
}

// Generates and serialises batches on worker threads, at most a few batches ahead of the
// thread that writes them in order.
class Pipeline final
{
public:
    Pipeline(const demo::RegionGenerator &generator, qint64 firstBatch, qint64 batchCount,
             int workers)
        : m_generator(generator)
        , m_next(firstBatch)
        , m_end(batchCount)
        , m_window(qint64(workers) * 3)
        , m_wanted(firstBatch)
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (auto &t : m_threads)
            t.join();
    }
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    std::vector<StoredRecord> take(qint64 batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_done.count(batch) > 0; });
        auto out = std::move(m_done[batch]);
        m_done.erase(batch);
        m_wanted = batch + 1;
        m_changed.notify_all();
        return out;
    }

private:
    void work()
    {
        const qint64 total = m_generator.citizenCount();
        for (;;) {
            qint64 batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_stop || m_next >= m_end || m_next < m_wanted + m_window;
                });
                if (m_stop || m_next >= m_end)
                    return;
                batch = m_next++;
            }
            const qint64 first = batch * batchSize;
            auto records = recordsOf(m_generator, first, qMin(batchSize, total - first));
            {
                std::lock_guard lock(m_mutex);
                m_done[batch] = std::move(records);
            }
            m_changed.notify_all();
        }
    }

    const demo::RegionGenerator &m_generator;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_next;
    const qint64 m_end;
    const qint64 m_window;
    qint64 m_wanted;
    bool m_stop = false;
    std::map<qint64, std::vector<StoredRecord>> m_done;
    std::vector<std::thread> m_threads;
};

QString demoPassword(quint64 seed, const QString &user)
{
    const QByteArray digest =
        auth::sha256Hex("loket-demo-account|" + QByteArray::number(seed) + '|' + user.toUtf8());
    return u"demo-"_s + QString::fromLatin1(digest.left(10));
}

// Why outreach workers go: the requests of the personas they serve (staff words, as data).
const char16_t *const visitPurposes[] = {
    u"eBox activeren en uitleggen",
    u"Huurpremie aanvragen",
    u"Brief van de belastingen samen lezen",
    u"itsme installeren",
    u"Aanvraag parkeerkaart voor personen met een handicap",
    u"Opvolging van een melding over de stoep",
    u"Hulp bij de aangifte personenbelasting",
    u"Documenten klaarzetten voor de verhuis",
    u"Uitleg over de energiepremie",
    u"Opvolging vorig huisbezoek",
    u"Formulieren sociaal tarief invullen",
    u"Afspraak met het OCMW voorbereiden",
};

// The weekday on or before (Backward) or after (Forward) `day`: outreach works on weekdays.
enum class Shift { Backward, Forward };
QDate weekday(QDate day, Shift shift)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(shift == Shift::Forward ? 1 : -1);
    return day;
}

} // namespace

DemoSeeder::DemoSeeder(Store &store, quint64 seed, qint64 citizens)
    : m_store(store)
    , m_seed(seed)
    , m_citizens(citizens)
{}

bool DemoSeeder::seed(const Progress &progress, QString *skipped, QString *error)
{
    demo::RegionOptions options;
    options.seed = m_seed;
    options.citizens = m_citizens;
    const demo::RegionGenerator generator(options);
    const qint64 total = generator.citizenCount();

    const auto seedMeta = m_store.meta(u"demo_seed"_s);
    const auto citizensMeta = m_store.meta(u"demo_citizens"_s);
    qint64 loaded = 0;
    if (seedMeta) {
        const bool same = *seedMeta == QString::number(m_seed) &&
                          citizensMeta.value_or(QString()) == QString::number(total);
        if (!same) {
            *skipped = tr("the database holds another demo region (seed %1, %2 citizens); "
                          "it was left as it is")
                           .arg(*seedMeta, citizensMeta.value_or(u"?"_s));
            return true;
        }
        if (m_store.meta(u"demo_complete"_s).value_or(QString()) == u"1"_s) {
            *skipped = tr("the database holds this demo region already");
            return true;
        }
        loaded = m_store.meta(u"demo_loaded"_s).value_or(u"0"_s).toLongLong();
    } else {
        const qint64 existing = m_store.countRecords(RecordKind::Municipality);
        if (existing < 0) {
            *error = m_store.lastError();
            return false;
        }
        if (existing > 0) {
            *skipped = tr("the database holds a region that is not a demo region; no demo data "
                          "was added to it");
            return true;
        }
        // The reference data and the marker first, in one transaction.
        if (!m_store.beginWrite()) {
            *error = m_store.lastError();
            return false;
        }
        auto insert = [&](RecordKind kind, const QString &id, qint64 version,
                          const QString &updatedAt, QByteArray body) {
            StoredRecord r = recordOf(kind, id, {regionScope(), QString()}, {}, version, updatedAt,
                                      std::move(body));
            r.seq = m_store.nextSeq();
            return m_store.insertRecord(r);
        };
        bool ok = true;
        for (const Municipality &m : generator.municipalities())
            ok = ok &&
                 insert(RecordKind::Municipality, m.nisCode, m.version, m.updatedAt, jsonOf(m));
        for (const Category &c : generator.categories())
            ok = ok && insert(RecordKind::Category, c.code, c.version, c.updatedAt, jsonOf(c));
        ok = ok && m_store.setMeta(u"demo_seed"_s, QString::number(m_seed)) &&
             m_store.setMeta(u"demo_citizens"_s, QString::number(total)) &&
             m_store.setMeta(u"demo_loaded"_s, u"0"_s) && m_store.commit();
        if (!ok) {
            *error = m_store.lastError();
            m_store.rollback();
            return false;
        }
    }

    const qint64 batches = (total + batchSize - 1) / batchSize;
    // A load resumes at a batch boundary: demo_loaded is committed with whole batches only.
    const qint64 firstBatch = loaded / batchSize;
    // Building the indexes once at the end is many times faster than keeping two indexes on
    // random UUIDs up to date row by row.
    if (firstBatch < batches && !m_store.bulkLoad(Store::BulkLoad::Begin)) {
        *error = m_store.lastError();
        return false;
    }
    const int workers = std::max(1, QThread::idealThreadCount() - 1);
    Pipeline pipeline(generator, firstBatch, batches, workers);
    if (progress)
        progress(firstBatch * batchSize, total);
    for (qint64 batch = firstBatch; batch < batches;) {
        if (!m_store.beginWrite()) {
            *error = m_store.lastError();
            return false;
        }
        const qint64 last = qMin(batches, batch + batchesPerCommit);
        for (; batch < last; ++batch) {
            for (StoredRecord &r : pipeline.take(batch)) {
                r.seq = m_store.nextSeq();
                if (!m_store.insertRecord(r)) {
                    *error = m_store.lastError();
                    m_store.rollback();
                    return false;
                }
            }
        }
        const qint64 done = qMin(total, batch * batchSize);
        if (!m_store.setMeta(u"demo_loaded"_s, QString::number(done)) || !m_store.commit()) {
            *error = m_store.lastError();
            m_store.rollback();
            return false;
        }
        if (progress)
            progress(done, total);
    }
    // The indexes, then the mark that the region is complete: a load cut off in between
    // builds the indexes again at the next start.
    if (!m_store.bulkLoad(Store::BulkLoad::End) || !m_store.beginWrite() ||
        !m_store.setMeta(u"demo_complete"_s, u"1"_s) || !m_store.commit()) {
        *error = m_store.lastError();
        m_store.rollback();
        return false;
    }
    return true;
}

std::optional<QList<DemoAccount>> DemoSeeder::ensureAccounts(QString *error)
{
    const quint64 seed =
        m_store.meta(u"demo_seed"_s).value_or(QString::number(m_seed)).toULongLong();
    const QStringList codes = m_store.municipalityCodes();
    if (codes.isEmpty()) {
        *error = m_store.lastError().isEmpty() ? tr("The hub holds no municipalities.")
                                               : m_store.lastError();
        return std::nullopt;
    }
    QList<DemoAccount> accounts;
    QList<QString> names;
    for (const QString &nis : codes) {
        const auto m = m_store.record(RecordKind::Municipality, nis);
        const QString name =
            m ? QJsonDocument::fromJson(m->body).object().value(u"name"_s).toString() : nis;
        for (Role role :
             {Role::Counter, Role::Outreach, Role::Helpdesk, Role::Manager, Role::Admin}) {
            DemoAccount a;
            a.role = role;
            a.user = roleCode(role) + u'-' + nis;
            a.password = demoPassword(seed, a.user);
            a.municipality = nis;
            a.scope = {nis};
            accounts << a;
            QString roleName = roleCode(role);
            roleName[0] = roleName[0].toUpper();
            names << roleName + u' ' + name;
        }
    }
    // A counter that sees the whole region: for first fills of the full region.
    DemoAccount region;
    region.role = Role::Counter;
    region.user = u"counter-region"_s;
    region.password = demoPassword(seed, region.user);
    region.scope = codes;
    accounts << region;
    names << tr("Counter, whole region");

    // Argon2id is slow on purpose: hash the missing accounts in parallel.
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (!m_store.accountByUser(accounts.at(i).user)) {
            if (!m_store.lastError().isEmpty()) {
                *error = m_store.lastError();
                return std::nullopt;
            }
            missing << i;
        }
    }
    QList<QString> hashes(accounts.size());
    QThreadPool pool;
    for (qsizetype i : std::as_const(missing))
        pool.start(
            [&hashes, &accounts, i] { hashes[i] = auth::hashPassword(accounts.at(i).password); });
    pool.waitForDone();
    if (missing.isEmpty()) {
        if (!planVisits(error) || !planTasks(error))
            return std::nullopt;
        return accounts;
    }
    if (!m_store.beginWrite()) {
        *error = m_store.lastError();
        return std::nullopt;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qsizetype i : std::as_const(missing)) {
        const DemoAccount &d = accounts.at(i);
        Account a;
        a.staffId = u"demo-"_s + d.user;
        a.userName = d.user;
        a.passwordHash = hashes.at(i);
        a.role = d.role;
        a.municipalityNis = d.municipality;
        a.displayName = names.at(i);
        a.createdAt = now;
        a.scope = (d.role == Role::Manager || d.role == Role::Admin) ? QStringList() : d.scope;
        if (a.passwordHash.isEmpty() || !m_store.insertAccount(a)) {
            *error =
                a.passwordHash.isEmpty() ? tr("Hashing a password failed.") : m_store.lastError();
            m_store.rollback();
            return std::nullopt;
        }
    }
    if (!m_store.commit()) {
        *error = m_store.lastError();
        return std::nullopt;
    }
    if (!planVisits(error) || !planTasks(error))
        return std::nullopt;
    return accounts;
}

bool DemoSeeder::planTasks(QString *error)
{
    if (m_store.meta(u"demo_tasks"_s).value_or(QString()) == u"1"_s)
        return true;
    struct Template
    {
        TaskKind kind;
        const char16_t *title;
        int dueInDays; // from today; below zero: overdue
        TaskQueueKind queue;
        bool claimed; // by the municipality's counter account
    };
    static const Template templates[] = {
        {TaskKind::CallBack, u"Terugbellen over de aanslag onroerende voorheffing", -3,
         TaskQueueKind::Municipality, false},
        {TaskKind::Send, u"Attest gezinssamenstelling per post opsturen", -1,
         TaskQueueKind::Municipality, true},
        {TaskKind::Check, u"Nagaan of de aanvraag parkeerkaart binnen is", 0,
         TaskQueueKind::Municipality, false},
        {TaskKind::CallBack, u"Terugbellen: afspraak voor de eID maken", 2,
         TaskQueueKind::Municipality, false},
        {TaskKind::Send, u"Formulier huurpremie meegeven of mailen", 5, TaskQueueKind::Municipality,
         false},
        {TaskKind::CallBack, u"Terugbellen: hulp bij het activeren van de eBox", -2,
         TaskQueueKind::Helpdesk, false},
        {TaskKind::Check, u"Nagaan waarom de brief van de belastingdienst terugkwam", 3,
         TaskQueueKind::Helpdesk, false},
    };
    const QDate today = belgianDate(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QStringList codes = m_store.municipalityCodes();
    if (!m_store.lastError().isEmpty()) {
        *error = m_store.lastError();
        return false;
    }
    // Stable ids, as for the visits.
    const QUuid space = QUuid::fromString(u"0b8f3d1e-7a65-4c2b-9e14-5f2a7c9d3e81"_s);
    QList<Task> tasks;
    for (const QString &nis : codes) {
        const QStringList citizens = m_store.citizenIdsIn(nis, 40);
        if (citizens.isEmpty())
            continue;
        const QString counter = u"demo-counter-"_s + nis;
        for (qsizetype i = 0; i < qsizetype(std::size(templates)); ++i) {
            const Template &t = templates[i];
            Task task;
            task.id = QUuid::createUuidV5(space, u"%1|%2"_s.arg(nis).arg(i))
                          .toString(QUuid::WithoutBraces);
            task.citizenId = citizens.at((i * 5 + 3) % citizens.size());
            task.kind = t.kind;
            task.title = QString::fromUtf16(t.title);
            task.municipalityNis = nis;
            task.queue = t.queue;
            task.due = today.addDays(t.dueInDays);
            TaskEvent created;
            created.at = now;
            created.staffId = counter;
            created.action = TaskAction::Created;
            created.toQueue = t.queue;
            created.toMunicipalityNis = nis;
            task.history = {created};
            if (t.claimed)
                claimTask(task, counter, now);
            tasks << task;
        }
    }
    if (!m_store.beginWrite()) {
        *error = m_store.lastError();
        return false;
    }
    Writer writer(m_store, now);
    for (const Task &t : std::as_const(tasks)) {
        if (!taskProblem(t).isEmpty() || !writer.put(t, std::nullopt)) {
            *error = taskProblem(t).isEmpty() ? writer.errorString() : taskProblem(t);
            m_store.rollback();
            return false;
        }
    }
    if (!m_store.setMeta(u"demo_tasks"_s, u"1"_s) || !m_store.commit()) {
        *error = m_store.lastError();
        m_store.rollback();
        return false;
    }
    return true;
}

bool DemoSeeder::planVisits(QString *error)
{
    // Once per database: visits that staff removed in the demo stay removed after a restart.
    if (m_store.meta(u"demo_visits"_s).value_or(QString()) == u"1"_s)
        return true;
    const QDate today = belgianDate(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QStringList codes = m_store.municipalityCodes();
    if (!m_store.lastError().isEmpty()) {
        *error = m_store.lastError();
        return false;
    }
    // Stable ids: the same demo region gets the same visits, whichever hub plans them.
    const QUuid space = QUuid::fromString(u"6c1f2a52-4f0e-4b3e-9a51-0d3c1a9e7b10"_s);
    QList<Visit> visits;
    for (const QString &nis : codes) {
        const auto account = m_store.accountByUser(u"outreach-"_s + nis);
        if (!account) {
            if (!m_store.lastError().isEmpty()) {
                *error = m_store.lastError();
                return false;
            }
            continue;
        }
        // Citizens who need help first (those with assistance notes), then the others.
        QStringList needHelp;
        QStringList others;
        for (const QString &id : m_store.citizenIdsIn(nis, 200)) {
            const auto citizen = m_store.record(RecordKind::Citizen, id);
            if (!citizen)
                continue;
            const QJsonObject json = QJsonDocument::fromJson(citizen->body).object();
            (json.value(u"assistance_notes"_s).toString().isEmpty() ? others : needHelp) << id;
        }
        const QStringList chosen = (needHelp + others).mid(0, visitsPerOutreachAccount);
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            Visit v;
            v.id = QUuid::createUuidV5(space, u"%1|%2"_s.arg(nis).arg(i))
                       .toString(QUuid::WithoutBraces);
            v.citizenId = chosen.at(i);
            v.staffId = account->staffId;
            // A few in the past week, the rest over the coming two weeks.
            v.date = i < pastVisits
                         ? weekday(today.addDays(-6 + 2 * i), Shift::Backward)
                         : weekday(today.addDays(1 + (i - pastVisits) * 13 /
                                                         (visitsPerOutreachAccount - pastVisits)),
                                   Shift::Forward);
            v.purpose =
                QString::fromUtf16(visitPurposes[(i + qHash(nis)) % std::size(visitPurposes)]);
            visits << v;
        }
    }
    if (!m_store.beginWrite()) {
        *error = m_store.lastError();
        return false;
    }
    Writer writer(m_store, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (const Visit &v : std::as_const(visits)) {
        if (!visitProblem(v).isEmpty() || !writer.plan(v)) {
            *error = visitProblem(v).isEmpty() ? writer.errorString() : visitProblem(v);
            m_store.rollback();
            return false;
        }
    }
    if (!m_store.setMeta(u"demo_visits"_s, u"1"_s) || !m_store.commit()) {
        *error = m_store.lastError();
        m_store.rollback();
        return false;
    }
    return true;
}

} // namespace loket::hub
