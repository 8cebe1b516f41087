#include "core/advisor/indexapply.h"

#include "core/advisor/catalogreader.h"

#include <QCoreApplication>

namespace dbpulse {

QString createIndexProgressSql()
{
    // Percent from whichever counter the current phase advances; the text says which, so a
    // jump from "blocks" to "tuples" between phases is not mistaken for a step backwards.
    return QStringLiteral(
        "SELECT CASE WHEN blocks_total > 0 AND blocks_done < blocks_total THEN 100.0 * blocks_done / blocks_total "
        "            WHEN tuples_total > 0 THEN 100.0 * tuples_done / tuples_total "
        "            WHEN lockers_total > 0 THEN 100.0 * lockers_done / lockers_total END, "
        "       phase || CASE WHEN blocks_total > 0 AND blocks_done < blocks_total "
        "                     THEN format(' (blocks %s of %s)', blocks_done, blocks_total) "
        "                     WHEN tuples_total > 0 THEN format(' (tuples %s of %s)', tuples_done, tuples_total) "
        "                     WHEN lockers_total > 0 THEN format(' (%s of %s transactions)', lockers_done, lockers_total) "
        "                     ELSE '' END "
        "FROM pg_stat_progress_create_index WHERE pid = $1");
}

StatementJobRequest indexApplyRequest(const IndexRecommendation &rec, const Target &target, const QString &password)
{
    StatementJobRequest request;
    request.target = target;
    request.password = password;
    request.sql = rec.ddl;
    const QString ddl = rec.ddl.trimmed();
    const bool builds = ddl.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive)
        || ddl.startsWith(QLatin1String("REINDEX"), Qt::CaseInsensitive);
    if (builds)
        request.progressSql = createIndexProgressSql();
    request.description = builds ? QCoreApplication::translate("Advisor", "building the index on %1").arg(rec.table)
                                 : QCoreApplication::translate("Advisor", "applying %1 advice on %2").arg(kindName(rec.kind), rec.table);
    return request;
}

IndexLeftovers findIndexLeftovers(const IndexRecommendation &rec, const Target &target, const QString &password)
{
    IndexLeftovers out;
    CatalogReader session;
    if (!session.open(target, password, 10000, 10000)) {
        out.error = session.error();
        return out;
    }
    // Key columns by name in index order, so the match does not depend on the name PostgreSQL chose.
    const AdvisorRows rows = session.query(QStringLiteral(
        "SELECT c.relname FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = $1 AND t.relname = $2 AND NOT i.indisvalid "
        "AND (SELECT string_agg(coalesce(a.attname, ''), chr(31) ORDER BY k.ord) "
        "     FROM unnest(i.indkey[0:i.indnkeyatts - 1]) WITH ORDINALITY k(attnum, ord) "
        "     LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) = $3 "
        "AND NOT EXISTS (SELECT 1 FROM pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid) "
        "ORDER BY 1"),
        {rec.schema, rec.table, rec.columns.join(QChar(0x1f))});
    if (!rows.ok) {
        out.error = rows.error;
        return out;
    }
    QStringList ddl;
    for (const QStringList &row : rows.rows) {
        out.indexes << row[0];
        ddl << QStringLiteral("DROP INDEX CONCURRENTLY %1.%2;").arg(quoteIdentifier(rec.schema), quoteIdentifier(row[0]));
    }
    out.cleanupDdl = ddl.join(QLatin1Char('\n'));
    return out;
}

} // namespace dbpulse
