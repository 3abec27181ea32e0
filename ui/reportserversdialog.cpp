#include "reportserversdialog.h"

#include "cachequery.h"
#include "store/reportcommands.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::ui {

ReportServersDialog::ReportServersDialog(Store &store, const QString &cachePath,
                                         ReferenceData reference, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_cachePath(cachePath)
    , m_reference(std::move(reference))
{
    setObjectName(u"reportServersDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"reportServerList"_s);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setPlaceholderText(u"https://meldingen.example.be/open311/v2/"_s);
    m_url->setMaxLength(500);
    m_jurisdiction = new QLineEdit(this);
    m_jurisdiction->setObjectName(u"jurisdictionEdit"_s);
    m_jurisdiction->setMaxLength(200);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_key->setMaxLength(500);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(u"JSON"_s, u"json"_s);
    m_format->addItem(u"XML"_s, u"xml"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"reportServerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_jurisdictionLabel = new QLabel(this);
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    m_keyLabel = new QLabel(this);
    m_keyLabel->setBuddy(m_key);
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_jurisdictionLabel, m_jurisdiction);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_formatLabel, m_format);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(u"saveServerButton"_s);
    m_useHub = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_useHub->setObjectName(u"useHubButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &ReportServersDialog::save);
    connect(m_useHub, &QPushButton::clicked, this, &ReportServersDialog::useHub);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReportServersDialog::showSelected);
    // What the store did with a save: a refusal is said here, a success shows in the list.
    connect(&m_store, &Store::writeRefused, this,
            [this](RecordType type, const QString &id, const QString &message) {
                if (type == RecordType::Municipality && id == selectedMunicipality())
                    m_message->setText(message);
            });
    connect(&m_store, &Store::writeFailed, this,
            [this](RecordType type, const QString &id, const QString &message) {
                if (type == RecordType::Municipality && id == selectedMunicipality())
                    m_message->setText(message);
            });
    connect(&m_store, &Store::recordsChanged, this,
            [this](RecordType type, const QStringList &ids) {
                if (type != RecordType::Municipality || !ids.contains(selectedMunicipality()))
                    return;
                m_message->setText(tr("Saved. New reports for %1 go the way shown; reports "
                                      "already waiting keep theirs.")
                                       .arg(m_reference.municipalityName(ids.constFirst())));
                reload();
            });
    retranslate();
    resize(720, 520);
    reload();
}

ReportServersDialog::~ReportServersDialog()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ReportServersDialog::retranslate()
{
    setWindowTitle(tr("Report servers"));
    m_intro->setText(tr("New reports go to the regional hub, which forwards them. A "
                        "municipality with its own Open311 (GeoReport v2) server can receive "
                        "its reports there instead; this setting holds for this computer."));
    m_list->setHeaderLabels({tr("Municipality"), tr("New reports go to")});
    m_urlLabel->setText(tr("Server &address:"));
    m_jurisdictionLabel->setText(tr("&Jurisdiction:"));
    m_keyLabel->setText(tr("API &key:"));
    m_formatLabel->setText(tr("&Format:"));
    m_save->setText(tr("&Save"));
    m_useHub->setText(tr("Send to the &hub"));
}

void ReportServersDialog::reload()
{
    m_loading = true;
    m_pendingSelection = selectedMunicipality();
    queryCache(
        this, m_cachePath, m_threads,
        [](QSqlDatabase db, QString *error) {
            Open311Journal journal(db);
            auto targets = journal.targets();
            *error = journal.errorString();
            return targets;
        },
        [this](QList<std::pair<QString, Open311Target>> targets, const QString &error) {
            m_loading = false;
            m_targets = std::move(targets);
            if (!error.isEmpty())
                m_message->setText(tr("The settings could not be read: %1").arg(error));
            QList<std::pair<QString, QString>> byName;
            for (auto it = m_reference.municipalities.cbegin();
                 it != m_reference.municipalities.cend(); ++it)
                byName.append({it.value(), it.key()});
            std::sort(byName.begin(), byName.end());
            const QString wanted = m_pendingSelection;
            m_list->clear();
            for (const auto &[name, nis] : std::as_const(byName)) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, name);
                item->setData(0, Qt::UserRole, nis);
                const auto target = std::find_if(m_targets.cbegin(), m_targets.cend(),
                                                 [&nis](const auto &t) { return t.first == nis; });
                item->setText(1, target == m_targets.cend()
                                     ? tr("The regional hub")
                                     : tr("Own server: %1").arg(target->second.base.host()));
                if (nis == wanted || (wanted.isEmpty() && m_list->topLevelItemCount() == 1))
                    m_list->setCurrentItem(item);
            }
            showSelected();
        });
}

QString ReportServersDialog::selectedMunicipality() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ReportServersDialog::showSelected()
{
    const QString nis = selectedMunicipality();
    const auto target = std::find_if(m_targets.cbegin(), m_targets.cend(),
                                     [&nis](const auto &t) { return t.first == nis; });
    const bool own = target != m_targets.cend();
    m_url->setText(own ? target->second.base.toString() : QString());
    m_jurisdiction->setText(own ? target->second.jurisdictionId : QString());
    m_key->setText(own ? target->second.apiKey : QString());
    m_format->setCurrentIndex(own && target->second.format == open311::Format::Xml ? 1 : 0);
    m_save->setEnabled(!nis.isEmpty());
    m_useHub->setEnabled(own);
}

void ReportServersDialog::save()
{
    const QString nis = selectedMunicipality();
    if (nis.isEmpty())
        return;
    Open311Target target;
    target.base = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    target.jurisdictionId = m_jurisdiction->text().trimmed();
    target.apiKey = m_key->text().trimmed();
    target.format = m_format->currentData().toString() == u"xml"_s ? open311::Format::Xml
                                                                   : open311::Format::Json;
    // Said at once; the store would refuse the same.
    if (const QString problem = open311TargetProblem(target); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_message->setText(tr("Saving…"));
    m_store.submit(std::make_shared<SetOpen311TargetCommand>(nis, target));
}

void ReportServersDialog::useHub()
{
    const QString nis = selectedMunicipality();
    if (nis.isEmpty())
        return;
    m_message->setText(tr("Saving…"));
    m_store.submit(std::make_shared<SetOpen311TargetCommand>(nis, std::nullopt));
}

} // namespace loket::ui
