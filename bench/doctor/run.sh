#!/usr/bin/env bash
# Doctor run time on a large catalog: starts `dbpulse-cli demo --no-workload` (a throwaway
# cluster), creates a database with TABLES tables of 10 rows, each with a foreign key to the
# previous one and an index on it (TABLES tables, TABLES foreign keys, 2 × TABLES indexes), then
# runs the full doctor RUNS times and prints the total and each check's time (median over runs)
# from the JSON report's elapsed_ms. Nothing else touches the cluster while it measures.
# Usage: bench/doctor/run.sh [BUILD_DIR] [TABLES] [RUNS]  (default: build 3000 3)
set -euo pipefail
build="${1:-build}"
tables="${2:-3000}"
runs="${3:-3}"
cli="$build/app/cli/dbpulse-cli"
[ -x "$cli" ] || { echo "build dbpulse-cli in $build first" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq" >&2; exit 2; }
psql="$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)"

source "$(dirname "${BASH_SOURCE[0]}")/../demo.sh"
# The demo's own data stays tiny: only the catalog below is measured.
start_demo "$cli" --no-workload --scale 0.01
work="$BENCH_WORK"
uri="$DEMO_URI"
server="$DEMO_SERVER"
target="$server/bench_doctor"
"$psql" -X "$server/postgres" -qc "CREATE DATABASE bench_doctor"

# Batches of 200 tables per transaction: one transaction for all would overflow the lock table.
echo "creating $tables tables…"
start=$(date +%s.%N)
for first in $(seq 1 200 "$tables"); do
  last=$((first + 199 < tables ? first + 199 : tables))
  "$psql" -X "$target" -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$
BEGIN
  FOR i IN $first..$last LOOP
    EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, parent_id int REFERENCES t_%s (id))', i, greatest(i - 1, 1));
    EXECUTE format('CREATE INDEX ON t_%s (parent_id)', i);
    EXECUTE format('INSERT INTO t_%s SELECT g, g FROM generate_series(1, 10) g', i);
  END LOOP;
END
\$\$;
SQL
done
"$psql" -X "$target" -qc "ANALYZE"
created=$(echo "$(date +%s.%N) - $start" | bc)
"$psql" -X "$target" -At -F ' ' -c "SELECT
  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public'),
  (SELECT count(*) FROM pg_constraint WHERE contype = 'f'),
  (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')" |
  { read -r t f i; printf 'catalog: %s tables, %s foreign keys, %s indexes (created in %.1f s)\n' "$t" "$f" "$i" "$created"; }

for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  # Exit 0/1/2 are the report's verdict; 3 and up are failures of the run itself.
  code=0
  "$cli" doctor "$target" --format json --output "$work/run_$run.json" 2>"$work/run_$run.err" || code=$?
  [ "$code" -le 2 ] || { echo "doctor failed ($code):" >&2; cat "$work/run_$run.err" >&2; exit 1; }
  wall=$(echo "($(date +%s.%N) - $t0) * 1000" | bc)
  printf 'run %s: doctor %s ms (process %.0f ms, load %s, exit %s)\n' "$run" \
    "$(jq .elapsed_ms "$work/run_$run.json")" "$wall" "$load" "$code"
done

# Each check's median over the runs, slowest first.
echo "per check, median of $runs run(s):"
jq -s -r '[.[].checks[]] | group_by(.check)[]
  | (map(.elapsed_ms) | sort) as $t
  | [.[0].check, $t[(($t | length) - 1) / 2 | floor]] | @tsv' "$work"/run_*.json |
  sort -t$'\t' -k2,2nr | awk -F'\t' '{ printf "  %-22s %7d ms\n", $1, $2 }'
jq -s -r '"total, median: \(map(.elapsed_ms) | sort | .[(length - 1) / 2 | floor]) ms"' "$work"/run_*.json
# What the last run found besides "ok", by check: a slow check can then be told from one
# that gave up ("timed out … not checked").
echo "findings of the last run (not ok), by check:"
jq -r '.findings[] | select(.severity != "ok") | "\(.severity) \(.check)"' "$work/run_$runs.json" |
  sort | uniq -c | sort -rn | sed 's/^/  /'
jq -r '.findings[] | select(.detail | test("timed out|not checked")) | "  \(.check): \(.object) — \(.detail[0:120])"' \
  "$work/run_$runs.json" | head -5
