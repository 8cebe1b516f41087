# Sourced by the benchmark scripts that need a throwaway cluster (not run on its own).
#   start_demo CLI [demo options…]
# starts `CLI demo …` in the background, waits up to five minutes for its URI (a large --scale
# takes a while to seed) and sets DEMO_URI and DEMO_SERVER (the URI without its database), and
# exports PGPASSFILE (the demo's password file) so DEMO_SERVER's other databases log in too.
# DEMO_NICE=N starts it at nice N (with autogroup scheduling off meanwhile, below). Files
# go to BENCH_WORK, a temporary folder; on exit the demo is stopped (its cluster goes with it)
# and BENCH_WORK removed.
BENCH_WORK="$(mktemp -d)"
DEMO_PID=""
stop_demo() {
  if [ -n "$DEMO_PID" ]; then
    kill "$DEMO_PID" 2>/dev/null && wait "$DEMO_PID" 2>/dev/null
  fi
  rm -rf "$BENCH_WORK"
  if [ -n "$AUTOGROUP_WAS" ]; then echo "$AUTOGROUP_WAS" >"$AUTOGROUP"; fi
}
trap stop_demo EXIT

# PostgreSQL starts every server process in a session of its own (setsid). Where the kernel
# groups tasks by session (autogroup), each backend is then a scheduling group that shares the
# CPUs with the whole benchmark's group as an equal, whatever its nice value: fifty backends
# outweigh the app fifty to one. DEMO_NICE therefore switches autogroup off for the run (root
# only; put back on exit), so the nice value the backends inherit from the postmaster counts.
AUTOGROUP=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_WAS=""
ungroup_for_nice() {
  [ "$(cat "$AUTOGROUP" 2>/dev/null)" = 1 ] || return 0
  if [ -w "$AUTOGROUP" ]; then
    AUTOGROUP_WAS=1
    echo 0 >"$AUTOGROUP"
  else
    echo "note: autogroup scheduling is on and only root can switch it off: the demo's" \
         "backends compete with the app as equals whatever DEMO_NICE says" >&2
  fi
}

start_demo() {
  local cli="$1"
  shift
  if [ "${DEMO_NICE:-0}" != 0 ]; then ungroup_for_nice; fi
  # DEMO_NICE=N runs the demo (its cluster, its backends and its workload inherit it) at nice N.
  ${DEMO_NICE:+nice -n "$DEMO_NICE"} "$cli" demo "$@" >"$BENCH_WORK/demo.out" 2>"$BENCH_WORK/demo.err" &
  DEMO_PID=$!
  DEMO_URI=""
  for _ in $(seq 600); do
    DEMO_URI="$(grep -m1 '^postgresql://' "$BENCH_WORK/demo.out" || true)"
    [ -n "$DEMO_URI" ] && break
    sleep 0.5
  done
  [ -n "$DEMO_URI" ] || { echo "the demo did not start:" >&2; cat "$BENCH_WORK/demo.err" >&2; exit 1; }
  DEMO_SERVER="${DEMO_URI%/*}"
  # TCP logins to the demo need its generated password, from the private file its URI names
  # (passfile=, percent-encoded). Exported, so psql and the apps reach every database of the
  # cluster through DEMO_SERVER too, not only the one DEMO_URI names.
  if [[ "$DEMO_URI" =~ [?\&]passfile=([^\&]*) ]]; then
    export PGPASSFILE
    PGPASSFILE="$(printf '%b' "${BASH_REMATCH[1]//%/\\x}")"
  fi
}
