#include "core/backup/backupjob.h"

#include "core/backup/backuplogging.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/filehasher.h"
#include "core/backup/hashingsink.h"
#include "core/backup/pgclient.h"
#include "core/backup/pgtools.h"
#include "core/backup/sqlitebackup.h"
#include "core/backup/tablerowcounts.h"
#include "core/backup/toolrunner.h"
#include "core/io/privatefiles.h"
#include "core/io/safetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace dbpulse {

namespace {

const QString kCustomArchive = QStringLiteral("archive.dump");
const QString kDirectoryArchive = QStringLiteral("archive");

// Sizes of what pg_dump will read, so its verbose "dumping contents of table" lines become a percentage.
QHash<QString, qint64> tableSizes(BlockingPg &pg)
{
    QHash<QString, qint64> sizes;
    QString err;
    const auto rows = pg.query(QStringLiteral(
        "SELECT n.nspname || '.' || c.relname, pg_table_size(c.oid) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"),
        {}, &err);
    if (rows) {
        for (const QStringList &r : *rows)
            sizes.insert(r.at(0), std::max<qint64>(r.at(1).toLongLong(), 8192));
    }
    return sizes;
}

// Creates OUT/<db>_<time>[_n]/ (0700, whatever the umask) with its in-progress marker and returns
// its absolute path, or empty with \a error. OUT itself is made private only when we create it: an
// existing folder is the user's choice.
QString createBackupDir(const QString &outDir, const QString &database, const QDateTime &started, QString *error)
{
    QDir out(outDir);
    if (!out.exists() && !makePrivateDirectory(outDir, error))
        return {};
    QString name = BackupJob::backupDirName(database, started);
    for (int i = 2; QFileInfo(out.filePath(name)).exists() || QFileInfo(out.filePath(name)).isSymLink(); ++i)
        name = BackupJob::backupDirName(database, started) + QStringLiteral("_%1").arg(i);
    const QString path = QDir::cleanPath(out.absoluteFilePath(name));
    // mkdir() with the mode itself: never a moment with the umask's bits, and it fails on anything
    // already there (a link planted meanwhile included).
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0) {
        *error = QCoreApplication::translate("Backup", "cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    if (!restrictToOwner(path, error)) {
        ::rmdir(QFile::encodeName(path).constData());
        return {};
    }
    // Marks the directory as ours and unfinished until the manifest is written; prune
    // --incomplete removes only directories that carry it.
    if (!makePrivateFile(QDir(path).filePath(BackupManifest::inProgressMarker()), error)) {
        QDir(path).removeRecursively();
        return {};
    }
    return path;
}

// The manifest is the completion marker: once it is written, the in-progress marker goes.
bool finishBackupDir(const QString &dir, const BackupManifest &manifest, QString *error)
{
    if (!manifest.write(dir, error))
        return false;
    QFile::remove(QDir(dir).filePath(BackupManifest::inProgressMarker()));
    return true;
}

} // namespace

BackupJob::BackupJob(const Target &target, const QString &outDir, const BackupOptions &options, QObject *parent)
    : Job(parent)
    , m_target(target)
    , m_outDir(outDir)
    , m_options(options)
{
}

BackupJob::~BackupJob()
{
    waitForWorker();
}

QString BackupJob::backupDirName(const QString &database, const QDateTime &utc)
{
    QString safe = database;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1String("db"));
    return safe + QLatin1Char('_') + utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void BackupJob::doStart()
{
    if (m_target.kind == DatabaseKind::SQLite) {
        runWorker([this] { return workSqlite(); });
        return;
    }
    const QString invalid = m_options.validate();
    if (!invalid.isEmpty()) {
        finish(false, invalid);
        return;
    }
    runWorker([this] { return work(); });
}

