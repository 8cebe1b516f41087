#include "core/migrations/dryrunlocktracker.h"

#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationrunner.h"

#include <QCoreApplication>

namespace dbpulse {

namespace {

QString relationKind(const QString &relkind)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("r"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "table"))}, {QStringLiteral("p"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "partitioned table"))},
        {QStringLiteral("i"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "index"))}, {QStringLiteral("I"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "partitioned index"))},
        {QStringLiteral("S"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "sequence"))}, {QStringLiteral("v"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "view"))},
        {QStringLiteral("m"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "materialized view"))}, {QStringLiteral("f"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "foreign table"))},
        {QStringLiteral("c"), QStringLiteral(QT_TRANSLATE_NOOP("Migrations", "composite type"))},
    };
    return kinds.value(relkind);
}

// Relations of the user's schemas: not the catalogs, not TOAST (its locks follow its table's),
// not temporary ones (no other session sees them).
const char userRelation[] =
    "n.nspname OPERATOR(pg_catalog.<>) 'pg_catalog' AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema' "
    "AND NOT n.nspname OPERATOR(pg_catalog.~~) 'pg\\_toast%' AND NOT n.nspname OPERATOR(pg_catalog.~~) 'pg\\_temp\\_%'";

} // namespace

DryRunLockTracker::DryRunLockTracker(MigrationDatabase &db)
    : m_db(db)
{
}

QHash<QString, DryRunLockTracker::Relation> DryRunLockTracker::readRelations()
{
    QHash<QString, Relation> out;
    const SqlResult r = m_db.exec(QStringLiteral(
        "SELECT CAST(c.oid AS pg_catalog.text), "
        "pg_catalog.concat(pg_catalog.quote_ident(n.nspname), '.', pg_catalog.quote_ident(c.relname)), "
        "CAST(c.relkind AS pg_catalog.text), CAST(c.relfilenode AS pg_catalog.text) "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace "
        "WHERE ") + QLatin1String(userRelation));
    for (const QStringList &row : r.rows)
        out.insert(row.value(0), Relation{row.value(1), relationKind(row.value(2)), row.value(3)});
    return out;
}

QList<DryRunLockTracker::Held> DryRunLockTracker::readHeld()
{
    // Our own backend's granted relation locks in this database (shared catalogs have database 0).
    const SqlResult r = m_db.exec(QStringLiteral(
        "SELECT CAST(l.relation AS pg_catalog.text), l.mode, "
        "pg_catalog.concat(pg_catalog.quote_ident(n.nspname), '.', pg_catalog.quote_ident(c.relname)), "
        "CAST(c.relkind AS pg_catalog.text), n.nspname IS NOT NULL "
        "FROM pg_catalog.pg_locks l "
        "LEFT JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) l.relation "
        "LEFT JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace "
        "WHERE l.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid() AND l.granted "
        "AND l.locktype OPERATOR(pg_catalog.=) 'relation' "
        "AND l.database OPERATOR(pg_catalog.=) (SELECT d.oid FROM pg_catalog.pg_database d "
        "WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database()) "
        "AND (n.nspname IS NULL OR (") + QLatin1String(userRelation) + QStringLiteral(")) ORDER BY 1, 2"));
    QList<Held> out;
    for (const QStringList &row : r.rows) {
        Held held{row.value(0), row.value(1), {}};
        if (row.value(4) == QLatin1String("t"))
            held.relation = Relation{row.value(2), relationKind(row.value(3)), {}};
        else
            held.relation = m_before.value(held.oid); // dropped since: its name from before
        out << held;
    }
    return out;
}

void DryRunLockTracker::startMigration()
{
    m_before = readRelations();
    m_heldBeforeList = readHeld();
    m_heldBefore.clear();
    for (const Held &h : std::as_const(m_heldBeforeList))
        m_heldBefore.insert(h.key());
    m_taken.clear();
    m_takenKeys.clear();
}

void DryRunLockTracker::statementRan(int line)
{
    for (const Held &h : readHeld()) {
        // A relation neither there before nor visible now was created and dropped inside this
        // migration (e.g. the transient copy a table rewrite builds): no one else ever saw it.
        if (h.relation.name.isEmpty() || m_heldBefore.contains(h.key()) || m_takenKeys.contains(h.key()))
            continue;
        m_takenKeys << h.key();
        m_taken << MigrationLock{h.relation.name, h.relation.kind, h.mode, line, !m_before.contains(h.oid)};
    }
}

void DryRunLockTracker::finishInSequence(MigrationStep *step)
{
    step->locks = m_taken;
    // A new relfilenode for an existing table means its storage was rewritten (ALTER … TYPE,
    // a volatile DEFAULT …).
    const QHash<QString, Relation> after = readRelations();
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const auto now = after.constFind(it.key());
        if (now != after.constEnd() && !it->fileNode.isEmpty() && it->fileNode != QLatin1String("0")
            && now->fileNode != it->fileNode && (it->kind == QLatin1String("table") || it->kind == QLatin1String("materialized view")))
            step->rewrites << now->name;
    }
    step->rewrites.sort();
    m_sequenceHeldBefore << m_heldBeforeList;
}

void DryRunLockTracker::skipped()
{
    m_sequenceHeldBefore << QList<Held>{};
}

bool DryRunLockTracker::needsAloneRun(qsizetype index) const
{
    return !m_sequenceHeldBefore.value(index).isEmpty();
}

void DryRunLockTracker::finishAlone(qsizetype index, MigrationStep *step)
{
    // Only the locks it began with in the sequence are in question: what it took for the first
    // time there is already listed, and what it takes only alone (on the schema as it is before
    // the earlier migrations) it does not take in the real run.
    QSet<QString> heldBefore;
    for (const Held &h : m_sequenceHeldBefore.value(index))
        heldBefore.insert(h.key());
    for (qsizetype i = 0; i < m_taken.size(); ++i) {
        if (heldBefore.contains(m_takenKeys.at(i)))
            step->locks << m_taken.at(i);
    }
}

void DryRunLockTracker::failedAlone(qsizetype index, MigrationStep *step, const QString &why)
{
    for (const Held &h : m_sequenceHeldBefore.value(index)) {
        if (!h.relation.name.isEmpty())
            step->locksUnchecked << MigrationLock{h.relation.name, h.relation.kind, h.mode, 0, false};
    }
    if (!step->locksUnchecked.isEmpty())
        step->locksNotChecked = QCoreApplication::translate("Migrations", "an earlier migration in this dry run already held these locks, and this one "
                                               "fails without the earlier ones (%1), so whether it needs them too was not observed").arg(why);
}

} // namespace dbpulse
