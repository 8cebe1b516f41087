#!/usr/bin/env bash
# GUI-thread stalls with DATABASES PostgreSQL databases monitored at 1 s under load, starting the
# way a user with that many saved servers starts: `dbpulse-cli demo` (seeded, with its background
# workload) plus DATABASES-1 more databases in that cluster, each saved as a connection profile
# (stall_1 … stall_N in the app's settings) with HISTORY_HOURS of stored 1 s samples in its
# history file, then `dbpulse --stall-report @stall_1 … @stall_N` offscreen for SECONDS.
# Prints, for the app and for an idle copy run alongside (the control: the same app with nothing
# to monitor, at the same time), the stall report {p50_ms, p99_ms, max_ms, worst, after_first_frame},
# the time from launch to the first painted window, the peak resident memory (VmHWM) and, for the
# app, the GUI thread's share of one core (runs of 20 s or more). Everything goes to a temporary
# folder. It fails, with no figures, unless every database was connected and sampled at least
# SECONDS/2 times during the run (the app's history files say so).
# Usage: bench/stall/run.sh [BUILD_DIR] [SECONDS] [DATABASES] [CLIENTS] [HISTORY_HOURS]
#        (default: build 60 50 8 24)
set -euo pipefail
build="${1:-build}"
seconds="${2:-60}"
databases="${3:-50}"
clients="${4:-8}"
history_hours="${5:-24}"
cli="$build/app/cli/dbpulse-cli"
gui="$build/app/gui/dbpulse"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "build dbpulse and dbpulse-cli in $build first" >&2; exit 2; }
psql="$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (Debian: sqlite3) for the app's history" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq to read the stall reports" >&2; exit 2; }

source "$(dirname "${BASH_SOURCE[0]}")/../demo.sh"
# The monitored servers are a user's remote servers: their CPU is not the workstation's. Here the
# cluster, its fifty monitoring backends and the workload share the app's two cores; at nice 19
# (STALL_SERVER_NICE, 0 to compete as equals) they take only what the app leaves, as servers
# elsewhere would, so what is measured is the app and not the cluster beside it.
DEMO_NICE="${STALL_SERVER_NICE:-19}"
start_demo "$cli" --clients "$clients"
work="$BENCH_WORK"
server="$DEMO_SERVER"
# The profiles name the demo's server by its parts; its password comes from PGPASSFILE (demo.sh).
[[ "$server" =~ ^postgresql://([^@]+)@([^:/]+):([0-9]+)$ ]] || { echo "unexpected demo URI $DEMO_URI" >&2; exit 1; }
user="${BASH_REMATCH[1]}"
host="${BASH_REMATCH[2]}"
port="${BASH_REMATCH[3]}"
demo_db="${DEMO_URI##*/}"
demo_db="${demo_db%%\?*}"

# Settings and history where QSettings and QStandardPaths::AppDataLocation put them on Linux.
config="$work/config/dbpulse/dbpulse.conf"
history="$work/data/dbpulse/dbpulse/history"
mkdir -p "$(dirname "$config")" "$history"
chmod 700 "$history"
names=()
{
  echo "[profiles]"
  for i in $(seq "$databases"); do
    db="$demo_db"
    if [ "$i" -gt 1 ]; then
      db="stall_$i"
      "$psql" "$server/postgres" -qc "CREATE DATABASE $db"
    fi
    names+=("stall_$i")
    printf 'stall_%s\\kind=postgresql\nstall_%s\\host=%s\nstall_%s\\port=%s\nstall_%s\\database=%s\nstall_%s\\user=%s\n' \
      "$i" "$i" "$host" "$i" "$port" "$i" "$db" "$i" "$user"
  done
} >"$config"

# HISTORY_HOURS of samples up to a minute ago in each profile's file (HistoryStore's schema and
# file name: the first 24 hex digits of the SHA-256 of the profile name), what a day of
# monitoring leaves behind and the app reads back on its first connect.
launch_ms=$(($(date +%s%3N)))
if [ "$history_hours" -gt 0 ]; then
  for name in "${names[@]}"; do
    file="$history/$(printf '%s' "$name" | sha256sum | cut -c1-24).sqlite"
    sqlite3 "$file" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE raw (t INTEGER PRIMARY KEY, gap INTEGER NOT NULL,
  conn_total INTEGER, conn_active INTEGER, conn_idle INTEGER, conn_idle_tx INTEGER, conn_waiting INTEGER,
  conn_max INTEGER, tps REAL, sps REAL, cache_table REAL, cache_index REAL, p50 REAL, p95 REAL, p99 REAL) WITHOUT ROWID;
CREATE TABLE minute AS SELECT * FROM raw WHERE 0;
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $((history_hours * 3600)))
INSERT INTO raw SELECT $((launch_ms - 60000)) - n * 1000, 0, 10 + n % 7, 2 + n % 3, 6, n % 2, 0, 100,
  200 + n % 50, 900 + n % 120, 0.99, 0.98, 0.4, 2.5 + n % 5, 9.0 + n % 11 FROM s;
SQL
    chmod 600 "$file"
  done
fi

# The main thread's CPU time in clock ticks, and a process's peak resident memory, from /proc.
gui_ticks() { awk '{ print $14 + $15 }' "/proc/$1/task/$1/stat" 2>/dev/null || echo 0; }
peak_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true; }

