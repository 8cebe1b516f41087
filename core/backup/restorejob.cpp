#include "core/backup/restorejob.h"

#include "core/backup/backuplogging.h"
#include "core/backup/backupverifier.h"
#include "core/backup/pgarchiveheader.h"
#include "core/backup/pgclient.h"
#include "core/backup/pgtools.h"
#include "core/backup/sqlitebackup.h"
#include "core/backup/pgrestorerun.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace dbpulse {

namespace {

bool databaseExists(BlockingPg &pg, const QString &name, QString *error)
{
    const auto rows = pg.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), {name}, error);
    return rows && !rows->isEmpty();
}

} // namespace

RestoreJob::RestoreJob(const QString &backupDir, const Target &target, const RestoreOptions &options, QObject *parent)
    : Job(parent)
    , m_dir(backupDir)
    , m_target(target)
    , m_options(options)
{
}

RestoreJob::~RestoreJob()
{
    waitForWorker();
}

QString RestoreJob::proposeDatabaseName(const QString &sourceDatabase, const QDateTime &when)
{
    const QString suffix = QStringLiteral("_restored_") + when.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    QString base = sourceDatabase.isEmpty() ? QStringLiteral("db") : sourceDatabase;
    while ((base + suffix).toUtf8().size() > 63)
        base.chop(1);
    return base + suffix;
}

void RestoreJob::doStart()
{
    if (m_options.jobs < 1 || m_options.jobs > 64) {
        finish(false, QCoreApplication::translate("Backup", "jobs must be between 1 and 64"));
        return;
    }
    if (!m_options.intoNewDatabase && !(m_options.clean && m_options.confirmed)) {
        finish(false, QCoreApplication::translate("Backup", "restoring over an existing database replaces its contents: it needs --clean "
                                     "and --yes (or a new database)"));
        return;
    }
    if (m_target.kind == DatabaseKind::SQLite)
        runWorker([this] { return workSqlite(); });
    else
        runWorker([this] { return work(); });
}

QString RestoreJob::workSqlite()
{
    const VerifyResult verified = verifyBackup(m_dir, context().within(0, 20));
    if (!verified.ok)
        return aborted() ? QStringLiteral("cancelled") : QCoreApplication::translate("Backup", "backup failed verification: %1").arg(verified.error);
    if (verified.manifest.kind != QLatin1String("sqlite"))
        return QCoreApplication::translate("Backup", "this is a PostgreSQL backup; restore it into a PostgreSQL server");
    const QString err = sqliteRestore(QDir(m_dir).filePath(verified.manifest.archive), m_target.sqlitePath,
                                      !m_options.intoNewDatabase, context().within(20, 99));
    if (!err.isEmpty())
        return err;
    m_database = m_target.sqlitePath;
    m_restoredConninfo = QStringLiteral("sqlite:") + m_target.sqlitePath;
    return {};
}

// The database to restore into: a new one (named as asked, or proposed from the backup and the
// date, avoiding existing names), created from template0 in the backup's encoding; or the target's
// own. Sets m_database; \a created when it made one. The error, or empty.
QString RestoreJob::chooseDatabase(BlockingPg &admin, const BackupManifest &manifest, const QString &targetDb, bool *created)
{
    QString err;
    if (!m_options.intoNewDatabase) {
        m_database = targetDb;
        return m_database.isEmpty() ? QCoreApplication::translate("Backup", "the target names no database to restore over") : QString();
    }
    const bool proposed = m_options.newDatabase.isEmpty();
    m_database = proposed ? proposeDatabaseName(manifest.database, QDateTime::currentDateTime()) : m_options.newDatabase;
    const QString base = m_database;
    for (int i = 2; databaseExists(admin, m_database, &err); ++i) {
        if (!proposed)
            return QCoreApplication::translate("Backup", "database \"%1\" already exists; choose another name, or restore over it with --clean --yes").arg(m_database);
        m_database = base + QStringLiteral("_%1").arg(i);
    }
    QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(admin.quoteIdentifier(m_database));
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (plainName.match(manifest.encoding).hasMatch())
        sql += QStringLiteral(" ENCODING '%1'").arg(manifest.encoding);
    if (!admin.exec(sql, &err))
        return QCoreApplication::translate("Backup", "cannot create database \"%1\": %2").arg(m_database, err);
    *created = true;
    return {};
}

QString RestoreJob::work()
{
    // Up front, before hours of hashing and before anything is created: can any pg_restore here
    // read this archive and restore it into this server? A manifest that does not read is left
    // to verification, which names the problem.
    BackupManifest manifest;
    QString err;
    const bool haveManifest = BackupManifest::read(m_dir, &manifest, &err);
    if (haveManifest && manifest.kind == QLatin1String("sqlite"))
        return QCoreApplication::translate("Backup", "this is an SQLite backup; restore it into an SQLite file (sqlite:PATH)");

    std::optional<ConnSettings> conn = ConnSettings::parse(m_target.conninfo, &err);
    if (!conn)
        return err;
    if (!m_password.isEmpty())
        conn->password = m_password;
    reportProgress(-1, QCoreApplication::translate("Backup", "Connecting to %1").arg(m_target.label));
    BlockingPg admin;
    const QString targetDb = conn->database();
    if (!admin.connect(*conn, m_options.intoNewDatabase && targetDb.isEmpty() ? QStringLiteral("postgres") : QString(), &err)) {
        m_connectFailed = true;
        return QCoreApplication::translate("Backup", "cannot connect to %1: %2").arg(m_target.label, err);
    }
    PgTool pgRestore;
    if (haveManifest) {
        pgRestore = findPgRestore(backupDumpMajor(m_dir, manifest), admin.serverVersionNum() / 10000, &err);
        if (pgRestore.program.isEmpty())
            return err;
    }

    // A backup that does not verify is never restored.
    const VerifyResult verified = verifyBackup(m_dir, context().within(0, 20));
    if (!verified.ok)
        return aborted() ? QStringLiteral("cancelled") : QCoreApplication::translate("Backup", "backup failed verification: %1").arg(verified.error);
    if (verified.manifest.manifestSha256 != manifest.manifestSha256)
        return QCoreApplication::translate("Backup", "the backup changed while it was being restored");

    bool created = false;
    if (const QString error = chooseDatabase(admin, verified.manifest, targetDb, &created); !error.isEmpty())
        return error;
    auto fail = [&](const QString &why) {
        if (created) {
            QString dropErr;
            if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(admin.quoteIdentifier(m_database)), &dropErr))
                qCWarning(lcBackup).noquote() << "could not drop" << m_database << "after a failed restore:" << dropErr;
        }
        return why;
    };

    PgRestoreRun run;
    run.program = pgRestore.program;
    run.environment = conn->environment();
    run.conninfo = conn->conninfo(m_database);
    run.archive = QDir(m_dir).filePath(verified.manifest.archive);
    run.jobs = m_options.jobs;
    if (!m_options.intoNewDatabase && m_options.clean)
        run.extraArguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    if (m_options.noOwner)
        run.extraArguments << QStringLiteral("--no-owner");
    run.tocEntries = verified.tocEntries;
    if (!run.run(context().within(20, 99)))
        return fail(run.error);
    // A cancel that arrives after pg_restore finished can still undo a new database; over an
    // existing one the restore has happened and is reported as such.
    if (aborted() && created)
        return fail(QStringLiteral("cancelled"));
    m_restoredConninfo = conn->conninfo(m_database);
    qCInfo(lcBackup).noquote() << "restored" << m_dir << "into" << m_database;
    return {};
}

} // namespace dbpulse
