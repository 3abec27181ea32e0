#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

class QSettings;

namespace loket {

// When the counter is open on one day of the week.
struct OpeningPeriod
{
    int dayOfWeek = 1; // 1 = Monday ... 7 = Sunday, as Qt counts
    QTime open;
    QTime close;

    friend bool operator==(const OpeningPeriod &, const OpeningPeriod &) = default;
};

// The town hall's contact details and online addresses, as each town hall configures them
// (settings group "townhall"): printed on handouts and filled into the guides' placeholders.
struct TownHall
{
    QString name;        // "Gemeente Herent"
    QStringList address; // one line each: "Wilsonstraat 1", "3020 Herent"
    QString phone;       // as people dial it: "016 85 30 00"
    QString email;
    QString website;   // https://...
    QString eLoketUrl; // the municipal e-counter: {eloket-url} in the guides
    QString reportUrl; // where citizens report a problem and follow it up: {report-url}
    QList<OpeningPeriod> openingHours; // in week order

    friend bool operator==(const TownHall &, const TownHall &) = default;

    // Herent, the demo region's town hall.
    static TownHall demoHerent();

    // Reads the group "townhall" of `settings` (an INI file or the app's settings). Returns
    // std::nullopt after listing every value that is missing or malformed in `problems`.
    static std::optional<TownHall> fromSettings(QSettings &settings, QStringList *problems);
    void toSettings(QSettings &settings) const;
    // The same from an INI file like resources/guides/townhall.example.ini.
    static std::optional<TownHall> fromFile(const QString &path, QStringList *problems);

    // "08:30-12:00 13:30-16:00" for one day; empty when closed.
    QString hoursText(int dayOfWeek) const;
};

} // namespace loket
