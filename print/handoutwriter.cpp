#include "print/handoutwriter.h"

#include "print/qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::HandoutWriter", text);
}

// Layout units: 1/300 inch. Everything (fonts as pixel sizes, margins, pictures) is given in
// these units, so the layout does not depend on the screen's DPI; painting scales to the
// device's resolution.
constexpr double unitsPerInch = 300.0;
double mm(double millimetres)
{
    return millimetres / 25.4 * unitsPerInch;
}
int fontPixels(double points)
{
    return int(std::ceil(points * HandoutWriter::unitsPerPoint));
}

// Type sizes in points. Body text of at least 14 pt is what large-print guidance asks for;
// the steps' titles and the web address are larger still.
constexpr double titlePt = 26;
constexpr double bodyPt = 15;
constexpr double stepTitlePt = 18;
constexpr double addressPt = 19;
constexpr double footerPt = 11;

constexpr double lineSpacingEm = 1.7;

constexpr double marginMm = 18;
constexpr double topMarginMm = 16;
constexpr double bottomMarginMm = 24; // leaves room for the footer
constexpr double footerFromBottomMm = 12;

constexpr double stepPictureColumnMm = 58;
constexpr double stepImageMaxHeightMm = 40;
constexpr double qrSizeMm = 40;

const QColor textColour(0x1a, 0x1a, 0x1a);
const QColor accentColour(0x1f, 0x3a, 0x5f);
const QColor mutedColour(0x44, 0x4d, 0x57);
const QColor boxColour(0xea, 0xf0, 0xf7);

// Latin-script text inside a right-to-left paragraph (a phone number, a web address, opening
// times) keeps its own order only inside an isolate: "016 85 30 00" would otherwise show its
// groups in reverse.
QString isolated(const QString &text, Qt::LayoutDirection direction)
{
    if (direction != Qt::RightToLeft)
        return text;
    return QChar(0x2066) + text +
           QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
}

// Web addresses in the text keep their hyphens on one line: "contact-met-het-" at the end of
// a line looks like a word split in two, and the citizen types it without the hyphen.
QString keepAddressesWhole(const QString &text)
{
    static const QRegularExpression address(
        u"(?:https://)?(?:[A-Za-z0-9-]+\\.)+[a-z]{2,}(?:/[^\\s]*)?"_s);
    QString result = text;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (result[i] == u'-')
                result[i] = QChar(0x2011); // NON-BREAKING HYPHEN
        }
    }
    return result;
}

QString capitalised(const QString &text, const QLocale &locale)
{
    if (text.isEmpty())
        return text;
    return locale.toUpper(text.left(1)) + text.mid(1);
}

} // namespace

