#include "demo/regiongenerator.h"
#include "model/nationalnumber.h"
#include "store/cachewriter.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace loket;
using demo::CitizenBundle;
using demo::NameOrigin;
using demo::RegionGenerator;

namespace {

const QDate today(2026, 11, 28);
const QString todayStart = u"2026-11-28T00:00:00Z"_s;
constexpr qint64 sampleSize = 20000;

// Everything generated for one citizen, as the regional API would send it.
QByteArray serialised(const CitizenBundle &b)
{
    QJsonArray all{wire::toJson(b.citizen)};
    for (const Report &r : b.reports)
        all.append(wire::toJson(r));
    for (const Document &d : b.documents)
        all.append(wire::toJson(d));
    for (const ContactMoment &c : b.contacts)
        all.append(wire::toJson(c));
    all.append(demo::nameOriginCode(b.origin));
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

QString documentPath(const Document &d)
{
    QStringList codes;
    for (const DocumentEvent &e : d.history)
        codes.append(documentStatusCode(e.status));
    return deliveryChannelCode(d.channel) + u": "_s + codes.join(u' ');
}

bool containsAny(const QString &text, QStringView letters)
{
    return std::any_of(letters.begin(), letters.end(),
                       [&text](QChar c) { return text.contains(c); });
}

} // namespace

class TestRegionGenerator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deterministic_data();
    void deterministic();
    void dependsOnlyOnSeedAndIndex();
    void differentSeedsDiffer();
    void nationalNumbersValidAndUnique();
    void nationalNumbersUniqueAcrossTheWholeRange();
    void idsAndReportNumbers();
    void everyTimeIsInThePastAndHistoriesAreOrdered();
    void plausibleNames();
    void realisticNameFrequencies();
    void plausiblePopulation();
    void everyDocumentPath();
    void everyReportStatusAndContactChannel();
    void catalogues();
    void nisCodeForPlace_data();
    void nisCodeForPlace();
    void searchKeyBuilderMatchesSearchKeyFor();

private:
    std::unique_ptr<RegionGenerator> m_region;
    QList<CitizenBundle> m_sample;
};

void TestRegionGenerator::initTestCase()
{
    m_region = std::make_unique<RegionGenerator>(demo::RegionOptions{7, sampleSize, today});
    QCOMPARE(m_region->citizenCount(), sampleSize);
    for (qint64 i = 0; i < sampleSize; ++i)
        m_sample.append(m_region->citizen(i));
}

void TestRegionGenerator::deterministic_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<qint64>("index");
    QTest::newRow("seed 1, first") << quint64(1) << qint64(0);
    QTest::newRow("seed 1, 4321") << quint64(1) << qint64(4321);
    QTest::newRow("seed 42, 17") << quint64(42) << qint64(17);
    QTest::newRow("huge seed, last of a million")
        << quint64(0xfedcba9876543210ULL) << RegionGenerator::maxCitizens - 1;
}

void TestRegionGenerator::deterministic()
{
    QFETCH(quint64, seed);
    QFETCH(qint64, index);
    const RegionGenerator a({seed, RegionGenerator::maxCitizens, today});
    const RegionGenerator b({seed, RegionGenerator::maxCitizens, today});
    QCOMPARE(serialised(a.citizen(index)), serialised(b.citizen(index)));
    QCOMPARE(a.citizenId(index), a.citizen(index).citizen.id);
    // Any order of generation gives the same records.
    const QByteArray later = serialised(a.citizen(index));
    a.citizen(index + 1 < RegionGenerator::maxCitizens ? index + 1 : 0);
    QCOMPARE(serialised(a.citizen(index)), later);
}

void TestRegionGenerator::dependsOnlyOnSeedAndIndex()
{
    const RegionGenerator small({7, 1000, today});
    const RegionGenerator large({7, 1000000, today});
    for (qint64 i : {0, 1, 498, 499, 999}) {
        QCOMPARE(serialised(small.citizen(i)), serialised(large.citizen(i)));
        QCOMPARE(serialised(small.citizen(i)), serialised(m_sample.at(i)));
    }
}

