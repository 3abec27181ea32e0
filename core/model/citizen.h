#pragma once

#include <QDate>
#include <QString>

namespace loket {

enum class DeliveryChannel { Paper, Ebox };

// A citizen's dossier header as the cache holds it. `id` is the server's UUID; the national
// number is an attribute that may change, never a key.
struct Citizen
{
    qint64 localId = 0; // the cache's row id; 0 before it is stored
    QString id;
    QString nationalNumber; // 11 digits, or empty when unknown
    QString familyName;
    QString givenNames;
    QString birthDate; // YYYY-MM-DD; "00" for an unknown month or day
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;                            // the name of the place in the address
    QString municipalityNis;                 // the municipality of the address, when in the region
    QString language = QStringLiteral("nl"); // preferred language, ISO 639-1
    QString phone;
    QString email;
    bool eboxConsent = false;
    QString eboxSince; // YYYY-MM-DD, empty without consent
    DeliveryChannel deliveryChannel = DeliveryChannel::Paper;
    QString assistanceNotes;
    qint64 version = 0;
    QString updatedAt;

    QString fullName() const { return givenNames + QLatin1Char(' ') + familyName; }
    QString addressLine() const; // "Kerkstraat 12, 3020 Herent"
    // Age in whole years on `today`, or -1 when the birth date is not fully known.
    int ageOn(QDate today) const;
};

QString deliveryChannelCode(DeliveryChannel channel);
DeliveryChannel deliveryChannelFromCode(QStringView code);

} // namespace loket
