#pragma once

#include "dossiermodels.h"
#include "store/open311journal.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
class QTreeWidget;

namespace loket {

class Store;

namespace ui {

// Where each municipality's new reports go from this workstation (issue 4, item 6): the hub,
// or the municipality's own GeoReport v2 server with its address, jurisdiction, API key and
// format. Read on a worker thread; saved through the store, so that it is written by the same
// connection as everything else.
class ReportServersDialog final : public QDialog
{
    Q_OBJECT
public:
    ReportServersDialog(Store &store, const QString &cachePath, ReferenceData reference,
                        QWidget *parent = nullptr);
    ~ReportServersDialog() override;

    QTreeWidget *list() const { return m_list; }
    bool isLoading() const { return m_loading; }

public slots:
    void reload();

private:
    void retranslate();
    void showSelected();
    void save();
    void useHub();
    QString selectedMunicipality() const;

    Store &m_store;
    QString m_cachePath;
    ReferenceData m_reference;
    QList<std::pair<QString, Open311Target>> m_targets;
    QList<QThread *> m_threads;
    bool m_loading = false;
    QString m_pendingSelection;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_jurisdictionLabel = nullptr;
    QLineEdit *m_jurisdiction = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_useHub = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ui
} // namespace loket
