#!/usr/bin/env bash
# Try the questionnaire app by hand, against the sample data, on this machine:
#   1. the local FHIR server (port 8080) with the sample charts and the Louisiana Healthcare Connections order,
#   2. the mock SMART EHR (tests/browser/mock-ehr.js, port 9090) in front of it,
#   3. crd-server (port 3000, authentication off, the mock EHR allowed to launch the app),
#   4. one order-sign for the LHCC sample (cds-hooks/examples/order-sign-lhcc-request.json): conditional, with a
#      SMART link card; the EHR's launch of that link is registered and its URL printed: open it in a browser.
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
FHIR="http://127.0.0.1:8080/fhir"
EHR_PORT=9090
CRD="http://127.0.0.1:3000"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

for dir in tests/fhir-server tests/browser; do
  [ -d "$dir/node_modules" ] || (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done
wait_for() { for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done; echo "$1 did not answer" >&2; exit 1; }

if ! curl -sf -o /dev/null "$FHIR/metadata"; then
  mkdir -p target
  PORT=8080 node --experimental-websocket tests/fhir-server/server.js > target/fhir-server.log 2>&1 &
  pids+=($!)
  wait_for "$FHIR/metadata"
fi
FHIR_BASE_URL="$FHIR" node tests/fhir-server/load.js fhir-resources/samples/*.json > /dev/null
# The orders being signed exist in the EHR (the app reads them from there).
node -e '
  const req = require("./cds-hooks/examples/order-sign-lhcc-request.json");
  Promise.all(req.context.draftOrders.entry.map(({ resource: r }) =>
    fetch(`${process.argv[1]}/${r.resourceType}/${r.id}`, { method: "PUT",
      headers: { "content-type": "application/fhir+json" }, body: JSON.stringify(r) })
      .then((res) => { if (!res.ok) throw new Error(`PUT ${r.resourceType}/${r.id}: ${res.status}`); })))
    .catch((e) => { console.error(e.message); process.exit(1); });' "$FHIR"

node tests/browser/mock-ehr.js --fhir "$FHIR" --port "$EHR_PORT" > target/mock-ehr.out 2> target/mock-ehr.log &
pids+=($!)
ISS="http://127.0.0.1:$EHR_PORT/fhir"
wait_for "$ISS/.well-known/smart-configuration"

cargo build --quiet
CRD__AUTH__MODE=insecure-none CRD__SMART__ISSUERS="$ISS" CRD__DATABASE__URL="sqlite://target/try-dtr.db" \
  CRD__LOG__FORMAT=pretty ./target/debug/crd-server serve > target/crd-server.log 2>&1 &
pids+=($!)
wait_for "$CRD/health"

# The EHR signs the order, shows the SMART link card, and (when the clinician clicks it) registers a launch.
node -e '
  const [crd, ehr, iss] = process.argv.slice(1);
  const req = require("./cds-hooks/examples/order-sign-lhcc-request.json");
  (async () => {
    const res = await fetch(`${crd}/cds-services/order-sign-crd`, { method: "POST",
      headers: { "content-type": "application/json" }, body: JSON.stringify(req) });
    const body = await res.json();
    const link = body.cards.flatMap((c) => c.links || []).find((l) => l.type === "smart");
    if (!link) throw new Error("no SMART link card: " + JSON.stringify(body.cards.map((c) => c.summary)));
    const launch = await (await fetch(`${ehr}/launches`, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ patient: "ex-lhcc-1", appContext: link.appContext,
        fhirContext: [{ reference: "Coverage/ex-lhcc-1-cov1" }, { reference: "ServiceRequest/ex-lhcc-1-sr8" }] }) })).json();
    for (const c of body.cards) console.log(`card: ${c.summary}`);
    console.log(`\nOpen this in a browser (the launch is valid for 10 minutes):\n\n  ${link.url}?iss=${encodeURIComponent(iss)}&launch=${launch.launch}\n`);
  })().catch((e) => { console.error(e.message); process.exit(1); });' "$CRD" "http://127.0.0.1:$EHR_PORT" "$ISS"

echo "Logs: target/crd-server.log, target/mock-ehr.log. Ctrl-C stops the servers."
wait
