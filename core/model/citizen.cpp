#include "citizen.h"

namespace loket {

QString Citizen::addressLine() const
{
    QString line = street;
    if (!houseNumber.isEmpty())
        line += QLatin1Char(' ') + houseNumber;
    const QString place = (postcode + QLatin1Char(' ') + city).trimmed();
    if (!place.isEmpty()) {
        if (!line.isEmpty())
            line += QStringLiteral(", ");
        line += place;
    }
    return line;
}

int Citizen::ageOn(QDate today) const
{
    const QDate born = QDate::fromString(birthDate, Qt::ISODate);
    if (!born.isValid() || !today.isValid() || born > today)
        return -1;
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

QString deliveryChannelCode(DeliveryChannel channel)
{
    return channel == DeliveryChannel::Ebox ? QStringLiteral("ebox") : QStringLiteral("paper");
}

DeliveryChannel deliveryChannelFromCode(QStringView code)
{
    return code == u"ebox" ? DeliveryChannel::Ebox : DeliveryChannel::Paper;
}

} // namespace loket
