#!/usr/bin/env bash
# The idle dashboard beside htop, in one run: both in their own detached tmux pane at 120x40,
# side by side for SECONDS (default 30), nothing changing on the embedded sandbox. Prints, for
# each, the CPU ticks it used (utime + stime from /proc/PID/stat, in clock ticks) and the bytes
# it wrote to its terminal (`tmux pipe-pane`), then the dashboard's figures as ratios of htop's.
# Goal (issue 14): CPU ticks <= htop's, bytes <= 1 000 over 30 s.
# Needs htop (`apt-get install htop`) and tmux. Usage: benchmarks/idle.sh [SECONDS] [REFRESH]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
refresh=${2:-5}
command -v htop >/dev/null || { echo "idle.sh needs htop (apt-get install htop)" >&2; exit 2; }

swift build -c release --scratch-path .build-release --product senfenico >/dev/null
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/senfenico"

work=$(mktemp -d)
mkdir -p "$work/home" "$work/config" "$work/state"
tmx() { tmux -L "senfenico-idle-$$" -f /dev/null "$@"; }
cleanup() {
  tmx send-keys -t dash q 2>/dev/null || true
  tmx send-keys -t htop q 2>/dev/null || true
  sleep 0.5
  tmx kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

tmx new-session -d -s dash -x 120 -y 40 \
  "exec env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state \
   TERM=xterm-256color LANG=C.UTF-8 '$bin' dashboard --refresh $refresh 2>'$work/stderr.log'"
tmx new-session -d -s htop -x 120 -y 40 "exec env TERM=xterm-256color htop -d 50"
dash=$(tmx list-panes -t dash -F '#{pane_pid}')
top=$(tmx list-panes -t htop -F '#{pane_pid}')

# Settled first: the dashboard's first refreshes (and htop's first screen) are not idle.
for _ in $(seq 1 100); do
  tmx capture-pane -p -t dash | grep -q "100 000 F CFA" && break
  sleep 0.1
done
sleep 3

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
tmx pipe-pane -t dash -o "cat > '$work/dash.bytes'"
tmx pipe-pane -t htop -o "cat > '$work/htop.bytes'"
dash0=$(ticks "$dash"); top0=$(ticks "$top")
sleep "$seconds"
dash1=$(ticks "$dash"); top1=$(ticks "$top")
tmx pipe-pane -t dash
tmx pipe-pane -t htop
dash_bytes=$(stat -c %s "$work/dash.bytes"); top_bytes=$(stat -c %s "$work/htop.bytes")
dash_ticks=$((dash1 - dash0)); top_ticks=$((top1 - top0))

echo "idle over ${seconds} s at 120x40 (balances every ${refresh} s, embedded sandbox; $(getconf CLK_TCK) ticks/s)"
printf '  %-22s %8s %10s\n' "" "CPU ticks" "bytes"
printf '  %-22s %8d %10d\n' "senfenico dashboard" "$dash_ticks" "$dash_bytes"
printf '  %-22s %8d %10d\n' "htop -d 50" "$top_ticks" "$top_bytes"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a (htop: 0)"; else printf "%.2f\n", a / b }'; }
echo "  ratio (dashboard / htop): CPU $(ratio "$dash_ticks" "$top_ticks"), bytes $(ratio "$dash_bytes" "$top_bytes")"
echo "  goal: CPU ticks <= htop's ($([ "$dash_ticks" -le "$top_ticks" ] && echo held || echo missed)), bytes <= 1000 ($([ "$dash_bytes" -le 1000 ] && echo held || echo missed))"
