#pragma once

#include <QStringList>

namespace loket {

// The codes of the regional list of contact-moment topics, for the dialog that logs one. The hub
// does not deliver the list yet (docs/api.md); until it does, this is the demo region's list
// (demo::RegionGenerator::contactTopics()), which the demo hub's data uses too.
QStringList regionalContactTopics();

} // namespace loket