void TestRegionGenerator::differentSeedsDiffer()
{
    const RegionGenerator other({8, sampleSize, today});
    int sameName = 0;
    for (qint64 i = 0; i < 500; ++i) {
        const CitizenBundle b = other.citizen(i);
        QVERIFY(b.citizen.id != m_sample.at(i).citizen.id);
        QVERIFY(b.citizen.nationalNumber != m_sample.at(i).citizen.nationalNumber);
        if (b.citizen.fullName() == m_sample.at(i).citizen.fullName())
            ++sameName;
    }
    QVERIFY2(sameName < 25, qPrintable(u"%1 of 500 names equal"_s.arg(sameName)));
}

void TestRegionGenerator::nationalNumbersValidAndUnique()
{
    QSet<QString> numbers;
    int bis = 0;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        const Citizen &c = b.citizen;
        NationalNumber::Problem problem;
        const auto number = NationalNumber::parse(c.nationalNumber, &problem);
        QVERIFY2(number,
                 qPrintable(c.nationalNumber + u": "_s + NationalNumber::describe(problem)));
        QCOMPARE(number->digits(), c.nationalNumber);
        QCOMPARE(number->birthDate().toString(Qt::ISODate), c.birthDate);
        if (number->kind() != NationalNumber::Kind::Register)
            ++bis;
        numbers.insert(c.nationalNumber);
    }
    QCOMPARE(numbers.size(), m_sample.size());
    QVERIFY2(bis > 0 && bis < sampleSize / 50, qPrintable(QString::number(bis)));
}

// Uniqueness is by construction: citizens that share a daily sequence (index modulo 499) get
// different birth dates. Check that over every rank of a few sequences, up to a million.
void TestRegionGenerator::nationalNumbersUniqueAcrossTheWholeRange()
{
    const RegionGenerator region({7, RegionGenerator::maxCitizens, today});
    QSet<QString> numbers;
    qint64 checked = 0;
    for (qint64 slot : {0, 250, 498}) {
        for (qint64 i = slot; i < RegionGenerator::maxCitizens; i += 499) {
            const QString n = region.citizen(i).citizen.nationalNumber;
            QVERIFY(NationalNumber::parse(n));
            numbers.insert(n);
            ++checked;
        }
    }
    QVERIFY(checked > 6000);
    QCOMPARE(qint64(numbers.size()), checked);
}

void TestRegionGenerator::idsAndReportNumbers()
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    static const QRegularExpression publicNumber(u"^M-(\\d{4})-\\d{7}$"_s);
    QSet<QString> ids;
    QSet<QString> citizenIds;
    QSet<QString> reportNumbers;
    qint64 records = 0;
    auto checkId = [&](const QString &id) {
        ++records;
        ids.insert(id);
        return uuid.match(id).hasMatch();
    };
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        QVERIFY2(checkId(b.citizen.id), qPrintable(b.citizen.id));
        citizenIds.insert(b.citizen.id);
        for (const Report &r : b.reports) {
            QVERIFY2(checkId(r.id), qPrintable(r.id));
            const auto m = publicNumber.match(r.publicNumber);
            QVERIFY2(m.hasMatch(), qPrintable(r.publicNumber));
            QCOMPARE(m.captured(1), r.createdAt.left(4));
            reportNumbers.insert(r.publicNumber);
        }
        for (const Document &d : b.documents)
            QVERIFY2(checkId(d.id), qPrintable(d.id));
        for (const ContactMoment &c : b.contacts)
            QVERIFY2(checkId(c.id), qPrintable(c.id));
    }
    QCOMPARE(qint64(ids.size()), records);
    // Time-ordered: a later citizen's id sorts after an earlier one's, so bulk inserts append.
    for (qsizetype i = 1; i < m_sample.size(); ++i)
        QVERIFY(m_sample.at(i - 1).citizen.id < m_sample.at(i).citizen.id);

    // Report numbers are unique, and every citizen named on a report exists in the region.
    qint64 reports = 0;
    int coReported = 0;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        for (const Report &r : b.reports) {
            ++reports;
            QCOMPARE(r.citizenIds.value(0), b.citizen.id);
            for (const QString &id : r.citizenIds)
                QVERIFY(citizenIds.contains(id));
            if (r.citizenIds.size() > 1) {
                ++coReported;
                QVERIFY(r.citizenIds.at(1) != b.citizen.id);
            }
        }
    }
    QCOMPARE(qint64(reportNumbers.size()), reports);
    QVERIFY(coReported > 0);
}

