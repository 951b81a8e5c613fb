#!/usr/bin/env bash
# Lists 100 000 seeded charges with this client (plain and gzip), with Foundation's
# JSONDecoder, and with the official Python SDK, all against one release-built sandbox,
# RUNS times each, and prints every run. Usage: benchmarks/compare-list.sh [RUNS] [CHARGES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
charges=${2:-100000}
port=18100
key=sk_test_benchmark0001

swift build -c release --product senfenico >/dev/null
swift build -c release --product senfenico-bench >/dev/null
bin=$(swift build -c release --show-bin-path)

venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet senfenico==0.3.0 requests
fi

"$bin/senfenico" sandbox --port $port --seed-charges "$charges" >/tmp/bench-sandbox.log 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/v1/payment/balances" && break; sleep 0.1; done
# Warm the sandbox's seeded account and its encoded list (plain and gzip) once.
curl -s -o /dev/null -H "X-API-KEY: $key" "http://127.0.0.1:$port/v1/payment/charges"
curl -s -o /dev/null -H "X-API-KEY: $key" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/v1/payment/charges"
echo "body: $(curl -s -H "X-API-KEY: $key" "http://127.0.0.1:$port/v1/payment/charges" | wc -c) bytes"
echo "curl alone: $( { /usr/bin/time -f %e curl -s -o /dev/null -H "X-API-KEY: $key" "http://127.0.0.1:$port/v1/payment/charges"; } 2>&1 ) s"

for _ in $(seq 1 "$runs"); do
  "$bin/senfenico-bench" --base-url "http://127.0.0.1:$port" --api-key $key
  "$bin/senfenico-bench" --base-url "http://127.0.0.1:$port" --api-key $key --gzip
  "$bin/senfenico-bench" --base-url "http://127.0.0.1:$port" --api-key $key --decoder foundation
  "$venv/bin/python" benchmarks/python_sdk_list.py "http://127.0.0.1:$port" $key
done
