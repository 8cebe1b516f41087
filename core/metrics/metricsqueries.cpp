#include "core/metrics/metricsqueries.h"

namespace dbpulse::MetricsQueries {

namespace {

// Both queries report their own queryid (own_query_id, from this backend's activity entry), so
// DB Pulse leaves its monitoring out of the statement figures even when no query text can be read.
// Read through to_jsonb: the query_id column exists from PostgreSQL 14 on, and the server query
// must keep working on older servers (NULL there).
//
// Client backends only: background workers and walsenders are not "connections" to an on-call engineer.
// The activity CTE is referenced several times, so PostgreSQL materialises it: one scan, of
// pg_stat_get_activity() itself (the view's joins to pg_database and pg_authid are not needed).
// An active session with a wait event (Lock, LWLock, IO, IPC, Client…) counts as waiting, not active.
//
// Blocking: pg_blocking_pids() only for sessions waiting on a heavyweight lock, and only when one
// does (the CASE): it takes the lock manager's partition locks, and pg_locks is read once, for
// the waiters' wait start. Blockers are any backend (autovacuum too); pid 0 is a prepared
// transaction, and a blocker pg_stat_activity no longer lists is still reported ("known": false).
//
// Replication: the WAL senders and slots are arrays of max_wal_senders and max_replication_slots
// entries in shared memory: no rows, no cost. Not through pg_stat_replication, which builds every
// backend's activity row again to join it (half a millisecond with 100 connections, and most of
// the planning time): each sender's own activity row is looked up by its pid. Byte distances are from this
// server's WAL position (a standby's replay position, since pg_current_wal_lsn() fails in
// recovery); the receiver part runs only on a standby.
// Scope: a target names a database (the connected one, "mine"). Connections, longest query and
// transaction, pg_stat_database's row and pg_statio are that database's; the server_* columns
// (every client backend, pg_stat_database summed, checkpoints, the WAL position) are the whole
// server's. The blocking tree and replication are the server's.
//
// server_databases is the server's per-database list (every database that takes connections):
// its rows of pg_stat_database, read once (pd, materialised: d, sd and the list use it), and
// its client backends.
//
// Table and index block hits and reads (pg_statio_user_tables and _indexes summed) come from one
// pass over pg_class with the pg_stat_get_blocks_* functions those views call: tables and
// materialised views with their TOAST table, and their indexes (an index lives in its table's
// schema; indexes of TOAST tables are not counted, as in the views). The views themselves cost ten
// times as much to plan and run.
//
// Checkpoints come from pg_stat_bgwriter through to_jsonb, so a server that moved them elsewhere
// (pg_stat_checkpointer, PostgreSQL 17) gives NULL instead of an error. The WAL position is the
// replay position on a standby, like the replication distances.
constexpr auto serverSql = R"SQL(/* dbpulse:metrics server */
WITH me AS (
  SELECT oid AS datid, datname, datconnlimit FROM pg_database WHERE datname = current_database()
), a AS (
  SELECT pid, datid, state, wait_event_type, query_start, xact_start, datid = (SELECT datid FROM me) AS mine
  FROM pg_stat_get_activity(NULL) WHERE backend_type = 'client backend'
), c AS (
  SELECT count(*) FILTER (WHERE mine) AS total,
    count(*) FILTER (WHERE mine AND state = 'active' AND wait_event_type IS NULL) AS active,
    count(*) FILTER (WHERE mine AND state = 'idle') AS idle,
    count(*) FILTER (WHERE mine AND state LIKE 'idle in transaction%') AS idle_in_tx,
    count(*) FILTER (WHERE mine AND state = 'active' AND wait_event_type IS NOT NULL) AS waiting,
    count(*) AS server_total,
    count(*) FILTER (WHERE state = 'active' AND wait_event_type IS NULL) AS server_active,
    count(*) FILTER (WHERE state = 'idle') AS server_idle,
    count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS server_idle_in_tx,
    count(*) FILTER (WHERE state = 'active' AND wait_event_type IS NOT NULL) AS server_waiting,
    extract(epoch FROM clock_timestamp() - min(query_start) FILTER (
      WHERE mine AND state = 'active' AND pid <> pg_backend_pid()))::float8 AS longest_query_s,
    extract(epoch FROM clock_timestamp() - min(xact_start) FILTER (
      WHERE mine AND pid <> pg_backend_pid()))::float8 AS longest_xact_s,
    extract(epoch FROM clock_timestamp() - min(xact_start) FILTER (
      WHERE pid <> pg_backend_pid()))::float8 AS server_longest_xact_s
  FROM a
), pd AS (
  SELECT datid, datname, xact_commit, xact_rollback, blks_hit, blks_read, temp_files, temp_bytes, deadlocks, stats_reset
  FROM pg_stat_database
), d AS (
  SELECT coalesce(sum(xact_commit), 0)::bigint AS commits, coalesce(sum(xact_rollback), 0)::bigint AS rollbacks,
         coalesce(sum(blks_hit), 0)::bigint AS blks_hit, coalesce(sum(blks_read), 0)::bigint AS blks_read,
         coalesce(sum(temp_files), 0)::bigint AS temp_files, coalesce(sum(temp_bytes), 0)::bigint AS temp_bytes,
         coalesce(sum(deadlocks), 0)::bigint AS deadlocks,
         coalesce(extract(epoch FROM max(stats_reset)), 0)::float8 AS stats_reset_s
  FROM pd WHERE datid = (SELECT datid FROM me)
), sd AS (
  SELECT coalesce(sum(xact_commit), 0)::bigint AS commits, coalesce(sum(xact_rollback), 0)::bigint AS rollbacks,
         coalesce(sum(blks_hit), 0)::bigint AS blks_hit, coalesce(sum(blks_read), 0)::bigint AS blks_read,
         coalesce(sum(temp_files), 0)::bigint AS temp_files, coalesce(sum(temp_bytes), 0)::bigint AS temp_bytes,
         coalesce(sum(deadlocks), 0)::bigint AS deadlocks,
         coalesce(extract(epoch FROM max(stats_reset)), 0)::float8 AS stats_reset_s
  FROM pd
), io AS (
  SELECT coalesce(sum(pg_stat_get_blocks_hit(c.oid) + pg_stat_get_blocks_hit(c.reltoastrelid))
           FILTER (WHERE c.relkind <> 'i'), 0)::bigint AS table_hit,
         coalesce(sum(pg_stat_get_blocks_fetched(c.oid) - pg_stat_get_blocks_hit(c.oid)
             + pg_stat_get_blocks_fetched(c.reltoastrelid) - pg_stat_get_blocks_hit(c.reltoastrelid))
           FILTER (WHERE c.relkind <> 'i'), 0)::bigint AS table_read,
         coalesce(sum(pg_stat_get_blocks_hit(c.oid)) FILTER (WHERE c.relkind = 'i'), 0)::bigint AS index_hit,
         coalesce(sum(pg_stat_get_blocks_fetched(c.oid) - pg_stat_get_blocks_hit(c.oid))
           FILTER (WHERE c.relkind = 'i'), 0)::bigint AS index_read
  FROM pg_class c
  WHERE c.relkind IN ('r', 'm', 'i') AND c.relnamespace NOT IN (
    SELECT oid FROM pg_namespace WHERE nspname IN ('pg_catalog', 'information_schema') OR nspname ~ '^pg_toast')
), wal AS (
  SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn
)
SELECT extract(epoch FROM clock_timestamp())::float8 AS now_s,
  extract(epoch FROM pg_postmaster_start_time())::float8 AS postmaster_s,
  (SELECT datname FROM me) AS database_name, (SELECT datid FROM me)::bigint AS database_id,
  c.total, c.active, c.idle, c.idle_in_tx, c.waiting,
  c.server_total, c.server_active, c.server_idle, c.server_idle_in_tx, c.server_waiting,
  (SELECT json_object_agg(wait_event_type, n) FROM (SELECT wait_event_type, count(*) AS n FROM a
    WHERE mine AND state = 'active' AND wait_event_type IS NOT NULL GROUP BY wait_event_type) x) AS waiting_by_type,
  (SELECT json_object_agg(wait_event_type, n) FROM (SELECT wait_event_type, count(*) AS n FROM a
    WHERE state = 'active' AND wait_event_type IS NOT NULL GROUP BY wait_event_type) x) AS server_waiting_by_type,
  current_setting('max_connections')::int AS max_connections,
  (SELECT datconnlimit FROM me) AS database_connection_limit,
  c.longest_query_s, c.longest_xact_s, c.server_longest_xact_s,
  d.commits, d.rollbacks, d.blks_hit, d.blks_read, d.temp_files, d.temp_bytes, d.deadlocks, d.stats_reset_s,
  sd.commits AS server_commits, sd.rollbacks AS server_rollbacks, sd.blks_hit AS server_blks_hit,
  sd.blks_read AS server_blks_read, sd.temp_files AS server_temp_files, sd.temp_bytes AS server_temp_bytes,
  sd.deadlocks AS server_deadlocks, sd.stats_reset_s AS server_stats_reset_s,
  (SELECT (to_jsonb(b) ->> 'checkpoints_timed')::bigint + (to_jsonb(b) ->> 'checkpoints_req')::bigint
     FROM pg_stat_bgwriter b) AS server_checkpoints,
  (SELECT pg_wal_lsn_diff(lsn, '0/0')::bigint FROM wal) AS server_wal_bytes,
  (SELECT json_agg(json_build_object('datid', p.datid::bigint, 'name', p.datname, 'connections', coalesce(n.n, 0),
            'transactions', p.xact_commit + p.xact_rollback, 'hit', p.blks_hit, 'read', p.blks_read))
     FROM pd p JOIN pg_database db ON db.oid = p.datid
     LEFT JOIN (SELECT datid, count(*) AS n FROM a GROUP BY datid) n ON n.datid = p.datid
     WHERE db.datallowconn) AS server_databases,
  io.table_hit, io.table_read, io.index_hit, io.index_read,
  CASE WHEN EXISTS (SELECT FROM a WHERE wait_event_type = 'Lock') THEN (
  WITH b AS (SELECT pid, by FROM (SELECT pid, pg_blocking_pids(pid) AS by FROM a WHERE wait_event_type = 'Lock') w
             WHERE cardinality(by) > 0),
       n AS (SELECT pid FROM b UNION SELECT unnest(by) FROM b),
       l AS (SELECT pid, min(waitstart) AS since FROM pg_locks WHERE NOT granted GROUP BY pid)
   SELECT json_agg(json_build_object(
            'pid', n.pid, 'blocked_by', coalesce(b.by, '{}'::int[]), 'known', s.pid IS NOT NULL,
            'wait_s', CASE WHEN b.pid IS NOT NULL
                           THEN extract(epoch FROM clock_timestamp() - coalesce(l.since, s.state_change))::float8 END,
            'xact_s', extract(epoch FROM clock_timestamp() - s.xact_start)::float8,
            'state', s.state, 'wait_event_type', s.wait_event_type, 'wait_event', s.wait_event,
            'user', s.usename, 'database', s.datname, 'backend_start', extract(epoch FROM s.backend_start)::text,
            'query', left(s.query, 200)))
   FROM n LEFT JOIN b ON b.pid = n.pid LEFT JOIN pg_stat_activity s ON s.pid = n.pid
        LEFT JOIN l ON l.pid = n.pid) END AS blocking,
  json_build_object('in_recovery', pg_is_in_recovery(),
    'standbys', (SELECT json_agg(json_build_object(
            'application_name', sa.application_name, 'client_addr', host(sa.client_addr), 'state', r.state,
            'sync_state', r.sync_state, 'write_lag_s', extract(epoch FROM r.write_lag)::float8,
            'flush_lag_s', extract(epoch FROM r.flush_lag)::float8, 'replay_lag_s', extract(epoch FROM r.replay_lag)::float8,
            'write_lag_bytes', pg_wal_lsn_diff(w.lsn, r.write_lsn)::bigint,
            'flush_lag_bytes', pg_wal_lsn_diff(w.lsn, r.flush_lsn)::bigint,
            'replay_lag_bytes', pg_wal_lsn_diff(w.lsn, r.replay_lsn)::bigint))
       FROM pg_stat_get_wal_senders() r CROSS JOIN LATERAL pg_stat_get_activity(r.pid) sa, wal w),
    'slots', (SELECT json_agg(json_build_object(
            'slot_name', p.slot_name, 'slot_type', p.slot_type, 'database', p.database, 'active', p.active,
            'retained_bytes', pg_wal_lsn_diff(w.lsn, p.restart_lsn)::bigint, 'wal_status', p.wal_status))
       FROM pg_replication_slots p, wal w),
    'standby', CASE WHEN pg_is_in_recovery() THEN (SELECT json_build_object(
            'receiver_status', r.status, 'sender_host', r.sender_host, 'sender_port', r.sender_port,
            'slot_name', r.slot_name,
            'last_msg_age_s', extract(epoch FROM clock_timestamp() - r.last_msg_receipt_time)::float8,
            'replay_delay_s', extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8,
            'received_not_replayed_bytes', pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint)
       FROM (SELECT) one LEFT JOIN pg_stat_wal_receiver r ON true) END) AS replication,
  coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
    OR pg_has_role('pg_read_all_stats', 'USAGE') AS sees_all,
  current_user AS role_name,
  (SELECT (to_jsonb(x) ->> 'query_id')::bigint FROM pg_stat_get_activity(pg_backend_pid()) x) AS own_query_id,
  (%1) AS statements_schema
FROM c, d, sd, io)SQL";

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
// Names of the database and role of each shipped entry: only changed entries are shipped, so a
// name costs one catalog lookup per change, and the client keeps it (StatementEntries). They are
// looked up after the anti-join (s is MATERIALIZED): in the scan's target list they ran for every
// one of the 5,000 entries, a third of the query's time.
//
// The header values are computed once (MATERIALIZED): inlined, their numeric extracts ran for
// every one of the 5,000 rows and cost as much as the scan.
constexpr auto statementsSql = R"SQL(/* dbpulse:metrics statements */
WITH h AS MATERIALIZED (
  SELECT extract(epoch FROM clock_timestamp())::float8 AS now_s,
    extract(epoch FROM pg_postmaster_start_time())::float8 AS postmaster_s,
    i.dealloc, coalesce(extract(epoch FROM i.stats_reset), 0)::float8 AS reset_s,
    (SELECT query_id FROM pg_stat_get_activity(pg_backend_pid())) AS own_query_id
  FROM %1.pg_stat_statements_info i
), s AS MATERIALIZED (
  SELECT p.queryid, p.userid, p.dbid, p.calls, p.total_exec_time AS total_ms,
    p.calls * (p.stddev_exec_time * p.stddev_exec_time + p.mean_exec_time * p.mean_exec_time) AS squares,
    p.min_exec_time AS min_ms, p.max_exec_time AS max_ms, p.rows,
    p.shared_blks_hit AS blks_hit, p.shared_blks_read AS blks_read
  FROM %1.pg_stat_statements(false) p
  WHERE p.toplevel AND p.queryid IS NOT NULL AND p.calls > 0
    AND NOT EXISTS (SELECT FROM unnest($1::bigint[], $2::oid[], $3::oid[], $4::bigint[]) AS k(queryid, userid, dbid, calls)
                    WHERE k.queryid = p.queryid AND k.userid = p.userid AND k.dbid = p.dbid AND k.calls = p.calls))
SELECT h.*, s.*, (SELECT d.datname FROM pg_database d WHERE d.oid = s.dbid) AS database_name,
  pg_get_userbyid(s.userid) AS user_name
FROM h LEFT JOIN s ON true)SQL";

// A queryid also has nested entries (track = all) whose text is the outer statement's, e.g.
// "EXPLAIN …" or a function call: the text of the top-level entry is the statement's own. Like
// the others, it reports its own queryid (through to_jsonb, as the server query), so the next
// read knows it as ours without asking for its text.
constexpr auto textsSql = R"SQL(/* dbpulse:metrics texts */
SELECT DISTINCT ON (queryid) queryid, left(query, %1) AS query,
  (SELECT (to_jsonb(x) ->> 'query_id')::bigint FROM pg_stat_get_activity(pg_backend_pid()) x) AS own_query_id
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