# Launch times are taken right before exec, so the first-frame time includes loading the binary.
launch() {
  local name="$1"; shift
  XDG_DATA_HOME="$work/$name-data" XDG_CONFIG_HOME="$work/$name-config" QT_QPA_PLATFORM=offscreen \
    bash -c 'date +%s%3N >"$0"; exec "$@"' "$work/$name.launched" \
    "$gui" --stall-report "$work/$name.json" --quit-after "$seconds" "$@" >"$work/$name.log" 2>&1 &
}
mv "$work/data" "$work/app-data"
mv "$work/config" "$work/app-config"
targets=()
for name in "${names[@]}"; do targets+=("@$name"); done
launch app "${targets[@]}"
app_pid=$!
# STALL_PERF=FILE: the GUI thread's stacks over the first 15 s (startup, when the longest stalls
# happen) into FILE, for `perf report -i FILE --no-children`: on-CPU samples by default, or what
# STALL_PERF_EVENT asks (e.g. "-e sched:sched_switch -c 1": every time the thread stops running,
# blocked or preempted). The figures of such a run include perf's own cost: profile and measure
# in separate runs.
if [ -n "${STALL_PERF:-}" ]; then
  # shellcheck disable=SC2086 # the event options are words
  perf record -q ${STALL_PERF_EVENT:--F 499} --call-graph dwarf,16384 -t "$app_pid" -o "$STALL_PERF" \
    -- sleep 15 >/dev/null 2>&1 &
fi
# STALL_SCHED=FILE: every context switch on every CPU over the first 12 s, for
# `perf sched timehist -i FILE`: what ran while the GUI thread waited for a CPU, and for how long.
if [ -n "${STALL_SCHED:-}" ]; then
  perf sched record -q -o "$STALL_SCHED" -- sleep 12 >/dev/null 2>&1 &
fi
# The control: the same app with nothing to monitor, at the same time. What it reports is the
# machine (scheduling delays under load), not work on the GUI thread.
launch idle
idle_pid=$!

# Peak memory is read each second until the apps quit (VmHWM only grows); the GUI thread's CPU
# share leaves out the first 10 s (startup) and the last 2 s (shutting down).
share=""
ticks0=""
app_peak=""
idle_peak=""
for s in $(seq "$((seconds - 1))"); do
  sleep 1
  # A read that comes after the process quit finds nothing and keeps the last one.
  kib="$(peak_kib "$app_pid")" && [ -n "$kib" ] && app_peak="$kib"
  kib="$(peak_kib "$idle_pid")" && [ -n "$kib" ] && idle_peak="$kib"
  # Under load this loop falls behind the app's clock: the share is over the wall time between
  # the reads, and stops at the last read that found the app still running.
  if [ "$seconds" -ge 20 ] && [ "$s" -ge 10 ] && [ "$s" -le "$((seconds - 2))" ] && [ -e "/proc/$app_pid/stat" ]; then
    ticks="$(gui_ticks "$app_pid")"
    now_ms="$(date +%s%3N)"
    [ -z "$ticks0" ] && { ticks0="$ticks"; t0_ms="$now_ms"; }
    [ "$ticks" -gt 0 ] && [ "$now_ms" -gt "$t0_ms" ] && share="$(awk -v t="$((ticks - ticks0))" -v hz="$(getconf CLK_TCK)" \
      -v ms="$((now_ms - t0_ms))" 'BEGIN { printf "%.1f", 100 * t / hz / (ms / 1000) }')"
  fi
done
wait "$app_pid" "$idle_pid"

# A stall report is only worth something if the app did the monitoring it is meant to measure:
# every database connected and sampled through the run. The app's own record says so: one history
# file per monitored server, a row per measured (non-gap) sample taken since the launch. Fewer
# files, or a database with fewer samples than half the run, fails the benchmark instead of
# reporting a quiet GUI thread.
min_samples=$((seconds / 2))
mapfile -t histories < <(find "$work/app-data" -path '*/history/*.sqlite' -type f | sort)
sampled=0
short=()
for f in "${histories[@]}"; do
  n="$(sqlite3 "$f" "SELECT count(*) FROM raw WHERE gap = 0 AND t >= $launch_ms" 2>/dev/null || echo 0)"
  if [ "$n" -ge "$min_samples" ]; then sampled=$((sampled + 1)); else short+=("$(basename "$f"): $n"); fi
done
if [ "${#histories[@]}" -ne "$databases" ] || [ "$sampled" -ne "$databases" ]; then
  echo "FAILED: of $databases databases, ${#histories[@]} were monitored and $sampled sampled at least" \
       "$min_samples times (measured samples per history file: ${short[*]:-none short}); no stall figures" \
       "are reported for a run that did not monitor them all. The app's log:" >&2
  grep -iE 'cannot|fail|error' "$work/app.log" | head -20 >&2 || true
  exit 1
fi
loaded="$(grep -c 'stored samples of' "$work/app.log" || true)"

report() {
  local name="$1" peak="$2"
  jq -c --argjson launched "$(cat "$work/$name.launched")" --arg peak "$peak" '{
      p50_ms: (.p50_ms * 100 | round / 100), p99_ms: (.p99_ms * 10 | round / 10), max_ms: (.max_ms | round),
      after_first_frame: (.after_first_frame // {} | map_values(. * 10 | round / 10)),
      first_frame_s: (if .first_frame_epoch_ms then (.first_frame_epoch_ms - $launched) / 1000 else null end),
      peak_mib: ($peak | tonumber / 1024 * 10 | round / 10),
      worst: [.worst[] | "\(.ms | round) ms at \(.at_s) s"]}' "$work/$name.json"
}
echo "$databases saved servers ($history_hours h of history each; $loaded histories read back), all connected and" \
     "each sampled >= $min_samples times; $clients workload clients, $seconds s; load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "app:     $(report app "$app_peak")"
echo "control: $(report idle "$idle_peak")"
[ -n "$share" ] && echo "GUI thread: $share % of one core"
exit 0
