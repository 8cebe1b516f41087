#!/bin/sh
# Latency-percentile accuracy: our estimates vs pgbench's per-transaction log.
# Usage: bench/percentiles/run.sh [BUILD_DIR] [SECONDS] [CLIENTS] [mix|bimodal]   (BENCH_VERBOSE=1 for every interval)
set -eu
build=${1:-build}
ninja -C "$build" -j2 bench_percentiles >/dev/null
exec "$build/bench/percentiles/bench_percentiles" "${2:-60}" "${3:-8}" "${4:-mix}"
