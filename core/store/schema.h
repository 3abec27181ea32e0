#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loket::schema {

// The schema version this build writes; PRAGMA user_version of an up-to-date cache.
int latestVersion();

// Applies migrations (current, target] in one transaction and sets PRAGMA user_version.
// `target` defaults to the latest; tests pass earlier versions to build old caches.
bool migrate(QSqlDatabase db, QString *error, int target = -1);

int userVersion(QSqlDatabase db);

// The statements that (re)create the search index's triggers; the bulk path drops them,
// loads, rebuilds the index once and creates them again.
QStringList searchTriggerStatements();
QStringList dropSearchTriggerStatements();

} // namespace loket::schema
