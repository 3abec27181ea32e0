#include "reportextras.h"

#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

const QStringList reportExtraKeys{u"notify_by"_s, u"attributes"_s, u"photos"_s};

} // namespace

QString reportExtrasJson(const Report &report)
{
    const QJsonObject all = wire::toJson(report);
    QJsonObject extras;
    for (const QString &key : reportExtraKeys)
        extras.insert(key, all.value(key));
    return QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact));
}

bool readReportExtras(const QString &json, Report *report)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    // The parser wants a whole report; the columns hold the rest, so stand-ins do here.
    object.insert(u"id"_s, u"-"_s);
    object.insert(u"public_number"_s, u"-"_s);
    object.insert(u"category"_s, u"-"_s);
    object.insert(u"created_at"_s, u"-"_s);
    object.insert(u"status"_s, reportStatusCode(ReportStatus::Received));
    object.insert(u"version"_s, 0);
    QString error;
    const std::optional<Report> parsed = wire::reportFromJson(object, &error);
    if (!parsed)
        return false;
    report->notifyBy = parsed->notifyBy;
    report->attributes = parsed->attributes;
    report->photos = parsed->photos;
    return true;
}

QString categoryFieldsJson(const Category &category)
{
    return QString::fromUtf8(QJsonDocument(wire::toJson(category).value(u"fields"_s).toArray())
                                 .toJson(QJsonDocument::Compact));
}

bool readCategoryFields(const QString &json, Category *category)
{
    const QJsonObject object{{u"code"_s, u"-"_s},
                             {u"name_nl"_s, u"-"_s},
                             {u"fields"_s, QJsonDocument::fromJson(json.toUtf8()).array()}};
    QString error;
    const std::optional<Category> parsed = wire::categoryFromJson(object, &error);
    if (!parsed)
        return false;
    category->fields = parsed->fields;
    return true;
}

} // namespace loket
