#include "dossierview.h"
#include "badge.h"
#include "documentdetail.h"
#include "flowlayout.h"
#include "model/nationalnumber.h"
#include "openitemspanel.h"
#include "wording.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DossierView::DossierView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dossierView"_s);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);

    auto *header = new QWidget(this);
    header->setObjectName(u"dossierHeader"_s);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);

    // Every header row wraps instead of demanding width: at 200 % text and 1366 pixels the
    // results list keeps its room.
    auto *nameRow = new FlowLayout;
    m_name = makeLabel(header, u"dossierName"_s);
    m_age = makeLabel(header, u"dossierAge"_s);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_age);
    headerLayout->addLayout(nameRow);

    auto *addressRow = new FlowLayout;
    m_address = makeLabel(header, u"dossierAddress"_s);
    m_contactInfo = makeLabel(header, u"dossierContactInfo"_s);
    addressRow->addWidget(m_address);
    addressRow->addWidget(m_contactInfo);
    headerLayout->addLayout(addressRow);

    auto *numberRow = new FlowLayout;
    m_nationalNumberCaption = makeLabel(header, u"dossierNationalNumberCaption"_s);
    m_nationalNumber = makeLabel(header, u"dossierNationalNumber"_s);
    m_revealAction = new QAction(this);
    m_revealAction->setObjectName(u"revealNationalNumberAction"_s);
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_revealAction->setShortcutContext(Qt::WindowShortcut);
    m_revealAction->setEnabled(false);
    connect(m_revealAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            revealNationalNumber();
        else
            maskNationalNumber();
    });
    addAction(m_revealAction);
    m_revealButton = new QToolButton(header);
    m_revealButton->setObjectName(u"revealNationalNumberButton"_s);
    m_revealButton->setDefaultAction(m_revealAction);
    m_revealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_revealButton->setFocusPolicy(Qt::StrongFocus);
    m_nationalNumberCaption->setBuddy(m_revealButton);
    numberRow->addWidget(m_nationalNumberCaption);
    numberRow->addWidget(m_nationalNumber);
    numberRow->addWidget(m_revealButton);
    headerLayout->addLayout(numberRow);

    m_badgeArea = new QWidget(header);
    m_badgeArea->setObjectName(u"dossierBadges"_s);
    m_badges = new FlowLayout(m_badgeArea);
    m_badges->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_badgeArea);

    m_guideAutonomy = makeLabel(header, u"dossierGuideAutonomy"_s);
    m_guideAutonomy->setWordWrap(true);
    m_guideAutonomy->setVisible(false);
    headerLayout->addWidget(m_guideAutonomy);

    root->addWidget(header);

    m_actionRow = new QWidget(this);
    m_actionRow->setObjectName(u"dossierActions"_s);
    auto *actionLayout = new QHBoxLayout(m_actionRow);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addStretch(1);
    m_actionRow->setVisible(false);
    root->addWidget(m_actionRow);

    // What is open for the citizen anywhere in the region, above the tabs: the first question
    // of a helpdesk call, answered without a click (issue 8, item 2).
    m_openItems = new OpenItemsPanel(this);
    root->addWidget(m_openItems);
    connect(m_openItems, &OpenItemsPanel::itemActivated, this,
            [this](OpenItemsModel::Kind kind, const QString &id) {
                switch (kind) {
                case OpenItemsModel::Kind::Report:
                    showReport(id);
                    break;
                case OpenItemsModel::Kind::Document:
                    showDocument(id);
                    break;
                case OpenItemsModel::Kind::Task:
                    for (const OpenTask &open : m_openItems->model()->items().tasks) {
                        if (open.task.id == id && !open.task.contactMomentId.isEmpty())
                            showContact(open.task.contactMomentId);
                    }
                    emit taskRequested(id);
                    break;
                case OpenItemsModel::Kind::Contact:
                    showContact(id);
                    break;
                }
            });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dossierTabs"_s);
    m_tabs->setDocumentMode(true);
    root->addWidget(m_tabs, 1);

    m_timeline = new TimelineModel(this);
    m_reports = new ReportsModel(this);
    m_documents = new DocumentsModel(this);
    m_contacts = new ContactsModel(this);
    m_contactsFilter = new ContactsFilterModel(this);
    m_pages = {
        makePage(m_timeline, u"timeline"_s, {13, 76}),
        makePage(m_reports, u"reports"_s, {17, 26, 28, 13, 13}),
        makePage(m_documents, u"documents"_s, {13, 30, 15, 22, 8, 30}),
        makePage(m_contacts, u"contacts"_s, {13, 16, 18, 22, 40, 26}, m_contactsFilter),
    };
    // The contact history across the region: filtered by municipality and channel.
    auto *contactsTab = new QWidget(this);
    contactsTab->setObjectName(u"contactsTab"_s);
    auto *contactsLayout = new QVBoxLayout(contactsTab);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_municipalityFilterLabel = new QLabel(contactsTab);
    m_municipalityFilter = new QComboBox(contactsTab);
    m_municipalityFilter->setObjectName(u"contactsMunicipalityFilter"_s);
    m_municipalityFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_municipalityFilterLabel->setBuddy(m_municipalityFilter);
    m_channelFilterLabel = new QLabel(contactsTab);
    m_channelFilter = new QComboBox(contactsTab);
    m_channelFilter->setObjectName(u"contactsChannelFilter"_s);
    m_channelFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelFilterLabel->setBuddy(m_channelFilter);
    filterRow->addWidget(m_municipalityFilterLabel);
    filterRow->addWidget(m_municipalityFilter);
    filterRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    filterRow->addWidget(m_channelFilterLabel);
    filterRow->addWidget(m_channelFilter);
    filterRow->addStretch(1);
    contactsLayout->addLayout(filterRow);
    contactsLayout->addWidget(m_pages.at(3).stack, 1);
    connect(m_municipalityFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_contactsFilter->setMunicipality(m_municipalityFilter->currentData().toString());
        updateTabs();
    });
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_channelFilter->currentData().toString();
        m_contactsFilter->setChannel(code.isEmpty() ? std::nullopt : contactChannelFromCode(code));
        updateTabs();
    });
    // The documents tab: the list, and under it the selected document's path and actions.
    m_documentDetail = new DocumentDetail(this);
    auto *documentsSplitter = new QSplitter(Qt::Vertical, this);
    documentsSplitter->setObjectName(u"documentsSplitter"_s);
    documentsSplitter->setChildrenCollapsible(false);
    documentsSplitter->addWidget(m_pages.at(2).stack);
    documentsSplitter->addWidget(m_documentDetail);
    documentsSplitter->setStretchFactor(0, 3);
    documentsSplitter->setStretchFactor(1, 2);
    connect(m_documentDetail, &DocumentDetail::actionRequested, this,
            &DossierView::documentActionRequested);
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->addTab(i == 2   ? static_cast<QWidget *>(documentsSplitter)
                       : i == 3 ? contactsTab
                                : m_pages.at(i).stack,
                       QString());
    connect(m_pages.at(2).view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_pages.at(2).proxy->mapToSource(current);
                m_documentDetail->setDocument(
                    source.isValid() ? m_dossier.documents.at(source.row()).id : QString());
            });
    // The overview reads newest first, like a conversation history.
    m_pages.at(0).view->sortByColumn(TimelineModel::WhenColumn, Qt::DescendingOrder);
    m_pages.at(1).view->sortByColumn(ReportsModel::ReportedColumn, Qt::DescendingOrder);
    m_pages.at(2).view->sortByColumn(DocumentsModel::SentColumn, Qt::DescendingOrder);
    m_pages.at(3).view->sortByColumn(ContactsModel::WhenColumn, Qt::DescendingOrder);

    setTabOrder(m_revealButton, m_openItems->view());
    setTabOrder(m_openItems->view(), m_tabs);
    setTabOrder(m_tabs, m_pages.at(0).view);
    setTabOrder(m_municipalityFilter, m_channelFilter);
    setTabOrder(m_channelFilter, m_pages.at(3).view);

    updateFonts();
    retranslate();
}

