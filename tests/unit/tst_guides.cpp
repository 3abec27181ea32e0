#include "guides/guidelibrary.h"
#include "guides/guideparser.h"
#include "guides/handouttext.h"
#include "guides/townhall.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

const QStringList requiredGuides{u"ebox-activate"_s, u"eid-login"_s,        u"eloket-document"_s,
                                 u"itsme-login"_s,   u"report-follow-up"_s, u"report-problem"_s};
const QStringList requiredLanguages{u"ar"_s, u"de"_s, u"en"_s, u"fr"_s, u"nl"_s, u"tr"_s};

QString errorList(const GuideLibrary &library)
{
    QStringList lines;
    for (const GuideError &e : library.errors())
        lines.append(e.toString());
    return lines.join(u'\n');
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

// A small, valid guide file; tests break one thing in it at a time.
QByteArray validGuide(const QByteArray &id = "demo-guide", const QByteArray &version = "1")
{
    return "---\n"
           "id: " +
           id +
           "\n"
           "version: " +
           version +
           "\n"
           "title: A demo guide\n"
           "audience: Testers.\n"
           "url: https://example.org/start\n"
           "---\n"
           "\n"
           "Some **intro** text.\n"
           "\n"
           "## 1. First step {#first}\n"
           "\n"
           "Do the first thing.\n"
           "\n"
           "## 2. Second step {#second}\n"
           "\n"
           "Do the second thing.\n";
}

QByteArray validHandoutText()
{
    return "language-name: X\nstep: Step {number}\nscan: Scan\nor-type: Or type\n"
           "questions: Questions? {townhall}\nphone: Phone\nemail: Mail\nwebsite: Web\n"
           "opening-hours: Hours\npage: {page}/{pages}\n";
}

const QByteArray tinyPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQG"
                           "AhKmMIQAAAABJRU5ErkJggg==");

} // namespace

class TestGuides : public QObject
{
    Q_OBJECT
private slots:
    void builtInLibraryLoads();
    void everyGuideInEveryLanguage_data();
    void everyGuideInEveryLanguage();
    void sourceFolderMatchesBuiltIn();
    void handoutTextsComplete_data();
    void handoutTextsComplete();
    void parserReadsStructure();
    void parserRejects_data();
    void parserRejects();
    void handoutTextRejects_data();
    void handoutTextRejects();
    void libraryRejects_data();
    void libraryRejects();
    void placeholdersResolved();
    void missingTownHallSettingIsNamed();
    void townHallSettingsRoundTrip();
    void townHallSettingsRejected_data();
    void townHallSettingsRejected();
};

void TestGuides::builtInLibraryLoads()
{
    GuideLibrary library;
    QVERIFY2(library.load(GuideLibrary::builtInRoot()), qPrintable(errorList(library)));
    for (const QString &id : requiredGuides)
        QVERIFY2(library.guideIds().contains(id), qPrintable(id));
    QCOMPARE(library.languages(), requiredLanguages);
}

void TestGuides::everyGuideInEveryLanguage_data()
{
    QTest::addColumn<QString>("guideId");
    QTest::addColumn<QString>("language");
    for (const QString &id : requiredGuides) {
        for (const QString &language : requiredLanguages)
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(language)) << id << language;
    }
}

