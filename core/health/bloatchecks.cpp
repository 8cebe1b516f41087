// Bloat: space in tables and btree indexes that holds no live row. Measured with pgstattuple
// when it is installed and the role may use it (pgstattuple_approx for the largest tables, the
// index advisor's pgstatindex rule for indexes), estimated from the statistics otherwise; every
// finding says which.
#include "core/advisor/catalogrules.h"
#include "core/health/advisorcatalog.h"
#include "core/health/checkcontext.h"
#include "core/io/datasize.h"

#include <cmath>

#include <QCoreApplication>

namespace dbpulse {

namespace {

struct TableSpace
{
    bool known = false;
    double bytes = 0;     ///< the table's main fork
    double wasted = 0;    ///< dead rows plus free space
    QString method;
};

// The expected size of the table's live rows, packed as a fresh load would pack them: tuple
// header (with a null bitmap, to err on the small side of bloat) and data MAXALIGNed, a line
// pointer each, the fillfactor honoured. Unknown without statistics for every column.
TableSpace estimateFromStatistics(const QVariantList &row)
{
    TableSpace s;
    const double relpages = row.at(3).toDouble();
    const double reltuples = row.at(4).toDouble();
    const double blockSize = row.at(5).toDouble();
    const double fillfactor = row.at(6).toDouble();
    const bool complete = row.at(8).toString() == QLatin1String("t");
    if (relpages <= 0 || reltuples < 0 || !complete || row.at(7).toString().isEmpty())
        return s;
    const double columns = row.at(9).toDouble();
    const double header = std::ceil((23 + std::ceil(columns / 8)) / 8) * 8;
    const double tuple = std::ceil((header + row.at(7).toDouble()) / 8) * 8 + 4;
    const double perPage = std::max(1.0, std::floor((blockSize - 24) * fillfactor / 100 / tuple));
    const double expectedPages = std::ceil(reltuples / perPage);
    s.known = true;
    s.bytes = relpages * blockSize;
    s.wasted = std::max(0.0, relpages - expectedPages) * blockSize;
    s.method = QCoreApplication::translate("Doctor", "estimated from statistics (%1 rows of about %2 bytes in %3 pages; pgstattuple would measure it)")
                   .arg(qRound64(reltuples)).arg(qRound(tuple)).arg(qRound64(relpages));
    return s;
}

// Tables whose statistics the role cannot read (pg_stats shows only columns it may SELECT) and
// that pgstattuple could not measure: their bloat is not known, so not "fine" either.
void reportUnreadable(CheckContext &ctx, const QStringList &tables, bool extensionInstalled)
{
    constexpr int named = 10;
    QString which = tables.mid(0, named).join(QStringLiteral(", "));
    if (tables.size() > named)
        which = QCoreApplication::translate("Doctor", "%1 and %2 more").arg(which).arg(tables.size() - named);
    ctx.notCheckedBecause(
        QStringLiteral("%1 table(s)").arg(tables.size()), extensionInstalled ? NotChecked::Privilege : NotChecked::Extension,
        QCoreApplication::translate("Doctor", "not checked: the bloat of %n table(s) cannot be measured or estimated by this role — pg_stats hides "
                       "the columns of tables it may not SELECT, and pgstattuple_approx %1: %2", nullptr, int(tables.size()))
            .arg(extensionInstalled ? QCoreApplication::translate("Doctor", "needs pg_stat_scan_tables (part of pg_monitor)")
                                    : QCoreApplication::translate("Doctor", "is not installed"),
                 which),
        extensionInstalled ? QStringLiteral("GRANT pg_monitor TO %1;").arg(ctx.quoteIdent(ctx.facts().user))
                           : QCoreApplication::translate("Doctor", "CREATE EXTENSION pgstattuple;  -- pg_monitor members may then measure every table"));
}

void tableBloat(CheckContext &ctx, int *judged, int *unknown)
{
    const auto &t = ctx.thresholds();
    const QueryResult ext = ctx.query(QStringLiteral(
        "SELECT n.nspname, has_function_privilege(format('%I.pgstattuple_approx(regclass)', n.nspname), 'EXECUTE')"
        " FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgstattuple'"));
    const bool measurable = !ext.rows.isEmpty() && ext.rows.at(0).at(1).toString() == QLatin1String("t");
    const QString function = measurable ? ctx.quoteIdent(ext.rows.at(0).at(0).toString()) + QStringLiteral(".pgstattuple_approx")
                                        : QString();
    // A table smaller than the waste worth reporting cannot waste that much: largest first.
    const QueryResult tables = ctx.query(QStringLiteral(
        "SELECT c.oid, n.nspname, c.relname, c.relpages::float8, c.reltuples::float8,"
        " current_setting('block_size')::float8,"
        " coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions) WHERE option_name = 'fillfactor'), '100')::float8,"
        " (SELECT sum((1 - s.null_frac) * s.avg_width) FROM pg_stats s"
        "   WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND NOT s.inherited)::float8,"
        " (SELECT count(*) FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND NOT s.inherited)"
        "  = (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
        " (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),"
        " coalesce(st.last_analyze, st.last_autoanalyze) IS NULL,"
        " has_table_privilege(c.oid, 'SELECT')"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " LEFT JOIN pg_stat_user_tables st ON st.relid = c.oid"
        " WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        " AND n.nspname !~ '^pg_(toast|temp_)' AND pg_relation_size(c.oid) >= $1"
        " ORDER BY pg_relation_size(c.oid) DESC LIMIT 500"),
        {QString::number(qint64(t.bloatMinBytes))});
    const int toMeasure = measurable ? std::min(int(tables.rows.size()), int(t.bloatMeasuredTables)) : 0;
    QStringList unreadable;
    for (int i = 0; i < tables.rows.size(); ++i) {
        if (ctx.isCancelled())
            return;
        const QVariantList &row = tables.rows.at(i);
        const QString table = ctx.qualified(row.at(1).toString(), row.at(2).toString());
        TableSpace space;
        QString measureError;
        if (i < toMeasure) {
            ctx.reportStep(i, toMeasure, QCoreApplication::translate("Doctor", "bloat: measuring %1/%2 %3").arg(i + 1).arg(toMeasure).arg(table));
            // Reads only the pages the visibility map does not vouch for: cheap on a vacuumed table.
            const QueryResult m = ctx.tryQuery(QStringLiteral(
                "SELECT table_len::float8, (dead_tuple_len + approx_free_space)::float8, scanned_percent"
                " FROM %1($1::oid::regclass)").arg(function), {row.at(0).toString()});
            if (m.ok && !m.rows.isEmpty()) {
                space.known = true;
                space.bytes = m.rows.at(0).at(0).toDouble();
                space.wasted = m.rows.at(0).at(1).toDouble();
                space.method = QCoreApplication::translate("Doctor", "measured with pgstattuple_approx (%1% of pages scanned)")
                                   .arg(qRound(m.rows.at(0).at(2).toDouble()));
            } else {
                measureError = m.error;
            }
        }
        if (!space.known)
            space = estimateFromStatistics(row);
        if (!space.known && row.at(10).toString() != QLatin1String("t") && row.at(11).toString() != QLatin1String("t")) {
            unreadable << table;
            continue;
        }
        if (!space.known) {
            ++*unknown;
            if (row.at(10).toString() == QLatin1String("t"))
                ctx.add(Severity::Info, table,
                        QCoreApplication::translate("Doctor", "never analyzed: the planner guesses its row counts and its bloat cannot be "
                                       "estimated%1").arg(measureError.isEmpty() ? QString() : QCoreApplication::translate("Doctor", " (pgstattuple: %1)").arg(measureError)),
                        QCoreApplication::translate("Doctor", "no statistics"), QCoreApplication::translate("Doctor", "analyzed"), QStringLiteral("ANALYZE %1;").arg(table),
                        MaintenanceAction::analyze(table));
            continue;
        }
        ++*judged;
        if (!measureError.isEmpty())
            space.method = QCoreApplication::translate("Doctor", "%1 after pgstattuple_approx failed: %2").arg(space.method, measureError);
        const double pct = space.bytes > 0 ? 100.0 * space.wasted / space.bytes : 0;
        if (pct < t.bloatWarningPct || space.wasted < t.bloatMinBytes)
            continue;
        ctx.add(Severity::Warning, table,
                QCoreApplication::translate("Doctor", "about %1 of %2 (%3) is dead rows or free space, %4; VACUUM makes it reusable but does "
                               "not give it back")
                    .arg(formatPercent(pct), formatDataSize(qint64(space.bytes)), formatDataSize(qint64(space.wasted)), space.method),
                formatPercent(pct), formatPercent(t.bloatWarningPct),
                QCoreApplication::translate("Doctor", "-- rewrite it online with pg_repack, or with an ACCESS EXCLUSIVE lock for the whole rewrite:\n"
                               "VACUUM (FULL, ANALYZE) %1;").arg(table));
    }
    if (!unreadable.isEmpty())
        reportUnreadable(ctx, unreadable, !ext.rows.isEmpty());
}

void indexBloat(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const CatalogSnapshot &catalog = ctx.advisorCatalog();
    for (const IndexRecommendation &r : findBloatedIndexes(ctx.advisor().session(), catalog, qint64(t.bloatMinBytes), {})) {
        const QString index = ctx.qualified(r.schema, r.index);
        ctx.add(Severity::Warning, index,
                QCoreApplication::translate("Doctor", "%1 On %2; %3.").arg(r.reason, ctx.qualified(r.schema, r.table), r.estimatedBenefit),
                formatDataSize(r.bytes), formatDataSize(qint64(t.bloatMinBytes)), r.ddl, MaintenanceAction::reindex(index));
    }
}

void bloat(CheckContext &ctx)
{
    int judged = 0;
    int unknown = 0;
    tableBloat(ctx, &judged, &unknown);
    indexBloat(ctx);
    ctx.setJudgedCount(judged);
    const auto &t = ctx.thresholds();
    ctx.setOkDetail(QCoreApplication::translate("Doctor", "%n table(s) of %1 or more judged (%2 without statistics), no btree index bloated", nullptr, judged)
                        .arg(formatDataSize(qint64(t.bloatMinBytes))).arg(unknown),
                    QString(), formatPercent(t.bloatWarningPct));
}

} // namespace

void addBloatChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("bloat"), bloat};
}

} // namespace dbpulse
