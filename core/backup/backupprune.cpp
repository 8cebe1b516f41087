#include "core/backup/backupprune.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupverifier.h"

#include <QDir>
#include <QSet>

namespace dbpulse {

QString retentionGroup(const BackupManifest &manifest)
{
    if (manifest.kind != QLatin1String("sqlite"))
        return manifest.database;
    return QStringLiteral("sqlite:") + (manifest.sourceFile.isEmpty() ? manifest.database : manifest.sourceFile);
}

PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &group)
{
    PruneResult result;
    const QList<BackupEntry> entries = listBackups(dir);
    QList<RetentionItem> items;
    QSet<QString> groupsWithVerified; // per group: checking stops at its newest backup that passes
    for (const BackupEntry &e : entries) {
        if (!e.complete) {
            // An unfinished directory has no trustworthy manifest: whatever its database, never touched.
            if (group.isEmpty() || e.manifest.database == group)
                result.ignored.append({e.path, e.problem});
            continue;
        }
        RetentionItem item{e.path, e.manifest.started, false, retentionGroup(e.manifest)};
        if (!group.isEmpty() && item.group != group)
            continue;
        if (!groupsWithVerified.contains(item.group)) {
            if (e.verification.state() == VerificationRecord::State::Never) {
                const VerifyResult r = verifyAndRecord(e.path);
                item.verified = r.ok;
                if (!r.ok)
                    result.warnings << QStringLiteral("%1 fails verification: %2").arg(e.path, r.error);
            } else {
                item.verified = e.verification.verified();
            }
            if (item.verified)
                groupsWithVerified.insert(item.group);
        }
        items << item;
    }
    result.plan = planRetention(items, policy);
    for (const RetentionDecision &d : std::as_const(result.plan)) {
        if (!d.keep && !dryRun && !QDir(d.id).removeRecursively())
            result.deleteFailures << d.id;
    }
    return result;
}

} // namespace dbpulse
