#include "store/connection.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using loket::Connection;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList schemaOf(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"_s);
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.exec(u"PRAGMA "_s + name);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void freshCacheHasSettings();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerCache();
    void refusesNonSqliteFileUntouched();
    void refusesDamagedFileUntouched();
    void readOnlyNeedsCurrentSchema();
    void writeTransactionRollsBack();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSchema::freshCacheHasSettings()
{
    Connection c(u"test"_s);
    QVERIFY2(c.open(path(u"fresh.db"_s)), qPrintable(c.errorString()));
    QCOMPARE(loket::schema::userVersion(c.database()), loket::schema::latestVersion());
    QCOMPARE(pragma(c.database(), u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(c.database(), u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(pragma(c.database(), u"foreign_keys"_s), u"1"_s);
    QVERIFY(pragma(c.database(), u"busy_timeout"_s).toInt() >= 1000);
    QVERIFY(c.handle() != nullptr);
    QCOMPARE(pragma(c.database(), u"integrity_check"_s), u"ok"_s);
}

void TestSchema::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < loket::schema::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestSchema::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QStringList expected;
    {
        Connection fresh(u"fresh"_s);
        QVERIFY(fresh.open(path(u"reference.db"_s)));
        expected = schemaOf(fresh.database());
    }
    const QString old = path(u"old-%1.db"_s.arg(from));
    {
        // Build a cache as an older Loket left it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(loket::schema::migrate(db, &error, from), qPrintable(error));
        QCOMPARE(loket::schema::userVersion(db), from);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    Connection c(u"test"_s);
    QVERIFY2(c.open(old), qPrintable(c.errorString()));
    QCOMPARE(loket::schema::userVersion(c.database()), loket::schema::latestVersion());
    QCOMPARE(schemaOf(c.database()), expected);
}

void TestSchema::refusesNewerCache()
{
    const QString file = path(u"newer.db"_s);
    {
        Connection c(u"test"_s);
        QVERIFY(c.open(file));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(loket::schema::latestVersion() + 1)));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = fileHash(file);
    Connection c(u"test"_s);
    QVERIFY(!c.open(file));
    QCOMPARE(c.error(), Connection::Error::NewerSchema);
    QVERIFY(c.errorString().contains(u"newer version"_s));
    QVERIFY(!c.isOpen());
    QCOMPARE(fileHash(file), before);
}

void TestSchema::refusesNonSqliteFileUntouched()
{
    const QString file = path(u"notes.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are not the citizens you are looking for.\n");
    }
    const QByteArray before = fileHash(file);
    Connection c(u"test"_s);
    QVERIFY(!c.open(file));
    QCOMPARE(c.error(), Connection::Error::NotADatabase);
    QVERIFY(c.errorString().contains(u"not an SQLite database"_s));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TestSchema::refusesDamagedFileUntouched()
{
    const QString file = path(u"damaged.db"_s);
    {
        Connection c(u"test"_s);
        QVERIFY(c.open(file));
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
    }
    {
        // Keep the SQLite header, destroy the rest of page 1 (the schema).
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3000, '\xAB'));
    }
    const QByteArray before = fileHash(file);
    Connection c(u"test"_s);
    QVERIFY(!c.open(file));
    QCOMPARE(c.error(), Connection::Error::Damaged);
    QVERIFY(c.errorString().contains(u"damaged"_s));
    QCOMPARE(fileHash(file), before);
}

void TestSchema::readOnlyNeedsCurrentSchema()
{
    Connection missing(u"test"_s);
    QVERIFY(!missing.open(path(u"absent.db"_s), Connection::Mode::ReadOnly));
    QCOMPARE(missing.error(), Connection::Error::CannotOpen);
    QVERIFY(!QFile::exists(path(u"absent.db"_s)));

    const QString file = path(u"ro.db"_s);
    Connection writer(u"writer"_s);
    QVERIFY(writer.open(file));
    Connection reader(u"reader"_s);
    QVERIFY2(reader.open(file, Connection::Mode::ReadOnly), qPrintable(reader.errorString()));
    QSqlQuery q(reader.database());
    QVERIFY(!q.exec(u"INSERT INTO meta(key, value) VALUES ('a', 'b')"_s));
}

void TestSchema::writeTransactionRollsBack()
{
    Connection c(u"test"_s);
    QVERIFY(c.open(path(u"tx.db"_s)));
    {
        loket::WriteTransaction tx(c.database());
        QVERIFY(tx.isActive());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"INSERT INTO meta(key, value) VALUES ('dropped', 'x')"_s));
    }
    {
        loket::WriteTransaction tx(c.database());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(u"INSERT INTO meta(key, value) VALUES ('kept', 'y')"_s));
        QVERIFY(tx.commit());
    }
    QSqlQuery q(c.database());
    QVERIFY(q.exec(u"SELECT group_concat(key) FROM meta"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"kept"_s);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
