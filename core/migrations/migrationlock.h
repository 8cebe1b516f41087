#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief One relation lock a dry run saw a migration take (pg_locks of the runner's own
/// backend). Value type; any thread.
struct MigrationLock
{
    QString relation;   ///< schema-qualified, each part quoted as needed: public."Odd ""name"""
    QString kind;       ///< "table", "index", "sequence", "view", "materialized view" …
    QString mode;       ///< as pg_locks names it: "AccessExclusiveLock"
    int line = 0;       ///< file line of the statement after which it was first seen; 0: unknown
    /// The migration created the relation itself: no other session can see it until the
    /// migration commits, so the lock blocks nobody.
    bool createdHere = false;

    bool operator==(const MigrationLock &other) const = default;
};

/// \brief "ACCESS EXCLUSIVE" for "AccessExclusiveLock" (the words of PostgreSQL's LOCK
/// statement); an unknown mode is returned unchanged. Any thread.
QString lockModeWords(const QString &mode);

/// \brief What other sessions a lock in \a mode keeps waiting: "reads+writes", "writes", … Any thread.
QString lockModeBlocks(const QString &mode);

/// \brief True when a lock in \a stronger blocks everything a lock in \a weaker blocks, so
/// listing \a weaker on the same relation adds nothing. Any thread.
bool lockModeCovers(const QString &stronger, const QString &weaker);

/// \brief One line for people: "ACCESS EXCLUSIVE on table public.users (line 3): blocks reads+writes". Any thread.
QString describeLock(const MigrationLock &lock);

/// \brief \a locks without those another lock on the same relation covers (see lockModeCovers),
/// strongest first per relation, relations in their first-seen order. Any thread.
QList<MigrationLock> strongestLocks(const QList<MigrationLock> &locks);

} // namespace dbpulse
