#include "guidepanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QString statusText(StepStatus status)
{
    switch (status) {
    case StepStatus::NotYet:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Not yet");
    case StepStatus::Alone:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Did it alone");
    case StepStatus::WithHelp:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Did it with help");
    }
    return {};
}

StepStatus statusIn(const QList<GuideProgress> &progress, const QString &guideId,
                    const QString &stepId)
{
    for (const GuideProgress &p : progress) {
        if (p.guideId == guideId && p.stepId == stepId)
            return p.status;
    }
    return StepStatus::NotYet;
}

} // namespace

QString autonomyText(GuideAutonomy autonomy)
{
    switch (autonomy) {
    case GuideAutonomy::NotYet:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Not yet");
    case GuideAutonomy::WithHelp:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Completed with help");
    case GuideAutonomy::Alone:
        return QCoreApplication::translate("loket::ui::GuidePanel", "Completed alone");
    }
    return {};
}

std::optional<Guide> guideIn(const GuideLibrary &library, const QString &guideId,
                             const QString &language)
{
    if (auto g = library.guide(guideId, language))
        return g;
    return library.guide(guideId, u"nl"_s);
}

QString autonomySummary(const GuideLibrary &library, const QString &language,
                        const QString &citizenId, const QList<GuideProgress> &progress)
{
    QStringList alone;
    QStringList helped;
    int notYet = 0;
    QList<GuideProgress> own;
    for (const GuideProgress &p : progress) {
        if (p.citizenId == citizenId)
            own << p;
    }
    for (const QString &id : library.guideIds()) {
        const auto guide = guideIn(library, id, language);
        if (!guide)
            continue;
        switch (guideAutonomy(id, guide->stepIds(), own)) {
        case GuideAutonomy::Alone:
            alone << guide->title;
            break;
        case GuideAutonomy::WithHelp:
            helped << guide->title;
            break;
        case GuideAutonomy::NotYet:
            ++notYet;
            break;
        }
    }
    QStringList parts;
    if (!alone.isEmpty())
        parts << QCoreApplication::translate("loket::ui::GuidePanel", "completed alone: %1")
                     .arg(alone.join(u", "_s));
    if (!helped.isEmpty())
        parts << QCoreApplication::translate("loket::ui::GuidePanel", "completed with help: %1")
                     .arg(helped.join(u", "_s));
    if (notYet > 0)
        parts << QCoreApplication::translate("loket::ui::GuidePanel", "not yet: %n guide(s)",
                                             nullptr, notYet);
    return QCoreApplication::translate("loket::ui::GuidePanel", "Digital autonomy — %1")
        .arg(parts.join(u"; "_s));
}

// --- GuideAutonomyModel

GuideAutonomyModel::GuideAutonomyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GuideAutonomyModel::setGuides(const GuideLibrary *library, const QString &language)
{
    beginResetModel();
    m_rows.clear();
    if (library) {
        for (const QString &id : library->guideIds()) {
            const auto guide = guideIn(*library, id, language);
            if (!guide)
                continue;
            Row row;
            row.id = id;
            row.title = guide->title;
            row.steps = guide->stepIds();
            row.autonomy = guideAutonomy(id, row.steps, m_progress);
            m_rows << row;
        }
    }
    endResetModel();
}

void GuideAutonomyModel::setProgress(const QList<GuideProgress> &progress)
{
    m_progress = progress;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const GuideAutonomy now = guideAutonomy(m_rows.at(i).id, m_rows.at(i).steps, progress);
        if (now == m_rows.at(i).autonomy)
            continue;
        m_rows[i].autonomy = now;
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

QString GuideAutonomyModel::guideId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int GuideAutonomyModel::rowOf(const QString &guideId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == guideId)
            return int(i);
    }
    return -1;
}

GuideAutonomy GuideAutonomyModel::autonomy(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).autonomy : GuideAutonomy::NotYet;
}

int GuideAutonomyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuideAutonomyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuideAutonomyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == TitleColumn ? row.title : autonomyText(row.autonomy);
    case Qt::ToolTipRole:
        return autonomyText(row.autonomy);
    case GuideIdRole:
        return row.id;
    case AutonomyRole:
        return int(row.autonomy);
    default:
        return {};
    }
}

QVariant GuideAutonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TitleColumn)
        return tr("Guide");
    if (section == AutonomyColumn)
        return tr("Done by the citizen");
    return {};
}

// --- GuideStepsModel

GuideStepsModel::GuideStepsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void GuideStepsModel::setGuide(const Guide &guide)
{
    beginResetModel();
    m_guide = guide;
    endResetModel();
}

void GuideStepsModel::setProgress(const QList<GuideProgress> &progress)
{
    m_progress = progress;
    if (!m_guide.steps.isEmpty())
        emit dataChanged(index(0), index(int(m_guide.steps.size()) - 1));
}

