#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace loket {

// What staff did or asked for about a citizen's document at the counter (issue 5, item 3).
enum class DocumentActionKind { PaperCopy, Resend, Explained, EboxActivationHelp };

// "paper_copy", "resend", "explained", "ebox_activation_help": stored and sent over the wire.
QString documentActionKindCode(DocumentActionKind kind);
std::optional<DocumentActionKind> documentActionKindFromCode(QStringView code);
// A request to the sending service (a paper copy, a resend) must say why.
bool documentActionNeedsReason(DocumentActionKind kind);
// Every action is about one document except help with activating the eBox, which is about
// the citizen.
bool documentActionNeedsDocument(DocumentActionKind kind);

// The longest reason accepted, in characters (Unicode code points), here and on the hub.
constexpr qsizetype documentActionReasonMaxLength = 500;

// What staff did or asked for about a citizen's document (or, for eBox activation help, the
// citizen). Written once and never changed: a mistake is followed by another action.
struct DocumentAction
{
    qint64 localId = 0;
    QString id; // UUID made by the client
    QString citizenId;
    QString documentId; // empty for EboxActivationHelp
    DocumentActionKind kind = DocumentActionKind::Explained;
    QString reason;
    QString staffId;
    QString municipalityNis; // where it was done
    QString occurredAt;      // UTC, ISO 8601
    qint64 version = 0;
    QString updatedAt;
};

// Why an action cannot be recorded; the same rules hold in the client and on the hub.
enum class DocumentActionProblem {
    None,
    MissingCitizen,
    MissingDocument,    // the kind is about a document, and none is named
    UnexpectedDocument, // eBox activation help is about the citizen, not a document
    MissingReason,      // a paper copy or a resend without a reason (blank counts as none)
    ReasonTooLong,      // longer than documentActionReasonMaxLength
};

DocumentActionProblem documentActionProblem(const DocumentAction &action);
// The wire field a problem is about: "citizen_id", "document_id" or "reason"; empty for None.
QString documentActionProblemField(DocumentActionProblem problem);
// A sentence for staff (translated) saying what to correct; empty for None.
QString documentActionProblemText(DocumentActionProblem problem);

} // namespace loket
