#include "advisorfixture.h"

#include "core/demo/localcluster.h"
#include "core/sql/sqlparser.h"

#include <algorithm>

#include <libpq-fe.h>

namespace dbpulse::test {

namespace {

QString run(PGconn *conn, const QString &sql, bool mayFail = false)
{
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    QString error;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && !mayFail)
        error = sql.left(80) + QLatin1String(": ") + QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    return error;
}

PGconn *connect(LocalCluster *cluster, const QString &database)
{
    PGconn *c = PQconnectdb(cluster->uri(database).toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        PQfinish(c);
        return nullptr;
    }
    run(c, QStringLiteral("SET client_min_messages = warning"));
    return c;
}

// Empty when pg_stat_statements holds at least \a expected calls of this database's statements
// other than utility ones; else what it holds, so a test that finds no advice says whether its
// workload was lost (a reset, an eviction) or judged.
QString workloadRecorded(PGconn *conn, int expected)
{
    // Where the extension lives: a test may have changed the session's search_path.
    PGresult *schema = PQexec(conn, "SELECT quote_ident(n.nspname) FROM pg_catalog.pg_extension e "
                                    "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                                    "WHERE e.extname = 'pg_stat_statements'");
    const QByteArray s = PQntuples(schema) == 1 ? QByteArray(PQgetvalue(schema, 0, 0)) : QByteArray("public");
    PQclear(schema);
    const QByteArray sql =
        "SELECT coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(select|with|update|delete|insert)\\M'), 0), "
        "count(*), (SELECT dealloc FROM " + s + ".pg_stat_statements_info), (SELECT stats_reset FROM " + s
        + ".pg_stat_statements_info) FROM " + s + ".pg_stat_statements "
        "WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())";
    PGresult *res = PQexec(conn, sql.constData());
    QString error;
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        error = QStringLiteral("cannot read pg_stat_statements: ") + QString::fromUtf8(PQresultErrorMessage(res));
    else if (QByteArray(PQgetvalue(res, 0, 0)).toLongLong() < expected)
        error = QStringLiteral("pg_stat_statements lost the workload: %1 calls of %2 entries recorded, %3 expected "
                               "(entries evicted since start: %4, last full reset: %5)")
                    .arg(QString::fromUtf8(PQgetvalue(res, 0, 0)), QString::fromUtf8(PQgetvalue(res, 0, 1)))
                    .arg(expected)
                    .arg(QString::fromUtf8(PQgetvalue(res, 0, 2)), QString::fromUtf8(PQgetvalue(res, 0, 3)));
    PQclear(res);
    return error;
}

} // namespace

QString AdvisorFixture::exec(LocalCluster *cluster, const QString &database, const QString &sql)
{
    PGconn *c = connect(cluster, database);
    if (!c)
        return QStringLiteral("cannot connect to ") + database;
    const QString error = run(c, sql);
    PQfinish(c);
    return error;
}

QString AdvisorFixture::prepare(LocalCluster *cluster, const QString &name, const QStringList &setup,
                                const QStringList &workload, int repeat, bool hypopg)
{
    QString error = exec(cluster, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    if (error.isEmpty())
        error = exec(cluster, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    if (!error.isEmpty())
        return error;
    PGconn *c = connect(cluster, name);
    if (!c)
        return QStringLiteral("cannot connect to ") + name;
    QStringList all = setup;
    all << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    if (!hypopg)
        all << QStringLiteral("DROP EXTENSION IF EXISTS hypopg");
    all << QStringLiteral("VACUUM ANALYZE")
        << QStringLiteral("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
    for (const QString &sql : std::as_const(all)) {
        const bool mayFail = sql.startsWith(QLatin1Char('!'));
        error = run(c, mayFail ? sql.mid(1) : sql, mayFail);
        if (!error.isEmpty())
            break;
    }
    for (int i = 1; error.isEmpty() && i <= repeat; ++i) {
        for (const QString &sql : workload) {
            error = run(c, sql.arg(i));
            if (!error.isEmpty())
                break;
        }
    }
    // The session's scan counts reach the statistics views when it flushes them: on exit, which
    // happens after PQfinish returns (a loaded machine let the advisor read zero seq scans first),
    // or, asked to, before this statement's result is sent back (PostgreSQL 15).
    if (error.isEmpty())
        run(c, QStringLiteral("SELECT pg_catalog.pg_stat_force_next_flush()"), true);
    // Only statements that read or write rows: SET ROLE and the like are not the workload.
    const qsizetype planned = std::count_if(workload.cbegin(), workload.cend(), [](const QString &sql) {
        static const QStringList rowNodes{QStringLiteral("SelectStmt"), QStringLiteral("InsertStmt"),
                                          QStringLiteral("UpdateStmt"), QStringLiteral("DeleteStmt")};
        const SqlParse parsed = parseSql(sql.arg(1));
        return parsed.ok && parsed.statements.size() == 1 && rowNodes.contains(parsed.statements.first().nodeType);
    });
    if (error.isEmpty() && repeat > 0 && planned > 0)
        error = workloadRecorded(c, repeat * int(planned));
    PQfinish(c);
    return error;
}

const IndexRecommendation *findAdvice(const AdvisorReport &report, const QString &kind, const QString &table,
                                      const QString &index, const QStringList &columns)
{
    for (const IndexRecommendation &r : report.recommendations) {
        if (kindName(r.kind) == kind && r.table == table
            && (index.isEmpty() ? (columns.isEmpty() || r.columns == columns) : r.index == index))
            return &r;
    }
    return nullptr;
}

bool standInsStay(const AdvisorReport &report)
{
    using Kind = IndexRecommendation::Kind;
    QStringList dropped;
    for (const IndexRecommendation &r : report.recommendations) {
        if (r.kind == Kind::Unused || r.kind == Kind::Duplicate || r.kind == Kind::Redundant || r.kind == Kind::Invalid)
            dropped << r.schema + QLatin1Char('.') + r.index;
    }
    for (const IndexRecommendation &r : report.recommendations) {
        if (r.kind != Kind::Duplicate && r.kind != Kind::Redundant)
            continue;
        if (r.keptIndex.isEmpty() || dropped.contains(r.schema + QLatin1Char('.') + r.keptIndex))
            return false;
    }
    return true;
}

QString describe(const AdvisorReport &report)
{
    QStringList lines;
    for (const IndexRecommendation &r : report.recommendations)
        lines << QStringLiteral("%1 %2.%3 (%4) %5%6: %7")
                     .arg(kindName(r.kind), r.schema, r.table, r.columns.join(QLatin1Char(',')), r.index,
                          r.keptIndex.isEmpty() ? QString() : QStringLiteral(" (keeps %1)").arg(r.keptIndex), r.ddl);
    lines += report.notes;
    if (report.sandboxMissing)
        lines << QStringLiteral("no sandbox role: other roles' statements were not planned");
    if (!report.error.isEmpty())
        lines << QStringLiteral("error: ") + report.error;
    return lines.join(QLatin1Char('\n'));
}

} // namespace dbpulse::test
