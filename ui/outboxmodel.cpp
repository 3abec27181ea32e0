#include "outboxmodel.h"
#include "wording.h"

#include <QDateTime>
#include <QLocale>

namespace loket::ui {
namespace {

QString timeText(const QString &isoUtc)
{
    const QDateTime local = Wording::localTime(isoUtc);
    return local.isValid() ? QLocale().toString(local, QLocale::ShortFormat) : isoUtc;
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool OutboxModel::reload(QSqlDatabase db)
{
    Outbox outbox(db);
    const QList<OutboxEntry> entries = outbox.entries();
    const QList<SyncConflict> conflicts = outbox.conflicts();
    m_error = outbox.errorString();
    OutboxDescriber describer(db, m_guideStepTitle);
    QStringList descriptions;
    for (const OutboxEntry &e : entries)
        descriptions << describer.describe(e);
    // A small table read whole: a reset is simpler than working out moves and stays cheap.
    beginResetModel();
    m_entries = entries;
    m_descriptions = descriptions;
    m_conflicts.clear();
    for (const SyncConflict &c : conflicts)
        m_conflicts.insert(c.outboxSeq, c.id);
    endResetModel();
    return m_error.isEmpty();
}

void OutboxModel::setWorkOffline(WorkOffline mode)
{
    if (m_workOffline == mode)
        return;
    m_workOffline = mode;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, NextAttempt), index(rowCount() - 1, NextAttempt),
                         {Qt::DisplayRole});
}

qint64 OutboxModel::conflictId(int row) const
{
    return m_conflicts.value(m_entries.at(row).seq, 0);
}

int OutboxModel::rowOfSeq(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).seq == seq)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::nextAttemptText(const OutboxEntry &entry) const
{
    switch (entry.state) {
    case OutboxEntry::State::Failed:
        return tr("When you retry it");
    case OutboxEntry::State::Conflict:
        return tr("When you have chosen a version");
    case OutboxEntry::State::Pending:
        break;
    }
    if (m_workOffline == WorkOffline::On)
        return tr("When you work online again");
    if (entry.nextAttemptAtMs <= QDateTime::currentMSecsSinceEpoch())
        return tr("At the next sync");
    return timeText(
        QDateTime::fromMSecsSinceEpoch(entry.nextAttemptAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case What:
            return m_descriptions.at(index.row());
        case MadeAt:
            return timeText(e.createdAt);
        case State:
            return OutboxDescriber::stateText(e.state);
        case Attempts:
            return e.attempts;
        case Problem:
            return OutboxDescriber::problemText(e.lastStatus, e.lastError);
        case NextAttempt:
            return nextAttemptText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The technical detail, one hover away and never the headline (UI.md).
        if (index.column() == Problem && !e.lastError.isEmpty())
            return e.lastError;
        if (index.column() == What)
            return m_descriptions.at(index.row());
        return {};
    case SeqRole:
        return e.seq;
    case StateRole:
        return int(e.state);
    case EntityTypeRole:
        return e.entityType;
    case ConflictIdRole:
        return conflictId(index.row());
    case MayDiscardRole:
        return e.entityType != QLatin1String("access_entry");
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("Change");
    case MadeAt:
        return tr("Made");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case Problem:
        return tr("Last problem");
    case NextAttempt:
        return tr("Next attempt");
    default:
        return {};
    }
}

DiscardedOutboxModel::DiscardedOutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool DiscardedOutboxModel::reload(QSqlDatabase db)
{
    Outbox outbox(db);
    const QList<DiscardedOutboxEntry> entries = outbox.discarded();
    m_error = outbox.errorString();
    OutboxDescriber describer(db, m_guideStepTitle);
    QStringList descriptions;
    for (const DiscardedOutboxEntry &e : entries)
        descriptions << describer.describe(e);
    beginResetModel();
    m_entries = entries;
    m_descriptions = descriptions;
    endResetModel();
    return m_error.isEmpty();
}

int DiscardedOutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiscardedOutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscardedOutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const DiscardedOutboxEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case What:
        return m_descriptions.at(index.row());
    case MadeAt:
        return timeText(e.createdAt);
    case DiscardedAt:
        return timeText(e.discardedAt);
    case By:
        return e.staffId.isEmpty() ? tr("(not signed in)") : e.staffId;
    case Reason:
        return e.reason;
    default:
        return {};
    }
}

QVariant DiscardedOutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("Change");
    case MadeAt:
        return tr("Made");
    case DiscardedAt:
        return tr("Discarded");
    case By:
        return tr("By");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace loket::ui
