#pragma once

#include "citizen.h"

#include <QList>
#include <QString>

#include <optional>

namespace loket {

// What happened to a document on its way to the citizen.
enum class DocumentStatus {
    Prepared,
    Sent,
    Delivered, // in the eBox
    Read,
    UnreadReminder, // still unread after 15 days, reminder sent
    Expiring,
    Expired,
    FallbackToPaper,
    PaperSent,
    Returned, // paper returned as undeliverable
};

QString documentStatusCode(DocumentStatus status);
std::optional<DocumentStatus> documentStatusFromCode(QStringView code);

struct DocumentEvent
{
    int seq = 0;
    DocumentStatus status = DocumentStatus::Prepared;
    QString at; // UTC, ISO 8601
    QString note;
};

// A document sent to a citizen, through the eBox or on paper, with its delivery history.
struct Document
{
    qint64 localId = 0;
    QString id;
    QString citizenId;
    QString title;
    QString kind;
    QString sender; // the sending service
    QString sentAt;
    QString expiresAt;
    DeliveryChannel channel = DeliveryChannel::Paper;
    DocumentStatus status = DocumentStatus::Prepared;
    QList<DocumentEvent> history;
    qint64 version = 0;
    QString updatedAt;

    // The status of the latest event (by time, then sequence), whatever order they arrived in.
    static DocumentStatus currentStatus(const QList<DocumentEvent> &history);
};

} // namespace loket