DossierView::~DossierView() = default;

void DossierView::setGuideAutonomy(const QString &text)
{
    m_guideAutonomy->setText(text);
    m_guideAutonomy->setVisible(!text.isEmpty());
}

QString DossierView::guideAutonomy() const
{
    return m_guideAutonomy->text();
}

DossierView::TabPage DossierView::makePage(DossierTableModel *model, const QString &name,
                                           QList<int> columnChars, QSortFilterProxyModel *proxy)
{
    TabPage page;
    page.model = model;
    page.columnChars = std::move(columnChars);
    page.stack = new QStackedWidget(this);
    page.stack->setObjectName(name + u"Page"_s);

    page.proxy = proxy ? proxy : new QSortFilterProxyModel(this);
    page.proxy->setSourceModel(model);
    page.proxy->setSortRole(SortRole);
    page.proxy->setSortLocaleAware(true);
    page.proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    page.view = new QTreeView(page.stack);
    page.view->setObjectName(name + u"View"_s);
    page.view->setModel(page.proxy);
    page.view->setRootIsDecorated(false);
    page.view->setItemsExpandable(false);
    page.view->setUniformRowHeights(true); // no per-row measuring, whatever the dossier's size
    page.view->setAlternatingRowColors(true);
    page.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.view->setSelectionMode(QAbstractItemView::SingleSelection);
    page.view->setAllColumnsShowFocus(true);
    page.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    page.view->setTextElideMode(Qt::ElideRight);
    page.view->setWordWrap(false);
    page.view->setSortingEnabled(true);
    page.view->header()->setSectionResizeMode(QHeaderView::Interactive);
    page.view->header()->setStretchLastSection(true);
    page.view->header()->setSortIndicatorShown(true);
    page.view->header()->setSectionsClickable(true);
    page.stack->addWidget(page.view);

    page.empty = new QLabel(page.stack);
    page.empty->setObjectName(name + u"Empty"_s);
    page.empty->setAlignment(Qt::AlignCenter);
    page.empty->setWordWrap(true);
    page.stack->addWidget(page.empty);
    return page;
}

