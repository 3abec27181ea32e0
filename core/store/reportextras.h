#pragma once

#include "model/report.h"

#include <QString>

namespace loket {

// How the cache keeps what a report and a category carry beyond their columns (the citizen's
// wish to be kept informed, extra field values, photo metadata; a category's extra fields): as
// their wire JSON, so that what the hub sends is kept whole and read back by the same parser.
QString reportExtrasJson(const Report &report);
// Sets notifyBy, attributes and photos of `report` from reportExtrasJson(); false (and the
// report unchanged) when the text cannot be read.
bool readReportExtras(const QString &json, Report *report);
QString categoryFieldsJson(const Category &category);
bool readCategoryFields(const QString &json, Category *category);

} // namespace loket
