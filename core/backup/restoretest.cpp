#include "core/backup/restoretest.h"

#include "core/backup/archiverowcounts.h"
#include "core/backup/backuplogging.h"
#include "core/backup/pgclient.h"
#include "core/backup/pgarchiveheader.h"
#include "core/backup/pgtools.h"
#include "core/backup/pgrestorerun.h"
#include "core/backup/sqlitebackup.h"
#include "core/backup/tablerowcounts.h"
#include "core/backup/verificationrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace dbpulse {

namespace {

QString scratchName()
{
    return QStringLiteral("dbpulse_verify_%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

// Drops the scratch database when the test ends, however it ends.
struct ScratchDatabase
{
    BlockingPg &admin;
    QString name;
    bool created = false;
    ~ScratchDatabase()
    {
        if (!created)
            return;
        QString err;
        if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(admin.quoteIdentifier(name)), &err))
            qCWarning(lcBackup).noquote() << "could not drop the scratch database" << name << ":" << err;
    }
};

RestoreTestResult failed(const QString &why)
{
    RestoreTestResult r;
    r.error = why;
    return r;
}

// The backup itself failed the test (as opposed to the test not being able to run).
RestoreTestResult backupFailed(const QString &why)
{
    RestoreTestResult r = failed(why);
    r.conclusive = true;
    return r;
}

RestoreTestResult testRestoreSqlite(const VerifyResult &verified, const QString &backupDir, const Target &server,
                                    const JobContext &ctx)
{
    // The scratch file goes where the user pointed (a folder, or beside the named file).
    const QFileInfo where(server.kind == DatabaseKind::SQLite ? server.sqlitePath : server.conninfo);
    const QString folder = where.isDir() ? where.absoluteFilePath() : where.absolutePath();
    QTemporaryDir scratchDir(folder + QStringLiteral("/dbpulse_verify_XXXXXX"));
    if (!scratchDir.isValid())
        return failed(QCoreApplication::translate("Backup", "cannot create a scratch folder in %1").arg(folder));
    const QString scratch = scratchDir.filePath(QStringLiteral("restored.sqlite"));
    const QString err = sqliteRestore(QDir(backupDir).filePath(verified.manifest.archive), scratch, false,
                                      ctx.within(20, 80));
    if (err == QLatin1String("cancelled"))
        return failed(err);
    if (!err.isEmpty())
        return backupFailed(QCoreApplication::translate("Backup", "the test restore failed: %1").arg(err));
    ctx.reportProgress(85, QCoreApplication::translate("Backup", "Counting rows"));
    QString countErr;
    const QMap<QString, qint64> restored = sqliteTableRowCounts(scratch, &countErr);
    if (!countErr.isEmpty())
        return failed(countErr);
    RestoreTestResult r = compareRowCounts(verified.manifest.tableRows, restored);
    r.conclusive = true;
    r.scratch = scratch;
    return r;
}

} // namespace

RestoreTestResult compareRowCounts(const QMap<QString, qint64> &expected, const QMap<QString, qint64> &restored)
{
    RestoreTestResult r;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto got = restored.constFind(it.key());
        if (got == restored.cend())
            r.mismatches << QCoreApplication::translate("Backup", "%1: missing after the restore").arg(it.key());
        else if (got.value() != it.value())
            r.mismatches << QCoreApplication::translate("Backup", "%1: %2 rows, the manifest says %3")
                                .arg(it.key(), QString::number(got.value()), QString::number(it.value()));
        else
            r.rowsCompared += it.value();
        ++r.tablesCompared;
    }
    for (auto it = restored.cbegin(); it != restored.cend(); ++it) {
        if (!expected.contains(it.key()))
            r.unrecorded << it.key();
    }
    r.ok = r.mismatches.isEmpty();
    if (!r.ok) {
        r.error = r.mismatches.size() > 1
            ? QCoreApplication::translate("Backup", "row counts differ: %1 (and %2 more)").arg(r.mismatches.first()).arg(r.mismatches.size() - 1)
            : QCoreApplication::translate("Backup", "row counts differ: %1").arg(r.mismatches.first());
        return r;
    }
    r.detail = r.tablesCompared == 0
        ? QCoreApplication::translate("Backup", "restored cleanly; the manifest has no row counts to compare")
        : QCoreApplication::translate("Backup", "%n tables, %1 rows match the manifest", nullptr, r.tablesCompared).arg(r.rowsCompared);
    if (!r.unrecorded.isEmpty()) {
        const QStringList shown = r.unrecorded.mid(0, 5);
        r.detail = QCoreApplication::translate("Backup", "%1; %n restored table(s) not counted in the manifest: %2%3", nullptr, int(r.unrecorded.size()))
                        .arg(r.detail, shown.join(QStringLiteral(", ")),
                             r.unrecorded.size() > shown.size() ? QStringLiteral(", …") : QString());
    }
    return r;
}

