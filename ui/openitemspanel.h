#pragma once

#include "dossiermodels.h"
#include "store/openitems.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QThread;
class QTreeView;

namespace loket::ui {

// What is open for one citizen in every municipality (issue 8, item 2) as a tree: a section per
// kind of record, titled with its count, and under it one line per record with the name of its
// municipality; the title of an empty section says so in a sentence.
class OpenItemsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Report, Document, Task, Contact };
    Q_ENUM(Kind)
    enum Column { WhatColumn, MunicipalityColumn, WhenColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, RecordIdRole };

    explicit OpenItemsModel(QObject *parent = nullptr);

    void setItems(const OpenItems &items, const ReferenceData &reference);
    void clear();
    void retranslate();
    const OpenItems &items() const { return m_items; }
    int sectionCount() const;
    // The number of records in a section (0 for an empty one, which still has its sentence).
    int recordCount(Kind kind) const;
    QString sectionTitle(Kind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // Internal ids: 0 for a section row, section + 1 for its children.
    static constexpr quintptr sectionId = 0;
    QString text(Kind kind, int row, int column) const;
    QString emptyText(Kind kind) const;
    QString recordId(Kind kind, int row) const;

    OpenItems m_items;
    ReferenceData m_reference;
};

// The panel at the top of the dossier: the open items of the citizen read off the UI thread
// from the cache, each line activatable with Enter or a double click.
class OpenItemsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit OpenItemsPanel(QWidget *parent = nullptr);
    ~OpenItemsPanel() override;

    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }
    // Reads the citizen's open items again (after opening the dossier or a change to it).
    void load(const QString &citizenId, const ReferenceData &reference, QDate today);
    void clear();
    bool isLoading() const { return m_loading; }
    OpenItemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    void itemActivated(loket::ui::OpenItemsModel::Kind kind, const QString &recordId);
    // A read finished and the model shows its result (or the error).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void fitHeight();

    QString m_cachePath;
    QString m_citizenId;
    QString m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QTreeView *m_view = nullptr;
    OpenItemsModel *m_model = nullptr;
    QList<QThread *> m_threads;
};

} // namespace loket::ui
