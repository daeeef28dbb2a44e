#!/usr/bin/env bash
# Slack channel checks: fill the app manifest through the CLI and validate it against Slack's manifest schema.
# Runs from the repo root with ../shared beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
validators="../shared/validators"
if [ ! -d "$validators/node_modules" ]; then (cd "$validators" && npm ci --no-audit --no-fund); fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# The committed manifest (placeholder base URL) must itself be valid.
node "$validators/slack-manifest.js" manifest/slack/manifest.json

# The manifest as an operator gets it: printed by the bot's CLI for a real base URL.
if dotnet run --project bot -- slack-manifest --base-url https://ci.example.org > "$out/manifest.json" 2> "$out/err.txt"; then
  grep -q '"https://ci.example.org/slack/events"' "$out/manifest.json"
  node "$validators/slack-manifest.js" "$out/manifest.json"
else
  cat "$out/err.txt" >&2
  echo "slack-checks: 'slack-manifest' CLI verb failed (is it wired in Program.cs?)" >&2
  exit 1
fi
echo "slack-checks: OK"
