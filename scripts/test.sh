#!/usr/bin/env bash
# The whole test suite (what `make test` runs):
#   1. every test on SQLite, browser tests included;
#   2. every test that touches the database again on a throwaway PostgreSQL cluster
#      (skipped with a notice only when no PostgreSQL server can be started here;
#      in CI, CI=true makes that a failure).
# Extra arguments go to pytest (e.g. `make test ARGS="-k bank"`).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
$bin/pybabel compile -d translations >/dev/null
$bin/ruff check --quiet assess tests bench app.py
$bin/pytest "$@"
if [[ -n ${ASSESS_TEST_DATABASE_URL:-} ]]; then
  url=$ASSESS_TEST_DATABASE_URL
elif ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pgdir=$(mktemp -d /tmp/assess-pg.XXXXXX)
  trap 'scripts/postgres.sh stop "$pgdir"' EXIT
  url=$(scripts/postgres.sh start "$pgdir")
else
  [[ -n ${CI:-} ]] && { echo "CI: no PostgreSQL server available" >&2; exit 1; }
  echo "NOTICE: PostgreSQL server not installed; the PostgreSQL pass was skipped." >&2
  exit 0
fi
echo "=== PostgreSQL pass: tests that touch the database, on $url"
ASSESS_TEST_DATABASE_URL=$url $bin/pytest -p no:cacheprovider "$@"
