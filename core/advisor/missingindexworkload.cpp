// The missing-index rule's input: pg_stat_statements' most expensive statements of this database,
// each with the search_path of the role that ran it most.
#include "core/advisor/missingindexworkload.h"

#include "core/advisor/catalogreader.h"
#include "core/db/pgsession.h"

#include <QCoreApplication>

namespace dbpulse {

Workload readWorkload(CatalogReader &session, const MissingIndexOptions &options, QStringList *notes)
{
    Workload workload;
    const AdvisorRows ext = session.query(QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'), "
        "(SELECT count(*) FROM pg_extension WHERE extname = 'hypopg'), "
        "(SELECT count(*) FROM pg_available_extensions WHERE name = 'hypopg')"));
    if (!ext.ok || ext.rows.isEmpty() || ext.rows[0][0] == QLatin1String("0")) {
        *notes << QCoreApplication::translate("Advisor", "pg_stat_statements is not installed in this database: no missing-index advice "
                                 "(CREATE EXTENSION pg_stat_statements; it needs shared_preload_libraries).");
        return workload;
    }
    workload.hypopg = options.useHypopg && ext.rows[0][1] != QLatin1String("0");
    if (!workload.hypopg) {
        *notes << (ext.rows[0][2] != QLatin1String("0") && options.useHypopg
                       ? QCoreApplication::translate("Advisor", "hypopg is available but not installed in this database (CREATE EXTENSION hypopg): "
                                        "missing-index advice is heuristic, not confirmed by what-if plans.")
                       : options.useHypopg ? QCoreApplication::translate("Advisor", "hypopg is not available: missing-index advice is heuristic, "
                                                            "not confirmed by what-if plans.")
                                           : QCoreApplication::translate("Advisor", "what-if plans (hypopg) switched off: missing-index advice is "
                                                            "heuristic."));
    }
    const QString statementsView = session.session()->extensionObject(QStringLiteral("pg_stat_statements"),
                                                                      QStringLiteral("pg_stat_statements"));
    // Per statement, the search_path the role that ran it most gets here (its own settings for this
    // database, else for every database; empty: the database's or server's, which the sandbox gets too).
    const AdvisorRows stmts = session.query(QStringLiteral(
        "WITH w AS (SELECT query, sum(calls)::bigint AS calls, sum(total_exec_time) AS total, "
        "string_agg(DISTINCT queryid::text, ',') AS ids, (array_agg(userid ORDER BY calls DESC))[1] AS top "
        "FROM %1 "
        "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND query ~* '^\\s*(select|with|update|delete)\\M' "
        // The catalog queries of monitoring tools (ours included) never need user indexes.
        "AND query !~ '\\mpg_(catalog|class|index|namespace|attribute|constraint|stat_\\w+|extension|database|"
        "stats|settings|locks|am|inherits|partition_\\w+)\\M' "
        // Nor do hypopg's what-if calls and "SELECT 1" probes (the advisor's own runs leave both there).
        "AND query !~ '\\mhypopg_\\w+\"?\\(' AND query !~* '^\\s*select\\s+\\$1\\s*;?\\s*$' "
        "GROUP BY query HAVING sum(calls) >= $1 ORDER BY 3 DESC LIMIT $2) "
        "SELECT w.query, w.calls, w.total, w.ids, "
        "(SELECT substr(cfg, 13) FROM pg_db_role_setting d CROSS JOIN unnest(d.setconfig) AS cfg "
        " WHERE d.setrole = w.top AND d.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database())) "
        " AND cfg LIKE 'search\\_path=%' ORDER BY d.setdatabase = 0 LIMIT 1), "
        "(SELECT rolname FROM pg_roles WHERE oid = w.top) "
        "FROM w ORDER BY w.total DESC").arg(statementsView),
        {QString::number(options.minCalls), QString::number(options.maxStatements)});
    if (!stmts.ok) {
        *notes << (stmts.error.contains(QLatin1String("invalid byte sequence"))
                       ? QCoreApplication::translate("Advisor", "cannot read pg_stat_statements: %1 (a statement recorded in a database with another encoding, e.g. SQL_ASCII, "
                                        "is not valid in this one; pg_stat_statements_reset() clears it)")
                       : QCoreApplication::translate("Advisor", "cannot read pg_stat_statements: %1"))
                      .arg(stmts.error);
        return workload;
    }
    for (const QStringList &row : stmts.rows) {
        WorkloadStatement s;
        s.sql = row[0];
        s.calls = row[1].toLongLong();
        s.queryIds = row[3].split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.roleSearchPath = row[4];
        s.role = row[5];
        workload.statements << s;
    }
    workload.ok = true;
    return workload;
}

} // namespace dbpulse