namespace {

// What the manifest says about the source: database, server version, encoding, and which server
// (retention groups by it, so two servers' "shop" are never mixed up).
bool describeSource(BlockingPg &pg, const Target &target, BackupManifest *manifest, QString *err)
{
    const auto info = pg.query(QStringLiteral(
        "SELECT current_database(), current_setting('server_version'), pg_encoding_to_char(encoding) "
        "FROM pg_database WHERE datname = current_database()"), {}, err);
    if (!info || info->isEmpty()) {
        *err = QCoreApplication::translate("Backup", "cannot read the server version: %1").arg(*err);
        return false;
    }
    manifest->tool = QStringLiteral("dbpulse %1").arg(QCoreApplication::applicationVersion());
    manifest->database = info->at(0).at(0);
    manifest->serverVersion = info->at(0).at(1);
    manifest->encoding = info->at(0).at(2);
    manifest->serverVersionNum = pg.serverVersionNum();
    manifest->sourceLabel = target.label;
    QString idError;
    if (const auto id = pg.query(QStringLiteral("SELECT system_identifier::text FROM pg_catalog.pg_control_system()"), {}, &idError);
        id && !id->isEmpty()) {
        manifest->systemIdentifier = id->at(0).at(0);
    } else {
        qCWarning(lcBackup).noquote() << "no system identifier for" << target.label << "(" << idError
                                      << "); prune treats this backup as from an unknown server";
    }
    return true;
}

} // namespace

QString BackupJob::work()
{
    QString err;
    std::optional<ConnSettings> conn = ConnSettings::parse(m_target.conninfo, &err);
    if (!conn)
        return err;
    if (!m_password.isEmpty())
        conn->password = m_password;

    reportProgress(-1, QCoreApplication::translate("Backup", "Connecting to %1").arg(m_target.label));
    BlockingPg pg;
    if (!pg.connect(*conn, {}, &err)) {
        m_connectFailed = true;
        return QCoreApplication::translate("Backup", "cannot connect to %1: %2").arg(m_target.label, err);
    }
    BackupManifest manifest;
    if (!describeSource(pg, m_target, &manifest, &err))
        return err;
    manifest.options = m_options;
    const QHash<QString, qint64> sizes = m_options.schemaOnly ? QHash<QString, qint64>() : tableSizes(pg);
    const PgTool pgDump = findPgDump(manifest.serverVersionNum / 10000, &err);
    if (pgDump.program.isEmpty())
        return err;
    manifest.dumpTool = pgDump.version;
    if (aborted())
        return QStringLiteral("cancelled");

    // The directory exists from here on; every failure below removes it.
    manifest.started = QDateTime::currentDateTimeUtc();
    const QString dir = createBackupDir(m_outDir, manifest.database, manifest.started, &err);
    if (dir.isEmpty())
        return err;
    auto fail = [&](const QString &why) {
        QDir(dir).removeRecursively();
        return why;
    };
    const bool custom = m_options.format == BackupOptions::Format::Custom;
    manifest.archive = custom ? kCustomArchive : kDirectoryArchive;
    // The rows are counted from the archive when a test restore needs them: counting the source
    // here would read every table a second time while pg_dump runs, on the same cores.
    if (!m_options.schemaOnly)
        manifest.rowCountSource = BackupManifest::archiveRowCountSource();
    if (!dump(pgDump, *conn, &manifest, dir, sizes, &err))
        return fail(err);
    if (!restrictTreeToOwner(QDir(dir).filePath(manifest.archive), &err))
        return fail(err);
    // A custom archive was hashed as it streamed; pg_dump writes a directory archive's files itself.
    if (!custom) {
        reportProgress(96, QCoreApplication::translate("Backup", "Computing checksums"));
        if (!hashTree(dir, kDirectoryArchive, &manifest.files, context(), &err))
            return fail(err);
    }
    if (const QString error = complete(dir, &manifest); !error.isEmpty())
        return fail(error);
    qCInfo(lcBackup).noquote() << "backup of" << m_target.label << "written to" << dir << manifest.totalBytes() << "bytes";
    return {};
}

