#pragma once

#include "model/contactmoment.h"
#include "model/task.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

// The side panel that logs a contact moment for the open dossier (UI.md: routine work opens
// beside the dossier, never as a modal dialog): channel, topic from the regional list, summary,
// outcome and an optional follow-up task with owner and due date. What was typed is kept per
// citizen, so switching dossier and coming back loses nothing.
class ContactForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ContactForm(QWidget *parent = nullptr);

    // Shows the form for `citizenId`, with what was typed for that citizen before.
    void setCitizen(const QString &citizenId, const QString &citizenName);
    QString citizenId() const { return m_citizenId; }
    // Who a follow-up task goes to unless the staff member names someone else.
    void setDefaultOwner(const QString &owner);
    // `today` bounds the due date; tests and midnight both need it explicit.
    void setToday(QDate today);
    void focusFirstField();
    // Checks the fields; the contact moment to log, or none with the reason shown in the form.
    std::optional<ContactMoment> validated();
    // What kind of task the follow-up is and whose queue it goes to, as the form shows them.
    FollowUpRoute followUpRoute() const;
    // Fills the form of the shown citizen with a proposed contact moment (channel, topic,
    // summary, outcome), such as the one remote assistance proposes when it ends; the staff
    // member checks it, edits it and saves it, or cancels.
    void prefill(const ContactMoment &proposal);
    // Forgets the draft of the shown citizen (after it was saved or discarded).
    void clearDraft();
    QString errorText() const;

signals:
    void submitted(const loket::ContactMoment &contact, const loket::FollowUpRoute &followUp);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        int channel = 0;
        int topic = 0;
        QString summary;
        QString outcome;
        bool followUp = false;
        QString task;
        int kind = 0;
        int queue = -1; // -1: follows the channel (the helpdesk's for a helpdesk contact)
        QString owner;
        QDate due;
    };
    Draft current() const;
    void showDraft(const Draft &draft);
    void retranslate();
    void updateFollowUp();
    void followChannelWithQueue();
    void fail(const QString &message, QWidget *field);

    QString m_citizenId;
    QString m_citizenName;
    QString m_defaultOwner;
    QDate m_today;
    QHash<QString, Draft> m_drafts;

    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_topicLabel = nullptr;
    QComboBox *m_topic = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLineEdit *m_outcome = nullptr;
    QCheckBox *m_followUp = nullptr;
    QLabel *m_taskLabel = nullptr;
    QLineEdit *m_task = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_queueLabel = nullptr;
    QComboBox *m_queue = nullptr;
    bool m_queueChosen = false; // chosen by hand: no longer follows the channel
    QLabel *m_ownerLabel = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace loket::ui
