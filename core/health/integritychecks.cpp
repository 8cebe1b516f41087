// Integrity checks: invalid indexes, NOT VALID constraints, orphan rows behind every foreign key.
#include "core/health/checkcontext.h"
#include "core/db/pgsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace dbpulse {

namespace {

// A list longer than this is cut: a report of thousands of identical findings helps nobody,
// but the rest must not vanish silently either.
constexpr int listLimit = 100;

/// After a list cut at listLimit rows of \a total: one finding "and N more …".
void addMore(CheckContext &ctx, qint64 total, const char *moreText, const QString &listSql)
{
    if (total <= listLimit)
        return;
    const qint64 more = total - listLimit;
    ctx.add(Severity::Warning, QStringLiteral("and %1 more").arg(more),
            QCoreApplication::translate("Doctor", moreText, nullptr, int(more)).arg(total).arg(listLimit),
            QString::number(more), QStringLiteral("0"), QCoreApplication::translate("Doctor", "-- list them all:\n%1").arg(listSql));
}

void invalidIndexes(CheckContext &ctx)
{
    // An index whose CREATE INDEX CONCURRENTLY is still running is also invalid: leave those out.
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT n.nspname, ic.relname, tn.nspname, tc.relname, i.indisunique, i.indisready,"
        " pg_get_indexdef(i.indexrelid), pg_relation_size(i.indexrelid)::float8, count(*) OVER ()"
        " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
        " JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace"
        " WHERE NOT i.indisvalid"
        " AND NOT EXISTS (SELECT 1 FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid)"
        " ORDER BY 1, 2 LIMIT %1").arg(listLimit));
    for (const QVariantList &row : r.rows) {
        const QString index = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        const bool unique = row.at(4).toString() == QLatin1String("t");
        const bool ready = row.at(5).toString() == QLatin1String("t");
        ctx.add(Severity::Warning, index,
                QCoreApplication::translate("Doctor", "index on %1 is INVALID (a failed or interrupted CREATE INDEX CONCURRENTLY or REINDEX): "
                               "queries cannot use it%2")
                    .arg(ctx.qualified(row.at(2).toString(), row.at(3).toString()),
                         ready ? (unique ? QCoreApplication::translate("Doctor", ", yet every write still maintains it and it still rejects duplicates")
                                         : QCoreApplication::translate("Doctor", ", yet every write still maintains it"))
                               : QString()),
                QCoreApplication::translate("Doctor", "invalid"), QCoreApplication::translate("Doctor", "valid"),
                QCoreApplication::translate("Doctor", "REINDEX INDEX CONCURRENTLY %1;\n-- or drop it and build it again:\n"
                               "DROP INDEX CONCURRENTLY %1;\n%2;")
                    .arg(index, row.at(6).toString().replace(QLatin1String("CREATE INDEX"), QLatin1String("CREATE INDEX CONCURRENTLY"))
                                    .replace(QLatin1String("CREATE UNIQUE INDEX"), QLatin1String("CREATE UNIQUE INDEX CONCURRENTLY"))),
                MaintenanceAction::reindex(index));
    }
    if (!r.rows.isEmpty())
        addMore(ctx, r.rows.first().at(8).toLongLong(), QT_TRANSLATE_N_NOOP("Doctor", "and %n more invalid indexes (%1 in all; the report lists the first %2)"),
                QStringLiteral("SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid ORDER BY 1;"));
}

void notValidConstraints(CheckContext &ctx)
{
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT n.nspname, cl.relname, c.conname, c.contype, pg_get_constraintdef(c.oid), count(*) OVER ()"
        " FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace"
        " WHERE NOT c.convalidated AND c.contype IN ('f', 'c') ORDER BY 1, 2, 3 LIMIT %1").arg(listLimit));
    for (const QVariantList &row : r.rows) {
        const QString table = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        ctx.add(Severity::Warning, QStringLiteral("%1 on %2").arg(ctx.quoteIdent(row.at(2).toString()), table),
                (row.at(3).toString() == QLatin1String("f")
                     ? QCoreApplication::translate("Doctor", "foreign key constraint is NOT VALID: rows written before it was added were never checked "
                                                   "(%1); see orphan_rows for foreign keys")
                     : QCoreApplication::translate("Doctor", "check constraint is NOT VALID: rows written before it was added were never checked "
                                                   "(%1); see orphan_rows for foreign keys"))
                    .arg(row.at(4).toString()),
                QCoreApplication::translate("Doctor", "not valid"), QCoreApplication::translate("Doctor", "validated"),
                QCoreApplication::translate("Doctor", "-- takes only a SHARE UPDATE EXCLUSIVE lock; fails if violating rows exist:\n"
                               "ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, ctx.quoteIdent(row.at(2).toString())),
                MaintenanceAction::validateConstraint(table, ctx.quoteIdent(row.at(2).toString())));
    }
    if (!r.rows.isEmpty())
        addMore(ctx, r.rows.first().at(5).toLongLong(), QT_TRANSLATE_N_NOOP("Doctor", "and %n more NOT VALID constraints (%1 in all; the report lists the first %2)"),
                QStringLiteral("SELECT conrelid::regclass, conname FROM pg_constraint WHERE NOT convalidated ORDER BY 1, 2;"));
}

