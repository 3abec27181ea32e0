#include "dossiermodels.h"
#include "wording.h"

#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

ReportStatus currentStatus(const Report &r)
{
    return r.history.isEmpty() ? r.status : Report::currentStatus(r.history);
}

DocumentStatus currentStatus(const Document &d)
{
    return d.history.isEmpty() ? d.status : Document::currentStatus(d.history);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(u" — "_s);
}

} // namespace

QString ReferenceData::categoryName(const QString &code) const
{
    const auto it = categories.constFind(code);
    if (it == categories.cend())
        return code;
    return it->name(QLocale().name().left(2));
}

QString ReferenceData::municipalityName(const QString &nisCode) const
{
    return municipalities.value(nisCode);
}

// --- DossierTableModel

void DossierTableModel::setDossier(const Dossier &dossier, const ReferenceData &reference)
{
    beginResetModel();
    m_dossier = dossier;
    m_reference = reference;
    rebuild();
    endResetModel();
}

void DossierTableModel::clear()
{
    setDossier({}, {});
}

void DossierTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int DossierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int DossierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList all = headers();
    return section >= 0 && section < all.size() ? QVariant(all.at(section)) : QVariant();
}

QVariant DossierTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(index.row(), index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        return sortKey(index.row(), index.column());
    default:
        return {};
    }
}

const Document *DossierTableModel::documentOf(const DocumentAction &action) const
{
    if (action.documentId.isEmpty())
        return nullptr;
    for (const Document &d : m_dossier.documents) {
        if (d.id == action.documentId)
            return &d;
    }
    return nullptr;
}

// --- TimelineModel

QStringList TimelineModel::headers() const
{
    return {tr("Date"), tr("What happened"), tr("Details")};
}

void TimelineModel::rebuild()
{
    m_entries.clear();
    for (int r = 0; r < m_dossier.reports.size(); ++r) {
        const Report &report = m_dossier.reports.at(r);
        if (report.history.isEmpty()) {
            m_entries.append({Kind::ReportChange, r, -1, Wording::localTime(report.createdAt)});
            continue;
        }
        for (int e = 0; e < report.history.size(); ++e)
            m_entries.append(
                {Kind::ReportChange, r, e, Wording::localTime(report.history.at(e).at)});
    }
    for (int d = 0; d < m_dossier.documents.size(); ++d) {
        const Document &doc = m_dossier.documents.at(d);
        if (doc.history.isEmpty()) {
            m_entries.append({Kind::DocumentEvent, d, -1, Wording::localTime(doc.sentAt)});
            continue;
        }
        for (int e = 0; e < doc.history.size(); ++e) {
            // "Prepared" is the town hall's own step; the citizen's story starts when it is sent.
            if (doc.history.at(e).status == DocumentStatus::Prepared && doc.history.size() > 1)
                continue;
            m_entries.append({Kind::DocumentEvent, d, e, Wording::localTime(doc.history.at(e).at)});
        }
    }
    for (int a = 0; a < m_dossier.documentActions.size(); ++a)
        m_entries.append({Kind::DocumentAction, a, -1,
                          Wording::localTime(m_dossier.documentActions.at(a).occurredAt)});
    for (int c = 0; c < m_dossier.contacts.size(); ++c)
        m_entries.append(
            {Kind::Contact, c, -1, Wording::localTime(m_dossier.contacts.at(c).occurredAt)});

    // Newest first; within one moment the later step of a history first.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.when != b.when)
            return a.when > b.when;
        return a.event > b.event;
    });
}

QString TimelineModel::text(int row, int column) const
{
    const Entry &e = m_entries.at(row);
    switch (column) {
    case WhenColumn:
        return Wording::shortDate(e.when.date());
    case WhatColumn:
        return what(e);
    case DetailsColumn:
        return details(e);
    default:
        return {};
    }
}

QVariant TimelineModel::sortKey(int row, int column) const
{
    if (column == WhenColumn)
        return m_entries.at(row).when;
    return text(row, column);
}

