#!/usr/bin/env node
// Loads transaction/batch Bundles into the test FHIR server.
//
//   node load.js bundle1.json [bundle2.json ...]
//   env FHIR_BASE_URL (default http://127.0.0.1:8080/fhir); FHIR_TOKEN or REQUIRE_BEARER:
//   bearer token to send (optional)
//
// Each file is POSTed to the base URL. Exits non-zero, naming the file and the
// server's diagnostics, on the first HTTP error or failed entry, so a broken
// fixture stops a test run loudly. (Transactions are not atomic on this server:
// entries before a failing one stay written.)
// Needs no dependencies (Node 18+ global fetch).
'use strict';

const fs = require('node:fs');

const base = (process.env.FHIR_BASE_URL || 'http://127.0.0.1:8080/fhir').replace(/\/+$/, '');
// Token to send, if the server was started with REQUIRE_BEARER.
const token = process.env.FHIR_TOKEN || process.env.REQUIRE_BEARER;

async function loadFile(file) {
  let bundle;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${err.message}`);
  }
  if (bundle.resourceType !== 'Bundle' || !['transaction', 'batch'].includes(bundle.type)) {
    throw new Error(`${file}: not a transaction or batch Bundle`);
  }
  const headers = { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const res = await fetch(base, { method: 'POST', headers, body: JSON.stringify(bundle) });
  const text = await res.text();
  if (!res.ok) {
    throw new Error(`${file}: HTTP ${res.status}: ${text.slice(0, 2000)}`);
  }
  // A batch (and the server's transactions, per entry) report failures inside the response.
  const reply = JSON.parse(text);
  const failed = (reply.entry ?? [])
    .map((e, i) => ({ i, status: e?.response?.status ?? '', outcome: e?.response?.outcome }))
    .filter((e) => !/^2\d\d/.test(e.status));
  if (failed.length) {
    const details = failed.map((e) => `entry ${e.i}: ${e.status} ${JSON.stringify(e.outcome ?? {})}`).join('\n  ');
    throw new Error(`${file}: ${failed.length} entr(y/ies) failed:\n  ${details}`);
  }
  console.log(`loaded ${file}: ${reply.entry?.length ?? 0} entries`);
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node load.js bundle.json [...]');
    process.exit(2);
  }
  for (const file of files) {
    await loadFile(file);
  }
}

main().catch((err) => {
  console.error('load failed: ' + (err.cause ? `${err.message} (${err.cause.message ?? err.cause})` : err.message));
  process.exit(1);
});