void TestRegionGenerator::everyTimeIsInThePastAndHistoriesAreOrdered()
{
    static const QRegularExpression isoTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    auto past = [](const QString &t) { return isoTime.match(t).hasMatch() && t < todayStart; };
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        const Citizen &c = b.citizen;
        QVERIFY2(past(c.updatedAt), qPrintable(c.updatedAt));
        QCOMPARE(c.version, qint64(1));
        if (c.eboxConsent) {
            QVERIFY(c.eboxSince < todayStart.left(10));
            QCOMPARE(c.deliveryChannel, DeliveryChannel::Ebox);
        } else {
            QVERIFY(c.eboxSince.isEmpty());
            QCOMPARE(c.deliveryChannel, DeliveryChannel::Paper);
        }
        for (const Report &r : b.reports) {
            QVERIFY(past(r.createdAt) && past(r.updatedAt));
            QVERIFY(!r.history.isEmpty());
            QCOMPARE(r.history.first().status, ReportStatus::Received);
            QCOMPARE(r.history.first().at, r.createdAt);
            QCOMPARE(r.status, r.history.last().status);
            QCOMPARE(r.updatedAt, r.history.last().at);
            QVERIFY(r.expectedDate >= r.createdAt.left(10));
            for (qsizetype i = 0; i < r.history.size(); ++i) {
                QCOMPARE(r.history.at(i).seq, int(i) + 1);
                QVERIFY(past(r.history.at(i).at));
                QVERIFY(!r.history.at(i).publicText.isEmpty());
                if (i > 0)
                    QVERIFY(r.history.at(i - 1).at <= r.history.at(i).at);
            }
            // Forwarded when it is about another municipality (unless filed too recently).
            const bool forwarded =
                std::any_of(r.history.cbegin(), r.history.cend(),
                            [](const auto &h) { return h.status == ReportStatus::Forwarded; });
            if (forwarded)
                QVERIFY(r.locationNis != r.receivedNis);
            else if (r.locationNis != r.receivedNis)
                QCOMPARE(r.history.size(), 1);
        }
        for (const Document &d : b.documents) {
            QVERIFY(past(d.updatedAt));
            if (d.sentAt.isEmpty()) // prepared, not sent yet
                QCOMPARE(d.history.size(), 1);
            else
                QVERIFY(past(d.sentAt));
            QCOMPARE(d.citizenId, c.id);
            QVERIFY(!d.history.isEmpty());
            QCOMPARE(d.history.first().status, DocumentStatus::Prepared);
            QCOMPARE(d.status, d.history.last().status);
            QCOMPARE(d.updatedAt, d.history.last().at);
            // The eBox only for consenting citizens, and only from their consent on.
            if (d.channel == DeliveryChannel::Ebox)
                QVERIFY(c.eboxConsent && (d.sentAt.isEmpty() || d.sentAt.left(10) >= c.eboxSince));
            for (qsizetype i = 0; i < d.history.size(); ++i) {
                QCOMPARE(d.history.at(i).seq, int(i) + 1);
                QVERIFY(past(d.history.at(i).at));
                if (i > 0)
                    QVERIFY(d.history.at(i - 1).at <= d.history.at(i).at);
            }
        }
        for (const ContactMoment &cm : b.contacts) {
            QCOMPARE(cm.citizenId, c.id);
            QVERIFY(past(cm.occurredAt) && past(cm.updatedAt));
            QVERIFY(cm.occurredAt <= cm.updatedAt);
            QVERIFY(!cm.summary.isEmpty() && !cm.outcome.isEmpty() && !cm.staffId.isEmpty());
            QCOMPARE(cm.followUpTask.isEmpty(), cm.followUpDue.isEmpty());
            QCOMPARE(cm.followUpTask.isEmpty(), cm.followUpOwner.isEmpty());
            if (!cm.followUpDue.isEmpty())
                QVERIFY(cm.followUpDue > cm.occurredAt.left(10));
        }
    }
}