void TestGuides::everyGuideInEveryLanguage()
{
    QFETCH(QString, guideId);
    QFETCH(QString, language);
    GuideLibrary library;
    QVERIFY2(library.load(GuideLibrary::builtInRoot()), qPrintable(errorList(library)));
    const auto guide = library.guide(guideId, language);
    QVERIFY(guide);
    const auto dutch = library.guide(guideId, u"nl"_s);
    QVERIFY(dutch);

    // A valid header.
    QCOMPARE(guide->id, guideId);
    QCOMPARE(guide->language, language);
    QVERIFY(guide->version >= 1);
    QCOMPARE(guide->version, dutch->version);
    QVERIFY(!guide->title.trimmed().isEmpty());
    QVERIFY(!guide->audience.trimmed().isEmpty());
    QVERIFY2(guide->url.startsWith(u"https://"_s) || guide->url == u"{eloket-url}"_s ||
                 guide->url == u"{report-url}"_s,
             qPrintable(guide->url));
    QCOMPARE(guide->url.startsWith(u"https://"_s), dutch->url.startsWith(u"https://"_s));

    // The same steps as the Dutch text, each with a title and text, one action per step.
    QCOMPARE(guide->steps.size(), dutch->steps.size());
    QCOMPARE(guide->stepIds(), dutch->stepIds());
    QVERIFY(guide->steps.size() >= 5);
    for (const GuideStep &step : guide->steps) {
        QVERIFY(!step.title.isEmpty());
        QVERIFY2(!step.plainText().trimmed().isEmpty(), qPrintable(step.id));
        for (const GuideBlock &block : step.blocks) {
            if (block.kind == GuideBlock::Kind::Image) {
                QVERIFY2(QFile::exists(block.imagePath), qPrintable(block.imagePath));
                QVERIFY(!block.text.isEmpty());
            }
        }
    }
    QCOMPARE(guide->direction(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
}

void TestGuides::sourceFolderMatchesBuiltIn()
{
    // The compiled-in copy must be what the editors see in the source tree.
    GuideLibrary source;
    QVERIFY2(source.load(QStringLiteral(LOKET_SOURCE_DIR "/resources/guides")),
             qPrintable(errorList(source)));
    GuideLibrary builtIn;
    QVERIFY(builtIn.load(GuideLibrary::builtInRoot()));
    QCOMPARE(source.guideIds(), builtIn.guideIds());
    for (const QString &id : source.guideIds()) {
        for (const QString &language : source.languages()) {
            const auto a = source.guide(id, language);
            const auto b = builtIn.guide(id, language);
            QVERIFY(a && b);
            QCOMPARE(a->title, b->title);
            QCOMPARE(a->stepIds(), b->stepIds());
            QCOMPARE(a->steps.last().plainText(), b->steps.last().plainText());
        }
    }
}

void TestGuides::handoutTextsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : requiredLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestGuides::handoutTextsComplete()
{
    QFETCH(QString, language);
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    const auto text = library.handoutText(language);
    QVERIFY(text);
    const QString step = text->text(HandoutText::Key::Step, {{u"number"_s, u"7"_s}});
    QVERIFY2(step.contains(u'7') && !step.contains(u'{'), qPrintable(step));
    const QString page =
        text->text(HandoutText::Key::Page, {{u"page"_s, u"1"_s}, {u"pages"_s, u"2"_s}});
    QVERIFY(page.contains(u'1') && page.contains(u'2'));
    // Each language has its own words: nothing is left in English by accident.
    if (language != u"en"_s) {
        const auto english = library.handoutText(u"en"_s);
        QVERIFY(text->text(HandoutText::Key::Scan) != english->text(HandoutText::Key::Scan));
        QVERIFY(text->text(HandoutText::Key::OpeningHours) !=
                english->text(HandoutText::Key::OpeningHours));
    }
}

void TestGuides::parserReadsStructure()
{
    const QByteArray content = "\xEF\xBB\xBF---\r\n"
                               "id: sample\n"
                               "version: 3\n"
                               "title: Sample {townhall}\n"
                               "audience: Everyone.\n"
                               "url: {report-url}\n"
                               "---\n"
                               "Intro line one\n"
                               "continues here.\n"
                               "\n"
                               "- first item\n"
                               "  goes on\n"
                               "- second item\n"
                               "\n"
                               "## 1. Open it {#open-it}\n"
                               "Type **www.example.org** and press Enter.\n"
                               "\n"
                               "![A browser](../images/browser.png)\n"
                               "## 2. Close it {#close-it}\n"
                               "Done.\n";
    GuideError error;
    const auto guide = GuideParser::parse(content, u"sample/en.md"_s, u"en"_s, u"sample"_s, &error);
    QVERIFY2(guide, qPrintable(error.toString()));
    QCOMPARE(guide->version, 3);
    QCOMPARE(guide->url, u"{report-url}"_s);
    QCOMPARE(guide->intro.size(), 3);
    QCOMPARE(guide->intro[0].text, u"Intro line one continues here."_s);
    QCOMPARE(guide->intro[1].kind, GuideBlock::Kind::Bullet);
    QCOMPARE(guide->intro[1].text, u"first item goes on"_s);
    QCOMPARE(guide->intro[2].text, u"second item"_s);
    QCOMPARE(guide->stepIds(), (QStringList{u"open-it"_s, u"close-it"_s}));
    QCOMPARE(guide->steps[0].line, 15);
    QCOMPARE(guide->steps[0].blocks.size(), 2);
    const auto spans = guide->steps[0].blocks[0].spans();
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans[1].text, u"www.example.org"_s);
    QVERIFY(spans[1].bold);
    QVERIFY(!spans[0].bold);
    QCOMPARE(guide->steps[0].blocks[1].kind, GuideBlock::Kind::Image);
    QCOMPARE(guide->steps[0].blocks[1].image, u"../images/browser.png"_s);
    QCOMPARE(guide->steps[0].blocks[1].text, u"A browser"_s);
    QCOMPARE(guide->steps[0].plainText(), u"Type www.example.org and press Enter."_s);
}

void TestGuides::parserRejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray good = validGuide();
    const auto replaced = [&good](const QByteArray &from, const QByteArray &to) {
        QByteArray copy = good;
        Q_ASSERT(copy.contains(from));
        return copy.replace(from, to);
    };
    QTest::newRow("no header") << QByteArray("## 1. Step {#a}\ntext\n") << 1
                               << u"must start with its header"_s;
    QTest::newRow("header not closed")
        << QByteArray("---\nid: demo-guide\nversion: 1\n") << 1 << u"header is not closed"_s;
    QTest::newRow("missing field")
        << replaced("audience: Testers.\n", "") << 6 << u"has no \"audience\" field"_s;
    QTest::newRow("unknown field") << replaced("audience: Testers.\n", "audience: T\nauthor: me\n")
                                   << 6 << u"unknown header field \"author\""_s;
    QTest::newRow("duplicate field")
        << replaced("title: A demo guide\n", "title: A demo guide\ntitle: Again\n") << 5
        << u"appears twice (first on line 4)"_s;
    QTest::newRow("empty value") << replaced("title: A demo guide", "title:") << 4
                                 << u"\"title\" is empty"_s;
    QTest::newRow("not name value")
        << replaced("title: A demo guide", "just words") << 4 << u"name: value"_s;
    QTest::newRow("bad version") << replaced("version: 1", "version: one") << 3
                                 << u"whole number from 1 up, not \"one\""_s;
    QTest::newRow("zero version") << replaced("version: 1", "version: 0") << 3
                                  << u"whole number from 1 up"_s;
    QTest::newRow("id differs from folder") << replaced("id: demo-guide", "id: other-guide") << 2
                                            << u"differs from the guide's folder"_s;
    QTest::newRow("bad id") << replaced("id: demo-guide", "id: Demo Guide") << 2
                            << u"lowercase letters, digits and single hyphens"_s;
    QTest::newRow("plain http url") << replaced("https://example.org/start", "http://example.org")
                                    << 6 << u"starting with https://"_s;
    QTest::newRow("url not an address")
        << replaced("https://example.org/start", "the website") << 6 << u"starting with https://"_s;
    QTest::newRow("title heading")
        << replaced("Some **intro** text.", "# Title") << 9 << u"a # heading is not used"_s;
    QTest::newRow("sub heading") << replaced("Do the first thing.", "### More") << 13
                                 << u"only step headings"_s;
    QTest::newRow("heading without number")
        << replaced("## 1. First step {#first}", "## First step {#first}") << 11
        << u"a step heading reads"_s;
    QTest::newRow("missing step id") << replaced("## 1. First step {#first}", "## 1. First step")
                                     << 11 << u"step 1 has no step id"_s;
    QTest::newRow("bad step id") << replaced("{#first}", "{#First Step}") << 11
                                 << u"the step id \"First Step\" may only hold"_s;
    QTest::newRow("duplicate step id")
        << replaced("{#second}", "{#first}") << 15 << u"also used on line 11"_s;
    QTest::newRow("wrong number") << replaced("## 2. Second", "## 3. Second") << 15
                                  << u"this is step 2, so it must be numbered 2, not 3"_s;
    QTest::newRow("step without text")
        << replaced("Do the first thing.\n", "") << 11 << u"step 1 has no text"_s;
    QTest::newRow("last step without text")
        << replaced("Do the second thing.\n", "") << 15 << u"step 2 has no text"_s;
    QTest::newRow("no steps") << QByteArray(
                                     "---\nid: demo-guide\nversion: 1\ntitle: T\naudience: A\n"
                                     "url: https://example.org\n---\nOnly an intro.\n")
                              << 8 << u"the guide has no steps"_s;
    QTest::newRow("image without description")
        << replaced("Do the first thing.", "![](../images/a.png)") << 13 << u"no description"_s;
    QTest::newRow("image not png")
        << replaced("Do the first thing.", "![A map](map.svg)") << 13 << u"must be a PNG or JPEG"_s;
    QTest::newRow("image with text after")
        << replaced("Do the first thing.", "![A map](map.png) and more") << 13
        << u"on a line of its own"_s;
    QTest::newRow("unclosed bold") << replaced("Do the first thing.", "Do the **first thing.") << 13
                                   << u"opened but not closed"_s;
    QTest::newRow("unknown placeholder") << replaced("Do the first thing.", "Go to {website}.")
                                         << 13 << u"unknown placeholder {website}"_s;
    QTest::newRow("not utf-8") << replaced("Do the first thing.", "Caf\xe9.") << 13
                               << u"not UTF-8"_s;
}

