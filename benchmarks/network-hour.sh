#!/usr/bin/env bash
# What an idle dashboard downloads in an hour from an account of 100 000 charges, when the API
# offers neither ETag nor gzip (the sandbox's --no-etag --no-gzip), against the 50 MB goal.
#
# The hour is compressed by FACTOR (default 5, the most the flags allow: --refresh >= 1 s,
# lists_refresh >= 5 s): the dashboard runs for 3600/FACTOR s with its balances every 5/FACTOR s
# and its lists every 30/FACTOR s (lists_refresh in a private config file), so the run makes
# the same requests as the hour and its byte count is the hour's as it is.
# The sandbox's --time-scale only shortens simulated operations (OTP lifetime, settling); it is
# set to 1/FACTOR for consistency, and changes nothing in an idle account.
#
# The bytes are the status bar's data counter (answer bodies the client read), beside what the
# sandbox wrote to its sockets meanwhile (/proc/PID/io wchar: an upper bound on the wire, as a
# routine read closes the connection once it has its newest rows). Today's figure (before
# issue 14: every list read whole every 30 s) is computed from one measured list read.
#
# Usage: benchmarks/network-hour.sh [FACTOR=5] [CHARGES=100000]
#   SENFENICO_BIN=path/to/senfenico uses that binary instead of a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
factor=${1:-5}
charges=${2:-100000}
goal_mb=50

if [ -n "${SENFENICO_BIN:-}" ]; then
  bin=$SENFENICO_BIN
else
  if ! build=$(swift build -c release --scratch-path .build-release --product senfenico 2>&1); then
    echo "$build" >&2
    exit 1
  fi
  bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/senfenico"
fi

scaled() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):g}')" "$1" "$factor"; }
refresh=$(scaled 5)
lists=$(scaled 30)
seconds=$(scaled 3600)
time_scale=$(scaled 1)

work=$(mktemp -d)
mkdir -p "$work/home" "$work/config/senfenico" "$work/state"
tmx() { tmux -L "senfenico-hour-$$" -f /dev/null "$@"; }
sandbox=""
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    tmx send-keys -t hour q 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  tmx kill-server 2>/dev/null || true
  if [ -n "$sandbox" ]; then kill "$sandbox" 2>/dev/null || true; wait "$sandbox" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" sandbox --port 0 --no-etag --no-gzip --seed-charges "$charges" --time-scale "$time_scale" \
  >"$work/sandbox.log" 2>&1 &
sandbox=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$work/sandbox.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/sandbox.log" | head -1)
[ -n "$url" ] || { echo "the sandbox did not start:" >&2; cat "$work/sandbox.log" >&2; exit 1; }
key=sk_test_networkhour0001

# One read of each, as the dashboard asks for them (gzip accepted, a tag offered): the server
# must answer in full. This also seeds the account before the dashboard starts.
read_bytes() {
  curl -s -o /dev/null -w '%{size_download} %{http_code}' -H "X-API-KEY: $key" -H 'Accept-Encoding: gzip' \
    -H 'If-None-Match: *' "$url/v1/payment/$1"
}
answer=$(read_bytes charges)
list_bytes=${answer% *} list_status=${answer#* }
answer=$(read_bytes balances)
balance_bytes=${answer% *} balance_status=${answer#* }
if [ "$list_status" != 200 ] || [ "$balance_status" != 200 ]; then
  echo "expected full 200 answers without ETag, got $list_status and $balance_status" >&2
  exit 1
fi

# Bytes the sandbox handed to its sockets (write calls) before the dashboard starts.
written0=$(awk '/^wchar/ {print $2}' "/proc/$sandbox/io")
printf 'lists_refresh = %s\n' "$lists" >"$work/config/senfenico/config.toml"
tmx new-session -d -s hour -x 120 -y 40 \
  "exec env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state \
   TERM=xterm-256color LANG=C.UTF-8 SENFENICO_API_KEY=$key SENFENICO_BASE_URL=$url \
   '$bin' dashboard --lang en --refresh $refresh 2>'$work/stderr.log'"
pid=$(tmx list-panes -t hour -F '#{pane_pid}')
start=$(date +%s)
echo "sandbox $url (--no-etag --no-gzip, $charges charges); one charges list read: $list_bytes bytes," \
  "one balances read: $balance_bytes bytes"
echo "dashboard: --refresh $refresh, lists_refresh = $lists (x$factor): ${seconds} s for the hour..."

data() { tmx capture-pane -p -t hour | grep -o 'data [0-9.]* [kMG]\?B' | tail -1 | cut -d' ' -f2-; }
sleep "$seconds"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the dashboard ended early:" >&2
  cat "$work/stderr.log" >&2
  exit 1
fi
written=$(($(awk '/^wchar/ {print $2}' "/proc/$sandbox/io") - written0))
screen=$(tmx capture-pane -p -t hour)
counter=$(data)
[ -n "$counter" ] || { echo "no data counter on the status bar:" >&2; echo "$screen" >&2; exit 1; }
elapsed=$(($(date +%s) - start))
echo "$screen" | grep -E 'Charges|data' | sed 's/^/  | /'

python3 - "$counter" "$list_bytes" "$balance_bytes" "$goal_mb" "$elapsed" "$factor" "$written" <<'PY'
import sys
counter, list_bytes, balance_bytes, goal, elapsed, factor, written = sys.argv[1:]
amount, unit = counter.split()
measured = float(amount) * {"B": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}[unit] / 1e6
list_mb, balance_mb = int(list_bytes) / 1e6, int(balance_bytes) / 1e6
# Before issue 14: charges list every 30 s (120 reads an hour; no ETag, so every read in full),
# balances every 5 s. The transfers list of this account is empty and left out of both.
today = 120 * list_mb + 720 * balance_mb
print(f"hour (ran {elapsed} s at x{factor}): {measured:.1f} MB   goal <= {goal} MB   "
      f"{'OK' if measured <= float(goal) else 'OVER'}")
# A routine read stops after the newest rows and closes the connection; what the server had
# already pushed into the sockets by then is never read. The sandbox's socket writes bound it
# from above (what sat in its send buffer at the reset never crossed even the loopback).
print(f"sandbox socket writes meanwhile (upper bound on the wire, headers included): "
      f"{int(written) / 1e6:.1f} MB")
print(f"today's design (list every 30 s): {today:.0f} MB an hour ({today / 1000:.2f} GB)")
PY