void TestRegionGenerator::plausibleNames()
{
    QList<int> perOrigin(demo::nameOriginCount, 0);
    QHash<QString, int> languages;
    int turkishLetters = 0, polishLetters = 0, particles = 0, apostrophe = 0, elDash = 0,
        hyphenatedGiven = 0, severalGiven = 0, notes = 0;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        const Citizen &c = b.citizen;
        ++perOrigin[int(b.origin)];
        ++languages[c.language];
        QVERIFY(!c.familyName.isEmpty() && !c.givenNames.isEmpty());
        const QString name = c.fullName();
        if (b.origin == NameOrigin::Turkish && containsAny(name, u"ıİşŞçÇğĞöÖüÜ"))
            ++turkishLetters;
        if (b.origin == NameOrigin::Polish && containsAny(name, u"łŁśŚżŻźŹńŃąęó"))
            ++polishLetters;
        for (const QString &p :
             {u"Van "_s, u"Vander "_s, u"De "_s, u"El "_s, u"Ben "_s, u"Al "_s}) {
            if (c.familyName.startsWith(p))
                ++particles;
        }
        apostrophe += c.familyName.contains(u'\'') ? 1 : 0;
        elDash += c.familyName.startsWith(u"El-"_s) || c.familyName.startsWith(u"Al-"_s) ? 1 : 0;
        hyphenatedGiven += c.givenNames.section(u' ', 0, 0).contains(u'-') ? 1 : 0;
        severalGiven += c.givenNames.contains(u' ') ? 1 : 0;
        notes += c.assistanceNotes.isEmpty() ? 0 : 1;
        const auto number = NationalNumber::parse(c.nationalNumber);
        if (b.origin == NameOrigin::Polish && c.familyName.endsWith(u"ska"_s) &&
            number->kind() != NationalNumber::Kind::BisSexUnknown)
            QCOMPARE(number->sex(), NationalNumber::Sex::Female);
    }
    for (int o = 0; o < demo::nameOriginCount; ++o)
        QVERIFY2(perOrigin.at(o) > 20, qPrintable(demo::nameOriginCode(NameOrigin(o))));
    QVERIFY(perOrigin.at(int(NameOrigin::Flemish)) > sampleSize / 2);
    QVERIFY(turkishLetters > perOrigin.at(int(NameOrigin::Turkish)) / 2);
    QVERIFY(polishLetters > perOrigin.at(int(NameOrigin::Polish)) / 3);
    QVERIFY(particles > 500);
    QVERIFY(apostrophe > 20);
    QVERIFY(elDash > 20);
    QVERIFY(hyphenatedGiven > 100);
    QVERIFY(severalGiven > sampleSize / 10);
    QVERIFY(notes > 100 && notes < sampleSize / 5);
    QVERIFY(languages.value(u"nl"_s) > sampleSize * 3 / 4);
    for (const QString &language : {u"fr"_s, u"ar"_s, u"tr"_s, u"pl"_s, u"en"_s})
        QVERIFY2(languages.value(language) > 20, qPrintable(language));
}