RestoreTestResult testRestore(const QString &backupDir, const Target &server, const QString &password,
                              const JobContext &ctx)
{
    const VerifyResult verified = verifyAndRecord(backupDir, ctx.within(0, 20));
    if (ctx.isCancelled())
        return failed(QStringLiteral("cancelled"));
    if (!verified.ok)
        return backupFailed(QCoreApplication::translate("Backup", "backup failed verification: %1").arg(verified.error));
    if (verified.manifest.options.dataOnly)
        return failed(QCoreApplication::translate("Backup", "a data-only backup has no tables to restore into an empty database"));
    if (verified.manifest.kind == QLatin1String("sqlite"))
        return testRestoreSqlite(verified, backupDir, server, ctx);
    if (server.kind == DatabaseKind::SQLite)
        return failed(QCoreApplication::translate("Backup", "this is a PostgreSQL backup; test-restore it on a PostgreSQL server"));

    QString err;
    std::optional<ConnSettings> conn = ConnSettings::parse(server.conninfo, &err);
    if (!conn)
        return failed(err);
    if (!password.isEmpty())
        conn->password = password;
    ctx.reportProgress(20, QCoreApplication::translate("Backup", "Connecting to %1").arg(server.label));
    BlockingPg admin;
    if (!admin.connect(*conn, conn->database().isEmpty() ? QStringLiteral("postgres") : QString(), &err)) {
        RestoreTestResult r = failed(QCoreApplication::translate("Backup", "cannot connect to %1: %2").arg(server.label, err));
        r.connectFailed = true;
        return r;
    }
    const PgTool pgRestore = findPgRestore(backupDumpMajor(backupDir, verified.manifest), admin.serverVersionNum() / 10000, &err);
    if (pgRestore.program.isEmpty())
        return failed(err);

    // What the restore must bring back: counted from the verified archive itself for backups that
    // leave the counting to this moment, else the counts recorded in the manifest.
    QMap<QString, qint64> expected = verified.manifest.tableRows;
    if (verified.manifest.rowCountSource == BackupManifest::archiveRowCountSource()) {
        ctx.reportProgress(20, QCoreApplication::translate("Backup", "Counting the archive's rows"));
        const auto counted = countArchiveRows(pgRestore.program, QDir(backupDir).filePath(verified.manifest.archive),
                                              ctx, &err);
        if (ctx.isCancelled())
            return failed(QStringLiteral("cancelled"));
        if (!counted)
            return backupFailed(QCoreApplication::translate("Backup", "cannot count the archive's rows: %1").arg(err));
        expected = *counted;
    }

    ScratchDatabase scratch{admin, scratchName()};
    QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(admin.quoteIdentifier(scratch.name));
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (plainName.match(verified.manifest.encoding).hasMatch())
        sql += QStringLiteral(" ENCODING '%1'").arg(verified.manifest.encoding);
    if (!admin.exec(sql, &err))
        return failed(QCoreApplication::translate("Backup", "cannot create the scratch database: %1").arg(err));
    scratch.created = true;

    // Owners and grants name roles this server may not have; the test is about the content.
    PgRestoreRun run;
    run.program = pgRestore.program;
    run.environment = conn->environment();
    run.conninfo = conn->conninfo(scratch.name);
    run.archive = QDir(backupDir).filePath(verified.manifest.archive);
    run.jobs = verified.manifest.options.format == BackupOptions::Format::Directory ? std::max(1, verified.manifest.options.jobs) : 1;
    run.extraArguments << QStringLiteral("--no-owner") << QStringLiteral("--no-privileges");
    run.tocEntries = verified.tocEntries;
    if (!run.run(ctx.within(30, 85)))
        return run.cancelled ? failed(run.error) : backupFailed(QCoreApplication::translate("Backup", "the test restore failed: %1").arg(run.error));
    if (ctx.isCancelled())
        return failed(QStringLiteral("cancelled"));

    ctx.reportProgress(88, QCoreApplication::translate("Backup", "Counting rows"));
    QMap<QString, qint64> restored;
    {
        BlockingPg restoredDb;
        if (!restoredDb.connect(*conn, scratch.name, &err)) {
            RestoreTestResult r = failed(QCoreApplication::translate("Backup", "cannot connect to the scratch database: %1").arg(err));
            r.connectFailed = true;
            return r;
        }
        const auto rows = restoredDb.query(pgTableRowCountSql(), {}, &err);
        if (!rows)
            return failed(QCoreApplication::translate("Backup", "cannot count the restored rows: %1").arg(err));
        for (const QStringList &row : *rows)
            restored.insert(row.at(0), row.at(1).toLongLong());
    } // disconnected before the drop
    RestoreTestResult r = compareRowCounts(expected, restored);
    r.conclusive = true;
    r.scratch = scratch.name;
    ctx.reportProgress(95, QCoreApplication::translate("Backup", "Dropping the scratch database"));
    return r;
}

RestoreTestJob::RestoreTestJob(const QString &backupDir, const Target &server, QObject *parent)
    : Job(parent)
    , m_dir(backupDir)
    , m_server(server)
{
}

RestoreTestJob::~RestoreTestJob()
{
    waitForWorker();
}

void RestoreTestJob::doStart()
{
    runWorker([this](const JobContext &ctx) {
        m_result = testRestore(m_dir, m_server, m_password, ctx);
        if (aborted())
            return QStringLiteral("cancelled");
        if (m_result.connectFailed)
            m_connectFailed = true;
        BackupManifest manifest;
        QString err;
        if (m_result.conclusive && BackupManifest::read(m_dir, &manifest, &err)) {
            const VerificationCheck check{QDateTime::currentDateTimeUtc(), m_result.ok,
                                          m_result.ok ? m_result.detail : m_result.error, m_result.tablesCompared > 0};
            if (!VerificationRecord::record(m_dir, manifest.manifestSha256, true, check, &err))
                qCWarning(lcBackup).noquote() << err;
        }
        return m_result.ok ? QString() : m_result.error;
    });
}

} // namespace dbpulse
