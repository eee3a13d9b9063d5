#!/usr/bin/env node
// Smoke check of the test FHIR server against the lhcc example fixture:
//   node load.js /work/shared/examples/patient-lhcc-pain.json && node smoke.js
// Uses FHIR_BASE_URL (default http://127.0.0.1:8080/fhir) and FHIR_TOKEN/REQUIRE_BEARER.
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
'use strict';

const base = (process.env.FHIR_BASE_URL || 'http://127.0.0.1:8080/fhir').replace(/\/+$/, '');
const token = process.env.FHIR_TOKEN || process.env.REQUIRE_BEARER;
const headers = { Accept: 'application/fhir+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };

// [relative URL, expected "Type/id" of search matches (in any order), expected includes]
const SEARCHES = [
  ['Coverage?patient=ex-lhcc-1&status=active&_include=Coverage:payor', ['Coverage/ex-lhcc-1-cov1'], ['Organization/ex-lhcc-1-payer-lhcc']],
  ['Coverage?beneficiary=Patient/ex-lhcc-1', ['Coverage/ex-lhcc-1-cov1']],
  ['Coverage?patient=Patient/ex-lhcc-1', ['Coverage/ex-lhcc-1-cov1']],
  ['Condition?patient=ex-lhcc-1', ['Condition/ex-lhcc-1-cond2', 'Condition/ex-lhcc-1-cond3']],
  ['Condition?patient=ex-lhcc-1&clinical-status=active', ['Condition/ex-lhcc-1-cond2', 'Condition/ex-lhcc-1-cond3']],
  ['Procedure?patient=ex-lhcc-1', ['Procedure/ex-lhcc-1-proc5']],
  ['Observation?patient=ex-lhcc-1&code=http://loinc.org|72514-3', ['Observation/ex-lhcc-1-obs4', 'Observation/ex-lhcc-1-obs6']],
  ['Observation?subject=ex-lhcc-1', ['Observation/ex-lhcc-1-obs4', 'Observation/ex-lhcc-1-obs6']],
  ['MedicationStatement?patient=ex-lhcc-1', ['MedicationStatement/ex-lhcc-1-ms7']],
  ['MedicationRequest?patient=ex-lhcc-1', []],
  ['AllergyIntolerance?patient=ex-lhcc-1', []],
  ['QuestionnaireResponse?subject=Patient/ex-lhcc-1', []],
];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  ok ? passed++ : failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ' ' + detail}`);
}

async function get(url) {
  const res = await fetch(url, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

function ids(bundle, mode) {
  return (bundle.entry ?? [])
    .filter((e) => e.search?.mode === mode)
    .map((e) => `${e.resource.resourceType}/${e.resource.id}`)
    .sort();
}

async function main() {
  const read = await get(`${base}/Patient/ex-lhcc-1`);
  check('GET Patient/ex-lhcc-1', read.status === 200 && read.body.id === 'ex-lhcc-1', JSON.stringify(read.body));

  for (const [rel, matches, includes = []] of SEARCHES) {
    const r = await get(`${base}/${rel}`);
    const b = r.body;
    const gotMatches = ids(b, 'match');
    const gotIncludes = ids(b, 'include');
    const fullUrlsOk = (b.entry ?? []).every((e) => e.fullUrl === `${base}/${e.resource.resourceType}/${e.resource.id}`);
    check(
      `GET ${rel}`,
      r.status === 200 &&
        r.type.startsWith('application/fhir+json') &&
        b.type === 'searchset' &&
        JSON.stringify(gotMatches) === JSON.stringify([...matches].sort()) &&
        JSON.stringify(gotIncludes) === JSON.stringify([...includes].sort()) &&
        fullUrlsOk,
      `status=${r.status} matches=${gotMatches} includes=${gotIncludes} fullUrlsOk=${fullUrlsOk}`
    );
  }

  // Paging: follow next links until none is left; together the pages hold both observations.
  let url = `${base}/Observation?patient=ex-lhcc-1&_count=1`;
  const seen = [];
  let pages = 0;
  while (url && pages < 5) {
    const r = await get(url);
    seen.push(...ids(r.body, 'match'));
    url = r.body.link?.find((l) => l.relation === 'next')?.url;
    pages++;
  }
  check(
    'GET Observation?patient=ex-lhcc-1&_count=1 + next links',
    pages === 2 && JSON.stringify(seen.sort()) === JSON.stringify(['Observation/ex-lhcc-1-obs4', 'Observation/ex-lhcc-1-obs6']),
    `pages=${pages} seen=${seen}`
  );

  const bad = await get(`${base}/Observation?no-such-param=1`);
  check('unknown search parameter -> 400 OperationOutcome', bad.status === 400 && bad.body.resourceType === 'OperationOutcome');

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error('smoke failed: ' + err.message + (err.cause ? ` (${err.cause.message})` : ''));
  process.exit(1);
});
