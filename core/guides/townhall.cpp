#include "guides/townhall.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::TownHall", text);
}

// Settings keys for the days, in Qt's order (1 = Monday).
const char16_t *const dayKeys[] = {u"monday", u"tuesday",  u"wednesday", u"thursday",
                                   u"friday", u"saturday", u"sunday"};

bool isWebAddress(const QString &text)
{
    static const QRegularExpression form(u"^https://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?$"_s);
    return form.match(text).hasMatch();
}

// QSettings reads "a, b" in an INI file as a list; a town hall's lines are meant either way.
QString joined(const QVariant &value, const QString &separator)
{
    return value.toStringList().join(separator).trimmed();
}

} // namespace

TownHall TownHall::demoHerent()
{
    // The demo region's town hall. The address, e-mail and web pages are Herent's public ones;
    // the phone number and opening hours are demo values: a real installation sets its own
    // (see resources/guides/townhall.example.ini).
    TownHall t;
    t.name = u"Gemeente Herent"_s;
    t.address = {u"Wilsonstraat 1"_s, u"3020 Herent"_s};
    t.phone = u"016 85 30 00"_s;
    t.email = u"info@herent.be"_s;
    t.website = u"https://www.herent.be"_s;
    t.eLoketUrl = u"https://www.herent.be"_s;
    t.reportUrl = u"https://www.herent.be/contact-met-het-gemeentehuis"_s;
    const QTime morningOpen(8, 30), morningClose(12, 0);
    for (int day = 1; day <= 5; ++day)
        t.openingHours.append({day, morningOpen, morningClose});
    t.openingHours.insert(1, {1, QTime(13, 30), QTime(19, 0)});
    return t;
}

std::optional<TownHall> TownHall::fromSettings(QSettings &settings, QStringList *problems)
{
    QStringList found;
    TownHall t;
    settings.beginGroup(u"townhall"_s);
    t.name = joined(settings.value(u"name"_s), u", "_s);
    const QStringList address = settings.value(u"address"_s).toStringList();
    for (const QString &line : address) {
        if (!line.trimmed().isEmpty())
            t.address.append(line.trimmed());
    }
    t.phone = joined(settings.value(u"phone"_s), u", "_s);
    t.email = joined(settings.value(u"email"_s), u", "_s);
    t.website = joined(settings.value(u"website"_s), u","_s);
    t.eLoketUrl = joined(settings.value(u"eloket_url"_s), u","_s);
    t.reportUrl = joined(settings.value(u"report_url"_s), u","_s);

    if (t.name.isEmpty())
        found.append(tr("townhall/name is missing: the town hall's name, like \"Gemeente "
                        "Herent\"."));
    if (t.address.isEmpty())
        found.append(tr("townhall/address is missing: street and number, postcode and place, "
                        "separated by a comma."));
    if (t.phone.isEmpty())
        found.append(tr("townhall/phone is missing."));
    const struct
    {
        const char16_t *key;
        QString value;
    } addresses[] = {
        {u"website", t.website}, {u"eloket_url", t.eLoketUrl}, {u"report_url", t.reportUrl}};
    for (const auto &a : addresses) {
        if (!a.value.isEmpty() && !isWebAddress(a.value))
            found.append(tr("townhall/%1 must be a full web address starting with https://, not "
                            "\"%2\".")
                             .arg(QString::fromUtf16(a.key), a.value));
    }

    static const QRegularExpression range(u"^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"_s);
    for (int day = 1; day <= 7; ++day) {
        const QString key = QString::fromUtf16(dayKeys[day - 1]);
        const QString text = joined(settings.value(key), u" "_s);
        for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = range.match(part);
            const QTime open =
                m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
            const QTime close =
                m.hasMatch() ? QTime(m.captured(3).toInt(), m.captured(4).toInt()) : QTime();
            if (!open.isValid() || !close.isValid() || open >= close) {
                found.append(tr("townhall/%1: \"%2\" is not an opening time like "
                                "\"08:30-12:00\" (several separated by spaces).")
                                 .arg(key, part));
                continue;
            }
            t.openingHours.append({day, open, close});
        }
    }
    settings.endGroup();

    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return std::nullopt;
    }
    return t;
}

std::optional<TownHall> TownHall::fromFile(const QString &path, QStringList *problems)
{
    // QSettings reads a missing or unreadable file as an empty one; say what is really wrong.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            *problems = {tr("Cannot read %1: %2.").arg(path, file.errorString())};
        return std::nullopt;
    }
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (problems)
            *problems = {tr("%1 is not a settings file like townhall.example.ini.").arg(path)};
        return std::nullopt;
    }
    return fromSettings(settings, problems);
}

void TownHall::toSettings(QSettings &settings) const
{
    settings.beginGroup(u"townhall"_s);
    settings.setValue(u"name"_s, name);
    settings.setValue(u"address"_s, address);
    settings.setValue(u"phone"_s, phone);
    settings.setValue(u"email"_s, email);
    settings.setValue(u"website"_s, website);
    settings.setValue(u"eloket_url"_s, eLoketUrl);
    settings.setValue(u"report_url"_s, reportUrl);
    for (int day = 1; day <= 7; ++day) {
        const QString key = QString::fromUtf16(dayKeys[day - 1]);
        const QString text = hoursText(day);
        if (text.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, text);
    }
    settings.endGroup();
}

QString TownHall::hoursText(int dayOfWeek) const
{
    QStringList parts;
    for (const OpeningPeriod &p : openingHours) {
        if (p.dayOfWeek == dayOfWeek)
            parts.append(p.open.toString(u"HH:mm"_s) + u'-' + p.close.toString(u"HH:mm"_s));
    }
    return parts.join(u' ');
}

} // namespace loket
