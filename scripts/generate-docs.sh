#!/usr/bin/env bash
# Regenerates the committed shell completion scripts (completions/senfenico.{bash,zsh,fish}) and
# the man page (man/senfenico.1) with swift-argument-parser's own tooling:
#   - completions: the built binary's `--generate-completion-script <shell>`;
#   - man page: the `generate-manual` command plugin of swift-argument-parser, which builds the
#     package and runs its generate-manual tool on the binary's `--experimental-dump-help`.
# The man page's date is the last commit's, so regenerating without changes gives the same file.
# CLITests checks that the committed completions are what the binary generates now.
#
# Usage: scripts/generate-docs.sh            (from anywhere in the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product senfenico
bin="$(swift build --show-bin-path)/senfenico"

mkdir -p completions man
for shell in bash zsh fish; do
  "$bin" --generate-completion-script "$shell" > "completions/senfenico.$shell"
done

date="${SOURCE_DATE_EPOCH:+$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)}"
date="${date:-$(git log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)}"
# Debug: reuses the build above instead of building everything again in release mode.
swift package generate-manual --configuration debug --date "$date"
cp .build/plugins/GenerateManual/outputs/senfenico/senfenico.1 man/senfenico.1

echo "completions/senfenico.{bash,zsh,fish} and man/senfenico.1 regenerated (man page dated $date)"
