#include "documentaction.h"
#include "codes.h"

namespace loket {
namespace {
constexpr CodeTable<DocumentActionKind, 4> kindCodes{{
    {DocumentActionKind::PaperCopy, u"paper_copy"},
    {DocumentActionKind::Resend, u"resend"},
    {DocumentActionKind::Explained, u"explained"},
    {DocumentActionKind::EboxActivationHelp, u"ebox_activation_help"},
}};

// Code points, not UTF-16 units: an emoji or a rare letter counts once, as staff see it.
qsizetype characters(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    }
    return n;
}
} // namespace

QString documentActionKindCode(DocumentActionKind kind)
{
    return kindCodes.code(kind);
}

std::optional<DocumentActionKind> documentActionKindFromCode(QStringView code)
{
    return kindCodes.fromCode(code);
}

bool documentActionNeedsReason(DocumentActionKind kind)
{
    return kind == DocumentActionKind::PaperCopy || kind == DocumentActionKind::Resend;
}

bool documentActionNeedsDocument(DocumentActionKind kind)
{
    return kind != DocumentActionKind::EboxActivationHelp;
}

DocumentActionProblem documentActionProblem(const DocumentAction &action)
{
    if (action.citizenId.trimmed().isEmpty())
        return DocumentActionProblem::MissingCitizen;
    const bool hasDocument = !action.documentId.trimmed().isEmpty();
    if (documentActionNeedsDocument(action.kind) && !hasDocument)
        return DocumentActionProblem::MissingDocument;
    if (!documentActionNeedsDocument(action.kind) && !action.documentId.isEmpty())
        return DocumentActionProblem::UnexpectedDocument;
    if (documentActionNeedsReason(action.kind) && action.reason.trimmed().isEmpty())
        return DocumentActionProblem::MissingReason;
    if (characters(action.reason) > documentActionReasonMaxLength)
        return DocumentActionProblem::ReasonTooLong;
    return DocumentActionProblem::None;
}

QString documentActionProblemField(DocumentActionProblem problem)
{
    switch (problem) {
    case DocumentActionProblem::None:
        return {};
    case DocumentActionProblem::MissingCitizen:
        return QStringLiteral("citizen_id");
    case DocumentActionProblem::MissingDocument:
    case DocumentActionProblem::UnexpectedDocument:
        return QStringLiteral("document_id");
    case DocumentActionProblem::MissingReason:
    case DocumentActionProblem::ReasonTooLong:
        return QStringLiteral("reason");
    }
    return {};
}

QString documentActionProblemText(DocumentActionProblem problem)
{
    // Free function: the context is spelled out so that lupdate and tr() agree.
    switch (problem) {
    case DocumentActionProblem::None:
        return {};
    case DocumentActionProblem::MissingCitizen:
        return QCoreApplication::translate("loket::DocumentAction",
                                           "The action is not linked to a citizen.");
    case DocumentActionProblem::MissingDocument:
        return QCoreApplication::translate("loket::DocumentAction",
                                           "Choose the document this action is about.");
    case DocumentActionProblem::UnexpectedDocument:
        return QCoreApplication::translate("loket::DocumentAction",
                                           "Help with activating the eBox is about the citizen, "
                                           "not about one document.");
    case DocumentActionProblem::MissingReason:
        return QCoreApplication::translate("loket::DocumentAction",
                                           "A request for a paper copy or a resend needs a "
                                           "reason.");
    case DocumentActionProblem::ReasonTooLong:
        return QCoreApplication::translate("loket::DocumentAction",
                                           "The reason is too long: at most %n character(s).",
                                           nullptr, int(documentActionReasonMaxLength));
    }
    return {};
}

} // namespace loket
