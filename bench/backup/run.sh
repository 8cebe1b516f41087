#!/bin/bash
# Backup/restore overhead of dbpulse-cli against bare pg_dump/pg_restore with the same options on
# the seeded demo database. Usage: bench/backup/run.sh BUILD_DIR [SCALE=1] [RUNS=5]
# SCALE is the demo's data factor (1 = 100,000 orders; 0.01 for a quick smoke run).
# Runs alternate (ours, bare, ours, …) so drifting machine load hits both; medians are reported.
set -euo pipefail
BUILD=${1:?usage: run.sh BUILD_DIR [SCALE] [RUNS]}
SCALE=${2:-1}
RUNS=${3:-5}
CLI=$(realpath "$BUILD/app/cli/dbpulse-cli")
BIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/dbpulse-bench-backup-XXXXXX)
DEMO_PID=
cleanup() {
    [ -n "$DEMO_PID" ] && kill "$DEMO_PID" 2>/dev/null && wait "$DEMO_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# `demo --no-workload` seeds and then idles, so nothing else touches the data while we time.
"$CLI" demo --no-workload --scale "$SCALE" >"$WORK/demo.out" 2>"$WORK/demo.err" &
DEMO_PID=$!
for _ in $(seq 1 600); do
    URI=$(grep -m1 '^postgresql://' "$WORK/demo.out" || true)
    [ -n "$URI" ] && break
    sleep 0.5
done
[ -n "${URI:-}" ] || { echo "demo did not start:"; cat "$WORK/demo.err"; exit 1; }
SERVER=${URI%/*}
echo "database: $URI (scale $SCALE, $("$BIN/psql" -XAtc "select pg_size_pretty(pg_database_size(current_database()))" "$URI")), $RUNS runs each, medians"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

bench_backup() { # label, pg_dump options…
    local label=$1; shift
    local ours=() bare=()
    for i in $(seq 1 "$RUNS"); do
        rm -rf "$WORK/ours" "$WORK/bare"; sync
        local t0; t0=$(now)
        "$CLI" backup "$URI" --out "$WORK/ours" "${OURS_OPTS[@]}" >/dev/null
        ours+=("$(echo "$(now) - $t0" | bc)")
        sync
        t0=$(now)
        "$BIN/pg_dump" "$@" --dbname="$URI" -f "$WORK/bare" 
        bare+=("$(echo "$(now) - $t0" | bc)")
    done
    local mo mb
    mo=$(printf '%s\n' "${ours[@]}" | median); mb=$(printf '%s\n' "${bare[@]}" | median)
    printf '%-34s dbpulse %7.3f s   pg_dump    %7.3f s   overhead %+6.1f%%\n' "$label" "$mo" "$mb" \
        "$(echo "($mo - $mb) * 100 / $mb" | bc -l)"
}

bench_restore() { # label, backup dir, archive path, pg_restore options…
    local label=$1 backup=$2 archive=$3; shift 3
    local ours=() bare=()
    for i in $(seq 1 "$RUNS"); do
        local t0; t0=$(now)
        "$CLI" restore "$backup" "$SERVER/postgres" --new-database "bench_ours_$i" "${OURS_OPTS[@]}" >/dev/null
        ours+=("$(echo "$(now) - $t0" | bc)")
        # Timed with the CREATE DATABASE: a bare restore into a new database needs one too.
        t0=$(now)
        "$BIN/psql" -Xqc "create database bench_bare_$i template template0" "$SERVER/postgres"
        "$BIN/pg_restore" --exit-on-error "$@" --dbname="$SERVER/bench_bare_$i" "$archive"
        bare+=("$(echo "$(now) - $t0" | bc)")
        "$BIN/psql" -Xqc "drop database bench_ours_$i" -c "drop database bench_bare_$i" "$SERVER/postgres"
    done
    local mo mb
    mo=$(printf '%s\n' "${ours[@]}" | median); mb=$(printf '%s\n' "${bare[@]}" | median)
    printf '%-34s dbpulse %7.3f s   pg_restore %7.3f s   overhead %+6.1f%%\n' "$label" "$mo" "$mb" \
        "$(echo "($mo - $mb) * 100 / $mb" | bc -l)"
}

OURS_OPTS=(); bench_backup "backup custom (default compression)" -Fc
OURS_OPTS=(--compress 0); bench_backup "backup custom, --compress 0" -Fc -Z0
OURS_OPTS=(--format directory --jobs 2); bench_backup "backup directory, --jobs 2" -Fd -j2

rm -rf "$WORK/ours"; "$CLI" backup "$URI" --out "$WORK/ours" >/dev/null
CUSTOM=$(ls -d "$WORK"/ours/*/ | head -1)
OURS_OPTS=(); bench_restore "restore custom (verify included)" "$CUSTOM" "$CUSTOM/archive.dump"
OURS_OPTS=(--jobs 2); bench_restore "restore custom, --jobs 2" "$CUSTOM" "$CUSTOM/archive.dump" -j2
t0=$(now); "$CLI" verify "$CUSTOM" >/dev/null; echo "verify alone: $(echo "$(now) - $t0" | bc) s"
t0=$(now); "$CLI" verify "$CUSTOM" --restore-test "$SERVER/postgres" >/dev/null
echo "verify --restore-test (scratch restore + row counts): $(echo "$(now) - $t0" | bc) s"
