#include "reportform.h"

#include "cachequery.h"
#include "model/reportrules.h"
#include "store/connection.h"
#include "store/store.h"
#include "wording.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

QString fieldLabel(const CategoryField &f, QStringView language)
{
    if (language == u"fr" && !f.descriptionFr.isEmpty())
        return f.descriptionFr;
    if (language == u"en" && !f.descriptionEn.isEmpty())
        return f.descriptionEn;
    return f.descriptionNl.isEmpty() ? f.code : f.descriptionNl;
}

QString valueName(const CategoryFieldValue &v, QStringView language)
{
    if (language == u"fr" && !v.nameFr.isEmpty())
        return v.nameFr;
    if (language == u"en" && !v.nameEn.isEmpty())
        return v.nameEn;
    return v.nameNl.isEmpty() ? v.key : v.nameNl;
}

std::optional<double> numberIn(const QLineEdit *edit)
{
    bool ok = false;
    const double v = QLocale().toDouble(edit->text().trimmed(), &ok);
    if (ok)
        return v;
    const double c = edit->text().trimmed().toDouble(&ok); // "50.88" in any locale
    return ok ? std::optional<double>(c) : std::nullopt;
}

} // namespace

ReportForm::ReportForm(const QString &cachePath, Store *store, ReferenceData reference,
                       std::optional<Citizen> citizen, QString ownMunicipality, QWidget *parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
    , m_store(store)
    , m_reference(std::move(reference))
    , m_citizen(std::move(citizen))
    , m_language(QLocale().name().left(2))
{
    setObjectName(u"reportForm"_s);
    setAcceptDrops(true);
    setWindowTitle(m_citizen ? tr("New report for %1").arg(m_citizen->fullName())
                             : tr("New report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    // What: the category, found by typing part of its name or code.
    m_categoryEdit = new QLineEdit(this);
    m_categoryEdit->setObjectName(u"reportCategory"_s);
    m_categoryEdit->setPlaceholderText(tr("Type a word: pothole, light, litter…"));
    QStringList names;
    for (auto it = m_reference.categories.cbegin(); it != m_reference.categories.cend(); ++it)
        names << u"%1 (%2)"_s.arg(it->name(m_language), it.key());
    names.sort(Qt::CaseInsensitive);
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_categoryEdit->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const qsizetype open = text.lastIndexOf(u'(');
                chooseCategory(text.mid(open + 1).chopped(1));
            });
    connect(m_categoryEdit, &QLineEdit::editingFinished, this, [this] {
        // A name typed in full, or a code, counts as chosen too.
        const QString typed = m_categoryEdit->text().trimmed();
        for (auto it = m_reference.categories.cbegin(); it != m_reference.categories.cend(); ++it) {
            if (typed.compare(it.key(), Qt::CaseInsensitive) == 0 ||
                typed.compare(it->name(m_language), Qt::CaseInsensitive) == 0 ||
                typed == u"%1 (%2)"_s.arg(it->name(m_language), it.key())) {
                chooseCategory(it.key());
                return;
            }
        }
    });
    form->addRow(tr("&What is the problem?"), m_categoryEdit);
    m_categoryInfo = new QLabel(this);
    m_categoryInfo->setObjectName(u"reportCategoryInfo"_s);
    m_categoryInfo->setWordWrap(true);
    form->addRow(QString(), m_categoryInfo);
    m_fieldsForm = new QFormLayout;
    form->addRow(m_fieldsForm);

    // Where.
    m_municipality = new QComboBox(this);
    m_municipality->setObjectName(u"reportMunicipality"_s);
    QList<std::pair<QString, QString>> byName;
    for (auto it = m_reference.municipalities.cbegin(); it != m_reference.municipalities.cend();
         ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end());
    for (const auto &[name, nis] : byName)
        m_municipality->addItem(name, nis);
    const QString home = m_citizen && !m_citizen->municipalityNis.isEmpty()
                             ? m_citizen->municipalityNis
                             : ownMunicipality;
    m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(home)));
    form->addRow(tr("&Municipality:"), m_municipality);
    auto *addressRow = new QHBoxLayout;
    m_street = new QLineEdit(this);
    m_street->setObjectName(u"reportStreet"_s);
    m_street->setMaxLength(200);
    m_street->setPlaceholderText(tr("Street"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"reportHouseNumber"_s);
    m_number->setMaxLength(20);
    m_number->setPlaceholderText(tr("No."));
    m_number->setMaximumWidth(fontMetrics().averageCharWidth() * 10);
    m_postcode = new QLineEdit(this);
    m_postcode->setObjectName(u"reportPostcode"_s);
    m_postcode->setMaxLength(4);
    m_postcode->setInputMask(u"9999;_"_s);
    m_postcode->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    addressRow->addWidget(m_street, 1);
    addressRow->addWidget(m_number);
    addressRow->addWidget(m_postcode);
    auto *streetLabel = new QLabel(tr("&Street, number, postcode:"), this);
    streetLabel->setBuddy(m_street);
    form->addRow(streetLabel, addressRow);
    auto *coordinates = new QHBoxLayout;
    m_latitude = new QLineEdit(this);
    m_latitude->setObjectName(u"reportLatitude"_s);
    m_latitude->setPlaceholderText(tr("Latitude, e.g. 50.8798"));
    m_longitude = new QLineEdit(this);
    m_longitude->setObjectName(u"reportLongitude"_s);
    m_longitude->setPlaceholderText(tr("Longitude, e.g. 4.7005"));
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(m_longitude);
    auto *coordinatesLabel = new QLabel(tr("Coordinates (o&ptional):"), this);
    coordinatesLabel->setBuddy(m_latitude);
    form->addRow(coordinatesLabel, coordinates);

    // What the citizen says.
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"reportDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        tr("In the citizen's words: what, since when, how dangerous"));
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    m_descriptionCount = new QLabel(this);
    m_descriptionCount->setObjectName(u"reportDescriptionCount"_s);
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_descriptionCount, 0, Qt::AlignRight);
    form->addRow(descriptionLabel, descriptionBox);

    // Photos.
    auto *photoRow = new QHBoxLayout;
    m_photoList = new QListWidget(this);
    m_photoList->setObjectName(u"reportPhotos"_s);
    m_photoList->setMaximumHeight(fontMetrics().height() * 5);
    auto *photoButtons = new QVBoxLayout;
    m_addPhoto = new QPushButton(tr("Add a p&hoto…"), this);
    m_addPhoto->setObjectName(u"reportAddPhoto"_s);
    m_removePhoto = new QPushButton(tr("&Remove"), this);
    m_removePhoto->setObjectName(u"reportRemovePhoto"_s);
    photoButtons->addWidget(m_addPhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);
    photoRow->addWidget(m_photoList, 1);
    photoRow->addLayout(photoButtons);
    auto *photoLabel = new QLabel(tr("Photos (or drop them here):"), this);
    photoLabel->setBuddy(m_photoList);
    form->addRow(photoLabel, photoRow);
    m_photoProblem = new QLabel(this);
    m_photoProblem->setObjectName(u"reportPhotoProblem"_s);
    m_photoProblem->setWordWrap(true);
    form->addRow(QString(), m_photoProblem);

    // Keeping the citizen informed.
    auto *notifyRow = new QHBoxLayout;
    m_notify = new QButtonGroup(this);
    const QList<std::pair<NotifyChannel, QString>> channels{
        {NotifyChannel::Email, tr("&E-mail")},
        {NotifyChannel::Sms, tr("Te&xt message")},
        {NotifyChannel::Letter, tr("&Letter")},
        {NotifyChannel::None, tr("N&ot needed")}};
    NotifyChannel wished = NotifyChannel::None;
    if (m_citizen)
        wished = !m_citizen->email.isEmpty()   ? NotifyChannel::Email
                 : !m_citizen->phone.isEmpty() ? NotifyChannel::Sms
                                               : NotifyChannel::Letter;
    for (const auto &[channel, label] : channels) {
        auto *radio = new QRadioButton(label, this);
        radio->setObjectName(u"reportNotify_"_s + notifyChannelCode(channel));
        m_notify->addButton(radio, int(channel));
        notifyRow->addWidget(radio);
        radio->setChecked(channel == wished);
    }
    notifyRow->addStretch(1);
    form->addRow(tr("Keep the citizen informed by:"), notifyRow);
    layout->addLayout(form);

    // Open reports of the same kind nearby.
    auto *similarBox = new QGroupBox(tr("Already reported nearby (open, last 30 days)"), this);
    auto *similarLayout = new QVBoxLayout(similarBox);
    m_similarList = new QListWidget(similarBox);
    m_similarList->setObjectName(u"reportSimilar"_s);
    m_similarList->setMaximumHeight(fontMetrics().height() * 5);
    m_link = new QPushButton(tr("&Link the citizen to this report instead"), similarBox);
    m_link->setObjectName(u"reportLinkInstead"_s);
    m_link->setEnabled(false);
    m_link->setVisible(m_citizen.has_value());
    similarLayout->addWidget(m_similarList);
    similarLayout->addWidget(m_link, 0, Qt::AlignRight);
    layout->addWidget(similarBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"reportProblem"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_file = new QPushButton(tr("&File the report"), this);
    m_file->setObjectName(u"reportFile"_s);
    m_file->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_file);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    m_similarTimer = new QTimer(this);
    m_similarTimer->setSingleShot(true);
    m_similarTimer->setInterval(300);
    connect(m_similarTimer, &QTimer::timeout, this, &ReportForm::lookForSimilar);
    auto changed = [this] {
        check();
        m_similarTimer->start();
    };
    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this, changed] {
        loadStreets();
        changed();
    });
    for (QLineEdit *edit : {m_street, m_number, m_postcode, m_latitude, m_longitude})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReportForm::check);
    connect(m_addPhoto, &QPushButton::clicked, this, &ReportForm::pickPhotos);
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        const int row = m_photoList->currentRow();
        if (row >= 0 && row < m_photos.size()) {
            m_photos.removeAt(row);
            delete m_photoList->takeItem(row);
            m_photoProblem->clear();
            check();
        }
    });
    connect(m_similarList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_link->setEnabled(row >= 0 && m_citizen.has_value()); });
    connect(m_link, &QPushButton::clicked, this, &ReportForm::linkInstead);
    connect(m_file, &QPushButton::clicked, this, &ReportForm::file);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (m_citizen) {
        // Most reports are about the street the citizen lives in; staff change it when not.
        m_street->setText(m_citizen->street);
        m_postcode->setText(m_citizen->postcode);
    }
    loadStreets();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 44);
    check();
}

