#!/usr/bin/env bash
# Cold start: from launching `senfenico` with no key (the embedded sandbox starts in-process)
# to the first full frame, balances and both lists drawn, at 120x40 in tmux. RUNS times
# (default 5), each in a new HOME; prints every run and the median, beside the same launch of
# `senfenico --version` (the process's own start, the floor) as the anchor.
# Goal (issue 14): <= 0.5 s. Usage: benchmarks/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

swift build -c release --scratch-path .build-release --product senfenico >/dev/null
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/senfenico"

work=$(mktemp -d)
tmx() { tmux -L "senfenico-cold-$$" -f /dev/null "$@"; }
trap 'tmx kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
now() { date +%s%N; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

frames=()
anchors=()
for run in $(seq 1 "$runs"); do
  home="$work/home-$run"
  mkdir -p "$home"
  start=$(now)
  tmx new-session -d -s "cold$run" -x 120 -y 40 \
    "exec env -i PATH=/usr/bin:/bin HOME=$home TERM=xterm-256color LANG=C.UTF-8 '$bin' dashboard"
  # The first full frame: the balances and both lists' titles with their counts.
  until tmx capture-pane -p -t "cold$run" 2>/dev/null | grep -q "Transfers (8 of 8)" \
    && tmx capture-pane -p -t "cold$run" | grep -q "100 000 F CFA" \
    && tmx capture-pane -p -t "cold$run" | grep -q "Charges (25 of 25)"; do
    sleep 0.005
    if [ $(( ($(now) - start) / 1000000 )) -gt 10000 ]; then echo "no full frame in 10 s" >&2; exit 1; fi
  done
  frames+=($(( ($(now) - start) / 1000000 )))
  tmx send-keys -t "cold$run" q
  start=$(now)
  "$bin" --version >/dev/null
  anchors+=($(( ($(now) - start) / 1000000 )))
done
frame=$(printf '%s\n' "${frames[@]}" | median)
anchor=$(printf '%s\n' "${anchors[@]}" | median)
echo "cold start to the first full frame (release, embedded sandbox, 120x40), ms: ${frames[*]}"
echo "senfenico --version (the process start alone), ms: ${anchors[*]}"
echo "median: ${frame} ms (anchor ${anchor} ms, $(awk -v a="$frame" -v b="$anchor" 'BEGIN { printf "%.1fx", a / (b ? b : 1) }'));" \
  "goal <= 500 ms: $([ "$frame" -le 500 ] && echo held || echo missed)"