void TestGuides::parserRejects()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    GuideError error;
    const auto guide =
        GuideParser::parse(content, u"demo-guide/en.md"_s, u"en"_s, u"demo-guide"_s, &error);
    QVERIFY(!guide);
    QCOMPARE(error.file, u"demo-guide/en.md"_s);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QVERIFY(error.toString().startsWith(u"demo-guide/en.md:%1: "_s.arg(line)));
}

void TestGuides::handoutTextRejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray good = validHandoutText();
    QTest::newRow("missing key") << QByteArray(good).replace("phone: Phone\n", "") << 0
                                 << u"\"phone\" is missing"_s;
    QTest::newRow("unknown key") << good + "fax: Fax\n" << 11 << u"unknown name \"fax\""_s;
    QTest::newRow("lost placeholder") << QByteArray(good).replace("Step {number}", "Step") << 2
                                      << u"must keep the placeholder {number}"_s;
    QTest::newRow("unknown placeholder") << QByteArray(good).replace("Scan\n", "Scan {code}\n") << 3
                                         << u"unknown placeholder {code}"_s;
    QTest::newRow("twice") << good + "phone: Tel\n" << 11 << u"appears twice"_s;
}

void TestGuides::handoutTextRejects()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    GuideError error;
    QVERIFY(!HandoutText::parse(content, u"handout/xx.txt"_s, u"nl"_s, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QVERIFY(HandoutText::parse(validHandoutText(), u"handout/nl.txt"_s, u"nl"_s, &error));
}

void TestGuides::libraryRejects_data()
{
    // Each row describes a folder of guides with one problem: files to write, and the error.
    QTest::addColumn<QStringList>("files"); // "path=content", content "@guide", "@png" ...
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QStringList base{u"handout/nl.txt=@handout"_s, u"handout/fr.txt=@handout"_s,
                           u"demo-guide/nl.md=@guide"_s, u"demo-guide/fr.md=@guide"_s};
    QTest::newRow("missing language")
        << QStringList{base[0], base[1], base[2]} << u"demo-guide/fr.md"_s << 0
        << u"missing: every guide needs a file for every language"_s;
    QTest::newRow("language without handout text")
        << (base + QStringList{u"demo-guide/de.md=@guide"_s}) << u"demo-guide/de.md"_s << 0
        << u"there is no handout/de.txt"_s;
    QTest::newRow("different step ids")
        << QStringList{base[0], base[1], base[2], u"demo-guide/fr.md=@guide-other-ids"_s}
        << u"demo-guide/fr.md"_s << 15 << u"step 2 has the id \"later\" but in nl.md it is"_s;
    QTest::newRow("different step count")
        << QStringList{base[0], base[1], base[2], u"demo-guide/fr.md=@guide-one-step"_s}
        << u"demo-guide/fr.md"_s << 0 << u"has 1 steps but nl.md has 2"_s;
    QTest::newRow("different version")
        << QStringList{base[0], base[1], base[2], u"demo-guide/fr.md=@guide-version-2"_s}
        << u"demo-guide/fr.md"_s << 0 << u"has version 2 but nl.md has version 1"_s;
    QTest::newRow("missing image")
        << QStringList{base[0], base[1], u"demo-guide/nl.md=@guide-image"_s,
                       u"demo-guide/fr.md=@guide-image"_s}
        << u"demo-guide/fr.md"_s << 13 << u"the image \"../images/a.png\" does not exist"_s;
    QTest::newRow("image is no png")
        << QStringList{base[0], base[1], u"demo-guide/nl.md=@guide-image"_s,
                       u"demo-guide/fr.md=@guide-image"_s, u"images/a.png=<svg/>"_s}
        << u"demo-guide/fr.md"_s << 13 << u"is not a PNG or JPEG image"_s;
    QTest::newRow("image outside the folder")
        << QStringList{base[0], base[1], u"demo-guide/nl.md=@guide-outside"_s,
                       u"demo-guide/fr.md=@guide-outside"_s}
        << u"demo-guide/fr.md"_s << 13 << u"lies outside the guides' folder"_s;
    QTest::newRow("folder is not an id")
        << (base + QStringList{u"Other Guide/nl.md=@guide"_s}) << u"Other Guide"_s << 0
        << u"a guide's folder is named after its id"_s;
    QTest::newRow("file is not a language")
        << (base + QStringList{u"demo-guide/notes.md=@guide"_s}) << u"demo-guide/notes.md"_s << 0
        << u"\"notes\" is not a language code"_s;
    QTest::newRow("broken handout text")
        << QStringList{u"handout/nl.txt=@handout"_s, u"handout/fr.txt=step: Etape\n"_s, base[2],
                       base[3]}
        << u"handout/fr.txt"_s << 1 << u"must keep the placeholder {number}"_s;
}

void TestGuides::libraryRejects()
{
    QFETCH(QStringList, files);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QHash<QString, QByteArray> contents{
        {u"@handout"_s, validHandoutText()},
        {u"@guide"_s, validGuide()},
        {u"@guide-other-ids"_s, QByteArray(validGuide()).replace("{#second}", "{#later}")},
        {u"@guide-one-step"_s, validGuide().left(validGuide().indexOf("## 2."))},
        {u"@guide-version-2"_s, validGuide("demo-guide", "2")},
        {u"@guide-image"_s,
         QByteArray(validGuide()).replace("Do the first thing.", "![A picture](../images/a.png)")},
        {u"@guide-outside"_s,
         QByteArray(validGuide()).replace("Do the first thing.", "![A picture](../../a.png)")},
        {u"@png"_s, tinyPng},
    };
    for (const QString &entry : files) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString value = entry.mid(eq + 1);
        writeFile(dir.filePath(entry.left(eq)), contents.value(value, value.toUtf8()));
    }
    GuideLibrary library;
    QVERIFY(!library.load(dir.path()));
    bool found = false;
    for (const GuideError &e : library.errors()) {
        if (e.file == file && e.line == line && e.message.contains(message))
            found = true;
    }
    QVERIFY2(found, qPrintable(errorList(library)));
}