ReportForm::~ReportForm()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

template<typename Work, typename Done> void ReportForm::lookUp(Work work, Done done)
{
    ++m_lookups;
    queryCache(this, m_cachePath, m_threads, std::move(work),
               [this, done](auto result, const QString &error) {
                   --m_lookups;
                   done(std::move(result), error);
               });
}

void ReportForm::chooseCategory(const QString &code)
{
    const auto it = m_reference.categories.constFind(code);
    if (it == m_reference.categories.cend())
        return;
    m_category = *it;
    {
        const QSignalBlocker blocker(m_categoryEdit);
        m_categoryEdit->setText(u"%1 (%2)"_s.arg(it->name(m_language), it.key()));
    }
    QString info = it->service.isEmpty() ? QString() : tr("Handled by %1.").arg(it->service);
    if (it->normWorkingDays > 0) {
        const QDate expected = expectedDateFor(QDate::currentDate(), it->normWorkingDays);
        info += (info.isEmpty() ? QString() : u" "_s) +
                tr("Expected within %n working day(s): by %1.", nullptr, it->normWorkingDays)
                    .arg(Wording::shortDate(expected));
    }
    m_categoryInfo->setText(info);
    buildFields();
    check();
    m_similarTimer->start();
}

void ReportForm::buildFields()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fieldInputs.clear();
    if (!m_category)
        return;
    QList<CategoryField> fields = m_category->fields;
    std::stable_sort(
        fields.begin(), fields.end(),
        [](const CategoryField &a, const CategoryField &b) { return a.order < b.order; });
    for (const CategoryField &f : std::as_const(fields)) {
        const QString label = fieldLabel(f, m_language);
        if (!f.variable) {
            auto *text = new QLabel(label, this);
            text->setWordWrap(true);
            m_fieldsForm->addRow(text);
            continue;
        }
        QWidget *input = nullptr;
        if (f.datatype == u"singlevaluelist"_s) {
            auto *combo = new QComboBox(this);
            combo->addItem(f.required ? tr("(choose)") : tr("(not known)"), QString());
            for (const CategoryFieldValue &v : f.values)
                combo->addItem(valueName(v, m_language), v.key);
            connect(combo, &QComboBox::currentIndexChanged, this, &ReportForm::check);
            input = combo;
        } else if (f.datatype == u"multivaluelist"_s) {
            auto *list = new QListWidget(this);
            for (const CategoryFieldValue &v : f.values) {
                auto *item = new QListWidgetItem(valueName(v, m_language), list);
                item->setData(Qt::UserRole, v.key);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(fontMetrics().height() * 4);
            connect(list, &QListWidget::itemChanged, this, &ReportForm::check);
            input = list;
        } else if (f.datatype == u"text"_s) {
            auto *text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(fontMetrics().height() * 4);
            connect(text, &QPlainTextEdit::textChanged, this, &ReportForm::check);
            input = text;
        } else {
            auto *line = new QLineEdit(this);
            line->setMaxLength(200);
            if (f.datatype == u"number"_s)
                line->setValidator(new QDoubleValidator(line));
            connect(line, &QLineEdit::textChanged, this, &ReportForm::check);
            input = line;
        }
        input->setObjectName(u"reportField_"_s + f.code);
        auto *labelWidget =
            new QLabel(f.required ? tr("%1 (required):").arg(label) : label + u':', this);
        labelWidget->setBuddy(input);
        m_fieldsForm->addRow(labelWidget, input);
        m_fieldInputs.append({f.code, input});
    }
}

