#!/bin/bash
# Backup/restore overhead of dbpulse-cli against bare pg_dump/pg_restore with the same options on
# the seeded demo database, and dbpulse-cli's peak memory at two database sizes.
# Usage: bench/backup/run.sh BUILD_DIR [SCALE=1] [RUNS=5]
# SCALE is the demo's data factor (1 = 100,000 orders; 0.01 for a quick smoke run).
# Runs alternate (ours, bare, ours, …) so drifting machine load hits both; medians are reported.
# Environment: DBPULSE_PG_BINDIR picks the PostgreSQL client folder(s) for both sides (as for
# dbpulse itself); MEM_GROWTH (default 10) is how many times larger the second memory size is.
set -euo pipefail
BUILD=${1:?usage: run.sh BUILD_DIR [SCALE] [RUNS]}
SCALE=${2:-1}
RUNS=${3:-5}
MEM_GROWTH=${MEM_GROWTH:-10}
CLI=$(realpath "$BUILD/app/cli/dbpulse-cli")
source "$(dirname "${BASH_SOURCE[0]}")/../demo.sh"
WORK="$BENCH_WORK"

tool_major() { "$1" --version 2>/dev/null | sed -n 's/.*(PostgreSQL) \([0-9]*\).*/\1/p'; }

# The folder whose pg_dump has the server's major version, looked for in dbpulse's order
# (core/backup/pgtools.cpp): $DBPULSE_PG_BINDIR's folders when set, else Debian's, the PGDG
# RPMs', a source build's, then PATH.
find_bindir() { # major
    local major=$1 dirs d p
    if [ -n "${DBPULSE_PG_BINDIR:-}" ]; then
        IFS=: read -ra dirs <<<"$DBPULSE_PG_BINDIR"
    else
        dirs=("/usr/lib/postgresql/$major/bin" "/usr/pgsql-$major/bin" /usr/local/pgsql/bin)
        p=$(command -v pg_dump || true)
        [ -n "$p" ] && dirs+=("$(dirname "$p")")
    fi
    for d in "${dirs[@]}"; do
        [ "$(tool_major "$d/pg_dump")" = "$major" ] && { echo "$d"; return 0; }
    done
    return 1
}

# `demo --no-workload` seeds and then idles, so nothing else touches the data while we time.
start_demo "$CLI" --no-workload --scale "$SCALE"
URI="$DEMO_URI"
SERVER="$DEMO_SERVER"
ANY_PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql /usr/pgsql-*/bin/psql /usr/local/pgsql/bin/psql 2>/dev/null | head -1)
MAJOR=$(( $("$ANY_PSQL" -XAtc "show server_version_num" "$URI") / 10000 ))
BIN=$(find_bindir "$MAJOR") || { echo "no pg_dump $MAJOR found (set DBPULSE_PG_BINDIR)"; exit 1; }
# Both sides run the very same binaries: dbpulse-cli is pinned to the folder found here.
export DBPULSE_PG_BINDIR=$BIN
echo "database: $URI (scale $SCALE, $("$BIN/psql" -XAtc "select pg_size_pretty(pg_database_size(current_database()))" "$URI")), $RUNS runs each, medians"
echo "tools: $BIN ($("$BIN/pg_dump" --version))"

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

# Peak resident memory of dbpulse-cli itself (VmHWM; pg_dump/pg_restore are its children and not
# counted), sampled from /proc while it runs. Prints KiB; the command's output is discarded.
peak_rss_kb() {
    "$@" >/dev/null &
    local pid=$! peak=0 hwm
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
        sleep 0.02
    done
    wait "$pid"
    echo "$peak"
}

memory_row() { # label
    local size backup b v r
    size=$("$BIN/psql" -XAtc "select pg_size_pretty(pg_database_size(current_database()))" "$URI")
    rm -rf "$WORK/mem"
    b=$(peak_rss_kb "$CLI" backup "$URI" --out "$WORK/mem")
    backup=$(ls -d "$WORK"/mem/*/ | head -1)
    v=$(peak_rss_kb "$CLI" verify "$backup")
    r=$(peak_rss_kb "$CLI" restore "$backup" "$SERVER/postgres" --new-database bench_mem)
    "$BIN/psql" -Xqc "drop database bench_mem" "$SERVER/postgres"
    printf 'peak RSS of dbpulse-cli, %-9s %9s: backup %7d KiB   verify %7d KiB   restore %7d KiB\n' \
        "$1" "$size" "$b" "$v" "$r"
}

# Memory must not grow with the data (pg_dump streams; we hash in 1 MiB reads): measured as seeded
# and again after a filler table makes the database about MEM_GROWTH times larger.
memory_row "as seeded"
FILLER_ROWS=$("$BIN/psql" -XAtc "select greatest(1000, (pg_database_size(current_database()) * ($MEM_GROWTH - 1) / 400)::bigint)" "$URI")
"$BIN/psql" -Xqc "create table bench_filler as select g as id, repeat(md5(g::text), 10) as payload from generate_series(1, $FILLER_ROWS) g" "$URI"
memory_row "grown"
"$BIN/psql" -Xqc "drop table bench_filler" "$URI"
