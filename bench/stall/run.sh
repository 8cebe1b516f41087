#!/usr/bin/env bash
# GUI-thread stalls with DATABASES PostgreSQL databases monitored at 1 s under load: starts
# `dbpulse-cli demo` (seeded, with its background workload), creates DATABASES-1 more databases
# in that cluster, runs `dbpulse --stall-report` offscreen on all of them for SECONDS and prints
# the report {p50_ms, p99_ms, max_ms, samples}, the same report from an idle copy of the app run
# alongside (the control) and the GUI thread's share of one core (runs of 20 s or more). History
# and settings go to a temporary folder. It fails, with no figures, unless every database was
# connected and sampled at least SECONDS/2 times (the app's history files say so).
# Usage: bench/stall/run.sh [BUILD_DIR] [SECONDS] [DATABASES] [CLIENTS]  (default: build 60 20 8)
set -euo pipefail
build="${1:-build}"
seconds="${2:-60}"
databases="${3:-20}"
clients="${4:-8}"
cli="$build/app/cli/dbpulse-cli"
gui="$build/app/gui/dbpulse"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "build dbpulse and dbpulse-cli in $build first" >&2; exit 2; }
psql="$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (Debian: sqlite3) to read the app's history" >&2; exit 2; }

source "$(dirname "${BASH_SOURCE[0]}")/../demo.sh"
start_demo "$cli" --clients "$clients"
work="$BENCH_WORK"
uri="$DEMO_URI"
server="$DEMO_SERVER"
targets=("$uri")
for i in $(seq 2 "$databases"); do
  "$psql" "$server/postgres" -qc "CREATE DATABASE stall_$i"
  targets+=("$server/stall_$i")
done

XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$gui" --stall-report "$work/stall.json" --quit-after "$seconds" "${targets[@]}" >"$work/gui.log" 2>&1 &
gui_pid=$!
# The control: the same app with nothing to monitor, at the same time. What it reports is the
# machine (scheduling delays under load), not work on the GUI thread.
XDG_DATA_HOME="$work/idle-data" XDG_CONFIG_HOME="$work/idle-config" QT_QPA_PLATFORM=offscreen \
  "$gui" --stall-report "$work/idle.json" --quit-after "$seconds" >"$work/idle.log" 2>&1 &
idle_pid=$!
# CPU time of the GUI (main) thread, in clock ticks, from /proc; the first 10 s of connecting
# and the last 2 s of shutting down are left out.
gui_ticks() { awk '{ print $14 + $15 }' "/proc/$gui_pid/task/$gui_pid/stat" 2>/dev/null || echo 0; }
share=""
if [ "$seconds" -ge 20 ]; then
  sleep 10
  ticks0="$(gui_ticks)"
  sleep $((seconds - 12))
  ticks1="$(gui_ticks)"
  share="$(awk -v t="$((ticks1 - ticks0))" -v hz="$(getconf CLK_TCK)" -v s="$((seconds - 12))" \
    'BEGIN { printf "%.1f", 100 * t / hz / s }')"
fi
wait "$gui_pid" "$idle_pid"

# A stall report is only worth something if the app did the monitoring it is meant to measure:
# every database connected and sampled through the run. The app's own record says so: one history
# file per monitored server, a row per measured (non-gap) sample. Fewer files, or a database with
# fewer samples than half the run, fails the benchmark instead of reporting a quiet GUI thread.
min_samples=$((seconds / 2))
mapfile -t histories < <(find "$work/data" -path '*/history/*.sqlite' -type f | sort)
sampled=0
short=()
for f in "${histories[@]}"; do
  n="$(sqlite3 "$f" 'SELECT count(*) FROM raw WHERE gap = 0' 2>/dev/null || echo 0)"
  if [ "$n" -ge "$min_samples" ]; then sampled=$((sampled + 1)); else short+=("$(basename "$f"): $n"); fi
done
if [ "${#histories[@]}" -ne "${#targets[@]}" ] || [ "$sampled" -ne "${#targets[@]}" ]; then
  echo "FAILED: of ${#targets[@]} databases, ${#histories[@]} were monitored and $sampled sampled at least" \
       "$min_samples times (measured samples per history file: ${short[*]:-none short}); no stall figures" \
       "are reported for a run that did not monitor them all. The app's log:" >&2
  grep -iE 'cannot|fail|error' "$work/gui.log" | head -20 >&2 || true
  exit 1
fi
echo "$databases databases (all connected, each sampled >= $min_samples times), $clients workload clients, $seconds s, load $(cut -d' ' -f1-3 /proc/loadavg):"
cat "$work/stall.json"
echo
echo "control (no databases, same time):"
cat "$work/idle.json"
echo
[ -n "$share" ] && echo "GUI thread: $share % of one core"
exit 0
