#include "core/backup/backupverifier.h"

#include "core/backup/backuplogging.h"
#include "core/backup/filehasher.h"
#include "core/backup/pgarchiveheader.h"
#include "core/backup/pgtools.h"
#include "core/backup/sqlitebackup.h"
#include "core/backup/toolrunner.h"
#include "core/backup/verificationrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dbpulse {

VerifyResult verifyBackup(const QString &backupDir, const JobContext &ctx)
{
    VerifyResult r;
    auto bad = [&r](const QString &file, const QString &why) {
        r.badFile = file;
        r.error = file + QLatin1String(": ") + why;
        return r;
    };
    const QDir dir(backupDir);
    if (!dir.exists())
        return bad(backupDir, QCoreApplication::translate("Backup", "no such backup directory"));
    QString err;
    if (!BackupManifest::read(backupDir, &r.manifest, &err)) {
        r.badFile = BackupManifest::fileName();
        r.error = err;
        return r;
    }

    const qint64 total = std::max<qint64>(1, r.manifest.totalBytes());
    qint64 before = 0;
    for (const BackupFileEntry &f : std::as_const(r.manifest.files)) {
        const QFileInfo info(dir.filePath(f.path));
        if (!info.exists())
            return bad(f.path, QStringLiteral("missing"));
        if (info.size() != f.size) {
            return bad(f.path, QCoreApplication::translate("Backup", "size %1 bytes, the manifest says %2 (truncated or replaced)")
                                   .arg(info.size()).arg(f.size));
        }
        QString sha;
        qint64 size = 0;
        const bool hashed = hashFile(info.filePath(), &sha, &size, ctx, &err, [&](qint64 n) {
            if ((n & ((1 << 24) - 1)) < (1 << 20))
                ctx.reportProgress(int((before + n) * 90 / total), QCoreApplication::translate("Backup", "Checking %1").arg(f.path));
        });
        if (!hashed)
            return err == QLatin1String("cancelled") ? bad(f.path, err) : bad(f.path, QCoreApplication::translate("Backup", "cannot read: %1").arg(err));
        if (sha != f.sha256 || size != f.size)
            return bad(f.path, QCoreApplication::translate("Backup", "SHA-256 differs from the manifest (damaged)"));
        before += f.size;
    }

    if (r.manifest.kind == QLatin1String("sqlite")) {
        if (const QString problem = sqliteCheckArchive(dir.filePath(r.manifest.archive), &r.tocEntries); !problem.isEmpty())
            return bad(r.manifest.archive, problem);
        r.ok = true;
        return r;
    }
    // Checksums prove the bytes are the ones pg_dump wrote; --list proves pg_restore can read them.
    ctx.reportProgress(92, QCoreApplication::translate("Backup", "Reading the archive's table of contents"));
    const PgTool pgRestore = findPgRestore(backupDumpMajor(backupDir, r.manifest), 0, &err);
    if (pgRestore.program.isEmpty()) {
        r.error = err;
        return r;
    }
    ToolRun run;
    run.program = pgRestore.program;
    run.environment = QProcessEnvironment::systemEnvironment();
    run.environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    run.arguments = QStringList{QStringLiteral("--list"), dir.filePath(r.manifest.archive)};
    run.context = ctx;
    QByteArray pending;
    run.stdoutSink = [&](const QByteArray &chunk) {
        pending += chunk;
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            if (nl > 0 && pending.at(0) != ';')
                ++r.tocEntries;
            pending.remove(0, nl + 1);
        }
        return true;
    };
    if (!run.run())
        return bad(r.manifest.archive, QCoreApplication::translate("Backup", "pg_restore cannot read the archive: %1").arg(run.error));
    if (r.tocEntries == 0)
        return bad(r.manifest.archive, QCoreApplication::translate("Backup", "the archive lists no entries"));
    r.ok = true;
    return r;
}

VerifyResult verifyAndRecord(const QString &backupDir, const JobContext &ctx)
{
    VerifyResult r = verifyBackup(backupDir, ctx);
    if (ctx.isCancelled() || r.manifest.manifestSha256.isEmpty())
        return r;
    // Only a named bad file is a verdict on the backup; no pg_restore here that can read it says
    // nothing about the backup, and must not mark it FAILED (prune would stop trusting it).
    if (!r.ok && r.badFile.isEmpty())
        return r;
    const QString detail = r.ok ? QCoreApplication::translate("Backup", "%1 files, %2 bytes match the manifest").arg(r.manifest.files.size()).arg(r.manifest.totalBytes())
                                : r.error;
    QString err;
    if (!VerificationRecord::record(backupDir, r.manifest.manifestSha256, false, {QDateTime::currentDateTimeUtc(), r.ok, detail}, &err))
        qCWarning(lcBackup).noquote() << err;
    return r;
}

VerifyJob::VerifyJob(const QString &backupDir, QObject *parent)
    : Job(parent)
    , m_dir(backupDir)
{
}

VerifyJob::~VerifyJob()
{
    waitForWorker();
}

void VerifyJob::doStart()
{
    runWorker([this](const JobContext &ctx) {
        m_result = verifyAndRecord(m_dir, ctx);
        return m_result.ok ? QString() : m_result.error;
    });
}

} // namespace dbpulse
