#include "core/metrics/sqliteintegritystore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

namespace {

bool touch(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly);
}

} // namespace

class TestSqliteIntegrityStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsAndReadsBackPrivately()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(touch(db));
        const SqliteIntegrityStore store(dir.filePath(QStringLiteral("records")));
        QVERIFY(!store.last(db));
        const QDateTime when = QDateTime::currentDateTime();
        QString error;
        QVERIFY2(store.record(db, {when, false, QStringLiteral("PRAGMA integrity_check(100)"), QStringLiteral("page 7 never used")}, &error),
                 qPrintable(error));
        const auto r = store.last(db);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QCOMPARE(r->checkedAt.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
        QCOMPARE(r->summary, QStringLiteral("page 7 never used"));
        QCOMPARE(QFileInfo(store.directory()).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(store.recordPath(db)).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        // The same file by another name is the same record; another file has none.
        QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.db"))));
        QVERIFY(store.last(dir.filePath(QStringLiteral("link.db"))));
        QVERIFY(touch(dir.filePath(QStringLiteral("other.db"))));
        QVERIFY(!store.last(dir.filePath(QStringLiteral("other.db"))));
    }

    void recordsOfDeletedFilesArePruned()
    {
        QTemporaryDir dir;
        const SqliteIntegrityStore store(dir.filePath(QStringLiteral("records")));
        const QString gone = dir.filePath(QStringLiteral("gone.db"));
        const QString kept = dir.filePath(QStringLiteral("kept.db"));
        QVERIFY(touch(gone));
        QVERIFY(touch(kept));
        QVERIFY(store.record(gone, {QDateTime::currentDateTime(), true, {}, QStringLiteral("ok")}));
        const QString goneRecord = store.recordPath(gone);
        QVERIFY(QFile::exists(goneRecord));
        QVERIFY(QFile::remove(gone));
        QVERIFY(store.record(kept, {QDateTime::currentDateTime(), true, {}, QStringLiteral("ok")}));
        QVERIFY2(!QFile::exists(goneRecord), "the deleted database's record went with it");
        QVERIFY(store.last(kept));
    }
};

QTEST_GUILESS_MAIN(TestSqliteIntegrityStore)
#include "tst_sqliteintegritystore.moc"
