#include "contactform.h"
#include "sync/contacttopics.h"
#include "taskqueuewindow.h"
#include "wording.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

constexpr ContactChannel channels[] = {ContactChannel::Counter,   ContactChannel::Phone,
                                       ContactChannel::HomeVisit, ContactChannel::Helpdesk,
                                       ContactChannel::Email,     ContactChannel::Video};
constexpr TaskKind taskKinds[] = {TaskKind::CallBack, TaskKind::Check, TaskKind::Send};
constexpr TaskQueueKind taskQueues[] = {TaskQueueKind::Helpdesk, TaskQueueKind::Municipality};
// Long enough for a real conversation, short enough to stay a summary in the timeline.
constexpr int maxSummary = 2000;
constexpr int maxShortField = 200;

} // namespace

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(u"contactForm"_s);
    auto *root = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"contactFormTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    root->addWidget(m_title);

    m_error = new QLabel(this);
    m_error->setObjectName(u"contactFormError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::Box);
    m_error->setMargin(m_error->fontMetrics().height() / 3);
    m_error->setVisible(false);
    root->addWidget(m_error);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"contactChannel"_s);
    for (ContactChannel c : channels)
        m_channel->addItem(QString(), contactChannelCode(c));
    m_channelLabel = label(m_channel);
    form->addRow(m_channelLabel, m_channel);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"contactTopic"_s);
    m_topic->addItem(QString(), QString()); // "choose": a topic is a conscious choice
    for (const QString &code : regionalContactTopics())
        m_topic->addItem(QString(), code);
    m_topicLabel = label(m_topic);
    form->addRow(m_topicLabel, m_topic);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"contactSummary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(m_summary->fontMetrics().height() * 6);
    m_summaryLabel = label(m_summary);
    form->addRow(m_summaryLabel, m_summary);

    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(u"contactOutcome"_s);
    m_outcome->setMaxLength(maxShortField);
    m_outcomeLabel = label(m_outcome);
    form->addRow(m_outcomeLabel, m_outcome);

    m_followUp = new QCheckBox(this);
    m_followUp->setObjectName(u"contactFollowUp"_s);
    form->addRow(m_followUp);
    m_task = new QLineEdit(this);
    m_task->setObjectName(u"contactFollowUpTask"_s);
    m_task->setMaxLength(maxShortField);
    m_taskLabel = label(m_task);
    form->addRow(m_taskLabel, m_task);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"contactFollowUpKind"_s);
    for (TaskKind k : taskKinds)
        m_kind->addItem(QString(), taskKindCode(k));
    m_kindLabel = label(m_kind);
    form->addRow(m_kindLabel, m_kind);
    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"contactFollowUpQueue"_s);
    for (TaskQueueKind q : taskQueues)
        m_queue->addItem(QString(), taskQueueCode(q));
    m_queueLabel = label(m_queue);
    form->addRow(m_queueLabel, m_queue);
    connect(m_queue, &QComboBox::activated, this, [this] { m_queueChosen = true; });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactForm::followChannelWithQueue);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(u"contactFollowUpOwner"_s);
    m_owner->setMaxLength(maxShortField);
    m_ownerLabel = label(m_owner);
    form->addRow(m_ownerLabel, m_owner);
    m_due = new QDateEdit(this);
    m_due->setObjectName(u"contactFollowUpDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setDate(m_today.addDays(7));
    m_dueLabel = label(m_due);
    form->addRow(m_dueLabel, m_due);
    root->addLayout(form);
    connect(m_followUp, &QCheckBox::toggled, this, &ContactForm::updateFollowUp);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(u"contactSaveButton"_s);
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"contactCancelButton"_s);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    root->addLayout(buttons);
    root->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const auto contact = validated())
            emit submitted(*contact, followUpRoute());
    });
    connect(m_cancel, &QPushButton::clicked, this, &ContactForm::closeRequested);
    // Enter in the summary starts a new line, so saving from the keyboard needs its own keys
    // (Ctrl+Enter already opens a search result, window-wide).
    auto *saveAction = new QAction(this);
    saveAction->setObjectName(u"contactSaveAction"_s);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, m_save, &QPushButton::click);
    addAction(saveAction);

    updateFollowUp();
    retranslate();
}

