#include "visitpreparer.h"
#include "clock.h"
#include "hubclient.h"
#include "syncengine.h"
#include "wire.h"

#include "model/belgiantime.h"
#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/guideprogresstable.h"
#include "store/outbox.h"
#include "store/visitlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QUrl>

namespace loket {

VisitPreparer::VisitPreparer(Connection &connection, CacheWriter &writer, Outbox &outbox,
                             const Clock &clock, SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_writer(writer)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_engine(engine)
    , m_citizenVersion(connection.handle(), "SELECT version FROM citizen WHERE id = ?1")
    , m_reportVersion(connection.handle(), "SELECT version FROM report WHERE id = ?1")
    , m_documentVersion(connection.handle(), "SELECT version FROM document WHERE id = ?1")
    , m_contactVersion(connection.handle(), "SELECT version FROM contact_moment WHERE id = ?1")
    , m_actionVersion(connection.handle(), "SELECT version FROM document_action WHERE id = ?1")
{
    qRegisterMetaType<loket::VisitPreparationProgress>();
    qRegisterMetaType<loket::VisitPreparationOutcome>();
}

VisitPreparer::~VisitPreparer()
{
    QObject::disconnect(m_waitForPull);
    if (m_request && m_engine.hubClient())
        m_engine.hubClient()->cancel(m_request);
    if (m_single && m_engine.hubClient())
        m_engine.hubClient()->cancel(m_single);
}

QString VisitPreparer::nowIso() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

void VisitPreparer::start(int keepDays)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_keepDays = keepDays;
    m_citizens.clear();
    m_next = 0;
    m_progress = {};
    m_outcome = {};
    if (m_engine.isWiped()) {
        finish(tr("This computer's copy was wiped at the request of the regional service."));
        return;
    }
    if (!m_engine.session().isValid() || m_engine.phase() == SyncPhase::LoginRequired) {
        finish(tr("Sign in first: the dossiers come from the regional hub."));
        return;
    }
    emit progressChanged(m_progress);
    // The visit list, the category catalogue and what the feed brings of the listed citizens
    // come with a pull; the dossiers are fetched once it is done.
    m_waitForPull = connect(&m_engine, &SyncEngine::cycleFinished, this, &VisitPreparer::onPulled);
    m_engine.syncNow();
}

void VisitPreparer::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    QObject::disconnect(m_waitForPull);
    if (m_request && m_engine.hubClient())
        m_engine.hubClient()->cancel(m_request); // its callback does not run after this
    m_request = nullptr;
    finish();
}

void VisitPreparer::onPulled(const SyncOutcome &outcome)
{
    QObject::disconnect(m_waitForPull);
    if (!m_running)
        return;
    if (outcome.heldOffline) {
        finish(tr("Work offline is on. Switch it off to prepare the visits."));
        return;
    }
    if (!outcome.pulled) {
        finish(tr("The regional hub could not be reached, so nothing was fetched. The dossiers "
                  "prepared earlier are still on this computer."));
        return;
    }
    const QDate today = belgianDate(nowIso());
    QSet<QString> seen;
    for (const Visit &v : VisitListReader(m_connection.database()).visits()) {
        if (visitIsCurrent(v, today, m_keepDays) && !seen.contains(v.citizenId)) {
            seen.insert(v.citizenId);
            m_citizens << v.citizenId;
        }
    }
    m_outcome.total = int(m_citizens.size());
    m_progress.total = m_outcome.total;
    emit progressChanged(m_progress);
    fetchNext();
}

