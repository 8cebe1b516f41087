#pragma once

// What the CLI backup tests share: running the built CLI, and rewriting or planting backups the
// way anyone with write access to the folder could.
#include "core/backup/backupmanifest.h"
#include "tests/backup/backupfixture.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <sys/stat.h>

namespace dbpulse::test {

using namespace Qt::StringLiterals;

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("DBPULSE_CLI"), args);
    CliResult r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Copies the backup \a from to \a to with its manifest rewritten to have started at \a isoStart:
// the same verified archive, dated for a retention scenario.
inline bool copyBackupDated(const QString &from, const QString &to, const QString &isoStart)
{
    if (!copyTree(from, to))
        return false;
    QFile::remove(to + u"/verification.json"_s);
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(to, &m, &err))
        return false;
    m.started = QDateTime::fromString(isoStart, Qt::ISODate);
    m.finished = m.started.addSecs(5);
    return m.write(to, &err);
}

// The retention group prune prints for a backup: its database on its server.
inline QString groupOf(const QString &backup)
{
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(backup, &m, &err))
        return err;
    return m.database + u" [server "_s + m.systemIdentifier + u']';
}

// Rewrites the manifest of \a backup through \a edit (its self-checksum recomputed, as anyone with
// write access to the folder could).
inline bool editManifest(const QString &backup, const std::function<void(BackupManifest &)> &edit)
{
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(backup, &m, &err))
        return false;
    edit(m);
    return m.write(backup, &err);
}

// Writes \a m's JSON as \a dir/manifest.json without any checks (a planted manifest).
inline bool plantManifest(const QString &dir, const BackupManifest &m)
{
    QFile f(dir + u"/manifest.json"_s);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(m.toJson()).toJson()) > 0;
}

// Every directory under \a root 0700 and every file 0600 (links not followed); else the first offender.
inline QString notPrivate(const QString &root)
{
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : paths) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return path + u": cannot stat"_s;
        const mode_t want = S_ISDIR(st.st_mode) ? 0700 : 0600;
        if ((st.st_mode & 07777) != want || !(S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)))
            return u"%1: mode %2"_s.arg(path).arg(uint(st.st_mode & 07777), 4, 8, QChar(u'0'));
    }
    return {};
}

// Sets the modification time of everything under \a dir to \a when.
inline void backdate(const QString &dir, const QDateTime &when)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(when, QFileDevice::FileModificationTime);
    }
}

// A verified directory-format backup of the test dataset in a fresh database \a db, made by the
// CLI into \a outDir; its path, or empty with \a error.
inline QString makeCliBackup(const QString &adminUri, const QString &dbUri, const QString &db, const QString &outDir,
                             QString *error)
{
    if (!createDataset(adminUri, dbUri, db)) {
        *error = u"cannot create the dataset"_s;
        return {};
    }
    const CliResult b = cli({u"backup"_s, dbUri, u"--out"_s, outDir, u"--format"_s, u"directory"_s, u"--jobs"_s, u"2"_s,
                             u"--compress"_s, u"1"_s});
    if (b.exitCode != 0) {
        *error = b.err;
        return {};
    }
    return b.out.trimmed().split(u'\n').last();
}

} // namespace dbpulse::test