void ContactForm::setCitizen(const QString &citizenId, const QString &citizenName)
{
    if (!m_citizenId.isEmpty())
        m_drafts.insert(m_citizenId, current());
    m_citizenId = citizenId;
    m_citizenName = citizenName;
    Draft draft = m_drafts.value(citizenId);
    if (!m_drafts.contains(citizenId)) {
        draft.owner = m_defaultOwner;
        draft.due = m_today.addDays(7);
    }
    showDraft(draft);
    m_error->setVisible(false);
    retranslate();
}

void ContactForm::setDefaultOwner(const QString &owner)
{
    if (m_owner->text().isEmpty() || m_owner->text() == m_defaultOwner)
        m_owner->setText(owner);
    m_defaultOwner = owner;
}

void ContactForm::setToday(QDate today)
{
    m_today = today;
    m_due->setMinimumDate(today);
}

void ContactForm::focusFirstField()
{
    m_channel->setFocus(Qt::ShortcutFocusReason);
}

std::optional<ContactMoment> ContactForm::validated()
{
    const Draft d = current();
    if (m_citizenId.isEmpty()) {
        fail(tr("Open a dossier first: a contact moment belongs to a citizen."), nullptr);
        return std::nullopt;
    }
    if (m_topic->currentData().toString().isEmpty()) {
        fail(tr("Choose what the contact was about."), m_topic);
        return std::nullopt;
    }
    const QString summary = d.summary.trimmed();
    if (summary.isEmpty()) {
        fail(tr("Write a short summary of the contact."), m_summary);
        return std::nullopt;
    }
    if (summary.size() > maxSummary) {
        fail(tr("The summary is too long: at most %1 characters, now %2.")
                 .arg(maxSummary)
                 .arg(summary.size()),
             m_summary);
        return std::nullopt;
    }
    if (d.outcome.trimmed().isEmpty()) {
        fail(tr("Write the outcome: what was answered, done or agreed."), m_outcome);
        return std::nullopt;
    }
    if (d.followUp) {
        if (d.task.trimmed().isEmpty()) {
            fail(tr("Describe the follow-up task, or untick the follow-up."), m_task);
            return std::nullopt;
        }
        if (d.owner.trimmed().isEmpty()) {
            fail(tr("Name who takes up the follow-up task."), m_owner);
            return std::nullopt;
        }
        if (!d.due.isValid() || d.due < m_today) {
            fail(tr("The due date of the follow-up task cannot be in the past."), m_due);
            return std::nullopt;
        }
    }
    m_error->setVisible(false);
    ContactMoment c;
    c.citizenId = m_citizenId;
    c.channel = channels[qBound(0, d.channel, int(std::size(channels)) - 1)];
    c.topic = m_topic->currentData().toString();
    c.summary = summary;
    c.outcome = d.outcome.trimmed();
    if (d.followUp) {
        c.followUpTask = d.task.trimmed();
        c.followUpOwner = d.owner.trimmed();
        c.followUpDue = d.due.toString(Qt::ISODate);
    }
    c.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return c;
}

FollowUpRoute ContactForm::followUpRoute() const
{
    FollowUpRoute route;
    route.kind = taskKinds[qBound(0, m_kind->currentIndex(), int(std::size(taskKinds)) - 1)];
    route.queue = taskQueues[qBound(0, m_queue->currentIndex(), int(std::size(taskQueues)) - 1)];
    return route;
}

void ContactForm::followChannelWithQueue()
{
    if (m_queueChosen)
        return;
    const bool helpdesk =
        channels[qBound(0, m_channel->currentIndex(), int(std::size(channels)) - 1)] ==
        ContactChannel::Helpdesk;
    m_queue->setCurrentIndex(m_queue->findData(
        taskQueueCode(helpdesk ? TaskQueueKind::Helpdesk : TaskQueueKind::Municipality)));
}

