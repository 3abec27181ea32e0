#include "guidepanel.h"
#include "wording.h"

#include <QAction>
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
#include <QTextDocument>
#include <QTextOption>
#include <QToolButton>
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
    m_citizenSteps = new GuideStepsModel(this);

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

    // Remote assistance: the citizen's words on the left, the staff's on the right, the same
    // step chosen on both sides.
    m_assistArea = new QWidget(this);
    m_assistArea->setObjectName(u"assistArea"_s);
    m_assistArea->setVisible(false);
    auto *assistLayout = new QVBoxLayout(m_assistArea);
    assistLayout->setContentsMargins(0, 0, 0, 0);
    m_assistNote = new QLabel(m_assistArea);
    m_assistNote->setObjectName(u"assistLanguageNote"_s);
    m_assistNote->setWordWrap(true);
    m_assistNote->setTextFormat(Qt::PlainText);
    m_assistNote->setFrameShape(QFrame::StyledPanel);
    m_assistNote->setMargin(m_assistNote->fontMetrics().height() / 4);
    assistLayout->addWidget(m_assistNote);
    auto *columns = new QHBoxLayout;
    auto makeColumn = [this](QWidget *column, const QString &name, QLabel *&title, QListView *&list,
                             QTextBrowser *&text, GuideStepsModel *model) {
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(column);
        title->setObjectName(name + u"Title"_s);
        title->setWordWrap(true);
        QFont heading = title->font();
        heading.setBold(true);
        title->setFont(heading);
        list = new QListView(column);
        list->setObjectName(name + u"Steps"_s);
        list->setModel(model);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setWordWrap(true);
        title->setBuddy(list);
        text = new QTextBrowser(column);
        text->setObjectName(name + u"Text"_s);
        text->setOpenLinks(false);
        columnLayout->addWidget(title);
        columnLayout->addWidget(list, 2);
        columnLayout->addWidget(text, 3);
        connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid() && current.row() != currentStep())
                        m_stepList->setCurrentIndex(m_steps->index(current.row()));
                });
    };
    m_citizenColumn = new QWidget(m_assistArea);
    m_citizenColumn->setObjectName(u"assistCitizenColumn"_s);
    makeColumn(m_citizenColumn, u"assistCitizen"_s, m_citizenColumnTitle, m_citizenStepList,
               m_citizenStepText, m_citizenSteps);
    auto *staffColumn = new QWidget(m_assistArea);
    staffColumn->setObjectName(u"assistStaffColumn"_s);
    makeColumn(staffColumn, u"assistStaff"_s, m_staffColumnTitle, m_staffStepList, m_staffStepText,
               m_steps);
    columns->addWidget(m_citizenColumn, 1);
    columns->addWidget(staffColumn, 1);
    assistLayout->addLayout(columns, 1);
    auto *moves = new QHBoxLayout;
    m_back = new QPushButton(m_assistArea);
    m_back->setObjectName(u"assistBackButton"_s);
    m_next = new QPushButton(m_assistArea);
    m_next->setObjectName(u"assistNextButton"_s);
    m_next->setDefault(true);
    moves->addWidget(m_back);
    moves->addStretch(1);
    moves->addWidget(m_next);
    assistLayout->addLayout(moves);
    connect(m_back, &QPushButton::clicked, this, &GuidePanel::previousStep);
    connect(m_next, &QPushButton::clicked, this, &GuidePanel::nextStep);
    layout->addWidget(m_assistArea, 5);

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

    m_assistAction = new QAction(this);
    m_assistAction->setObjectName(u"remoteAssistAction"_s);
    m_assistAction->setCheckable(true);
    m_assistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assistAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_assistAction);
    connect(m_assistAction, &QAction::toggled, this, &GuidePanel::setAssisting);
    m_assistButton = new QToolButton(this);
    m_assistButton->setObjectName(u"remoteAssistButton"_s);
    m_assistButton->setDefaultAction(m_assistAction);
    m_assistButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_assistButton->setFocusPolicy(Qt::StrongFocus);
    layout->insertWidget(layout->indexOf(m_citizen) + 1, m_assistButton, 0, Qt::AlignLeft);

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

    setTabOrder(m_assistButton, m_picker);
    setTabOrder(m_picker, m_stepList);
    setTabOrder(m_stepList, m_stepText);
    setTabOrder(m_stepText, m_citizenStepList);
    setTabOrder(m_citizenStepList, m_citizenStepText);
    setTabOrder(m_citizenStepText, m_staffStepList);
    setTabOrder(m_staffStepList, m_staffStepText);
    setTabOrder(m_staffStepText, m_back);
    setTabOrder(m_back, m_next);
    setTabOrder(m_next, m_alone);
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
            if (m_assisting)
                updateAssistColumns();
            m_stepList->setCurrentIndex(m_steps->index(step));
            showStep(step);
        }
    }
}

