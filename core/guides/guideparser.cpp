#include "guides/guideparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::GuideParser", text);
}

const QStringList headerKeys{u"id"_s, u"version"_s, u"title"_s, u"audience"_s, u"url"_s};

struct Line
{
    int number = 0;
    QString text;
};

// Parses one file; the first problem found stops it (an editor fixes one thing at a time, and
// later errors are often caused by the first).
class Parser
{
public:
    Parser(const QString &file, GuideError *error)
        : m_file(file)
        , m_error(error)
    {}

    bool fail(int line, const QString &message)
    {
        if (m_error)
            *m_error = GuideError{m_file, line, message};
        return false;
    }

    bool splitLines(const QByteArray &content, QList<Line> *lines)
    {
        const QList<QByteArray> raw = content.split('\n');
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QByteArray bytes = raw[i];
            if (bytes.endsWith('\r'))
                bytes.chop(1);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = decoder.decode(bytes);
            if (decoder.hasError())
                return fail(int(i + 1), tr("this line is not UTF-8 text; save the file as UTF-8."));
            if (i == 0 && text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            lines->append(Line{int(i + 1), text});
        }
        // A final newline is not an empty last line.
        if (!lines->isEmpty() && lines->last().text.isEmpty())
            lines->removeLast();
        return true;
    }

