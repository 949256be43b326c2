#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for kg's tests and prints its address, e.g.
#   export KG_TEST_POSTGRES=$(scripts/postgres.sh start)
#   go test ./...
#   scripts/postgres.sh stop
# The cluster lives in $KG_PG_DIR (default /tmp/kg-postgres) and listens on 127.0.0.1:$KG_PG_PORT
# (default 55432). As root it runs the server as the user postgres. Installs PostgreSQL
# with apt-get where initdb is missing.
set -euo pipefail
dir=${KG_PG_DIR:-/tmp/kg-postgres}
port=${KG_PG_PORT:-55432}

find_bin() {
  local b
  for b in "$(command -v "$1" 2>/dev/null || true)" /usr/lib/postgresql/*/bin/"$1"; do
    if [ -n "$b" ] && [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-start}" in
start)
  if ! find_bin initdb >/dev/null; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  initdb=$(find_bin initdb); pg_ctl=$(find_bin pg_ctl)
  if [ ! -f "$dir/PG_VERSION" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "'$initdb' -D '$dir' -U postgres -A trust --no-sync" >&2
  fi
  if ! as_owner "'$pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
    as_owner "'$pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-p $port -c listen_addresses=127.0.0.1 -k '$dir' -c fsync=off -c max_connections=200\" start" >&2
  fi
  echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  ;;
stop)
  pg_ctl=$(find_bin pg_ctl)
  as_owner "'$pg_ctl' -D '$dir' -m fast stop" >&2 || true
  ;;
*)
  echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
