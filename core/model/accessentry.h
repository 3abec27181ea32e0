#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace loket {

// Why a staff member consulted a dossier (issue 7, item 5; DESIGN §8): the law on the national
// register asks for a purpose with every consultation.
enum class AccessPurpose { CounterVisit, HomeVisit, HelpdeskCall, FollowUp, Other };

// What was consulted: the dossier, or the full national number behind its mask.
enum class AccessAction { OpenDossier, RevealNationalNumber };

// "counter_visit", "home_visit", "helpdesk_call", "follow_up", "other": stored and on the wire.
QString accessPurposeCode(AccessPurpose purpose);
std::optional<AccessPurpose> accessPurposeFromCode(QStringView code);
// "open_dossier", "reveal_national_number".
QString accessActionCode(AccessAction action);
std::optional<AccessAction> accessActionFromCode(QStringView code);

// The purpose a consultation gets when staff pick none, from the role of the session
// ("counter", "outreach", "helpdesk"; any other role gets Other).
AccessPurpose defaultPurposeForRole(QStringView roleCode);

// One line of the access log: who consulted which citizen, when, how and why. Written once and
// never changed; only its version is set, once, when the hub has stored it.
struct AccessEntry
{
    qint64 localId = 0;
    QString id; // UUID made by the client
    QString staffId;
    QString citizenId;
    AccessAction action = AccessAction::OpenDossier;
    AccessPurpose purpose = AccessPurpose::Other;
    QString municipalityNis; // where the staff member works
    QString occurredAt;      // UTC, ISO 8601
    qint64 version = 0;      // 0 until the hub has stored the entry
};

} // namespace loket
