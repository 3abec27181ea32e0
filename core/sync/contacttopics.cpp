#include "contacttopics.h"
#include "demo/regiongenerator.h"

namespace loket {

QStringList regionalContactTopics()
{
    static const QStringList topics = demo::RegionGenerator(demo::RegionOptions{}).contactTopics();
    return topics;
}

} // namespace loket
