#include "conflictdialog.h"
#include "wording.h"

#include "model/contactmoment.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace loket::ui {
namespace {

enum Column { Field, Difference, Base, Theirs, Mine, ColumnCount };

// The fields of a contact moment in the order a person reads them; others follow by key.
const QStringList contactOrder = {
    u"citizen_id"_s,    u"occurred_at"_s, u"channel"_s,          u"topic"_s,
    u"summary"_s,       u"outcome"_s,     u"follow_up_task"_s,   u"follow_up_owner"_s,
    u"follow_up_due"_s, u"staff_id"_s,    u"municipality_nis"_s, u"version"_s,
    u"updated_at"_s,    u"id"_s,
};

QString valueText(const QString &entityType, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? ConflictDialog::tr("yes") : ConflictDialog::tr("no");
    if (!value.isString())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (entityType == QLatin1String("contact_moment")) {
        if (key == QLatin1String("channel")) {
            if (const auto channel = contactChannelFromCode(text))
                return Wording::contactChannel(*channel);
        }
        if (key == QLatin1String("topic"))
            return Wording::contactTopic(text);
    }
    if (key == QLatin1String("occurred_at") || key == QLatin1String("updated_at")) {
        const QDateTime local = Wording::localTime(text);
        if (local.isValid())
            return QLocale().toString(local, QLocale::ShortFormat);
    }
    return text;
}

} // namespace

QString ConflictDialog::fieldLabel(const QString &entityType, const QString &key)
{
    if (key == QLatin1String("version"))
        return tr("Version on the regional service");
    if (key == QLatin1String("updated_at"))
        return tr("Last changed on the regional service");
    if (key == QLatin1String("id"))
        return tr("Record number");
    if (entityType != QLatin1String("contact_moment"))
        return key;
    if (key == QLatin1String("citizen_id"))
        return tr("Citizen");
    if (key == QLatin1String("occurred_at"))
        return tr("Time of the contact");
    if (key == QLatin1String("channel"))
        return tr("Channel");
    if (key == QLatin1String("topic"))
        return tr("Topic");
    if (key == QLatin1String("summary"))
        return tr("What was asked");
    if (key == QLatin1String("outcome"))
        return tr("Outcome");
    if (key == QLatin1String("follow_up_task"))
        return tr("Follow-up task");
    if (key == QLatin1String("follow_up_owner"))
        return tr("Follow-up by");
    if (key == QLatin1String("follow_up_due"))
        return tr("Follow-up due");
    if (key == QLatin1String("staff_id"))
        return tr("Staff member");
    if (key == QLatin1String("municipality_nis"))
        return tr("Municipality");
    return key;
}

ConflictDialog::ConflictDialog(Store &store, const SyncConflict &conflict,
                               const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_store(&store)
    , m_conflict(conflict)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Choose which version to keep"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(u"conflictIntro"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("%1\n\nSomeone changed this record on the regional service while you "
                      "changed it here. Compare the versions: \"Before\" is what both changes "
                      "started from. Nothing is overwritten until you choose.")
                       .arg(description));
    layout->addWidget(intro);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setAccessibleName(tr("The versions field by field"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Difference"), tr("Before"),
                                        tr("On the regional service (theirs)"),
                                        tr("On this computer (mine)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *explain = new QLabel(this);
    explain->setObjectName(u"conflictExplanation"_s);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    explain->setText(tr("Keep mine: your version is sent and becomes the current one; the "
                        "service keeps theirs in the record's history.\nTake theirs: your change "
                        "is dropped and this computer shows the service's version."));
    layout->addWidget(explain);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_takeTheirs = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"decideLaterButton"_s);
    later->setDefault(true); // Enter never chooses for the person
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { choose(ConflictResolution::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { choose(ConflictResolution::TakeTheirs); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill();
    resize(900, 480);
}

void ConflictDialog::fill()
{
    const QJsonObject base = QJsonDocument::fromJson(m_conflict.baseJson).object();
    const QJsonObject theirs = QJsonDocument::fromJson(m_conflict.theirsJson).object();
    const QJsonObject mine = QJsonDocument::fromJson(m_conflict.mineJson).object();
    QStringList keys;
    const bool contact = m_conflict.entityType == QLatin1String("contact_moment");
    if (contact)
        keys = contactOrder;
    QStringList others;
    for (const QJsonObject &o : {base, theirs, mine}) {
        for (const QString &k : o.keys()) {
            if (!keys.contains(k) && !others.contains(k))
                others << k;
        }
    }
    others.sort();
    keys += others;
    // A field none of the three has (an optional one left out) is not worth a row.
    keys.erase(std::remove_if(keys.begin(), keys.end(),
                              [&](const QString &k) {
                                  return !base.contains(k) && !theirs.contains(k) &&
                                         !mine.contains(k);
                              }),
               keys.end());

    m_table->setRowCount(int(keys.size()));
    const QString type = m_conflict.entityType;
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const QString b = valueText(type, key, base.value(key));
        const QString t = valueText(type, key, theirs.value(key));
        const QString m = valueText(type, key, mine.value(key));
        QString difference;
        if (t != m) {
            if (b == t)
                difference = tr("Changed here");
            else if (b == m)
                difference = tr("Changed on the service");
            else
                difference = tr("Changed on both sides");
        } else if (b != t) {
            difference = tr("Same change on both sides");
        }
        const bool differs = t != m;
        const QStringList cells = {fieldLabel(type, key),
                                   differs ? u"≠ "_s + difference : difference, b, t, m};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (differs) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void ConflictDialog::choose(ConflictResolution resolution)
{
    if (m_store)
        m_store->resolveConflict(m_conflict.id, resolution);
    emit resolved(m_conflict.id);
    accept();
}

} // namespace loket::ui