QStringList jsonNames(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        names << v.toString();
    return names;
}

// Every foreign key, NOT VALID ones first (the likeliest to hide orphans), then small tables: when
// the budget runs out, the unchecked remainder is the cheapest-to-trust part. Columns: name,
// validated, match type, child schema/name/kind, parent schema/name/kind, child and parent key
// columns (JSON), the child's row estimate, and whether we may read both tables.
QString foreignKeysSql()
{
    return QStringLiteral(
        "SELECT c.conname, c.convalidated, c.confmatchtype, cn.nspname, cc.relname, cc.relkind,"
        " pn.nspname, pc.relname, pc.relkind,"
        " (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)"
        "   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),"
        " (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)"
        "   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum),"
        " est.estimate,"
        " has_table_privilege(c.conrelid, 'SELECT') AND has_table_privilege(c.confrelid, 'SELECT')"
        " FROM pg_constraint c"
        " JOIN pg_class cc ON cc.oid = c.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace"
        " JOIN pg_class pc ON pc.oid = c.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace"
        // The child's rows decide whether it is sampled. reltuples is -1 until a table was first
        // vacuumed or analyzed, stays 0 when that happened while it was empty until the next
        // analyze however much was loaded since, and a partitioned table has no rows of its own
        // (autovacuum never analyzes it): so the leaf partitions are summed, each the larger of
        // reltuples and the statistics' live-row count (which follows every insert). Too big an
        // estimate only samples a table that could have been read whole; too small reads a huge
        // one whole. Catalog and statistics reads only: no locks.
        // Only partitioned children walk their tree (the CASE runs that subquery for them alone):
        // thousands of keys must not each scan pg_class.
        " CROSS JOIN LATERAL (SELECT (CASE WHEN cc.relkind <> 'p'"
        "   THEN greatest(cc.reltuples, pg_stat_get_live_tuples(cc.oid))"
        "   ELSE (WITH RECURSIVE tree(relid) AS (SELECT cc.oid UNION ALL"
        "     SELECT i.inhrelid FROM pg_inherits i JOIN tree t ON i.inhparent = t.relid)"
        "    SELECT coalesce(sum(greatest(l.reltuples, pg_stat_get_live_tuples(l.oid))), 0)"
        "    FROM tree JOIN pg_class l ON l.oid = tree.relid WHERE l.relkind <> 'p') END)::float8 AS estimate) est"
        " WHERE c.contype = 'f' AND c.conparentid = 0"
        " ORDER BY c.convalidated, est.estimate");
}

// One foreign key as the orphan scan sees it.
struct ForeignKeyScan
{
    QString name, child, parent, object;
    QStringList childColumns;
    QString condition; ///< true for an orphan row of the child (aliased c)
    bool validated = false;
    bool sampled = false;
    bool childIsPlain = false; ///< a plain table: ONLY, so inheritance children are not read twice
};

