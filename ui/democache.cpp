#include "democache.h"
#include "demo/demoseed.h"
#include "mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace loket::ui {

DemoCacheBuilder::DemoCacheBuilder(QObject *parent)
    : QObject(parent)
{}

DemoCacheBuilder::~DemoCacheBuilder()
{
    if (m_thread) {
        if (m_cancel)
            m_cancel->store(true);
        m_thread->wait();
    }
}

QString DemoCacheBuilder::defaultPath(qint64 citizens)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(u"demo-%1.loket"_s.arg(citizens));
}

void DemoCacheBuilder::openInWindow(MainWindow &window, const QString &path,
                                    const demo::RegionOptions &options)
{
    if (QFileInfo::exists(path)) {
        window.openCache(path);
        return;
    }
    auto *builder = new DemoCacheBuilder(&window);
    auto *dialog = new QProgressDialog(&window);
    dialog->setObjectName(u"demoProgressDialog"_s);
    dialog->setWindowModality(Qt::NonModal);
    dialog->setWindowTitle(tr("Demo region"));
    dialog->setLabelText(tr("Creating a demo region with %Ln generated citizens. This happens "
                            "once; the next start opens it at once.",
                            nullptr, int(options.citizens)));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setRange(0, 100);
    dialog->setValue(0);
    window.showPreparing(tr("Creating the demo region…"));

    connect(builder, &DemoCacheBuilder::progress, dialog, [dialog](qint64 done, qint64 total) {
        dialog->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(dialog, &QProgressDialog::canceled, builder, &DemoCacheBuilder::cancel);
    QPointer<MainWindow> target(&window);
    connect(
        builder, &DemoCacheBuilder::finished, builder,
        [builder, dialog, target](Outcome outcome, const QString &created, const QString &error) {
            dialog->deleteLater();
            builder->deleteLater();
            if (!target)
                return;
            switch (outcome) {
            case Outcome::Created:
                target->openCache(created);
                break;
            case Outcome::Cancelled:
                target->showNoCache(tr("The demo region was not created because it was "
                                       "cancelled. Start Loket with --demo to try again."));
                break;
            case Outcome::Failed:
                target->showNoCache(tr("The demo region could not be created: %1").arg(error));
                break;
            }
        });
    builder->start(path, options);
    dialog->show();
}

bool DemoCacheBuilder::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoCacheBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DemoCacheBuilder::start(const QString &path, const demo::RegionOptions &options)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<DemoCacheBuilder> self(this);
    auto cancelFlag = m_cancel;

    m_thread.reset(QThread::create([self, cancelFlag, path, options] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Progress arrives often; the UI hears of it only when the percentage moves.
        auto lastPercent = std::make_shared<int>(-1);
        const demo::Progress progress = [self, cancelFlag, lastPercent](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != *lastPercent) {
                *lastPercent = percent;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        };
        QString error;
        const bool ok = demo::seedCache(path, options, progress, &error);
        const Outcome outcome = ok                   ? Outcome::Created
                                : cancelFlag->load() ? Outcome::Cancelled
                                                     : Outcome::Failed;
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome, path, error] {
                if (self)
                    emit self->finished(outcome, path, error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(u"loket-demo-seed"_s);
    m_thread->start();
}

} // namespace loket::ui
