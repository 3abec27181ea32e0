#pragma once

#include <QString>

#include <optional>

namespace loket {

enum class ContactChannel { Counter, Phone, HomeVisit, Helpdesk, Email, Video };

QString contactChannelCode(ContactChannel channel);
std::optional<ContactChannel> contactChannelFromCode(QStringView code);

// A conversation with a citizen, with an optional follow-up task.
struct ContactMoment
{
    qint64 localId = 0;
    QString id;
    QString citizenId;
    ContactChannel channel = ContactChannel::Counter;
    QString topic; // code from the regional topic list
    QString summary;
    QString outcome;
    QString followUpTask; // empty: none
    QString followUpOwner;
    QString followUpDue; // YYYY-MM-DD
    QString staffId;
    QString municipalityNis; // where the contact took place
    QString occurredAt;      // UTC, ISO 8601
    qint64 version = 0;
    QString updatedAt;
};

} // namespace loket