Report ReportForm::report() const
{
    Report r;
    r.categoryCode = m_category ? m_category->code : QString();
    r.description = m_description->toPlainText().trimmed();
    r.street = m_street->text().trimmed();
    r.houseNumber = m_number->text().trimmed();
    const QString postcode = m_postcode->text().trimmed();
    r.postcode = postcode.size() == 4 ? postcode : QString();
    r.locationNis = m_municipality->currentData().toString();
    if (!m_latitude->text().trimmed().isEmpty() || !m_longitude->text().trimmed().isEmpty()) {
        r.latitude = numberIn(m_latitude);
        r.longitude = numberIn(m_longitude);
        if (!r.latitude || !r.longitude) {
            // Half a coordinate or not a number: the rules say so.
            r.latitude = r.latitude.value_or(999);
            r.longitude = r.longitude.value_or(999);
        }
    }
    if (m_citizen)
        r.citizenIds = {m_citizen->id};
    r.notifyBy =
        NotifyChannel(m_notify->checkedId() < 0 ? int(NotifyChannel::None) : m_notify->checkedId());
    for (const auto &[code, input] : m_fieldInputs) {
        if (auto *combo = qobject_cast<QComboBox *>(input)) {
            if (!combo->currentData().toString().isEmpty())
                r.attributes.append({code, combo->currentData().toString()});
        } else if (auto *list = qobject_cast<QListWidget *>(input)) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    r.attributes.append({code, list->item(i)->data(Qt::UserRole).toString()});
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
            if (!text->toPlainText().trimmed().isEmpty())
                r.attributes.append({code, text->toPlainText().trimmed()});
        } else if (auto *line = qobject_cast<QLineEdit *>(input)) {
            if (!line->text().trimmed().isEmpty())
                r.attributes.append({code, line->text().trimmed()});
        }
    }
    return r;
}

