#pragma once

#include "dossiermodels.h"
#include "guides/guidelibrary.h"
#include "logindialog.h"
#include "store/connection.h"
#include "store/store.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace loket {
class SearchService;
struct CitizenHit;
} // namespace loket

namespace loket::ui {

class CacheOpener;
class CitizenResultsModel;
class ContactForm;
class DossierView;
class GuidePanel;
class IdleWatcher;
class LockScreen;
class OutboxWindow;
class ReportServersDialog;
class Settings;
class StatusBar;
class UiLanguage;
class VisitListWindow;

// The counter clerk's window (UI.md): the search box on top, results on the left, the open
// dossier on the right, the status bar below. Searches run on SearchService's thread; the
// window's own read connection serves the dossier, whose reads are indexed and small.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // At most this many results are shown; more means the query should be narrowed.
    static constexpr int resultLimit = 50;

    MainWindow(Settings &settings, UiLanguage &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a cache in the background; cacheOpened or cacheFailed follows.
    void openCache(const QString &path);
    // The empty state that explains how to start; `reason` says what went wrong, if anything.
    void showNoCache(const QString &reason = {});
    // Long work before a cache exists (the demo region being made): a line in the empty state.
    void showPreparing(const QString &what);
    QString cachePath() const { return m_cachePath; }

    // Shows `citizenId`'s dossier; false when the cache does not hold that citizen.
    bool openDossier(const QString &citizenId);
    // Opens the dossier of search result `row` as Enter does: from the cache, or for a hit of the
    // hub's online lookup (the helpdesk) once it is fetched; dossierOpened() tells when.
    void openResult(int row) { openRow(row); }
    void focusSearch();

    // Where the cache comes from, for the status bar: a demo region is always labelled as such.
    enum class CacheOrigin { Regional, Demo };
    // Keeps the cache at `cachePath` in step with the regional hub: opens its writer and sync
    // engine (Store) on their own thread, signs in and syncs. A cache that was never filled (and
    // a demo cache, whose hub starts afresh) opens in the window once the first pull is done,
    // with its progress in the status bar; any other opens at once. Replaces an earlier store
    // for another file.
    void connectToHub(const QString &cachePath, const QUrl &hub, const QString &account,
                      const QString &password, CacheOrigin origin);
    // The sign-in dialog; `reason` says why it opened (an expired session, a refusal).
    void showSignIn(const QString &reason = {});
    // The side panel that logs a contact moment for the open dossier.
    void showLogContact();
    // Guided mode: the side panel with the guides for the open dossier (Ctrl+G).
    void showGuidePanel();
    // Saves the handout of `guideId` in `language` as a PDF at `path`; false shows why in the
    // banner. The panel's button asks for the path first.
    bool saveHandout(const QString &guideId, const QString &language, const QString &path);
    // The changes waiting to be sent (the status bar's count, Go > Changes waiting…); the
    // first conflict, if any, is selected.
    void showOutbox();
    void showReportServers();
    // Where a cache signed in without one being open is kept.
    static QString defaultRegionalCachePath();
    // The outreach worker's visit list (Go > Visits…, Ctrl+Shift+V); outreach only.
    void showVisits();
    QAction *visitsAction() const { return m_visitsAction; }
    QAction *keepVisitedDaysAction() const { return m_keepVisitsAction; }
    VisitListWindow *visitListWindow() const;

    Store *store() const { return m_store.get(); }
    LoginDialog *loginDialog() const { return m_loginDialog; }
    ContactForm *contactForm() const { return m_contactForm; }
    GuidePanel *guidePanel() const { return m_guidePanel; }
    QAction *guideAction() const { return m_guideAction; }
    QAction *privacyAction() const { return m_privacyAction; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    bool isLocked() const { return m_locked; }
    QAction *dashboardAction() const { return m_dashboardAction; }
    QAction *tasksAction() const { return m_tasksAction; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *workOfflineAction() const { return m_workOfflineAction; }
    QAction *outboxAction() const { return m_outboxAction; }
    QAction *reportServersAction() const { return m_reportServersAction; }
    OutboxWindow *outboxWindow() const;
    QAction *logContactAction() const { return m_logContactAction; }
    QLineEdit *searchBox() const { return m_searchBox; }
    CitizenResultsModel *resultsModel() const { return m_results; }
    QListView *resultsView() const { return m_resultsView; }
    DossierView *dossierView() const { return m_dossier; }
    StatusBar *statusBarWidget() const { return m_statusBar; }

signals:
    void cacheOpened(const QString &path);
    void cacheFailed(const QString &path, const QString &error);
    void citizenCountShown(qint64 citizens);
    void resultsShown(const QString &query, int count);
    // Every opened dossier and every revealed national number, for the access log (DESIGN §8).
    void dossierOpened(const QString &citizenId);
    void nationalNumberRevealed(const QString &citizenId);
    // A sync round ended (see SyncOutcome); the status bar already shows its result.
    void syncFinished(const loket::SyncOutcome &outcome);
    // A contact moment was handed to the store (written with its outbox entry in one go).
    void contactLogged(const QString &contactId);
    // A new report was handed to the store (with its outbox entries in one go).
    void reportFiled(const QString &reportId);
    // The screen locked (after the idle time, a suspend or Ctrl+L) or was unlocked.
    void lockedChanged(bool locked);
    // The regional service had this computer's copy wiped: the cache files are gone (`ok`)
    // and the window is back at the sign-in state.
    void cacheWiped(bool ok);
    // A document action was handed to the store (row and outbox entry in one go).
    void documentActionRecorded(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class ResultsState { NoCache, Prompt, Results, NoMatch, Failed };
    enum class DossierState { NoCache, Opening, Preparing, Choose, Open };

    void createActions();
    void createMenus();
    void retranslate();
    void updateLanguageMenu();
    void updateResultsState();
    void updateDossierState();

    void onPrepared(const QString &path, bool ok, const QString &error, const QString &kind);
    void onCounted(const QString &path, qint64 citizens);
    void onSearchTextChanged(const QString &text);
    void onResults(quint64 request, const QString &query, const QList<loket::CitizenHit> &hits);
    void onSearchFailed(quint64 request, const QString &message);
    void onSearchReturn();
    // The helpdesk's region-wide lookup (issue 8): asked at the hub while online, the cache
    // otherwise, with a notice saying so.
    bool searchesOnline() const;
    static QString offlineNotice();
    void onOnlineLookup(const loket::OnlineLookupResult &result);
    void onDossierFetched(const QString &citizenId, const QString &error);
    void moveSelection(int delta);
    void openRow(int row);
    void openCacheFromDialog();
    void recordDocumentAction(loket::DocumentActionKind kind, const QString &documentId);
    // Notes a consultation in the access log (DESIGN §8), with the session role's purpose.
    void recordAccess(const QString &citizenId, loket::AccessAction action);
    void showWorkLists();
    void onWiped(bool ok, const QString &error);
    void askKeepVisitedDays();
    void showReportList();
    void showNewReport();
    void lock();
    void unlock(const QString &password);
    void showDashboard();
    void showTaskQueue(); // Go > Follow-up tasks (issue 8)
    void showShortcuts();
    void showAbout();
    void showBanner(const QString &text);
    void hideBanner();

    void connectStore();
    void onStoreOpened(bool ok, const QString &error);
    void onLoggedIn(const loket::HubSession &session);
    void onLoginFailed(const loket::SyncError &error);
    void onSyncError(const loket::SyncError &error);
    void onSyncProgress(const loket::SyncProgress &progress);
    void onCycleFinished(const loket::SyncOutcome &outcome);
    void onRecordsChanged(loket::RecordType type, const QStringList &ids);
    void loadReferenceData();
    void reloadDossier();
    void submitContact(const loket::ContactMoment &contact, const loket::FollowUpRoute &followUp);
    void hideContactForm();
    void hideGuidePanel();
    void loadGuideProgress();
    void askForHandout(const QString &guideId, const QString &language);
    void updateStoreActions();
    void updateSessionStatus();

    Settings &m_settings;
    UiLanguage &m_language;

    std::unique_ptr<Connection> m_connection; // the UI thread's own read connection
    // The cache's writer and sync engine, on their own thread; none until signed in.
    std::unique_ptr<Store> m_store;
    CacheOrigin m_storeOrigin = CacheOrigin::Regional;
    struct PendingLogin
    {
        QUrl hub;
        QString account;
        QString password;
    };
    std::optional<PendingLogin> m_pendingLogin; // until the store has opened the cache
    bool m_storeOpened = false;
    bool m_awaitingFill = false; // the window opens the store's cache after its first pull
    HubSession m_session;
    SearchService *m_search = nullptr;
    CacheOpener *m_opener = nullptr;
    ReferenceData m_reference;
    QString m_cachePath;
    QString m_preparing;
    QString m_searchError;
    // Shown above the results while the helpdesk searches only its cache (offline), or why
    // the hub refused the text.
    QString m_searchNotice;
    QString m_fetchingCitizen; // an online hit whose dossier is being fetched to be opened
    bool m_openWhenAnswered = false;
    bool m_splitSet = false;
    ResultsState m_resultsState = ResultsState::NoCache;
    DossierState m_dossierState = DossierState::NoCache;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_searchHint = nullptr;
    QLabel *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_resultsTitle = nullptr;
    QLabel *m_resultsCount = nullptr;
    QStackedWidget *m_resultsStack = nullptr;
    QLabel *m_resultsMessage = nullptr;
    QListView *m_resultsView = nullptr;
    CitizenResultsModel *m_results = nullptr;
    QStackedWidget *m_dossierStack = nullptr;
    QLabel *m_dossierMessage = nullptr;
    DossierView *m_dossier = nullptr;
    StatusBar *m_statusBar = nullptr;
    ContactForm *m_contactForm = nullptr;
    GuidePanel *m_guidePanel = nullptr;
    std::unique_ptr<GuideLibrary> m_guideLibrary;
    QPointer<LoginDialog> m_loginDialog;

    QAction *m_signInAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_workOfflineAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_reportServersAction = nullptr;
    QPointer<OutboxWindow> m_outboxWindow;
    QPointer<ReportServersDialog> m_reportServersDialog;
    QAction *m_logContactAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_workListsAction = nullptr;
    QAction *m_reportListAction = nullptr;
    QAction *m_newReportAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_privacyAction = nullptr;
    QActionGroup *m_lockAfterGroup = nullptr;
    QMenu *m_lockAfterMenu = nullptr;
    QActionGroup *m_purposeGroup = nullptr;
    QMenu *m_purposeMenu = nullptr;
    IdleWatcher *m_idle = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QWidget *m_unlockedCentral = nullptr; // the window's content while the lock screen shows
    QList<QPointer<QAction>> m_disabledWhileLocked;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    QString m_unlockHash;          // Argon2id of the signed-in staff member's password
    QString m_candidateUnlockHash; // of the password being tried, until the hub accepts it
    bool m_locked = false;
    QPointer<QWidget> m_workLists;
    QAction *m_visitsAction = nullptr;     // visible for outreach only
    QAction *m_keepVisitsAction = nullptr; // the keep period of visited dossiers
    QPointer<VisitListWindow> m_visits;
    QPointer<QWidget> m_reportList;
    QAction *m_dashboardAction = nullptr; // visible for managers and admins only
    QPointer<QWidget> m_dashboard;
    QAction *m_tasksAction = nullptr; // roles that keep dossiers
    QPointer<QWidget> m_taskQueue;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openCacheAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_backToSearchAction = nullptr;
    QAction *m_openResultAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_documentsAction = nullptr;
    QAction *m_contactsAction = nullptr;
    QAction *m_largerTextAction = nullptr;
    QAction *m_smallerTextAction = nullptr;
    QAction *m_normalTextAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_dutchAction = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<QWidget> m_shortcutsDialog;
};

} // namespace loket::ui
