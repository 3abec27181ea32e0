#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

// The staff member's preferences and how the UI language is chosen from them.
class TestUiSettings : public QObject
{
    Q_OBJECT
private slots:
    void languageForSystemLocale_data();
    void languageForSystemLocale();
    void preferencesPersist();
    void unusableValuesFallBack();
    void sessionOverrideThenSettingDecide();

private:
    QTemporaryDir m_dir;
};

void TestUiSettings::languageForSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Flemish") << u"nl_BE"_s << u"nl"_s;
    QTest::newRow("Dutch") << u"nl_NL"_s << u"nl"_s;
    QTest::newRow("Belgian French") << u"fr_BE"_s << u"fr"_s;
    QTest::newRow("British English") << u"en_GB"_s << u"en"_s;
    QTest::newRow("German: the region's language") << u"de_BE"_s << u"nl"_s;
    QTest::newRow("Arabic: the region's language") << u"ar_MA"_s << u"nl"_s;
    QTest::newRow("C locale") << u"C"_s << u"nl"_s;
}

void TestUiSettings::languageForSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(ui::UiLanguage::forSystemLocale(QLocale(locale)), language);
}

void TestUiSettings::preferencesPersist()
{
    const QString file = m_dir.filePath(u"persist.ini"_s);
    {
        ui::Settings settings(file);
        QSignalSpy language(&settings, &ui::Settings::languageChanged);
        QSignalSpy scale(&settings, &ui::Settings::textScaleChanged);
        QSignalSpy theme(&settings, &ui::Settings::themeChanged);
        settings.setLanguage(u"fr"_s);
        settings.setLanguage(u"fr"_s); // no change, no signal
        settings.setTextScale(150);
        settings.setTheme(ui::Theme::HighContrast);
        settings.setLastCache(u"/srv/loket/herent.loket"_s);
        QCOMPARE(language.count(), 1);
        QCOMPARE(scale.count(), 1);
        QCOMPARE(theme.count(), 1);
    }
    ui::Settings again(file);
    QCOMPARE(again.language(), u"fr"_s);
    QCOMPARE(again.textScale(), 150);
    QCOMPARE(again.theme(), ui::Theme::HighContrast);
    QCOMPARE(again.lastCache(), u"/srv/loket/herent.loket"_s);
    again.setLanguage({});
    QCOMPARE(ui::Settings(file).language(), QString());
}

void TestUiSettings::unusableValuesFallBack()
{
    const QString file = m_dir.filePath(u"odd.ini"_s);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"ui/language"_s, u"klingon"_s);
        raw.setValue(u"ui/textScale"_s, u"huge"_s);
        raw.setValue(u"ui/theme"_s, u"neon"_s);
    }
    ui::Settings settings(file);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.textScale(), 100);
    QCOMPARE(settings.theme(), ui::Theme::Standard);
    settings.setTextScale(20);
    QCOMPARE(settings.textScale(), ui::Settings::minimumTextScale);
    settings.setTextScale(999);
    QCOMPARE(settings.textScale(), ui::Settings::maximumTextScale);
    settings.setLanguage(u"de"_s); // not a UI language: follow the system
    QCOMPARE(settings.language(), QString());
}

void TestUiSettings::sessionOverrideThenSettingDecide()
{
    ui::Settings settings(m_dir.filePath(u"language.ini"_s));
    settings.setLanguage(u"fr"_s);
    ui::UiLanguage language(settings);
    language.setSessionOverride(u"en"_s);
    QCOMPARE(language.apply(), u"en"_s);
    QCOMPARE(QLocale().name(), u"en_BE"_s);
    // Choosing a language in the settings replaces the command line's choice at once.
    QSignalSpy changed(&language, &ui::UiLanguage::changed);
    settings.setLanguage(u"nl"_s);
    QCOMPARE(language.current(), u"nl"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(QLocale().name(), u"nl_BE"_s);
    QCOMPARE(QCoreApplication::translate("loket::ui::MainWindow", "Results"), u"Resultaten"_s);
    settings.setLanguage(u"fr"_s);
    QCOMPARE(QCoreApplication::translate("loket::ui::MainWindow", "Results"), u"Résultats"_s);
    // An unknown override is ignored: the setting decides.
    language.setSessionOverride(u"xx"_s);
    QCOMPARE(language.apply(), u"fr"_s);
}

QTEST_GUILESS_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
