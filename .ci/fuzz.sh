#!/usr/bin/env bash
# Endpoint fuzz: mutated Teams activities (minted tokens) and signed Slack payloads against the real host.
# 10,000 requests take about a minute on 2 cores. Longer run:
#   RECRUITBOT_FUZZ_COUNT=100000 RECRUITBOT_FUZZ_SEED=42 bash .ci/fuzz.sh
# A failure prints the seed of each bad request; rerun one with RECRUITBOT_FUZZ_SEED=<seed> RECRUITBOT_FUZZ_COUNT=1.
set -uo pipefail
cd "$(dirname "$0")/.."
export RECRUITBOT_FUZZ_COUNT="${RECRUITBOT_FUZZ_COUNT:-10000}"
log="$(mktemp)"
start=$(date +%s)
dotnet test tests/RecruitBot.Tests --nologo \
  --filter "FullyQualifiedName~RecruitBot.Tests.Fuzz.EndpointFuzzTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1
status=$?
grep -vE '^\s+(info|dbug|trce|warn):|^\s{6}\S' "$log" | grep -E 'requests,|Tolerated|Error logs|×|Passed!|Failed!|error' | cut -c1-400 | tail -n 30
echo "fuzz: ${RECRUITBOT_FUZZ_COUNT} requests, $(( $(date +%s) - start )) s, exit ${status}"
rm -f "$log"
exit "${status}"
