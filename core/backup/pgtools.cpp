#include "core/backup/pgtools.h"

#include "core/backup/backuplogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace dbpulse {

namespace {

const char *const kBinDirVariable = "DBPULSE_PG_BINDIR";

QString toolVersion(const QString &program)
{
    // A restore asks twice (verify, then restore) and the GUI asks per job: remember the answer
    // for as long as the binary is unchanged.
    static QMutex mutex;
    static QHash<QString, QPair<QDateTime, QString>> cache;
    const QDateTime modified = QFileInfo(program).lastModified();
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(program);
        if (it != cache.constEnd() && it->first == modified)
            return it->second;
    }
    QProcess proc;
    proc.start(program, {QStringLiteral("--version")});
    if (!proc.waitForFinished(10000) || proc.exitCode() != 0)
        return {};
    const QString version = QString::fromLocal8Bit(proc.readAllStandardOutput()).trimmed();
    const QMutexLocker lock(&mutex);
    cache.insert(program, {modified, version});
    return version;
}

// Versioned folders (/usr/lib/postgresql/15/bin, /usr/pgsql-15/bin), newest major first.
QStringList versionedBinDirs()
{
    QList<QPair<int, QString>> dirs;
    for (const QString &m : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        dirs.append({m.toInt(), QStringLiteral("/usr/lib/postgresql/%1/bin").arg(m)});
    static const QRegularExpression rpm(QStringLiteral("^pgsql-(\\d+)$"));
    for (const QString &d : QDir(QStringLiteral("/usr")).entryList({QStringLiteral("pgsql-*")}, QDir::Dirs)) {
        const QRegularExpressionMatch m = rpm.match(d);
        if (m.hasMatch())
            dirs.append({m.captured(1).toInt(), QStringLiteral("/usr/%1/bin").arg(d)});
    }
    std::stable_sort(dirs.begin(), dirs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList result;
    for (const auto &d : std::as_const(dirs))
        result << d.second;
    return result;
}

QString versionText(const PgTool &t)
{
    static const QRegularExpression number(QStringLiteral("\\(PostgreSQL\\)\\s+(\\S+)"));
    const QRegularExpressionMatch m = number.match(t.version);
    return QStringLiteral("%1 %2 (%3)").arg(QFileInfo(t.program).fileName(), m.hasMatch() ? m.captured(1) : QStringLiteral("?"), t.program);
}

QString foundList(const QList<PgTool> &tools)
{
    QStringList parts;
    for (const PgTool &t : tools)
        parts << versionText(t);
    return parts.join(QStringLiteral(", "));
}

QString installHint(int major)
{
    return QCoreApplication::translate("Backup", "Install postgresql-client-%1 (or the server's own client package) or set %2 to its bin folder.")
        .arg(major)
        .arg(QLatin1String(kBinDirVariable));
}

} // namespace

int pgToolMajor(const QString &versionOutput)
{
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const QRegularExpressionMatch m = re.match(versionOutput);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QList<PgTool> findPgTools(const QString &tool)
{
    QStringList dirs;
    if (qEnvironmentVariableIsSet(kBinDirVariable)) {
        dirs = qEnvironmentVariable(kBinDirVariable).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    } else {
        dirs = versionedBinDirs();
        dirs << QStringLiteral("/usr/local/pgsql/bin");
    }
    QStringList programs;
    for (const QString &dir : std::as_const(dirs))
        programs << QDir(dir).filePath(tool);
    if (!qEnvironmentVariableIsSet(kBinDirVariable)) {
        const QString onPath = QStandardPaths::findExecutable(tool);
        if (!onPath.isEmpty())
            programs << onPath;
    }
    QList<PgTool> found;
    QStringList seen; // PATH often leads to one of the folders above through a symlink
    for (const QString &program : std::as_const(programs)) {
        const QFileInfo info(program);
        if (!info.isExecutable() || seen.contains(info.canonicalFilePath()))
            continue;
        seen << info.canonicalFilePath();
        const QString v = toolVersion(program);
        found.append({program, v, pgToolMajor(v)});
    }
    return found;
}

QString pgToolPlaces(int major)
{
    if (qEnvironmentVariableIsSet(kBinDirVariable))
        return QStringLiteral("%1 (%2)").arg(QLatin1String(kBinDirVariable), qEnvironmentVariable(kBinDirVariable));
    const QString n = major > 0 ? QString::number(major) : QStringLiteral("*");
    return QStringLiteral("/usr/lib/postgresql/%1/bin, /usr/pgsql-%1/bin, /usr/local/pgsql/bin and PATH").arg(n);
}

PgTool findPgDump(int serverMajor, QString *error)
{
    const QList<PgTool> tools = findPgTools(QStringLiteral("pg_dump"));
    for (const PgTool &t : tools) {
        if (t.major == serverMajor) {
            qCDebug(lcBackup).noquote() << "using" << t.program << t.version;
            return t;
        }
    }
    if (error) {
        QString why;
        if (tools.isEmpty()) {
            why = QCoreApplication::translate("Backup", "pg_dump was not found");
        } else {
            const bool newer = std::all_of(tools.cbegin(), tools.cend(), [&](const PgTool &t) { return t.major > serverMajor; });
            const bool older = std::all_of(tools.cbegin(), tools.cend(), [&](const PgTool &t) { return t.major < serverMajor; });
            // Mixed: some newer, some older; both reasons apply.
            why = (newer ? QCoreApplication::translate("Backup", "found %1, newer than the server's major version %2 (a newer pg_dump writes an archive the server's own pg_restore %2 cannot read)")
                   : older ? QCoreApplication::translate("Backup", "found %1, older than the server's major version %2 (an older pg_dump cannot dump a newer server faithfully)")
                           : QCoreApplication::translate("Backup", "found %1, not the server's major version %2 (a newer pg_dump writes an archive the server's own pg_restore %2 cannot read) (an older pg_dump cannot dump a newer server faithfully)"))
                      .arg(foundList(tools))
                      .arg(serverMajor);
        }
        *error = QCoreApplication::translate("Backup", "%1; looked for pg_dump %2 in %3. %4")
                     .arg(why)
                     .arg(serverMajor)
                     .arg(pgToolPlaces(serverMajor), installHint(serverMajor));
    }
    return {};
}

PgTool findPgRestore(int archiveMajor, int serverMajor, QString *error)
{
    const int needed = std::max(archiveMajor, serverMajor);
    const QList<PgTool> tools = findPgTools(QStringLiteral("pg_restore"));
    const PgTool *best = nullptr;
    for (const PgTool &t : tools) {
        if (t.major < needed)
            continue;
        // The server's own version first; otherwise the oldest that fits, closest to the archive.
        if (!best || (t.major == serverMajor && best->major != serverMajor)
            || (best->major != serverMajor && t.major < best->major))
            best = &t;
    }
    if (best) {
        qCDebug(lcBackup).noquote() << "using" << best->program << best->version;
        return *best;
    }
    if (error) {
        QStringList needs;
        if (archiveMajor > 0)
            needs << QCoreApplication::translate("Backup", "the archive was written by pg_dump %1, which only pg_restore %1 or newer can read").arg(archiveMajor);
        if (serverMajor > 0)
            needs << QCoreApplication::translate("Backup", "the target server is version %1, and an older pg_restore cannot restore into it faithfully").arg(serverMajor);
        *error = QCoreApplication::translate("Backup", "no pg_restore fits: %1; found %2; looked for pg_restore %3 or newer in %4. %5")
                     .arg(needs.join(QCoreApplication::translate("Backup", ", and ")),
                          tools.isEmpty() ? QCoreApplication::translate("Backup", "none") : foundList(tools))
                     .arg(needed)
                     .arg(pgToolPlaces(needed), installHint(needed));
    }
    return {};
}

} // namespace dbpulse
