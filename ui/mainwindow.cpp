#include "mainwindow.h"
#include "auth/passwordhash.h"
#include "cacheopener.h"
#include "citizenresultdelegate.h"
#include "citizenresultsmodel.h"
#include "contactform.h"
#include "dashboardwindow.h"
#include "documentactiondialog.h"
#include "documentdetail.h"
#include "documentworklist.h"
#include "dossierview.h"
#include "guidepanel.h"
#include "idlewatcher.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "model/accessentry.h"
#include "outboxwindow.h"
#include "print/handoutwriter.h"
#include "reportform.h"
#include "reportlistwindow.h"
#include "reportserversdialog.h"
#include "settings.h"
#include "statusbar.h"
#include "store/cachewipe.h"
#include "store/guideprogresstable.h"
#include "store/repositories.h"
#include "store/searchservice.h"
#include "taskqueuewindow.h"
#include "uilanguage.h"
#include "visitlist.h"
#include "wording.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(label->fontMetrics().height());
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QAction *makeAction(QObject *parent, const QString &name, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

constexpr int textScaleStep = 25;

} // namespace

MainWindow::MainWindow(Settings &settings, UiLanguage &language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_search(new SearchService(this))
    , m_opener(new CacheOpener(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/loket-64.png"_s));

    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *root = new QVBoxLayout(central);

    // The search row: always on top, always one shortcut away.
    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(central);
    m_searchLabel->setObjectName(u"searchLabel"_s);
    m_searchBox = new QLineEdit(central);
    m_searchBox->setObjectName(u"searchBox"_s);
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->installEventFilter(this);
    m_searchLabel->setBuddy(m_searchBox);
    m_searchHint = new QLabel(central);
    m_searchHint->setObjectName(u"searchHint"_s);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_searchBox, 1);
    searchRow->addWidget(m_searchHint);
    root->addLayout(searchRow);

    // Errors appear at the top of the area they affect, in words (UI.md "Behaviour").
    m_banner = new QLabel(central);
    m_banner->setObjectName(u"errorBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setMargin(m_banner->fontMetrics().height() / 2);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setVisible(false);
    root->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    auto *resultsPane = new QWidget(m_splitter);
    resultsPane->setObjectName(u"resultsPane"_s);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsTitle = new QLabel(resultsPane);
    m_resultsTitle->setObjectName(u"resultsTitle"_s);
    // Only the weight is set, so the size keeps following the text-size setting.
    QFont titleFont;
    titleFont.setBold(true);
    m_resultsTitle->setFont(titleFont);
    m_resultsCount = new QLabel(resultsPane);
    m_resultsCount->setObjectName(u"resultsCount"_s);
    // "first 50 shown — type more to narrow down" wraps rather than pushing the pane wider.
    m_resultsCount->setWordWrap(true);
    resultsLayout->addWidget(m_resultsTitle);
    resultsLayout->addWidget(m_resultsCount);

    m_resultsStack = new QStackedWidget(resultsPane);
    m_resultsStack->setObjectName(u"resultsStack"_s);
    m_resultsMessage = messageLabel(m_resultsStack, u"resultsMessage"_s);
    m_results = new CitizenResultsModel(this);
    m_resultsView = new QListView(m_resultsStack);
    m_resultsView->setObjectName(u"resultsList"_s);
    m_resultsView->setModel(m_results);
    m_resultsView->setItemDelegate(new CitizenResultDelegate(m_resultsView));
    m_resultsView->setUniformItemSizes(true);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultsStack->addWidget(m_resultsMessage);
    m_resultsStack->addWidget(m_resultsView);
    resultsLayout->addWidget(m_resultsStack, 1);
    connect(m_resultsView, &QListView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    // The dossier with the side panel for routine work beside it (UI.md: never over it).
    auto *dossierArea = new QWidget(m_splitter);
    dossierArea->setObjectName(u"dossierArea"_s);
    auto *dossierLayout = new QHBoxLayout(dossierArea);
    dossierLayout->setContentsMargins(0, 0, 0, 0);
    m_dossierStack = new QStackedWidget(dossierArea);
    m_dossierStack->setObjectName(u"dossierStack"_s);
    m_dossierMessage = messageLabel(m_dossierStack, u"dossierMessage"_s);
    m_dossier = new DossierView(m_dossierStack);
    m_dossierStack->addWidget(m_dossierMessage);
    m_dossierStack->addWidget(m_dossier);
    connect(m_dossier, &DossierView::nationalNumberRevealed, this,
            &MainWindow::nationalNumberRevealed);
    connect(this, &MainWindow::dossierOpened, this,
            [this](const QString &id) { recordAccess(id, AccessAction::OpenDossier); });
    connect(this, &MainWindow::nationalNumberRevealed, this,
            [this](const QString &id) { recordAccess(id, AccessAction::RevealNationalNumber); });
    connect(m_dossier, &DossierView::documentActionRequested, this,
            &MainWindow::recordDocumentAction);
    // A task chosen in the dossier's open items opens in the task queue (issue 8, item 2).
    connect(m_dossier, &DossierView::taskRequested, this, [this](const QString &taskId) {
        showTaskQueue();
        if (auto *queue = qobject_cast<TaskQueueWindow *>(m_taskQueue.data()))
            queue->selectTask(taskId);
    });
    m_contactForm = new ContactForm(dossierArea);
    m_contactForm->setVisible(false);
    m_contactForm->setMaximumWidth(m_contactForm->fontMetrics().averageCharWidth() * 48);
    connect(m_contactForm, &ContactForm::submitted, this, &MainWindow::submitContact);
    connect(m_contactForm, &ContactForm::closeRequested, this, &MainWindow::hideContactForm);
    // The guides are compiled in; a broken guide is the build's fault (tst_guides), so the
    // panel shows whatever loaded.
    m_guideLibrary = std::make_unique<GuideLibrary>();
    m_guideLibrary->load(GuideLibrary::builtInRoot());
    m_guidePanel = new GuidePanel(dossierArea);
    m_guidePanel->setVisible(false);
    m_guidePanel->setMaximumWidth(m_guidePanel->fontMetrics().averageCharWidth() * 56);
    m_guidePanel->setStaffLanguage(m_language.current().isEmpty() ? u"nl"_s : m_language.current());
    m_guidePanel->setLibrary(m_guideLibrary.get());
    connect(m_guidePanel, &GuidePanel::progressMarked, this, [this](const GuideProgress &p) {
        if (m_store)
            m_store->recordGuideProgress(p);
    });
    connect(m_guidePanel, &GuidePanel::handoutRequested, this, &MainWindow::askForHandout);
    // Remote assistance ended (issue 8, item 4): its helpdesk contact moment, proposed in the
    // contact form for the staff member to check and save, or cancel.
    connect(m_guidePanel, &GuidePanel::assistanceEnded, this,
            [this](const ContactMoment &proposal) {
                if (!m_store)
                    return;
                if (m_dossierState == DossierState::Open &&
                    m_dossier->citizenId() == proposal.citizenId) {
                    hideGuidePanel();
                    m_contactForm->setToday(QDate::currentDate());
                    m_contactForm->setCitizen(proposal.citizenId,
                                              m_dossier->dossier().citizen.fullName().trimmed());
                    m_contactForm->prefill(proposal);
                    m_contactForm->setVisible(true);
                    m_contactForm->focusFirstField();
                    return;
                }
                // The dossier closed or another one opened: the proposal gets a window of its own,
                // so the dossier now open stays as it is and nothing the staff member did is lost.
                std::optional<Citizen> citizen;
                if (m_connection)
                    citizen = CacheReader(m_connection->database()).citizen(proposal.citizenId);
                auto *dialog = new QDialog(this);
                dialog->setObjectName(u"assistanceContactDialog"_s);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setWindowTitle(tr("Remote assistance ended"));
                auto *layout = new QVBoxLayout(dialog);
                auto *form = new ContactForm(dialog);
                form->setToday(QDate::currentDate());
                form->setCitizen(proposal.citizenId,
                                 citizen ? citizen->fullName().trimmed() : QString());
                form->prefill(proposal);
                layout->addWidget(form);
                connect(form, &ContactForm::submitted, this,
                        [this, dialog](const ContactMoment &c, const FollowUpRoute &followUp) {
                            if (m_store)
                                emit contactLogged(m_store->logContactMoment(c, followUp));
                            dialog->close();
                        });
                connect(form, &ContactForm::closeRequested, dialog, &QDialog::close);
                dialog->show();
            });
    connect(m_guidePanel, &GuidePanel::closeRequested, this, &MainWindow::hideGuidePanel);
    connect(&m_language, &UiLanguage::changed, m_guidePanel, &GuidePanel::setStaffLanguage);
    dossierLayout->addWidget(m_dossierStack, 1);
    dossierLayout->addWidget(m_contactForm);
    dossierLayout->addWidget(m_guidePanel);

    m_splitter->addWidget(resultsPane);
    m_splitter->addWidget(dossierArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 7);
    if (!m_settings.splitterState().isEmpty())
        m_splitter->restoreState(m_settings.splitterState());
    root->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusBar = new StatusBar(this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &StatusBar::cancelFillClicked, this, [this] {
        if (m_store)
            m_store->cancelFill();
    });
    connect(m_statusBar, &StatusBar::pendingChangesClicked, this, &MainWindow::showOutbox);
    m_statusBar->setWorkOffline(m_settings.workOffline());

    // Tab order follows reading order: search, results, then the dossier top to bottom.
    setTabOrder(m_searchBox, m_resultsView);
    setTabOrder(m_resultsView, m_dossier->firstFocusWidget());

    createActions();
    createMenus();

    // The lock (DESIGN §8): after the chosen idle time or a suspend, once someone signed in.
    m_idle = new IdleWatcher(this);
    m_lockScreen = new LockScreen(this);
    m_lockScreen->setVisible(false);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(&m_settings, &Settings::lockMinutesChanged, this, [this](int minutes) {
        if (!m_unlockHash.isEmpty())
            m_idle->setTimeoutMs(qint64(minutes) * 60 * 1000);
    });
    m_dossier->setPrivacyMode(m_settings.privacyMode());
    m_results->setPrivacyMode(m_settings.privacyMode());
    connect(&m_settings, &Settings::privacyModeChanged, this, [this](bool on) {
        m_privacyAction->setChecked(on);
        m_dossier->setPrivacyMode(on);
        m_results->setPrivacyMode(on);
    });
    m_dossier->addActionButton(m_logContactAction);
    m_dossier->addActionButton(m_guideAction);

    connect(m_searchBox, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::onSearchReturn);
    connect(m_search, &SearchService::resultsReady, this, &MainWindow::onResults);
    connect(m_search, &SearchService::searchFailed, this, &MainWindow::onSearchFailed);
    connect(m_opener, &CacheOpener::prepared, this, &MainWindow::onPrepared);
    connect(m_opener, &CacheOpener::counted, this, &MainWindow::onCounted);
    connect(&m_language, &UiLanguage::changed, this, &MainWindow::updateLanguageMenu);
    connect(&m_settings, &Settings::themeChanged, this, [this](Theme theme) {
        m_highContrastAction->setChecked(theme == Theme::HighContrast);
    });
    connect(&m_settings, &Settings::textScaleChanged, this, [this] { retranslate(); });
    connect(&m_settings, &Settings::keepVisitedDaysChanged, this, [this](int days) {
        if (m_store)
            m_store->setKeepVisitedDays(days);
        retranslate();
        if (m_visits)
            m_visits->refresh();
    });

    m_searchBox->setEnabled(false);
    retranslate();
    updateResultsState();
    updateDossierState();
    m_searchBox->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The store's thread may still deliver queued signals; none may reach a half-destroyed window.
    if (m_store)
        m_store->disconnect(this);
    m_store.reset();
}

void MainWindow::createActions()
{
    m_openCacheAction = makeAction(this, u"openCacheAction"_s, {QKeySequence::Open});
    connect(m_openCacheAction, &QAction::triggered, this, &MainWindow::openCacheFromDialog);
    m_quitAction = makeAction(this, u"quitAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = makeAction(this, u"searchAction"_s,
                                {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3)});
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::focusSearch);
    m_backToSearchAction =
        makeAction(this, u"backToSearchAction"_s, {QKeySequence(Qt::Key_Escape)});
    connect(m_backToSearchAction, &QAction::triggered, this, &MainWindow::focusSearch);
    m_openResultAction =
        makeAction(this, u"openResultAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    connect(m_openResultAction, &QAction::triggered, this,
            [this] { openRow(m_resultsView->currentIndex().row()); });

    m_signInAction = makeAction(this, u"signInAction"_s, {});
    connect(m_signInAction, &QAction::triggered, this, [this] { showSignIn(); });
    m_syncNowAction = makeAction(this, u"syncNowAction"_s, {QKeySequence(Qt::Key_F5)});
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        if (m_workOfflineAction->isChecked()) {
            showBanner(tr("Work offline is on, so nothing is sent or fetched. Switch it off "
                          "(File → Work offline) to synchronise."));
            return;
        }
        // Without a sign-in there is nothing to sync with: ask for one.
        if (m_store && m_session.isValid())
            m_store->syncNow();
        else if (!m_store || !m_pendingLogin)
            showSignIn();
    });
    // Work offline by choice (issue 7): remembered, and the engine sends nothing while on.
    m_workOfflineAction =
        makeAction(this, u"workOfflineAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    m_workOfflineAction->setCheckable(true);
    m_workOfflineAction->setChecked(m_settings.workOffline() == WorkOffline::On);
    connect(m_workOfflineAction, &QAction::toggled, this, [this](bool on) {
        const WorkOffline mode = on ? WorkOffline::On : WorkOffline::Off;
        m_settings.setWorkOffline(mode);
        m_statusBar->setWorkOffline(mode);
        if (m_store)
            m_store->setWorkOffline(mode);
        if (!on)
            hideBanner();
    });
    m_outboxAction =
        makeAction(this, u"outboxAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    m_outboxAction->setEnabled(false);
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);
    m_reportServersAction = makeAction(this, u"reportServersAction"_s, {});
    m_reportServersAction->setEnabled(false);
    connect(m_reportServersAction, &QAction::triggered, this, &MainWindow::showReportServers);
    m_logContactAction =
        makeAction(this, u"logContactAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_logContactAction->setEnabled(false);
    connect(m_logContactAction, &QAction::triggered, this, &MainWindow::showLogContact);

    m_guideAction = makeAction(this, u"guideAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_guideAction->setEnabled(false);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuidePanel);

    // Reports (issue 4): the list of the municipality's and the region's reports, and a new
    // report, on a citizen's behalf when a dossier is open.
    m_reportListAction =
        makeAction(this, u"reportListAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_reportListAction->setEnabled(false);
    connect(m_reportListAction, &QAction::triggered, this, &MainWindow::showReportList);
    m_newReportAction =
        makeAction(this, u"newReportAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    m_newReportAction->setEnabled(false);
    connect(m_newReportAction, &QAction::triggered, this, &MainWindow::showNewReport);

    // Home visits (issue 7): the visit list and the keep period, for outreach workers only.
    m_visitsAction =
        makeAction(this, u"visitsAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_visitsAction->setVisible(false);
    connect(m_visitsAction, &QAction::triggered, this, &MainWindow::showVisits);
    m_keepVisitsAction = makeAction(this, u"keepVisitedDaysAction"_s, {});
    m_keepVisitsAction->setVisible(false);
    connect(m_keepVisitsAction, &QAction::triggered, this, &MainWindow::askKeepVisitedDays);

    m_workListsAction =
        makeAction(this, u"workListsAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    m_workListsAction->setEnabled(false);
    connect(m_workListsAction, &QAction::triggered, this, &MainWindow::showWorkLists);

    // The service indicators (issue 9) are for managers and admins: hidden for other roles.
    m_dashboardAction =
        makeAction(this, u"dashboardAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_dashboardAction->setVisible(false);
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);

    m_tasksAction =
        makeAction(this, u"tasksAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    m_tasksAction->setEnabled(false);
    connect(m_tasksAction, &QAction::triggered, this, &MainWindow::showTaskQueue);

    m_overviewAction = makeAction(this, u"overviewAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_1)});
    m_reportsAction = makeAction(this, u"reportsAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_2)});
    m_documentsAction =
        makeAction(this, u"documentsAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_3)});
    m_contactsAction = makeAction(this, u"contactsAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_4)});
    const QList<std::pair<QAction *, DossierView::Tab>> tabs = {
        {m_overviewAction, DossierView::Tab::Overview},
        {m_reportsAction, DossierView::Tab::Reports},
        {m_documentsAction, DossierView::Tab::Documents},
        {m_contactsAction, DossierView::Tab::Contacts},
    };
    for (const auto &[action, tab] : tabs) {
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, tab = tab] { m_dossier->showTab(tab); });
    }

    m_largerTextAction = makeAction(this, u"largerTextAction"_s,
                                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_largerTextAction, &QAction::triggered, this,
            [this] { m_settings.setTextScale(m_settings.textScale() + textScaleStep); });
    m_smallerTextAction = makeAction(this, u"smallerTextAction"_s, {QKeySequence::ZoomOut});
    connect(m_smallerTextAction, &QAction::triggered, this,
            [this] { m_settings.setTextScale(m_settings.textScale() - textScaleStep); });
    m_normalTextAction =
        makeAction(this, u"normalTextAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_normalTextAction, &QAction::triggered, this,
            [this] { m_settings.setTextScale(Settings::minimumTextScale); });
    m_lockAction = makeAction(this, u"lockAction"_s, {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_privacyAction =
        makeAction(this, u"privacyAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_privacyAction->setCheckable(true);
    m_privacyAction->setChecked(m_settings.privacyMode());
    connect(m_privacyAction, &QAction::toggled, this,
            [this](bool on) { m_settings.setPrivacyMode(on); });
    m_lockAfterGroup = new QActionGroup(this);
    m_lockAfterGroup->setExclusive(true);
    for (const int minutes : {2, 5, 10, 15, 30}) {
        auto *a = new QAction(m_lockAfterGroup);
        a->setObjectName(u"lockAfter%1Action"_s.arg(minutes));
        a->setCheckable(true);
        a->setData(minutes);
        a->setChecked(minutes == m_settings.lockMinutes());
        connect(a, &QAction::triggered, this,
                [this, minutes] { m_settings.setLockMinutes(minutes); });
    }

    // Why dossiers are consulted (DESIGN §8): the role's purpose unless staff pick another, for
    // the consultations that follow, until they pick again or sign in anew.
    m_purposeGroup = new QActionGroup(this);
    m_purposeGroup->setExclusive(true);
    for (const int purpose : {-1, int(AccessPurpose::CounterVisit), int(AccessPurpose::HomeVisit),
                              int(AccessPurpose::HelpdeskCall), int(AccessPurpose::FollowUp),
                              int(AccessPurpose::Other)}) {
        auto *a = new QAction(m_purposeGroup);
        a->setObjectName(
            purpose < 0 ? u"purposeAutomaticAction"_s
                        : u"purpose_%1_Action"_s.arg(accessPurposeCode(AccessPurpose(purpose))));
        a->setCheckable(true);
        a->setData(purpose);
        a->setChecked(purpose < 0);
    }

    m_highContrastAction =
        makeAction(this, u"highContrastAction"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setChecked(m_settings.theme() == Theme::HighContrast);
    connect(m_highContrastAction, &QAction::toggled, this,
            [this](bool on) { m_settings.setTheme(on ? Theme::HighContrast : Theme::Standard); });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    auto languageAction = [this](const QString &name, const QString &code) {
        QAction *action = makeAction(this, name, {});
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            // Choosing the language already in use still replaces a --lang override.
            m_language.setSessionOverride({});
            m_language.apply();
        });
        return action;
    };
    m_systemLanguageAction = languageAction(u"systemLanguageAction"_s, QString());
    m_dutchAction = languageAction(u"dutchAction"_s, u"nl"_s);
    m_frenchAction = languageAction(u"frenchAction"_s, u"fr"_s);
    m_englishAction = languageAction(u"englishAction"_s, u"en"_s);

    m_shortcutsAction = makeAction(this, u"shortcutsAction"_s, {QKeySequence(Qt::Key_F1)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = makeAction(this, u"aboutAction"_s, {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(u"menuBar"_s);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_openCacheAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signInAction);
    m_fileMenu->addAction(m_syncNowAction);
    m_fileMenu->addAction(m_workOfflineAction);
    m_fileMenu->addAction(m_reportServersAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(u"goMenu"_s);
    m_goMenu->addAction(m_searchAction);
    m_goMenu->addAction(m_backToSearchAction);
    m_goMenu->addAction(m_openResultAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_overviewAction);
    m_goMenu->addAction(m_reportsAction);
    m_goMenu->addAction(m_documentsAction);
    m_goMenu->addAction(m_contactsAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_logContactAction);
    m_goMenu->addAction(m_guideAction);
    m_goMenu->addAction(m_dossier->revealAction());
    m_goMenu->addAction(m_newReportAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_reportListAction);
    m_goMenu->addAction(m_workListsAction);
    m_goMenu->addAction(m_visitsAction);
    m_goMenu->addAction(m_outboxAction);
    m_goMenu->addAction(m_dashboardAction);
    m_goMenu->addAction(m_tasksAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_largerTextAction);
    m_viewMenu->addAction(m_smallerTextAction);
    m_viewMenu->addAction(m_normalTextAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_highContrastAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_privacyAction);
    m_lockAfterMenu = m_viewMenu->addMenu(QString());
    m_lockAfterMenu->setObjectName(u"lockAfterMenu"_s);
    m_lockAfterMenu->addActions(m_lockAfterGroup->actions());
    m_purposeMenu = m_viewMenu->addMenu(QString());
    m_purposeMenu->setObjectName(u"purposeMenu"_s);
    m_purposeMenu->addActions(m_purposeGroup->actions());
    m_viewMenu->addAction(m_keepVisitsAction);
    addAction(m_visitsAction); // its shortcut works with the menu bar hidden too
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_dutchAction);
    m_languageMenu->addAction(m_frenchAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    // Menu shortcuts work wherever the focus is in the window, also with the menu bar hidden.
    addActions({m_openCacheAction,  m_signInAction,      m_syncNowAction,      m_logContactAction,
                m_quitAction,       m_searchAction,      m_backToSearchAction, m_openResultAction,
                m_overviewAction,   m_reportsAction,     m_documentsAction,    m_contactsAction,
                m_largerTextAction, m_smallerTextAction, m_normalTextAction,   m_highContrastAction,
                m_shortcutsAction,  m_guideAction,       m_workListsAction,    m_dashboardAction,
                m_lockAction,       m_privacyAction,     m_workOfflineAction,  m_outboxAction,
                m_reportListAction, m_newReportAction});
    addAction(m_tasksAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_cachePath.isEmpty() ? tr("Loket")
                                         : tr("Loket — %1").arg(QFileInfo(m_cachePath).fileName()));

    m_searchLabel->setText(tr("Find:"));
    m_searchBox->setPlaceholderText(
        tr("Search citizen, national number, address or report number…"));
    m_searchBox->setAccessibleName(tr("Search citizen"));
    m_searchBox->setAccessibleDescription(
        tr("Type a name, a national number, an address, a birth year or a report number. "
           "Up and Down choose a result, Enter opens the dossier."));
    m_searchHint->setText(
        u"(%1)"_s.arg(m_searchAction->shortcut().toString(QKeySequence::NativeText)));
    m_resultsTitle->setText(tr("Results"));
    m_resultsView->setAccessibleName(tr("Search results"));
    m_banner->setAccessibleName(tr("Error"));
    menuBar()->setAccessibleName(tr("Menu bar"));

    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openCacheAction->setText(tr("&Open cache…"));
    m_quitAction->setText(tr("&Quit"));
    m_signInAction->setText(tr("Sign &in to the regional service…"));
    m_syncNowAction->setText(tr("S&ync now"));
    m_syncNowAction->setToolTip(
        tr("Send the changes waiting and fetch what changed at the regional service"));
    m_workOfflineAction->setText(tr("Work o&ffline"));
    m_workOfflineAction->setToolTip(tr("Send and fetch nothing until switched off; changes wait "
                                       "on this computer and go out at once afterwards"));
    m_outboxAction->setText(tr("&Changes waiting…"));
    m_reportServersAction->setText(tr("&Report servers…"));
    m_reportServersAction->setToolTip(
        tr("Where each municipality's new reports go from this computer: the regional hub or "
           "the municipality's own Open311 server"));
    m_outboxAction->setToolTip(
        tr("The changes not yet sent: retry, discard with a reason, or resolve a conflict"));
    m_logContactAction->setText(tr("&Log contact…"));
    m_logContactAction->setIconText(
        tr("Log contact (%1)")
            .arg(m_logContactAction->shortcut().toString(QKeySequence::NativeText)));
    m_logContactAction->setToolTip(
        tr("Note a conversation with this citizen: channel, topic, summary and outcome"));
    m_guideAction->setText(tr("&Guides…"));
    m_guideAction->setIconText(
        tr("Guides (%1)").arg(m_guideAction->shortcut().toString(QKeySequence::NativeText)));
    m_guideAction->setToolTip(
        tr("Walk through a guide step by step with this citizen and note what they did alone"));
    m_workListsAction->setText(tr("Document &work lists…"));
    m_visitsAction->setText(tr("&Visits…"));
    m_visitsAction->setToolTip(tr("Your planned home visits: prepare their dossiers for working "
                                  "offline"));
    m_keepVisitsAction->setText(
        tr("Keep visited dossiers for %n day(s)…", nullptr, m_settings.keepVisitedDays()));
    m_reportListAction->setText(tr("Report &list…"));
    m_reportListAction->setToolTip(
        tr("Reports of this municipality and the region: filter, follow up, add a status"));
    m_newReportAction->setText(tr("New &report…"));
    m_newReportAction->setToolTip(
        tr("Report a problem in the public domain, on this citizen's behalf when a dossier is "
           "open"));
    m_tasksAction->setText(tr("Follow-up &tasks…"));
    m_tasksAction->setToolTip(tr("The queue of follow-up tasks: claim, hand over and close them"));
    m_dashboardAction->setText(tr("Service &indicators…"));
    m_dashboardAction->setToolTip(tr("Service levels of the municipalities, month by month, on "
                                     "the region's common definitions"));
    m_workListsAction->setToolTip(tr("Documents to follow up: unread in the eBox by citizens who "
                                     "need help, and paper returned as undeliverable"));
    m_searchAction->setText(tr("&Search"));
    m_backToSearchAction->setText(tr("&Back to search"));
    m_openResultAction->setText(tr("&Open selected dossier"));
    m_overviewAction->setText(tr("Dossier o&verview"));
    m_reportsAction->setText(tr("Dossier &reports"));
    m_documentsAction->setText(tr("Dossier &documents"));
    m_contactsAction->setText(tr("Dossier &contacts"));
    m_largerTextAction->setText(tr("&Larger text"));
    m_smallerTextAction->setText(tr("&Smaller text"));
    m_normalTextAction->setText(tr("&Normal text size"));
    m_highContrastAction->setText(tr("&High contrast"));
    m_lockAction->setText(tr("&Lock the screen"));
    m_lockAction->setToolTip(tr("Hide the dossier until your password is typed"));
    m_privacyAction->setText(tr("&Privacy mode"));
    m_privacyAction->setToolTip(tr("Hide streets, phone numbers and e-mail addresses on screen, "
                                   "and keep national numbers masked"));
    m_lockAfterMenu->setTitle(tr("Lock the screen &after"));
    for (QAction *a : m_lockAfterGroup->actions())
        a->setText(tr("%n minute(s) without input", nullptr, a->data().toInt()));
    m_purposeMenu->setTitle(tr("Purpose of &consultations"));
    for (QAction *a : m_purposeGroup->actions()) {
        switch (a->data().toInt()) {
        case int(AccessPurpose::CounterVisit):
            a->setText(tr("Counter visit"));
            break;
        case int(AccessPurpose::HomeVisit):
            a->setText(tr("Home visit"));
            break;
        case int(AccessPurpose::HelpdeskCall):
            a->setText(tr("Helpdesk call"));
            break;
        case int(AccessPurpose::FollowUp):
            a->setText(tr("Follow-up of a file"));
            break;
        case int(AccessPurpose::Other):
            a->setText(tr("Other"));
            break;
        default:
            a->setText(tr("As my role says (counter, home visit or helpdesk)"));
            break;
        }
    }
    //: Follow the operating system's language
    m_systemLanguageAction->setText(tr("&System language"));
    // Each language is named in itself, so anyone can find their own in the list.
    m_dutchAction->setText(u"&Nederlands"_s);
    m_frenchAction->setText(u"&Français"_s);
    m_englishAction->setText(u"&English"_s);
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Loket"));
    m_largerTextAction->setEnabled(m_settings.textScale() < Settings::maximumTextScale);
    m_smallerTextAction->setEnabled(m_settings.textScale() > Settings::minimumTextScale);

    updateLanguageMenu();
    m_results->retranslate();
    updateResultsState();
    updateDossierState();
}

void MainWindow::updateLanguageMenu()
{
    const QString chosen = m_settings.language();
    if (chosen.isEmpty())
        m_systemLanguageAction->setChecked(true);
    else if (chosen == u"nl"_s)
        m_dutchAction->setChecked(true);
    else if (chosen == u"fr"_s)
        m_frenchAction->setChecked(true);
    else
        m_englishAction->setChecked(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitSet || !m_settings.splitterState().isEmpty())
        return;
    m_splitSet = true;
    // Room for "Family, Given names" and an address at any text size, never more than
    // half of the window: the dossier is what the citizen came for.
    const int total = m_splitter->width();
    const int wanted = fontMetrics().averageCharWidth() * 40;
    const int left = qBound(total * 28 / 100, wanted, total * 45 / 100);
    m_splitter->setSizes({left, total - left});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setSplitterState(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int page = qMax(1, m_resultsView->viewport()->height() /
                                     qMax(1, m_resultsView->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(page);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-page);
            return true;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

// --- opening a cache

void MainWindow::openCache(const QString &path)
{
    hideBanner();
    m_cachePath.clear();
    m_connection.reset();
    m_reference = {};
    m_results->clear();
    m_dossier->clear();
    m_preparing.clear();
    m_searchBox->setEnabled(false);
    m_dossierState = DossierState::Opening;
    m_resultsState = ResultsState::NoCache;
    m_statusBar->setCache(path, StatusBar::CacheKind::Regional);
    m_opener->open(path);
    retranslate();
}

void MainWindow::onPrepared(const QString &path, bool ok, const QString &error, const QString &kind)
{
    if (!ok) {
        showNoCache(error);
        emit cacheFailed(path, error);
        return;
    }
    // The same cache read again after a sync brought many changes: new counts and names, while
    // the staff member keeps typing and the open dossier stays.
    const bool refresh = path == m_cachePath && m_connection;
    if (refresh) {
        loadReferenceData();
        reloadDossier();
        m_statusBar->setCitizenCountPending();
        if (!m_searchBox->text().trimmed().isEmpty())
            onSearchTextChanged(m_searchBox->text());
        return;
    }
    auto connection = std::make_unique<Connection>(u"ui"_s);
    if (!connection->open(path, Connection::Mode::ReadOnly)) {
        const QString message = connection->errorString();
        showNoCache(message);
        emit cacheFailed(path, message);
        return;
    }
    m_connection = std::move(connection);
    m_cachePath = path;
    loadReferenceData();

    m_search->open(path);
    const bool demo = kind == u"demo"_s ||
                      (m_store && m_store->path() == path && m_storeOrigin == CacheOrigin::Demo);
    // A cache filled from the demo hub carries no mark of its own; opened later without the hub
    // it would pass for regional data. `loket --demo` brings it back instead.
    if (!(m_store && m_store->path() == path && m_storeOrigin == CacheOrigin::Demo))
        m_settings.setLastCache(path);
    m_statusBar->setCache(path, demo ? StatusBar::CacheKind::Demo : StatusBar::CacheKind::Regional);
    m_statusBar->setCitizenCountPending();
    m_searchBox->setEnabled(true);
    m_dossierState = DossierState::Choose;
    m_resultsState = ResultsState::Prompt;
    retranslate();
    focusSearch();
    if (!m_searchBox->text().trimmed().isEmpty())
        onSearchTextChanged(m_searchBox->text());
    emit cacheOpened(path);
}

void MainWindow::loadReferenceData()
{
    // The catalogue and the municipalities are small; the views name codes with them.
    const CacheReader reader(m_connection->database());
    m_reference = {};
    for (const Category &c : reader.categories())
        m_reference.categories.insert(c.code, c);
    for (const Municipality &m : reader.municipalities())
        m_reference.municipalities.insert(m.nisCode, m.name);
    m_results->setMunicipalityNames(m_reference.municipalities);
    updateSessionStatus();
}

void MainWindow::onCounted(const QString &path, qint64 citizens)
{
    if (path != m_cachePath)
        return;
    m_statusBar->setCitizenCount(citizens);
    emit citizenCountShown(citizens);
}

void MainWindow::showNoCache(const QString &reason)
{
    m_cachePath.clear();
    m_connection.reset();
    m_results->clear();
    m_dossier->clear();
    m_searchBox->setEnabled(false);
    m_statusBar->clearCache();
    m_contactForm->setVisible(false);
    m_preparing.clear();
    m_resultsState = ResultsState::NoCache;
    m_dossierState = DossierState::NoCache;
    if (reason.isEmpty())
        hideBanner();
    else
        showBanner(reason);
    retranslate();
}

void MainWindow::showPreparing(const QString &what)
{
    m_preparing = what;
    m_dossierState = DossierState::Preparing;
    updateDossierState();
}

void MainWindow::openCacheFromDialog()
{
    QString start = m_cachePath.isEmpty() ? m_settings.lastCache() : m_cachePath;
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open cache"), start, tr("Loket caches (*.loket *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openCache(path);
}

// --- searching

void MainWindow::onSearchTextChanged(const QString &text)
{
    m_searchError.clear();
    if (text.trimmed().isEmpty() || !m_connection) {
        m_openWhenAnswered = false;
        m_results->clear();
        m_resultsState = m_connection ? ResultsState::Prompt : ResultsState::NoCache;
        updateResultsState();
        return;
    }
    const bool helpdesk = m_session.isValid() && m_session.role == u"helpdesk"_s;
    if (helpdesk && searchesOnline()) {
        m_store->lookupCitizensOnline(text, resultLimit);
        return;
    }
    m_searchNotice = helpdesk ? offlineNotice() : QString();
    m_search->search(text, resultLimit);
}

bool MainWindow::searchesOnline() const
{
    return m_store && m_store->isOnline() && m_store->workOffline() == WorkOffline::Off &&
           m_cachePath == m_store->path();
}

void MainWindow::onOnlineLookup(const OnlineLookupResult &result)
{
    if (result.query != m_searchBox->text())
        return; // the box was emptied or changed since; the store drops older requests itself
    if (result.outcome != OnlineLookupResult::Outcome::Found) {
        // Without the hub's answer the helpdesk still finds the dossiers it opened.
        m_searchNotice = result.outcome == OnlineLookupResult::Outcome::Offline ? offlineNotice()
                                                                                : result.message;
        m_search->search(result.query, resultLimit);
        return;
    }
    m_searchNotice.clear();
    onResults(result.request, result.query, result.hits);
}

void MainWindow::onDossierFetched(const QString &citizenId, const QString &error)
{
    if (citizenId != m_fetchingCitizen)
        return;
    m_fetchingCitizen.clear();
    if (!error.isEmpty()) {
        m_searchNotice = error;
        updateResultsState();
        return;
    }
    m_searchNotice.clear();
    updateResultsState();
    if (openDossier(citizenId))
        m_dossier->focusContent();
    // One more citizen on this computer: the status bar's count follows (off the UI thread).
    m_opener->open(m_cachePath);
}

void MainWindow::onResults(quint64, const QString &query, const QList<CitizenHit> &hits)
{
    // SearchService answers only its newest request, but the box may have been emptied since.
    if (query != m_searchBox->text())
        return;
    m_results->setHits(query, hits);
    m_resultsState = hits.isEmpty() ? ResultsState::NoMatch : ResultsState::Results;
    if (!hits.isEmpty())
        m_resultsView->setCurrentIndex(m_results->index(0));
    updateResultsState();
    emit resultsShown(query, int(hits.size()));
    if (m_openWhenAnswered) {
        m_openWhenAnswered = false;
        if (!hits.isEmpty())
            openRow(0);
    }
}

void MainWindow::onSearchFailed(quint64, const QString &message)
{
    m_openWhenAnswered = false;
    m_results->clear();
    m_searchError = message;
    m_resultsState = ResultsState::Failed;
    updateResultsState();
}

void MainWindow::onSearchReturn()
{
    if (m_searchBox->text().trimmed().isEmpty())
        return;
    if (m_results->query() != m_searchBox->text()) {
        // Typed faster than the answer came: open the first hit of the answer to this text.
        m_openWhenAnswered = true;
        return;
    }
    const int row =
        m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : 0;
    openRow(row);
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_results->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_resultsView->currentIndex();
    const int from = current.isValid() ? current.row() : (delta > 0 ? -1 : rows);
    const int to = qBound(0, from + delta, rows - 1);
    m_resultsView->setCurrentIndex(m_results->index(to));
    m_resultsView->scrollTo(m_results->index(to));
}

void MainWindow::openRow(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    const CitizenHit &hit = m_results->hit(row);
    const QString id = hit.id;
    if (hit.online && m_store) {
        // Found at the hub: the dossier comes into the cache first, then it opens (and the hub
        // logs the opening; the helpdesk's feed keeps it for the retention).
        m_fetchingCitizen = id;
        m_searchNotice = tr("Opening the dossier from the regional service…");
        updateResultsState();
        m_store->fetchDossier(id);
        return;
    }
    if (openDossier(id))
        m_dossier->focusContent();
}

void MainWindow::recordAccess(const QString &citizenId, AccessAction action)
{
    // Only dossiers read from the store's cache hold register data; a cache file opened on its
    // own (a demo region) has no store to log to and no session to log for.
    if (!m_store || m_cachePath != m_store->path())
        return;
    AccessEntry entry;
    entry.citizenId = citizenId;
    entry.action = action;
    const int chosen =
        m_purposeGroup->checkedAction() ? m_purposeGroup->checkedAction()->data().toInt() : -1;
    entry.purpose =
        chosen < 0 ? defaultPurposeForRole(m_store->session().role) : AccessPurpose(chosen);
    m_store->recordAccess(entry);
}

bool MainWindow::openDossier(const QString &citizenId)
{
    if (!m_connection)
        return false;
    const CacheReader reader(m_connection->database());
    const auto dossier = reader.dossier(citizenId);
    if (!dossier) {
        showBanner(tr("This citizen is no longer in the cache (moved out of the region or "
                      "removed by the regional service). Search again to find the current "
                      "dossier."));
        return false;
    }
    hideBanner();
    m_dossier->setCachePath(m_cachePath);
    m_dossier->setDossier(*dossier, m_reference, QDate::currentDate());
    m_dossierState = DossierState::Open;
    updateDossierState();
    if (m_contactForm->isVisible())
        m_contactForm->setCitizen(citizenId, dossier->citizen.fullName().trimmed());
    m_guidePanel->setCitizen(citizenId, dossier->citizen.fullName().trimmed(),
                             dossier->citizen.language);
    loadGuideProgress();
    emit dossierOpened(citizenId);
    return true;
}

// --- states

QString MainWindow::offlineNotice()
{
    return tr("Offline: only the dossiers opened on this computer are searched.");
}

void MainWindow::updateResultsState()
{
    const int count = m_results->rowCount();
    switch (m_resultsState) {
    case ResultsState::NoCache:
        m_resultsMessage->setText(tr("No cache is open."));
        break;
    case ResultsState::Prompt:
        m_resultsMessage->setText(
            tr("Type a name, a national number or an address.\n\nA birth year or a report "
               "number narrows the search too."));
        break;
    case ResultsState::NoMatch:
        m_resultsMessage->setText(tr("No citizen matches “%1”.\n\nCheck the spelling, or search "
                                     "by national number or address.")
                                      .arg(m_results->query()));
        break;
    case ResultsState::Failed:
        m_resultsMessage->setText(
            tr("The search could not be run. Try again; if it keeps failing, reopen the cache.\n\n"
               "Detail: %1")
                .arg(m_searchError));
        break;
    case ResultsState::Results:
        break;
    }
    const bool showList = m_resultsState == ResultsState::Results;
    m_resultsStack->setCurrentWidget(showList ? static_cast<QWidget *>(m_resultsView)
                                              : m_resultsMessage);
    QString countText;
    if (showList)
        countText = count >= resultLimit
                        ? tr("first %Ln shown — type more to narrow down", nullptr, count)
                        : tr("%Ln found", nullptr, count);
    const bool withNotice = !m_searchNotice.isEmpty() && m_resultsState != ResultsState::Prompt &&
                            m_resultsState != ResultsState::NoCache;
    if (withNotice)
        countText = countText.isEmpty() ? m_searchNotice : m_searchNotice + u'\n' + countText;
    m_resultsCount->setText(countText);
    m_openResultAction->setEnabled(showList);
}

void MainWindow::updateDossierState()
{
    QString text;
    switch (m_dossierState) {
    case DossierState::NoCache:
        text = tr("No cache is open yet.\n\n"
                  "To try Loket with a generated demo region, start it with:\n"
                  "loket --demo\n\n"
                  "To open a cache file, choose File → Open cache… (%1), or start Loket with:\n"
                  "loket --db FILE")
                   .arg(m_openCacheAction->shortcut().toString(QKeySequence::NativeText));
        break;
    case DossierState::Opening:
        text = tr("Opening the cache…");
        break;
    case DossierState::Preparing:
        text = m_preparing;
        break;
    case DossierState::Choose:
        text = tr("Choose a citizen in the results and press Enter to open the dossier.\n\n"
                  "Esc brings you back to the search box from anywhere.");
        break;
    case DossierState::Open:
        break;
    }
    m_dossierMessage->setText(text);
    const bool open = m_dossierState == DossierState::Open;
    m_dossierStack->setCurrentWidget(open ? static_cast<QWidget *>(m_dossier) : m_dossierMessage);
    for (QAction *a : {m_overviewAction, m_reportsAction, m_documentsAction, m_contactsAction})
        a->setEnabled(open);
    if (!open && m_contactForm->isVisible())
        hideContactForm();
    if (!open && m_guidePanel->isVisible())
        hideGuidePanel();
    updateStoreActions();
}

// --- the regional hub

QString MainWindow::defaultRegionalCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"regional.loket"_s);
}

void MainWindow::connectToHub(const QString &cachePath, const QUrl &hub, const QString &account,
                              const QString &password, CacheOrigin origin)
{
    m_pendingLogin = PendingLogin{hub, account, password};
    // Kept only in memory, and only once the hub accepted this password (onLoggedIn): it
    // unlocks the screen without the network.
    m_candidateUnlockHash = passwords::initialize() ? passwords::hash(password) : QString();
    if (m_store && m_store->path() == QFileInfo(cachePath).absoluteFilePath()) {
        // Once the store has opened the cache, sign in at once; until then onStoreOpened does.
        if (m_storeOpened) {
            const PendingLogin login = *std::exchange(m_pendingLogin, std::nullopt);
            m_store->login(login.hub, login.account, login.password);
        }
        return;
    }
    if (m_store) {
        m_store->disconnect(this);
        m_store.reset();
    }
    m_session = {};
    m_storeOpened = false;
    m_storeOrigin = origin;
    const QFileInfo info(cachePath);
    QDir().mkpath(info.absolutePath());
    StoreOptions options;
    options.path = info.absoluteFilePath();
    options.keepVisitedDays = m_settings.keepVisitedDays();
    m_store = std::make_unique<Store>(options);
    m_store->setWorkOffline(m_settings.workOffline());
    connectStore();
    m_statusBar->setConnectivity(StatusBar::Connectivity::Unknown);
    if (m_cachePath != options.path) {
        m_awaitingFill = true;
        showPreparing(tr("Connecting to the regional service…"));
    }
    m_store->open();
    updateStoreActions();
}

void MainWindow::connectStore()
{
    Store *store = m_store.get();
    connect(store, &Store::opened, this, &MainWindow::onStoreOpened);
    connect(store, &Store::loggedIn, this, &MainWindow::onLoggedIn);
    connect(store, &Store::loginFailed, this, &MainWindow::onLoginFailed);
    connect(store, &Store::loginRequired, this, [this] {
        m_session = {};
        showSignIn(tr("Your session at the regional service has ended. Sign in again; the "
                      "changes waiting on this computer are kept and sent afterwards."));
    });
    connect(store, &Store::onlineChanged, this, [this](bool online) {
        m_statusBar->setConnectivity(online ? StatusBar::Connectivity::Online
                                            : StatusBar::Connectivity::Offline);
    });
    connect(store, &Store::phaseChanged, this, [this](SyncPhase phase) {
        if (phase == SyncPhase::Offline)
            m_statusBar->setConnectivity(StatusBar::Connectivity::Offline);
    });
    connect(store, &Store::lastSuccessChanged, m_statusBar, &StatusBar::setLastSync);
    connect(store, &Store::pendingCountChanged, m_statusBar, &StatusBar::setPendingChanges);
    connect(store, &Store::conflictCountChanged, m_statusBar, &StatusBar::setConflicts);
    connect(store, &Store::progressChanged, this, &MainWindow::onSyncProgress);
    connect(store, &Store::errorOccurred, this, &MainWindow::onSyncError);
    connect(store, &Store::cycleFinished, this, &MainWindow::onCycleFinished);
    connect(store, &Store::recordsChanged, this, &MainWindow::onRecordsChanged);
    connect(store, &Store::citizenLookupFinished, this, &MainWindow::onOnlineLookup);
    connect(store, &Store::dossierFetched, this, &MainWindow::onDossierFetched);
    connect(store, &Store::wiped, this, &MainWindow::onWiped);
    connect(store, &Store::writeFailed, this,
            [this](RecordType, const QString &, const QString &message, const QString &detail) {
                showBanner(tr("%1 It is kept and saved again automatically.\n\nDetail: %2")
                               .arg(message, detail));
            });
    connect(store, &Store::writeRefused, this,
            [this](RecordType, const QString &, const QString &message) {
                showBanner(tr("%1 Nothing was saved.").arg(message));
            });
    connect(store, &Store::confirmationNeeded, this, [this](qint64 citizens) {
        const auto answer = QMessageBox::question(
            this, tr("Remove citizens from the cache?"),
            tr("The regional service would remove %Ln citizen(s) from this cache without saying "
               "why. That can happen when the service was restored from an old backup.\n\n"
               "Remove them only if your coordinator confirms it.",
               nullptr, int(qMin<qint64>(citizens, std::numeric_limits<int>::max()))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && m_store)
            m_store->confirmMassDeletion();
    });
}

void MainWindow::onStoreOpened(bool ok, const QString &error)
{
    m_storeOpened = ok;
    if (!ok) {
        const QString path = m_store ? m_store->path() : QString();
        m_pendingLogin.reset();
        m_awaitingFill = false;
        showNoCache(tr("The cache %1 could not be opened: %2").arg(path, error));
        emit cacheFailed(path, error);
        updateStoreActions();
        return;
    }
    // A cache filled before opens at once and is brought up to date while it is used; a demo
    // hub starts afresh on another port, so its cache is filled anew first.
    if (m_awaitingFill && m_store->lastSuccess().isValid() &&
        m_storeOrigin == CacheOrigin::Regional) {
        m_awaitingFill = false;
        openCache(m_store->path());
    } else if (m_awaitingFill) {
        showPreparing(tr("Filling the cache from the regional service. The progress is shown "
                         "below; the dossiers can be searched as soon as it is done."));
    }
    if (m_pendingLogin) {
        const PendingLogin login = *std::exchange(m_pendingLogin, std::nullopt);
        m_store->login(login.hub, login.account, login.password);
    }
    updateStoreActions();
}

void MainWindow::onLoggedIn(const HubSession &session)
{
    m_session = session;
    if (!m_candidateUnlockHash.isEmpty())
        m_unlockHash = std::exchange(m_candidateUnlockHash, QString());
    m_lockScreen->setStaffName(session.displayName.isEmpty() ? session.user : session.displayName);
    m_idle->setTimeoutMs(m_unlockHash.isEmpty() ? 0 : qint64(m_settings.lockMinutes()) * 60 * 1000);
    m_lockAction->setEnabled(!m_unlockHash.isEmpty());
    if (m_loginDialog)
        m_loginDialog->accept();
    updateSessionStatus();
    m_contactForm->setDefaultOwner(session.displayName.isEmpty() ? session.user
                                                                 : session.displayName);
    updateStoreActions();
}

void MainWindow::updateSessionStatus()
{
    if (!m_session.isValid())
        return;
    const QString who = m_session.displayName.isEmpty() ? m_session.user : m_session.displayName;
    // The municipality by name once the cache holds the names (they arrive with the first fill).
    const QString where =
        m_reference.municipalities.value(m_session.municipality, m_session.municipality);
    m_statusBar->setSession(who, where, Wording::staffRole(m_session.role));
}

void MainWindow::onLoginFailed(const SyncError &error)
{
    if (m_loginDialog) {
        m_loginDialog->showFailure(error.message);
        return;
    }
    showSignIn(error.message);
}

void MainWindow::showSignIn(const QString &reason)
{
    if (!m_loginDialog) {
        auto *dialog = new LoginDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LoginDialog::signInRequested, this,
                [this](const QUrl &hub, const QString &account, const QString &password) {
                    QString path = m_store ? m_store->path() : m_cachePath;
                    if (path.isEmpty())
                        path = defaultRegionalCachePath();
                    connectToHub(path, hub, account, password,
                                 m_store ? m_storeOrigin : CacheOrigin::Regional);
                });
        connect(dialog, &QDialog::rejected, this, [this] {
            // Nothing to fill from without a sign-in: say so instead of waiting for ever.
            if (!m_awaitingFill || m_session.isValid())
                return;
            m_awaitingFill = false;
            m_pendingLogin.reset();
            if (m_store) {
                m_store->disconnect(this);
                m_store.reset();
            }
            m_statusBar->clearFillProgress();
            showNoCache(tr("Not signed in, so the cache was not filled. Choose File → Sign in "
                           "to the regional service to try again."));
        });
        m_loginDialog = dialog;
    }
    m_loginDialog->setMessage(reason);
    m_loginDialog->show();
    m_loginDialog->raise();
    m_loginDialog->activateWindow();
}

void MainWindow::onSyncProgress(const SyncProgress &progress)
{
    // Progress with Cancel for the first fill (and bulk refills); routine rounds stay quiet.
    if (progress.bulk || m_awaitingFill || !m_store->lastSuccess().isValid())
        m_statusBar->setFillProgress(progress.records, progress.total);
}

void MainWindow::onSyncError(const SyncError &error)
{
    switch (error.kind) {
    case SyncError::Kind::Network:
    case SyncError::Kind::Timeout:
    case SyncError::Kind::Server:
        // The offline state says it; the cache stays usable. Only an empty window needs words.
        m_statusBar->setConnectivity(StatusBar::Connectivity::Offline);
        if (!m_awaitingFill)
            return;
        break;
    case SyncError::Kind::Authentication:
        return; // the sign-in dialog says it
    default:
        break;
    }
    showBanner(error.detail.isEmpty() ? error.message
                                      : tr("%1\n\nDetail: %2").arg(error.message, error.detail));
}

void MainWindow::onCycleFinished(const SyncOutcome &outcome)
{
    m_statusBar->clearFillProgress();
    if (outcome.pulled)
        hideBanner();
    if (m_awaitingFill && (outcome.pulled || outcome.cancelled)) {
        m_awaitingFill = false;
        openCache(m_store->path());
    } else if (m_connection && m_store && m_cachePath == m_store->path() && outcome.records > 0) {
        m_opener->open(m_cachePath); // recounts off the UI thread, then refreshes the names
    }
    emit syncFinished(outcome);
}

void MainWindow::onRecordsChanged(RecordType type, const QStringList &ids)
{
    if (!m_connection || !m_store || m_cachePath != m_store->path())
        return;
    switch (type) {
    case RecordType::Municipality:
    case RecordType::Category:
        loadReferenceData();
        break;
    default:
        break;
    }
    // A dossier read is a handful of indexed rows; re-reading it is cheaper than working out
    // whether the change touched it. Only the fill's page-by-page "many" is left to its end.
    if (m_dossierState == DossierState::Open &&
        !(ids.isEmpty() && m_statusBar->isFillProgressShown()))
        reloadDossier();
    if (type == RecordType::GuideProgress && m_dossierState == DossierState::Open)
        loadGuideProgress();
}

void MainWindow::reloadDossier()
{
    if (m_dossierState != DossierState::Open || !m_connection)
        return;
    const CacheReader reader(m_connection->database());
    if (const auto dossier = reader.dossier(m_dossier->citizenId())) {
        m_dossier->refreshDossier(*dossier);
        return;
    }
    // The dossier left the cache while open: access withdrawn on the hub, its visit expired,
    // or moved away. Nothing of it stays on screen (DESIGN §8).
    hideContactForm();
    hideGuidePanel();
    m_dossier->clear();
    m_dossierState = DossierState::Choose;
    updateDossierState();
    updateStoreActions();
    showBanner(tr("The dossier you had open is no longer on this computer: the regional service "
                  "withdrew the access, or its visit is past the keep period."));
}

void MainWindow::showLogContact()
{
    if (m_dossierState != DossierState::Open || !m_store)
        return;
    if (m_guidePanel->isVisible())
        m_guidePanel->setVisible(false);
    m_contactForm->setToday(QDate::currentDate());
    if (m_contactForm->citizenId() != m_dossier->citizenId() || !m_contactForm->isVisible())
        m_contactForm->setCitizen(m_dossier->citizenId(),
                                  m_dossier->dossier().citizen.fullName().trimmed());
    m_contactForm->setVisible(true);
    m_contactForm->focusFirstField();
}

void MainWindow::submitContact(const ContactMoment &contact, const FollowUpRoute &followUp)
{
    if (!m_store)
        return;
    const QString id = m_store->logContactMoment(contact, followUp);
    m_contactForm->clearDraft();
    hideContactForm();
    m_dossier->showTab(DossierView::Tab::Contacts);
    emit contactLogged(id);
}

void MainWindow::hideContactForm()
{
    const bool hadFocus = m_contactForm->isAncestorOf(QApplication::focusWidget());
    m_contactForm->setVisible(false);
    if (hadFocus)
        m_dossier->focusContent();
}

void MainWindow::showGuidePanel()
{
    if (m_dossierState != DossierState::Open || !m_store)
        return;
    // One side panel at a time: the contact form keeps its draft while hidden.
    if (m_contactForm->isVisible())
        m_contactForm->setVisible(false);
    const Citizen &citizen = m_dossier->dossier().citizen;
    m_guidePanel->setCitizen(citizen.id, citizen.fullName().trimmed(), citizen.language);
    loadGuideProgress();
    m_guidePanel->setVisible(true);
    m_guidePanel->focusFirst();
}

void MainWindow::hideGuidePanel()
{
    // Closing the guide ends remote assistance; its contact moment is proposed.
    m_guidePanel->endAssistance();
    const bool hadFocus = m_guidePanel->isAncestorOf(QApplication::focusWidget());
    m_guidePanel->setVisible(false);
    if (hadFocus)
        m_dossier->focusContent();
}

void MainWindow::loadGuideProgress()
{
    if (!m_connection || m_dossierState != DossierState::Open)
        return;
    // A few indexed rows of the window's read connection, like the dossier itself.
    GuideProgressTable table(m_connection->database());
    const QList<GuideProgress> progress = table.forCitizen(m_dossier->citizenId());
    if (m_guidePanel->citizenId() == m_dossier->citizenId())
        m_guidePanel->setProgress(progress);
    const QString language = m_language.current().isEmpty() ? u"nl"_s : m_language.current();
    m_dossier->setGuideAutonomy(
        autonomySummary(*m_guideLibrary, language, m_dossier->citizenId(), progress));
}

void MainWindow::askForHandout(const QString &guideId, const QString &language)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"%1-%2.pdf"_s.arg(guideId, language));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save handout"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveHandout(guideId, language, path);
}

bool MainWindow::saveHandout(const QString &guideId, const QString &language, const QString &path)
{
    // The town hall's details come from the settings (group "townhall"); without them the
    // demo town hall is printed, as loketctl handout does.
    QSettings settings;
    QStringList problems;
    const TownHall townHall =
        TownHall::fromSettings(settings, &problems).value_or(TownHall::demoHerent());
    HandoutWriter writer(*m_guideLibrary, townHall);
    if (!writer.writePdf(guideId, language, path)) {
        showBanner(tr("The handout could not be saved: %1").arg(writer.errorString()));
        return false;
    }
    hideBanner();
    return true;
}

void MainWindow::updateStoreActions()
{
    m_logContactAction->setEnabled(m_store && m_dossierState == DossierState::Open &&
                                   m_cachePath == m_store->path());
    m_guideAction->setEnabled(m_logContactAction->isEnabled());
    m_dossier->documentDetail()->setActionsEnabled(m_logContactAction->isEnabled());
    m_workListsAction->setEnabled(m_connection != nullptr);
    const bool outreach = m_session.isValid() && m_session.role == u"outreach"_s;
    m_visitsAction->setVisible(outreach);
    m_visitsAction->setEnabled(outreach && m_store && m_storeOpened);
    m_keepVisitsAction->setVisible(outreach);
    m_reportListAction->setEnabled(m_connection != nullptr);
    // Filing needs the cache open for writing; managers and admins keep no dossiers.
    m_newReportAction->setEnabled(m_store != nullptr && m_storeOpened &&
                                  m_cachePath == m_store->path() &&
                                  m_session.role != u"manager"_s && m_session.role != u"admin"_s);
    m_outboxAction->setEnabled(m_store != nullptr && m_storeOpened);
    // Only where reports are filed: the cache open for writing, by a role that files them.
    m_reportServersAction->setEnabled(m_newReportAction->isEnabled());
    m_dashboardAction->setVisible(m_session.isValid() &&
                                  (m_session.role == u"manager"_s || m_session.role == u"admin"_s));
    // Tasks are worked on through the store: the cache open for writing, by a role with dossiers.
    m_tasksAction->setEnabled(m_store != nullptr && m_storeOpened &&
                              m_cachePath == m_store->path() && m_session.role != u"manager"_s &&
                              m_session.role != u"admin"_s);
}

OutboxWindow *MainWindow::outboxWindow() const
{
    return m_outboxWindow;
}

void MainWindow::showOutbox()
{
    if (!m_store || !m_storeOpened)
        return;
    if (!m_outboxWindow) {
        auto *window = new OutboxWindow(*m_store, m_store->path(), this);
        // Guide steps by their title in the staff member's language, as the guide panel shows.
        const GuideLibrary *library = m_guideLibrary.get();
        window->setGuideStepTitle([library](const QString &guideId, const QString &stepId) {
            for (const QString &language : {QLocale().name().left(2), u"nl"_s, u"en"_s}) {
                if (const auto guide = library->guide(guideId, language)) {
                    for (const GuideStep &step : guide->steps) {
                        if (step.id == stepId)
                            return u"%1: %2"_s.arg(guide->title, step.title);
                    }
                }
            }
            return QString();
        });
        m_outboxWindow = window;
        window->selectFirstConflict();
    }
    m_outboxWindow->show();
    m_outboxWindow->raise();
    m_outboxWindow->activateWindow();
}

void MainWindow::showReportServers()
{
    if (!m_store || !m_storeOpened || !m_reportServersAction->isEnabled())
        return;
    if (!m_reportServersDialog)
        m_reportServersDialog =
            new ReportServersDialog(*m_store, m_store->path(), m_reference, this);
    m_reportServersDialog->reload();
    m_reportServersDialog->show();
    m_reportServersDialog->raise();
    m_reportServersDialog->activateWindow();
}

void MainWindow::showDashboard()
{
    // The hub decides again on every request; the hidden action only spares other roles a 403.
    if (!m_dashboardAction->isVisible())
        return;
    // A window of an earlier session would ask with a token that is no longer valid.
    if (m_dashboard && m_dashboard->property("token").toByteArray() != m_session.token)
        delete m_dashboard.data();
    if (!m_dashboard) {
        auto *window = new DashboardWindow(m_session.hubUrl, m_session.token, this);
        window->setProperty("token", m_session.token);
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_dashboard = window;
        window->refresh();
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::recordDocumentAction(DocumentActionKind kind, const QString &documentId)
{
    if (!m_store || m_dossierState != DossierState::Open)
        return;
    const Dossier &dossier = m_dossier->dossier();
    QString title;
    for (const Document &d : dossier.documents) {
        if (d.id == documentId)
            title = d.title;
    }
    DocumentAction action;
    action.citizenId = dossier.citizen.id;
    action.documentId = documentId;
    action.kind = kind;
    // A one-click record needs no dialog; a request names its reason, eBox help may add a note.
    if (kind != DocumentActionKind::Explained) {
        DocumentActionDialog dialog(kind, title, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        action.reason = dialog.reason();
    }
    action.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString id = m_store->recordDocumentAction(action);
    if (!id.isEmpty())
        emit documentActionRecorded(id);
}

void MainWindow::showReportList()
{
    if (!m_connection)
        return;
    if (m_reportList && m_reportList->property("cachePath").toString() != m_cachePath)
        delete m_reportList.data();
    if (!m_reportList) {
        // Status updates by the roles the hub lets change a report (docs/api.md).
        const bool mayUpdate = m_store && m_cachePath == m_store->path() &&
                               (m_session.role == u"counter"_s || m_session.role == u"helpdesk"_s ||
                                m_session.role == u"admin"_s);
        auto *window = new ReportListWindow(
            m_cachePath,
            m_cachePath == (m_store ? m_store->path() : QString()) ? m_store.get() : nullptr,
            m_reference, m_session.municipality,
            mayUpdate ? ReportListWindow::StatusUpdates::Allowed
                      : ReportListWindow::StatusUpdates::NotForThisRole,
            this);
        window->setProperty("cachePath", m_cachePath);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &ReportListWindow::dossierRequested, this, [this](const QString &citizen) {
            if (openDossier(citizen)) {
                raise();
                activateWindow();
            }
        });
        m_reportList = window;
        window->refresh();
    }
    m_reportList->show();
    m_reportList->raise();
    m_reportList->activateWindow();
}

void MainWindow::showTaskQueue()
{
    if (!m_store || m_cachePath != m_store->path())
        return;
    if (m_taskQueue && m_taskQueue->property("cachePath").toString() != m_cachePath)
        delete m_taskQueue.data();
    if (!m_taskQueue) {
        auto *window =
            new TaskQueueWindow(m_cachePath, m_store.get(), m_reference.municipalities,
                                m_session.municipality, m_session.staffId, m_session.role, this);
        window->setProperty("cachePath", m_cachePath);
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_taskQueue = window;
        window->refresh();
    }
    m_taskQueue->show();
    m_taskQueue->raise();
    m_taskQueue->activateWindow();
}

void MainWindow::showNewReport()
{
    if (!m_store || m_cachePath != m_store->path())
        return;
    std::optional<Citizen> citizen;
    if (m_dossierState == DossierState::Open)
        citizen = m_dossier->dossier().citizen;
    auto *form = new ReportForm(m_cachePath, m_store.get(), m_reference, citizen,
                                m_session.municipality, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ReportForm::reportFiled, this, &MainWindow::reportFiled);
    form->open();
}

VisitListWindow *MainWindow::visitListWindow() const
{
    return m_visits.data();
}

void MainWindow::showVisits()
{
    if (!m_visitsAction->isVisible() || !m_store || !m_storeOpened)
        return;
    if (m_visits && m_visits->property("cachePath").toString() != m_store->path())
        delete m_visits.data();
    if (!m_visits) {
        auto *window = new VisitListWindow(*m_store, m_store->path(), this);
        window->setProperty("cachePath", m_store->path());
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &VisitListWindow::dossierRequested, this, [this](const QString &id) {
            if (openDossier(id)) {
                raise();
                activateWindow();
            }
        });
        m_visits = window;
    }
    // "Add visit…" starts with the dossier open here (picked from the search results).
    m_visits->setCurrentCitizen(m_dossierState == DossierState::Open ? m_dossier->citizenId()
                                                                     : QString());
    m_visits->show();
    m_visits->raise();
    m_visits->activateWindow();
}

void MainWindow::askKeepVisitedDays()
{
    bool ok = false;
    const int days = QInputDialog::getInt(
        this, tr("Keep visited dossiers"),
        tr("Days a visited citizen's dossier stays on this computer after the visit (0: only "
           "until the end of the day of the visit):"),
        m_settings.keepVisitedDays(), 0, Settings::maximumKeepVisitedDays, 1, &ok);
    if (ok)
        m_settings.setKeepVisitedDays(days);
}

void MainWindow::onWiped(bool ok, const QString &error)
{
    const QString path = m_store ? m_store->path() : QString();
    const QString message =
        tr("This computer's copy was wiped at the request of the regional service.");
    // Every window that reads the cache goes first, so that no connection writes its files
    // again; the store is deleted once this signal has returned.
    delete m_taskQueue.data();
    for (QWidget *w : QList<QWidget *>{m_visits.data(), m_workLists.data(), m_reportList.data(),
                                       m_outboxWindow.data(), m_dashboard.data()})
        delete w;
    if (m_store) {
        m_store->disconnect(this);
        m_store.release()->deleteLater();
    }
    m_storeOpened = false;
    m_pendingLogin.reset();
    m_awaitingFill = false;
    m_session = {};
    hideContactForm();
    hideGuidePanel();
    showNoCache(); // closes the window's own read connection
    // The search thread holds a connection of its own: a new service holds none.
    delete m_search;
    m_search = new SearchService(this);
    connect(m_search, &SearchService::resultsReady, this, &MainWindow::onResults);
    connect(m_search, &SearchService::searchFailed, this, &MainWindow::onSearchFailed);
    QString left;
    const bool gone = deleteCacheFiles(path, &left) && ok;
    if (m_settings.lastCache() == path)
        m_settings.setLastCache({});
    m_statusBar->setConnectivity(StatusBar::Connectivity::Unknown);
    m_statusBar->clearFillProgress();
    updateStoreActions();
    const QString detail = gone ? QString() : (error.isEmpty() ? left : error);
    showNoCache(detail.isEmpty() ? message : tr("%1\n\nDetail: %2").arg(message, detail));
    emit cacheWiped(gone);
    showSignIn(message);
}

void MainWindow::showWorkLists()
{
    if (!m_connection)
        return;
    if (m_workLists && m_workLists->property("cachePath").toString() != m_cachePath)
        delete m_workLists.data();
    if (!m_workLists) {
        auto *window = new DocumentWorkListWindow(m_cachePath, m_reference.municipalities, this);
        window->setProperty("cachePath", m_cachePath);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &DocumentWorkListWindow::dossierRequested, this,
                [this](const QString &citizenId, const QString &documentId) {
                    if (openDossier(citizenId)) {
                        m_dossier->showDocument(documentId);
                        raise();
                        activateWindow();
                    }
                });
        m_workLists = window;
        window->refresh();
    }
    m_workLists->show();
    m_workLists->raise();
    m_workLists->activateWindow();
}

void MainWindow::lock()
{
    if (m_locked || m_unlockHash.isEmpty())
        return;
    m_locked = true;
    // Nothing of a citizen stays visible or reachable: the other windows go, every action of
    // the window is off, and the dossier's widgets leave the window until the password.
    m_hiddenWhileLocked.clear();
    for (QWidget *w : QList<QWidget *>{m_workLists.data(), m_dashboard.data(), m_visits.data()}) {
        if (w && w->isVisible()) {
            m_hiddenWhileLocked.append(w);
            w->hide();
        }
    }
    m_disabledWhileLocked.clear();
    for (QAction *a : actions()) {
        if (a->isEnabled()) {
            m_disabledWhileLocked.append(a);
            a->setEnabled(false);
        }
    }
    menuBar()->setEnabled(false);
    m_unlockedCentral = takeCentralWidget();
    m_unlockedCentral->setVisible(false);
    m_unlockedCentral->setParent(this);
    setCentralWidget(m_lockScreen);
    m_lockScreen->setVisible(true);
    m_lockScreen->reset();
    emit lockedChanged(true);
}

void MainWindow::unlock(const QString &password)
{
    if (!m_locked)
        return;
    if (!passwords::verify(m_unlockHash, password)) {
        m_lockScreen->unlockFailed();
        return;
    }
    m_locked = false;
    takeCentralWidget(); // the lock screen, kept for the next time
    m_lockScreen->setVisible(false);
    m_lockScreen->setParent(this);
    setCentralWidget(m_unlockedCentral);
    m_unlockedCentral->setVisible(true);
    m_unlockedCentral = nullptr;
    menuBar()->setEnabled(true);
    for (const QPointer<QAction> &a : std::as_const(m_disabledWhileLocked)) {
        if (a)
            a->setEnabled(true);
    }
    m_disabledWhileLocked.clear();
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenWhileLocked)) {
        if (w)
            w->show();
    }
    m_hiddenWhileLocked.clear();
    m_idle->noteActivity();
    if (m_dossierState == DossierState::Open)
        m_dossier->focusContent();
    else
        m_searchBox->setFocus(Qt::OtherFocusReason);
    emit lockedChanged(false);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

void MainWindow::hideBanner()
{
    m_banner->clear();
    m_banner->setVisible(false);
}

// --- help

void MainWindow::showShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        m_shortcutsDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(u"shortcutsList"_s);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    const QList<QAction *> actions = {
        m_searchAction,      m_backToSearchAction, m_openResultAction,   m_overviewAction,
        m_reportsAction,     m_documentsAction,    m_contactsAction,     m_dossier->revealAction(),
        m_logContactAction,  m_syncNowAction,      m_signInAction,       m_largerTextAction,
        m_smallerTextAction, m_normalTextAction,   m_highContrastAction, m_openCacheAction,
        m_shortcutsAction,   m_quitAction,         m_guideAction,        m_workListsAction,
        m_workOfflineAction, m_outboxAction,       m_reportListAction,   m_newReportAction,
        m_tasksAction,
    };
    auto add = [list](const QString &what, const QString &keys) {
        new QTreeWidgetItem(list, {what, keys});
    };
    for (QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        add(QString(action->text()).remove(u'&'), keys.join(u", "_s));
    }
    add(tr("Next or previous result (in the search box)"), tr("Down, Up"));
    add(tr("Open the chosen result"), tr("Enter"));
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->setColumnWidth(0, list->fontMetrics().averageCharWidth() * 45);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(u"shortcutsButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(list->fontMetrics().averageCharWidth() * 80, list->fontMetrics().height() * 30);
    m_shortcutsDialog = dialog;
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Loket"),
                       tr("Loket %1\n\nFind any citizen of the region in a few keystrokes and see "
                          "the whole dossier.\n\nFree software under the GNU General Public "
                          "License, version 3 or later.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace loket::ui
