#!/usr/bin/env bash
# Install and start a throwaway PostgreSQL server on loopback; write its URL to .ci/pg.env.
#
#   bash .ci/postgres.sh && set -a && . .ci/pg.env && set +a && .venv/bin/pytest -m postgres
#
# Safe to run again: a server already answering on the port is reused.
# As root the server runs as the "postgres" system user (initdb refuses root);
# as any other user it runs as that user.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${DATELINE_PG_PORT:-55432}"
db=dateline_test

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "ci: PostgreSQL is not installed and installing it needs root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
owner=$([ "$(id -u)" = 0 ] && echo postgres || id -un)

if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "ci: reusing the PostgreSQL server already on 127.0.0.1:$port" >&2
else
  data=$(mktemp -d /tmp/dateline-pg.XXXXXX)
  chown "$owner" "$data"
  chmod 700 "$data"
  as_pg "$bindir/initdb -D $data -A trust -U postgres" >/dev/null
  as_pg "$bindir/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $data/log -w start" >/dev/null
fi
psql="$bindir/psql -h 127.0.0.1 -p $port -U postgres -v ON_ERROR_STOP=1 -qtA"
if [ -z "$($psql -c "SELECT 1 FROM pg_database WHERE datname = '$db'" postgres)" ]; then
  $psql -c "CREATE DATABASE $db" postgres >/dev/null
fi
echo "DATELINE_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/$db" > "$here/pg.env"
echo "ci: PostgreSQL on 127.0.0.1:$port, URL in .ci/pg.env" >&2