    bool checkInline(const Line &line, const QString &text)
    {
        static const QRegularExpression braces(u"\\{([^{}]*)\\}"_s);
        for (auto it = braces.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!guidePlaceholders().contains(name))
                return fail(line.number,
                            tr("unknown placeholder {%1}; the known ones are %2.")
                                .arg(name, u'{' + guidePlaceholders().join(u"}, {"_s) + u'}'));
        }
        return true;
    }

    bool finishBlock(QList<GuideBlock> *blocks)
    {
        if (!m_open)
            return true;
        m_open = false;
        const GuideBlock &block = blocks->last();
        if (block.text.count(u"**"_s) % 2 != 0)
            return fail(block.line, tr("a ** to make text bold is opened but not closed."));
        return true;
    }

    std::optional<Guide> parse(const QByteArray &content, const QString &language,
                               const QString &expectedId)
    {
        QList<Line> lines;
        if (!splitLines(content, &lines))
            return std::nullopt;

        Guide guide;
        guide.language = language;
        qsizetype at = 0;
        if (!parseHeader(lines, &at, &guide, expectedId))
            return std::nullopt;
        if (!parseBody(lines, at, &guide))
            return std::nullopt;
        return guide;
    }

    bool parseHeader(const QList<Line> &lines, qsizetype *at, Guide *guide,
                     const QString &expectedId)
    {
        if (lines.isEmpty() || lines.first().text.trimmed() != u"---"_s)
            return fail(1, tr("the file must start with its header: a line ---, then the lines "
                              "id, version, title, audience and url, then a line ---."));
        QHash<QString, QString> values;
        QHash<QString, int> where;
        qsizetype i = 1;
        for (; i < lines.size(); ++i) {
            const Line &line = lines[i];
            const QString text = line.text.trimmed();
            if (text == u"---"_s)
                break;
            if (text.isEmpty())
                continue;
            const qsizetype colon = text.indexOf(u':');
            if (colon <= 0)
                return fail(line.number, tr("a header line reads \"name: value\", like "
                                            "\"title: Activate your eBox\"."));
            const QString key = text.left(colon).trimmed().toLower();
            const QString value = text.mid(colon + 1).trimmed();
            if (!headerKeys.contains(key))
                return fail(line.number, tr("unknown header field \"%1\"; the fields are %2.")
                                             .arg(key, headerKeys.join(u", "_s)));
            if (where.contains(key))
                return fail(line.number, tr("the header field \"%1\" appears twice (first on "
                                            "line %2).")
                                             .arg(key)
                                             .arg(where.value(key)));
            if (value.isEmpty())
                return fail(line.number, tr("the header field \"%1\" is empty.").arg(key));
            values.insert(key, value);
            where.insert(key, line.number);
        }
        if (i == lines.size())
            return fail(1, tr("the header is not closed: add a line --- after its last field."));
        const int closing = lines[i].number;
        for (const QString &key : headerKeys) {
            if (!values.contains(key))
                return fail(closing, tr("the header has no \"%1\" field.").arg(key));
        }

        guide->id = values.value(u"id"_s);
        if (!GuideParser::isValidId(guide->id))
            return fail(where.value(u"id"_s),
                        tr("the id \"%1\" may only hold lowercase letters, digits and single "
                           "hyphens, like \"ebox-activate\".")
                            .arg(guide->id));
        if (!expectedId.isEmpty() && guide->id != expectedId)
            return fail(where.value(u"id"_s),
                        tr("the id \"%1\" differs from the guide's folder \"%2\"; they must be "
                           "the same.")
                            .arg(guide->id, expectedId));
        bool ok = false;
        guide->version = values.value(u"version"_s).toInt(&ok);
        if (!ok || guide->version < 1)
            return fail(where.value(u"version"_s),
                        tr("the version must be a whole number from 1 up, not \"%1\".")
                            .arg(values.value(u"version"_s)));
        guide->title = values.value(u"title"_s);
        guide->audience = values.value(u"audience"_s);
        guide->url = values.value(u"url"_s);
        static const QRegularExpression webAddress(
            u"^https://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?$"_s);
        const bool placeholder = guide->url == u"{eloket-url}"_s || guide->url == u"{report-url}"_s;
        if (!placeholder && !webAddress.match(guide->url).hasMatch())
            return fail(where.value(u"url"_s),
                        tr("the url must be a full web address starting with https://, or "
                           "{eloket-url} or {report-url} for the addresses each town hall sets; "
                           "not \"%1\".")
                            .arg(guide->url));
        for (const QString &key : {u"title"_s, u"audience"_s}) {
            if (!checkInline(Line{where.value(key), {}}, values.value(key)))
                return false;
        }
        *at = i + 1;
        return true;
    }

    bool parseBody(const QList<Line> &lines, qsizetype from, Guide *guide)
    {
        static const QRegularExpression stepHeading(
            u"^##[ \\t]+(\\d+)\\.[ \\t]+(.*?)[ \\t]*(\\{#([^}]*)\\})?[ \\t]*$"_s);
        static const QRegularExpression imageLine(u"^!\\[([^\\]]*)\\]\\(([^)\\s]*)\\)$"_s);
        QHash<QString, int> stepIdLines;
        QList<GuideBlock> *blocks = &guide->intro;
        bool lastWasBullet = false;

        for (qsizetype i = from; i < lines.size(); ++i) {
            const Line &line = lines[i];
            const QString text = line.text.trimmed();
            if (text.isEmpty()) {
                if (!finishBlock(blocks))
                    return false;
                lastWasBullet = false;
                continue;
            }
            if (text.startsWith(u'#')) {
                if (!finishBlock(blocks))
                    return false;
                lastWasBullet = false;
                if (!text.startsWith(u"## "_s) && !text.startsWith(u"##\t"_s)) {
                    if (!text.startsWith(u"##"_s))
                        return fail(line.number,
                                    tr("a # heading is not used: the title goes in the header, "
                                       "and steps start with \"## 1. \"."));
                    return fail(line.number, tr("only step headings (\"## 1. Title {#step-id}\") "
                                                "are allowed; write other text as a paragraph."));
                }
                const QRegularExpressionMatch m = stepHeading.match(text);
                if (!m.hasMatch())
                    return fail(line.number, tr("a step heading reads \"## 1. Title {#step-id}\": "
                                                "the number, a dot, the title and the step id."));
                const int number = m.captured(1).toInt();
                const int expected = int(guide->steps.size()) + 1;
                if (number != expected)
                    return fail(line.number, tr("this is step %1, so it must be numbered %1, not "
                                                "%2.")
                                                 .arg(expected)
                                                 .arg(m.captured(1)));
                if (m.captured(3).isEmpty())
                    return fail(line.number, tr("step %1 has no step id: end the heading with one, "
                                                "like {#open-website}. Step ids never change once "
                                                "a guide is in use.")
                                                 .arg(number));
                const QString id = m.captured(4);
                if (!GuideParser::isValidId(id))
                    return fail(line.number,
                                tr("the step id \"%1\" may only hold lowercase letters, digits "
                                   "and single hyphens.")
                                    .arg(id));
                if (stepIdLines.contains(id))
                    return fail(line.number, tr("the step id \"%1\" is also used on line %2; "
                                                "every step needs its own.")
                                                 .arg(id)
                                                 .arg(stepIdLines.value(id)));
                const QString title = m.captured(2);
                if (title.isEmpty())
                    return fail(line.number, tr("step %1 has no title.").arg(number));
                if (!checkInline(line, title))
                    return false;
                if (!guide->steps.isEmpty() && guide->steps.last().blocks.isEmpty())
                    return fail(guide->steps.last().line,
                                tr("step %1 has no text under its heading.")
                                    .arg(guide->steps.last().number));
                stepIdLines.insert(id, line.number);
                guide->steps.append(GuideStep{id, number, title, {}, line.number});
                blocks = &guide->steps.last().blocks;
                continue;
            }
            if (text.startsWith(u"!["_s)) {
                if (!finishBlock(blocks))
                    return false;
                lastWasBullet = false;
                const QRegularExpressionMatch m = imageLine.match(text);
                if (!m.hasMatch())
                    return fail(line.number, tr("an image is written on a line of its own as "
                                                "![what the picture shows](file.png)."));
                const QString description = m.captured(1).trimmed();
                const QString file = m.captured(2);
                if (description.isEmpty())
                    return fail(line.number, tr("the image has no description between [ and ]; "
                                                "write what it shows, for people who cannot see "
                                                "it."));
                if (file.isEmpty())
                    return fail(line.number, tr("the image has no file name between ( and )."));
                const QString lower = file.toLower();
                if (!lower.endsWith(u".png"_s) && !lower.endsWith(u".jpg"_s) &&
                    !lower.endsWith(u".jpeg"_s))
                    return fail(line.number, tr("the image \"%1\" must be a PNG or JPEG file "
                                                "(README.md says how to make one from an SVG).")
                                                 .arg(file));
                if (!checkInline(line, description))
                    return false;
                GuideBlock block;
                block.kind = GuideBlock::Kind::Image;
                block.text = description;
                block.image = file;
                block.line = line.number;
                blocks->append(block);
                continue;
            }
            if (!checkInline(line, text))
                return false;
            if (text.startsWith(u"- "_s) || text.startsWith(u"* "_s)) {
                if (!finishBlock(blocks))
                    return false;
                GuideBlock block;
                block.kind = GuideBlock::Kind::Bullet;
                block.text = text.mid(2).trimmed();
                block.line = line.number;
                blocks->append(block);
                m_open = true;
                lastWasBullet = true;
                continue;
            }
            // A continued line: indented under a list item it belongs to that item; otherwise
            // it continues the paragraph (Markdown joins the lines of a paragraph).
            const bool indented = line.text.startsWith(u' ') || line.text.startsWith(u'\t');
            if (m_open && (!lastWasBullet || indented)) {
                blocks->last().text += u' ' + text;
                continue;
            }
            if (!finishBlock(blocks))
                return false;
            GuideBlock block;
            block.kind = GuideBlock::Kind::Paragraph;
            block.text = text;
            block.line = line.number;
            blocks->append(block);
            m_open = true;
            lastWasBullet = false;
        }
        if (!finishBlock(blocks))
            return false;
        if (guide->steps.isEmpty())
            return fail(lines.isEmpty() ? 1 : lines.last().number,
                        tr("the guide has no steps; each step starts with a heading like "
                           "\"## 1. Open the website {#open-website}\"."));
        if (guide->steps.last().blocks.isEmpty())
            return fail(
                guide->steps.last().line,
                tr("step %1 has no text under its heading.").arg(guide->steps.last().number));
        return true;
    }

private:
    QString m_file;
    GuideError *m_error;
    bool m_open = false; // the last block can still take more lines
};

} // namespace

QString GuideError::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

std::optional<Guide> GuideParser::parse(const QByteArray &content, const QString &file,
                                        const QString &language, const QString &expectedId,
                                        GuideError *error)
{
    Parser parser(file, error);
    return parser.parse(content, language, expectedId);
}

bool GuideParser::isValidId(QStringView id)
{
    static const QRegularExpression form(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return form.match(id.toString()).hasMatch();
}

} // namespace loket
