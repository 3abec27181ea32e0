#include "citizenresultsmodel.h"
#include "model/nationalnumber.h"
#include "wording.h"

using namespace Qt::StringLiterals;

namespace loket::ui {

CitizenResultsModel::CitizenResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int CitizenResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant CitizenResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CitizenHit &h = m_hits.at(index.row());
    const QString year = h.birthDate.left(4) == u"0000"_s ? QString() : h.birthDate.left(4);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The whole line in words, for screen readers and for copying.
        QString text = Wording::listName(h.familyName, h.givenNames);
        if (!year.isEmpty())
            text += u", "_s + tr("born %1").arg(year);
        const QString where = address(h);
        if (!where.isEmpty())
            text += u", "_s + where;
        if (!h.nationalNumber.isEmpty())
            text += u", "_s + tr("national number ending in %1").arg(h.nationalNumber.right(2));
        // An online hit may live anywhere in the region: say where, in words too.
        if (h.online && !municipality(h).isEmpty())
            text += u", "_s + tr("municipality %1").arg(municipality(h));
        return text;
    }
    case Qt::ToolTipRole:
        return h.fullName().trimmed();
    case CitizenIdRole:
        return h.id;
    case NameRole:
        return Wording::listName(h.familyName, h.givenNames);
    case BirthYearRole:
        return year;
    case AddressRole:
        return address(h);
    case MaskedNationalNumberRole:
        return h.nationalNumber.isEmpty() ? QString() : NationalNumber::masked(h.nationalNumber);
    case MunicipalityRole:
        return municipality(h);
    case OnlineRole:
        return h.online;
    default:
        return {};
    }
}

QHash<int, QByteArray> CitizenResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CitizenIdRole, "citizenId");
    names.insert(NameRole, "name");
    names.insert(BirthYearRole, "birthYear");
    names.insert(AddressRole, "address");
    names.insert(MaskedNationalNumberRole, "maskedNationalNumber");
    names.insert(MunicipalityRole, "municipality");
    names.insert(OnlineRole, "online");
    return names;
}

void CitizenResultsModel::setHits(const QString &query, const QList<CitizenHit> &hits)
{
    beginResetModel();
    m_query = query;
    m_hits = hits;
    endResetModel();
}

void CitizenResultsModel::clear()
{
    setHits({}, {});
}

void CitizenResultsModel::setMunicipalityNames(const QHash<QString, QString> &names)
{
    m_municipalityNames = names;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1));
}

void CitizenResultsModel::retranslate()
{
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1));
}

void CitizenResultsModel::setPrivacyMode(bool on)
{
    if (on == m_privacy)
        return;
    m_privacy = on;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1));
}

QString CitizenResultsModel::municipality(const CitizenHit &h) const
{
    return h.municipalityName.isEmpty() ? m_municipalityNames.value(h.municipalityNis)
                                        : h.municipalityName;
}

QString CitizenResultsModel::address(const CitizenHit &h) const
{
    QString line = m_privacy ? QString() : h.street;
    if (!m_privacy && !h.houseNumber.isEmpty())
        line += u' ' + h.houseNumber;
    // The place people name (a deelgemeente such as Heverlee) tells more than the municipality.
    QString place = h.city;
    // An online hit names its municipality on its own (MunicipalityRole).
    if (h.online)
        return line;
    if (place.isEmpty())
        place = m_municipalityNames.value(h.municipalityNis);
    if (!place.isEmpty())
        line += (line.isEmpty() ? QString() : u", "_s) + place;
    return line;
}

} // namespace loket::ui
