#!/usr/bin/env bash
# PostgreSQL as the second provider: starts a throwaway server on 127.0.0.1 (installing Debian's postgresql if
# missing), runs every test in Category=Postgres against it (migrations == model, the core transcript, the
# dispatcher incl. two concurrent dispatchers), then stops the server by PID. Fails if any of them was skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/delivery-pg-lib.sh
trap pg_stop EXIT
pg_start
out=$(mktemp)
set +e
timeout 1200 dotnet test tests/RecruitBot.Tests --filter "Category=Postgres" --logger "console;verbosity=normal" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
set -e
if [ "$rc" -ne 0 ]; then echo "postgres: tests failed"; exit "$rc"; fi
if grep -qE "Skipped: *[1-9]" "$out" || ! grep -qE "Passed: *[1-9]" "$out"; then
  echo "postgres: PostgreSQL tests were skipped or none ran"; exit 1
fi
rm -f "$out"
echo "postgres: OK"