std::optional<Category> ReportForm::category() const
{
    return m_category;
}

void ReportForm::check()
{
    const qsizetype length = m_description->toPlainText().trimmed().toUcs4().size();
    m_descriptionCount->setText(
        tr("%1 of %2 characters").arg(length).arg(reportDescriptionMaxLength));
    const ReportCheck result = checkNewReport(report(), m_category);
    QString problem = reportCheckText(result, m_category, m_language);
    if (result.ok() && !m_store)
        problem = tr("The cache is not open: the report cannot be filed now.");
    m_problem->setText(problem);
    m_file->setEnabled(result.ok() && m_store);
}

void ReportForm::loadStreets()
{
    const QString nis = m_municipality->currentData().toString();
    lookUp([nis](QSqlDatabase db, QString *error) { return knownStreets(db, nis, error); },
           [this, nis](QList<KnownStreet> streets, const QString &) {
               if (nis != m_municipality->currentData().toString())
                   return; // another municipality was chosen meanwhile
               QStringList names;
               QHash<QString, QString> postcodes;
               for (const KnownStreet &s : std::as_const(streets)) {
                   if (!postcodes.contains(s.street))
                       names << s.street;
                   postcodes.insert(s.street, s.postcode);
               }
               auto *completer = new QCompleter(names, m_street);
               completer->setCaseSensitivity(Qt::CaseInsensitive);
               completer->setFilterMode(Qt::MatchContains);
               if (QCompleter *old = m_street->completer())
                   old->deleteLater();
               m_street->setCompleter(completer);
               connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
                       [this, postcodes](const QString &street) {
                           if (m_postcode->text().trimmed().size() != 4)
                               m_postcode->setText(postcodes.value(street));
                       });
           });
}

