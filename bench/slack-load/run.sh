#!/usr/bin/env bash
# Ack latency at 4, 16 and 64 concurrent senders, RUNS times each (default 3), printing one line per run.
# Usage: bench/slack-load/run.sh [EVENTS] [RUNS]   (from the repo root; builds the tests once)
set -euo pipefail
events=${1:-2000}
runs=${2:-3}
dotnet build tests/RecruitBot.Tests -c Release -v q -nologo > /dev/null
for c in 4 16 64; do
  for _ in $(seq "$runs"); do
    SLACK_LOAD_EVENTS=$events SLACK_LOAD_CONCURRENCY=$c \
      dotnet test tests/RecruitBot.Tests -c Release --no-build --filter "FullyQualifiedName~SlackAckLoadTests" \
      --logger "console;verbosity=detailed" 2>&1 | grep -m1 -o "events=.*" || echo "c=$c: run failed"
  done
done