bool BackupJob::dump(const PgTool &pgDump, const ConnSettings &conn, BackupManifest *manifest, const QString &dir,
                     const QHash<QString, qint64> &sizes, QString *err)
{
    ToolRun run;
    run.program = pgDump.program;
    run.environment = conn.environment();
    run.arguments = m_options.pgDumpArguments()
        << QStringLiteral("--verbose") << QStringLiteral("--no-password")
        << QStringLiteral("--dbname=") + conn.conninfo(manifest->database);
    run.context = context();
    const QString archive = QDir(dir).filePath(manifest->archive);
    // A custom archive streams through us: hashed as it is written, no second pass over the file.
    // (Written to a pipe, its table of contents has no data offsets; pg_restore finds the data by
    // reading on, and parallel pg_restore remembers what it passed.) A directory archive cannot
    // stream: pg_dump writes its files, private because their folder is 0700, and they are hashed after.
    const bool custom = m_options.format == BackupOptions::Format::Custom;
    HashingSink sink(archive);
    if (custom) {
        if (!sink.open(err))
            return false;
        run.stdoutSink = [&sink](const QByteArray &chunk) { return sink.write(chunk); };
    } else {
        run.arguments << QStringLiteral("--file=") + archive;
    }

    static const QRegularExpression tableLine(QStringLiteral("dumping contents of table \"(.+)\""));
    qint64 totalSize = 0;
    for (qint64 s : sizes)
        totalSize += s;
    qint64 doneSize = 0;
    qint64 currentSize = 0;
    run.stderrLine = [&](const QString &line) {
        const QRegularExpressionMatch m = tableLine.match(line);
        if (!m.hasMatch())
            return;
        doneSize += currentSize;
        currentSize = sizes.value(m.captured(1), 8192);
        const int percent = totalSize > 0 ? int(std::min<qint64>(95, doneSize * 95 / totalSize)) : -1;
        reportProgress(percent, QCoreApplication::translate("Backup", "Dumping %1").arg(m.captured(1)));
    };
    reportProgress(0, QCoreApplication::translate("Backup", "Starting pg_dump"));
    if (!run.run()) {
        *err = run.cancelled ? QStringLiteral("cancelled")
            : !sink.error().isEmpty() ? QCoreApplication::translate("Backup", "could not write %1: %2").arg(archive, sink.error())
                                      : run.error;
        return false;
    }
    if (!custom)
        return true;
    BackupFileEntry entry{manifest->archive, 0, {}};
    if (!sink.commit(&entry.sha256, &entry.size, err))
        return false;
    manifest->files << entry;
    return true;
}

// The last step of every backup: the manifest, written last, marks the directory complete.
QString BackupJob::complete(const QString &dir, BackupManifest *manifest)
{
    if (aborted())
        return QStringLiteral("cancelled");
    manifest->finished = QDateTime::currentDateTimeUtc();
    QString err;
    if (!finishBackupDir(dir, *manifest, &err))
        return err;
    m_backupPath = dir;
    return {};
}

QString BackupJob::workSqlite()
{
    BackupManifest manifest;
    manifest.tool = QStringLiteral("dbpulse %1").arg(QCoreApplication::applicationVersion());
    manifest.kind = QStringLiteral("sqlite");
    manifest.database = QFileInfo(m_target.sqlitePath).completeBaseName();
    manifest.sourceLabel = m_target.label;
    manifest.sourceFile = QFileInfo(m_target.sqlitePath).absoluteFilePath();
    manifest.encoding = QStringLiteral("UTF8");
    manifest.options = m_options;
    manifest.archive = QStringLiteral("archive.sqlite");
    manifest.started = QDateTime::currentDateTimeUtc();
    QString err;
    const QString dir = createBackupDir(m_outDir, manifest.database, manifest.started, &err);
    if (dir.isEmpty())
        return err;
    auto fail = [&](const QString &why) {
        QDir(dir).removeRecursively();
        return why;
    };
    const QString archive = QDir(dir).filePath(manifest.archive);
    err = sqliteOnlineBackup(m_target.sqlitePath, archive, context(), &manifest.dumpTool);
    if (!err.isEmpty())
        return fail(err);
    if (!restrictToOwner(archive, &err))
        return fail(err);
    manifest.serverVersion = manifest.dumpTool;
    // The copy is the snapshot: its counts are the source's at the moment of the backup.
    manifest.tableRows = sqliteTableRowCounts(archive, &err);
    if (!err.isEmpty())
        return fail(err);
    manifest.rowCountSource = QStringLiteral("backup copy");
    BackupFileEntry entry{manifest.archive, 0, {}};
    reportProgress(95, QCoreApplication::translate("Backup", "Computing checksums"));
    if (!hashFile(archive, &entry.sha256, &entry.size, context(), &err))
        return fail(err);
    manifest.files << entry;
    if (const QString error = complete(dir, &manifest); !error.isEmpty())
        return fail(error);
    return {};
}

} // namespace dbpulse
