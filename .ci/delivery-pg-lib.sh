#!/usr/bin/env bash
# Throwaway PostgreSQL server on 127.0.0.1 for tests: source this file, call pg_start, then pg_stop.
# pg_start exports RECRUITBOT_TEST_POSTGRES and PG_SERVER_PID. Needs root (installs the Debian package if missing
# and runs initdb as the postgres user).

pg_find_bin() {
  local ctl
  ctl=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)
  [ -n "$ctl" ] && dirname "$ctl"
}

pg_free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if [ -z "$(ss -Hltn "sport = :$p" 2>/dev/null)" ]; then echo "$p"; return 0; fi
  done
  return 1
}

pg_start() {
  PG_BIN=$(pg_find_bin)
  if [ -z "$PG_BIN" ]; then
    echo "postgres: installing Debian's postgresql package" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
    PG_BIN=$(pg_find_bin)
  fi
  [ -n "$PG_BIN" ] || { echo "postgres: pg_ctl not found after install" >&2; return 1; }

  PG_DIR=$(mktemp -d /tmp/recruitbot-pg.XXXXXX)
  PG_PASSWORD="rb-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf '%s\n' "$PG_PASSWORD" > "$PG_DIR/pwfile"
  chown -R postgres: "$PG_DIR" && chmod 700 "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=scram-sha-256 --pwfile="$PG_DIR/pwfile" \
    -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  PG_PORT=$(pg_free_port) || { echo "postgres: no free port" >&2; return 1; }
  # fsync off: the tests kill processes, not machines, and CI time matters.
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c fsync=off -c max_connections=200" \
    start >&2 || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_SERVER_PID=$(head -1 "$PG_DIR/data/postmaster.pid")
  export PG_SERVER_PID PG_DIR
  export RECRUITBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
  echo "postgres: server pid $PG_SERVER_PID on 127.0.0.1:$PG_PORT (data $PG_DIR)" >&2
}

pg_stop() {
  [ -n "${PG_SERVER_PID:-}" ] || return 0
  if kill -0 "$PG_SERVER_PID" 2>/dev/null; then
    kill -INT "$PG_SERVER_PID" 2>/dev/null   # fast shutdown
    for _ in $(seq 1 100); do kill -0 "$PG_SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PG_SERVER_PID" 2>/dev/null && kill -9 "$PG_SERVER_PID" 2>/dev/null
  fi
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
  PG_SERVER_PID=""
}
