#pragma once

#include "guides/guidelibrary.h"
#include "model/contactmoment.h"
#include "model/guideprogress.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace loket::ui {

// Staff wording of a guide's autonomy: "Completed alone", "Completed with help", "Not yet".
QString autonomyText(GuideAutonomy autonomy);

// The dossier's line on digital autonomy (issue 6, item 4): the guides completed alone, those
// completed with help, and how many are not yet done, with titles in `language`.
QString autonomySummary(const GuideLibrary &library, const QString &language,
                        const QString &citizenId, const QList<GuideProgress> &progress);

// The guide in `language` when it exists, else in Dutch (every guide has Dutch).
std::optional<Guide> guideIn(const GuideLibrary &library, const QString &guideId,
                             const QString &language);

// Every guide with the citizen's autonomy in it; the guide picker of guided mode.
class GuideAutonomyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, AutonomyColumn, ColumnCount };
    enum Role { GuideIdRole = Qt::UserRole + 1, AutonomyRole };

    explicit GuideAutonomyModel(QObject *parent = nullptr);

    void setGuides(const GuideLibrary *library, const QString &language);
    void setProgress(const QList<GuideProgress> &progress);
    QString guideId(int row) const;
    int rowOf(const QString &guideId) const;
    GuideAutonomy autonomy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QStringList steps;
        GuideAutonomy autonomy = GuideAutonomy::NotYet;
    };
    QList<Row> m_rows;
    QList<GuideProgress> m_progress;
};

// The steps of one guide as a checklist, each with how the citizen did it.
class GuideStepsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { StepIdRole = Qt::UserRole + 1, StatusRole };

    explicit GuideStepsModel(QObject *parent = nullptr);

    void setGuide(const Guide &guide);
    void setProgress(const QList<GuideProgress> &progress);
    const Guide &guide() const { return m_guide; }
    QString stepId(int row) const;
    StepStatus status(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Guide m_guide;
    QList<GuideProgress> m_progress;
};

// Guided mode (issue 6, item 2): a side panel beside the dossier with a guide's steps in the
// staff's language as a checklist. Each step is marked "did it alone" or "with help"; the guide
// opens at the first step not done; a button saves the handout in the citizen's language.
// Remote assistance (issue 8, item 4) shows the current step side by side in the citizen's
// language and the staff's, so the helpdesk reads the exact words the citizen sees; when it
// ends, the panel proposes the helpdesk contact moment that records it.
class GuidePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GuidePanel(QWidget *parent = nullptr);

    // The library must outlive the panel.
    void setLibrary(const GuideLibrary *library);
    void setStaffLanguage(const QString &language);
    void setCitizen(const QString &citizenId, const QString &name, const QString &language);
    // The citizen's progress as stored; the open guide keeps its current step.
    void setProgress(const QList<GuideProgress> &progress);
    QString citizenId() const { return m_citizenId; }

    // Opens a guide at its first step not done.
    void openGuide(const QString &guideId);
    QString currentGuideId() const;
    int currentStep() const;
    // Marks the current step and moves to the next one.
    void markCurrentStep(StepStatus status);
    void focusFirst();

    // Remote assistance: on needs an open guide and a citizen. Off (or endAssistance) emits
    // assistanceEnded once.
    void setAssisting(bool on);
    bool isAssisting() const { return m_assisting; }
    // Ends remote assistance if it is on (the dossier closes, the panel is hidden).
    void endAssistance();
    // Back and Next of remote assistance: both columns move; Next marks the step done with help
    // unless it was already done.
    void previousStep();
    void nextStep();
    // The language the citizen's column shows (the citizen's, or Dutch when the guide has no
    // text in it) and whether the two columns collapsed into one.
    QString citizenColumnLanguage() const { return m_citizenColumnLanguage; }
    bool isSingleColumn() const;
    QAction *assistAction() const { return m_assistAction; }

    GuideAutonomyModel *guidesModel() const { return m_guides; }
    GuideStepsModel *stepsModel() const { return m_steps; }
    GuideStepsModel *citizenStepsModel() const { return m_citizenSteps; }

signals:
    void progressMarked(const loket::GuideProgress &progress);
    // Remote assistance ended: the helpdesk contact moment it proposes (channel, topic, summary,
    // outcome filled in) for the staff member to check, edit and save, or cancel.
    void assistanceEnded(const loket::ContactMoment &proposal);
    void handoutRequested(const QString &guideId, const QString &language);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStep(int row);
    void updateButtons();
    void updateAssistColumns();
    ContactMoment assistanceProposal() const;

    const GuideLibrary *m_library = nullptr;
    QString m_staffLanguage = QStringLiteral("nl");
    QString m_citizenId;
    QString m_citizenName;
    QString m_citizenLanguage = QStringLiteral("nl");
    QList<GuideProgress> m_progress;

    GuideAutonomyModel *m_guides = nullptr;
    GuideStepsModel *m_steps = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_citizen = nullptr;
    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QListView *m_stepList = nullptr;
    QTextBrowser *m_stepText = nullptr;
    QLabel *m_stepStatus = nullptr;
    QPushButton *m_alone = nullptr;
    QPushButton *m_withHelp = nullptr;
    QPushButton *m_notYet = nullptr;
    QPushButton *m_handout = nullptr;
    QPushButton *m_close = nullptr;

    // Remote assistance.
    QAction *m_assistAction = nullptr;
    QToolButton *m_assistButton = nullptr;
    bool m_assisting = false;
    QString m_assistCitizenId;
    QString m_assistGuideId;
    QString m_assistGuideTitle;
    int m_assistFirst = -1; // the rows shown while assisting, first to furthest
    int m_assistLast = -1;
    int m_normalMaximumWidth = QWIDGETSIZE_MAX;
    QString m_citizenColumnLanguage;
    GuideStepsModel *m_citizenSteps = nullptr;
    QWidget *m_assistArea = nullptr;
    QLabel *m_assistNote = nullptr;
    QWidget *m_citizenColumn = nullptr;
    QLabel *m_citizenColumnTitle = nullptr;
    QListView *m_citizenStepList = nullptr;
    QTextBrowser *m_citizenStepText = nullptr;
    QLabel *m_staffColumnTitle = nullptr;
    QListView *m_staffStepList = nullptr;
    QTextBrowser *m_staffStepText = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace loket::ui
