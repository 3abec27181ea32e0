#pragma once

#include <QString>

namespace loket {

// A municipality of the region, keyed by its NIS code.
struct Municipality
{
    QString nisCode;
    QString name;
    QString region;
    qint64 version = 0;
    QString updatedAt; // UTC, ISO 8601
};

} // namespace loket
