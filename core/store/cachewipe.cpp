#include "cachewipe.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace loket {

bool deleteCacheFiles(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no cache file named");
        return false;
    }
    QStringList problems;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        // exists() follows links; a dangling link is a file name to remove all the same.
        if (!QFileInfo(file).exists() && !QFileInfo(file).isSymLink())
            continue;
        QFile f(file);
        if (!f.remove())
            problems << QStringLiteral("%1: %2").arg(file, f.errorString());
    }
    if (!problems.isEmpty() && error)
        *error = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

} // namespace loket
