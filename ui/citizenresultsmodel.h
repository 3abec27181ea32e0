#pragma once

#include "store/citizensearch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

namespace loket::ui {

// The search results list: one row per citizen hit of the latest answered query, with what
// tells namesakes apart (birth year, address, the last digits of the national number).
class CitizenResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CitizenIdRole = Qt::UserRole + 1,
        NameRole,                 // "Janssens, Marie"
        BirthYearRole,            // "1954", empty when unknown
        AddressRole,              // "Kerkstraat 12, Herent"
        MaskedNationalNumberRole, // "••.••.••-•••.28"
        MunicipalityRole,         // "Herent": where the citizen lives, from the hub or the cache
        OnlineRole,               // true for a hit of the helpdesk's online lookup
    };

    explicit CitizenResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with the answer to `query`.
    void setHits(const QString &query, const QList<CitizenHit> &hits);
    void clear();
    // The query whose answer the rows are; empty when cleared.
    QString query() const { return m_query; }
    const CitizenHit &hit(int row) const { return m_hits.at(row); }

    // Names of the region's municipalities by NIS code, for addresses without a place name.
    void setMunicipalityNames(const QHash<QString, QString> &names);
    // Re-reads every row's words after the UI language changed.
    void retranslate();
    // Privacy mode: only the place of an address is shown, not the street and number.
    void setPrivacyMode(bool on);
    bool privacyMode() const { return m_privacy; }

private:
    QString address(const CitizenHit &hit) const;
    QString municipality(const CitizenHit &hit) const;

    QString m_query;
    QList<CitizenHit> m_hits;
    QHash<QString, QString> m_municipalityNames;
    bool m_privacy = false;
};

} // namespace loket::ui
