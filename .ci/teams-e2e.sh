#!/usr/bin/env bash
# Teams end-to-end: the real bot (auth off, Development, throwaway SQLite, fixed business date) and the
# Microsoft 365 Agents Playground on loopback, driven by tests/e2e/teams/{e2e,referrals,nudges}.mjs (the bot is
# restarted once with its business clock two days later, for the proactive nudge). Every process is started here,
# bounded with `timeout`, and stopped by PID on exit. Run from the repository root.
# Playground client API used by tests/e2e/teams/lib.mjs: GET /_internal/v1/config (conversation, user, tenant);
# WS /_ws_conversation/v1/conversations/stream (createMessage / updateMessage events); POST
# /_debug/conversation/{id}/installation; POST /_conversation/v1/conversations/{id}/messages (type text); POST
# /_conversation/v1/invoke (adaptiveCard/action: Action.Execute with the card's own verb and data, `_ref` signature
# included; the response's card replaces the pressed one).
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

# The business clock (RECRUITBOT_NOW) is the recruiter's local time: pin both processes to UTC, the zone the
# Playground then reports in its activities, so 09:00 means the same to the bot, the planner and the client.
export TZ=UTC
db="$work/recruitbot.db"
bot_pid=""
start_bot() { # RECRUITBOT_NOW log-name
  ConnectionStrings__RecruitBot="Data Source=$db" \
  RECRUITBOT_NOW="$1" ASPNETCORE_ENVIRONMENT=Development Teams__DisableAuth=true \
    timeout -k 5 300 dotnet bot/bin/Debug/net10.0/RecruitBot.dll --urls "http://127.0.0.1:$bot_port" > "$work/$2.log" 2>&1 &
  bot_pid=$!
  pids+=("$bot_pid")
}
stop_bot() { # graceful: SIGTERM to timeout, which passes it on to the bot; bounded by timeout's own -k
  kill "$bot_pid" 2>/dev/null || true
  wait "$bot_pid" 2>/dev/null || true
}
scenario() { # file [VAR=value ...]
  local file="$1"; shift
  (cd "$e2e" && env PLAYGROUND="http://127.0.0.1:$pg_port" BOT="http://127.0.0.1:$bot_port" DB="$db" "$@" \
    timeout 120 node --experimental-websocket --no-warnings "$file")
}

start_bot 2025-11-18T09:00:00 bot
(cd "$e2e" && TEAMSAPPTESTER_BROWSER=none exec timeout -k 5 300 node -r ./force-loopback.js \
  node_modules/@microsoft/m365agentsplayground/cli.js -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$pg_port" --disable-telemetry) > "$work/playground.log" 2>&1 &
pids+=($!)

keep_logs=1
started=$SECONDS
wait_for "http://127.0.0.1:$bot_port/healthz" ok 120
wait_for "http://127.0.0.1:$pg_port/_debug/ping" pong 60
status=0
scenario e2e.mjs || status=1
scenario referrals.mjs || status=1
scenario nudges.mjs PHASE=log || status=1

# Two days later, 09:00 on a Thursday: the same bot on the same SQLite file with its business clock moved on.
# The nudge phase listens on the Playground's stream before the bot is back, so the proactive card cannot be missed.
stop_bot
ready="$work/nudge-listening"
scenario nudges.mjs PHASE=nudge READY="$ready" &
listener=$!
pids+=("$listener")
for _ in $(seq 1 80); do [ -f "$ready" ] && break; sleep 0.25; done
start_bot 2025-11-20T09:00:00 bot-restarted
wait_for "http://127.0.0.1:$bot_port/healthz" ok 120
wait "$listener" || status=1
echo "teams-e2e: scenarios took $(( SECONDS - started )) s"
[ "$status" = 0 ] || exit 1
keep_logs=0
