#!/usr/bin/env bash
# Runs the in-process package-benchmark suite (Benchmarks/, its own package: decoding, frames at
# 200x60 with 100 000 charges, key to frame, list reload), prints its table, then checks it:
#   - the issue's goals: each benchmark in Benchmarks/p99-goals.tsv must have a wall-clock p99 at
#     or under its ceiling (package-benchmark's own static thresholds are p90 values only);
#   - regressions: `swift package benchmark thresholds check` against the p90 of every metric
#     recorded in Benchmarks/Thresholds/, with the tolerances set in the benchmarks' code.
# Exits non-zero when a goal is missed or a threshold is broken (a run better than the recorded
# thresholds passes, with a note).
#
# Usage: benchmarks/in-process.sh [--update-thresholds] [--filter REGEX]
#   --update-thresholds  record this run's p90s as the new thresholds (Benchmarks/Thresholds/)
#   --filter REGEX       run only the benchmarks whose name matches
#
# The first run builds the whole main package in release mode with package-benchmark (10-20
# minutes on 2 cores); later runs rebuild what changed. Not run by `swift test` or CI.
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"

update=""
filter=()
while [ $# -gt 0 ]; do
  case "$1" in
    --update-thresholds) update=1 ;;
    --filter)
      [ $# -ge 2 ] || { echo "--filter needs a regular expression" >&2; exit 64; }
      filter=(--filter "$2")
      shift
      ;;
    -h | --help)
      sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 64 ;;
  esac
  shift
done

baseline=in-process
percentiles=.build/in-process-percentiles
bench() { swift package --allow-writing-to-package-directory benchmark "$@"; }

# One run, kept as a baseline (.benchmarkBaselines/, not committed): the table, the percentiles
# and both checks all read it, so nothing runs twice.
bench baseline update "$baseline" --no-progress ${filter[@]+"${filter[@]}"}
bench baseline read "$baseline" --no-progress ${filter[@]+"${filter[@]}"}

failed=0

# The goals, from the run's wall-clock percentiles (one TSV per benchmark and metric; the
# header names the unit).
rm -rf "$percentiles"
mkdir -p "$percentiles"
bench baseline read "$baseline" --no-progress --quiet --format histogramPercentiles --path "$percentiles" \
  ${filter[@]+"${filter[@]}"} > /dev/null
echo
echo "Goals (wall-clock p99, Benchmarks/p99-goals.tsv):"
while IFS=$'\t' read -r name ceiling; do
  case "$name" in '' | '#'*) continue ;; esac
  file="$percentiles/$baseline.DashboardBenchmarks.${name// /_}.wallClock.histogram.percentiles.tsv"
  if [ ! -f "$file" ]; then
    [ ${#filter[@]} -gt 0 ] && continue  # not run under this filter
    echo "  $name: no result (did the benchmark run?)"
    failed=1
    continue
  fi
  verdict=$(awk -F'\t' -v ceiling="$ceiling" '
    NR == 1 {
      scale = 1  # to milliseconds, from the unit in the header
      if ($2 ~ /\(ns\)/) scale = 0.000001
      else if ($2 ~ /\((μs|us)\)/) scale = 0.001
      else if ($2 ~ /\(s\)/) scale = 1000
      next
    }
    $1 == 99 { p99 = $2 * scale }
    END { printf "%.3f %s", p99, (p99 <= ceiling ? "held" : "missed") }' "$file")
  echo "  $name: p99 ${verdict% *} ms, goal <= $ceiling ms: ${verdict#* }"
  [ "${verdict#* }" = held ] || failed=1
done < p99-goals.tsv

if [ -n "$update" ]; then
  echo
  bench thresholds update "$baseline" --no-progress ${filter[@]+"${filter[@]}"}
  # package-benchmark 1.38.1 writes `decode_10k_charges` but `thresholds check` reads the name as
  # written in the code (`decode 10k charges`): give the files the names the check reads (no
  # benchmark name here has an underscore of its own).
  for file in Thresholds/DashboardBenchmarks.*_*.p90.json; do
    [ -e "$file" ] && mv -f "$file" "${file//_/ }"
  done
fi

echo
if [ -z "$(ls Thresholds/*.json 2> /dev/null)" ]; then
  echo "No thresholds recorded in Benchmarks/Thresholds/: run with --update-thresholds once."
  failed=1
else
  # `swift package` turns the plugin's exit codes (2 worse, 4 better) into 1: read its verdict.
  status=0
  checked=$(bench thresholds check "$baseline" --no-progress ${filter[@]+"${filter[@]}"} 2>&1) || status=$?
  echo "$checked"
  if [ "$status" -eq 0 ]; then
    :
  elif grep -q "BETTER than the defined thresholds" <<< "$checked" \
    && ! grep -q "WORSE than the defined thresholds" <<< "$checked"; then
    echo "Better than the recorded thresholds: consider --update-thresholds."
  else
    echo "Thresholds broken (swift package exit $status)."
    failed=1
  fi
fi

if [ "$failed" -ne 0 ]; then
  echo "in-process benchmarks: FAILED"
  exit 1
fi
echo "in-process benchmarks: all goals held, no regression"