void DossierView::setDossier(const Dossier &dossier, const ReferenceData &reference, QDate today)
{
    m_dossier = dossier;
    m_reference = reference;
    m_today = today;
    // Another citizen: the number is masked again until revealed for this one.
    m_revealed = false;
    {
        const QSignalBlocker block(m_revealAction);
        m_revealAction->setChecked(false);
    }
    m_revealAction->setEnabled(!m_privacy && !dossier.citizen.nationalNumber.isEmpty());
    if (dossier.citizen.id != m_documentDetail->dossier().citizen.id)
        m_documentDetail->setDocument({});
    m_documentDetail->setDossier(dossier, reference);
    updateContactFilters();
    for (const TabPage &page : std::as_const(m_pages)) {
        page.model->setDossier(dossier, reference);
        // The keyboard starts on the first row without highlighting it: nothing is chosen yet.
        if (page.proxy->rowCount() > 0)
            page.view->selectionModel()->setCurrentIndex(page.proxy->index(0, 0),
                                                         QItemSelectionModel::NoUpdate);
    }
    updateHeader();
    updateTabs();
    m_openItems->load(dossier.citizen.id, reference, today);
}

void DossierView::setCachePath(const QString &path)
{
    m_openItems->setCachePath(path);
}

void DossierView::refreshDossier(const Dossier &dossier)
{
    const bool keepRevealed = m_revealed && dossier.citizen.id == m_dossier.citizen.id;
    setDossier(dossier, m_reference, m_today);
    if (keepRevealed && !dossier.citizen.nationalNumber.isEmpty()) {
        m_revealed = true;
        const QSignalBlocker block(m_revealAction);
        m_revealAction->setChecked(true);
        updateNationalNumber();
    }
}

void DossierView::addActionButton(QAction *action)
{
    auto *button = new QToolButton(m_actionRow);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    auto *layout = static_cast<QHBoxLayout *>(m_actionRow->layout());
    // Reading order: the header's reveal button, the action row left to right, then the tabs.
    QWidget *before = layout->count() > 1 ? layout->itemAt(layout->count() - 2)->widget()
                                          : static_cast<QWidget *>(m_revealButton);
    layout->insertWidget(layout->count() - 1, button);
    setTabOrder(before, button);
    setTabOrder(button, m_openItems->view());
    m_actionRow->setVisible(true);
}

