#include "guides/handouttext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::HandoutText", text);
}

struct KeyInfo
{
    HandoutText::Key key;
    const char16_t *name;
    const char16_t *placeholders; // the {names} the text must keep, separated by spaces
};

const KeyInfo keyInfo[] = {
    {HandoutText::Key::LanguageName, u"language-name", u""},
    {HandoutText::Key::Step, u"step", u"number"},
    {HandoutText::Key::Scan, u"scan", u""},
    {HandoutText::Key::OrType, u"or-type", u""},
    {HandoutText::Key::Questions, u"questions", u"townhall"},
    {HandoutText::Key::Phone, u"phone", u""},
    {HandoutText::Key::Email, u"email", u""},
    {HandoutText::Key::Website, u"website", u""},
    {HandoutText::Key::OpeningHours, u"opening-hours", u""},
    {HandoutText::Key::Page, u"page", u"page pages"},
};

} // namespace

QStringList HandoutText::keyNames()
{
    QStringList names;
    for (const KeyInfo &k : keyInfo)
        names.append(QString::fromUtf16(k.name));
    return names;
}

std::optional<HandoutText> HandoutText::parse(const QByteArray &content, const QString &file,
                                              const QString &language, GuideError *error)
{
    const auto fail = [&](int line, const QString &message) {
        if (error)
            *error = GuideError{file, line, message};
        return std::nullopt;
    };
    static const QRegularExpression braces(u"\\{([^{}]*)\\}"_s);

    HandoutText result;
    result.m_language = language;
    QHash<QString, int> where;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(lines[i]);
        if (decoder.hasError())
            return fail(number, tr("this line is not UTF-8 text; save the file as UTF-8."));
        if (i == 0 && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        text = text.trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0)
            return fail(number, tr("a line reads \"name: text\", like \"step: Step {number}\"."));
        const QString name = text.left(colon).trimmed();
        const QString value = text.mid(colon + 1).trimmed();
        const KeyInfo *info = nullptr;
        for (const KeyInfo &k : keyInfo) {
            if (name == QStringView(k.name))
                info = &k;
        }
        if (!info)
            return fail(
                number,
                tr("unknown name \"%1\"; the names are %2.").arg(name, keyNames().join(u", "_s)));
        if (where.contains(name))
            return fail(
                number,
                tr("\"%1\" appears twice (first on line %2).").arg(name).arg(where.value(name)));
        if (value.isEmpty())
            return fail(number, tr("the text of \"%1\" is empty.").arg(name));
        const QStringList needed =
            QString::fromUtf16(info->placeholders).split(u' ', Qt::SkipEmptyParts);
        QStringList present;
        for (auto it = braces.globalMatch(value); it.hasNext();)
            present.append(it.next().captured(1));
        for (const QString &p : present) {
            if (!needed.contains(p))
                return fail(number,
                            tr("the text of \"%1\" has an unknown placeholder {%2}.").arg(name, p));
        }
        for (const QString &p : needed) {
            if (!present.contains(p))
                return fail(number,
                            tr("the text of \"%1\" must keep the placeholder {%2}.").arg(name, p));
        }
        where.insert(name, number);
        result.m_texts.insert(info->key, value);
    }
    for (const KeyInfo &k : keyInfo) {
        if (!result.m_texts.contains(k.key))
            return fail(0, tr("\"%1\" is missing; every handout text needs %2.")
                               .arg(QString::fromUtf16(k.name), keyNames().join(u", "_s)));
    }
    return result;
}

QString HandoutText::text(Key key, const QHash<QString, QString> &values) const
{
    QString result = m_texts.value(key);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.replace(u'{' + it.key() + u'}', it.value());
    return result;
}

} // namespace loket