ForeignKeyScan foreignKeyScan(CheckContext &ctx, const QVariantList &row, double sampleRows)
{
    ForeignKeyScan key;
    key.name = ctx.quoteIdent(row.at(0).toString());
    key.child = ctx.qualified(row.at(3).toString(), row.at(4).toString());
    key.parent = ctx.qualified(row.at(6).toString(), row.at(7).toString());
    key.object = QStringLiteral("%1 on %2").arg(key.name, key.child);
    key.childColumns = jsonNames(row.at(9).toString());
    const QStringList parentCols = jsonNames(row.at(10).toString());
    QStringList join, notNull, anyNull;
    for (int i = 0; i < key.childColumns.size() && i < parentCols.size(); ++i) {
        const QString c = QStringLiteral("c.") + ctx.quoteIdent(key.childColumns.at(i));
        join << QStringLiteral("p.%1 = %2").arg(ctx.quoteIdent(parentCols.at(i)), c);
        notNull << c + QStringLiteral(" IS NOT NULL");
        anyNull << c + QStringLiteral(" IS NULL");
    }
    const QString missing = QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 %2 p WHERE %3)")
                                .arg(row.at(8).toString() == QLatin1String("r") ? QStringLiteral("ONLY") : QString(),
                                     key.parent, join.join(QStringLiteral(" AND ")));
    // MATCH SIMPLE exempts a row with any NULL key column; MATCH FULL only an all-NULL key.
    key.condition = row.at(2).toString() == QLatin1String("f")
        ? QStringLiteral("(%1) AND (%2 OR %3)").arg(notNull.join(QStringLiteral(" OR ")), anyNull.join(QStringLiteral(" OR ")), missing)
        : QStringLiteral("%1 AND %2").arg(notNull.join(QStringLiteral(" AND ")), missing);
    key.validated = row.at(1).toString() == QLatin1String("t");
    key.sampled = row.at(11).toDouble() > sampleRows;
    key.childIsPlain = row.at(5).toString() == QLatin1String("r");
    return key;
}

void reportScanFailure(CheckContext &ctx, const ForeignKeyScan &key, const QueryResult &r, int timeoutMs)
{
    const bool lock = r.sqlState == QLatin1String("55P03");
    if (lock || r.sqlState == QLatin1String("57014"))
        ctx.notCheckedBecause(key.object, lock ? NotChecked::LockTimeout : NotChecked::Timeout,
                              QCoreApplication::translate("Doctor", "orphan scan %1 after %2 ms; not checked")
                                  .arg(lock ? QCoreApplication::translate("Doctor", "could not get a lock") : QCoreApplication::translate("Doctor", "timed out"))
                                  .arg(timeoutMs));
    else if (r.sqlState == QLatin1String("42501"))
        ctx.notChecked(key.object, NotChecked::Privilege, QStringLiteral("SELECT on %1 and %2").arg(key.child, key.parent));
    else
        ctx.notCheckedBecause(key.object, NotChecked::Error, QCoreApplication::translate("Doctor", "orphan scan failed: %1").arg(r.error));
}

void reportOrphans(CheckContext &ctx, const ForeignKeyScan &key, qint64 orphans, qint64 limit)
{
    const auto &t = ctx.thresholds();
    const QString count = orphans >= limit ? QStringLiteral("at least %1").arg(orphans) : QString::number(orphans);
    ctx.add(Severity::Critical, key.object,
            (orphans >= limit ? QCoreApplication::translate("Doctor", "at least %n row(s) of %1 (%2) reference no row of %3%4%5", nullptr, int(orphans))
                              : QCoreApplication::translate("Doctor", "%n row(s) of %1 (%2) reference no row of %3%4%5", nullptr, int(orphans)))
                .arg(key.child, key.childColumns.join(QStringLiteral(", ")), key.parent,
                     key.sampled ? QCoreApplication::translate("Doctor", " in a %1% sample").arg(t.orphanSamplePct) : QString(),
                     key.validated ? QCoreApplication::translate("Doctor", "; the key is validated, so it was bypassed (replica role, disabled triggers)")
                                   : QCoreApplication::translate("Doctor", "; the key is NOT VALID, so VALIDATE CONSTRAINT will fail until they are fixed")),
            count, QStringLiteral("0"),
            QCoreApplication::translate("Doctor", "-- inspect them:\nSELECT c.* FROM %1 c WHERE %2 LIMIT 100;\n"
                           "-- then delete/repair them, or set the key columns to NULL, and:\n"
                           "ALTER TABLE %1 VALIDATE CONSTRAINT %3;").arg(key.child, key.condition, key.name));
}