void DossierView::clear()
{
    setDossier({}, {}, m_today);
    m_revealAction->setEnabled(false);
}

QWidget *DossierView::firstFocusWidget() const
{
    return m_revealButton;
}

void DossierView::setPrivacyMode(bool on)
{
    m_privacy = on;
    if (on && m_revealed)
        maskNationalNumber();
    m_revealAction->setEnabled(!on && !m_dossier.citizen.nationalNumber.isEmpty());
    updateHeader();
}

bool DossierView::isNationalNumberRevealed() const
{
    return m_revealed;
}

void DossierView::revealNationalNumber()
{
    if (m_privacy || m_dossier.citizen.nationalNumber.isEmpty())
        return;
    m_revealed = true;
    {
        const QSignalBlocker block(m_revealAction);
        m_revealAction->setChecked(true);
    }
    updateNationalNumber();
    emit nationalNumberRevealed(m_dossier.citizen.id);
}

void DossierView::maskNationalNumber()
{
    m_revealed = false;
    {
        const QSignalBlocker block(m_revealAction);
        m_revealAction->setChecked(false);
    }
    updateNationalNumber();
}

void DossierView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    focusContent();
}

void DossierView::showDocument(const QString &documentId)
{
    const TabPage &page = m_pages.at(int(Tab::Documents));
    for (int row = 0; row < m_dossier.documents.size(); ++row) {
        if (m_dossier.documents.at(row).id != documentId)
            continue;
        const QModelIndex at = page.proxy->mapFromSource(page.model->index(row, 0));
        page.view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        page.view->scrollTo(at);
    }
    showTab(Tab::Documents);
}

void DossierView::selectRow(Tab tab, int sourceRow)
{
    const TabPage &page = m_pages.at(int(tab));
    const QModelIndex at = page.proxy->mapFromSource(page.model->index(sourceRow, 0));
    if (!at.isValid())
        return;
    page.view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    page.view->scrollTo(at);
}

void DossierView::showReport(const QString &reportId)
{
    for (int row = 0; row < m_dossier.reports.size(); ++row) {
        if (m_dossier.reports.at(row).id == reportId)
            selectRow(Tab::Reports, row);
    }
    showTab(Tab::Reports);
}

void DossierView::showContact(const QString &contactId)
{
    for (int row = 0; row < m_dossier.contacts.size(); ++row) {
        if (m_dossier.contacts.at(row).id != contactId)
            continue;
        // A filter that hides the contact asked for would make the click look broken.
        const TabPage &page = m_pages.at(int(Tab::Contacts));
        if (!page.proxy->mapFromSource(page.model->index(row, 0)).isValid()) {
            m_municipalityFilter->setCurrentIndex(0);
            m_channelFilter->setCurrentIndex(0);
        }
        selectRow(Tab::Contacts, row);
    }
    showTab(Tab::Contacts);
}

void DossierView::updateContactFilters()
{
    // The choices are what this citizen's history holds, so a filter never shows nothing.
    const QString municipality = m_contactsFilter->municipality();
    const QString channel = m_channelFilter->currentData().toString();
    QMap<QString, QString> municipalities; // name → NIS code, sorted by name
    QList<ContactChannel> channels;
    for (const ContactMoment &c : std::as_const(m_dossier.contacts)) {
        const QString name = m_reference.municipalityName(c.municipalityNis);
        if (!c.municipalityNis.isEmpty())
            municipalities.insert(name.isEmpty() ? c.municipalityNis : name, c.municipalityNis);
        if (!channels.contains(c.channel))
            channels.append(c.channel);
    }
    {
        const QSignalBlocker block(m_municipalityFilter);
        m_municipalityFilter->clear();
        m_municipalityFilter->addItem(tr("All municipalities"), QString());
        for (auto it = municipalities.cbegin(); it != municipalities.cend(); ++it)
            m_municipalityFilter->addItem(it.key(), it.value());
        m_municipalityFilter->setCurrentIndex(
            qMax(0, m_municipalityFilter->findData(municipality)));
    }
    {
        const QSignalBlocker block(m_channelFilter);
        m_channelFilter->clear();
        m_channelFilter->addItem(tr("All channels"), QString());
        for (ContactChannel c :
             {ContactChannel::Counter, ContactChannel::Phone, ContactChannel::HomeVisit,
              ContactChannel::Helpdesk, ContactChannel::Email, ContactChannel::Video}) {
            if (channels.contains(c))
                m_channelFilter->addItem(Wording::contactChannel(c), contactChannelCode(c));
        }
        m_channelFilter->setCurrentIndex(qMax(0, m_channelFilter->findData(channel)));
    }
    m_contactsFilter->setMunicipality(m_municipalityFilter->currentData().toString());
    const QString chosen = m_channelFilter->currentData().toString();
    m_contactsFilter->setChannel(chosen.isEmpty() ? std::nullopt : contactChannelFromCode(chosen));
}