// Real names are long-tailed: Peeters is the most common Flemish family name at about 1 %,
// compound given names such as Anne-Marie are rare, most names are carried by few people.
void TestRegionGenerator::realisticNameFrequencies()
{
    QHash<QString, int> family, given;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        ++family[b.citizen.familyName];
        ++given[b.citizen.givenNames.section(u' ', 0, 0)];
    }
    const auto top = [](const QHash<QString, int> &counts) {
        auto best = std::max_element(counts.cbegin(), counts.cend());
        return std::pair(best.key(), double(best.value()) / sampleSize);
    };
    const auto [topFamily, topFamilyShare] = top(family);
    QVERIFY2(topFamilyShare > 0.005 && topFamilyShare < 0.015,
             qPrintable(u"%1: %2"_s.arg(topFamily).arg(topFamilyShare)));
    const auto [topGiven, topGivenShare] = top(given);
    QVERIFY2(topGivenShare < 0.03, qPrintable(u"%1: %2"_s.arg(topGiven).arg(topGivenShare)));
    QVERIFY2(family.size() > 800, qPrintable(QString::number(family.size())));
    const double smet = double(family.value(u"De Smet"_s) + family.value(u"Desmet"_s)) / sampleSize;
    QVERIFY2(smet > 0.001 && smet < 0.008, qPrintable(QString::number(smet)));
    const double anneMarie = double(given.value(u"Anne-Marie"_s)) / sampleSize;
    QVERIFY2(anneMarie < 0.003, qPrintable(QString::number(anneMarie)));
    int withVan = 0; // "Van", "Vande", "Vander": common in Flanders, but far from half of it
    for (auto it = family.cbegin(); it != family.cend(); ++it)
        withVan += it.key().startsWith(u"Van"_s) ? it.value() : 0;
    QVERIFY2(withVan > sampleSize / 20 && withVan < sampleSize / 5,
             qPrintable(QString::number(withVan)));
    int carriedByFew = 0; // names with at most 0.05 % of the population
    for (int n : std::as_const(family))
        carriedByFew += n <= sampleSize / 2000 ? n : 0;
    QVERIFY2(carriedByFew > sampleSize / 3, qPrintable(QString::number(carriedByFew)));
}

void TestRegionGenerator::plausiblePopulation()
{
    int minors = 0, over65 = 0, youngAdults = 0, youngConsent = 0, oldest = 0, oldestConsent = 0;
    qint64 reports = 0, documents = 0, contacts = 0;
    QHash<QString, int> perMunicipality;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        const int age = b.citizen.ageOn(today);
        QVERIFY(age >= 0 && age <= 101);
        QVERIFY(b.citizen.birthDate >= u"1925-01-01"_s && b.citizen.birthDate <= u"2025-12-31"_s);
        minors += age < 18;
        over65 += age >= 65;
        if (age >= 18 && age < 30) {
            ++youngAdults;
            youngConsent += b.citizen.eboxConsent;
        }
        if (age >= 80) {
            ++oldest;
            oldestConsent += b.citizen.eboxConsent;
        }
        if (age < 18)
            QVERIFY(!b.citizen.eboxConsent);
        reports += b.reports.size();
        documents += b.documents.size();
        contacts += b.contacts.size();
        ++perMunicipality[b.citizen.municipalityNis];
        QVERIFY(!b.citizen.street.isEmpty() && !b.citizen.houseNumber.isEmpty());
        QCOMPARE(b.citizen.postcode.size(), 4);
    }
    QVERIFY2(minors > sampleSize / 8 && minors < sampleSize / 4,
             qPrintable(QString::number(minors)));
    QVERIFY2(over65 > sampleSize / 7 && over65 < sampleSize * 3 / 10,
             qPrintable(QString::number(over65)));
    QVERIFY(double(youngConsent) / youngAdults > 2.0 * oldestConsent / oldest);
    QVERIFY2(reports > sampleSize / 5 && reports < sampleSize * 2 / 5,
             qPrintable(QString::number(reports)));
    QVERIFY2(documents > sampleSize * 6 / 5 && documents < sampleSize * 9 / 5,
             qPrintable(QString::number(documents)));
    QVERIFY2(contacts > sampleSize * 7 / 10 && contacts < sampleSize * 13 / 10,
             qPrintable(QString::number(contacts)));
    // Population follows size: Leuven is by far the largest, every municipality has people.
    QCOMPARE(perMunicipality.size(), 8);
    for (auto it = perMunicipality.cbegin(); it != perMunicipality.cend(); ++it) {
        if (it.key() != u"24062"_s)
            QVERIFY(perMunicipality.value(u"24062"_s) > 3 * it.value());
        QVERIFY(it.value() > sampleSize / 50);
    }
}

