#include "testcache.h"
#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "store/connection.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace loket::testing {
namespace {

Citizen person(const char *id, const QString &given, const QString &family, QDate born,
               int sequence, const QString &street, const QString &number, const QString &postcode,
               const QString &city, const QString &nis)
{
    Citizen c;
    c.id = QString::fromLatin1(id);
    c.givenNames = given;
    c.familyName = family;
    c.birthDate = born.toString(Qt::ISODate);
    c.nationalNumber = NationalNumber::make(born, sequence).digits();
    c.street = street;
    c.houseNumber = number;
    c.postcode = postcode;
    c.city = city;
    c.municipalityNis = nis;
    c.version = 1;
    c.updatedAt = u"2026-01-01T00:00:00Z"_s;
    return c;
}

QList<Citizen> citizens()
{
    Citizen marie = person(TestCache::marie1954, u"Marie"_s, u"Janssens"_s, QDate(1954, 3, 12), 28,
                           u"Kerkstraat"_s, u"12"_s, u"3020"_s, u"Herent"_s, u"24038"_s);
    marie.language = u"nl"_s;
    marie.phone = u"016 12 34 56"_s;
    marie.eboxConsent = true;
    marie.eboxSince = u"2023-02-03"_s;
    marie.deliveryChannel = DeliveryChannel::Ebox;
    marie.assistanceNotes =
        u"Heeft grote letters nodig; Slechthorend: traag en duidelijk spreken"_s;

    Citizen marie2 = person(TestCache::marie1987, u"Marie"_s, u"Janssens"_s, QDate(1987, 7, 30),
                            122, u"Stationsstraat"_s, u"4"_s, u"3000"_s, u"Leuven"_s, u"24062"_s);
    marie2.language = u"fr"_s;

    Citizen marc = person(TestCache::marc1961, u"Marc"_s, u"Janssens"_s, QDate(1961, 1, 5), 37,
                          u"Diestsesteenweg"_s, u"100"_s, u"3010"_s, u"Kessel-Lo"_s, u"24062"_s);
    Citizen ahmed = person(TestCache::ahmed1990, u"Ahmed"_s, u"El Amrani"_s, QDate(1990, 10, 1), 45,
                           u"Tiensestraat"_s, u"5"_s, u"3000"_s, u"Leuven"_s, u"24062"_s);
    ahmed.language = u"ar"_s;
    Citizen jan = person(TestCache::jan1975, u"Jan"_s, u"Peeters"_s, QDate(1975, 5, 20), 51,
                         u"Wijgmaalsesteenweg"_s, u"20"_s, u"3020"_s, u"Herent"_s, u"24038"_s);
    return {marie, marie2, marc, ahmed, jan};
}

ReportStatusChange change(int seq, ReportStatus status, const QString &at, const QString &text,
                          const QString &note = {})
{
    ReportStatusChange c;
    c.seq = seq;
    c.status = status;
    c.at = at;
    c.publicText = text;
    c.internalNote = note;
    c.staffId = u"staff-1"_s;
    return c;
}

QList<Report> reports()
{
    Report light;
    light.id = u"r-0001"_s;
    light.publicNumber = u"M-2026-0000142"_s;
    light.categoryCode = u"street_light"_s;
    light.description = u"Lamp aan Kerkstraat 12 brandt niet meer"_s;
    light.street = u"Kerkstraat"_s;
    light.houseNumber = u"12"_s;
    light.postcode = u"3020"_s;
    light.locationNis = u"24038"_s;
    light.receivedNis = u"24038"_s;
    light.createdAt = u"2026-03-02T09:00:00Z"_s;
    light.expectedDate = u"2026-03-20"_s;
    light.history = {
        change(1, ReportStatus::Received, u"2026-03-02T09:00:00Z"_s,
               u"We hebben uw melding ontvangen."_s),
        change(2, ReportStatus::Acknowledged, u"2026-03-03T10:00:00Z"_s,
               u"De technische dienst bekijkt uw melding."_s),
        change(3, ReportStatus::Scheduled, u"2026-03-05T14:30:00Z"_s,
               u"De herstelling is gepland."_s, u"Ploeg 2, week 12"_s),
    };
    light.status = ReportStatus::Scheduled;
    light.citizenIds = {QString::fromLatin1(TestCache::marie1954)};
    light.version = 1;

    Report dumping;
    dumping.id = u"r-0002"_s;
    dumping.publicNumber = u"M-2025-0000977"_s;
    dumping.categoryCode = u"illegal_dumping"_s;
    dumping.description = u"Zakken afval naast de glasbol"_s;
    dumping.street = u"Wijgmaalsesteenweg"_s;
    dumping.postcode = u"3020"_s;
    dumping.locationNis = u"24038"_s;
    dumping.receivedNis = u"24038"_s;
    dumping.createdAt = u"2025-10-14T08:00:00Z"_s;
    dumping.expectedDate = u"2025-10-21"_s;
    dumping.history = {
        change(1, ReportStatus::Received, u"2025-10-14T08:00:00Z"_s,
               u"We hebben uw melding ontvangen."_s),
        change(2, ReportStatus::Resolved, u"2025-10-16T11:00:00Z"_s, u"Het afval is opgeruimd."_s),
    };
    dumping.status = ReportStatus::Resolved;
    dumping.citizenIds = {QString::fromLatin1(TestCache::marie1954),
                          QString::fromLatin1(TestCache::jan1975)};
    dumping.version = 1;
    return {light, dumping};
}

DocumentEvent event(int seq, DocumentStatus status, const QString &at)
{
    DocumentEvent e;
    e.seq = seq;
    e.status = status;
    e.at = at;
    return e;
}

QList<Document> documents()
{
    const QString marie = QString::fromLatin1(TestCache::marie1954);
    Document tax;
    tax.id = u"d-0001"_s;
    tax.citizenId = marie;
    tax.title = u"Aanslagbiljet aanvullende personenbelasting 2025"_s;
    tax.kind = u"tax_assessment"_s;
    tax.sender = u"Financiële dienst"_s;
    tax.sentAt = u"2026-03-12T08:00:00Z"_s;
    tax.channel = DeliveryChannel::Ebox;
    tax.history = {event(1, DocumentStatus::Prepared, u"2026-03-11T16:00:00Z"_s),
                   event(2, DocumentStatus::Sent, u"2026-03-12T08:00:00Z"_s),
                   event(3, DocumentStatus::Delivered, u"2026-03-12T08:05:00Z"_s)};
    tax.status = DocumentStatus::Delivered;
    tax.version = 1;

    Document parking;
    parking.id = u"d-0002"_s;
    parking.citizenId = marie;
    parking.title = u"Bewonersparkeerkaart 2026"_s;
    parking.kind = u"parking_permit"_s;
    parking.sender = u"Dienst Mobiliteit"_s;
    parking.sentAt = u"2026-01-10T09:00:00Z"_s;
    parking.expiresAt = u"2027-01-10T09:00:00Z"_s;
    parking.channel = DeliveryChannel::Paper;
    parking.history = {event(1, DocumentStatus::Prepared, u"2026-01-09T15:00:00Z"_s),
                       event(2, DocumentStatus::PaperSent, u"2026-01-10T09:00:00Z"_s),
                       event(3, DocumentStatus::Returned, u"2026-01-20T12:00:00Z"_s)};
    parking.status = DocumentStatus::Returned;
    parking.version = 1;

    Document eid;
    eid.id = u"d-0003"_s;
    eid.citizenId = marie;
    eid.title = u"Uitnodiging vernieuwing elektronische identiteitskaart"_s;
    eid.kind = u"eid_invitation"_s;
    eid.sender = u"Dienst Burgerzaken"_s;
    eid.sentAt = u"2025-09-01T07:00:00Z"_s;
    eid.channel = DeliveryChannel::Ebox;
    eid.history = {event(1, DocumentStatus::Sent, u"2025-09-01T07:00:00Z"_s),
                   event(2, DocumentStatus::Delivered, u"2025-09-01T07:01:00Z"_s),
                   event(3, DocumentStatus::Read, u"2025-09-03T19:45:00Z"_s)};
    eid.status = DocumentStatus::Read;
    eid.version = 1;
    return {tax, parking, eid};
}

QList<ContactMoment> contacts()
{
    const QString marie = QString::fromLatin1(TestCache::marie1954);
    ContactMoment counter;
    counter.id = u"c-0001"_s;
    counter.citizenId = marie;
    counter.channel = ContactChannel::Counter;
    counter.topic = u"ebox_help"_s;
    counter.summary = u"Wil documenten voortaan digitaal ontvangen in de eBox."_s;
    counter.outcome = u"Toestemming voor de eBox samen geactiveerd."_s;
    counter.followUpTask = u"Nagaan of de eerste eBox-brief gelezen werd"_s;
    counter.followUpOwner = u"staff-1"_s;
    counter.followUpDue = u"2026-03-01"_s;
    counter.staffId = u"staff-1"_s;
    counter.municipalityNis = u"24038"_s;
    counter.occurredAt = u"2026-02-20T10:15:00Z"_s;
    counter.version = 1;

    ContactMoment phone;
    phone.id = u"c-0002"_s;
    phone.citizenId = marie;
    phone.channel = ContactChannel::Phone;
    phone.topic = u"taxes"_s;
    phone.summary = u"Begrijpt het aanslagbiljet van de milieubelasting niet."_s;
    phone.outcome = u"Aanslagbiljet samen overlopen; bedrag klopt."_s;
    phone.staffId = u"staff-2"_s;
    phone.municipalityNis = u"24038"_s;
    phone.occurredAt = u"2025-11-02T13:00:00Z"_s;
    phone.version = 1;
    return {counter, phone};
}

} // namespace

