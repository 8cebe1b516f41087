#pragma once

#include "core/migrations/migrationlock.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dbpulse {

class MigrationDatabase;
struct MigrationStep;

/// \brief Attributes the relation locks of a PostgreSQL dry run to the migration that takes them.
///
/// A dry run runs every pending migration in one transaction, which holds each lock until its
/// ROLLBACK. pg_locks shows one row per relation and mode, not how often it was asked for, so a
/// migration that asks for a lock an earlier one already holds leaves no trace there. Hence two
/// passes (see MigrationStepExecutor::checkLocksAlone):
///
/// 1. In sequence, the way `up` runs them: after every statement, pg_locks of our own backend;
///    a (relation, mode) pair not held before the migration began is one it took — including a
///    stronger mode on a relation an earlier migration had locked more weakly.
/// 2. Alone: after the sequence is rolled back to a savepoint (releasing all its locks), each
///    migration that began with locks already held runs again by itself, in a savepoint that is
///    rolled back. Whatever it takes there of the locks held before it in the sequence, it needs
///    too. A migration that fails alone (it needs what the earlier ones create) has those locks
///    reported as not checked, never as "none".
///
/// Runner's thread only; reads pg_catalog only, schema-qualified.
class DryRunLockTracker
{
public:
    explicit DryRunLockTracker(MigrationDatabase &db);

    /// Before a migration runs (either pass): what exists and what our transaction holds.
    void startMigration();
    /// After each of its statements; \a line is the statement's file line.
    void statementRan(int line);
    /// Sequence pass: fills \a step's locks and rewrites, and remembers what it began with.
    void finishInSequence(MigrationStep *step);
    /// Sequence pass: a migration the dry run does not run (it must run outside a transaction).
    void skipped();

    /// True when the migration at \a index (in sequence order) began with locks held by earlier
    /// ones, so it must run alone to learn whether it needs them too.
    bool needsAloneRun(qsizetype index) const;
    /// Alone pass, after it ran: adds to \a step the held-before locks it took alone.
    void finishAlone(qsizetype index, MigrationStep *step);
    /// Alone pass, when it failed with \a why: those locks are reported as not checked.
    void failedAlone(qsizetype index, MigrationStep *step, const QString &why);

private:
    struct Relation
    {
        QString name;     ///< schema-qualified, quoted as needed
        QString kind;
        QString fileNode; ///< relfilenode: changes when the table's storage is rewritten
    };
    struct Held
    {
        QString oid;
        QString mode;
        Relation relation; ///< empty name: not visible to our transaction (dropped)
        QString key() const { return oid + QLatin1Char('/') + mode; }
    };
    QHash<QString, Relation> readRelations();
    QList<Held> readHeld();

    MigrationDatabase &m_db;
    // The migration now running (either pass).
    QHash<QString, Relation> m_before; ///< oid → relation, visible before it began
    QSet<QString> m_heldBefore;        ///< Held::key() of locks held before it began
    QList<Held> m_heldBeforeList;
    QList<MigrationLock> m_taken;      ///< first seen while it ran, in order
    QStringList m_takenKeys;           ///< Held::key() of each of m_taken
    // Per migration of the sequence pass, in order: the locks it began with.
    QList<QList<Held>> m_sequenceHeldBefore;
};

} // namespace dbpulse
