#pragma once

#include "store/documentworklists.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QThread;
class QTreeView;

namespace loket::ui {

// The lines of a document work list, one per document, for the work-list window.
class DocumentWorkListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CitizenColumn,
        AddressColumn,
        DocumentColumn,
        SenderColumn,
        ChannelColumn,
        StatusColumn,
        ExpiresColumn,
        SinceColumn,
        DaysColumn,
        NoteColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(DocumentWorkList list, QList<DocumentWorkItem> items,
                  QHash<QString, QString> municipalities);
    const DocumentWorkItem &item(int row) const { return m_items.at(row); }
    DocumentWorkList list() const { return m_list; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    DocumentWorkList m_list = DocumentWorkList::UnreadInEbox;
    QList<DocumentWorkItem> m_items;
    QHash<QString, QString> m_municipalities; // NIS → name
};

// The regional document view (issue 5): the documents sent lately in the region and the work
// lists, over every document in the cache, run on a worker thread with its own connection so
// that the window never waits on a long query.
class DocumentWorkListWindow final : public QWidget
{
    Q_OBJECT
public:
    // `municipalities`: NIS → name, for the filter and the address column.
    DocumentWorkListWindow(const QString &cachePath, QHash<QString, QString> municipalities,
                           QWidget *parent = nullptr);
    ~DocumentWorkListWindow() override;

    void setToday(QDate today) { m_today = today; }
    DocumentWorkListModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }

public slots:
    void refresh();

signals:
    // Open the citizen's dossier at this document.
    void dossierRequested(const QString &citizenId, const QString &documentId);
    void finished(int count); // after each refresh, for tests and the status line

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();
    void finishThread(QThread *thread);

    QString m_cachePath;
    QHash<QString, QString> m_municipalities;
    QDate m_today;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<QThread *> m_threads;

    QLabel *m_listLabel = nullptr;
    QComboBox *m_list = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_municipalityLabel = nullptr;
    QComboBox *m_municipality = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    DocumentWorkListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    int m_count = -1;
    QString m_error;
};

} // namespace loket::ui

Q_DECLARE_METATYPE(loket::DocumentWorkList)
