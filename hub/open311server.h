#pragma once

#include "database.h"
#include "http.h"
#include "store.h"

#include "model/report.h"
#include "open311/georeport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace loket::hub {

// An Open311 key made for the demo, printed at start like the demo accounts.
struct DemoOpen311Key
{
    QString jurisdictionId;
    QString municipalityNis;
    QString apiKey;
};

// Serves Open311 GeoReport v2 under /open311/v2/ (docs/api.md "Open311"): the catalogue, the
// reports with their public numbers as ids, the status-updates extension, and POST requests
// with a municipality's API key, which files a report exactly as POST /api/v1/reports does.
// Stateless: one is made per request on the thread's store.
class Open311Server final
{
    Q_DECLARE_TR_FUNCTIONS(Open311Server)

public:
    Open311Server(Store &store, Database &database);

    HttpResponse handle(const HttpRequest &request);

    // "<the municipality's name in lower case, without accents, spaces or apostrophes>.be":
    // "leuven.be", "sint-pieters-leeuw.be".
    static QString jurisdictionFor(const QString &municipalityName);
    static QString jurisdictionOf(Store &store, const QString &nis);

    // One key per municipality of the region, derived from the demo seed so that it is the
    // same at every start; made when missing.
    static std::optional<QList<DemoOpen311Key>> ensureDemoKeys(Store &store, Database &database,
                                                               quint64 seed, QString *error);

private:
    HttpResponse discovery(const HttpRequest &request, open311::Format format);
    HttpResponse services(open311::Format format);
    HttpResponse definition(const QString &code, open311::Format format);
    HttpResponse requests(const HttpRequest &request, const QStringList &municipalities,
                          open311::Format format);
    HttpResponse oneRequest(const QString &publicNumber, const QStringList &municipalities,
                            open311::Format format);
    HttpResponse updates(const HttpRequest &request, const QStringList &municipalities,
                         open311::Format format);
    HttpResponse postRequest(const HttpRequest &request, const QString &jurisdictionNis,
                             open311::Format format);

    HttpResponse error(int status, const QString &description, open311::Format format) const;
    HttpResponse answer(QByteArray body, open311::Format format, int status = 200) const;
    // The categories by code; false when the database fails.
    bool loadCatalogue();
    open311::ServiceRequest requestOf(const Report &report);
    // Every report located in `municipalities`, read from the hub; nullopt when the database
    // fails.
    std::optional<QList<Report>> reportsIn(const QStringList &municipalities);

    Store &m_store;
    Database &m_database;
    QHash<QString, Category> m_catalogue;
    QHash<QString, QString> m_names; // NIS code -> municipality name
};

} // namespace loket::hub
