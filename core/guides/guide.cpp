#include "guides/guide.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace loket {

QList<GuideBlock::Span> GuideBlock::spans() const
{
    QList<Span> result;
    const QStringList parts = text.split(u"**"_s);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!parts[i].isEmpty())
            result.append(Span{parts[i], i % 2 == 1});
    }
    return result;
}

QString GuideBlock::plainText() const
{
    QString result = text;
    return result.remove(u"**"_s);
}

QString GuideStep::plainText() const
{
    QStringList lines;
    for (const GuideBlock &block : blocks) {
        switch (block.kind) {
        case GuideBlock::Kind::Paragraph:
            lines.append(block.plainText());
            break;
        case GuideBlock::Kind::Bullet:
            lines.append(u"• "_s + block.plainText());
            break;
        case GuideBlock::Kind::Image:
            break;
        }
    }
    return lines.join(u'\n');
}

QStringList Guide::stepIds() const
{
    QStringList ids;
    for (const GuideStep &step : steps)
        ids.append(step.id);
    return ids;
}

Qt::LayoutDirection Guide::direction() const
{
    return QLocale(language).textDirection();
}

QStringList guidePlaceholders()
{
    return {u"eloket-url"_s, u"report-url"_s, u"townhall"_s};
}

QString guideContactTopic(const QString &guideId)
{
    if (guideId == u"ebox-activate"_s)
        return u"ebox_help"_s;
    if (guideId.startsWith(u"report-"_s))
        return u"report_follow_up"_s;
    return u"digital_help"_s;
}

QString displayUrl(const QString &url)
{
    // A citizen types what is printed; browsers add https:// themselves, and a trailing slash
    // only makes the address look harder than it is.
    QString shown = url;
    if (shown.startsWith(u"https://"_s))
        shown.remove(0, 8);
    if (shown.endsWith(u'/') && shown.count(u'/') == 1)
        shown.chop(1);
    return shown;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::Guide", text);
}

struct Replacer
{
    QHash<QString, QString> inText; // what a citizen reads in a sentence
    QHash<QString, QString> asUrl;  // what the url field needs: the full address

    QString apply(const QString &text, const QHash<QString, QString> &values) const
    {
        static const QRegularExpression placeholder(u"\\{([a-z-]+)\\}"_s);
        QString result;
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            result += QStringView(text).mid(from, m.capturedStart() - from);
            result += values.value(m.captured(1), m.captured(0));
            from = m.capturedEnd();
        }
        result += QStringView(text).mid(from);
        return result;
    }
};

} // namespace

std::optional<Guide> resolvePlaceholders(const Guide &guide, const TownHall &townHall,
                                         QString *error)
{
    const struct
    {
        QString name;
        QString value;
        const char *missing;
    } values[] = {
        {u"eloket-url"_s, townHall.eLoketUrl,
         QT_TRANSLATE_NOOP("loket::Guide", "The town hall's e-counter address is not set (setting "
                                           "townhall/eloket_url), and the guide \"%1\" needs it.")},
        {u"report-url"_s, townHall.reportUrl,
         QT_TRANSLATE_NOOP("loket::Guide",
                           "The town hall's address for reporting problems is not set (setting "
                           "townhall/report_url), and the guide \"%1\" needs it.")},
        {u"townhall"_s, townHall.name,
         QT_TRANSLATE_NOOP("loket::Guide",
                           "The town hall's name is not set (setting townhall/name), and the "
                           "guide \"%1\" needs it.")},
    };
    Replacer replacer;
    for (const auto &v : values) {
        replacer.asUrl.insert(v.name, v.value);
        replacer.inText.insert(v.name, v.name.endsWith(u"-url"_s) ? displayUrl(v.value) : v.value);
    }

    // Only the placeholders the guide really uses must be configured.
    QString everything = guide.title + guide.audience + guide.url;
    const auto addBlocks = [&everything](const QList<GuideBlock> &blocks) {
        for (const GuideBlock &b : blocks)
            everything += b.text;
    };
    addBlocks(guide.intro);
    for (const GuideStep &step : guide.steps) {
        everything += step.title;
        addBlocks(step.blocks);
    }
    for (const auto &v : values) {
        if (everything.contains(u'{' + v.name + u'}') && v.value.trimmed().isEmpty()) {
            if (error)
                *error = tr(v.missing).arg(guide.id);
            return std::nullopt;
        }
    }

    Guide resolved = guide;
    resolved.title = replacer.apply(guide.title, replacer.inText);
    resolved.audience = replacer.apply(guide.audience, replacer.inText);
    resolved.url = replacer.apply(guide.url, replacer.asUrl);
    const auto resolveBlocks = [&replacer](QList<GuideBlock> &blocks) {
        for (GuideBlock &b : blocks)
            b.text = replacer.apply(b.text, replacer.inText);
    };
    resolveBlocks(resolved.intro);
    for (GuideStep &step : resolved.steps) {
        step.title = replacer.apply(step.title, replacer.inText);
        resolveBlocks(step.blocks);
    }
    return resolved;
}

} // namespace loket