Citizen TestCache::citizen(const char *id)
{
    for (const Citizen &c : citizens()) {
        if (c.id == QString::fromLatin1(id))
            return c;
    }
    return {};
}

QString TestCache::create(const QString &path)
{
    Connection connection(u"test-writer"_s);
    if (!connection.open(path, Connection::Mode::ReadWrite))
        return connection.errorString();
    {
        CacheWriter writer(connection);
        WriteTransaction transaction(connection.database());
        if (!transaction.isActive())
            return transaction.errorString();
        bool ok = writer.upsert(Municipality{u"24038"_s, u"Herent"_s, u"Regio Leuven"_s, 1, {}}) &&
                  writer.upsert(Municipality{u"24062"_s, u"Leuven"_s, u"Regio Leuven"_s, 1, {}});
        Category light;
        light.code = u"street_light"_s;
        light.groupCode = u"public_domain"_s;
        light.nameNl = u"Straatverlichting defect"_s;
        light.nameFr = u"Éclairage public défectueux"_s;
        light.nameEn = u"Broken street light"_s;
        light.normWorkingDays = 10;
        Category dumping;
        dumping.code = u"illegal_dumping"_s;
        dumping.groupCode = u"cleanliness"_s;
        dumping.nameNl = u"Sluikstort"_s;
        dumping.nameFr = u"Dépôt clandestin"_s;
        dumping.nameEn = u"Illegal dumping"_s;
        dumping.normWorkingDays = 5;
        ok = ok && writer.upsert(light) && writer.upsert(dumping);
        for (const Citizen &c : citizens())
            ok = ok && writer.upsert(c);
        for (const Report &r : reports())
            ok = ok && writer.upsert(r);
        for (const Document &d : documents())
            ok = ok && writer.upsert(d);
        for (const ContactMoment &c : contacts())
            ok = ok && writer.upsert(c);
        ok = ok && writer.setMeta(u"kind"_s, u"test"_s);
        if (!ok)
            return writer.errorString();
        if (!transaction.commit())
            return transaction.errorString();
    }
    return {};
}

} // namespace loket::testing