void TestGuides::placeholdersResolved()
{
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    TownHall townHall = TownHall::demoHerent();
    townHall.reportUrl = u"https://meldingen.example.be/"_s;
    const auto guide = library.guide(u"report-problem"_s, u"nl"_s);
    QVERIFY(guide);
    QCOMPARE(guide->url, u"{report-url}"_s);
    QString error;
    const auto resolved = resolvePlaceholders(*guide, townHall, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->url, u"https://meldingen.example.be/"_s);
    const QString text = resolved->steps[2].plainText();
    QVERIFY2(text.contains(u"meldingen.example.be"_s) && !text.contains(u"https://"_s),
             qPrintable(text));

    const auto eid = library.guide(u"eid-login"_s, u"fr"_s);
    const auto eidResolved = resolvePlaceholders(*eid, townHall, &error);
    QVERIFY(eidResolved);
    QVERIFY(eidResolved->steps[5].plainText().contains(u"Gemeente Herent"_s));
    QVERIFY(!eidResolved->steps[5].plainText().contains(u'{'));
}

void TestGuides::missingTownHallSettingIsNamed()
{
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    TownHall townHall = TownHall::demoHerent();
    townHall.eLoketUrl.clear();
    QString error;
    QVERIFY(!resolvePlaceholders(*library.guide(u"eloket-document"_s, u"en"_s), townHall, &error));
    QVERIFY2(error.contains(u"townhall/eloket_url"_s), qPrintable(error));
    // A guide that does not use the address does not need it.
    QVERIFY(resolvePlaceholders(*library.guide(u"itsme-login"_s, u"en"_s), townHall, &error));
}

