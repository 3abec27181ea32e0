#pragma once

#include "store/outbox.h"
#include "store/storecommand.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace loket {
class Store;
} // namespace loket

namespace loket::ui {

// A change the hub refused because the record changed there first (a 412): the common base,
// the hub's version and this computer's, field by field and side by side, each field that
// differs marked in words (not by colour alone). "Keep mine" sends this computer's version on
// top of the hub's; "Take theirs" drops it for the hub's. Nothing is overwritten before a choice.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Store &store, const SyncConflict &conflict, const QString &description,
                   QWidget *parent = nullptr);

    qint64 conflictId() const { return m_conflict.id; }
    // The label of a field of the record in staff words; unknown fields keep their key.
    static QString fieldLabel(const QString &entityType, const QString &key);

signals:
    void resolved(qint64 conflictId);

private:
    void fill();
    void choose(ConflictResolution resolution);

    QPointer<Store> m_store;
    SyncConflict m_conflict;
    QTableWidget *m_table = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
};

} // namespace loket::ui
