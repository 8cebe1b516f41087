#include "core/metrics/metricsqueries.h"

namespace dbpulse::MetricsQueries {

namespace {

// Both queries report their own queryid (own_query_id, from this backend's activity entry), so
// DB Pulse leaves its monitoring out of the statement figures even when no query text can be read.
// Read through to_jsonb: the query_id column exists from PostgreSQL 14 on, and the server query
// must keep working on older servers (NULL there).
//
// Client backends only: background workers and walsenders are not "connections" to an on-call engineer.
// The activity CTE is referenced several times, so PostgreSQL materialises it: one scan.
constexpr auto serverSql = R"SQL(/* dbpulse:metrics server */
WITH a AS (
  SELECT pid, state, wait_event_type, query_start, xact_start
  FROM pg_stat_activity WHERE backend_type = 'client backend'
), d AS (
  SELECT coalesce(sum(xact_commit), 0)::bigint AS commits, coalesce(sum(xact_rollback), 0)::bigint AS rollbacks,
         coalesce(sum(blks_hit), 0)::bigint AS blks_hit, coalesce(sum(blks_read), 0)::bigint AS blks_read,
         coalesce(sum(temp_files), 0)::bigint AS temp_files, coalesce(sum(temp_bytes), 0)::bigint AS temp_bytes,
         coalesce(sum(deadlocks), 0)::bigint AS deadlocks,
         coalesce(extract(epoch FROM max(stats_reset)), 0)::float8 AS stats_reset_s
  FROM pg_stat_database
), t AS (
  SELECT coalesce(sum(heap_blks_hit + coalesce(toast_blks_hit, 0)), 0)::bigint AS hit,
         coalesce(sum(heap_blks_read + coalesce(toast_blks_read, 0)), 0)::bigint AS rd
  FROM pg_statio_user_tables
), i AS (
  SELECT coalesce(sum(idx_blks_hit), 0)::bigint AS hit, coalesce(sum(idx_blks_read), 0)::bigint AS rd
  FROM pg_statio_user_indexes
)
SELECT extract(epoch FROM clock_timestamp())::float8 AS now_s,
  extract(epoch FROM pg_postmaster_start_time())::float8 AS postmaster_s,
  (SELECT count(*) FROM a) AS total,
  (SELECT count(*) FROM a WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') AS active,
  (SELECT count(*) FROM a WHERE state = 'idle') AS idle,
  (SELECT count(*) FROM a WHERE state LIKE 'idle in transaction%') AS idle_in_tx,
  (SELECT count(*) FROM a WHERE state = 'active' AND wait_event_type = 'Lock') AS waiting,
  current_setting('max_connections')::int AS max_connections,
  (SELECT extract(epoch FROM clock_timestamp() - min(query_start))::float8 FROM a
    WHERE state = 'active' AND pid <> pg_backend_pid()) AS longest_query_s,
  (SELECT extract(epoch FROM clock_timestamp() - min(xact_start))::float8 FROM a
    WHERE pid <> pg_backend_pid()) AS longest_xact_s,
  d.commits, d.rollbacks, d.blks_hit, d.blks_read, d.temp_files, d.temp_bytes, d.deadlocks, d.stats_reset_s,
  t.hit AS table_hit, t.rd AS table_read, i.hit AS index_hit, i.rd AS index_read,
  (WITH w AS (SELECT pid, pg_blocking_pids(pid) AS by FROM pg_stat_activity WHERE wait_event_type = 'Lock'),
        n AS (SELECT pid FROM w UNION SELECT unnest(by) FROM w)
   SELECT json_agg(json_build_object(
            'pid', s.pid, 'blocked_by', coalesce(w.by, '{}'::int[]),
            'wait_s', CASE WHEN w.pid IS NOT NULL THEN extract(epoch FROM clock_timestamp() - coalesce(
                (SELECT min(l.waitstart) FROM pg_locks l WHERE l.pid = s.pid AND NOT l.granted), s.state_change))::float8 END,
            'state', s.state, 'user', s.usename, 'query', left(s.query, 200)))
   FROM n JOIN pg_stat_activity s ON s.pid = n.pid LEFT JOIN w ON w.pid = n.pid) AS blocking,
  (SELECT json_agg(json_build_object(
            'application_name', application_name, 'client_addr', host(client_addr), 'state', state,
            'sync_state', sync_state, 'write_lag_s', extract(epoch FROM write_lag)::float8,
            'flush_lag_s', extract(epoch FROM flush_lag)::float8, 'replay_lag_s', extract(epoch FROM replay_lag)::float8,
            'replay_lag_bytes', CASE WHEN pg_is_in_recovery() THEN NULL
                                     ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint END))
   FROM pg_stat_replication) AS replication,
  coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
    OR pg_has_role('pg_read_all_stats', 'USAGE') AS sees_all,
  current_user AS role_name,
  (SELECT (to_jsonb(x) ->> 'query_id')::bigint FROM pg_stat_get_activity(pg_backend_pid()) x) AS own_query_id,
  (%1) AS statements_schema
FROM d, t, i)SQL";

// pg_stat_statements' quoted schema, or no row: the server sample reads it, and a text request
// that comes before the first sample asks for it alone.
constexpr auto statementsSchemaSql = R"SQL(SELECT quote_ident(n.nspname) FROM pg_extension e
    JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements')SQL";

// showtext => false: the texts live in a file on the server; reading it every second is the
// expensive part of pg_stat_statements. One row per entry, not grouped by queryid: with 5,000
// entries a GROUP BY (numeric sums) costs the server more than the scan itself, so the entries of
// one queryid (users, databases) are merged by the client, their moments through sums of squares.
//
// Only changed entries are shipped: $1…$4 are the (queryid, userid, dbid, calls) the client holds,
// and a hash anti-join drops every entry whose calls did not move (pg_stat_statements changes an
// entry's counters only together with its calls). Empty arrays read everything. Sending 5,000 rows
// cost the server more than scanning them.
//
// The header values are computed once (MATERIALIZED): inlined, their numeric extracts ran for
// every one of the 5,000 rows and cost as much as the scan.
constexpr auto statementsSql = R"SQL(/* dbpulse:metrics statements */
WITH h AS MATERIALIZED (
  SELECT extract(epoch FROM clock_timestamp())::float8 AS now_s,
    extract(epoch FROM pg_postmaster_start_time())::float8 AS postmaster_s,
    i.dealloc, coalesce(extract(epoch FROM i.stats_reset), 0)::float8 AS reset_s,
    (SELECT query_id FROM pg_stat_get_activity(pg_backend_pid())) AS own_query_id
  FROM %1.pg_stat_statements_info i)
SELECT h.*, s.*
FROM h LEFT JOIN LATERAL (
  SELECT p.queryid, p.userid, p.dbid, p.calls, p.total_exec_time AS total_ms,
    p.calls * (p.stddev_exec_time * p.stddev_exec_time + p.mean_exec_time * p.mean_exec_time) AS squares,
    p.min_exec_time AS min_ms, p.max_exec_time AS max_ms, p.rows,
    p.shared_blks_hit AS blks_hit, p.shared_blks_read AS blks_read
  FROM %1.pg_stat_statements(false) p
  WHERE p.toplevel AND p.queryid IS NOT NULL AND p.calls > 0
    AND NOT EXISTS (SELECT FROM unnest($1::bigint[], $2::oid[], $3::oid[], $4::bigint[]) AS k(queryid, userid, dbid, calls)
                    WHERE k.queryid = p.queryid AND k.userid = p.userid AND k.dbid = p.dbid AND k.calls = p.calls)) s ON true)SQL";

// A queryid also has nested entries (track = all) whose text is the outer statement's, e.g.
// "EXPLAIN …" or a function call: the text of the top-level entry is the statement's own.
constexpr auto textsSql = R"SQL(/* dbpulse:metrics texts */
SELECT DISTINCT ON (queryid) queryid, left(query, %1) AS query
FROM %2.pg_stat_statements(true) WHERE queryid = ANY($1::bigint[])
ORDER BY queryid, toplevel DESC)SQL";

} // namespace

QString marker()
{
    return QStringLiteral("/* dbpulse:");
}

QString statementsSchema()
{
    return QString::fromUtf8(statementsSchemaSql);
}

QString server()
{
    return QString::fromUtf8(serverSql).arg(QString::fromUtf8(statementsSchemaSql));
}

QString statements(const QString &schema)
{
    return QString::fromUtf8(statementsSql).arg(schema);
}

QString statementTexts(int maxChars, const QString &schema)
{
    return QString::fromUtf8(textsSql).arg(maxChars).arg(schema);
}

} // namespace dbpulse::MetricsQueries