void DossierView::focusContent()
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_pages.size())
        return;
    const TabPage &page = m_pages.at(index);
    if (page.stack->currentWidget() == page.view)
        page.view->setFocus(Qt::OtherFocusReason);
    else
        m_tabs->tabBar()->setFocus(Qt::OtherFocusReason);
}

void DossierView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

void DossierView::retranslate()
{
    m_nationalNumberCaption->setText(tr("National number:"));
    m_revealButton->setAccessibleName(tr("Show or hide the national number"));
    m_tabs->setAccessibleName(tr("Dossier sections"));
    m_pages.at(0).view->setAccessibleName(tr("Overview: everything that happened, newest first"));
    m_pages.at(1).view->setAccessibleName(tr("Reports"));
    m_pages.at(2).view->setAccessibleName(tr("Documents"));
    m_pages.at(3).view->setAccessibleName(tr("Contacts"));
    m_pages.at(0).empty->setText(tr("Nothing has happened in this dossier yet."));
    m_pages.at(1).empty->setText(tr("This citizen has not filed or joined any report."));
    m_pages.at(2).empty->setText(tr("No documents were sent to this citizen."));
    m_pages.at(3).empty->setText(tr("No earlier contacts with this citizen."));
    m_municipalityFilterLabel->setText(tr("&Municipality:"));
    m_channelFilterLabel->setText(tr("Cha&nnel:"));
    m_municipalityFilter->setAccessibleName(tr("Show the contacts in one municipality"));
    m_channelFilter->setAccessibleName(tr("Show the contacts through one channel"));
    updateContactFilters();
    for (const TabPage &page : std::as_const(m_pages))
        page.model->retranslate();
    updateHeader();
    updateTabs();
}

void DossierView::updateNationalNumber()
{
    const QString digits = m_dossier.citizen.nationalNumber;
    if (digits.isEmpty()) {
        m_nationalNumber->setText(tr("not known"));
    } else if (m_revealed) {
        const auto parsed = NationalNumber::parse(digits);
        m_nationalNumber->setText(parsed ? parsed->formatted() : digits);
    } else {
        m_nationalNumber->setText(NationalNumber::masked(digits));
    }
    m_nationalNumber->setAccessibleName(
        m_revealed || digits.isEmpty()
            ? tr("National number %1").arg(m_nationalNumber->text())
            : tr("National number hidden, ending in %1").arg(digits.right(2)));
    m_revealAction->setText(m_revealed ? tr("Hide national number") : tr("Show national number"));
    m_revealAction->setToolTip(tr("%1 (%2). Showing it is noted in the access log.")
                                   .arg(m_revealAction->text(), m_revealAction->shortcut().toString(
                                                                    QKeySequence::NativeText)));
}

