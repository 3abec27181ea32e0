#include "../integration/synctestkit.h"
#include "demowindow.h"
#include "model/documentexplanation.h"
#include "store/connection.h"
#include "store/store.h"
#include "testcache.h"
#include "ui/demohub.h"
#include "ui/documentactiondialog.h"
#include "ui/documentdetail.h"
#include "ui/documentworklist.h"
#include "ui/dossierview.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/uilanguage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace loket;
using namespace loket::ui;

namespace {

using S = DocumentStatus;

Document path(const QString &name)
{
    Document d;
    d.id = name;
    d.citizenId = u"c"_s;
    d.title = u"Aanslagbiljet"_s;
    d.kind = u"tax_assessment"_s;
    d.channel = DeliveryChannel::Ebox;
    d.sentAt = u"2026-03-03T09:00:00Z"_s;
    QList<std::pair<S, QString>> events;
    const std::pair<S, QString> prepared{S::Prepared, u"2026-03-02T15:00:00Z"_s};
    const std::pair<S, QString> sent{S::Sent, u"2026-03-03T09:00:00Z"_s};
    const std::pair<S, QString> delivered{S::Delivered, u"2026-03-03T09:01:00Z"_s};
    const std::pair<S, QString> reminder{S::UnreadReminder, u"2026-03-18T09:01:00Z"_s};
    const std::pair<S, QString> fallback{S::FallbackToPaper, u"2026-04-02T09:01:00Z"_s};
    const std::pair<S, QString> paper{S::PaperSent, u"2026-04-03T09:00:00Z"_s};
    if (name == u"ebox read" || name == u"ebox read, out of order")
        events = {prepared, sent, delivered, {S::Read, u"2026-03-05T18:00:00Z"_s}};
    else if (name == u"ebox unread")
        events = {prepared, sent, delivered};
    else if (name == u"ebox, reminder, paper copy")
        events = {prepared, sent, delivered, reminder, fallback, paper};
    else if (name == u"ebox, paper copy not posted yet")
        events = {prepared, sent, delivered, reminder, fallback};
    else if (name == u"ebox, paper copy returned")
        events = {prepared,
                  sent,
                  delivered,
                  reminder,
                  fallback,
                  paper,
                  {S::Returned, u"2026-04-20T10:00:00Z"_s}};
    else if (name == u"ebox expiring") {
        d.expiresAt = u"2026-06-01T09:00:00Z"_s;
        events = {prepared, sent, delivered, reminder, {S::Expiring, u"2026-05-18T09:00:00Z"_s}};
    } else if (name == u"ebox expired") {
        d.expiresAt = u"2026-06-01T09:00:00Z"_s;
        events = {prepared,
                  sent,
                  delivered,
                  reminder,
                  {S::Expiring, u"2026-05-18T09:00:00Z"_s},
                  {S::Expired, u"2026-06-01T09:00:00Z"_s}};
    } else if (name.startsWith(u"paper")) {
        d.channel = DeliveryChannel::Paper;
        events = {prepared, {S::PaperSent, u"2026-03-03T09:00:00Z"_s}};
        if (name == u"paper returned")
            events.append({S::Returned, u"2026-03-12T10:00:00Z"_s});
    } else if (name == u"prepared only") {
        d.sentAt.clear();
        events = {prepared};
    }
    int seq = 0;
    for (const auto &[status, at] : events)
        d.history.append({++seq, status, at, {}});
    if (name.endsWith(u"out of order"))
        std::reverse(d.history.begin(), d.history.end());
    return d;
}

struct Sentences
{
    QString sentEbox, opened, reminder, paperMade, paperFollowed, sentPost, returned, usable,
        expired, notOpened, noConsent, consentLater, noConfirmation, prepared;
};

Sentences sentences(const QString &language)
{
    if (language == u"nl")
        return {u"Het werd op 3 maart 2026 naar uw eBox gestuurd."_s,
                u"U hebt het op 5 maart 2026 geopend."_s,
                u"Het werd niet binnen 15 dagen geopend, daarom werd op 18 maart 2026 een "
                "herinnering gestuurd."_s,
                u"Omdat het nog altijd niet geopend was, werd op 2 april 2026 een papieren "
                "exemplaar gemaakt; het wordt met de post verstuurd."_s,
                u"Omdat het nog altijd niet geopend was, volgde op 3 april 2026 een papieren "
                "exemplaar met de post."_s,
                u"Het werd u op 3 maart 2026 met de post gestuurd."_s,
                u"De post stuurde het op %1 terug als onbestelbaar: het adres moet nagekeken "
                "worden."_s,
                u"Het kan nog gebruikt worden tot 1 juni 2026."_s,
                u"Het is vervallen op 1 juni 2026."_s,
                u"Het is nog niet geopend."_s,
                u"Het ging met de post omdat u geen documenten in de eBox ontvangt."_s,
                u"Het ging met de post omdat u pas op 1 april 2026 voor de eBox koos, nadat het "
                "verstuurd was."_s,
                u"De post bevestigt de bezorging niet."_s,
                u"Dit document wordt voorbereid en is nog niet verstuurd."_s};
    if (language == u"fr")
        return {u"Il a été envoyé dans votre eBox le 3 mars 2026."_s,
                u"Vous l’avez ouvert le 5 mars 2026."_s,
                u"Il n’a pas été ouvert dans les 15 jours ; un rappel a donc été envoyé le "
                "18 mars 2026."_s,
                u"Comme il n’était toujours pas ouvert, une copie papier a été faite le "
                "2 avril 2026 ; elle sera envoyée par la poste."_s,
                u"Comme il n’était toujours pas ouvert, une copie papier a suivi par la poste le "
                "3 avril 2026."_s,
                u"Il vous a été envoyé par la poste le 3 mars 2026."_s,
                u"La poste l’a renvoyé comme non distribuable le %1 : l’adresse doit être "
                "vérifiée."_s,
                u"Il peut encore être utilisé jusqu’au 1 juin 2026."_s,
                u"Il a expiré le 1 juin 2026."_s,
                u"Il n’a pas encore été ouvert."_s,
                u"Il a été envoyé par la poste parce que vous ne recevez pas de documents dans "
                "l’eBox."_s,
                u"Il a été envoyé par la poste parce que vous n’avez choisi l’eBox que le "
                "1 avril 2026, après son envoi."_s,
                u"La poste ne confirme pas la distribution."_s,
                u"Ce document est en préparation et n’a pas encore été envoyé."_s};
    return {u"It was sent to your eBox on 3 March 2026."_s,
            u"You opened it on 5 March 2026."_s,
            u"It was not opened within 15 days, so a reminder was sent on 18 March 2026."_s,
            u"Because it was still not opened, a paper copy has been made on 2 April 2026; it "
            "will be posted."_s,
            u"Because it was still not opened, a paper copy followed by post on 3 April 2026."_s,
            u"It was sent to you by post on 3 March 2026."_s,
            u"The post returned it as undeliverable on %1: the address must be checked."_s,
            u"It can still be used until 1 June 2026."_s,
            u"It expired on 1 June 2026."_s,
            u"It has not been opened yet."_s,
            u"It went by post because you do not receive documents in the eBox."_s,
            u"It went by post because you chose the eBox only on 1 April 2026, after it was "
            "sent."_s,
            u"The post does not confirm delivery."_s,
            u"This document is being prepared and has not been sent yet."_s};
}

QString dateIn(const QString &language, int day, int month)
{
    return QLocale(language + u"_BE"_s).toString(QDate(2026, month, day), u"d MMMM yyyy"_s);
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explanation_data();
    void explanation();
    void historyTellsEventsAndActionsInOrder();
    void detailShowsThePathAndAsksForActions();
    void reasonIsRequiredAndLimited();
    void workListWindow();
    void actionsFromTheDossierReachTheHubOnce();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(u"cache.db"_s);
    const QString error = testing::TestCache::create(m_cache);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocuments::explanation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pathName");
    QTest::addColumn<QDate>("consent");
    QTest::addColumn<QString>("expected");

    for (const QString &language : {u"en"_s, u"nl"_s, u"fr"_s}) {
        const Sentences s = sentences(language);
        const QDate consent(2022, 1, 10);
        const auto row = [&language](const QString &name) -> QTestData & {
            return QTest::addRow("%s: %s", qPrintable(language), qPrintable(name))
                   << language << name;
        };
        row(u"ebox read"_s) << consent << s.sentEbox + u' ' + s.opened;
        row(u"ebox read, out of order"_s) << consent << s.sentEbox + u' ' + s.opened;
        row(u"ebox unread"_s) << consent << s.sentEbox + u' ' + s.notOpened;
        row(u"ebox, reminder, paper copy"_s)
            << consent << s.sentEbox + u' ' + s.reminder + u' ' + s.paperFollowed;
        row(u"ebox, paper copy not posted yet"_s)
            << consent << s.sentEbox + u' ' + s.reminder + u' ' + s.paperMade;
        row(u"ebox, paper copy returned"_s)
            << consent
            << s.sentEbox + u' ' + s.reminder + u' ' + s.paperFollowed + u' ' +
                   s.returned.arg(dateIn(language, 20, 4));
        row(u"ebox expiring"_s) << consent
                                << s.sentEbox + u' ' + s.reminder + u' ' + s.usable + u' ' +
                                       s.notOpened;
        row(u"ebox expired"_s) << consent << s.sentEbox + u' ' + s.reminder + u' ' + s.expired;
        row(u"paper, no eBox"_s) << QDate()
                                 << s.sentPost + u' ' + s.noConsent + u' ' + s.noConfirmation;
        row(u"paper, eBox chosen later"_s)
            << QDate(2026, 4, 1) << s.sentPost + u' ' + s.consentLater + u' ' + s.noConfirmation;
        row(u"paper returned"_s) << QDate()
                                 << s.sentPost + u' ' + s.returned.arg(dateIn(language, 12, 3)) +
                                        u' ' + s.noConsent;
        row(u"prepared only"_s) << QDate() << s.prepared;
    }
}

void TestDocuments::explanation()
{
    QFETCH(QString, language);
    QFETCH(QString, pathName);
    QFETCH(QDate, consent);
    QFETCH(QString, expected);

    QTranslator translator;
    if (language != u"en") {
        QVERIFY(translator.load(u":/i18n/loket_"_s + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const QString told =
        DocumentExplanation::explain(path(pathName), consent, QLocale(language + u"_BE"_s));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(told, expected);
}

void TestDocuments::historyTellsEventsAndActionsInOrder()
{
    Dossier dossier;
    dossier.citizen = testing::TestCache::citizen(testing::TestCache::marie1954);
    Document d = path(u"ebox read, out of order"_s);
    d.citizenId = dossier.citizen.id;
    dossier.documents = {d};
    DocumentAction explained;
    explained.id = u"a1"_s;
    explained.citizenId = d.citizenId;
    explained.documentId = d.id;
    explained.kind = DocumentActionKind::Explained;
    explained.occurredAt = u"2026-03-04T10:00:00Z"_s;
    explained.version = 3;
    DocumentAction copy = explained;
    copy.id = u"a2"_s;
    copy.kind = DocumentActionKind::PaperCopy;
    copy.reason = u"Cannot open the eBox"_s;
    copy.occurredAt = u"2026-03-06T10:00:00Z"_s;
    copy.version = 0; // still in the outbox
    DocumentAction otherDocument = explained;
    otherDocument.id = u"a3"_s;
    otherDocument.documentId = u"someone else's"_s;
    dossier.documentActions = {copy, explained, otherDocument};

    DocumentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDossier(dossier, {});
    QCOMPARE(model.rowCount(), 0);
    model.setDocumentId(d.id);
    QCOMPARE(model.rowCount(), 6);
    const auto what = [&model](int row) {
        return model.index(row, DocumentHistoryModel::WhatColumn).data().toString();
    };
    QCOMPARE(what(3), u"Explained to the citizen"_s);
    QCOMPARE(what(5), u"Paper copy requested"_s);
    const QString details = model.index(5, DocumentHistoryModel::DetailsColumn).data().toString();
    QVERIFY2(details.contains(u"Cannot open the eBox"_s), qPrintable(details));
    QVERIFY2(details.contains(u"not yet sent"_s), qPrintable(details));
    // Events by time although they arrived last-first.
    QVERIFY(model.index(0, 0).data(SortRole).toDateTime() <
            model.index(1, 0).data(SortRole).toDateTime());
    model.setDocumentId(u"unknown"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestDocuments::detailShowsThePathAndAsksForActions()
{
    Dossier dossier;
    dossier.citizen = testing::TestCache::citizen(testing::TestCache::marie1954);
    Document d = path(u"ebox unread"_s);
    Document prepared = path(u"prepared only"_s);
    dossier.documents = {d, prepared};

    DocumentDetail detail;
    QAbstractItemModelTester tester(detail.historyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    detail.setDossier(dossier, {});
    auto *paperCopy = detail.findChild<QPushButton *>(u"paperCopyButton"_s);
    auto *explained = detail.findChild<QPushButton *>(u"explainedButton"_s);
    auto *eboxHelp = detail.findChild<QPushButton *>(u"eboxHelpButton"_s);
    QVERIFY(paperCopy && explained && eboxHelp);
    // Marie uses the eBox: no activation help to record.
    QVERIFY(dossier.citizen.eboxConsent);
    QVERIFY(eboxHelp->isHidden());
    dossier.citizen.eboxConsent = false;
    dossier.citizen.eboxSince.clear();
    detail.setDossier(dossier, {});
    QVERIFY(!eboxHelp->isHidden());
    QVERIFY(!detail.explanation().isEmpty()); // a hint to pick a document
    QVERIFY(!explained->isEnabled());

    detail.setDocument(d.id);
    QCOMPARE(detail.explanation(), DocumentExplanation::explain(d, QDate(), QLocale()));
    QVERIFY(!paperCopy->isEnabled()); // no store connected yet
    detail.setActionsEnabled(true);
    QVERIFY(paperCopy->isEnabled());

    QSignalSpy asked(&detail, &DocumentDetail::actionRequested);
    QTest::mouseClick(paperCopy, Qt::LeftButton);
    QTest::mouseClick(eboxHelp, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).at(0).value<DocumentActionKind>(), DocumentActionKind::PaperCopy);
    QCOMPARE(asked.at(0).at(1).toString(), d.id);
    QCOMPARE(asked.at(1).at(0).value<DocumentActionKind>(), DocumentActionKind::EboxActivationHelp);
    QVERIFY(asked.at(1).at(1).toString().isEmpty());

    // Nothing was sent yet: nothing to copy or resend, but it can be explained.
    detail.setDocument(prepared.id);
    QVERIFY(!paperCopy->isEnabled());
    QVERIFY(explained->isEnabled());
}

void TestDocuments::reasonIsRequiredAndLimited()
{
    DocumentActionDialog dialog(DocumentActionKind::Resend, u"Aanslagbiljet"_s);
    auto *reason = dialog.findChild<QComboBox *>(u"documentActionReason"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(reason && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason->lineEdit(), u"   "_s);
    QVERIFY(!ok->isEnabled()); // blank is no reason
    reason->lineEdit()->clear();
    QTest::keyClicks(reason->lineEdit(), QString(600, u'x'));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason().size(), documentActionReasonMaxLength);

    DocumentActionDialog help(DocumentActionKind::EboxActivationHelp, QString());
    QVERIFY(help.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestDocuments::workListWindow()
{
    DocumentWorkListWindow window(m_cache, {{u"24038"_s, u"Herent"_s}, {u"24062"_s, u"Leuven"_s}});
    QAbstractItemModelTester tester(window.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setToday(QDate(2026, 11, 28));
    QSignalSpy finished(&window, &DocumentWorkListWindow::finished);
    window.show();
    window.refresh();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!window.isRunning());
    // Marie (assistance notes) has not opened her tax assessment since 12 March.
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->item(0).document.id, u"d-0001"_s);
    QCOMPARE(window.model()->item(0).daysWaiting, 261);
    auto *status = window.findChild<QLabel *>(u"workListStatus"_s);
    QVERIFY(status->text().contains(u'1'));

    auto *list = window.findChild<QComboBox *>(u"workListKind"_s);
    list->setCurrentIndex(1); // paper returned
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->item(0).document.id, u"d-0002"_s);

    auto *municipality = window.findChild<QComboBox *>(u"workListMunicipality"_s);
    municipality->setCurrentIndex(municipality->findData(u"24062"_s));
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(window.model()->rowCount(), 0);
    QVERIFY(status->text().contains(u"No documents"_s));

    municipality->setCurrentIndex(municipality->findData(u"24038"_s));
    QTRY_COMPARE(finished.size(), 4);
    QSignalSpy open(&window, &DocumentWorkListWindow::dossierRequested);
    auto *view = window.findChild<QTreeView *>(u"workListView"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), QString::fromLatin1(testing::TestCache::marie1954));
    QCOMPARE(open.first().at(1).toString(), u"d-0002"_s);

    // The regional view: every document sent in the last N days, newest first.
    auto *days = window.findChild<QSpinBox *>(u"workListDays"_s);
    list->setCurrentIndex(2);
    QTRY_COMPARE(finished.size(), 5);
    QCOMPARE(window.model()->list(), DocumentWorkList::SentRecently);
    QCOMPARE(window.model()->rowCount(), 0); // nothing sent to Herent in the last 15 days
    days->setValue(400);
    QTRY_COMPARE(finished.size(), 6);
    QCOMPARE(window.model()->rowCount(), 2); // the tax assessment and the parking permit
    QCOMPARE(view->model()->index(0, DocumentWorkListModel::SinceColumn).data().toString(),
             window.model()->index(0, DocumentWorkListModel::SinceColumn).data().toString());
    QCOMPARE(window.model()->item(0).document.id, u"d-0001"_s);
    QCOMPARE(window.model()->index(0, DocumentWorkListModel::ChannelColumn).data().toString(),
             u"eBox"_s);
}

void TestDocuments::actionsFromTheDossierReachTheHubOnce()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(LOKET_HUB_BINARY)), LOKET_HUB_BINARY);
    testing::DemoWindow demoWindow(m_dir.path(), 300, QStringLiteral(LOKET_HUB_BINARY));
    QString error;
    QVERIFY2(demoWindow.waitUntilReady(&error), qPrintable(error));
    ui::MainWindow &window = demoWindow.window();
    ui::DemoHub &demo = demoWindow.demo();

    // A citizen with a document that went out.
    const QString documentId = demoWindow.scalar(
        u"SELECT id FROM document WHERE status <> 'prepared' ORDER BY id LIMIT 1"_s);
    QVERIFY(!documentId.isEmpty());
    const QString citizenId =
        demoWindow.scalar(u"SELECT citizen_id FROM document WHERE id = ?"_s, {documentId});
    QVERIFY(window.openDossier(citizenId));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // the documents tab
    auto *view = window.findChild<QTreeView *>(u"documentsView"_s);
    QVERIFY(view && view->isVisible());
    DocumentDetail *detail = window.dossierView()->documentDetail();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        view->setCurrentIndex(view->model()->index(row, 0));
        if (detail->documentId() == documentId)
            break;
    }
    QCOMPARE(detail->documentId(), documentId);
    QVERIFY(!detail->explanation().isEmpty());
    const int eventsBefore = detail->historyModel()->rowCount();

    // "Explained" in one click; a paper copy through the dialog, with a typed reason.
    QSignalSpy recorded(&window, &ui::MainWindow::documentActionRecorded);
    auto *explained = detail->findChild<QPushButton *>(u"explainedButton"_s);
    QTRY_VERIFY(explained->isEnabled());
    QTest::mouseClick(explained, Qt::LeftButton);
    QCOMPARE(recorded.size(), 1);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<DocumentActionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        auto *reason = dialog->findChild<QComboBox *>(u"documentActionReason"_s);
        QTest::keyClicks(reason->lineEdit(), u"Kan de eBox niet openen"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(detail->findChild<QPushButton *>(u"paperCopyButton"_s), Qt::LeftButton);
    QVERIFY(dialogSeen);
    QCOMPARE(recorded.size(), 2);
    // Shown at once in the document's history, before the hub answered or not.
    QTRY_COMPARE(detail->historyModel()->rowCount(), eventsBefore + 2);

    // Both reach the hub, once each, with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(window.store()->pendingCount() == 0, 60000);
    kit::HubApi api(demo.hub().url());
    const QByteArray token = api.login(demo.account().user, demo.account().password);
    const QString paperId = recorded.at(1).at(0).toString();
    const kit::HttpReply r = api.request("GET", u"/api/v1/document-actions/"_s + paperId, token);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"kind"_s).toString(), u"paper_copy"_s);
    QCOMPARE(r.json().value(u"reason"_s).toString(), u"Kan de eBox niet openen"_s);
    QCOMPARE(r.json().value(u"document_id"_s).toString(), documentId);
    const auto feed = api.readFeed(token);
    QVERIFY(feed);
    int actions = 0;
    for (auto it = feed->records.cbegin(); it != feed->records.cend(); ++it)
        actions += it.key().startsWith(u"document_action:"_s) ? 1 : 0;
    QCOMPARE(actions, 2);
    // The hub's version came back into the cache: the history no longer says "not yet sent".
    QTRY_VERIFY_WITH_TIMEOUT(
        !detail->historyModel()
             ->index(detail->historyModel()->rowCount() - 1, DocumentHistoryModel::DetailsColumn)
             .data()
             .toString()
             .contains(u"not yet sent"_s),
        60000);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
