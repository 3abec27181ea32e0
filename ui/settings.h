#pragma once

#include "sync/workoffline.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace loket::ui {

enum class Theme { Standard, HighContrast };

// The staff member's own preferences, kept in QSettings: UI language, text size, theme and the
// cache opened last. Setters persist at once and announce the change, so whatever applies a
// preference (UiLanguage, Appearance) follows it without a restart.
class Settings final : public QObject
{
    Q_OBJECT
public:
    static constexpr int minimumTextScale = 100;
    static constexpr int maximumTextScale = 200;

    // The user's settings in the platform's usual place.
    explicit Settings(QObject *parent = nullptr);
    // Settings kept in an INI file: for tests and for a portable setup.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    // "nl", "fr", "en", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    // Percent of the system font size, 100 to 200.
    int textScale() const;
    void setTextScale(int percent);

    Theme theme() const;
    void setTheme(Theme theme);

    QString lastCache() const;
    void setLastCache(const QString &path);

    // The regional hub and the account signed in last; the password is never kept (DESIGN §8).
    QString hubAddress() const;
    void setHubAddress(const QString &address);
    QString hubAccount() const;
    void setHubAccount(const QString &account);

    // Minutes without input before the screen locks (DESIGN §8); 1 to 60, 5 by default.
    static constexpr int defaultLockMinutes = 5;
    int lockMinutes() const;
    void setLockMinutes(int minutes);

    // Privacy mode masks addresses and contact details on screen, for a counter that others
    // can see; national numbers stay masked and cannot be revealed.
    bool privacyMode() const;
    void setPrivacyMode(bool on);

    // Days an outreach laptop keeps a visited citizen's dossier after the visit (DESIGN §8,
    // data minimisation); 0 to 60, 14 by default.
    static constexpr int maximumKeepVisitedDays = 60;
    int keepVisitedDays() const;
    void setKeepVisitedDays(int days);

    // "Work offline" (File menu): remembered, so a laptop taken on visits stays offline.
    WorkOffline workOffline() const;
    void setWorkOffline(WorkOffline mode);

    // How the window divides results and dossier, as QSplitter::saveState gives it.
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

signals:
    void languageChanged(const QString &language);
    void textScaleChanged(int percent);
    void themeChanged(loket::ui::Theme theme);
    void lockMinutesChanged(int minutes);
    void privacyModeChanged(bool on);
    void keepVisitedDaysChanged(int days);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace loket::ui
