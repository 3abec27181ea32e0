#include "uilanguage.h"
#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace loket::ui {

UiLanguage::UiLanguage(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &Settings::languageChanged, this, [this] {
        m_override.clear();
        apply();
    });
}

UiLanguage::~UiLanguage()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
}

QString UiLanguage::forSystemLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Dutch:
        return u"nl"_s;
    case QLocale::French:
        return u"fr"_s;
    case QLocale::English:
        return u"en"_s;
    default:
        return u"nl"_s; // the region's administrative language
    }
}

void UiLanguage::setSessionOverride(const QString &language)
{
    m_override = supported().contains(language) ? language : QString();
}

QString UiLanguage::apply()
{
    QString language = m_override;
    if (language.isEmpty())
        language = m_settings.language();
    if (language.isEmpty())
        language = forSystemLocale(QLocale::system());
    if (language == m_current)
        return m_current;

    if (m_installed) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_installed = false;
    }
    // Dates and numbers follow the UI language as written in Belgium.
    QLocale::setDefault(QLocale(language + u"_BE"_s));
    m_current = language;
    // English is the source language: its catalogue holds only plural forms.
    const bool app = m_appTranslator.load(u":/i18n/loket_"_s + language);
    const bool qt = language != u"en"_s &&
                    m_qtTranslator.load(u"qtbase_"_s + language,
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (app)
        QCoreApplication::installTranslator(&m_appTranslator);
    if (qt)
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_installed = app || qt;
    if (!app)
        qWarning("No translation for %s is compiled in.", qPrintable(language));
    if (!m_installed) {
        // Widgets still need LanguageChange to re-read their texts.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit changed(m_current);
    return m_current;
}

} // namespace loket::ui
