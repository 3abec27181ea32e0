#include "documentexplanation.h"
#include "belgiantime.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket {

QString DocumentExplanation::explain(const Document &document, const QDate &eboxConsentSince,
                                     const QLocale &locale)
{
    QList<DocumentEvent> history = document.history;
    // The feed may deliver events in any order; the path is told in the order it happened.
    std::sort(history.begin(), history.end(), [](const DocumentEvent &a, const DocumentEvent &b) {
        return std::tie(a.at, a.seq) < std::tie(b.at, b.seq);
    });
    const auto day = [&locale](const QString &iso) {
        return locale.toString(belgianDate(iso), u"d MMMM yyyy"_s);
    };
    const auto has = [&history](DocumentStatus status) {
        return std::any_of(history.cbegin(), history.cend(),
                           [status](const DocumentEvent &e) { return e.status == status; });
    };

    const bool sent = std::any_of(history.cbegin(), history.cend(), [](const DocumentEvent &e) {
        return e.status != DocumentStatus::Prepared;
    });
    if (!sent)
        return tr("This document is being prepared and has not been sent yet.");

    const bool ebox = document.channel == DeliveryChannel::Ebox;
    QStringList sentences;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const DocumentEvent &e = history.at(i);
        const DocumentStatus next =
            i + 1 < history.size() ? history.at(i + 1).status : DocumentStatus::Prepared;
        switch (e.status) {
        case DocumentStatus::Prepared:
            break;
        case DocumentStatus::Sent:
            // The eBox confirms delivery a moment later; that date is the one to tell.
            if (ebox && !has(DocumentStatus::Delivered))
                sentences << tr("It was sent to your eBox on %1.").arg(day(e.at));
            break;
        case DocumentStatus::Delivered:
            sentences << tr("It was sent to your eBox on %1.").arg(day(e.at));
            break;
        case DocumentStatus::Read:
            sentences << tr("You opened it on %1.").arg(day(e.at));
            break;
        case DocumentStatus::UnreadReminder:
            sentences << tr("It was not opened within 15 days, so a reminder was sent on %1.")
                             .arg(day(e.at));
            break;
        case DocumentStatus::FallbackToPaper:
            if (next != DocumentStatus::PaperSent)
                sentences << tr("Because it was still not opened, a paper copy has been made on "
                                "%1; it will be posted.")
                                 .arg(day(e.at));
            break;
        case DocumentStatus::PaperSent:
            if (has(DocumentStatus::FallbackToPaper) || ebox)
                sentences << tr("Because it was still not opened, a paper copy followed by post "
                                "on %1.")
                                 .arg(day(e.at));
            else
                sentences << tr("It was sent to you by post on %1.").arg(day(e.at));
            break;
        case DocumentStatus::Returned:
            sentences << tr("The post returned it as undeliverable on %1: the address must be "
                            "checked.")
                             .arg(day(e.at));
            break;
        case DocumentStatus::Expiring:
            if (!has(DocumentStatus::Expired)) {
                const QString until = document.expiresAt.isEmpty() ? QString() : document.expiresAt;
                sentences << (until.isEmpty()
                                  ? tr("It will expire soon.")
                                  : tr("It can still be used until %1.").arg(day(until)));
            }
            break;
        case DocumentStatus::Expired:
            sentences << tr("It expired on %1.").arg(day(e.at));
            break;
        }
    }

    // Why it went this way, and what is still open.
    const DocumentStatus current = Document::currentStatus(history);
    if (ebox) {
        if (!has(DocumentStatus::Read) && !has(DocumentStatus::FallbackToPaper) &&
            !has(DocumentStatus::Expired))
            sentences << tr("It has not been opened yet.");
    } else {
        const QDate sentOn = belgianDate(document.sentAt);
        if (!eboxConsentSince.isValid())
            sentences << tr("It went by post because you do not receive documents in the eBox.");
        else if (sentOn.isValid() && eboxConsentSince > sentOn)
            sentences << tr("It went by post because you chose the eBox only on %1, after it was "
                            "sent.")
                             .arg(locale.toString(eboxConsentSince, u"d MMMM yyyy"_s));
        if (current == DocumentStatus::PaperSent)
            sentences << tr("The post does not confirm delivery.");
    }
    return sentences.join(u' ');
}

} // namespace loket