QString GuideStepsModel::stepId(int row) const
{
    return row >= 0 && row < m_guide.steps.size() ? m_guide.steps.at(row).id : QString();
}

StepStatus GuideStepsModel::status(int row) const
{
    return statusIn(m_progress, m_guide.id, stepId(row));
}

int GuideStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_guide.steps.size());
}

QVariant GuideStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideStep &step = m_guide.steps.at(index.row());
    const StepStatus s = status(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s == StepStatus::NotYet
                   ? u"%1. %2"_s.arg(step.number).arg(step.title)
                   : u"%1. %2 — %3"_s.arg(step.number).arg(step.title, statusText(s));
    case Qt::AccessibleTextRole:
        return u"%1. %2, %3"_s.arg(step.number).arg(step.title, statusText(s));
    case Qt::CheckStateRole:
        return s == StepStatus::NotYet ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return statusText(s);
    case StepIdRole:
        return step.id;
    case StatusRole:
        return int(s);
    default:
        return {};
    }
}

// --- GuidePanel

GuidePanel::GuidePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"guidePanel"_s);
    m_guides = new GuideAutonomyModel(this);
    m_steps = new GuideStepsModel(this);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"guidePanelTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_citizen = new QLabel(this);
    m_citizen->setObjectName(u"guidePanelCitizen"_s);
    m_citizen->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_citizen);

    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(u"guidePicker"_s);
    m_picker->setModel(m_guides);
    m_pickerLabel->setBuddy(m_picker);
    layout->addWidget(m_pickerLabel);
    layout->addWidget(m_picker);
    connect(m_picker, &QComboBox::activated, this,
            [this](int row) { openGuide(m_guides->guideId(row)); });

    m_stepsLabel = new QLabel(this);
    m_stepList = new QListView(this);
    m_stepList->setObjectName(u"guideSteps"_s);
    m_stepList->setModel(m_steps);
    m_stepList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setWordWrap(true);
    m_stepsLabel->setBuddy(m_stepList);
    layout->addWidget(m_stepsLabel);
    layout->addWidget(m_stepList, 2);
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.row()); });

    m_stepText = new QTextBrowser(this);
    m_stepText->setObjectName(u"guideStepText"_s);
    m_stepText->setOpenLinks(false);
    layout->addWidget(m_stepText, 3);
    m_stepStatus = new QLabel(this);
    m_stepStatus->setObjectName(u"guideStepStatus"_s);
    layout->addWidget(m_stepStatus);

    auto *marks = new QHBoxLayout;
    m_alone = new QPushButton(this);
    m_alone->setObjectName(u"guideAloneButton"_s);
    m_withHelp = new QPushButton(this);
    m_withHelp->setObjectName(u"guideWithHelpButton"_s);
    m_notYet = new QPushButton(this);
    m_notYet->setObjectName(u"guideNotYetButton"_s);
    for (QPushButton *b : {m_alone, m_withHelp, m_notYet})
        marks->addWidget(b);
    layout->addLayout(marks);
    connect(m_alone, &QPushButton::clicked, this, [this] { markCurrentStep(StepStatus::Alone); });
    connect(m_withHelp, &QPushButton::clicked, this,
            [this] { markCurrentStep(StepStatus::WithHelp); });
    connect(m_notYet, &QPushButton::clicked, this, [this] { markCurrentStep(StepStatus::NotYet); });

    auto *bottom = new QHBoxLayout;
    m_handout = new QPushButton(this);
    m_handout->setObjectName(u"guideHandoutButton"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"guideCloseButton"_s);
    bottom->addWidget(m_handout);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    layout->addLayout(bottom);
    connect(m_handout, &QPushButton::clicked, this, [this] {
        if (!currentGuideId().isEmpty())
            emit handoutRequested(currentGuideId(), m_citizenLanguage);
    });
    connect(m_close, &QPushButton::clicked, this, &GuidePanel::closeRequested);

    setTabOrder(m_picker, m_stepList);
    setTabOrder(m_stepList, m_stepText);
    setTabOrder(m_stepText, m_alone);
    setTabOrder(m_alone, m_withHelp);
    setTabOrder(m_withHelp, m_notYet);
    setTabOrder(m_notYet, m_handout);
    setTabOrder(m_handout, m_close);

    retranslate();
    updateButtons();
}

void GuidePanel::setLibrary(const GuideLibrary *library)
{
    m_library = library;
    m_guides->setGuides(library, m_staffLanguage);
}

void GuidePanel::setStaffLanguage(const QString &language)
{
    if (language == m_staffLanguage)
        return;
    m_staffLanguage = language;
    const QString open = currentGuideId();
    const int step = currentStep();
    m_guides->setGuides(m_library, language);
    if (!open.isEmpty() && m_library) {
        if (const auto guide = guideIn(*m_library, open, m_staffLanguage)) {
            m_steps->setGuide(*guide);
            m_picker->setCurrentIndex(m_guides->rowOf(open));
            showStep(step);
        }
    }
}