void TestGuides::townHallSettingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"townhall.ini"_s);
    const TownHall herent = TownHall::demoHerent();
    {
        QSettings settings(path, QSettings::IniFormat);
        herent.toSettings(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    QStringList problems;
    const auto read = TownHall::fromSettings(settings, &problems);
    QVERIFY2(read, qPrintable(problems.join(u'\n')));
    QCOMPARE(*read, herent);
    QCOMPARE(read->hoursText(1), u"08:30-12:00 13:30-19:00"_s);
    QCOMPARE(read->hoursText(6), QString());

    // The example file shipped for town halls is valid too.
    QSettings example(QStringLiteral(LOKET_SOURCE_DIR "/resources/guides/townhall.example.ini"),
                      QSettings::IniFormat);
    const auto fromExample = TownHall::fromSettings(example, &problems);
    QVERIFY2(fromExample, qPrintable(problems.join(u'\n')));
    QCOMPARE(fromExample->address, herent.address);
}

void TestGuides::townHallSettingsRejected_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("problem");
    const QByteArray good = "[townhall]\nname=Gemeente X\naddress=Straat 1, 1000 X\n"
                            "phone=02 000 00 00\n";
    QTest::newRow("no name") << QByteArray("[townhall]\naddress=A\nphone=1\n")
                             << u"townhall/name is missing"_s;
    QTest::newRow("no phone") << QByteArray("[townhall]\nname=X\naddress=A\n")
                              << u"townhall/phone is missing"_s;
    QTest::newRow("http address") << good + "report_url=http://x.be\n"
                                  << u"townhall/report_url must be a full web address"_s;
    QTest::newRow("bad hours") << good + "monday=8u30-12u\n"
                               << u"townhall/monday: \"8u30-12u\" is not an opening time"_s;
    QTest::newRow("closing before opening") << good + "friday=12:00-08:30\n"
                                            << u"townhall/friday: \"12:00-08:30\""_s;
}

void TestGuides::townHallSettingsRejected()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"townhall.ini"_s);
    writeFile(path, ini);
    QSettings settings(path, QSettings::IniFormat);
    QStringList problems;
    QVERIFY(!TownHall::fromSettings(settings, &problems));
    QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGuides)
#include "tst_guides.moc"