QString TimelineModel::what(const Entry &e) const
{
    switch (e.kind) {
    case Kind::ReportChange: {
        const Report &r = m_dossier.reports.at(e.record);
        const ReportStatus status = e.event < 0 ? r.status : r.history.at(e.event).status;
        //: Timeline line: report number, its subject, what happened
        return tr("Report %1 \"%2\" — %3")
            .arg(r.publicNumber, m_reference.categoryName(r.categoryCode),
                 Wording::reportStatus(status));
    }
    case Kind::DocumentEvent: {
        const Document &d = m_dossier.documents.at(e.record);
        QString status;
        if (e.event < 0) {
            status = Wording::documentStatus(d.status, d.channel, Wording::Tense::Now);
        } else {
            // The latest step says where the document stands now; earlier ones what happened.
            const bool latest = e.event == d.history.size() - 1;
            status = Wording::documentStatus(d.history.at(e.event).status, d.channel,
                                             latest ? Wording::Tense::Now : Wording::Tense::Event);
        }
        //: Timeline line: kind of document, its title, what happened to it
        return tr("%1 \"%2\" — %3").arg(Wording::documentKind(d.kind), d.title, status);
    }
    case Kind::DocumentAction: {
        const DocumentAction &a = m_dossier.documentActions.at(e.record);
        const Document *d = documentOf(a);
        if (!d)
            return Wording::documentAction(a.kind);
        //: Timeline line: what staff did, kind of document, its title
        return tr("%1: %2 \"%3\"")
            .arg(Wording::documentAction(a.kind), Wording::documentKind(d->kind), d->title);
    }
    case Kind::Contact: {
        const ContactMoment &c = m_dossier.contacts.at(e.record);
        //: Timeline line: how the citizen was in contact, about what
        return tr("%1: %2").arg(Wording::contactChannel(c.channel), Wording::contactTopic(c.topic));
    }
    }
    return {};
}

QString TimelineModel::details(const Entry &e) const
{
    switch (e.kind) {
    case Kind::ReportChange: {
        const Report &r = m_dossier.reports.at(e.record);
        return e.event < 0 ? r.description : r.history.at(e.event).publicText;
    }
    case Kind::DocumentEvent: {
        const Document &d = m_dossier.documents.at(e.record);
        const QString note = e.event < 0 ? QString() : d.history.at(e.event).note;
        return joined({d.sender, note});
    }
    case Kind::DocumentAction: {
        const DocumentAction &a = m_dossier.documentActions.at(e.record);
        return joined(
            {a.reason, a.version == 0 ? tr("not yet sent to the regional service") : QString()});
    }
    case Kind::Contact: {
        const ContactMoment &c = m_dossier.contacts.at(e.record);
        return joined({c.summary, c.outcome});
    }
    }
    return {};
}

QString TimelineModel::toolTip(int row, int column) const
{
    const Entry &e = m_entries.at(row);
    QStringList lines{what(e)};
    if (column == WhenColumn)
        return QLocale().toString(e.when, QLocale::LongFormat);
    switch (e.kind) {
    case Kind::ReportChange: {
        const Report &r = m_dossier.reports.at(e.record);
        if (!r.description.isEmpty())
            lines << r.description;
        if (e.event >= 0) {
            const ReportStatusChange &change = r.history.at(e.event);
            if (!change.publicText.isEmpty())
                lines << tr("Told the citizen: %1").arg(change.publicText);
            if (!change.internalNote.isEmpty())
                lines << tr("Note for staff: %1").arg(change.internalNote);
        }
        break;
    }
    case Kind::DocumentEvent: {
        const Document &d = m_dossier.documents.at(e.record);
        if (!d.sender.isEmpty())
            lines << tr("From: %1").arg(d.sender);
        if (e.event >= 0 && !d.history.at(e.event).note.isEmpty())
            lines << d.history.at(e.event).note;
        break;
    }
    case Kind::DocumentAction: {
        const DocumentAction &a = m_dossier.documentActions.at(e.record);
        if (!a.reason.isEmpty())
            lines << a.reason;
        if (a.version == 0)
            lines << tr("Not yet sent to the regional service.");
        break;
    }
    case Kind::Contact: {
        const ContactMoment &c = m_dossier.contacts.at(e.record);
        if (!c.summary.isEmpty())
            lines << c.summary;
        if (!c.outcome.isEmpty())
            lines << tr("Outcome: %1").arg(c.outcome);
        if (!c.followUpTask.isEmpty())
            lines << tr("Follow-up: %1 (%2, by %3)")
                         .arg(c.followUpTask, c.followUpOwner, Wording::shortDate(c.followUpDue));
        break;
    }
    }
    return lines.join(u'\n');
}

