#include "guides/guidelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace loket {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loket::GuideLibrary", text);
}

// Folders under the root that hold no guide.
const QString handoutFolder = u"handout"_s;
const QString imagesFolder = u"images"_s;

// The language all others are compared with: Dutch, the region's language, is the text the
// translations are made from.
const QString referenceLanguage = u"nl"_s;

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression form(u"^[a-z]{2,3}$"_s);
    return form.match(code).hasMatch() && QLocale(code).language() != QLocale::C;
}

// Reads a file; on failure returns std::nullopt and says why in `why`.
std::optional<QByteArray> readFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

QString GuideLibrary::builtInRoot()
{
    return u":/guides"_s;
}

void GuideLibrary::error(const QString &file, int line, const QString &message)
{
    m_errors.append(GuideError{file, line, message});
}

bool GuideLibrary::load(const QString &root)
{
    m_root = root;
    m_handoutTexts.clear();
    m_guides.clear();
    m_errors.clear();

    const QDir dir(root);
    if (!dir.exists()) {
        error(root, 0, tr("there is no folder of guides here."));
        return false;
    }
    loadHandoutTexts(root);
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (folder == handoutFolder || folder == imagesFolder || folder.startsWith(u'.'))
            continue;
        if (!GuideParser::isValidId(folder)) {
            error(folder, 0,
                  tr("a guide's folder is named after its id: lowercase letters, "
                     "digits and single hyphens, like \"ebox-activate\"."));
            continue;
        }
        loadGuide(root, folder);
    }
    if (m_guides.isEmpty() && m_errors.isEmpty())
        error(root, 0, tr("there are no guides in this folder."));
    checkConsistency();
    return m_errors.isEmpty();
}

void GuideLibrary::loadHandoutTexts(const QString &root)
{
    const QDir dir(root + u'/' + handoutFolder);
    if (!dir.exists()) {
        error(handoutFolder, 0,
              tr("the folder with the handouts' fixed texts is missing; it "
                 "holds one file per language, like nl.txt."));
        return;
    }
    for (const QString &name : dir.entryList({u"*"_s}, QDir::Files, QDir::Name)) {
        const QString relative = handoutFolder + u'/' + name;
        const QFileInfo info(name);
        if (info.suffix() != u"txt"_s) {
            error(relative, 0, tr("only language files like nl.txt belong in this folder."));
            continue;
        }
        const QString language = info.completeBaseName();
        if (!isLanguageCode(language)) {
            error(relative, 0,
                  tr("\"%1\" is not a language code; name the file after the "
                     "language's two-letter code, like nl.txt or ar.txt.")
                      .arg(language));
            continue;
        }
        QString why;
        const auto content = readFile(dir.filePath(name), &why);
        if (!content) {
            error(relative, 0, tr("cannot be read: %1").arg(why));
            continue;
        }
        GuideError problem;
        auto text = HandoutText::parse(*content, relative, language, &problem);
        if (!text) {
            m_errors.append(problem);
            continue;
        }
        m_handoutTexts.insert(language, *text);
    }
}

void GuideLibrary::loadGuide(const QString &root, const QString &guideId)
{
    const QString guideDir = root + u'/' + guideId;
    const QDir dir(guideDir);
    const QStringList files = dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        error(guideId, 0, tr("this guide's folder holds no language files like nl.md."));
        return;
    }
    for (const QString &name : files) {
        const QString relative = guideId + u'/' + name;
        const QString language = QFileInfo(name).completeBaseName();
        if (!isLanguageCode(language)) {
            error(relative, 0,
                  tr("\"%1\" is not a language code; name the file after the "
                     "language's two-letter code, like nl.md or ar.md.")
                      .arg(language));
            continue;
        }
        QString why;
        const auto content = readFile(dir.filePath(name), &why);
        if (!content) {
            error(relative, 0, tr("cannot be read: %1").arg(why));
            continue;
        }
        GuideError problem;
        auto guide = GuideParser::parse(*content, relative, language, guideId, &problem);
        if (!guide) {
            m_errors.append(problem);
            continue;
        }
        guide->sourcePath = dir.filePath(name);
        checkImages(*guide, guideDir, relative);
        m_guides[guideId].insert(language, *guide);
    }
}

