#!/bin/bash
# Backup/restore overhead of dbpulse-cli against bare pg_dump/pg_restore with the same options, on
# pgbench's tables plus a mixed dataset (jsonb, bytea, arrays, large objects: mixed.sql), for the
# dbpulse-cli of BUILD_DIR and, when given, of BEFORE_DIR (e.g. a build of the starting commit).
# Usage: bench/backup/run.sh BUILD_DIR [BEFORE_DIR|-] [SCALE=10] [RUNS=3]
# SCALE is pgbench's scale factor (10: ~350 MB; 80: a custom dump of ~30 s on 2 cores).
# Every run of every row is printed with the 1-minute load average at its start; the runs rotate
# their order (before, bare, after → bare, after, before → …) so drifting machine load hits every
# side alike; the summary gives medians and each side's ratio to bare.
# Environment: DBPULSE_PG_BINDIR picks the PostgreSQL client folder(s) for every side (as for
# dbpulse itself); CASES (default "custom z0 dir restore restore-j2 memory") picks the rows.
set -euo pipefail
AFTER=$(realpath "${1:?usage: run.sh BUILD_DIR [BEFORE_DIR|-] [SCALE] [RUNS]}/app/cli/dbpulse-cli")
BEFORE=""
[ -n "${2:-}" ] && [ "$2" != "-" ] && BEFORE=$(realpath "$2/app/cli/dbpulse-cli")
SCALE=${3:-10}
RUNS=${4:-3}
CASES=${CASES:-custom z0 dir restore restore-j2 memory}
HERE=$(dirname "${BASH_SOURCE[0]}")
source "$HERE/../demo.sh"
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

# The demo only provides the throwaway cluster (smallest seed, no workload); the benchmark's own
# database is created beside it.
start_demo "$AFTER" --no-workload --scale 0.01
SERVER="$DEMO_SERVER"
URI="$SERVER/bench"
ANY_PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql /usr/pgsql-*/bin/psql /usr/local/pgsql/bin/psql 2>/dev/null | head -1)
MAJOR=$(( $("$ANY_PSQL" -XAtc "show server_version_num" "$DEMO_URI") / 10000 ))
BIN=$(find_bindir "$MAJOR") || { echo "no pg_dump $MAJOR found (set DBPULSE_PG_BINDIR)"; exit 1; }
# Every side runs the very same binaries: dbpulse-cli is pinned to the folder found here.
export DBPULSE_PG_BINDIR=$BIN
"$BIN/psql" -Xqc "create database bench" "$SERVER/postgres"
"$BIN/pgbench" -i -q -s "$SCALE" "$URI" >/dev/null 2>&1
"$BIN/psql" -Xq -v ON_ERROR_STOP=1 -v scale="$SCALE" -f "$HERE/mixed.sql" "$URI"
"$BIN/psql" -Xqc "checkpoint" "$URI"
echo "database: bench (pgbench scale $SCALE + mixed.sql, $("$BIN/psql" -XAtc "select pg_size_pretty(pg_database_size(current_database()))" "$URI")), $RUNS runs each"
echo "tools: $BIN ($("$BIN/pg_dump" --version)); after: $AFTER${BEFORE:+; before: $BEFORE}"
echo "machine: $(nproc) cores; load at start: $(cut -d' ' -f1-3 /proc/loadavg)"

now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
SIDES=(after bare); [ -n "$BEFORE" ] && SIDES=(before bare after)
cli_of() { [ "$1" = before ] && echo "$BEFORE" || echo "$AFTER"; }
declare -A TIMES

