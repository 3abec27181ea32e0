// An outreach worker's offline day, end to end against the real loket-hub on loopback (issue 7):
// a list of 20 visits is prepared, the hub goes away, the worker does at least 50 actions of
// every kind the dossier offers, the app is closed and started again, the hub comes back — and
// every action is on the hub exactly once, the cache agrees with the hub record by record, and a
// contact moment a colleague corrected on the hub meanwhile becomes a conflict, not an overwrite.

#include "synctestkit.h"

#include "model/accessentry.h"
#include "model/contactmoment.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/visit.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/localhub.h"
#include "sync/visitpreparer.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {
const QString leuven = u"24062"_s;
const QString guideId = u"ebox-activate"_s;
const QStringList guideSteps{u"open-website"_s, u"start-login"_s, u"choose-key"_s};
constexpr int visitCount = 20;
constexpr int perCitizen = 3; // actions of each kind per visited citizen: 60 of each kind

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

class TestOfflineDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDayOfflineLandsOnceAndConflictsAreKept();

private:
    bool startHub(quint16 port);
    std::unique_ptr<Store> makeStore();
    // Every action waits until the store wrote it (recordsChanged) or failed to.
    bool waitForWrites(QSignalSpy &changed, QSignalSpy &failed, int writes);
    // The records of the visited citizens the hub holds, through the outreach account's feed.
    std::optional<kit::HubApi::Feed> outreachFeed();

    QTemporaryDir m_dir;
    QString m_cache;
    LocalHub m_hub;
    std::unique_ptr<kit::HubApi> m_api;
    DemoAccount m_outreach;
    DemoAccount m_counter;
    DemoAccount m_admin;
};

bool TestOfflineDay::startHub(quint16 port)
{
    LocalHub::Options o;
    o.program = QStringLiteral(LOKET_HUB_BINARY);
    o.database = m_dir.filePath(u"hub.db"_s);
    o.port = port;
    o.demo = true;
    o.citizens = 400;
    o.seed = 23;
    m_hub.start(o);
    return m_hub.waitForStarted(120000);
}

void TestOfflineDay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(u"outreach.db"_s);
    QVERIFY2(startHub(0), qPrintable(m_hub.errorString() + m_hub.standardError()));
    const auto outreach = m_hub.account(u"outreach"_s, {leuven});
    const auto counter = m_hub.account(u"counter"_s, {leuven});
    const auto admin = m_hub.account(u"admin"_s, {leuven});
    QVERIFY(outreach && counter && admin);
    m_outreach = *outreach;
    m_counter = *counter;
    m_admin = *admin;
    m_api = std::make_unique<kit::HubApi>(m_hub.url());
}

void TestOfflineDay::cleanupTestCase()
{
    m_hub.stop();
}

std::unique_ptr<Store> TestOfflineDay::makeStore()
{
    StoreOptions o = kit::fastStoreOptions(m_cache);
    o.sync.timeoutMs = 3000;
    return kit::openStore(o);
}

bool TestOfflineDay::waitForWrites(QSignalSpy &changed, QSignalSpy &failed, int writes)
{
    return QTest::qWaitFor([&] { return changed.size() + failed.size() >= writes; }, 60000) &&
           failed.isEmpty();
}

std::optional<kit::HubApi::Feed> TestOfflineDay::outreachFeed()
{
    return m_api->readFeed(m_api->login(m_outreach.user, m_outreach.password));
}

