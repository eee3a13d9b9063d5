#!/usr/bin/env bash
# The test command: starts the local FHIR R4 server the integration tests read (unless FHIR_BASE_URL names
# another one, e.g. https://hapi.fhir.org/baseR4, or one already answers on the default port) and a local
# PostgreSQL (unless CRD_TEST_POSTGRES_URL names one), runs the whole cargo test suite, and stops the FHIR server
# again. Extra arguments go to `cargo test` (see the end for the log scan's place in the run).
set -euo pipefail
cd "$(dirname "$0")/.."

fhir_pid=""
cleanup() { if [ -n "$fhir_pid" ]; then kill "$fhir_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

# The FHIRPath check of the Questionnaires runs Medplum's engine from tests/fhir-server as well.
if [ ! -d tests/fhir-server/node_modules/@medplum/core ]; then
  (cd tests/fhir-server && npm ci --no-audit --no-fund --loglevel=error)
fi
# The questionnaire app's browser test: playwright-core driving Chromium (/usr/bin/chromium, or $CHROMIUM).
if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "Chromium is needed for the browser test: apt-get install chromium (or set CHROMIUM)" >&2
  exit 1
fi

if [ -z "${FHIR_BASE_URL:-}" ]; then
  port="${FHIR_PORT:-8080}"
  export FHIR_BASE_URL="http://127.0.0.1:${port}/fhir"
  if ! curl -sf -o /dev/null "$FHIR_BASE_URL/metadata"; then
    echo "starting the local FHIR server on port ${port}"
    mkdir -p target
    PORT="$port" node --experimental-websocket tests/fhir-server/server.js > target/fhir-server.log 2>&1 &
    fhir_pid=$!
    for _ in $(seq 1 100); do
      if curl -sf -o /dev/null "$FHIR_BASE_URL/metadata"; then break; fi
      if ! kill -0 "$fhir_pid" 2>/dev/null; then cat target/fhir-server.log; echo "the FHIR server did not start"; exit 1; fi
      sleep 0.2
    done
    curl -sf -o /dev/null "$FHIR_BASE_URL/metadata" || { cat target/fhir-server.log; echo "the FHIR server is not ready"; exit 1; }
  fi
fi
echo "FHIR server: $FHIR_BASE_URL"

# PostgreSQL for the production-store tests (tests/api/postgres.rs): CRD_TEST_POSTGRES_URL, else the local server.
if [ -z "${CRD_TEST_POSTGRES_URL:-}" ]; then
  export CRD_TEST_POSTGRES_URL="postgres://crd:crd@127.0.0.1:5432/crd_test"
  if ! PGPASSWORD=crd psql -qtAc "SELECT 1" -h 127.0.0.1 -U crd crd_test >/dev/null 2>&1; then
    bash scripts/postgres-local.sh
  fi
fi

# The order of the run: tests/log_scan.rs scans the log the `api` binary (tests/api) captured of the whole run
# (target/tmp/test-logs/api.log, and the JWTs it minted in tokens.txt beside it), so it must run after all of
# `api` has. Its one test is #[ignore]d: the first `cargo test` runs every other test exactly once (lib, bins,
# every tests/ binary present or future, doc tests) and only lists the scan as ignored; then, once that has
# passed, the scan runs on its own. The scan refuses a missing log, or one older than the `api` test binary.
cargo test "$@"
if [ "$#" -eq 0 ]; then
  cargo test --test log_scan -- --ignored
else
  # With arguments (a filter, other targets) the api log holds only part of a run, or none of this one.
  echo "log scan skipped (arguments given): run scripts/test.sh without arguments for the whole suite and the scan"
fi
