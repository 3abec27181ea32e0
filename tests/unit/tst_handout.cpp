#include "guides/guidelibrary.h"
#include "print/handoutwriter.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

// What pdftotext prints, reduced to what can be compared: NFKC turns Arabic presentation forms
// back into letters; the bidi controls pdftotext wraps right-to-left text in go; so does white
// space, since lines wrap differently from the source text; and so does punctuation, which
// pdftotext misplaces where Arabic and Latin meet ("Enter." comes out as ".Enter") and drops
// at line breaks ("e-" and "mail" become "email"). The letters and digits stay, in order.
QString comparable(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression removed(u"[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\s\\p{P}]"_s);
    return result.remove(removed);
}

// Runs a tool and returns its standard output; fails the test when it cannot run.
QByteArray run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        qWarning("%s is not installed; packaging/install-deps.sh installs it", qPrintable(program));
        return {};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
}

struct Word
{
    double xMin, yMin, xMax, yMax;
    QString text;
};

struct Page
{
    double width = 0;
    QList<Word> words;
};

// The words of the first page, with their boxes in points, from `pdftotext -bbox`.
Page firstPageWords(const QString &pdf)
{
    const QString html = QString::fromUtf8(
        run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s}));
    Page page;
    static const QRegularExpression pageTag(u"<page width=\"([\\d.]+)\""_s);
    page.width = pageTag.match(html).captured(1).toDouble();
    static const QRegularExpression wordTag(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    for (auto it = wordTag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        page.words.append({m.captured(1).toDouble(), m.captured(2).toDouble(),
                           m.captured(3).toDouble(), m.captured(4).toDouble(), m.captured(5)});
    }
    return page;
}

const double marginPt = 18 / 25.4 * 72; // the handout's left and right margins

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsTitleAndFirstStep_data();
    void pdfShowsTitleAndFirstStep();
    void arabicIsLaidOutRightToLeft();
    void qrCodeLeadsToTheService_data();
    void qrCodeLeadsToTheService();
    void typeIsLarge_data();
    void typeIsLarge();
    void handoutLanguageIsNotTheStaffLanguage();
    void printsOnAPrinter();
    void refusesWhatItCannotDo();

private:
    GuideLibrary m_library;
    QTemporaryDir m_dir;
};

void TestHandout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.load(GuideLibrary::builtInRoot()));
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
}

void TestHandout::pdfShowsTitleAndFirstStep_data()
{
    QTest::addColumn<QString>("guideId");
    QTest::addColumn<QString>("language");
    GuideLibrary library;
    QVERIFY(library.load(GuideLibrary::builtInRoot()));
    for (const QString &id : library.guideIds()) {
        for (const QString &language : library.languages())
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(language)) << id << language;
    }
}

void TestHandout::pdfShowsTitleAndFirstStep()
{
    QFETCH(QString, guideId);
    QFETCH(QString, language);
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const QString pdf = m_dir.filePath(u"%1-%2.pdf"_s.arg(guideId, language));
    QVERIFY2(writer.writePdf(guideId, language, pdf), qPrintable(writer.errorString()));

    const QString text = comparable(pdfText(pdf));
    QVERIFY(!text.isEmpty());
    QString error;
    const auto guide =
        resolvePlaceholders(*m_library.guide(guideId, language), TownHall::demoHerent(), &error);
    QVERIFY2(guide, qPrintable(error));
    QVERIFY2(text.contains(comparable(guide->title)), qPrintable(guide->title));
    const GuideStep &first = guide->steps.first();
    QVERIFY2(text.contains(comparable(first.title)), qPrintable(first.title));
    QVERIFY2(text.contains(comparable(first.blocks.first().plainText())),
             qPrintable(first.blocks.first().plainText()));
    // The last step too: nothing is cut off.
    QVERIFY2(text.contains(comparable(guide->steps.last().title)),
             qPrintable(guide->steps.last().title));
    // The web address printed under the code, and the town hall's contact details.
    QVERIFY2(text.contains(comparable(displayUrl(guide->url))), qPrintable(guide->url));
    QVERIFY(text.contains(comparable(u"016 85 30 00"_s)));
    QVERIFY(text.contains(comparable(u"Gemeente Herent"_s)));
    // The fixed words are in the handout's language.
    const auto fixed = m_library.handoutText(language);
    QVERIFY(text.contains(comparable(fixed->text(HandoutText::Key::Scan))));
    QVERIFY(text.contains(comparable(fixed->text(HandoutText::Key::OpeningHours))));
}