void TestRegionGenerator::everyDocumentPath()
{
    QSet<QString> paths;
    QSet<DocumentStatus> statuses;
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        for (const Document &d : b.documents) {
            paths.insert(documentPath(d));
            for (const DocumentEvent &e : d.history)
                statuses.insert(e.status);
            QVERIFY(!d.title.isEmpty() && !d.kind.isEmpty() && !d.sender.isEmpty());
        }
    }
    const QStringList expected = {
        u"ebox: prepared sent delivered read"_s,
        u"ebox: prepared sent delivered unread_reminder read"_s,
        u"ebox: prepared sent delivered unread_reminder fallback_to_paper paper_sent"_s,
        u"ebox: prepared sent delivered unread_reminder fallback_to_paper paper_sent returned"_s,
        u"ebox: prepared sent delivered unread_reminder expiring expired"_s,
        u"paper: prepared paper_sent"_s,
        u"paper: prepared paper_sent returned"_s,
        u"paper: prepared paper_sent expiring expired"_s,
        u"paper: prepared"_s, // prepared today, not posted yet
    };
    for (const QString &path : expected)
        QVERIFY2(paths.contains(path), qPrintable(path));
    for (int s = int(DocumentStatus::Prepared); s <= int(DocumentStatus::Returned); ++s)
        QVERIFY2(statuses.contains(DocumentStatus(s)),
                 qPrintable(documentStatusCode(DocumentStatus(s))));
}

void TestRegionGenerator::everyReportStatusAndContactChannel()
{
    QSet<ReportStatus> inHistory, current;
    QSet<ContactChannel> channels;
    QSet<QString> topics;
    int followUps = 0;
    const QStringList knownTopics = m_region->contactTopics();
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        for (const Report &r : b.reports) {
            current.insert(r.status);
            for (const ReportStatusChange &h : r.history)
                inHistory.insert(h.status);
        }
        for (const ContactMoment &c : b.contacts) {
            channels.insert(c.channel);
            QVERIFY2(knownTopics.contains(c.topic), qPrintable(c.topic));
            topics.insert(c.topic);
            followUps += c.followUpTask.isEmpty() ? 0 : 1;
        }
    }
    for (int s = int(ReportStatus::Received); s <= int(ReportStatus::Forwarded); ++s) {
        QVERIFY2(inHistory.contains(ReportStatus(s)),
                 qPrintable(reportStatusCode(ReportStatus(s))));
        QVERIFY2(current.contains(ReportStatus(s)), qPrintable(reportStatusCode(ReportStatus(s))));
    }
    for (int c = int(ContactChannel::Counter); c <= int(ContactChannel::Video); ++c)
        QVERIFY2(channels.contains(ContactChannel(c)),
                 qPrintable(contactChannelCode(ContactChannel(c))));
    QCOMPARE(topics.size(), knownTopics.size());
    QVERIFY(followUps > 1000);
}