void TestOfflineDay::aDayOfflineLandsOnceAndConflictsAreKept()
{
    const QByteArray counterToken = m_api->login(m_counter.user, m_counter.password);
    const QByteArray outreachToken = m_api->login(m_outreach.user, m_outreach.password);
    QVERIFY(!counterToken.isEmpty() && !outreachToken.isEmpty());

    // The day's list: 20 Leuven citizens with documents, planned on the hub. The demo's own
    // visits for this account are withdrawn first, so that the list is exactly these 20.
    const kit::HttpReply planned = m_api->request("GET", u"/api/v1/visits"_s, outreachToken);
    QVERIFY2(planned.status == 200, planned.body.constData());
    for (const QJsonValue &v : planned.json().value(u"visits"_s).toArray()) {
        const kit::HttpReply gone = m_api->request(
            "DELETE", u"/api/v1/visits/"_s + v.toObject().value(u"id"_s).toString(), outreachToken);
        QVERIFY2(gone.status == 204, gone.body.constData());
    }
    const auto region = m_api->readFeed(counterToken);
    QVERIFY(region);
    QSet<QString> withDocuments;
    for (auto it = region->records.cbegin(); it != region->records.cend(); ++it) {
        if (it.key().startsWith(u"document:"_s))
            withDocuments.insert(it.value().value(u"citizen_id"_s).toString());
    }
    QStringList citizens;
    for (auto it = region->records.cbegin(); it != region->records.cend(); ++it) {
        const QString id = it.value().value(u"id"_s).toString();
        if (it.key().startsWith(u"citizen:"_s) &&
            it.value().value(u"municipality_nis"_s).toString() == leuven &&
            withDocuments.contains(id))
            citizens << id;
    }
    citizens.sort();
    QVERIFY2(citizens.size() >= visitCount + 1, "too few Leuven citizens with documents");
    const QString notVisited = citizens.at(visitCount);
    citizens = citizens.mid(0, visitCount);
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Brussels"_ba)).date();
    for (int i = 0; i < visitCount; ++i) {
        Visit v;
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        v.citizenId = citizens.at(i);
        v.date = today.addDays(i % 5);
        v.purpose = u"Help with letters (%1)"_s.arg(i + 1);
        const kit::HttpReply r =
            m_api->request("POST", u"/api/v1/visits"_s, outreachToken,
                           QJsonDocument(wire::toJson(v)).toJson(QJsonDocument::Compact),
                           {{"Idempotency-Key", newKey()}});
        QVERIFY2(r.status == 201, r.body.constData());
    }

    // A contact moment a colleague at the counter logged earlier: the worker will correct it
    // offline while the colleague corrects it on the hub.
    ContactMoment earlier;
    earlier.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    earlier.citizenId = citizens.first();
    earlier.channel = ContactChannel::Counter;
    earlier.topic = u"ebox_help"_s;
    earlier.summary = u"asked how to read letters in the eBox"_s;
    earlier.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const kit::HttpReply logged =
        m_api->request("POST", u"/api/v1/contact-moments"_s, counterToken,
                       QJsonDocument(wire::toJson(earlier)).toJson(QJsonDocument::Compact),
                       {{"Idempotency-Key", newKey()}});
    QVERIFY2(logged.status == 201, logged.body.constData());

    // Prepare for offline: the cache holds exactly the visited dossiers.
    auto store = makeStore();
    QVERIFY(store);
    QVERIFY(kit::signInAndPull(*store, m_hub.url(), m_outreach.user, m_outreach.password));
    QSignalSpy prepared(store.get(), &Store::visitPreparationFinished);
    store->prepareVisits();
    QTRY_COMPARE_WITH_TIMEOUT(prepared.size(), 1, 120000);
    const auto outcome = prepared.first().first().value<VisitPreparationOutcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.total, visitCount);
    QCOMPARE(outcome.prepared, visitCount);
    QCOMPARE(outcome.failed, 0);
    QVERIFY(outcome.bytes > 0);
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM citizen"_s), QString::number(visitCount));
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM visit"_s), QString::number(visitCount));
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM citizen WHERE id = ?"_s, {notVisited}),
             u"0"_s);
    QCOMPARE(
        kit::scalar(m_cache, u"SELECT version FROM contact_moment WHERE id = ?"_s, {earlier.id}),
        u"1"_s);
    QCOMPARE(store->pendingCount(), 0);
    const int hubContactsBefore = [&] {
        const auto feed = outreachFeed();
        int n = 0;
        for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
            n += it.key().startsWith(u"contact_moment:"_s) ? 1 : 0;
        return n;
    }();

    // The hub goes away: the day starts.
    const quint16 port = m_hub.port();
    m_hub.stop();
    QVERIFY(!m_hub.isRunning());
    store->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!store->isOnline(), 30000);

    QSignalSpy changed(store.get(), &Store::recordsChanged);
    QSignalSpy failed(store.get(), &Store::writeFailed);
    QSignalSpy refused(store.get(), &Store::writeRefused);
    int writes = 0;
    QStringList accessIds, contactIds, actionIds, progressIds;
    for (int i = 0; i < visitCount; ++i) {
        const QString citizen = citizens.at(i);
        const QStringList documents = kit::scalar(m_cache,
                                                  u"SELECT group_concat(id, ' ') FROM document"
                                                  " WHERE citizen_id = ?"_s,
                                                  {citizen})
                                          .split(u' ', Qt::SkipEmptyParts);
        QVERIFY(!documents.isEmpty());
        for (int k = 0; k < perCitizen; ++k) {
            // The dossier is opened: the access log.
            AccessEntry opened;
            opened.citizenId = citizen;
            opened.purpose = AccessPurpose::HomeVisit;
            accessIds << store->recordAccess(opened);
            // A conversation is logged, then corrected.
            ContactMoment m;
            m.citizenId = citizen;
            m.channel = ContactChannel::HomeVisit;
            m.topic = u"ebox_help"_s;
            m.summary = u"home visit %1.%2"_s.arg(i + 1).arg(k + 1);
            m.staffId = store->session().staffId;
            m.municipalityNis = store->session().municipality;
            m.id = store->logContactMoment(m);
            contactIds << m.id;
            // Access-log entries change no view: only the contact is counted here.
            QVERIFY(waitForWrites(changed, failed, ++writes));
            m.outcome = u"corrected after the visit %1.%2"_s.arg(i + 1).arg(k + 1);
            store->correctContactMoment(m);
            // A guide step done with help.
            GuideProgress p;
            p.citizenId = citizen;
            p.guideId = guideId;
            p.stepId = guideSteps.at(k);
            p.guideVersion = 1;
            p.status = StepStatus::WithHelp;
            store->recordGuideProgress(p);
            progressIds << guideProgressId(citizen, guideId, p.stepId);
            // Something done about a document.
            DocumentAction a;
            a.citizenId = citizen;
            a.documentId = documents.at(k % documents.size());
            a.kind = k == 0   ? DocumentActionKind::Explained
                     : k == 1 ? DocumentActionKind::PaperCopy
                              : DocumentActionKind::Resend;
            if (a.kind != DocumentActionKind::Explained)
                a.reason = u"Letter not received (visit %1)"_s.arg(i + 1);
            actionIds << store->recordDocumentAction(a);
            QVERIFY(waitForWrites(changed, failed, writes += 3));
        }
        // A follow-up visit planned on the spot.
        Visit next;
        next.citizenId = citizen;
        next.date = today.addDays(7 + i % 3);
        next.purpose = u"Check the eBox works"_s;
        QVERIFY(!store->addVisit(next).isEmpty());
        QVERIFY(waitForWrites(changed, failed, ++writes));
    }
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(2).toString()));
    // And the colleague's contact moment, corrected offline.
    ContactMoment mine = earlier;
    mine.outcome = u"the worker showed it at home (mine)"_s;
    store->correctContactMoment(mine);
    QVERIFY(waitForWrites(changed, failed, ++writes));
    QTRY_COMPARE_WITH_TIMEOUT(kit::scalar(m_cache, u"SELECT count(*) FROM audit_entry"_s),
                              QString::number(visitCount * perCitizen), 20000);
    // Contacts, corrections, guide steps, document actions, visits, the shared correction,
    // and the openings of the access log.
    const int actions = writes + int(accessIds.size());
    QCOMPARE(writes, visitCount * (perCitizen * 4 + 1) + 1);
    QCOMPARE(QSet<QString>(contactIds.cbegin(), contactIds.cend()).size(), visitCount * perCitizen);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), actions, 20000);

    // The app is closed and started again, still without the hub: nothing was lost.
    store.reset();
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM outbox"_s), QString::number(actions));
    store = makeStore();
    QVERIFY(store);
    QCOMPARE(store->pendingCount(), actions);

    // Back at the office: the hub returns, and the colleague corrects the shared contact first.
    QVERIFY2(startHub(port), qPrintable(m_hub.errorString() + m_hub.standardError()));
    QCOMPARE(m_hub.port(), port);
    const QByteArray colleague = m_api->login(m_counter.user, m_counter.password);
    QJsonObject theirs =
        m_api->request("GET", u"/api/v1/contact-moments/"_s + earlier.id, colleague).json();
    theirs.insert(u"outcome"_s, u"sent the letter again by post (colleague)"_s);
    const kit::HttpReply put =
        m_api->request("PUT", u"/api/v1/contact-moments/"_s + earlier.id, colleague,
                       QJsonDocument(theirs).toJson(), {{"If-Match", "\"1\""}});
    QVERIFY2(put.status == 200, put.body.constData());

    QVERIFY(kit::signInAndPull(*store, m_hub.url(), m_outreach.user, m_outreach.password));
    QTRY_COMPARE_WITH_TIMEOUT(store->conflictCount(), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(store->pendingCount(), 1, 120000);
    QVERIFY(kit::pullAgain(*store));

    // The conflict: base, theirs and mine kept; the hub still holds the colleague's words.
    {
        Connection reader(u"offline-day"_s);
        QVERIFY(reader.open(m_cache, Connection::Mode::ReadOnly));
        const QList<SyncConflict> conflicts = Outbox(reader.database()).conflicts();
        reader.close();
        QCOMPARE(conflicts.size(), 1);
        const SyncConflict &c = conflicts.first();
        QCOMPARE(c.entityId, earlier.id);
        auto outcomeOf = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object().value(u"outcome"_s).toString();
        };
        QCOMPARE(outcomeOf(c.baseJson), QString());
        QCOMPARE(outcomeOf(c.theirsJson), u"sent the letter again by post (colleague)"_s);
        QCOMPARE(outcomeOf(c.mineJson), mine.outcome);
    }
    const kit::HttpReply shared =
        m_api->request("GET", u"/api/v1/contact-moments/"_s + earlier.id, colleague);
    QCOMPARE(shared.json().value(u"outcome"_s).toString(),
             u"sent the letter again by post (colleague)"_s);

    // Every action is on the hub exactly once.
    const auto hub = outreachFeed();
    QVERIFY(hub);
    int hubContacts = 0;
    for (auto it = hub->records.cbegin(); it != hub->records.cend(); ++it)
        hubContacts += it.key().startsWith(u"contact_moment:"_s) ? 1 : 0;
    QCOMPARE(hubContacts, hubContactsBefore + visitCount * perCitizen);
    for (const QString &id : std::as_const(contactIds)) {
        const QJsonObject c = hub->records.value(u"contact_moment:"_s + id);
        QVERIFY2(c.value(u"outcome"_s).toString().startsWith(u"corrected after the visit"_s),
                 qPrintable(id));
        QCOMPARE(c.value(u"version"_s).toInteger(), 2); // created, then corrected: no more
    }
    for (const QString &id : std::as_const(progressIds)) {
        const QJsonObject p = hub->records.value(u"guide_progress:"_s + id);
        QCOMPARE(p.value(u"status"_s).toString(), u"with_help"_s);
        QCOMPARE(p.value(u"version"_s).toInteger(), 1);
    }
    QSet<QString> hubActions;
    for (auto it = hub->records.cbegin(); it != hub->records.cend(); ++it) {
        if (it.key().startsWith(u"document_action:"_s))
            hubActions.insert(it.value().value(u"id"_s).toString());
    }
    QCOMPARE(hubActions, QSet<QString>(actionIds.cbegin(), actionIds.cend()));
    const kit::HttpReply visits = m_api->request("GET", u"/api/v1/visits"_s, outreachToken);
    QCOMPARE(visits.json().value(u"visits"_s).toArray().size(), 2 * visitCount);
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM visit WHERE version > 0"_s),
             QString::number(2 * visitCount));
    QCOMPARE(kit::scalar(m_cache, u"SELECT count(*) FROM guide_progress WHERE version = 1"_s),
             QString::number(progressIds.size()));

    // 100 % of the openings are in the hub's access log, once each.
    const QByteArray admin = m_api->login(m_admin.user, m_admin.password);
    QSet<QString> logged_;
    int entries = 0;
    for (const QString &citizen : std::as_const(citizens)) {
        QUrlQuery query;
        query.addQueryItem(u"citizen_id"_s, citizen);
        const kit::HttpReply log = m_api->request(
            "GET", u"/api/v1/access-log?"_s + query.toString(QUrl::FullyEncoded), admin);
        QVERIFY2(log.status == 200, log.body.constData());
        for (const QJsonValue &e : log.json().value(u"entries"_s).toArray()) {
            ++entries;
            logged_.insert(e.toObject().value(u"id"_s).toString());
        }
    }
    QCOMPARE(entries, accessIds.size());
    QCOMPARE(logged_, QSet<QString>(accessIds.cbegin(), accessIds.cend()));

    // And the cache holds what the hub holds, record by record, but for the conflicted one.
    QString error;
    QHash<QString, QJsonObject> cached = kit::cacheRecords(m_cache, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, QJsonObject> expected = kit::normaliseAll(hub->records);
    for (auto *records : {&cached, &expected}) {
        records->remove(u"contact_moment:"_s + earlier.id);
        for (auto it = records->begin(); it != records->end();) {
            // Reference records (municipalities, categories) are compared by the sync suites;
            // guide steps and visits, which the cache reader does not turn back into wire
            // records, were compared one by one above.
            const bool dossier =
                !it.key().startsWith(u"municipality:"_s) && !it.key().startsWith(u"category:"_s) &&
                !it.key().startsWith(u"guide_progress:"_s) && !it.key().startsWith(u"visit:"_s);
            it = dossier ? std::next(it) : records->erase(it);
        }
    }
    QCOMPARE(kit::difference(expected, cached), QString());
}

QTEST_GUILESS_MAIN(TestOfflineDay)
#include "tst_offline_day.moc"
