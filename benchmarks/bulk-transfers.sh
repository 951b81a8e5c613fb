#!/usr/bin/env bash
# Times `senfenico transfers bulk` on a CSV of ROWS valid rows against a standalone sandbox,
# with the process timer of `/usr/bin/time`: the run is paced (at most 5 bulk calls a second),
# so its wall time is bounded below by the number of batches, not by this tool.
#
# Usage: benchmarks/bulk-transfers.sh [ROWS=1000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000}"
runs="${2:-3}"
port=18097

swift build -c release --scratch-path .build-release --product senfenico >/dev/null
bin=.build-release/release/senfenico

"$bin" sandbox --port "$port" >/dev/null 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null' EXIT
sleep 1

file=$(mktemp --suffix=.csv)
{
  echo "amount,recipient_phone,recipient_wallet"
  # Amounts of 100 F to the three wallets' numbers: 100 000 F per wallet pays for about 980 rows.
  for i in $(seq 1 "$rows"); do
    case $((i % 3)) in
      0) printf '100,7000%04d,moov_bf\n' "$i" ;;
      1) printf '100,7600%04d,orange_bf\n' "$i" ;;
      2) printf '100,6800%04d,sank_bf\n' "$i" ;;
    esac
  done
} > "$file"

for run in $(seq 1 "$runs"); do
  # A fresh account per run: each key gets its own wallets.
  key="sk_test_bench$(date +%s%N)"
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s system, %M KB peak" \
    env SENFENICO_API_KEY="$key" SENFENICO_BASE_URL="http://127.0.0.1:$port" \
    "$bin" transfers bulk "$file" --yes --json >/tmp/bulk-bench.json
  python3 -c 'import json; d=json.load(open("/tmp/bulk-bench.json")); print("  batches:", len(d["batches"]), "results:", d["counts"])' 2>/dev/null || true
done
rm -f "$file"