void GuidePanel::setCitizen(const QString &citizenId, const QString &name, const QString &language)
{
    const bool other = citizenId != m_citizenId;
    m_citizenId = citizenId;
    m_citizenName = name;
    m_citizenLanguage = language.isEmpty() ? u"nl"_s : language;
    if (other) {
        m_progress.clear();
        m_guides->setProgress({});
        m_steps->setProgress({});
        m_steps->setGuide(Guide());
    }
    retranslate();
    updateButtons();
}

void GuidePanel::setProgress(const QList<GuideProgress> &progress)
{
    m_progress = progress;
    m_guides->setProgress(progress);
    m_steps->setProgress(progress);
    showStep(currentStep());
}

void GuidePanel::openGuide(const QString &guideId)
{
    if (!m_library)
        return;
    const auto guide = guideIn(*m_library, guideId, m_staffLanguage);
    if (!guide)
        return;
    m_steps->setGuide(*guide);
    m_steps->setProgress(m_progress);
    m_picker->setCurrentIndex(m_guides->rowOf(guideId));
    const int first = firstOpenStep(guideId, guide->stepIds(), m_progress);
    m_stepList->setCurrentIndex(m_steps->index(first));
    showStep(first);
}

QString GuidePanel::currentGuideId() const
{
    return m_steps->guide().id;
}

int GuidePanel::currentStep() const
{
    return m_stepList->currentIndex().isValid() ? m_stepList->currentIndex().row() : -1;
}

void GuidePanel::markCurrentStep(StepStatus status)
{
    const int row = currentStep();
    if (row < 0 || m_citizenId.isEmpty())
        return;
    const Guide &guide = m_steps->guide();
    GuideProgress p;
    p.citizenId = m_citizenId;
    p.guideId = guide.id;
    p.stepId = m_steps->stepId(row);
    p.id = guideProgressId(p.citizenId, p.guideId, p.stepId);
    p.guideVersion = guide.version;
    p.status = status;
    p.doneAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Shown at once; the stored row arrives through the store's recordsChanged.
    bool replaced = false;
    for (GuideProgress &old : m_progress) {
        if (old.id == p.id) {
            old.status = status;
            replaced = true;
        }
    }
    if (!replaced)
        m_progress << p;
    m_guides->setProgress(m_progress);
    m_steps->setProgress(m_progress);
    emit progressMarked(p);
    if (status != StepStatus::NotYet && row + 1 < m_steps->rowCount())
        m_stepList->setCurrentIndex(m_steps->index(row + 1));
    else
        showStep(row);
}

void GuidePanel::focusFirst()
{
    if (currentGuideId().isEmpty())
        m_picker->setFocus(Qt::OtherFocusReason);
    else
        m_stepList->setFocus(Qt::OtherFocusReason);
}

void GuidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuidePanel::retranslate()
{
    m_title->setText(tr("Guided mode"));
    const QString language = QLocale(m_citizenLanguage).nativeLanguageName();
    m_citizen->setText(m_citizenName.isEmpty()
                           ? QString()
                           : tr("With %1 (reads %2)").arg(m_citizenName, language));
    m_pickerLabel->setText(tr("&Guide:"));
    m_stepsLabel->setText(tr("&Steps:"));
    m_alone->setText(tr("Did it &alone"));
    m_alone->setToolTip(tr("The citizen did this step without help"));
    m_withHelp->setText(tr("With &help"));
    m_withHelp->setToolTip(tr("The citizen did this step with your help"));
    m_notYet->setText(tr("N&ot yet"));
    m_notYet->setToolTip(tr("Set this step back to not done"));
    m_handout->setText(tr("Save &handout (%1)…").arg(language));
    m_handout->setToolTip(tr("Save the guide as a PDF to print, in the citizen's language"));
    m_close->setText(tr("Close guide"));
    showStep(currentStep());
}

void GuidePanel::showStep(int row)
{
    if (row < 0 || row >= m_steps->rowCount()) {
        m_stepText->clear();
        m_stepStatus->clear();
        updateButtons();
        return;
    }
    const GuideStep &step = m_steps->guide().steps.at(row);
    m_stepText->setPlainText(step.title + u"\n\n"_s + step.plainText());
    m_stepStatus->setText(tr("Step %1 of %2: %3")
                              .arg(row + 1)
                              .arg(m_steps->rowCount())
                              .arg(statusText(m_steps->status(row))));
    updateButtons();
}

void GuidePanel::updateButtons()
{
    const bool step = currentStep() >= 0 && !m_citizenId.isEmpty();
    for (QPushButton *b : {m_alone, m_withHelp, m_notYet})
        b->setEnabled(step);
    m_handout->setEnabled(!currentGuideId().isEmpty());
}

} // namespace loket::ui
