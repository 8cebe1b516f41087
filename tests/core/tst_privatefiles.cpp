// Files the user names (reports, exports) are written 0600 from their first byte, whatever the
// umask; an existing file is replaced, not rewritten; a link or a non-file is never written through.
#include "core/io/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace dbpulse;

namespace {

/// The mode bits of \a path itself (not of what a link points at); -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/// Everything in \a dir, hidden files included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A desktop's usual umask would make a new file 0644.
    void init() { m_oldUmask = ::umask(022); }
    void cleanup() { ::umask(m_oldUmask); }

    void newFileIsPrivateFromItsFirstByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        PrivateFileWriter writer(path);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        writer.device()->write("<html>first bytes");
        writer.device()->waitForBytesWritten(-1);
        // Before it is in place, the file being written is already owner-only.
        const QStringList pending = entries(dir.path());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(modeOf(dir.filePath(pending.first())), 0600);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(writer.commit(&error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(contentOf(path), QByteArray("<html>first bytes"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.html")});
    }

    void existingReadableFileIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
        old.close();
        QCOMPARE(modeOf(path), 0644);
        // Someone who opened the old report while it was readable…
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(writePrivateFile(path, "new report", &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(contentOf(path), QByteArray("new report"));
        // …still reads the old bytes, never the new ones.
        QCOMPARE(reader.readAll(), QByteArray("old report"));
    }

    void linkIsNotFollowed()
    {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(QStringLiteral("someone-elses"));
        QFile target(elsewhere);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("theirs");
        target.close();
        const QString link = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(QFile::link(elsewhere, link));
        QString error;
        QVERIFY(!writePrivateFile(link, "ours", &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(contentOf(elsewhere), QByteArray("theirs"));
        QCOMPARE(modeOf(elsewhere), 0644);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(entries(dir.path()).size(), 2); // nothing left behind
    }

    void nonFileIsNotReplaced()
    {
        QTemporaryDir dir;
        // A FIFO stands for a device (--output /dev/null): replacing it would remove it.
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        QString error;
        QVERIFY(!writePrivateFile(fifo, "ours", &error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
        QVERIFY(!writePrivateFile(dir.path(), "ours", &error));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void unfinishedWriteLeavesOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY(writePrivateFile(path, "complete", &error));
        {
            PrivateFileWriter writer(path);
            QVERIFY(writer.open(&error));
            writer.device()->write("half");
            // No commit: the export failed half-way.
        }
        QCOMPARE(contentOf(path), QByteArray("complete"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
        QVERIFY(!writePrivateFile(dir.filePath(QStringLiteral("no-such-folder/report.pdf")), "x", &error));
        QVERIFY2(error.contains(QLatin1String("no-such-folder")), qPrintable(error));
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
