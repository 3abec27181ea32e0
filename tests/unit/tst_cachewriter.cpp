#include "store/cachewriter.h"
#include "store/connection.h"
#include "store/repositories.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loket;

namespace {

Document documentWith(const QString &id, int events)
{
    Document d;
    d.id = id;
    d.citizenId = u"c1"_s;
    d.title = u"Aanslagbiljet"_s;
    d.channel = DeliveryChannel::Ebox;
    d.sentAt = u"2026-01-05T09:00:00Z"_s;
    d.version = 1;
    for (int i = 1; i <= events; ++i)
        d.history.append({i, i == 1 ? DocumentStatus::Prepared : DocumentStatus::UnreadReminder,
                          u"2026-01-%1T09:00:00Z"_s.arg(i, 2, 10, QLatin1Char('0')),
                          u"note %1"_s.arg(i)});
    return d;
}

Report reportWith(const QString &id, int changes, const QStringList &citizens)
{
    Report r;
    r.id = id;
    r.publicNumber = u"M-2026-0000001"_s;
    r.categoryCode = u"pothole"_s;
    r.createdAt = u"2026-01-01T08:00:00Z"_s;
    r.citizenIds = citizens;
    r.version = 1;
    for (int i = 1; i <= changes; ++i)
        r.history.append({i, i == 1 ? ReportStatus::Received : ReportStatus::InProgress,
                          u"2026-01-%1T08:00:00Z"_s.arg(i, 2, 10, QLatin1Char('0')),
                          u"public %1"_s.arg(i), u"internal %1"_s.arg(i), u"staff"_s});
    return r;
}

int rows(QSqlDatabase db, const QString &sql, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCacheWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void documentHistoryIsReplaced_data();
    void documentHistoryIsReplaced();
    void reportHistoryAndCitizensAreReplaced();
    void emptyAndNullTextIsStoredAsEmpty();
    void textRoundTrips_data();
    void textRoundTrips();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestCacheWriter::init()
{
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<Connection>(u"writer-test"_s);
    QVERIFY2(m_connection->open(m_dir.filePath(u"cache.db"_s)),
             qPrintable(m_connection->errorString()));
}

void TestCacheWriter::cleanup()
{
    m_connection.reset();
    QFile::remove(m_dir.filePath(u"cache.db"_s));
}

void TestCacheWriter::documentHistoryIsReplaced_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("shorter") << 3 << 2;
    QTest::newRow("longer, several statements") << 2 << 19;
    QTest::newRow("exactly eight") << 8 << 8;
    QTest::newRow("emptied") << 4 << 0;
}

void TestCacheWriter::documentHistoryIsReplaced()
{
    QFETCH(int, first);
    QFETCH(int, second);
    CacheWriter writer(*m_connection);
    QVERIFY(writer.upsert(documentWith(u"d1"_s, first)));
    QVERIFY(writer.upsert(documentWith(u"other"_s, 5))); // a row in between
    QVERIFY(writer.upsert(documentWith(u"d1"_s, second)));
    const QSqlDatabase db = m_connection->database();
    QCOMPARE(rows(db, u"SELECT count(*) FROM document_event WHERE document_id = ?"_s, u"d1"_s),
             second);
    QCOMPARE(rows(db, u"SELECT count(*) FROM document_event WHERE document_id = ?"_s, u"other"_s),
             5);
    QCOMPARE(rows(db, u"SELECT count(*) FROM document WHERE id = ?"_s, u"d1"_s), 1);
    const QList<Document> stored = CacheReader(db).documentsFor(u"c1"_s);
    const auto it = std::find_if(stored.cbegin(), stored.cend(),
                                 [](const Document &d) { return d.id == u"d1"_s; });
    QVERIFY(it != stored.cend());
    QCOMPARE(it->history.size(), qsizetype(second));
    for (int i = 0; i < second; ++i) {
        QCOMPARE(it->history.at(i).seq, i + 1);
        QCOMPARE(it->history.at(i).note, u"note %1"_s.arg(i + 1));
    }
}

void TestCacheWriter::reportHistoryAndCitizensAreReplaced()
{
    CacheWriter writer(*m_connection);
    QVERIFY(writer.upsert(reportWith(u"r1"_s, 11, {u"c1"_s, u"c2"_s})));
    QVERIFY(writer.upsert(reportWith(u"r2"_s, 1, {u"c2"_s})));
    QVERIFY(writer.upsert(reportWith(u"r1"_s, 3, {u"c3"_s})));
    const QSqlDatabase db = m_connection->database();
    QCOMPARE(rows(db, u"SELECT count(*) FROM report_status WHERE report_id = ?"_s, u"r1"_s), 3);
    QCOMPARE(rows(db, u"SELECT count(*) FROM report_status WHERE report_id = ?"_s, u"r2"_s), 1);
    QCOMPARE(rows(db, u"SELECT count(*) FROM report_citizen WHERE report_id = ?"_s, u"r1"_s), 1);
    QCOMPARE(CacheReader(db).reportsFor(u"c1"_s).size(), 0);
    const QList<Report> forC3 = CacheReader(db).reportsFor(u"c3"_s);
    QCOMPARE(forC3.size(), 1);
    QCOMPARE(forC3.first().history.size(), 3);
    QCOMPARE(forC3.first().history.last().internalNote, u"internal 3"_s);
    QCOMPARE(forC3.first().status, ReportStatus::InProgress);
}

void TestCacheWriter::emptyAndNullTextIsStoredAsEmpty()
{
    CacheWriter writer(*m_connection);
    Citizen c; // every optional text left as a null QString
    c.id = u"c1"_s;
    c.familyName = u"Peeters"_s;
    c.givenNames = u"Jan"_s;
    QVERIFY2(writer.upsert(c), qPrintable(writer.errorString()));
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(
        u"SELECT phone IS NULL, phone = '', email = '', national_number IS NULL FROM citizen"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 1); // optional columns stay NULL when empty, by design
}

void TestCacheWriter::textRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"Kerkstraat"_s;
    QTest::newRow("latin") << u"Brabançonnestraat"_s;
    QTest::newRow("turkish") << u"Şahin Yılmaz Çağrı Öztürk"_s;
    QTest::newRow("polish") << u"Łukasz Wiśniewski Żaneta"_s;
    QTest::newRow("arabic") << u"محمد العمراني"_s;
    QTest::newRow("emoji, surrogates") << u"🙂 Jan 👍🏽"_s;
    QTest::newRow("ascii then more") << u"Rue de l'Église n°5"_s;
    QTest::newRow("long") << QString(5000, u'ø');
}

void TestCacheWriter::textRoundTrips()
{
    QFETCH(QString, text);
    CacheWriter writer(*m_connection);
    Citizen c;
    c.id = u"c1"_s;
    c.familyName = text;
    c.givenNames = u"x"_s;
    c.street = text;
    QVERIFY(writer.upsert(c));
    c.familyName = u"short"_s; // a second bind of the same parameter reuses its buffer
    c.id = u"c2"_s;
    QVERIFY(writer.upsert(c));
    const auto first = CacheReader(m_connection->database()).citizen(u"c1"_s);
    QVERIFY(first);
    QCOMPARE(first->familyName, text);
    QCOMPARE(first->street, text);
    QCOMPARE(CacheReader(m_connection->database()).citizen(u"c2"_s)->familyName, u"short"_s);
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
