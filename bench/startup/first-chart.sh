#!/usr/bin/env bash
# Time from launching `dbpulse --demo` to the first live sample on the dashboard chart.
# Usage: bench/startup/first-chart.sh [BUILD_DIR] [RUNS]   (default: build, 3 runs)
# Runs offscreen; each run starts and tears down its own demo cluster.
set -euo pipefail
build="${1:-build}"
runs="${2:-3}"
gui="$build/app/gui/dbpulse"
[ -x "$gui" ] || { echo "no $gui: build first (scripts/dev build)" >&2; exit 2; }

for i in $(seq "$runs"); do
  t=$(QT_QPA_PLATFORM=offscreen QT_MESSAGE_PATTERN='%{time process} %{category}: %{message}' \
        "$gui" --demo --quit-after 60 2>&1 \
      | awk '/first activity sample/ { print $1; exit }') || true
  echo "run $i: ${t:-none} s to first live chart"
done
