#pragma once

#include "model/guideprogress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace loket {

// Reads and writes the cache's guide_progress rows on the caller's connection (the store's writer
// inside its transaction, or the UI thread's reader); a few rows per citizen, so plain QSqlQuery.
class GuideProgressTable final
{
public:
    explicit GuideProgressTable(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool upsert(const GuideProgress &progress);
    bool remove(const QString &id);
    bool removeForCitizen(const QString &citizenId);
    std::optional<GuideProgress> find(const QString &id);
    // Every step of every guide of one citizen, by guide and step id.
    QList<GuideProgress> forCitizen(const QString &citizenId);
    // The stored version of a record; -1 when it is not in the cache.
    qint64 version(const QString &id);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace loket
