#pragma once

#include "dossiermodels.h"
#include "model/documentaction.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace loket::ui {

class Badge;
class ContactsFilterModel;
class DocumentDetail;
class FlowLayout;
class OpenItemsPanel;

// One citizen's dossier, read-only: a header that answers the first questions without a click
// (who, age, language, address, national number masked until revealed, eBox, delivery channel,
// special needs), what is open for the citizen in every municipality, and tabs with the overview
// timeline, reports, documents and the contact history across the region.
class DossierView final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Overview, Reports, Documents, Contacts };

    explicit DossierView(QWidget *parent = nullptr);
    ~DossierView() override;

    // The cache the open-items panel reads from on its own thread; set before setDossier.
    void setCachePath(const QString &path);
    // `today` gives the age; the dossier comes from CacheReader::dossier.
    void setDossier(const Dossier &dossier, const ReferenceData &reference, QDate today);
    void clear();
    // The same citizen read again after a change (a sync, a logged contact): a revealed national
    // number stays revealed, as the staff member left it.
    void refreshDossier(const Dossier &dossier);
    // A button in the action row under the header (UI.md), showing `action`'s text and shortcut.
    void addActionButton(QAction *action);
    // The line on digital autonomy in the header (which guides the citizen did alone, with help
    // or not yet); empty hides it.
    void setGuideAutonomy(const QString &text);
    QString guideAutonomy() const;
    QString citizenId() const { return m_dossier.citizen.id; }
    const Dossier &dossier() const { return m_dossier; }

    // Privacy mode (for a counter others can see): the street, phone and e-mail are hidden and
    // the national number cannot be revealed.
    void setPrivacyMode(bool on);
    bool privacyMode() const { return m_privacy; }

    bool isNationalNumberRevealed() const;
    // Shows the full national number; emits nationalNumberRevealed, which the access log notes.
    void revealNationalNumber();
    void maskNationalNumber();
    QAction *revealAction() const { return m_revealAction; }
    // Where the tab chain enters the dossier.
    QWidget *firstFocusWidget() const;

    void showTab(Tab tab);
    // The documents tab with this document chosen (its path and history below the list).
    void showDocument(const QString &documentId);
    // The reports tab with this report chosen; the contacts tab with this contact chosen (the
    // contact filter is cleared when it hides it).
    void showReport(const QString &reportId);
    void showContact(const QString &contactId);
    // Moves the keyboard focus into the visible tab's list.
    void focusContent();

    TimelineModel *timelineModel() const { return m_timeline; }
    ReportsModel *reportsModel() const { return m_reports; }
    DocumentsModel *documentsModel() const { return m_documents; }
    ContactsModel *contactsModel() const { return m_contacts; }
    DocumentDetail *documentDetail() const { return m_documentDetail; }
    OpenItemsPanel *openItemsPanel() const { return m_openItems; }
    ContactsFilterModel *contactsFilter() const { return m_contactsFilter; }

signals:
    void nationalNumberRevealed(const QString &citizenId);
    // Staff asked to record an action about a document (or, for eBox help, the citizen).
    void documentActionRequested(loket::DocumentActionKind kind, const QString &documentId);
    // A follow-up task was chosen in the open items (its contact is shown, if it has one).
    void taskRequested(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct TabPage
    {
        DossierTableModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTreeView *view = nullptr;
        QLabel *empty = nullptr;
        QStackedWidget *stack = nullptr;
        QList<int> columnChars; // default column widths in average characters; last stretches
    };
    TabPage makePage(DossierTableModel *model, const QString &name, QList<int> columnChars,
                     QSortFilterProxyModel *proxy = nullptr);
    void updateContactFilters();
    void selectRow(Tab tab, int sourceRow);
    void retranslate();
    void updateHeader();
    void updateNationalNumber();
    void updateTabs();
    void updateFonts();

    Dossier m_dossier;
    ReferenceData m_reference;
    QDate m_today;
    bool m_revealed = false;
    bool m_privacy = false;

    QLabel *m_name = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_contactInfo = nullptr;
    QLabel *m_nationalNumberCaption = nullptr;
    QLabel *m_nationalNumber = nullptr;
    QToolButton *m_revealButton = nullptr;
    QAction *m_revealAction = nullptr;
    QWidget *m_badgeArea = nullptr;
    QLabel *m_guideAutonomy = nullptr;
    QWidget *m_actionRow = nullptr;
    FlowLayout *m_badges = nullptr;
    QTabWidget *m_tabs = nullptr;

    TimelineModel *m_timeline = nullptr;
    ReportsModel *m_reports = nullptr;
    DocumentsModel *m_documents = nullptr;
    ContactsModel *m_contacts = nullptr;
    DocumentDetail *m_documentDetail = nullptr;
    OpenItemsPanel *m_openItems = nullptr;
    ContactsFilterModel *m_contactsFilter = nullptr;
    QLabel *m_municipalityFilterLabel = nullptr;
    QComboBox *m_municipalityFilter = nullptr;
    QLabel *m_channelFilterLabel = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QList<TabPage> m_pages;
};

} // namespace loket::ui