void TestRegionGenerator::catalogues()
{
    const QList<Municipality> municipalities = m_region->municipalities();
    QSet<QString> nis;
    for (const Municipality &m : municipalities) {
        nis.insert(m.nisCode);
        QVERIFY(!m.name.isEmpty() && !m.region.isEmpty() && m.version > 0 &&
                m.updatedAt < todayStart);
    }
    QCOMPARE(nis, (QSet<QString>{u"24062"_s, u"24038"_s, u"24055"_s, u"24009"_s, u"24011"_s,
                                 u"24043"_s, u"24086"_s, u"24094"_s}));

    const QList<Category> categories = m_region->categories();
    QSet<QString> groups, codes;
    for (const Category &c : categories) {
        groups.insert(c.groupCode);
        codes.insert(c.code);
        QVERIFY(!c.nameNl.isEmpty() && !c.nameFr.isEmpty() && !c.nameEn.isEmpty());
        QVERIFY(!c.service.isEmpty() && c.normWorkingDays > 0);
    }
    QCOMPARE(codes.size(), categories.size());
    QVERIFY(categories.size() >= 18 && categories.size() <= 25);
    QVERIFY(groups.size() >= 4 && groups.size() <= 6);
    for (const CitizenBundle &b : std::as_const(m_sample)) {
        for (const Report &r : b.reports)
            QVERIFY(codes.contains(r.categoryCode));
    }

    // Dozens of streets per municipality, with the real postcodes of the deelgemeenten.
    QHash<QString, QSet<QString>> streets;
    QHash<QString, QString> postcodeOf;
    for (const demo::Street &s : m_region->streets()) {
        streets[s.nisCode].insert(s.place + u'/' + s.name);
        postcodeOf.insert(s.place, s.postcode);
    }
    for (const QString &code : std::as_const(nis))
        QVERIFY2(streets.value(code).size() >= 24, qPrintable(code));
    QVERIFY(streets.value(u"24062"_s).contains(u"Leuven/Bondgenotenlaan"_s));
    QVERIFY(streets.value(u"24062"_s).contains(u"Heverlee/Geldenaaksebaan"_s));
    QVERIFY(streets.value(u"24062"_s).contains(u"Kessel-Lo/Diestsesteenweg"_s));
    QCOMPARE(postcodeOf.value(u"Leuven"_s), u"3000"_s);
    QCOMPARE(postcodeOf.value(u"Heverlee"_s), u"3001"_s);
    QCOMPARE(postcodeOf.value(u"Kessel-Lo"_s), u"3010"_s);
    QCOMPARE(postcodeOf.value(u"Wilsele"_s), u"3012"_s);
    QCOMPARE(postcodeOf.value(u"Wijgmaal"_s), u"3018"_s);
    QCOMPARE(postcodeOf.value(u"Werchter"_s), u"3118"_s);
    // Citizens live on those streets.
    for (qsizetype i = 0; i < 200; ++i) {
        const Citizen &c = m_sample.at(i).citizen;
        QVERIFY(streets.value(c.municipalityNis).contains(c.city + u'/' + c.street));
        QCOMPARE(postcodeOf.value(c.city), c.postcode);
    }
}

void TestRegionGenerator::nisCodeForPlace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nis");
    QTest::newRow("municipality") << u"Leuven"_s << u"24062"_s;
    QTest::newRow("deelgemeente") << u"Heverlee"_s << u"24062"_s;
    QTest::newRow("case and blanks") << u"  kessel-LO "_s << u"24062"_s;
    QTest::newRow("hyphenated municipality") << u"Oud-Heverlee"_s << u"24086"_s;
    QTest::newRow("its deelgemeente") << u"Sint-Joris-Weert"_s << u"24086"_s;
    QTest::newRow("Werchter") << u"Werchter"_s << u"24094"_s;
    QTest::newRow("outside the region") << u"Brussel"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRegionGenerator::nisCodeForPlace()
{
    QFETCH(QString, name);
    QFETCH(QString, nis);
    QCOMPARE(RegionGenerator::nisCodeForPlace(name), nis);
}

void TestRegionGenerator::searchKeyBuilderMatchesSearchKeyFor()
{
    SearchKeyBuilder builder;
    for (qsizetype i = 0; i < 3000; ++i) {
        const Citizen &c = m_sample.at(i).citizen;
        QCOMPARE(builder.keyFor(c), searchKeyFor(c));
    }
    Citizen edge;
    edge.familyName = u"Vandenbroeck-D'Hondt"_s;
    edge.givenNames = u"Anne-Marie  Şule"_s;
    edge.birthDate = u"1954-00-00"_s;
    QCOMPARE(builder.keyFor(edge), searchKeyFor(edge));
    QCOMPARE(builder.keyFor(edge), searchKeyFor(edge)); // from the remembered tokens
}

QTEST_GUILESS_MAIN(TestRegionGenerator)
#include "tst_regiongenerator.moc"