# Runs the case's command for every side, RUNS times, in rotating order; prints each run.
# $1 label; the function run_side SIDE RUN does one timed run and prints its seconds.
measure() {
    local label=$1 i k side t l
    for side in "${SIDES[@]}"; do TIMES[$side]=""; done
    for i in $(seq 1 "$RUNS"); do
        for k in $(seq 0 $((${#SIDES[@]} - 1))); do
            side=${SIDES[$(( (i - 1 + k) % ${#SIDES[@]} ))]}
            sync; l=$(load)
            # A failed run must not pass for a fast one (command substitution ignores set -e).
            t=$(run_side "$side" "$i") || { echo "$label: $side failed:"; tail -3 "$WORK/cli.err"; exit 1; }
            TIMES[$side]+="$t "
            printf '  %-36s run %d  %-6s %8.3f s   load %s\n' "$label" "$i" "$side" "$t" "$l"
        done
    done
    local mb ms
    mb=$(printf '%s\n' ${TIMES[bare]} | median)
    for side in "${SIDES[@]}"; do
        [ "$side" = bare ] && continue
        ms=$(printf '%s\n' ${TIMES[$side]} | median)
        printf '%-36s %-6s median %8.3f s   bare %8.3f s   ratio %.3f\n' "$label" "$side" "$ms" "$mb" \
            "$(echo "$ms / $mb" | bc -l)"
    done
}

backup_case() { # label, dbpulse options (one word, split), pg_dump options…
    local label=$1 ours=$2; shift 2
    BARE_OPTS=("$@"); read -ra OURS_OPTS <<<"$ours"
    run_side() {
        rm -rf "$WORK/out"; sync
        local t0; t0=$(now)
        if [ "$1" = bare ]; then
            "$BIN/pg_dump" "${BARE_OPTS[@]}" --dbname="$URI" -f "$WORK/out" || return 1
        else
            "$(cli_of "$1")" backup "$URI" --out "$WORK/out" "${OURS_OPTS[@]}" >/dev/null 2>>"$WORK/cli.err" || return 1
        fi
        echo "$(now) - $t0" | bc
    }
    measure "$label"
}

# Restores: each dbpulse side restores its own backup (verify included), bare pg_restore the
# archive bare pg_dump wrote, each into a new database (the CREATE DATABASE is timed on both).
restore_case() { # label, jobs
    local label=$1
    JOBS=$2
    run_side() {
        local t0 db="bench_$1_$2"; t0=$(now)
        if [ "$1" = bare ]; then
            "$BIN/psql" -Xqc "create database $db template template0" "$SERVER/postgres" || return 1
            "$BIN/pg_restore" --exit-on-error --jobs "$JOBS" --dbname="$SERVER/$db" "$WORK/bare.dump" || return 1
        else
            "$(cli_of "$1")" restore "${BACKUP_OF[$1]}" "$SERVER/postgres" --new-database "$db" --jobs "$JOBS" \
                >/dev/null 2>>"$WORK/cli.err" || return 1
        fi
        echo "$(now) - $t0" | bc
        "$BIN/psql" -Xqc "drop database if exists $db" "$SERVER/postgres"
    }
    measure "$label"
}

declare -A BACKUP_OF
prepare_restores() {
    [ -f "$WORK/bare.dump" ] && return
    "$BIN/pg_dump" -Fc --dbname="$URI" -f "$WORK/bare.dump"
    local side
    for side in "${SIDES[@]}"; do
        [ "$side" = bare ] && continue
        BACKUP_OF[$side]=$("$(cli_of "$side")" backup "$URI" --out "$WORK/backups_$side" 2>>"$WORK/cli.err" | tail -1)
    done
}

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

memory_case() {
    local side cli b v backup
    for side in "${SIDES[@]}"; do
        [ "$side" = bare ] && continue
        cli=$(cli_of "$side")
        rm -rf "$WORK/mem"
        b=$(peak_rss_kb "$cli" backup "$URI" --out "$WORK/mem")
        backup=$(ls -d "$WORK"/mem/*/ | head -1)
        v=$(peak_rss_kb "$cli" verify "$backup")
        printf 'peak RSS of dbpulse-cli (%-6s) at %s: backup %7d KiB   verify %7d KiB\n' "$side" \
            "$("$BIN/psql" -XAtc "select pg_size_pretty(pg_database_size(current_database()))" "$URI")" "$b" "$v"
    done
}

for c in $CASES; do
    case $c in
        custom) backup_case "backup custom (default compression)" "" -Fc ;;
        z0) backup_case "backup custom, --compress 0" "--compress 0" -Fc -Z0 ;;
        dir) backup_case "backup directory, --jobs 2" "--format directory --jobs 2" -Fd -j2 ;;
        restore) prepare_restores; restore_case "restore custom" 1 ;;
        restore-j2) prepare_restores; restore_case "restore custom, --jobs 2" 2 ;;
        memory) memory_case ;;
        *) echo "unknown case $c"; exit 2 ;;
    esac
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
