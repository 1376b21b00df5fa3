#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the test suite.
#   scripts/postgres.sh start DIR   -> prints the DATABASE_URL on stdout
#   scripts/postgres.sh stop DIR
# UTF-8 with C.UTF-8 collation so Cyrillic case-folding works (lower('СЕМЁН') = 'семён').
# The server refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
cmd=$1 dir=$2
port=${ASSESS_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n $bin ]] || { echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 1; }
as_owner() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
case $cmd in
  start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
    as_owner "'$bin/pg_ctl' -D '$dir/data' -w -o \"-k '$dir' -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" -l '$dir/log' start" >/dev/null
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop" >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
