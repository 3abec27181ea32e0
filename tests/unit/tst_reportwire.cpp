// The report and category extras of issue 4 in the wire format (core/sync/wire.h): notify_by,
// extra field values, photo metadata and a category's extra fields survive a round trip; bodies
// written before they existed still read; a mistyped extra names its field; isOverdue().

#include "model/report.h"
#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

class TestReportWire : public QObject
{
    Q_OBJECT

private slots:
    void reportExtrasRoundTrip();
    void categoryFieldsRoundTrip();
    void oldBodiesStillRead();
    void badExtras_data();
    void badExtras();
    void overdue_data();
    void overdue();
};

namespace {

QJsonObject oldReport()
{
    return QJsonObject{{u"id"_s, u"7c0e0e5e-5a36-4a43-9d43-0c4b1f0e3a11"_s},
                       {u"public_number"_s, u"M-2026-0000042"_s},
                       {u"category"_s, u"litter"_s},
                       {u"status"_s, u"received"_s},
                       {u"created_at"_s, u"2026-03-02T09:00:00.000Z"_s},
                       {u"version"_s, 3}};
}

} // namespace

void TestReportWire::reportExtrasRoundTrip()
{
    QString error;
    auto report = wire::reportFromJson(oldReport(), &error);
    QVERIFY2(report, qPrintable(error));
    report->notifyBy = NotifyChannel::Sms;
    report->attributes = {{u"size"_s, u"bag"_s}, {u"kind"_s, u"glass"_s}, {u"kind"_s, u"paper"_s}};
    report->photos = {{u"p1"_s, u"berm.jpg"_s, u"image/jpeg"_s, 123456},
                      {u"p2"_s, u"detail.png"_s, u"image/png"_s, 42}};
    const QJsonObject json = wire::toJson(*report);
    QCOMPARE(json.value(u"notify_by"_s).toString(), u"sms"_s);
    QCOMPARE(json.value(u"attributes"_s).toArray().at(0).toObject(),
             (QJsonObject{{u"code"_s, u"size"_s}, {u"value"_s, u"bag"_s}}));
    QCOMPARE(json.value(u"photos"_s).toArray().at(0).toObject().value(u"file_name"_s).toString(),
             u"berm.jpg"_s);
    const auto back = wire::reportFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->notifyBy, NotifyChannel::Sms);
    QCOMPARE(back->attributes, report->attributes);
    QCOMPARE(back->photos.size(), 2);
    QCOMPARE(back->photos.at(0).id, u"p1"_s);
    QCOMPARE(back->photos.at(0).mimeType, u"image/jpeg"_s);
    QCOMPARE(back->photos.at(0).size, 123456);
    QCOMPARE(back->photos.at(1).fileName, u"detail.png"_s);
    for (NotifyChannel c :
         {NotifyChannel::Email, NotifyChannel::Sms, NotifyChannel::Letter, NotifyChannel::None})
        QCOMPARE(notifyChannelFromCode(notifyChannelCode(c)), c);
}

void TestReportWire::categoryFieldsRoundTrip()
{
    Category c;
    c.code = u"streetlight"_s;
    c.nameNl = u"Straatlicht defect"_s;
    c.normWorkingDays = 10;
    c.fields = {
        {u"info"_s, u"text"_s, false, false, 0, u"Het nummer staat op de paal."_s, {}, {}, {}},
        {u"pole_number"_s,
         u"string"_s,
         true,
         true,
         1,
         u"Paalnummer"_s,
         u"Numéro du poteau"_s,
         u"Pole number"_s,
         {}},
        {u"state"_s,
         u"singlevaluelist"_s,
         false,
         true,
         2,
         u"Wat is er mis?"_s,
         {},
         {},
         {{u"out"_s, u"Brandt niet"_s, u"Éteint"_s, u"Not lit"_s}}}};
    QString error;
    const auto back = wire::categoryFromJson(wire::toJson(c), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->fields.size(), 3);
    QVERIFY(!back->fields.at(0).variable);
    QVERIFY(back->fields.at(1).required);
    QCOMPARE(back->fields.at(1).descriptionFr, u"Numéro du poteau"_s);
    QCOMPARE(back->fields.at(2).order, 2);
    QCOMPARE(back->fields.at(2).values.size(), 1);
    QCOMPARE(back->fields.at(2).values.at(0).nameEn, u"Not lit"_s);
}

void TestReportWire::oldBodiesStillRead()
{
    QString error;
    const auto report = wire::reportFromJson(oldReport(), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->notifyBy, NotifyChannel::None);
    QVERIFY(report->attributes.isEmpty());
    QVERIFY(report->photos.isEmpty());
    const auto category = wire::categoryFromJson(
        QJsonObject{{u"code"_s, u"litter"_s}, {u"name_nl"_s, u"Zwerfvuil"_s}}, &error);
    QVERIFY2(category, qPrintable(error));
    QVERIFY(category->fields.isEmpty());
    // A field without "variable" is an input, as in Open311.
    const auto withField = wire::categoryFromJson(
        QJsonObject{{u"code"_s, u"litter"_s},
                    {u"name_nl"_s, u"Zwerfvuil"_s},
                    {u"fields"_s, QJsonArray{QJsonObject{{u"code"_s, u"size"_s}}}}},
        &error);
    QVERIFY2(withField, qPrintable(error));
    QVERIFY(withField->fields.at(0).variable);
    QCOMPARE(withField->fields.at(0).datatype, u"string"_s);
}

void TestReportWire::badExtras_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("notify_by unknown") << u"notify_by"_s << QJsonValue(u"fax"_s) << u"notify_by"_s;
    QTest::newRow("attributes not a list")
        << u"attributes"_s << QJsonValue(u"x"_s) << u"attributes"_s;
    QTest::newRow("attribute without code")
        << u"attributes"_s << QJsonValue(QJsonArray{QJsonObject{{u"value"_s, u"x"_s}}})
        << u"code"_s;
    QTest::newRow("photo without id")
        << u"photos"_s << QJsonValue(QJsonArray{QJsonObject{{u"file_name"_s, u"a.jpg"_s}}})
        << u"id"_s;
    QTest::newRow("photo size not a number")
        << u"photos"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"p"_s}, {u"size"_s, u"big"_s}}})
        << u"size"_s;
}

void TestReportWire::badExtras()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = oldReport();
    json.insert(key, value);
    QString error;
    QVERIFY(!wire::reportFromJson(json, &error));
    QVERIFY2(error.contains(u"\"%1\""_s.arg(field)), qPrintable(error));
}

void TestReportWire::overdue_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 3, 10);
    QTest::newRow("open, expected yesterday")
        << u"in_progress"_s << u"2026-03-09"_s << today << true;
    QTest::newRow("open, expected today") << u"acknowledged"_s << u"2026-03-10"_s << today << false;
    QTest::newRow("forwarded, late") << u"forwarded"_s << u"2026-03-01"_s << today << true;
    QTest::newRow("resolved late") << u"resolved"_s << u"2026-03-01"_s << today << false;
    QTest::newRow("rejected late") << u"rejected"_s << u"2026-03-01"_s << today << false;
    QTest::newRow("no expected date") << u"received"_s << QString() << today << false;
}

void TestReportWire::overdue()
{
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    Report r;
    r.status = *reportStatusFromCode(status);
    r.expectedDate = expected;
    QCOMPARE(isOverdue(r, today), overdue);
}

QTEST_GUILESS_MAIN(TestReportWire)
#include "tst_reportwire.moc"