void DossierView::updateHeader()
{
    const Citizen &c = m_dossier.citizen;
    m_name->setText(c.fullName().trimmed());
    const int age = c.ageOn(m_today);
    QString ageText;
    if (age >= 0)
        ageText = tr("%n years old", nullptr, age);
    const QDate born = QDate::fromString(c.birthDate, Qt::ISODate);
    if (born.isValid())
        ageText += (ageText.isEmpty() ? QString() : u" · "_s) +
                   tr("born %1").arg(Wording::shortDate(born));
    else if (!c.birthDate.isEmpty() && c.birthDate.left(4) != u"0000"_s)
        ageText +=
            (ageText.isEmpty() ? QString() : u" · "_s) + tr("born in %1").arg(c.birthDate.left(4));
    m_age->setText(ageText);

    const QString place = QStringList{c.postcode, c.city}.join(u' ').trimmed();
    const QString address =
        m_privacy ? tr("%1 (street hidden: privacy mode)").arg(place) : c.addressLine();
    m_address->setText(c.id.isEmpty() ? QString() : address);
    m_address->setAccessibleName(tr("Address: %1").arg(m_address->text()));
    QStringList contact;
    if (m_privacy && (!c.phone.isEmpty() || !c.email.isEmpty())) {
        contact << tr("Phone and e-mail hidden (privacy mode)");
    } else {
        if (!c.phone.isEmpty())
            contact << tr("Phone %1").arg(c.phone);
        if (!c.email.isEmpty())
            contact << c.email;
    }
    m_contactInfo->setText(contact.join(u"   "_s));
    updateNationalNumber();

    m_badges->clearItems();
    if (c.id.isEmpty())
        return;
    auto addBadge = [this](const QString &name, const QString &text, Badge::Tone tone) {
        auto *badge = new Badge(m_badgeArea);
        badge->setObjectName(name);
        badge->setText(text);
        badge->setTone(tone);
        m_badges->addWidget(badge);
        return badge;
    };
    addBadge(u"languageBadge"_s, tr("Language: %1").arg(Wording::languageName(c.language)),
             Badge::Tone::Neutral);
    if (c.eboxConsent) {
        addBadge(u"eboxBadge"_s,
                 c.eboxSince.isEmpty()
                     ? tr("eBox: yes")
                     : tr("eBox: yes, since %1").arg(Wording::shortDate(c.eboxSince)),
                 Badge::Tone::Positive);
    } else {
        addBadge(u"eboxBadge"_s, tr("eBox: no"), Badge::Tone::Neutral);
    }
    addBadge(u"deliveryBadge"_s,
             c.deliveryChannel == DeliveryChannel::Ebox ? tr("Letters go to the eBox")
                                                        : tr("Letters go on paper"),
             Badge::Tone::Neutral);
    static const QRegularExpression separators(u"[;\\n]"_s);
    int n = 0;
    for (const QString &note : c.assistanceNotes.split(separators, Qt::SkipEmptyParts)) {
        if (note.trimmed().isEmpty())
            continue;
        Badge *badge = addBadge(u"needsBadge%1"_s.arg(n++), tr("Note: %1").arg(note.trimmed()),
                                Badge::Tone::Attention);
        badge->setAccessibleDescription(tr("Assistance note"));
    }
}

void DossierView::updateTabs()
{
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("&Reports (%1)").arg(m_dossier.reports.size()));
    m_tabs->setTabText(2, tr("&Documents (%1)").arg(m_dossier.documents.size()));
    m_tabs->setTabText(3, tr("&Contacts (%1)").arg(m_dossier.contacts.size()));
    for (const TabPage &page : std::as_const(m_pages))
        page.stack->setCurrentWidget(page.proxy->rowCount() > 0 ? static_cast<QWidget *>(page.view)
                                                                : page.empty);
    const TabPage &contacts = m_pages.at(int(Tab::Contacts));
    contacts.empty->setText(contacts.model->rowCount() > 0
                                ? tr("No contact matches the filter. Choose “All municipalities” "
                                     "and “All channels” to see every contact.")
                                : tr("No earlier contacts with this citizen."));
}

void DossierView::updateFonts()
{
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(font().pointSizeF() * 1.45);
    else
        big.setPixelSize(qRound(font().pixelSize() * 1.45));
    m_name->setFont(big);

    const int ch = fontMetrics().averageCharWidth();
    for (const TabPage &page : std::as_const(m_pages)) {
        for (int i = 0; i < page.columnChars.size(); ++i)
            page.view->header()->resizeSection(i, page.columnChars.at(i) * ch);
    }
}

} // namespace loket::ui