// --- ReportsModel

QStringList ReportsModel::headers() const
{
    return {tr("Number"),   tr("Subject"),  tr("Location"),
            tr("Reported"), tr("Expected"), tr("Status")};
}

QString ReportsModel::text(int row, int column) const
{
    const Report &r = m_dossier.reports.at(row);
    switch (column) {
    case NumberColumn:
        return r.publicNumber;
    case SubjectColumn:
        return m_reference.categoryName(r.categoryCode);
    case LocationColumn: {
        QString line = r.street;
        if (!r.houseNumber.isEmpty())
            line += u' ' + r.houseNumber;
        const QString place = m_reference.municipalityName(r.locationNis);
        if (!place.isEmpty())
            line += (line.isEmpty() ? QString() : u", "_s) + place;
        return line;
    }
    case ReportedColumn:
        return Wording::shortDate(r.createdAt);
    case ExpectedColumn:
        return isFinished(currentStatus(r)) ? QString() : Wording::shortDate(r.expectedDate);
    case StatusColumn:
        return Wording::reportStatus(currentStatus(r));
    default:
        return {};
    }
}

QVariant ReportsModel::sortKey(int row, int column) const
{
    const Report &r = m_dossier.reports.at(row);
    if (column == ReportedColumn)
        return Wording::localTime(r.createdAt);
    if (column == ExpectedColumn)
        return Wording::dateOf(r.expectedDate);
    return text(row, column);
}

QString ReportsModel::toolTip(int row, int column) const
{
    const Report &r = m_dossier.reports.at(row);
    if (column == SubjectColumn && !r.description.isEmpty())
        return r.description;
    return text(row, column);
}

// --- DocumentsModel

QStringList DocumentsModel::headers() const
{
    return {tr("Sent"),    tr("Document"), tr("Kind"),           tr("From"),
            tr("Channel"), tr("Status"),   tr("Available until")};
}

QString DocumentsModel::text(int row, int column) const
{
    const Document &d = m_dossier.documents.at(row);
    switch (column) {
    case SentColumn:
        return Wording::shortDate(d.sentAt);
    case TitleColumn:
        return d.title;
    case KindColumn:
        return Wording::documentKind(d.kind);
    case SenderColumn:
        return d.sender;
    case ChannelColumn:
        return Wording::deliveryChannel(d.channel);
    case StatusColumn:
        return Wording::documentStatus(currentStatus(d), d.channel);
    case ExpiresColumn:
        return Wording::shortDate(d.expiresAt);
    default:
        return {};
    }
}

QVariant DocumentsModel::sortKey(int row, int column) const
{
    const Document &d = m_dossier.documents.at(row);
    if (column == SentColumn)
        return Wording::localTime(d.sentAt);
    if (column == ExpiresColumn)
        return Wording::localTime(d.expiresAt).isValid() ? QVariant(Wording::localTime(d.expiresAt))
                                                         : QVariant(Wording::dateOf(d.expiresAt));
    return text(row, column);
}

QString DocumentsModel::toolTip(int row, int column) const
{
    const Document &d = m_dossier.documents.at(row);
    if (column != StatusColumn)
        return text(row, column);
    // The whole delivery history, so staff can answer "did it arrive?" in detail.
    QStringList lines;
    for (const DocumentEvent &e : d.history)
        lines << Wording::shortDate(e.at) + u"  "_s +
                     Wording::documentStatus(e.status, d.channel, Wording::Tense::Event);
    return lines.isEmpty() ? text(row, column) : lines.join(u'\n');
}

// --- ContactsModel

QStringList ContactsModel::headers() const
{
    return {tr("Date"),    tr("Municipality"), tr("Channel"),  tr("Topic"),
            tr("Summary"), tr("Outcome"),      tr("Follow-up")};
}

QString ContactsModel::municipalityName(int row) const
{
    const QString nis = m_dossier.contacts.at(row).municipalityNis;
    const QString name = m_reference.municipalityName(nis);
    return name.isEmpty() ? nis : name;
}