void GuidePanel::setCitizen(const QString &citizenId, const QString &name, const QString &language)
{
    const bool other = citizenId != m_citizenId;
    // Another dossier ends the assistance of the one before, with its own contact moment.
    if (other)
        endAssistance();
    m_citizenId = citizenId;
    m_citizenName = name;
    m_citizenLanguage = language.isEmpty() ? u"nl"_s : language;
    if (other) {
        m_progress.clear();
        m_guides->setProgress({});
        m_steps->setProgress({});
        m_steps->setGuide(Guide());
        m_citizenSteps->setProgress({});
        m_citizenSteps->setGuide(Guide());
    }
    retranslate();
    updateButtons();
}

void GuidePanel::setProgress(const QList<GuideProgress> &progress)
{
    m_progress = progress;
    m_guides->setProgress(progress);
    m_steps->setProgress(progress);
    m_citizenSteps->setProgress(progress);
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
    m_citizenSteps->setProgress(m_progress);
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
    m_assistAction->setText(tr("Assist &remotely"));
    m_assistAction->setToolTip(
        tr("Show each step side by side in the citizen's language and yours, for a citizen on "
           "the phone (%1)")
            .arg(m_assistAction->shortcut().toString(QKeySequence::NativeText)));
    m_assistButton->setAccessibleName(tr("Assist remotely"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Go back one step on both sides"));
    m_next->setText(tr("Ne&xt step"));
    m_next->setToolTip(tr("The citizen did this step with your help: go to the next step on "
                          "both sides"));
    if (m_assisting)
        updateAssistColumns();
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
    if (m_assisting) {
        m_assistFirst = qMin(m_assistFirst, row);
        m_assistLast = qMax(m_assistLast, row);
        m_staffStepText->setPlainText(m_stepText->toPlainText());
        if (row < m_citizenSteps->rowCount()) {
            const GuideStep &seen = m_citizenSteps->guide().steps.at(row);
            m_citizenStepText->setPlainText(seen.title + u"\n\n"_s + seen.plainText());
        }
        // The same step highlighted on both sides.
        for (QListView *list : {m_citizenStepList, m_staffStepList}) {
            const QModelIndex at = list->model()->index(row, 0);
            if (list->currentIndex() != at)
                list->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
            list->scrollTo(at);
        }
    }
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
    m_assistAction->setEnabled(m_assisting ||
                               (!currentGuideId().isEmpty() && !m_citizenId.isEmpty()));
    m_back->setEnabled(m_assisting && currentStep() > 0);
    m_next->setEnabled(m_assisting && step);
}

void GuidePanel::setAssisting(bool on)
{
    if (!on) {
        endAssistance();
        return;
    }
    if (m_assisting || currentGuideId().isEmpty() || m_citizenId.isEmpty() || !m_library) {
        const QSignalBlocker block(m_assistAction);
        m_assistAction->setChecked(m_assisting);
        return;
    }
    if (currentStep() < 0)
        m_stepList->setCurrentIndex(m_steps->index(0));
    m_assisting = true;
    m_assistCitizenId = m_citizenId;
    m_assistGuideId = currentGuideId();
    m_assistGuideTitle = m_steps->guide().title;
    m_assistFirst = m_assistLast = qMax(0, currentStep());
    {
        const QSignalBlocker block(m_assistAction);
        m_assistAction->setChecked(true);
    }
    // Two columns need room: the panel grows, the dossier beside it stays readable.
    m_normalMaximumWidth = maximumWidth();
    if (m_normalMaximumWidth < QWIDGETSIZE_MAX)
        setMaximumWidth(qMin(QWIDGETSIZE_MAX, m_normalMaximumWidth * 8 / 5));
    for (QWidget *w : {static_cast<QWidget *>(m_stepsLabel), static_cast<QWidget *>(m_stepList),
                       static_cast<QWidget *>(m_stepText)})
        w->setVisible(false);
    m_picker->setEnabled(false); // one guide per assistance, one contact moment for it
    updateAssistColumns();
    m_assistArea->setVisible(true);
    showStep(currentStep());
    m_next->setFocus(Qt::OtherFocusReason);
}

void GuidePanel::endAssistance()
{
    if (!m_assisting)
        return;
    const ContactMoment proposal = assistanceProposal();
    m_assisting = false;
    {
        const QSignalBlocker block(m_assistAction);
        m_assistAction->setChecked(false);
    }
    m_assistArea->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_stepsLabel), static_cast<QWidget *>(m_stepList),
                       static_cast<QWidget *>(m_stepText)})
        w->setVisible(true);
    m_picker->setEnabled(true);
    setMaximumWidth(m_normalMaximumWidth);
    updateButtons();
    emit assistanceEnded(proposal);
}

