#pragma once

#include <QString>

namespace loket {

// Deletes a cache file with its -wal, -shm and -journal companions (DESIGN §8: a remote wipe
// removes the database with its -wal and -shm files). Every connection to it must be closed
// first, or SQLite may write the companions again. True when none of the files is left;
// `error` names the ones that could not be removed.
bool deleteCacheFiles(const QString &path, QString *error);

} // namespace loket
