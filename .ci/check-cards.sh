#!/usr/bin/env bash
# Validates exported cards (dotnet run --project bot -- cards export DIR) with the shared offline validators:
# Adaptive Card 1.5 schema + SDK for DIR/adaptive, Block Kit types + limits for DIR/slack and DIR/slack-modal.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 EXPORT_DIR" >&2
  exit 2
fi
dir=$(cd "$1" && pwd)
validators=$(cd "$(dirname "$0")/../../shared/validators" 2>/dev/null && pwd) || {
  echo "check-cards: validators not found at $(dirname "$0")/../../shared/validators" >&2
  exit 2
}
cd "$validators" || exit 2
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund || exit 2
fi

shopt -s nullglob
adaptive=("$dir"/adaptive/*.json)
slack=("$dir"/slack/*.json)
modal=("$dir"/slack-modal/*.json)
if [ ${#adaptive[@]} -eq 0 ] || [ ${#slack[@]} -eq 0 ]; then
  echo "check-cards: no exported cards under $dir/adaptive or $dir/slack" >&2
  exit 1
fi

status=0
run() {
  echo "== $*"
  node "$@" || status=1
}
run adaptive-card-schema.js --target 1.5 "${adaptive[@]}"
run adaptive-card-sdk.js --target 1.5 "${adaptive[@]}"
run slack-blocks-typecheck.js --kind message "${slack[@]}"
run slack-blocks-limits.js --kind message "${slack[@]}"
if [ ${#modal[@]} -gt 0 ]; then
  run slack-blocks-typecheck.js --kind modal "${modal[@]}"
  run slack-blocks-limits.js --kind view "${modal[@]}"
fi

if [ $status -ne 0 ]; then
  echo "check-cards: FAILED" >&2
else
  echo "check-cards: all cards valid"
fi
exit $status
