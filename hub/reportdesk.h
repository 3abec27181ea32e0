#pragma once

#include "database.h"
#include "http.h"
#include "store.h"
#include "writer.h"

#include "model/report.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

// Reports on the hub (issue 4, docs/api.md "Reports"): what POST /api/v1/reports and Open311's
// POST requests share, the report status rules, and the tables of migration 4.
namespace loket::hub {

// A photo of a report as the hub keeps it (report_photo).
struct StoredPhoto
{
    QString id;
    QString reportId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256; // hex, of the stored bytes
    QString createdAt;
    QString createdBy;
    QByteArray data; // empty unless asked for
};

// An Open311 API key as an admin sees it: the key itself is shown once, when it is made; the
// hub keeps only its hash.
struct Open311Key
{
    QString id;
    QString municipalityNis;
    QString label;
    QString createdAt;
    QString createdBy;
    QByteArray keyHash; // sha256 hex of the key
};

// The SQL of migration 4's tables (report numbers, photos, Open311 keys) on the calling
// thread's connection, the one the thread's Store writes through: inside a write, these
// statements belong to the same transaction.
class ReportTables final
{
public:
    ReportTables(QSqlDatabase db, Dialect dialect);

    QString lastError() const { return m_error; }

    // The next public number of `year` (inside a write). The first number of a year continues
    // after the highest one `highestExisting` finds among the reports already held (the
    // register's and the demo's), so that numbers stay unique.
    std::optional<qint64>
    nextReportNumber(int year, const std::function<std::optional<qint64>()> &highestExisting);

    // The public numbers the hub gave, to find a report by its Open311 id.
    bool insertPublicNumber(const QString &publicNumber, const QString &reportId);
    // nullopt with lastError() empty when the hub did not give this number.
    std::optional<QString> reportIdByNumber(const QString &publicNumber);

    bool insertPhoto(const StoredPhoto &photo);
    enum class Data { Without, With };
    // nullopt with lastError() empty when there is no such photo.
    std::optional<StoredPhoto> photo(const QString &id, Data data);

    bool insertKey(const Open311Key &key);
    std::optional<QList<Open311Key>> keys();
    // nullopt with lastError() empty when no key has this hash.
    std::optional<Open311Key> keyByHash(const QByteArray &keyHash);

private:
    bool exec(QSqlQuery &q);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_error;
};

// Who files a new report, and where it is received.
struct ReportAuthor
{
    enum class Channel {
        Staff,   // the regional API: an address is street, house number and postcode
        Open311, // an address_string as the client typed it: the postcode may be missing
    };
    QString staffId; // empty for a report that came in through Open311
    QString receivedNis;
    Channel channel = Channel::Staff;
    QString internalNote; // for the first step of the history
};

// What a category of the catalogue is, read from the hub; nullopt with `refusal` set (400 on
// `category` when it is unknown, 500 when the database fails).
std::optional<Category> categoryOf(Store &store, const QString &code, HttpResponse *refusal);

// A 400 `invalid` naming `field` ("attributes.<code>" for an extra field).
HttpResponse reportInvalid(const QString &message, const QString &field);

// Checks a new report against the catalogue and the region, decides what the hub decides
// (public number, status, history, received municipality, creation time, expected date,
// forwarding) and stores it through `writer`. Runs inside the caller's write transaction.
std::variant<StoredRecord, HttpResponse> createReport(Store &store, Writer &writer,
                                                      ReportTables &tables, Report draft,
                                                      const ReportAuthor &author,
                                                      const QString &now);

// The public text of the forwarding step, in Dutch like the rest of the catalogue's texts.
QString forwardedText(const QString &municipalityName);

// Why a status change is not allowed from `current` to `next` (core/model/reportrules.h: the
// reopen rule, the same status twice, a missing public text, texts too long); nullopt when it
// is.
std::optional<HttpResponse> refuseStatusChange(ReportStatus current, ReportStatus next,
                                               const QString &publicText,
                                               const QString &internalNote);

// The name of a municipality of the region, or its NIS code when the hub does not know it.
QString municipalityName(Store &store, const QString &nis);

} // namespace loket::hub
