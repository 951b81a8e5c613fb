#!/usr/bin/env bash
# The three forms of `senfenico charges list` (a table of 50, every row with --limit 0, --json)
# against the official Python SDK's Charge.list(), whole processes, on one release-built sandbox
# with CHARGES seeded charges. RUNS rounds; each round runs the SDK and the three forms, the SDK
# first in odd rounds and last in even ones. /usr/bin/time gives each process's wall time and
# peak RSS; every figure is printed beside the SDK's of the same round (speed-up: SDK wall /
# wall; memory: RSS / SDK RSS), then the medians.
# Usage: benchmarks/list-vs-sdk.sh [RUNS=3] [CHARGES=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
charges=${2:-100000}
port=${PORT:-18110}
key=sk_test_benchmark0001

swift build -c release --scratch-path .build-release --product senfenico >/dev/null
bin=$(swift build -c release --scratch-path .build-release --show-bin-path)

venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet senfenico==0.3.0 requests
fi

work=$(mktemp -d)
"$bin/senfenico" sandbox --port "$port" --seed-charges "$charges" >"$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/v1/payment/balances" && break; sleep 0.1; done
# Warm the sandbox's seeded account and its encoded list once.
curl -s -o /dev/null -H "X-API-KEY: $key" "http://127.0.0.1:$port/v1/payment/charges"
echo "body: $(curl -s -H "X-API-KEY: $key" "http://127.0.0.1:$port/v1/payment/charges" | wc -c) bytes, $charges charges"

mkdir -p "$work/home"
# One measured process: "wall_seconds peak_rss_kb" appended to $work/NAME.
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || {
    echo "$name failed:" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  cat "$work/time" >>"$work/$name"
}
sdk() { measure sdk "$venv/bin/python" benchmarks/python_sdk_list.py "http://127.0.0.1:$port" "$key"; }
cli() {
  local name=$1
  shift
  measure "$name" env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" LANG=C.UTF-8 \
    SENFENICO_BASE_URL="http://127.0.0.1:$port" SENFENICO_API_KEY="$key" \
    "$bin/senfenico" charges list "$@"
}

for round in $(seq 1 "$runs"); do
  if [ $((round % 2)) -eq 1 ]; then sdk; fi
  cli table50
  cli limit0 --limit 0
  lines=$(wc -l <"$work/stdout")
  if [ "$lines" -ne $((charges + 1)) ]; then echo "warning: --limit 0 printed $lines lines" >&2; fi
  cli json --json
  if [ $((round % 2)) -eq 0 ]; then sdk; fi
done

python3 - "$work" "$runs" <<'EOF'
import statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def read(name):
    return [tuple(float(x) for x in line.split()) for line in open(f"{work}/{name}") if line.strip()]
sdk = read("sdk")
forms = [("table50", "charges list (table of 50)"), ("limit0", "charges list --limit 0"), ("json", "charges list --json")]
print(f"{'':30} {'round':>5} {'wall s':>8} {'SDK s':>7} {'speed-up':>9} {'RSS MB':>8} {'SDK MB':>8} {'memory':>7}")
print(f"{'SDK Charge.list()':30} {'':>5} {statistics.median(t for t, _ in sdk):8.2f} {'':>7} {'':>9} "
      f"{statistics.median(m for _, m in sdk) / 1024:8.1f}   (medians of {runs}: whole python process)")
for name, label in forms:
    rows = read(name)
    for index, ((wall, rss), (sdk_wall, sdk_rss)) in enumerate(zip(rows, sdk), 1):
        print(f"{label:30} {index:5} {wall:8.2f} {sdk_wall:7.2f} {sdk_wall / wall:8.1f}x "
              f"{rss / 1024:8.1f} {sdk_rss / 1024:8.1f} {rss / sdk_rss:7.2f}")
    speed = statistics.median(s_w / w for (w, _), (s_w, _) in zip(rows, sdk))
    memory = statistics.median(r / s_r for (_, r), (_, s_r) in zip(rows, sdk))
    print(f"{label:30} {'med':>5} {statistics.median(w for w, _ in rows):8.2f} "
          f"{statistics.median(w for w, _ in sdk):7.2f} {speed:8.1f}x "
          f"{statistics.median(r for _, r in rows) / 1024:8.1f} {statistics.median(r for _, r in sdk) / 1024:8.1f} "
          f"{memory:7.2f}")
EOF
