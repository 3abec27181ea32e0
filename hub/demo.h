#pragma once

#include "store.h"

#include <QList>
#include <QString>

#include <functional>

namespace loket::hub {

// One account made for the demo, with the password it was given (demo data, printed at start).
struct DemoAccount
{
    QString user;
    QString password;
    Role role = Role::Counter;
    QStringList scope; // what the NIS field of the "demo account:" line shows
    QString municipality;
};

// Seeds the hub with the same demo region as `loketctl seed` (loket::demo::RegionGenerator,
// same seed, same records) and makes the demo accounts. Runs before the hub serves.
class DemoSeeder final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoSeeder(Store &store, quint64 seed, qint64 citizens);

    // Loads the region unless the database holds it already; resumes an interrupted load.
    // Sets `skipped` with the reason when it leaves the database as it is.
    bool seed(const Progress &progress, QString *skipped, QString *error);
    // One account per role and municipality, plus a counter for the whole region; creates the
    // ones that are missing. Passwords derive from the seed the region was made with. Each
    // outreach account gets a visit list in its municipality the first time.
    std::optional<QList<DemoAccount>> ensureAccounts(QString *error);

    static constexpr int visitsPerOutreachAccount = 12;
    static constexpr int pastVisits = 3; // of those, in the past week

private:
    bool planVisits(QString *error);
    // Open follow-up tasks (issue 8): a handful per municipality's queue and some in the
    // helpdesk queue, a few overdue and one claimed; once per database, like the visits.
    bool planTasks(QString *error);

    Store &m_store;
    quint64 m_seed;
    qint64 m_citizens;
};

} // namespace loket::hub
