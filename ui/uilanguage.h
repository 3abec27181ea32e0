#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace loket::ui {

class Settings;

// Chooses and installs the staff UI language: the command line's choice for this session, else
// the setting, else the system locale when it is Dutch, French or English, else Dutch (DESIGN §9).
// Installing a translator makes Qt send LanguageChange to every widget, which re-translates.
class UiLanguage final : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(Settings &settings, QObject *parent = nullptr);
    ~UiLanguage() override;

    static QStringList supported()
    {
        return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
    }
    // The language the UI follows for a system locale.
    static QString forSystemLocale(const QLocale &locale);

    // A language for this session only (`--lang`); empty clears it. Choosing a language in the
    // settings later replaces it.
    void setSessionOverride(const QString &language);
    // Resolves the language and installs its translators; returns the language now in use.
    QString apply();
    QString current() const { return m_current; }

signals:
    void changed(const QString &language);

private:
    Settings &m_settings;
    QString m_override;
    QString m_current;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
};

} // namespace loket::ui
