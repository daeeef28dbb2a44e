#!/usr/bin/env bash
# Kill -9 drill for outbox delivery: seeds N messages for the drill "file" channel, starts the dispatcher, kills it
# with SIGKILL while deliveries are flowing (mid-batch), restarts it, CYCLES times, then lets it finish. Passes when
# every message was accepted by the channel exactly once and the outbox shows all of them sent, none dead.
# usage: tests/crash/run.sh [MESSAGES=1000] [CYCLES=12]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-1000}
CYCLES=${2:-12}
WORK=$(mktemp -d /tmp/rb-crash.XXXXXX)
PID=""
cleanup() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

echo "crash: building into $WORK/bin"
dotnet build "$ROOT/bot/RecruitBot.csproj" -c Release -o "$WORK/bin" -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BOT=(dotnet "$WORK/bin/RecruitBot.dll")
LOG="$WORK/deliveries.tsv"
touch "$LOG"
export DOTNET_ENVIRONMENT=Development
export ConnectionStrings__RecruitBot="Data Source=$WORK/drill.db"
export Delivery__LeaseSeconds=2 Delivery__BatchSize=25 Delivery__PollSeconds=0.2 Delivery__MaxAttempts=1000
export Delivery__FileChannelDelayMs=3

# Seed with no adapter configured, so nothing is delivered yet.
"${BOT[@]}" dispatch --seed-drill "$N"
export Delivery__FileChannelPath="$LOG"

kills=0
for cycle in $(seq 1 "$CYCLES"); do
  before=$(wc -l <"$LOG")
  "${BOT[@]}" dispatch --until-idle >>"$WORK/dispatch.log" 2>&1 &
  PID=$!
  # Wait for this process to deliver something, then kill it a random 0-250 ms later: inside a batch.
  for _ in $(seq 1 300); do
    [ "$(wc -l <"$LOG")" -gt "$before" ] && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
  done
  sleep "0.$(printf '%03d' $((RANDOM % 250)))"
  if kill -0 "$PID" 2>/dev/null; then
    kill -9 "$PID"
    wait "$PID" 2>/dev/null || true
    kills=$((kills + 1))
    echo "crash: cycle $cycle killed pid $PID after $(( $(wc -l <"$LOG") - before )) new channel line(s)"
  else
    wait "$PID" 2>/dev/null || true
    echo "crash: cycle $cycle: dispatcher finished before the kill"
  fi
  PID=""
done

echo "crash: final run to completion"
timeout 180 "${BOT[@]}" dispatch --until-idle --max-seconds 150 | tee -a "$WORK/dispatch.log"
status=$("${BOT[@]}" dispatch --status delivery-drill | head -1)
echo "crash: $status"

accepted=$(awk -F'\t' 'NF>=6 && $1=="accepted"' "$LOG" | wc -l)
distinct=$(awk -F'\t' 'NF>=6 && $1=="accepted" {print $2}' "$LOG" | sort -u | wc -l)
twice=$(awk -F'\t' 'NF>=6 && $1=="accepted" {print $2}' "$LOG" | sort | uniq -d | wc -l)
keys=$(awk -F'\t' 'NF>=6 && $1=="accepted" {print $3}' "$LOG" | sort -u | wc -l)
redelivered=$(awk -F'\t' 'NF>=6 && $1=="duplicate"' "$LOG" | wc -l)
echo "crash: messages=$N kills=$kills accepted=$accepted distinct=$distinct keys=$keys delivered-twice=$twice redeliveries-suppressed-by-id=$redelivered"

fail=0
[ "$kills" -ge 10 ] || { echo "crash: FAIL only $kills kill(s) landed; need >= 10"; fail=1; }
[ "$distinct" -eq "$N" ] && [ "$keys" -eq "$N" ] || { echo "crash: FAIL not every message was delivered"; fail=1; }
[ "$accepted" -eq "$N" ] && [ "$twice" -eq 0 ] || { echo "crash: FAIL some message was delivered twice"; fail=1; }
[[ "$status" == "Delivery: 0 waiting (0 retrying after a failure), $N sent, 0 undeliverable." ]] || { echo "crash: FAIL outbox not all sent"; fail=1; }
if [ "$fail" -eq 0 ]; then echo "crash: PASS"; rm -rf "$WORK"; else echo "crash: evidence kept in $WORK"; fi
exit "$fail"