void GuidePanel::previousStep()
{
    const int row = currentStep();
    if (row > 0)
        m_stepList->setCurrentIndex(m_steps->index(row - 1));
}

void GuidePanel::nextStep()
{
    const int row = currentStep();
    if (row < 0)
        return;
    // Over the phone every step the citizen gets through is done with help; a step marked
    // before keeps what it was.
    if (m_steps->status(row) == StepStatus::NotYet)
        markCurrentStep(StepStatus::WithHelp);
    else if (row + 1 < m_steps->rowCount())
        m_stepList->setCurrentIndex(m_steps->index(row + 1));
}

bool GuidePanel::isSingleColumn() const
{
    return m_citizenColumnLanguage == m_steps->guide().language;
}

void GuidePanel::updateAssistColumns()
{
    const QString guideId = currentGuideId();
    if (!m_library || guideId.isEmpty())
        return;
    const auto exact = m_library->guide(guideId, m_citizenLanguage);
    const auto shown = exact ? exact : guideIn(*m_library, guideId, m_citizenLanguage);
    if (!shown)
        return;
    m_citizenSteps->setGuide(*shown);
    m_citizenSteps->setProgress(m_progress);
    m_citizenColumnLanguage = shown->language;
    const bool single = isSingleColumn();
    const QString citizenLanguage = Wording::languageName(m_citizenLanguage);
    const QString shownLanguage = Wording::languageName(shown->language);
    const QString staffLanguage = Wording::languageName(m_steps->guide().language);
    QString note;
    if (!exact && single)
        note = tr("This guide has no text in %1. The citizen sees it in %2, as you do: one "
                  "column shows it.")
                   .arg(citizenLanguage, shownLanguage);
    else if (!exact)
        note = tr("This guide has no text in %1. The citizen's column shows it in %2.")
                   .arg(citizenLanguage, shownLanguage);
    else if (single)
        note =
            tr("%1 reads %2, like you: one column shows the words you both see.")
                .arg(m_citizenName.isEmpty() ? tr("The citizen") : m_citizenName, citizenLanguage);
    m_assistNote->setText(note);
    m_assistNote->setVisible(!note.isEmpty());
    m_citizenColumn->setVisible(!single);
    m_citizenColumnTitle->setText(tr("What the citizen sees (%1)").arg(shownLanguage));
    m_staffColumnTitle->setText(single ? tr("What you both see (%1)").arg(staffLanguage)
                                       : tr("In your language (%1)").arg(staffLanguage));
    // Arabic reads right to left on the citizen's side, whatever the staff's language.
    m_citizenStepList->setLayoutDirection(shown->direction());
    m_citizenStepText->setLayoutDirection(shown->direction());
    m_citizenStepText->document()->setDefaultTextOption([&shown] {
        QTextOption option;
        option.setTextDirection(shown->direction());
        return option;
    }());
}

ContactMoment GuidePanel::assistanceProposal() const
{
    ContactMoment c;
    c.citizenId = m_assistCitizenId;
    c.channel = ContactChannel::Helpdesk;
    c.topic = guideContactTopic(m_assistGuideId);
    const int first = qMax(0, m_assistFirst) + 1;
    const int last = qMax(first - 1, m_assistLast) + 1;
    c.summary = first == last
                    ? tr("Guided remotely through %1: step %2").arg(m_assistGuideTitle).arg(first)
                    //: Steps a–b of a guide, with an en dash
                    : tr("Guided remotely through %1: steps %2–%3")
                          .arg(m_assistGuideTitle)
                          .arg(first)
                          .arg(last);
    const QStringList stepIds = m_steps->guide().stepIds();
    if (m_steps->guide().id == m_assistGuideId &&
        guideAutonomy(m_assistGuideId, stepIds, m_progress) != GuideAutonomy::NotYet)
        c.outcome = tr("All %n step(s) done", nullptr, int(stepIds.size()));
    else if (m_steps->guide().id == m_assistGuideId && currentStep() >= 0)
        c.outcome = tr("Stopped at step %1 of %2").arg(currentStep() + 1).arg(stepIds.size());
    return c;
}

} // namespace loket::ui
