#pragma once

#include "dossiermodels.h"
#include "model/citizen.h"
#include "store/reportcommands.h"
#include "store/reportlist.h"

#include <QDialog>
#include <QList>

#include <optional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QThread;
class QTimer;

namespace loket {
class Store;
}

namespace loket::ui {

// Files a report on a citizen's behalf, or on its own (issue 4, item 2), in seconds: the
// category by typing part of its name, the place with the streets the cache knows, what the
// category asks for, photos (picked or dropped; their metadata removed), and how the citizen
// wants to hear back. Before filing it shows the open reports of the same kind nearby and lets
// the citizen be linked to one of those instead. Works offline: it hands a command to the store.
class ReportForm final : public QDialog
{
    Q_OBJECT
public:
    ReportForm(const QString &cachePath, Store *store, ReferenceData reference,
               std::optional<Citizen> citizen, QString ownMunicipality, QWidget *parent = nullptr);
    ~ReportForm() override;

    // The report as the form holds it now (id empty until filed).
    Report report() const;
    std::optional<Category> category() const;
    QList<ReportPhotoUpload> photos() const { return m_photos; }
    QList<ReportRow> similar() const { return m_similar; }
    bool isLookingUp() const { return m_lookups > 0; }

    // Adds a photo from a file: read, turned upright, re-encoded without its metadata, checked
    // against the size limit. Returns the problem in words, empty when it was added.
    QString addPhoto(const QString &path);
    void chooseCategory(const QString &code);

signals:
    void reportFiled(const QString &reportId);
    void citizenLinked(const QString &reportId);
    // The open reports nearby were looked up again; `count` were found.
    void similarChecked(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildFields();
    void loadStreets();
    void lookForSimilar();
    void check();
    void file();
    void linkInstead();
    void pickPhotos();
    // A cache query off the UI thread; isLookingUp() is true until its answer arrived.
    template<typename Work, typename Done> void lookUp(Work work, Done done);

    QString m_cachePath;
    Store *m_store;
    ReferenceData m_reference;
    std::optional<Citizen> m_citizen;
    QString m_language;
    std::optional<Category> m_category;
    QList<ReportPhotoUpload> m_photos;
    QList<ReportRow> m_similar;
    QList<std::pair<QString, QWidget *>> m_fieldInputs; // field code → its input
    int m_lookups = 0;
    quint64 m_similarGeneration = 0;
    QList<QThread *> m_threads;

    QLineEdit *m_categoryEdit = nullptr;
    QLabel *m_categoryInfo = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QComboBox *m_municipality = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_descriptionCount = nullptr;
    QListWidget *m_photoList = nullptr;
    QPushButton *m_addPhoto = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_photoProblem = nullptr;
    QButtonGroup *m_notify = nullptr;
    QListWidget *m_similarList = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_file = nullptr;
    QTimer *m_similarTimer = nullptr;
};

} // namespace loket::ui
