#include "settings.h"
#include "store/visitpurge.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {
const QString languageKey = u"ui/language"_s;
const QString textScaleKey = u"ui/textScale"_s;
const QString themeKey = u"ui/theme"_s;
const QString lastCacheKey = u"cache/last"_s;
const QString splitterStateKey = u"ui/splitter"_s;
const QString hubAddressKey = u"hub/address"_s;
const QString hubAccountKey = u"hub/account"_s;
const QString lockMinutesKey = u"privacy/lockMinutes"_s;
const QString keepVisitedDaysKey = u"privacy/keepVisitedDays"_s;
const QString privacyModeKey = u"privacy/mode"_s;
const QString workOfflineKey = u"sync/workOffline"_s;

bool isSupportedLanguage(const QString &language)
{
    return language == u"nl"_s || language == u"fr"_s || language == u"en"_s;
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::language() const
{
    const QString value = m_settings->value(languageKey).toString();
    return isSupportedLanguage(value) ? value : QString();
}

void Settings::setLanguage(const QString &language)
{
    const QString value = isSupportedLanguage(language) ? language : QString();
    if (value == this->language())
        return;
    if (value.isEmpty())
        m_settings->remove(languageKey);
    else
        m_settings->setValue(languageKey, value);
    emit languageChanged(value);
}

int Settings::textScale() const
{
    bool ok = false;
    const int value = m_settings->value(textScaleKey, minimumTextScale).toInt(&ok);
    return ok ? qBound(minimumTextScale, value, maximumTextScale) : minimumTextScale;
}

void Settings::setTextScale(int percent)
{
    const int value = qBound(minimumTextScale, percent, maximumTextScale);
    if (value == textScale())
        return;
    m_settings->setValue(textScaleKey, value);
    emit textScaleChanged(value);
}

Theme Settings::theme() const
{
    return m_settings->value(themeKey).toString() == u"high-contrast"_s ? Theme::HighContrast
                                                                        : Theme::Standard;
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(themeKey,
                         theme == Theme::HighContrast ? u"high-contrast"_s : u"standard"_s);
    emit themeChanged(theme);
}

QString Settings::lastCache() const
{
    return m_settings->value(lastCacheKey).toString();
}

void Settings::setLastCache(const QString &path)
{
    m_settings->setValue(lastCacheKey, path);
}

QString Settings::hubAddress() const
{
    return m_settings->value(hubAddressKey).toString();
}

void Settings::setHubAddress(const QString &address)
{
    m_settings->setValue(hubAddressKey, address);
}

QString Settings::hubAccount() const
{
    return m_settings->value(hubAccountKey).toString();
}

void Settings::setHubAccount(const QString &account)
{
    m_settings->setValue(hubAccountKey, account);
}

int Settings::lockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(lockMinutesKey, defaultLockMinutes).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 60 ? minutes : defaultLockMinutes;
}

void Settings::setLockMinutes(int minutes)
{
    minutes = qBound(1, minutes, 60);
    if (minutes == lockMinutes())
        return;
    m_settings->setValue(lockMinutesKey, minutes);
    emit lockMinutesChanged(minutes);
}

int Settings::keepVisitedDays() const
{
    bool ok = false;
    const int days = m_settings->value(keepVisitedDaysKey, defaultKeepVisitedDays).toInt(&ok);
    return ok && days >= 0 && days <= maximumKeepVisitedDays ? days : defaultKeepVisitedDays;
}

void Settings::setKeepVisitedDays(int days)
{
    days = qBound(0, days, maximumKeepVisitedDays);
    if (days == keepVisitedDays())
        return;
    m_settings->setValue(keepVisitedDaysKey, days);
    emit keepVisitedDaysChanged(days);
}

bool Settings::privacyMode() const
{
    return m_settings->value(privacyModeKey, false).toBool();
}

void Settings::setPrivacyMode(bool on)
{
    if (on == privacyMode())
        return;
    m_settings->setValue(privacyModeKey, on);
    emit privacyModeChanged(on);
}

WorkOffline Settings::workOffline() const
{
    return m_settings->value(workOfflineKey, false).toBool() ? WorkOffline::On : WorkOffline::Off;
}

void Settings::setWorkOffline(WorkOffline mode)
{
    m_settings->setValue(workOfflineKey, mode == WorkOffline::On);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(splitterStateKey).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(splitterStateKey, state);
}

} // namespace loket::ui