// Named, so a reader knows which keys the report says nothing about.
void reportBudgetRanOut(CheckContext &ctx, const QStringList &skipped, int checked, int keyCount)
{
    const auto &t = ctx.thresholds();
    constexpr int named = 10;
    QString which = skipped.mid(0, named).join(QStringLiteral(", "));
    if (skipped.size() > named)
        which = QCoreApplication::translate("Doctor", "%1 and %2 more").arg(which).arg(skipped.size() - named);
    ctx.notCheckedBecause(QStringLiteral("%1 foreign keys").arg(skipped.size()), NotChecked::TimeBudget,
                          QCoreApplication::translate("Doctor", "not checked: the orphan scan budget of %1 ran out after %2 of %3 keys; not scanned: %4")
                              .arg(t.orphanBudgetS < 1 ? QStringLiteral("%1 ms").arg(qRound(t.orphanBudgetS * 1000))
                                                       : formatSeconds(t.orphanBudgetS))
                              .arg(checked).arg(keyCount).arg(which),
                          QCoreApplication::translate("Doctor", "-- run again with a larger budget: --thresholds with {\"orphan_budget_s\": 600}"))
        .value = QString::number(skipped.size());
}

void orphanRows(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const QueryResult keys = ctx.query(foreignKeysSql());
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetMs = qint64(t.orphanBudgetS * 1000);
    const qint64 limit = std::max<qint64>(1, qint64(t.orphanLimit));
    int checked = 0; // scans started
    int judged = 0;  // scans that answered
    int sampledKeys = 0;
    QStringList skippedForBudget;
    int currentTimeoutMs = int(t.checkTimeoutMs); // the runner set it before the check
    const int keyCount = int(keys.rows.size());
    for (int k = 0; k < keyCount; ++k) {
        const QVariantList &row = keys.rows.at(k);
        if (ctx.isCancelled())
            return;
        const ForeignKeyScan key = foreignKeyScan(ctx, row, t.orphanSampleRows);
        if (clock.elapsed() >= budgetMs) {
            skippedForBudget << key.object;
            continue;
        }
        // The slowest check reports its own progress: thousands of keys can take a minute.
        ctx.reportStep(k, keyCount, QCoreApplication::translate("Doctor", "orphans: %1/%2 %3").arg(k + 1).arg(keyCount).arg(row.at(0).toString()));
        if (row.at(12).toString() != QLatin1String("t")) {
            ctx.notChecked(key.object, NotChecked::Privilege, QStringLiteral("SELECT on %1 and %2").arg(key.child, key.parent));
            continue;
        }
        const int timeoutMs = int(std::min<qint64>(qint64(t.checkTimeoutMs), std::max<qint64>(1, budgetMs - clock.elapsed())));
        if (timeoutMs != currentTimeoutMs) {
            // One round trip less per key while the budget is far away: thousands of keys add up.
            ctx.session()->setTimeouts(timeoutMs, int(t.lockTimeoutMs));
            currentTimeoutMs = timeoutMs;
        }
        const QString sample = key.sampled ? QStringLiteral(" TABLESAMPLE SYSTEM (%1)").arg(t.orphanSamplePct) : QString();
        const QueryResult r = ctx.tryQuery(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 %2 c%3 WHERE %4 LIMIT %5) s")
                                               .arg(key.childIsPlain ? QStringLiteral("ONLY") : QString(), key.child,
                                                    sample, key.condition, QString::number(limit)));
        ++checked;
        sampledKeys += key.sampled ? 1 : 0;
        if (!r.ok) {
            reportScanFailure(ctx, key, r, timeoutMs);
            continue;
        }
        ++judged;
        if (const qint64 orphans = r.rows.at(0).at(0).toLongLong(); orphans > 0)
            reportOrphans(ctx, key, orphans, limit);
    }
    if (!skippedForBudget.isEmpty())
        reportBudgetRanOut(ctx, skippedForBudget, checked, keyCount);
    ctx.setJudgedCount(judged);
    // A clean sample is weaker evidence than a clean scan: say how much was sampled — and, when
    // some keys could not be scanned, that the rest is not vouched for.
    const QString scanned = judged < keyCount ? QCoreApplication::translate("Doctor", "%1 of %n foreign key(s) scanned", nullptr, keyCount).arg(judged)
                                              : QCoreApplication::translate("Doctor", "%n foreign key(s) scanned", nullptr, judged);
    ctx.setOkDetail(sampledKeys > 0
                        ? QCoreApplication::translate("Doctor", "%1 (%2 of them in a %3% sample), no orphan rows")
                              .arg(scanned).arg(sampledKeys).arg(t.orphanSamplePct)
                        : QCoreApplication::translate("Doctor", "%1, no orphan rows").arg(scanned));
}

} // namespace

void addIntegrityChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("invalid_indexes"), invalidIndexes}
           << HealthCheck{QStringLiteral("not_valid_constraints"), notValidConstraints}
           << HealthCheck{QStringLiteral("orphan_rows"), orphanRows};
}

} // namespace dbpulse
