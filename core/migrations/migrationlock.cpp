#include "core/migrations/migrationlock.h"

#include "core/migrations/migrationrunner.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace dbpulse {

namespace {

struct ModeInfo
{
    const char *words;
    const char *blocks;
    int rank;       ///< PostgreSQL's lock mode number (1 = ACCESS SHARE … 8 = ACCESS EXCLUSIVE)
    unsigned conflicts; ///< bit n set: conflicts with mode n (PostgreSQL's conflict table)
};

constexpr unsigned bit(int mode) { return 1u << mode; }

// The table "Conflicting Lock Modes" of the PostgreSQL manual (explicit-locking.html).
const QHash<QString, ModeInfo> &modes()
{
    static const QHash<QString, ModeInfo> table{
        {QStringLiteral("AccessShareLock"), {"ACCESS SHARE", QT_TRANSLATE_NOOP("Migrations", "only ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL); reads+writes continue"), 1, bit(8)}},
        {QStringLiteral("RowShareLock"), {"ROW SHARE", QT_TRANSLATE_NOOP("Migrations", "EXCLUSIVE and ACCESS EXCLUSIVE; reads+writes continue"), 2, bit(7) | bit(8)}},
        {QStringLiteral("RowExclusiveLock"), {"ROW EXCLUSIVE", QT_TRANSLATE_NOOP("Migrations", "CREATE INDEX and DDL; reads+writes continue"), 3, bit(5) | bit(6) | bit(7) | bit(8)}},
        {QStringLiteral("ShareUpdateExclusiveLock"), {"SHARE UPDATE EXCLUSIVE", QT_TRANSLATE_NOOP("Migrations", "VACUUM, ANALYZE, CREATE INDEX and DDL; reads+writes continue"), 4, bit(4) | bit(5) | bit(6) | bit(7) | bit(8)}},
        {QStringLiteral("ShareLock"), {"SHARE", QT_TRANSLATE_NOOP("Migrations", "writes"), 5, bit(3) | bit(4) | bit(6) | bit(7) | bit(8)}},
        {QStringLiteral("ShareRowExclusiveLock"), {"SHARE ROW EXCLUSIVE", QT_TRANSLATE_NOOP("Migrations", "writes"), 6, bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8)}},
        {QStringLiteral("ExclusiveLock"), {"EXCLUSIVE", QT_TRANSLATE_NOOP("Migrations", "writes and SELECT FOR UPDATE/SHARE; plain reads continue"), 7, bit(2) | bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8)}},
        {QStringLiteral("AccessExclusiveLock"), {"ACCESS EXCLUSIVE", QT_TRANSLATE_NOOP("Migrations", "reads+writes"), 8, bit(1) | bit(2) | bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8)}},
    };
    return table;
}

} // namespace

QString lockModeWords(const QString &mode)
{
    const auto it = modes().constFind(mode);
    return it == modes().constEnd() ? mode : QString::fromLatin1(it->words);
}

QString lockModeBlocks(const QString &mode)
{
    const auto it = modes().constFind(mode);
    return it == modes().constEnd() ? QCoreApplication::translate("Migrations", "unknown") : QCoreApplication::translate("Migrations", it->blocks);
}

bool lockModeCovers(const QString &stronger, const QString &weaker)
{
    const auto s = modes().constFind(stronger);
    const auto w = modes().constFind(weaker);
    if (s == modes().constEnd() || w == modes().constEnd())
        return stronger == weaker;
    return (s->conflicts & w->conflicts) == w->conflicts;
}

namespace {

/// "table public.users": the kind in the reader's language. Relation names may hold "%1", so every
/// text below gets its values from one multi-argument arg(), which never reads what it inserted.
QString lockTarget(const MigrationLock &lock)
{
    if (lock.kind.isEmpty())
        return lock.relation;
    return QStringLiteral("%1 %2").arg(QCoreApplication::translate("Migrations", lock.kind.toUtf8().constData()), lock.relation);
}

} // namespace

QString describeLock(const MigrationLock &lock)
{
    const QString mode = lockModeWords(lock.mode);
    const QString line = QString::number(lock.line);
    if (lock.createdHere)
        return lock.line > 0 ? QCoreApplication::translate("Migrations", "%1 on %2 (line %3): created by this migration, so it blocks no one")
                                   .arg(mode, lockTarget(lock), line)
                             : QCoreApplication::translate("Migrations", "%1 on %2: created by this migration, so it blocks no one").arg(mode, lockTarget(lock));
    return lock.line > 0 ? QCoreApplication::translate("Migrations", "%1 on %2 (line %3): blocks %4").arg(mode, lockTarget(lock), line, lockModeBlocks(lock.mode))
                         : QCoreApplication::translate("Migrations", "%1 on %2: blocks %3").arg(mode, lockTarget(lock), lockModeBlocks(lock.mode));
}

QList<MigrationLock> strongestLocks(const QList<MigrationLock> &locks)
{
    QList<MigrationLock> out;
    for (const MigrationLock &lock : locks) {
        const bool covered = std::any_of(locks.cbegin(), locks.cend(), [&](const MigrationLock &other) {
            return other.relation == lock.relation && other.mode != lock.mode && lockModeCovers(other.mode, lock.mode);
        });
        if (!covered)
            out << lock;
    }
    // Relations keep their first-seen order; on one relation the strongest mode comes first.
    QStringList order;
    for (const MigrationLock &lock : std::as_const(out)) {
        if (!order.contains(lock.relation))
            order << lock.relation;
    }
    std::stable_sort(out.begin(), out.end(), [&](const MigrationLock &a, const MigrationLock &b) {
        if (a.relation != b.relation)
            return order.indexOf(a.relation) < order.indexOf(b.relation);
        const auto ra = modes().constFind(a.mode), rb = modes().constFind(b.mode);
        return (ra == modes().constEnd() ? 0 : ra->rank) > (rb == modes().constEnd() ? 0 : rb->rank);
    });
    return out;
}

QStringList dryRunLockLines(const MigrationStep &step)
{
    QStringList lines;
    for (const MigrationLock &lock : strongestLocks(step.locks))
        lines << describeLock(lock);
    if (!step.locksUnchecked.isEmpty()) {
        QStringList unchecked;
        for (const MigrationLock &lock : strongestLocks(step.locksUnchecked))
            unchecked << QCoreApplication::translate("Migrations", "%1 on %2").arg(lockModeWords(lock.mode), lockTarget(lock));
        lines << QCoreApplication::translate("Migrations", "not checked: %1: %2").arg(unchecked.join(QStringLiteral(", ")), step.locksNotChecked);
    } else if (!step.locksNotChecked.isEmpty()) {
        lines << (lines.isEmpty() ? QCoreApplication::translate("Migrations", "not checked: %1") : QCoreApplication::translate("Migrations", "others not checked: %1")).arg(step.locksNotChecked);
    }
    if (lines.isEmpty())
        lines << QCoreApplication::translate("Migrations", "none", "no locks");
    return lines;
}

} // namespace dbpulse
