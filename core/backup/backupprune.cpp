#include "core/backup/backupprune.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupverifier.h"

#include <QDir>

namespace dbpulse {

PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &database)
{
    PruneResult result;
    const QList<BackupEntry> entries = listBackups(dir);
    QList<RetentionItem> items;
    bool haveVerified = false;
    for (const BackupEntry &e : entries) {
        if (!database.isEmpty() && e.manifest.database != database)
            continue;
        if (!e.complete) {
            result.ignored.append({e.path, e.problem});
            continue;
        }
        RetentionItem item{e.path, e.manifest.started, false};
        if (!haveVerified) {
            if (e.verification.state() == VerificationRecord::State::Never) {
                const VerifyResult r = verifyAndRecord(e.path);
                item.verified = r.ok;
                if (!r.ok)
                    result.warnings << QStringLiteral("%1 fails verification: %2").arg(e.path, r.error);
            } else {
                item.verified = e.verification.verified();
            }
            haveVerified = item.verified;
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
