#include "wording.h"
#include "model/belgiantime.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace loket::ui {

QString Wording::reportStatus(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Received:
        return tr("received");
    case ReportStatus::Acknowledged:
        return tr("acknowledged");
    case ReportStatus::Scheduled:
        return tr("scheduled");
    case ReportStatus::InProgress:
        return tr("being worked on");
    case ReportStatus::Resolved:
        return tr("resolved");
    case ReportStatus::Closed:
        return tr("closed");
    case ReportStatus::Rejected:
        return tr("not taken up");
    case ReportStatus::Duplicate:
        return tr("already reported by someone else");
    case ReportStatus::Forwarded:
        return tr("forwarded to the responsible municipality");
    }
    return {};
}

QString Wording::documentStatus(DocumentStatus status, DeliveryChannel channel, Tense tense)
{
    const bool ebox = channel == DeliveryChannel::Ebox;
    switch (status) {
    case DocumentStatus::Prepared:
        return tr("being prepared");
    case DocumentStatus::Sent:
        return ebox ? tr("sent to the eBox") : tr("sent by post");
    case DocumentStatus::Delivered:
        if (!ebox)
            return tr("delivered by post");
        return tense == Tense::Now ? tr("in eBox, not opened") : tr("arrived in the eBox");
    case DocumentStatus::Read:
        return ebox ? tr("opened in eBox") : tr("read");
    case DocumentStatus::UnreadReminder:
        return tr("not opened, reminder sent");
    case DocumentStatus::Expiring:
        return tr("not opened, leaves the eBox soon");
    case DocumentStatus::Expired:
        return tr("no longer in the eBox");
    case DocumentStatus::FallbackToPaper:
        return tr("not opened in eBox, will be sent on paper");
    case DocumentStatus::PaperSent:
        return tr("sent on paper");
    case DocumentStatus::Returned:
        return tr("returned by the post, not delivered");
    }
    return {};
}

QString Wording::documentAction(DocumentActionKind kind)
{
    switch (kind) {
    case DocumentActionKind::PaperCopy:
        return tr("Paper copy requested");
    case DocumentActionKind::Resend:
        return tr("Resend requested");
    case DocumentActionKind::Explained:
        return tr("Explained to the citizen");
    case DocumentActionKind::EboxActivationHelp:
        return tr("Helped to activate the eBox");
    }
    return {};
}

QString Wording::documentKind(const QString &kindCode)
{
    // The regional catalogue's kinds, grouped under the word a citizen would use for the letter.
    static const QHash<QString, const char *> words = {
        {u"tax_assessment"_s, QT_TRANSLATE_NOOP("Wording", "Tax bill")},
        {u"environment_tax"_s, QT_TRANSLATE_NOOP("Wording", "Tax bill")},
        {u"payment_reminder"_s, QT_TRANSLATE_NOOP("Wording", "Reminder")},
        {u"parking_permit"_s, QT_TRANSLATE_NOOP("Wording", "Permit")},
        {u"eid_invitation"_s, QT_TRANSLATE_NOOP("Wording", "Invitation")},
        {u"kids_id"_s, QT_TRANSLATE_NOOP("Wording", "Invitation")},
        {u"election_summons"_s, QT_TRANSLATE_NOOP("Wording", "Invitation")},
        {u"passport_ready"_s, QT_TRANSLATE_NOOP("Wording", "Notice")},
        {u"driving_licence_ready"_s, QT_TRANSLATE_NOOP("Wording", "Notice")},
        {u"address_change"_s, QT_TRANSLATE_NOOP("Wording", "Confirmation")},
        {u"childcare"_s, QT_TRANSLATE_NOOP("Wording", "Confirmation")},
        {u"household_certificate"_s, QT_TRANSLATE_NOOP("Wording", "Certificate")},
        {u"criminal_record"_s, QT_TRANSLATE_NOOP("Wording", "Certificate")},
        {u"building_permit"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"rainwater_premium"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"energy_premium"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"social_benefit"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"heating_allowance"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"sports_camp_invoice"_s, QT_TRANSLATE_NOOP("Wording", "Invoice")},
        {u"administrative_fine"_s, QT_TRANSLATE_NOOP("Wording", "Fine")},
        {u"report_answer"_s, QT_TRANSLATE_NOOP("Wording", "Letter")},
        {u"letter"_s, QT_TRANSLATE_NOOP("Wording", "Letter")},
        {u"decision"_s, QT_TRANSLATE_NOOP("Wording", "Decision")},
        {u"invoice"_s, QT_TRANSLATE_NOOP("Wording", "Invoice")},
        {u"certificate"_s, QT_TRANSLATE_NOOP("Wording", "Certificate")},
    };
    const auto it = words.constFind(kindCode.toLower());
    return it == words.cend() ? humanised(kindCode) : tr(it.value());
}

QString Wording::deliveryChannel(DeliveryChannel channel)
{
    return channel == DeliveryChannel::Ebox ? tr("eBox") : tr("paper");
}

