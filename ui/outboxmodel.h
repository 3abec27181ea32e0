#pragma once

#include "store/outbox.h"
#include "store/outboxdescription.h"
#include "sync/workoffline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace loket::ui {

// Every change waiting in the outbox, in the order it goes out: what it is in plain words, when
// it was made, its state, attempts, the last problem and the next attempt. Read from the cache
// on the caller's connection; the outbox is small (a day's work), so a reload reads it whole.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, MadeAt, State, Attempts, Problem, NextAttempt, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        StateRole,      // int(OutboxEntry::State)
        EntityTypeRole, // "contact_moment", ...
        ConflictIdRole, // the conflict's id for an entry in conflict, else 0
        MayDiscardRole, // false for the access log
    };

    explicit OutboxModel(QObject *parent = nullptr);

    void setGuideStepTitle(OutboxDescriber::GuideStepTitle title) { m_guideStepTitle = title; }
    // Re-reads the outbox from `db`; false (with errorString) when it cannot be read.
    bool reload(QSqlDatabase db);
    // While on, waiting entries go out only once staff work online again: the column says so.
    void setWorkOffline(WorkOffline mode);

    OutboxEntry entry(int row) const { return m_entries.at(row); }
    qint64 conflictId(int row) const;
    QString description(int row) const { return m_descriptions.at(row); }
    int rowOfSeq(qint64 seq) const;
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nextAttemptText(const OutboxEntry &entry) const;

    QList<OutboxEntry> m_entries;
    QStringList m_descriptions;
    QHash<qint64, qint64> m_conflicts; // outbox seq -> conflict id
    OutboxDescriber::GuideStepTitle m_guideStepTitle;
    WorkOffline m_workOffline = WorkOffline::Off;
    QString m_error;
};

// What staff took out of the outbox, newest last, with who, when and why: read-only, as the
// table it shows (outbox_discard) refuses any change.
class DiscardedOutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, MadeAt, DiscardedAt, By, Reason, ColumnCount };

    explicit DiscardedOutboxModel(QObject *parent = nullptr);

    void setGuideStepTitle(OutboxDescriber::GuideStepTitle title) { m_guideStepTitle = title; }
    bool reload(QSqlDatabase db);
    DiscardedOutboxEntry entry(int row) const { return m_entries.at(row); }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DiscardedOutboxEntry> m_entries;
    QStringList m_descriptions;
    OutboxDescriber::GuideStepTitle m_guideStepTitle;
    QString m_error;
};

} // namespace loket::ui