void VisitPreparer::fetchNext()
{
    if (!m_running)
        return;
    if (m_next >= m_citizens.size()) {
        finish();
        return;
    }
    // Switched on by hand meanwhile: nothing more goes out (the engine's rule, kept here too).
    if (m_engine.workOffline() == WorkOffline::On) {
        finish(tr("Work offline was switched on. The dossiers fetched until then are ready."));
        return;
    }
    const QString citizenId = m_citizens.at(m_next++);
    HubRequest request;
    request.path = QStringLiteral("/api/v1/citizens/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(citizenId)) +
                   QStringLiteral("/dossier");
    m_request = m_engine.hubClient()->send(request, [this, citizenId](const HubReply &reply) {
        m_request = nullptr;
        onDossier(citizenId, reply);
    });
}

void VisitPreparer::onDossier(const QString &citizenId, const HubReply &reply)
{
    if (!m_running || m_cancelled)
        return;
    QString reason;
    bool stop = false;
    if (!reply.answered()) {
        reason = reply.failure == HubReply::Failure::Timeout
                     ? tr("the regional hub did not answer in time")
                     : tr("the regional hub cannot be reached");
    } else if (reply.status == 401) {
        reason = tr("the sign-in is no longer valid; sign in again");
        stop = true; // every further request would get the same answer
    } else if (reply.status == 403) {
        reason = tr("this citizen is not on your visit list at the regional hub");
    } else if (reply.status == 404) {
        reason = tr("the regional hub does not know this citizen");
    } else if (reply.status != 200) {
        reason = tr("the regional hub answered with an error (HTTP %1)").arg(reply.status);
    } else if (!reply.isJson()) {
        reason = tr("the regional hub's answer could not be read");
    } else {
        QString detail;
        if (applyDossier(citizenId, reply.body, Bookkeeping::VisitPreparation, &detail)) {
            ++m_outcome.prepared;
            m_outcome.bytes += reply.body.size();
        } else {
            reason = tr("the dossier could not be stored (%1)").arg(detail);
        }
    }
    if (!reason.isEmpty()) {
        ++m_outcome.failed;
        ++m_progress.failed;
        if (!recordFailure(citizenId, reason)) {
            finish(tr("The cache cannot be written (is the disk full?)."));
            return;
        }
    }
    ++m_progress.done;
    m_progress.citizenId = citizenId;
    emit progressChanged(m_progress);
    emit recordsChanged(RecordType::Visit, {});
    if (stop) {
        finish(tr("The sign-in is no longer valid. Sign in again and prepare once more."));
        return;
    }
    fetchNext();
}

qint64 VisitPreparer::localVersion(SqliteStatement &statement, const QString &id)
{
    statement.bind(1, id);
    const qint64 version = statement.step() == SQLITE_ROW ? statement.int64(0) : -1;
    statement.reset();
    return version;
}

bool VisitPreparer::mayReplace(RecordType type, const QString &id, qint64 version,
                               SqliteStatement *probe)
{
    if (m_outbox.hasEntriesFor(recordTypeCode(type), id))
        return false; // the local change stands until the hub has answered it
    const qint64 local =
        probe ? localVersion(*probe, id) : GuideProgressTable(m_connection.database()).version(id);
    return local <= version;
}

void VisitPreparer::fetchDossier(const QString &citizenId)
{
    if (m_single && m_engine.hubClient())
        m_engine.hubClient()->cancel(m_single); // its callback does not run after this
    m_single = nullptr;
    if (m_engine.isWiped() || !m_engine.hubClient() || !m_engine.session().isValid() ||
        m_engine.workOffline() == WorkOffline::On) {
        emit dossierFetched(citizenId, tr("The dossier is not on this computer and the regional "
                                          "hub cannot be asked now (offline)."));
        return;
    }
    HubRequest request;
    request.path = QStringLiteral("/api/v1/citizens/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(citizenId)) +
                   QStringLiteral("/dossier");
    m_single = m_engine.hubClient()->send(request, [this, citizenId](const HubReply &reply) {
        m_single = nullptr;
        QString reason = failureOf(reply);
        if (reason.isEmpty()) {
            QString detail;
            if (!applyDossier(citizenId, reply.body, Bookkeeping::None, &detail))
                reason = tr("the dossier could not be stored (%1)").arg(detail);
        }
        emit dossierFetched(
            citizenId,
            reason.isEmpty() ? QString() : tr("The dossier could not be opened: %1.").arg(reason));
    });
}

QString VisitPreparer::failureOf(const HubReply &reply)
{
    if (!reply.answered())
        return reply.failure == HubReply::Failure::Timeout
                   ? tr("the regional hub did not answer in time")
                   : tr("the regional hub cannot be reached");
    if (reply.status == 401)
        return tr("the sign-in is no longer valid; sign in again");
    if (reply.status == 403)
        return tr("the regional hub does not let this account see this citizen");
    if (reply.status == 404)
        return tr("the regional hub does not know this citizen");
    if (reply.status != 200)
        return tr("the regional hub answered with an error (HTTP %1)").arg(reply.status);
    if (!reply.isJson())
        return tr("the regional hub's answer could not be read");
    return {};
}

bool VisitPreparer::applyDossier(const QString &citizenId, const QByteArray &body,
                                 Bookkeeping bookkeeping, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    // Everything is checked before anything is written: a dossier is stored whole or not at all.
    const auto citizen =
        wire::citizenFromJson(root.value(QLatin1String("citizen")).toObject(), error);
    if (!citizen)
        return false;
    if (citizen->id != citizenId) {
        *error = QStringLiteral("the dossier is of citizen %1").arg(citizen->id);
        return false;
    }
    const auto list = [&root](const char *key) { return root.value(QLatin1String(key)).toArray(); };
    const auto belongs = [&citizenId, error](const QString &owner, const char *what) {
        if (owner == citizenId)
            return true;
        *error = QStringLiteral("a %1 of another citizen").arg(QLatin1String(what));
        return false;
    };
    QList<Report> reports;
    for (const QJsonValue &v : list("reports")) {
        auto r = wire::reportFromJson(v.toObject(), error);
        if (!r)
            return false;
        reports << *r;
    }
    QList<Document> documents;
    for (const QJsonValue &v : list("documents")) {
        auto d = wire::documentFromJson(v.toObject(), error);
        if (!d || !belongs(d->citizenId, "document"))
            return false;
        documents << *d;
    }
    QList<ContactMoment> contacts;
    for (const QJsonValue &v : list("contact_moments")) {
        auto c = wire::contactMomentFromJson(v.toObject(), error);
        if (!c || !belongs(c->citizenId, "contact moment"))
            return false;
        contacts << *c;
    }
    QList<GuideProgress> progress;
    for (const QJsonValue &v : list("guide_progress")) {
        auto g = wire::guideProgressFromJson(v.toObject(), error);
        if (!g || !belongs(g->citizenId, "guide progress"))
            return false;
        progress << *g;
    }
    QList<DocumentAction> actions;
    for (const QJsonValue &v : list("document_actions")) {
        auto a = wire::documentActionFromJson(v.toObject(), error);
        if (!a || !belongs(a->citizenId, "document action"))
            return false;
        actions << *a;
    }

    QHash<RecordType, QStringList> changed;
    WriteTransaction tx(m_connection.database());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    const auto written = [&changed](RecordType type, const QString &id) {
        changed[type] << id;
        return true;
    };
    bool ok = true;
    if (mayReplace(RecordType::Citizen, citizen->id, citizen->version, &m_citizenVersion))
        ok = m_writer.upsert(*citizen) && written(RecordType::Citizen, citizen->id);
    for (const Report &r : std::as_const(reports)) {
        if (ok && mayReplace(RecordType::Report, r.id, r.version, &m_reportVersion))
            ok = m_writer.upsert(r) && written(RecordType::Report, r.id);
    }
    for (const Document &d : std::as_const(documents)) {
        if (ok && mayReplace(RecordType::Document, d.id, d.version, &m_documentVersion))
            ok = m_writer.upsert(d) && written(RecordType::Document, d.id);
    }
    for (const ContactMoment &c : std::as_const(contacts)) {
        if (ok && mayReplace(RecordType::ContactMoment, c.id, c.version, &m_contactVersion))
            ok = m_writer.upsert(c) && written(RecordType::ContactMoment, c.id);
    }
    for (const DocumentAction &a : std::as_const(actions)) {
        if (ok && mayReplace(RecordType::DocumentAction, a.id, a.version, &m_actionVersion))
            ok = m_writer.upsert(a) && written(RecordType::DocumentAction, a.id);
    }
    if (!ok)
        *error = m_writer.errorString();
    GuideProgressTable table(m_connection.database());
    for (const GuideProgress &g : std::as_const(progress)) {
        if (ok && mayReplace(RecordType::GuideProgress, g.id, g.version, nullptr)) {
            ok = table.upsert(g) && written(RecordType::GuideProgress, g.id);
            if (!ok)
                *error = table.errorString();
        }
    }
    VisitPreparationTable preparation(m_connection.database());
    if (ok && bookkeeping == Bookkeeping::VisitPreparation &&
        !preparation.markPrepared(citizenId, nowIso(), body.size())) {
        ok = false;
        *error = preparation.errorString();
    }
    if (ok && !tx.commit()) {
        ok = false;
        *error = tx.errorString();
    }
    if (!ok)
        return false;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        emit recordsChanged(it.key(), it.value());
    return true;
}

bool VisitPreparer::recordFailure(const QString &citizenId, const QString &reason)
{
    WriteTransaction tx(m_connection.database());
    VisitPreparationTable preparation(m_connection.database());
    return tx.isActive() && preparation.markFailed(citizenId, nowIso(), reason) && tx.commit();
}

void VisitPreparer::finish(const QString &error)
{
    m_running = false;
    m_outcome.cancelled = m_cancelled;
    m_outcome.error = error;
    emit finished(m_outcome);
}

} // namespace loket
