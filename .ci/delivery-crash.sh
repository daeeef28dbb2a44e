#!/usr/bin/env bash
# Outbox delivery under kill -9: at least 10 SIGKILLs mid-batch, then every message delivered once (tests/crash/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
timeout 900 tests/crash/run.sh "${CRASH_MESSAGES:-1000}" "${CRASH_CYCLES:-12}"
