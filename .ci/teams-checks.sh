#!/usr/bin/env bash
# Teams app manifest check: fill the placeholders into a temp copy (icons beside it) and validate it with the
# shared validator (schema of its manifestVersion + icon sizes). Run from the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
validators="$root/../shared/validators"
[ -d "$validators" ] || { echo "teams-checks: $validators not found" >&2; exit 1; }
if [ ! -d "$validators/node_modules" ]; then (cd "$validators" && npm ci --no-audit --no-fund); fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sed -e 's/{{BOT_ID}}/11111111-2222-3333-4444-555555555555/g' -e 's/{{BOT_DOMAIN}}/recruitbot.example.com/g' \
  "$root/manifest/teams/manifest.json" > "$tmp/manifest.json"
if grep -q '{{' "$tmp/manifest.json"; then echo "teams-checks: unfilled placeholder in manifest.json" >&2; exit 1; fi
cp "$root/manifest/teams/color.png" "$root/manifest/teams/outline.png" "$tmp/"
node "$validators/teams-manifest.js" "$tmp/manifest.json"
echo "teams-checks: OK"
