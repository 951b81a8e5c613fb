#!/usr/bin/env bash
# Opens the dashboard on its embedded sandbox (no API key) in a detached 120x40 tmux pane,
# waits until the balances are shown, then for SECONDS (default 60) measures what the idle
# dashboard costs: CPU time of the senfenico process, bytes it writes to the terminal (total,
# per second, per redraw, per balances refresh), wake-ups, and resident memory at the end.
# Usage: benchmarks/dashboard-idle.sh [SECONDS] [REFRESH]   (REFRESH: --refresh, default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
refresh=${2:-5}

if ! build=$(swift build -c release --scratch-path .build-release --product senfenico 2>&1); then
  echo "$build" >&2
  exit 1
fi
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/senfenico"

work=$(mktemp -d)
mkdir -p "$work/home" "$work/config" "$work/state"
# A private tmux server, without the user's tmux.conf, so nothing else is disturbed.
tmx() { tmux -L "senfenico-idle-$$" -f /dev/null "$@"; }
pid=""
ended=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    tmx send-keys -t idle q 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  tmx kill-server 2>/dev/null || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "senfenico ($pid) still running after q and hang-up: sending SIGKILL" >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Records each chunk the pane's program writes: its time and size, and the bytes themselves.
cat >"$work/chunks.py" <<'EOF'
import os, sys, time
with open(sys.argv[1], "wb") as raw, open(sys.argv[2], "w") as log:
    while True:
        data = os.read(0, 65536)
        if not data:
            break
        log.write(f"{time.monotonic():.6f} {len(data)}\n")
        raw.write(data)
        log.flush()
        raw.flush()
EOF

# A clean environment: no API key (so the embedded sandbox), no faults, no user config.
tmx new-session -d -s idle -x 120 -y 40 \
  "exec env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state \
   TERM=xterm-256color LANG=C.UTF-8 '$bin' dashboard --refresh $refresh 2>'$work/stderr.log'"
pid=$(tmx list-panes -t idle -F '#{pane_pid}')
if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != senfenico ]; then
  echo "pane process $pid is not senfenico" >&2
  exit 1
fi

for _ in $(seq 1 300); do
  tmx capture-pane -p -t idle | grep -q '100 000' && break
  sleep 0.1
done
if ! tmx capture-pane -p -t idle | grep -q '100 000'; then
  echo "the balances never showed; screen and stderr:" >&2
  tmx capture-pane -p -t idle >&2 || true
  cat "$work/stderr.log" >&2
  exit 1
fi
sleep 2 # let the first refresh finish drawing

hz=$(getconf CLK_TCK)
# utime + stime of all threads; fields counted after the ")" that ends the command name.
cpu_ticks() { sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'; }
switches() { cat /proc/"$pid"/task/*/status | awk '/ctxt_switches/ {n += $2} END {print n}'; }

ticks0=$(cpu_ticks)
switches0=$(switches)
start=$(date +%s.%N)
tmx pipe-pane -o -t idle "exec python3 -u '$work/chunks.py' '$work/pty.bin' '$work/chunks.log'"
sleep "$seconds"
ticks1=$(cpu_ticks)
switches1=$(switches)
end=$(date +%s.%N)
tmx pipe-pane -t idle
sleep 0.3
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status")
tmx capture-pane -p -t idle >"$work/screen.txt"

python3 - "$work/chunks.log" "$start" "$end" "$ticks0" "$ticks1" "$hz" "$refresh" "$switches0" "$switches1" \
  "$rss" "$hwm" "$threads" <<'EOF'
import statistics, sys
log, start, end, t0, t1, hz, refresh, s0, s1, rss, hwm, threads = sys.argv[1:]
elapsed = float(end) - float(start)
cpu = (int(t1) - int(t0)) / int(hz)
chunks = [tuple(float(v) for v in line.split()) for line in open(log)]
total = int(sum(size for _, size in chunks))
# Writes closer than 30 ms belong to one redraw (ncurses may write a frame in pieces).
redraws = []  # [start time, bytes]
last = None
for when, size in chunks:
    if last is None or when - last > 0.03:
        redraws.append([when, 0])
    redraws[-1][1] += int(size)
    last = when
# Redraws come once a second, on the clock tick. A refresh starts on a tick (whose redraw
# shows "refreshing") and its results arrive a little later in redraws of their own: a redraw
# less than 0.5 s after the previous one is such a result and joins that refresh.
groups = []
for index in range(1, len(redraws)):
    if redraws[index][0] - redraws[index - 1][0] < 0.5:
        if groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        else:
            groups.append([index - 1, index])
in_refresh = {index for group in groups for index in group}
clock = [size for index, (_, size) in enumerate(redraws) if index not in in_refresh]
per_refresh = [sum(redraws[index][1] for index in group) for group in groups]
expected = elapsed / float(refresh)


def spread(values):
    if not values:
        return "none seen"
    return f"median {statistics.median(values):.0f}, max {max(values)} ({len(values)} seen)"


rows = [
    ("measured for", f"{elapsed:.1f} s (balances refresh every {refresh} s: {expected:.1f} refreshes expected)"),
    ("CPU time (user + system)", f"{cpu:.2f} s = {100 * cpu / elapsed:.2f} % of one core"),
    ("wake-ups (context switches)", f"{(int(s1) - int(s0)) / elapsed:.0f} /s over {threads} threads"),
    ("bytes to the terminal", f"{total} total, {total / elapsed:.0f} /s"),
    ("redraws", f"{len(redraws)}, {len(redraws) / elapsed:.2f} /s"),
    ("bytes per clock-only redraw", spread(clock)),
    ("bytes per refresh", spread(per_refresh) + ", its tick's redraw included"),
    ("bytes per refresh interval", f"{total / expected:.0f} (all bytes / {expected:.1f}, clock redraws included)"),
    ("resident memory at the end", f"{int(rss) / 1024:.1f} MB (peak {int(hwm) / 1024:.1f} MB)"),
]
width = max(len(name) for name, _ in rows)
print("senfenico dashboard, idle on the embedded sandbox, 120x40")
for name, value in rows:
    print(f"  {name.ljust(width)}  {value}")
EOF
