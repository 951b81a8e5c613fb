#!/usr/bin/env bash
# Regenerates the committed shell completion scripts (completions/senfenico.{bash,zsh,fish}) and
# the man page (man/senfenico.1), both printed by the built binary itself:
#   - completions: `senfenico completion <shell>` (swift-argument-parser's generator);
#   - man page: the hidden `senfenico generate-manual`, which renders mdoc from the same command
#     definitions `--help` prints and from Sources/senfenico/Manual/ManualText.swift (exit
#     statuses, environment, files, keys, examples: also the root --help's text).
# The man page's date is the last commit's (or $SOURCE_DATE_EPOCH's), so regenerating without
# changes gives the same file. CLITests checks that the committed files are what the binary
# generates now.
#
# Usage: scripts/generate-docs.sh            (from anywhere in the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product senfenico
bin="$(swift build --show-bin-path)/senfenico"

mkdir -p completions man
for shell in bash zsh fish; do
  "$bin" completion "$shell" > "completions/senfenico.$shell"
done

epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
date="$(LC_ALL=C date -u -d "@$epoch" '+%B %-d, %Y')"
"$bin" generate-manual --date "$date" > man/senfenico.1

echo "completions/senfenico.{bash,zsh,fish} and man/senfenico.1 regenerated (man page dated $date)"