QString Wording::contactChannel(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Counter:
        return tr("Visit at the counter");
    case ContactChannel::Phone:
        return tr("Phone call");
    case ContactChannel::HomeVisit:
        return tr("Home visit");
    case ContactChannel::Helpdesk:
        return tr("Regional helpdesk");
    case ContactChannel::Email:
        return tr("E-mail");
    case ContactChannel::Video:
        return tr("Video call");
    }
    return {};
}

QString Wording::contactTopic(const QString &topicCode)
{
    // The regional topic list (the codes the hub and the demo region use).
    static const QHash<QString, const char *> words = {
        {u"eid_passport"_s, QT_TRANSLATE_NOOP("Wording", "Identity card and passport")},
        {u"address_change"_s, QT_TRANSLATE_NOOP("Wording", "Change of address")},
        {u"certificates"_s, QT_TRANSLATE_NOOP("Wording", "Certificates")},
        {u"taxes"_s, QT_TRANSLATE_NOOP("Wording", "Taxes")},
        {u"waste"_s, QT_TRANSLATE_NOOP("Wording", "Waste collection")},
        {u"parking"_s, QT_TRANSLATE_NOOP("Wording", "Parking")},
        {u"building_permit"_s, QT_TRANSLATE_NOOP("Wording", "Building permit")},
        {u"social_support"_s, QT_TRANSLATE_NOOP("Wording", "Social support")},
        {u"energy_premium"_s, QT_TRANSLATE_NOOP("Wording", "Energy premium")},
        {u"ebox_help"_s, QT_TRANSLATE_NOOP("Wording", "Help with the eBox")},
        {u"digital_help"_s, QT_TRANSLATE_NOOP("Wording", "Help with digital services")},
        {u"report_follow_up"_s, QT_TRANSLATE_NOOP("Wording", "Follow-up of a report")},
        {u"housing"_s, QT_TRANSLATE_NOOP("Wording", "Housing")},
        {u"child_care"_s, QT_TRANSLATE_NOOP("Wording", "Childcare")},
        {u"elderly_care"_s, QT_TRANSLATE_NOOP("Wording", "Care for older people")},
        {u"other"_s, QT_TRANSLATE_NOOP("Wording", "Other question")},
    };
    const auto it = words.constFind(topicCode.toLower());
    return it == words.cend() ? humanised(topicCode) : tr(it.value());
}

QString Wording::staffRole(const QString &roleCode)
{
    static const QHash<QString, const char *> words = {
        {u"counter"_s, QT_TRANSLATE_NOOP("Wording", "counter")},
        {u"outreach"_s, QT_TRANSLATE_NOOP("Wording", "outreach")},
        {u"helpdesk"_s, QT_TRANSLATE_NOOP("Wording", "helpdesk")},
        {u"manager"_s, QT_TRANSLATE_NOOP("Wording", "manager")},
        {u"admin"_s, QT_TRANSLATE_NOOP("Wording", "administrator")},
    };
    const auto it = words.constFind(roleCode);
    return it == words.cend() ? roleCode : tr(it.value());
}

QString Wording::languageName(const QString &code)
{
    const QString c = code.toLower();
    if (c == u"nl"_s)
        return tr("Dutch");
    if (c == u"fr"_s)
        return tr("French");
    if (c == u"en"_s)
        return tr("English");
    if (c == u"de"_s)
        return tr("German");
    if (c == u"ar"_s)
        return tr("Arabic");
    if (c == u"tr"_s)
        return tr("Turkish");
    if (c == u"pl"_s)
        return tr("Polish");
    if (c == u"ro"_s)
        return tr("Romanian");
    if (c == u"it"_s)
        return tr("Italian");
    if (c == u"es"_s)
        return tr("Spanish");
    if (c == u"pt"_s)
        return tr("Portuguese");
    if (c == u"ru"_s)
        return tr("Russian");
    if (c == u"uk"_s)
        return tr("Ukrainian");
    if (c.isEmpty())
        return tr("unknown");
    // A language without a word here still gets its own name rather than a bare code.
    const QLocale locale(c);
    return locale.language() == QLocale::C ? code : locale.nativeLanguageName();
}

QDateTime Wording::localTime(const QString &isoUtc)
{
    return belgianTime(isoUtc);
}

QDate Wording::dateOf(const QString &isoDateOrTime)
{
    return belgianDate(isoDateOrTime);
}

QString Wording::shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, u"d MMM yyyy"_s);
}

QString Wording::shortDate(const QString &isoDateOrTime)
{
    return shortDate(dateOf(isoDateOrTime));
}

QString Wording::listName(const QString &familyName, const QString &givenNames)
{
    if (givenNames.isEmpty())
        return familyName;
    //: How lists show a person: family name, then given names
    return tr("%1, %2").arg(familyName, givenNames);
}

QString Wording::humanised(const QString &code)
{
    // An unknown code reads better as words than as an identifier: "parking_permit" → "Parking
    // permit".
    QString text = code;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace loket::ui