void TestHandout::arabicIsLaidOutRightToLeft()
{
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const QString arabic = m_dir.filePath(u"rtl-ar.pdf"_s);
    const QString dutch = m_dir.filePath(u"rtl-nl.pdf"_s);
    QVERIFY(writer.writePdf(u"ebox-activate"_s, u"ar"_s, arabic));
    QVERIFY(writer.writePdf(u"ebox-activate"_s, u"nl"_s, dutch));

    // The title is the first line: the words that start highest on the page.
    const auto titleBox = [](const Page &page) {
        double top = page.width * 2;
        for (const Word &w : page.words)
            top = qMin(top, w.yMin);
        QRectF box;
        for (const Word &w : page.words) {
            if (w.yMin < top + 5)
                box |= QRectF(QPointF(w.xMin, w.yMin), QPointF(w.xMax, w.yMax));
        }
        return box;
    };
    const Page ar = firstPageWords(arabic);
    const Page nl = firstPageWords(dutch);
    QVERIFY(ar.width > 500 && nl.width > 500);
    const QRectF arTitle = titleBox(ar);
    const QRectF nlTitle = titleBox(nl);
    QVERIFY(!arTitle.isEmpty() && !nlTitle.isEmpty());
    // Arabic: flush with the right margin, far from the left one.
    QVERIFY2(qAbs(arTitle.right() - (ar.width - marginPt)) < 3,
             qPrintable(u"%1 of %2"_s.arg(arTitle.right()).arg(ar.width)));
    QVERIFY2(arTitle.left() > marginPt + 100, qPrintable(QString::number(arTitle.left())));
    // Dutch: the other way round.
    QVERIFY2(qAbs(nlTitle.left() - marginPt) < 3, qPrintable(QString::number(nlTitle.left())));
    QVERIFY2(nlTitle.right() < nl.width - marginPt - 100,
             qPrintable(QString::number(nlTitle.right())));

    // Every line of Arabic text ends at the right margin or inside the page: lines that start
    // at the left margin (as Dutch ones do) would be the sign of left-to-right layout.
    int rightAligned = 0;
    for (const Word &w : ar.words) {
        if (qAbs(w.xMax - (ar.width - marginPt)) < 3)
            ++rightAligned;
    }
    int leftAligned = 0;
    for (const Word &w : nl.words) {
        if (qAbs(w.xMin - marginPt) < 3)
            ++leftAligned;
    }
    QVERIFY2(rightAligned >= 5, qPrintable(QString::number(rightAligned)));
    QVERIFY2(leftAligned >= 5, qPrintable(QString::number(leftAligned)));
}

void TestHandout::qrCodeLeadsToTheService_data()
{
    QTest::addColumn<QString>("guideId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");
    QTest::newRow("eBox in Dutch") << u"ebox-activate"_s << u"nl"_s << u"https://www.mijnebox.be"_s;
    QTest::newRow("itsme in Arabic")
        << u"itsme-login"_s << u"ar"_s << u"https://www.itsme-id.com"_s;
    QTest::newRow("eID software in French")
        << u"eid-login"_s << u"fr"_s << u"https://eid.belgique.be"_s;
    QTest::newRow("town hall's reports in Turkish")
        << u"report-problem"_s << u"tr"_s << TownHall::demoHerent().reportUrl;
    QTest::newRow("town hall's e-counter in German")
        << u"eloket-document"_s << u"de"_s << TownHall::demoHerent().eLoketUrl;
}

void TestHandout::qrCodeLeadsToTheService()
{
    QFETCH(QString, guideId);
    QFETCH(QString, language);
    QFETCH(QString, url);
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const QString pdf = m_dir.filePath(u"qr-%1-%2.pdf"_s.arg(guideId, language));
    QVERIFY(writer.writePdf(guideId, language, pdf));
    // Render the first page as a phone camera would see a printout, and decode it.
    const QString prefix = m_dir.filePath(u"qr-%1-%2"_s.arg(guideId, language));
    run(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s,
                        u"-singlefile"_s, pdf, prefix});
    QVERIFY(QFile::exists(prefix + u".png"_s));
    QVERIFY2(!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty(),
             "zbarimg is missing: install zbar-tools (packaging/install-deps.sh)");
    const QString decoded =
        QString::fromUtf8(run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, prefix + u".png"_s})).trimmed();
    QCOMPARE(decoded, url);
}

