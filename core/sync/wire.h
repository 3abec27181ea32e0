#pragma once

#include "model/accessentry.h"
#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/guideprogress.h"
#include "model/municipality.h"
#include "model/report.h"
#include "model/task.h"
#include "model/visit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace loket::wire {

// The JSON form of every record in the regional API (docs/api.md), shared by loket-hub and
// the client so that both sides agree by construction. Field names are snake_case; times are
// UTC ISO 8601; unknown fields are ignored; a missing or mistyped required field is an error
// that names the field.

QJsonObject toJson(const Municipality &municipality);
QJsonObject toJson(const Category &category);
QJsonObject toJson(const Citizen &citizen);
QJsonObject toJson(const Report &report);
QJsonObject toJson(const Document &document);
QJsonObject toJson(const ContactMoment &contact);
QJsonObject toJson(const GuideProgress &progress);
QJsonObject toJson(const DocumentAction &action);
// An access-log entry goes to the hub only: the feed never delivers the log to clients.
QJsonObject toJson(const AccessEntry &entry);
QJsonObject toJson(const Visit &visit);
// Unset text fields (contact_moment_id, owner_staff_id, outcome, to_queue ...) are JSON null.
QJsonObject toJson(const Task &task);

std::optional<Municipality> municipalityFromJson(const QJsonObject &json, QString *error);
std::optional<Category> categoryFromJson(const QJsonObject &json, QString *error);
std::optional<Citizen> citizenFromJson(const QJsonObject &json, QString *error);
std::optional<Report> reportFromJson(const QJsonObject &json, QString *error);
std::optional<Document> documentFromJson(const QJsonObject &json, QString *error);
std::optional<ContactMoment> contactMomentFromJson(const QJsonObject &json, QString *error);
std::optional<GuideProgress> guideProgressFromJson(const QJsonObject &json, QString *error);
// Checks the form only; the rules on reason and document are documentActionProblem()'s.
std::optional<DocumentAction> documentActionFromJson(const QJsonObject &json, QString *error);
std::optional<AccessEntry> accessEntryFromJson(const QJsonObject &json, QString *error);
std::optional<Visit> visitFromJson(const QJsonObject &json, QString *error);
// Checks the form only; the rules are taskProblem()'s.
std::optional<Task> taskFromJson(const QJsonObject &json, QString *error);
// A task's "history" list alone (the cache keeps it as JSON).
std::optional<QList<TaskEvent>> taskHistoryFromJson(const QJsonArray &history, QString *error);

} // namespace loket::wire
