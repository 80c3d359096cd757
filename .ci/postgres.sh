#!/usr/bin/env bash
# Install and start a throwaway PostgreSQL server on loopback; write its URL to .ci/pg.env.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
data=$(mktemp -d /tmp/dateline-pg.XXXXXX)
chown postgres "$data"
port=55432
su postgres -c "$bindir/initdb -D $data -A trust -U postgres" >/dev/null
su postgres -c "$bindir/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $data/log -w start" >/dev/null
su postgres -c "psql -h 127.0.0.1 -p $port -U postgres -c 'CREATE DATABASE dateline_test'" >/dev/null
echo "DATELINE_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/dateline_test" > "$here/pg.env"
echo "ci: PostgreSQL on 127.0.0.1:$port" >&2
