#!/usr/bin/env bash
# Slack channel checks: the app manifest (committed and CLI-filled) against Slack's manifest schema, and the Block Kit
# the adapter sends against Slack's types and documented limits.
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
# What the adapter actually sends (recorded by the fake Slack Web API in the flow tests), against Slack's types and limits.
SLACK_DUMP_DIR="$out/sent" dotnet test tests/RecruitBot.Tests --filter "(FullyQualifiedName~SlackChannelFlowTests)|(FullyQualifiedName~EndToEndTests&FullyQualifiedName~Channels.Slack)" --nologo -v q
node "$validators/slack-blocks-typecheck.js" --kind message "$out"/sent/message-*.json
node "$validators/slack-blocks-typecheck.js" --kind modal "$out"/sent/modal-*.json
node "$validators/slack-blocks-typecheck.js" --kind home "$out"/sent/home-*.json
node "$validators/slack-blocks-limits.js" --kind message "$out"/sent/message-*.json
node "$validators/slack-blocks-limits.js" --kind view "$out"/sent/modal-*.json "$out"/sent/home-*.json
echo "slack-checks: OK"