// Builds the handout document for one guide in one language.
class HandoutWriter::Builder
{
public:
    Builder(const Guide &guide, const HandoutText &text, const TownHall &townHall,
            const QStringList &families, QSizeF pageSizeMm)
        : m_guide(guide)
        , m_text(text)
        , m_townHall(townHall)
        , m_families(families)
        , m_direction(guide.direction())
        , m_locale(guide.language)
        , m_doc(std::make_unique<QTextDocument>())
        , m_cursor(m_doc.get())
    {
        m_doc->setUseDesignMetrics(true); // print metrics, not screen hinting
        m_doc->setDocumentMargin(0);
        m_doc->setPageSize(QSizeF(mm(pageSizeMm.width()), mm(pageSizeMm.height())));
        QTextFrameFormat root = m_doc->rootFrame()->frameFormat();
        root.setLeftMargin(mm(marginMm));
        root.setRightMargin(mm(marginMm));
        root.setTopMargin(mm(topMarginMm));
        root.setBottomMargin(mm(bottomMarginMm));
        m_doc->rootFrame()->setFrameFormat(root);
        QTextOption option = m_doc->defaultTextOption();
        option.setTextDirection(m_direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_doc->setDefaultTextOption(option);
        m_doc->setDefaultFont(font(bodyPt));
        // About 1.7 times the type size from line to line: open enough for unsure readers. Fonts
        // differ in their own spacing (Noto Sans Arabic's is 2.1, Noto Sans's 1.36), so the
        // extra spacing is what the font lacks, never less than the font's own.
        const QFont body = font(bodyPt);
        const double ownSpacing = QFontMetricsF(body).lineSpacing() / body.pixelSize();
        m_lineHeightPercent = qMax(100.0, 100.0 * lineSpacingEm / ownSpacing);
        m_doc->setMetaInformation(QTextDocument::DocumentTitle, guide.title);
    }

    std::unique_ptr<QTextDocument> build()
    {
        addHeader();
        addQrBox();
        for (const GuideStep &step : m_guide.steps)
            addStep(step);
        addContactBox();
        keepTogether();
        return std::move(m_doc);
    }

private:
    QFont font(double points, QFont::Weight weight = QFont::Normal) const
    {
        QFont f;
        f.setFamilies(m_families);
        f.setPixelSize(fontPixels(points));
        f.setWeight(weight);
        return f;
    }

    QTextCharFormat charFormat(double points, QFont::Weight weight = QFont::Normal,
                               const QColor &colour = textColour) const
    {
        QTextCharFormat format;
        format.setFont(font(points, weight));
        format.setForeground(colour);
        return format;
    }

    QTextBlockFormat blockFormat(double spaceBeforePt = 0, double spaceAfterPt = 6,
                                 Qt::Alignment alignment = Qt::AlignLeft) const
    {
        QTextBlockFormat format;
        format.setLayoutDirection(m_direction);
        // Without Qt::AlignAbsolute, "left" means the start of the line: the right edge in Arabic.
        format.setAlignment(alignment);
        format.setTopMargin(spaceBeforePt * unitsPerPoint);
        format.setBottomMargin(spaceAfterPt * unitsPerPoint);
        format.setLineHeight(m_lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // Starts a new paragraph (the document's first one is already there).
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
    {
        if (m_started) {
            m_cursor.insertBlock(format, charFormat);
        } else {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_started = true;
        }
    }

    void insertSpans(const GuideBlock &block, const QTextCharFormat &base)
    {
        for (const GuideBlock::Span &span : block.spans()) {
            QTextCharFormat format = base;
            QString text = keepAddressesWhole(span.text);
            if (span.bold) {
                format.setFontWeight(QFont::Bold);
                // Bold marks what to click or type ("Se connecter", "Google Play"): a name cut
                // over two lines is harder to find on the screen.
                if (text.size() <= 30)
                    text.replace(u' ', QChar::Nbsp);
            }
            m_cursor.insertText(text, format);
        }
    }

    // Inserts a picture into the current paragraph, which holds nothing else.
    void insertPicture(const QImage &image, double widthUnits, double maxHeightUnits)
    {
        // The extra line spacing that helps reading text would only add a gap under a picture.
        QTextBlockFormat block = m_cursor.blockFormat();
        block.setLineHeight(0, QTextBlockFormat::SingleHeight);
        m_cursor.setBlockFormat(block);
        const QUrl name(u"loket-image:%1"_s.arg(++m_images));
        m_doc->addResource(QTextDocument::ImageResource, name, image);
        double width = widthUnits;
        double height = width * image.height() / qMax(1, image.width());
        if (height > maxHeightUnits) {
            width *= maxHeightUnits / height;
            height = maxHeightUnits;
        }
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(width);
        format.setHeight(height);
        m_cursor.insertImage(format);
    }

    void addBlocks(const QList<GuideBlock> &blocks)
    {
        QTextList *list = nullptr;
        for (const GuideBlock &block : blocks) {
            switch (block.kind) {
            case GuideBlock::Kind::Paragraph:
                list = nullptr;
                newBlock(blockFormat(), charFormat(bodyPt));
                insertSpans(block, charFormat(bodyPt));
                break;
            case GuideBlock::Kind::Bullet: {
                newBlock(blockFormat(0, 3), charFormat(bodyPt));
                if (list) {
                    list->add(m_cursor.block());
                } else {
                    QTextListFormat format;
                    format.setStyle(QTextListFormat::ListDisc);
                    format.setIndent(1);
                    list = m_cursor.createList(format);
                }
                insertSpans(block, charFormat(bodyPt));
                break;
            }
            case GuideBlock::Kind::Image: {
                list = nullptr;
                const QImage image(block.imagePath);
                if (image.isNull())
                    break; // GuideLibrary checked the file; an unreadable one is left out
                newBlock(blockFormat(4, 8, Qt::AlignHCenter), charFormat(bodyPt));
                insertPicture(image, mm(stepPictureColumnMm), mm(stepImageMaxHeightMm));
                break;
            }
            }
        }
    }

    void addHeader()
    {
        newBlock(blockFormat(0, 4), charFormat(titlePt, QFont::Bold, accentColour));
        m_cursor.insertText(m_guide.title);
        newBlock(blockFormat(0, 8), charFormat(bodyPt, QFont::Normal, mutedColour));
        m_cursor.insertText(m_guide.audience);
        addBlocks(m_guide.intro);
    }

    // A table of one row at the cursor, with columns of the given widths in reading order;
    // returns its cells in reading order. Qt lays tables out left to right even in a
    // right-to-left document, so the columns are reversed there: what comes first is read first.
    struct Row
    {
        QTextTable *table = nullptr;
        QList<QTextTableCell> cells;
    };
    Row insertRow(const QList<QTextLength> &widths, const QTextTableFormat &base)
    {
        QTextTableFormat format = base;
        format.setLayoutDirection(m_direction);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        const bool rtl = m_direction == Qt::RightToLeft;
        QList<QTextLength> columns = widths;
        if (rtl)
            std::reverse(columns.begin(), columns.end());
        format.setColumnWidthConstraints(columns);
        Row row;
        row.table = m_cursor.insertTable(1, int(widths.size()), format);
        for (int i = 0; i < widths.size(); ++i)
            row.cells.append(row.table->cellAt(0, rtl ? int(widths.size()) - 1 - i : i));
        return row;
    }

    // Text, and beside it (after it in the reading direction) a fixed column for a picture.
    struct SideBySide
    {
        QTextTable *table = nullptr;
        QTextTableCell text;
        QTextTableCell picture;
    };
    SideBySide insertSideBySide(double pictureColumnMm, const QTextTableFormat &format)
    {
        const Row row = insertRow({QTextLength(QTextLength::VariableLength, 0),
                                   QTextLength(QTextLength::FixedLength, mm(pictureColumnMm))},
                                  format);
        return {row.table, row.cells[0], row.cells[1]};
    }

    // Moves the cursor into a table cell; the cell's first paragraph is already there.
    void enter(const QTextTableCell &cell)
    {
        m_cursor = cell.firstCursorPosition();
        m_started = false;
    }

    void leave()
    {
        m_cursor = m_doc->rootFrame()->lastCursorPosition();
        m_started = true;
    }

    // The web address under the QR code as large as fits on one line (but never below body
    // size); a longer one is broken after a slash, where a reader sees it continues.
    std::pair<double, QString> fitAddress(const QString &address, double width) const
    {
        const double room = width * 0.95; // the layout's metrics differ a little from these
        double points = addressPt;
        while (points > bodyPt &&
               QFontMetricsF(font(points, QFont::Bold)).horizontalAdvance(address) > room)
            points -= 0.5;
        const QFontMetricsF metrics(font(points, QFont::Bold));
        if (metrics.horizontalAdvance(address) <= room)
            return {points, keepAddressesWhole(address)};
        QStringList lines{QString()};
        for (const QString &part : address.split(u'/')) {
            const QString piece = lines.last().isEmpty() ? part : u'/' + part;
            if (!lines.last().isEmpty() && metrics.horizontalAdvance(lines.last() + piece) > room) {
                lines.last() += u'/';
                lines.append(part);
            } else {
                lines.last() += piece;
            }
        }
        return {points, keepAddressesWhole(lines.join(QChar::LineSeparator))};
    }

    void addQrBox()
    {
        const QImage code = qrCodeImage(m_guide.url.toUtf8(), 12);
        QTextTableFormat format;
        format.setBackground(boxColour);
        format.setCellPadding(mm(3));
        format.setTopMargin(mm(3));
        format.setBottomMargin(mm(4));
        SideBySide box = insertSideBySide(qrSizeMm + 6, format);
        QTextCharFormat middle = box.text.format();
        middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        box.text.setFormat(middle);

        enter(box.picture);
        newBlock(blockFormat(0, 0, Qt::AlignHCenter), charFormat(bodyPt));
        if (!code.isNull())
            insertPicture(code, mm(qrSizeMm), mm(qrSizeMm));

        enter(box.text);
        newBlock(blockFormat(0, 6), charFormat(bodyPt, QFont::Bold));
        m_cursor.insertText(m_text.text(HandoutText::Key::Scan), charFormat(bodyPt, QFont::Bold));
        newBlock(blockFormat(0, 2), charFormat(bodyPt));
        m_cursor.insertText(m_text.text(HandoutText::Key::OrType), charFormat(bodyPt));
        const double width =
            m_doc->pageSize().width() - 2 * mm(marginMm) - mm(qrSizeMm + 6) - 2 * mm(3);
        const auto [points, lines] = fitAddress(displayUrl(m_guide.url), width);
        newBlock(blockFormat(0, 0), charFormat(points, QFont::Bold, accentColour));
        m_cursor.insertText(isolated(lines, m_direction),
                            charFormat(points, QFont::Bold, accentColour));
        leave();
    }

    void addStep(const GuideStep &step)
    {
        // "Step 3" in the accent colour, then the step's title: the number is what a citizen
        // looks for when staff say "now step 3".
        newBlock(blockFormat(10, 4), charFormat(stepTitlePt, QFont::Bold, accentColour));
        const int first = m_cursor.position();
        m_cursor.insertText(
            m_text.text(HandoutText::Key::Step, {{u"number"_s, QString::number(step.number)}}),
            charFormat(stepTitlePt, QFont::Bold, accentColour));
        m_cursor.insertText(u"   "_s, charFormat(stepTitlePt, QFont::Bold));
        m_cursor.insertText(step.title, charFormat(stepTitlePt, QFont::Bold));

        QList<GuideBlock> text;
        QList<GuideBlock> pictures;
        for (const GuideBlock &block : step.blocks)
            (block.kind == GuideBlock::Kind::Image ? pictures : text).append(block);
        if (pictures.isEmpty()) {
            addBlocks(text);
            m_keep.append({first, m_cursor.position(), nullptr});
            return;
        }
        // The picture beside the words, not under them: the step stays short enough to read
        // in one look, and the handout has fewer pages to turn.
        const SideBySide row = insertSideBySide(stepPictureColumnMm, QTextTableFormat());
        enter(row.text);
        addBlocks(text);
        enter(row.picture);
        for (const GuideBlock &picture : std::as_const(pictures)) {
            const QImage image(picture.imagePath);
            if (image.isNull())
                continue; // GuideLibrary checked the file; an unreadable one is left out
            newBlock(blockFormat(0, 4, Qt::AlignHCenter), charFormat(bodyPt));
            insertPicture(image, mm(stepPictureColumnMm - 4), mm(stepImageMaxHeightMm));
        }
        leave();
        m_keep.append({first, m_cursor.position(), row.table});
    }

    void addLine(const QString &label, const QString &value)
    {
        newBlock(blockFormat(0, 3), charFormat(bodyPt));
        if (!label.isEmpty())
            m_cursor.insertText(label + u": "_s, charFormat(bodyPt, QFont::Bold));
        m_cursor.insertText(value, charFormat(bodyPt));
    }

    void addContactBox()
    {
        m_cursor.movePosition(QTextCursor::End);
        QTextFrameFormat format;
        format.setLayoutDirection(m_direction);
        format.setBackground(boxColour);
        format.setBorder(mm(0.6));
        format.setBorderBrush(accentColour);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setPadding(mm(5));
        format.setTopMargin(mm(8));
        m_contactFrame = m_cursor.insertFrame(format);
        m_cursor = m_contactFrame->firstCursorPosition();
        m_cursor.setBlockFormat(blockFormat(0, 5));
        m_cursor.insertText(
            m_text.text(HandoutText::Key::Questions, {{u"townhall"_s, m_townHall.name}}),
            charFormat(bodyPt + 2, QFont::Bold, accentColour));

        // How to reach the town hall beside when it is open: half the height of one list.
        const QList<QTextTableCell> cells =
            insertRow({QTextLength(QTextLength::PercentageLength, 45),
                       QTextLength(QTextLength::PercentageLength, 55)},
                      QTextTableFormat())
                .cells;
        enter(cells[0]);
        for (const QString &line : m_townHall.address)
            addLine({}, isolated(line, m_direction));
        if (!m_townHall.phone.isEmpty())
            addLine(m_text.text(HandoutText::Key::Phone), isolated(m_townHall.phone, m_direction));
        if (!m_townHall.email.isEmpty())
            addLine(m_text.text(HandoutText::Key::Email), isolated(m_townHall.email, m_direction));
        if (!m_townHall.website.isEmpty())
            addLine(m_text.text(HandoutText::Key::Website),
                    isolated(displayUrl(m_townHall.website), m_direction));
        enter(cells[1]);
        if (!m_townHall.openingHours.isEmpty()) {
            newBlock(blockFormat(0, 3), charFormat(bodyPt, QFont::Bold));
            m_cursor.insertText(m_text.text(HandoutText::Key::OpeningHours),
                                charFormat(bodyPt, QFont::Bold));
            for (int day = 1; day <= 7; ++day) {
                // Word joiners keep "08:30–12:00" on one line.
                QStringList periods;
                for (const OpeningPeriod &p : m_townHall.openingHours) {
                    if (p.dayOfWeek == day)
                        periods.append(isolated(p.open.toString(u"HH:mm"_s) +
                                                    u"\u2060\u2013\u2060"_s +
                                                    p.close.toString(u"HH:mm"_s),
                                                m_direction));
                }
                if (!periods.isEmpty())
                    addLine(capitalised(m_locale.dayName(day, QLocale::LongFormat), m_locale),
                            m_locale.createSeparatedList(periods));
            }
        }
        leave();
    }

    // A step, or the contact box, that would be cut by a page break starts on a new page
    // instead, as long as it fits on one: a citizen should not turn the page mid-step.
    void keepTogether()
    {
        QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
        const double pageHeight = m_doc->pageSize().height();
        const double usable = pageHeight - mm(topMarginMm) - mm(bottomMarginMm);
        const auto page = [pageHeight](double y) { return int(std::floor(y / pageHeight)); };
        // Where a block's lines are: pagination moves lines down inside their block, which
        // blockBoundingRect() does not show.
        const auto top = [](const QTextBlock &block) {
            const QTextLayout *lines = block.layout();
            return lines->position().y() + lines->lineAt(0).y();
        };
        const auto bottom = [](const QTextBlock &block) {
            const QTextLayout *lines = block.layout();
            const QTextLine line = lines->lineAt(lines->lineCount() - 1);
            return lines->position().y() + line.y() + line.height();
        };
        const auto keep = [&](const QTextBlock &start, const QTextBlock &end, QTextFrame *frame,
                              auto moveToNewPage) {
            // The layout is lazy and only estimates what it has not laid out yet, and a page
            // break changes everything after it: lay out everything again first.
            m_doc->pageCount();
            const double from =
                frame && !start.isValid() ? layout->frameBoundingRect(frame).top() : top(start);
            const double to = frame ? layout->frameBoundingRect(frame).bottom() : bottom(end);
            if (page(from) != page(to - 1) && to - from < usable)
                moveToNewPage();
        };
        for (const Keep &k : std::as_const(m_keep)) {
            const QTextBlock start = m_doc->findBlock(k.first);
            keep(start, m_doc->findBlock(k.last), k.table, [&start] {
                QTextCursor cursor(start);
                QTextBlockFormat format = start.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
            });
        }
        if (m_contactFrame) {
            keep(QTextBlock(), QTextBlock(), m_contactFrame, [this] {
                QTextFrameFormat format = m_contactFrame->frameFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                m_contactFrame->setFrameFormat(format);
            });
        }
    }

    const Guide &m_guide;
    const HandoutText &m_text;
    const TownHall &m_townHall;
    QStringList m_families;
    Qt::LayoutDirection m_direction;
    QLocale m_locale;
    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    bool m_started = false;
    int m_images = 0;
    double m_lineHeightPercent = 125;
    struct Keep
    {
        int first = 0;               // position of the step's first character
        int last = 0;                // and of its last, when it has no picture
        QTextFrame *table = nullptr; // the text-and-picture table that ends it, if any
    };
    QList<Keep> m_keep;
    QTextFrame *m_contactFrame = nullptr;
};

namespace {

// The font families for a language: one that has its letters, then one for Latin letters
// (web addresses in an Arabic text). Empty when no installed font has the letters.
QStringList fontFamilies(const QString &language)
{
    const bool arabic = QLocale(language).script() == QLocale::ArabicScript;
    const QFontDatabase::WritingSystem system =
        arabic ? QFontDatabase::Arabic : QFontDatabase::Latin;
    const QStringList installed = QFontDatabase::families(system);
    // Noto Sans Arabic rather than Noto Naskh Arabic: Qt maps Naskh's lam-alef ligatures and
    // its full stop to no character in the PDF, so copying text or a screen reader would lose
    // letters.
    const QStringList preferred = arabic
                                      ? QStringList{u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s}
                                      : QStringList{u"Noto Sans"_s, u"DejaVu Sans"_s};
    QStringList families;
    for (const QString &family : preferred) {
        if (installed.contains(family))
            families.append(family);
    }
    if (families.isEmpty() && !installed.isEmpty())
        families.append(installed.first());
    if (families.isEmpty())
        return {};
    if (arabic) {
        const QStringList latin = QFontDatabase::families(QFontDatabase::Latin);
        for (const QString &family : {u"Noto Sans"_s, u"DejaVu Sans"_s}) {
            if (latin.contains(family)) {
                families.append(family);
                break;
            }
        }
    }
    return families;
}

} // namespace

HandoutWriter::HandoutWriter(const GuideLibrary &library, const TownHall &townHall)
    : m_library(library)
    , m_townHall(townHall)
{}

HandoutWriter::~HandoutWriter() = default;

bool HandoutWriter::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

std::unique_ptr<QTextDocument> HandoutWriter::document(const QString &guideId,
                                                       const QString &language, QSizeF pageSizeMm)
{
    m_error = Error::None;
    m_errorString.clear();
    if (!m_library.guideIds().contains(guideId)) {
        fail(Error::UnknownGuide, tr("There is no guide \"%1\". The guides are: %2.")
                                      .arg(guideId, m_library.guideIds().join(u", "_s)));
        return nullptr;
    }
    const auto guide = m_library.guide(guideId, language);
    const auto text = m_library.handoutText(language);
    if (!guide || !text) {
        fail(Error::UnknownLanguage,
             tr("The guide \"%1\" is not available in \"%2\". Its "
                "languages are: %3.")
                 .arg(guideId, language, m_library.languages(guideId).join(u", "_s)));
        return nullptr;
    }
    QString missing;
    const auto resolved = resolvePlaceholders(*guide, m_townHall, &missing);
    if (!resolved) {
        fail(Error::MissingSetting, missing);
        return nullptr;
    }
    const QStringList families = fontFamilies(language);
    if (families.isEmpty()) {
        fail(Error::NoFont, tr("No installed font has the letters of \"%1\"; install the "
                               "package fonts-noto-core.")
                                .arg(language));
        return nullptr;
    }
    return Builder(*resolved, *text, m_townHall, families, pageSizeMm).build();
}

bool HandoutWriter::print(const QString &guideId, const QString &language,
                          QPagedPaintDevice *device)
{
    const QPageLayout pageLayout = device->pageLayout();
    const QSizeF paperMm = pageLayout.fullRect(QPageLayout::Millimeter).size();
    const std::unique_ptr<QTextDocument> doc = document(guideId, language, paperMm);
    if (!doc)
        return false;
    const auto guide = m_library.guide(guideId, language);
    const Qt::LayoutDirection direction = guide->direction();

    QPainter painter;
    if (!painter.begin(device))
        return fail(Error::CannotWrite, tr("The handout cannot be printed: the printer or file "
                                           "did not accept it."));
    // Work in layout units from the paper's top-left corner, whatever margins the device
    // keeps for itself.
    const int dpi = device->logicalDpiX();
    const QRect full = pageLayout.fullRectPixels(dpi);
    const QRect paintable = pageLayout.paintRectPixels(dpi);
    painter.translate(full.topLeft() - paintable.topLeft());
    painter.scale(dpi / unitsPerInch, device->logicalDpiY() / unitsPerInch);

    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    QFont footerFont = doc->defaultFont();
    footerFont.setPixelSize(fontPixels(footerPt));
    // Which guide and version the sheet shows, so staff can tell an old printout from a new one.
    const QString reference = u"%1 \u00b7 %2 \u00b7 %3 v%4"_s.arg(
        m_townHall.name, doc->metaInformation(QTextDocument::DocumentTitle), guide->id,
        QString::number(guide->version));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return fail(Error::CannotWrite, tr("The handout cannot be printed: a new page was "
                                               "refused."));
        }
        painter.save();
        const QRectF pageRect(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -pageRect.top());
        painter.setClipRect(pageRect);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = pageRect;
        context.palette.setColor(QPalette::Text, textColour);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        // The page number at the end of the line in the reading direction, the reference at
        // its start; AlignAbsolute because the sides are chosen here already.
        const bool rtl = direction == Qt::RightToLeft;
        const QRectF footer(mm(marginMm), page.height() - mm(footerFromBottomMm),
                            page.width() - 2 * mm(marginMm), mm(8));
        const double pageWidth = mm(45);
        const QRectF pageArea =
            rtl ? QRectF(footer.left(), footer.top(), pageWidth, footer.height())
                : QRectF(footer.right() - pageWidth, footer.top(), pageWidth, footer.height());
        const QRectF referenceArea = rtl ? footer.adjusted(pageWidth + mm(5), 0, 0, 0)
                                         : footer.adjusted(0, 0, -pageWidth - mm(5), 0);
        const auto option = [direction](Qt::Alignment side) {
            QTextOption o(side | Qt::AlignAbsolute | Qt::AlignVCenter);
            o.setTextDirection(direction);
            o.setWrapMode(QTextOption::NoWrap);
            return o;
        };
        painter.setFont(footerFont);
        painter.setPen(mutedColour);
        const QString pageText = m_library.handoutText(language)->text(
            HandoutText::Key::Page,
            {{u"page"_s, QString::number(i + 1)}, {u"pages"_s, QString::number(pages)}});
        painter.drawText(pageArea, pageText, option(rtl ? Qt::AlignLeft : Qt::AlignRight));
        const QString shown =
            QFontMetricsF(footerFont).elidedText(reference, Qt::ElideRight, referenceArea.width());
        painter.drawText(referenceArea, isolated(shown, direction),
                         option(rtl ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (!painter.end())
        return fail(Error::CannotWrite, tr("The handout cannot be printed: the printer or file "
                                           "did not accept it."));
    return true;
}

bool HandoutWriter::writePdf(const QString &guideId, const QString &language, const QString &path)
{
    // Check the request before touching the file, so a typing error never leaves an empty one.
    const std::unique_ptr<QTextDocument> check = document(guideId, language);
    if (!check)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::CannotWrite, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        writer.setTitle(check->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(u"Loket %1"_s.arg(QStringLiteral(LOKET_VERSION)));
        if (!print(guideId, language, &writer)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit())
        return fail(Error::CannotWrite, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return true;
}

} // namespace loket