void ReportForm::lookForSimilar()
{
    const Report r = report();
    if (r.categoryCode.isEmpty() || (r.street.isEmpty() && !r.latitude)) {
        m_similar.clear();
        m_similarList->clear();
        emit similarChecked(0);
        return;
    }
    SimilarReportQuery q;
    q.categoryCode = r.categoryCode;
    q.street = r.street;
    q.houseNumber = r.houseNumber;
    q.postcode = r.postcode;
    q.latitude = r.latitude;
    q.longitude = r.longitude;
    q.now = QDateTime::currentDateTimeUtc();
    const QString language = m_language;
    const quint64 generation = ++m_similarGeneration;
    lookUp(
        [q, language](QSqlDatabase db, QString *error) {
            ReportLister lister(db);
            QList<ReportRow> rows = lister.similarOpen(q, language);
            *error = lister.errorString();
            return rows;
        },
        [this, generation](QList<ReportRow> rows, const QString &) {
            if (generation != m_similarGeneration)
                return;
            m_similar = std::move(rows);
            m_similarList->clear();
            for (const ReportRow &row : std::as_const(m_similar)) {
                m_similarList->addItem(
                    tr("%1 · %2 %3 · %4 · reported %5")
                        .arg(row.publicNumber.isEmpty() ? tr("(not sent yet)") : row.publicNumber,
                             row.street, row.houseNumber, Wording::reportStatus(row.status),
                             Wording::shortDate(row.createdAt)));
            }
            if (m_similar.isEmpty()) {
                auto *none =
                    new QListWidgetItem(tr("Nothing of this kind reported nearby."), m_similarList);
                none->setFlags(Qt::NoItemFlags);
            }
            m_link->setEnabled(false);
            emit similarChecked(int(m_similar.size()));
        });
}

QString ReportForm::addPhoto(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_photos.size() >= reportPhotoMaxCount)
        return tr("A report takes at most %n photos.", nullptr, reportPhotoMaxCount);
    QImageReader reader(path);
    reader.setAutoTransform(true); // upright, as the camera meant it
    const QByteArray format = reader.canRead() ? reader.format().toLower() : QByteArray();
    if (format != "jpeg" && format != "jpg" && format != "png")
        return tr("%1 is not a JPEG or PNG picture.").arg(name);
    const QImage image = reader.read();
    if (image.isNull())
        return tr("%1 cannot be read: %2").arg(name, reader.errorString());
    // Written anew from the pixels: no EXIF, no GPS position, no camera serial (DESIGN §8).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool png = format == "png";
    QImageWriter writer(&buffer, png ? "png" : "jpeg");
    if (!png)
        writer.setQuality(88);
    if (!writer.write(image))
        return tr("%1 cannot be prepared: %2").arg(name, writer.errorString());
    if (bytes.size() > reportPhotoMaxBytes)
        return tr("%1 is larger than %2 MB, even without its metadata. Take a photo with a "
                  "lower resolution.")
            .arg(name)
            .arg(reportPhotoMaxBytes / (1024 * 1024));
    ReportPhotoUpload upload;
    upload.photo.fileName = name;
    upload.photo.mimeType = png ? u"image/png"_s : u"image/jpeg"_s;
    upload.photo.size = bytes.size();
    upload.data = bytes;
    m_photos.append(upload);
    m_photoList->addItem(tr("%1 (%2 kB)").arg(name).arg((bytes.size() + 1023) / 1024));
    check();
    return {};
}

void ReportForm::pickPhotos()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add photos"), QString(),
                                                            tr("Pictures (*.jpg *.jpeg *.png)"));
    QStringList problems;
    for (const QString &f : files) {
        if (const QString p = addPhoto(f); !p.isEmpty())
            problems << p;
    }
    m_photoProblem->setText(problems.join(u'\n'));
}

void ReportForm::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReportForm::dropEvent(QDropEvent *event)
{
    QStringList problems;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) {
            problems << tr("%1 is not a file on this computer.").arg(url.toDisplayString());
            continue;
        }
        if (const QString p = addPhoto(url.toLocalFile()); !p.isEmpty())
            problems << p;
    }
    m_photoProblem->setText(problems.join(u'\n'));
    event->acceptProposedAction();
}

void ReportForm::file()
{
    const Report r = report();
    if (!checkNewReport(r, m_category).ok() || !m_store)
        return;
    Report filed = r;
    filed.receivedNis =
        m_store->session().municipality.isEmpty() ? r.locationNis : m_store->session().municipality;
    auto command = std::make_shared<CreateReportCommand>(filed, m_category, m_photos,
                                                         m_store->session().staffId, m_language);
    const QString refusal = command->refusal();
    if (!refusal.isEmpty()) {
        m_problem->setText(refusal);
        return;
    }
    const QString id = command->recordId();
    m_store->submit(command);
    emit reportFiled(id);
    accept();
}

void ReportForm::linkInstead()
{
    const int row = m_similarList->currentRow();
    if (!m_citizen || !m_store || row < 0 || row >= m_similar.size())
        return;
    const QString reportId = m_similar.at(row).id;
    m_store->submit(std::make_shared<LinkCitizenToReportCommand>(reportId, m_citizen->id));
    emit citizenLinked(reportId);
    accept();
}

} // namespace loket::ui