QString ContactsModel::text(int row, int column) const
{
    const ContactMoment &c = m_dossier.contacts.at(row);
    switch (column) {
    case WhenColumn:
        return Wording::shortDate(c.occurredAt);
    case MunicipalityColumn:
        return municipalityName(row);
    case ChannelColumn:
        return Wording::contactChannel(c.channel);
    case TopicColumn:
        return Wording::contactTopic(c.topic);
    case SummaryColumn:
        return c.summary;
    case OutcomeColumn:
        return c.outcome;
    case FollowUpColumn:
        if (c.followUpTask.isEmpty())
            return {};
        if (c.followUpDue.isEmpty())
            return c.followUpTask;
        //: A follow-up task and the date it is due
        return tr("%1 (by %2)").arg(c.followUpTask, Wording::shortDate(c.followUpDue));
    default:
        return {};
    }
}

QVariant ContactsModel::sortKey(int row, int column) const
{
    if (column == WhenColumn)
        return Wording::localTime(m_dossier.contacts.at(row).occurredAt);
    return text(row, column);
}

// --- ContactsFilterModel

void ContactsFilterModel::setMunicipality(const QString &nisCode)
{
    if (nisCode == m_municipality)
        return;
    m_municipality = nisCode;
    invalidateFilter();
}

void ContactsFilterModel::setChannel(std::optional<ContactChannel> channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    invalidateFilter();
}

bool ContactsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *contacts = qobject_cast<const ContactsModel *>(sourceModel());
    if (!contacts || sourceParent.isValid())
        return true;
    const ContactMoment &c = contacts->contact(sourceRow);
    if (!m_municipality.isEmpty() && c.municipalityNis != m_municipality)
        return false;
    return !m_channel || c.channel == *m_channel;
}

// --- DocumentHistoryModel

void DocumentHistoryModel::setDocumentId(const QString &documentId)
{
    if (documentId == m_documentId)
        return;
    beginResetModel();
    m_documentId = documentId;
    rebuild();
    endResetModel();
}

const Document *DocumentHistoryModel::document() const
{
    for (const Document &d : m_dossier.documents) {
        if (d.id == m_documentId)
            return &d;
    }
    return nullptr;
}

QStringList DocumentHistoryModel::headers() const
{
    return {tr("When"), tr("What happened"), tr("Details")};
}

void DocumentHistoryModel::rebuild()
{
    m_rows.clear();
    const Document *d = document();
    if (!d)
        return;
    for (int e = 0; e < d->history.size(); ++e)
        m_rows.append({e, -1, Wording::localTime(d->history.at(e).at)});
    for (int a = 0; a < m_dossier.documentActions.size(); ++a) {
        const DocumentAction &action = m_dossier.documentActions.at(a);
        if (action.documentId == m_documentId)
            m_rows.append({-1, a, Wording::localTime(action.occurredAt)});
    }
    // Oldest first; events that arrived out of order are told in the order they happened.
    std::stable_sort(m_rows.begin(), m_rows.end(), [d](const Row &a, const Row &b) {
        if (a.when != b.when)
            return a.when < b.when;
        const int seqA = a.event >= 0 ? d->history.at(a.event).seq : INT_MAX;
        const int seqB = b.event >= 0 ? d->history.at(b.event).seq : INT_MAX;
        return seqA < seqB;
    });
}

QString DocumentHistoryModel::text(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const Document *d = document();
    if (!d)
        return {};
    switch (column) {
    case WhenColumn:
        //: A moment in a document's history: date, then time
        return tr("%1, %2").arg(Wording::shortDate(r.when.date()),
                                QLocale().toString(r.when.time(), QLocale::ShortFormat));
    case WhatColumn:
        return r.event >= 0 ? Wording::documentStatus(d->history.at(r.event).status, d->channel,
                                                      Wording::Tense::Event)
                            : Wording::documentAction(m_dossier.documentActions.at(r.action).kind);
    case DetailsColumn: {
        if (r.event >= 0)
            return d->history.at(r.event).note;
        const DocumentAction &a = m_dossier.documentActions.at(r.action);
        return joined(
            {a.reason, a.version == 0 ? tr("not yet sent to the regional service") : QString()});
    }
    default:
        return {};
    }
}

QVariant DocumentHistoryModel::sortKey(int row, int column) const
{
    if (column == WhenColumn)
        return m_rows.at(row).when;
    return text(row, column);
}

} // namespace loket::ui