void GuideLibrary::checkImages(Guide &guide, const QString &guideDir, const QString &relativeFile)
{
    const QString rootPath = QDir::cleanPath(m_root);
    const auto check = [&](GuideBlock &block) {
        if (block.kind != GuideBlock::Kind::Image)
            return;
        const QString path = QDir::cleanPath(guideDir + u'/' + block.image);
        if (!path.startsWith(rootPath + u'/')) {
            error(relativeFile, block.line,
                  tr("the image \"%1\" lies outside the guides' folder; keep images in "
                     "images/ or in the guide's own folder.")
                      .arg(block.image));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(relativeFile, block.line,
                  tr("the image \"%1\" does not exist (looked for %2).").arg(block.image, path));
            return;
        }
        // Check the content, not only the name: a renamed SVG would print as an empty box.
        const QByteArray head = file.read(8);
        const bool png = head.startsWith("\x89PNG\r\n\x1a\n");
        const bool jpeg = head.startsWith("\xff\xd8\xff");
        if (!png && !jpeg) {
            error(relativeFile, block.line,
                  tr("the file \"%1\" is not a PNG or JPEG image.").arg(block.image));
            return;
        }
        block.imagePath = path;
    };
    for (GuideBlock &block : guide.intro)
        check(block);
    for (GuideStep &step : guide.steps) {
        for (GuideBlock &block : step.blocks)
            check(block);
    }
}

void GuideLibrary::checkConsistency()
{
    const QStringList required = m_handoutTexts.keys();
    for (auto g = m_guides.cbegin(); g != m_guides.cend(); ++g) {
        const QString &guideId = g.key();
        const QMap<QString, Guide> &byLanguage = g.value();
        for (const QString &language : required) {
            if (!byLanguage.contains(language))
                error(guideId + u'/' + language + u".md"_s, 0,
                      tr("missing: every guide needs a file for every language that has a "
                         "handout text (%1).")
                          .arg(required.join(u", "_s)));
        }
        for (auto l = byLanguage.cbegin(); l != byLanguage.cend(); ++l) {
            if (!m_handoutTexts.contains(l.key()))
                error(guideId + u'/' + l.key() + u".md"_s, 0,
                      tr("there is no handout/%1.txt for this language; add it, and this "
                         "language to every guide.")
                          .arg(l.key()));
        }
        if (byLanguage.isEmpty())
            continue;
        const QString refLanguage =
            byLanguage.contains(referenceLanguage) ? referenceLanguage : byLanguage.firstKey();
        const Guide &ref = byLanguage.value(refLanguage);
        const QString refFile = refLanguage + u".md"_s;
        for (const Guide &other : byLanguage) {
            if (other.language == refLanguage)
                continue;
            const QString file = guideId + u'/' + other.language + u".md"_s;
            if (other.version != ref.version)
                error(file, 0,
                      tr("has version %1 but %2 has version %3: change the version in "
                         "every language together.")
                          .arg(other.version)
                          .arg(refFile)
                          .arg(ref.version));
            if (other.steps.size() != ref.steps.size()) {
                error(file, 0,
                      tr("has %1 steps but %2 has %3: every language has the same "
                         "steps.")
                          .arg(other.steps.size())
                          .arg(refFile)
                          .arg(ref.steps.size()));
                continue;
            }
            for (qsizetype i = 0; i < ref.steps.size(); ++i) {
                if (other.steps[i].id != ref.steps[i].id)
                    error(file, other.steps[i].line,
                          tr("step %1 has the id \"%2\" but in %3 it is \"%4\": the same step "
                             "has the same id in every language.")
                              .arg(i + 1)
                              .arg(other.steps[i].id, refFile, ref.steps[i].id));
            }
        }
    }
}

QStringList GuideLibrary::guideIds() const
{
    return m_guides.keys();
}

QStringList GuideLibrary::languages() const
{
    return m_handoutTexts.keys();
}

QStringList GuideLibrary::languages(const QString &guideId) const
{
    return m_guides.value(guideId).keys();
}

std::optional<Guide> GuideLibrary::guide(const QString &guideId, const QString &language) const
{
    const auto g = m_guides.constFind(guideId);
    if (g == m_guides.cend())
        return std::nullopt;
    const auto l = g->constFind(language);
    if (l == g->cend())
        return std::nullopt;
    return *l;
}

std::optional<HandoutText> GuideLibrary::handoutText(const QString &language) const
{
    const auto it = m_handoutTexts.constFind(language);
    if (it == m_handoutTexts.cend())
        return std::nullopt;
    return *it;
}

} // namespace loket
