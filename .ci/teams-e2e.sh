#!/usr/bin/env bash
# Teams end-to-end: the real bot (auth off, Development, throwaway SQLite, fixed business date) and the
# Microsoft 365 Agents Playground on loopback, driven by tests/e2e/teams/e2e.mjs. Every process is started here,
# bounded with `timeout`, and stopped by PID on exit. Run from the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
e2e="$root/tests/e2e/teams"
# Free ports by default: other bots on this machine may hold 3978/56150.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
bot_port="${TEAMS_E2E_BOT_PORT:-$(free_port)}"
pg_port="${TEAMS_E2E_PLAYGROUND_PORT:-$(free_port)}"
work="$(mktemp -d)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${keep_logs:-0}" = 1 ]; then echo "teams-e2e: logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

wait_for() { # url expected-substring seconds
  for _ in $(seq 1 "$(( $3 * 4 ))"); do
    if curl -fsS --max-time 2 "$1" 2>/dev/null | grep -q "$2"; then return 0; fi
    sleep 0.25
  done
  echo "teams-e2e: $1 not ready after $3 s" >&2; return 1
}

cd "$root"
timeout 600 dotnet build bot -nologo -v q
if [ ! -d "$e2e/node_modules/@microsoft/m365agentsplayground" ]; then (cd "$e2e" && timeout 300 npm ci --no-audit --no-fund); fi

ConnectionStrings__RecruitBot="Data Source=$work/recruitbot.db" \
RECRUITBOT_NOW=2025-11-18T09:00:00 ASPNETCORE_ENVIRONMENT=Development Teams__DisableAuth=true \
  timeout -k 5 300 dotnet bot/bin/Debug/net10.0/RecruitBot.dll --urls "http://127.0.0.1:$bot_port" > "$work/bot.log" 2>&1 &
pids+=($!)

(cd "$e2e" && TEAMSAPPTESTER_BROWSER=none exec timeout -k 5 300 node -r ./force-loopback.js \
  node_modules/@microsoft/m365agentsplayground/cli.js -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$pg_port" --disable-telemetry) > "$work/playground.log" 2>&1 &
pids+=($!)

keep_logs=1
wait_for "http://127.0.0.1:$bot_port/healthz" ok 120
wait_for "http://127.0.0.1:$pg_port/_debug/ping" pong 60
(cd "$e2e" && PLAYGROUND="http://127.0.0.1:$pg_port" BOT="http://127.0.0.1:$bot_port" \
  timeout 120 node --experimental-websocket --no-warnings e2e.mjs)
keep_logs=0
