#pragma once

#include "regiongenerator.h"

#include <QString>

#include <functional>

namespace loket::demo {

// Reports progress; returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Creates a demo cache at `path` holding the whole generated region, through the bulk path
// (no per-row search triggers; one index rebuild). Works in `path`.partial and renames it on
// success, so a crash or a cancel never leaves half a cache behind. Marks the cache as demo
// data (meta kind=demo) so that it is never mixed with a real cache.
bool seedCache(const QString &path, const RegionOptions &options, const Progress &progress,
               QString *error);

} // namespace loket::demo