void TestHandout::typeIsLarge_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << u"nl"_s;
    QTest::newRow("ar") << u"ar"_s;
}

void TestHandout::typeIsLarge()
{
    QFETCH(QString, language);
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const auto doc = writer.document(u"eid-login"_s, language);
    QVERIFY2(doc, qPrintable(writer.errorString()));
    int fragments = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                continue;
            const double points =
                fragment.charFormat().font().pixelSize() / HandoutWriter::unitsPerPoint;
            QVERIFY2(points >= 14, qPrintable(u"%1 pt: %2"_s.arg(points).arg(fragment.text())));
            ++fragments;
        }
        // Every paragraph with text runs in the language's direction (Qt adds empty ones
        // after tables and frames).
        if (block.length() > 1)
            QCOMPARE(block.blockFormat().layoutDirection(),
                     language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
    }
    QVERIFY(fragments > 20);
}

void TestHandout::handoutLanguageIsNotTheStaffLanguage()
{
    // Staff working in French print a Dutch handout: everything on it stays Dutch.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const QString pdf = m_dir.filePath(u"staff-fr-handout-nl.pdf"_s);
    const bool written = writer.writePdf(u"eid-login"_s, u"nl"_s, pdf);
    QLocale::setDefault(previous);
    QVERIFY(written);
    const QString text = comparable(pdfText(pdf));
    for (const QString &dutch :
         {u"Stap 1"_s, u"Pagina 1 van"_s, u"Openingsuren"_s, u"Maandag"_s, u"Telefoon"_s})
        QVERIFY2(text.contains(comparable(dutch)), qPrintable(dutch));
    for (const QString &french : {u"Étape"_s, u"lundi"_s, u"Lundi"_s, u"Téléphone"_s})
        QVERIFY2(!text.contains(comparable(french)), qPrintable(french));
}

void TestHandout::printsOnAPrinter()
{
    // The app prints through QPrinter; it goes through the same code as the PDF, and the
    // printer's own margins do not move the content.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(u"printer.pdf"_s);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(10, 12, 10, 12), QPageLayout::Millimeter);
    HandoutWriter writer(m_library, TownHall::demoHerent());
    QVERIFY2(writer.print(u"itsme-login"_s, u"en"_s, &printer), qPrintable(writer.errorString()));
    QVERIFY(QFile::exists(pdf));
    const QString text = comparable(pdfText(pdf));
    QVERIFY(text.contains(comparable(m_library.guide(u"itsme-login"_s, u"en"_s)->title)));
    const Page page = firstPageWords(pdf);
    double left = page.width;
    for (const Word &w : page.words)
        left = qMin(left, w.xMin);
    QVERIFY2(qAbs(left - marginPt) < 3, qPrintable(QString::number(left)));
}

void TestHandout::refusesWhatItCannotDo()
{
    HandoutWriter writer(m_library, TownHall::demoHerent());
    const QString existing = m_dir.filePath(u"existing.pdf"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    QVERIFY(!writer.writePdf(u"no-such-guide"_s, u"nl"_s, existing));
    QCOMPARE(writer.error(), HandoutWriter::Error::UnknownGuide);
    QVERIFY(writer.errorString().contains(u"ebox-activate"_s));

    QVERIFY(!writer.writePdf(u"ebox-activate"_s, u"pl"_s, existing));
    QCOMPARE(writer.error(), HandoutWriter::Error::UnknownLanguage);
    QVERIFY2(writer.errorString().contains(u"ar, de, en, fr, nl, tr"_s),
             qPrintable(writer.errorString()));

    QVERIFY(!writer.writePdf(u"ebox-activate"_s, u"nl"_s, m_dir.filePath(u"no/such/dir/x.pdf"_s)));
    QCOMPARE(writer.error(), HandoutWriter::Error::CannotWrite);
    QVERIFY(writer.errorString().contains(u"no/such/dir/x.pdf"_s));

    TownHall noAddresses = TownHall::demoHerent();
    noAddresses.reportUrl.clear();
    HandoutWriter unconfigured(m_library, noAddresses);
    QVERIFY(!unconfigured.writePdf(u"report-follow-up"_s, u"nl"_s, existing));
    QCOMPARE(unconfigured.error(), HandoutWriter::Error::MissingSetting);
    QVERIFY(unconfigured.errorString().contains(u"townhall/report_url"_s));

    // None of these touched the file that was there.
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