void ContactForm::prefill(const ContactMoment &proposal)
{
    Draft d = current();
    for (int i = 0; i < int(std::size(channels)); ++i) {
        if (channels[i] == proposal.channel)
            d.channel = i;
    }
    d.topic = qMax(0, m_topic->findData(proposal.topic));
    d.summary = proposal.summary;
    d.outcome = proposal.outcome;
    showDraft(d);
    m_error->setVisible(false);
}

void ContactForm::clearDraft()
{
    m_drafts.remove(m_citizenId);
    Draft fresh;
    fresh.owner = m_defaultOwner;
    fresh.due = m_today.addDays(7);
    showDraft(fresh);
    m_error->setVisible(false);
}

QString ContactForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ContactForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ContactForm::Draft ContactForm::current() const
{
    Draft d;
    d.channel = m_channel->currentIndex();
    d.topic = m_topic->currentIndex();
    d.summary = m_summary->toPlainText();
    d.outcome = m_outcome->text();
    d.followUp = m_followUp->isChecked();
    d.task = m_task->text();
    d.kind = m_kind->currentIndex();
    d.queue = m_queueChosen ? m_queue->currentIndex() : -1;
    d.owner = m_owner->text();
    d.due = m_due->date();
    return d;
}

void ContactForm::showDraft(const Draft &draft)
{
    m_channel->setCurrentIndex(qMax(0, draft.channel));
    m_topic->setCurrentIndex(qMax(0, draft.topic));
    m_summary->setPlainText(draft.summary);
    m_outcome->setText(draft.outcome);
    m_followUp->setChecked(draft.followUp);
    m_task->setText(draft.task);
    m_kind->setCurrentIndex(qMax(0, draft.kind));
    m_queueChosen = draft.queue >= 0;
    if (m_queueChosen)
        m_queue->setCurrentIndex(draft.queue);
    else
        followChannelWithQueue();
    m_owner->setText(draft.owner);
    m_due->setDate(draft.due.isValid() ? draft.due : m_today.addDays(7));
    updateFollowUp();
}

void ContactForm::retranslate()
{
    m_title->setText(m_citizenName.isEmpty() ? tr("Log contact")
                                             : tr("Log contact with %1").arg(m_citizenName));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, Wording::contactChannel(channels[i]));
    m_topic->setItemText(0, tr("Choose a topic…"));
    for (int i = 1; i < m_topic->count(); ++i)
        m_topic->setItemText(i, Wording::contactTopic(m_topic->itemData(i).toString()));
    m_channelLabel->setText(tr("&Channel:"));
    m_topicLabel->setText(tr("&Topic:"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_followUp->setText(tr("&Follow-up task needed"));
    m_taskLabel->setText(tr("T&ask:"));
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, TaskQueueModel::kindText(taskKinds[i]));
    m_queueLabel->setText(tr("&Queue:"));
    m_queue->setItemText(0, tr("Regional helpdesk"));
    m_queue->setItemText(1, tr("Counter of the municipality of the contact"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_dueLabel->setText(tr("&Due date:"));
    m_channel->setAccessibleName(tr("Channel"));
    m_topic->setAccessibleName(tr("Topic"));
    m_summary->setAccessibleName(tr("Summary"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_task->setAccessibleName(tr("Follow-up task"));
    m_kind->setAccessibleName(tr("Kind of follow-up task"));
    m_queue->setAccessibleName(tr("Queue of the follow-up task"));
    m_owner->setAccessibleName(tr("Owner of the follow-up task"));
    m_due->setAccessibleName(tr("Due date of the follow-up task"));
    m_error->setAccessibleName(tr("Why the contact cannot be saved yet"));
    m_save->setText(tr("Save contact"));
    m_save->setToolTip(
        tr("Saved in the cache at once and sent to the regional service when "
           "online (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_cancel->setText(tr("Close"));
    m_cancel->setToolTip(tr("Close the panel; what was typed is kept for this citizen"));
}

void ContactForm::updateFollowUp()
{
    const bool on = m_followUp->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_task), static_cast<QWidget *>(m_kind),
                       static_cast<QWidget *>(m_queue), static_cast<QWidget *>(m_owner),
                       static_cast<QWidget *>(m_due)})
        w->setEnabled(on);
}

void ContactForm::fail(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(true);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace loket::ui
