#include "core/backup/backupprune.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupverifier.h"
#include "core/io/safetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <unistd.h>

namespace dbpulse {

namespace {

// When anything in the directory was last written (links not followed): a running pg_dump keeps
// this fresh, a killed one leaves it behind.
QDateTime lastWritten(const QString &path)
{
    QDateTime newest = QFileInfo(path).lastModified().toUTC();
    bool anyFile = false;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QDateTime t = it.fileInfo().lastModified().toUTC();
        if (!anyFile || t > newest)
            newest = t;
        anyFile = true;
    }
    return newest;
}

QString age(qint64 secs)
{
    if (secs >= 2 * 3600)
        return QStringLiteral("%1 h").arg(secs / 3600);
    return QStringLiteral("%1 min").arg(secs / 60);
}

} // namespace

QString retentionGroup(const BackupManifest &manifest)
{
    if (manifest.kind != QLatin1String("sqlite")) {
        if (manifest.systemIdentifier.isEmpty())
            return manifest.database + QStringLiteral(" [unknown server]");
        return manifest.database + QStringLiteral(" [server %1]").arg(manifest.systemIdentifier);
    }
    if (manifest.sourceFile.isEmpty())
        return QStringLiteral("sqlite:") + manifest.database + QStringLiteral(" [unknown file]");
    return QStringLiteral("sqlite:") + manifest.sourceFile;
}

bool retentionGroupKnown(const BackupManifest &manifest)
{
    return manifest.kind == QLatin1String("sqlite") ? !manifest.sourceFile.isEmpty() : !manifest.systemIdentifier.isEmpty();
}

PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &group)
{
    PruneOptions options;
    options.policy = policy;
    options.dryRun = dryRun;
    options.group = group;
    return pruneBackups(dir, options);
}

PruneResult pruneBackups(const QString &dir, const PruneOptions &options)
{
    PruneResult result;
    // Links are reported and never followed: the folder may be writable by others, and a link
    // named like a backup could point at anything.
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (info.isSymLink())
            result.skipped.append({info.absoluteFilePath(), QCoreApplication::translate("Backup", "symbolic link; never followed")});
    }
    const uint me = ::geteuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<BackupEntry> entries = listBackups(dir);
    QList<RetentionItem> items;
    QSet<QString> unknownGroups;
    QSet<QString> groupsWithVerified; // per group: checking stops at its newest backup that passes
    for (const BackupEntry &e : entries) {
        if (QFileInfo(e.path).ownerId() != me) {
            // Never delete what we did not create: another user's directory is not ours to judge.
            if (options.group.isEmpty())
                result.skipped.append({e.path, QCoreApplication::translate("Backup", "owned by another user")});
            continue;
        }
        if (!e.complete) {
            // An unfinished directory has no trustworthy manifest: whatever its database, it is
            // listed only when the prune is not limited to one group, and deleted only when it is
            // ours (marker) and has been quiet past the grace period.
            if (!options.group.isEmpty())
                continue;
            const qint64 quiet = lastWritten(e.path).secsTo(now);
            if (!e.inProgressMarker) {
                result.ignored.append({e.path, QCoreApplication::translate("Backup", "%1; no in-progress marker, not removed by prune").arg(e.problem)});
            } else if (quiet < options.incompleteGraceSecs) {
                result.ignored.append({e.path, QCoreApplication::translate("Backup", "%1; written %2 ago, may still be running").arg(e.problem, age(quiet))});
            } else {
                result.staleIncomplete.append({e.path, QCoreApplication::translate("Backup", "unfinished backup, last written %1 ago").arg(age(quiet))});
            }
            continue;
        }
        RetentionItem item{e.path, e.manifest.started, false, retentionGroup(e.manifest)};
        if (!options.group.isEmpty() && item.group != options.group)
            continue;
        if (!retentionGroupKnown(e.manifest))
            unknownGroups.insert(item.group);
        if (!groupsWithVerified.contains(item.group)) {
            if (e.verification.state() == VerificationRecord::State::Never) {
                const VerifyResult r = verifyAndRecord(e.path);
                item.verified = r.ok;
                if (!r.ok)
                    result.warnings << QCoreApplication::translate("Backup", "%1 fails verification: %2").arg(e.path, r.error);
            } else {
                item.verified = e.verification.verified();
            }
            if (item.verified)
                groupsWithVerified.insert(item.group);
        }
        items << item;
    }
    result.plan = planRetention(items, options.policy);
    if (!options.includeUnknown) {
        for (RetentionDecision &d : result.plan) {
            if (unknownGroups.contains(d.group) && !d.keep) {
                d.keep = true;
                d.reasons = QStringList{QCoreApplication::translate("Backup", "the manifest does not say which server or file; kept without --include-unknown")};
            }
        }
    }
    if (!options.dryRun)
        applyPrune(&result, options.incomplete);
    return result;
}

void applyPrune(PruneResult *result, bool incomplete)
{
    auto remove = [&](const QString &path) {
        QString err;
        if (removeTreeNoFollow(path, &err))
            result->deleted << path;
        else
            result->deleteFailures << err;
    };
    for (const RetentionDecision &d : std::as_const(result->plan)) {
        if (!d.keep)
            remove(d.id);
    }
    if (incomplete) {
        for (const auto &[path, why] : std::as_const(result->staleIncomplete))
            remove(path);
    }
}

} // namespace dbpulse
