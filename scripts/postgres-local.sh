#!/usr/bin/env bash
# A local PostgreSQL for the tests of the production store: starts the Debian cluster (creating it if needed) and
# makes role `crd` (password `crd`) and database `crd_test`, so that
# postgres://crd:crd@127.0.0.1:5432/crd_test answers. Needs the Debian package `postgresql` (.ci/run installs it)
# and root or the postgres user.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "the tests need a PostgreSQL server: apt-get install postgresql (or set CRD_TEST_POSTGRES_URL)" >&2
  exit 1
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_ctlcluster "$version" main start 2>/dev/null || true
else
  pg_createcluster "$version" main --start >/dev/null
fi
for _ in $(seq 1 100); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.1; done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not start on 127.0.0.1:5432" >&2; exit 1; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'crd'" | grep -q 1 ||
  as_postgres psql -qc "CREATE ROLE crd LOGIN PASSWORD 'crd'"
as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'crd_test'" | grep -q 1 ||
  as_postgres psql -qc "CREATE DATABASE crd_test OWNER crd"
echo "PostgreSQL: postgres://crd:crd@127.0.0.1:5432/crd_test"
