#pragma once

#include "model/citizen.h"
#include "model/contactmoment.h"
#include "model/document.h"
#include "model/documentaction.h"
#include "model/report.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace loket::ui {

// The words staff and citizens use for codes stored in the cache: statuses, channels, kinds,
// languages and dates, in the current UI language. One place, so every view says the same.
class Wording final
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
public:
    static QString reportStatus(ReportStatus status);
    // `Now` describes where a document stands ("in eBox, not opened"); `Event` what happened
    // at that moment ("arrived in the eBox"), for the timeline.
    enum class Tense { Now, Event };
    static QString documentStatus(DocumentStatus status, DeliveryChannel channel,
                                  Tense tense = Tense::Now);
    static QString documentKind(const QString &kindCode);
    // What staff did about a document: "Paper copy requested", "Explained to the citizen" ...
    static QString documentAction(DocumentActionKind kind);
    static QString deliveryChannel(DeliveryChannel channel);
    static QString contactChannel(ContactChannel channel);
    static QString contactTopic(const QString &topicCode);
    // A hub role code (counter, outreach, helpdesk, manager, admin) in words.
    static QString staffRole(const QString &roleCode);
    // The name of a language (ISO 639-1) in the UI language: "Dutch", "Nederlands" ...
    static QString languageName(const QString &code);

    // A stored UTC time (ISO 8601) in Belgian local time; invalid when it cannot be read.
    static QDateTime localTime(const QString &isoUtc);
    // "12 Mar 2026" in the UI language, for a stored time or a YYYY-MM-DD date.
    static QString shortDate(const QDate &date);
    static QString shortDate(const QString &isoDateOrTime);
    static QDate dateOf(const QString &isoDateOrTime);

    // "Janssens, Marie" as lists show it; "Marie Janssens" is Citizen::fullName().
    static QString listName(const QString &familyName, const QString &givenNames);

private:
    static QString humanised(const QString &code);
};

} // namespace loket::ui
