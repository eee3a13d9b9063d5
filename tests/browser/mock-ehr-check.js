#!/usr/bin/env node
// Self-check for tests/browser/mock-ehr.js (Node.js 20, standard library only).
//
// Run:  node tests/browser/mock-ehr-check.js
//
// Starts a tiny fake FHIR server on a free port (it answers GET /fhir/Patient/p1 with
// {"resourceType":"Patient","id":"p1"}), starts mock-ehr.js in front of it, and walks the SMART flow:
// discovery, launch registration, /authorize with PKCE S256, /token, the token-checking FHIR proxy, and the
// refusals (wrong verifier, code reuse, aud mismatch, control flags). Also checks that no token, code, state or
// verifier appears in the mock's stderr log or in GET /log. Exits 0 when all pass; otherwise 1 with a message.

'use strict';

const assert = require('assert');
const crypto = require('crypto');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');

const CLIENT_ID = 'crd-server-dtr';
const REDIRECT_URI = 'http://127.0.0.1:9/smart/callback';
const ORIGIN = 'http://app.example.test';

const secrets = []; // every token/code/state/verifier seen, to check the logs never contain them
const b64url = (buf) => buf.toString('base64url');

function pkce() {
  const verifier = b64url(crypto.randomBytes(32));
  const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
  secrets.push(verifier, challenge);
  return { verifier, challenge };
}

// One HTTP request, no redirects followed. Resolves { status, headers, text, json }.
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.setTimeout(10000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const postJson = (url, value) =>
  request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
const postForm = (url, fields, headers = {}) =>
  request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

// The fake FHIR server behind the mock EHR; it remembers the requests it received.
function startFakeFhir() {
  const received = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.method === 'GET' && req.url === '/fhir/Patient/p1') {
      res.writeHead(200, { 'Content-Type': 'application/fhir+json', ETag: 'W/"1"' });
      return res.end(JSON.stringify({ resourceType: 'Patient', id: 'p1' }));
    }
    res.writeHead(404, { 'Content-Type': 'application/fhir+json' });
    res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, received, base: `http://127.0.0.1:${server.address().port}/fhir` })),
  );
}

function startMockEhr(fhirBase) {
  const child = spawn(process.execPath, [path.join(__dirname, 'mock-ehr.js'), '--fhir', fhirBase, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      stdout += c;
      const nl = stdout.indexOf('\n');
      if (nl >= 0) resolve(stdout.slice(0, nl));
    });
    child.on('exit', (code) => reject(new Error(`mock-ehr.js exited (${code}) before listening:\n${stderr}`)));
  });
  return { child, ready, output: () => ({ stdout, stderr }) };
}

function authorizeUrl(base, params) {
  const url = new URL(`${base}/authorize`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.href;
}

async function main() {
  const fake = await startFakeFhir();
  const ehr = startMockEhr(fake.base);
  const cleanup = () => {
    ehr.child.kill();
    fake.server.close();
  };
  try {
    await run(fake, ehr);
  } finally {
    cleanup();
  }
}

async function run(fake, ehr) {
  let step = 'start';
  const check = (name) => {
    step = name;
    process.stdout.write(`- ${name}\n`);
  };
  try {
    // The first stdout line, exactly {"iss":"http://127.0.0.1:<port>/fhir","port":<port>}.
    check('startup line');
    const line = await ehr.ready;
    assert.match(line, /^\{"iss":"http:\/\/127\.0\.0\.1:\d+\/fhir","port":\d+\}$/, line);
    const { iss, port } = JSON.parse(line);
    assert.strictEqual(iss, `http://127.0.0.1:${port}/fhir`);
    const base = `http://127.0.0.1:${port}`;

    check('smart-configuration');
    let r = await request(`${iss}/.well-known/smart-configuration`, { headers: { Origin: ORIGIN } });
    assert.strictEqual(r.status, 200, r.text);
    assert.strictEqual(r.json.authorization_endpoint, `${base}/authorize`);
    assert.strictEqual(r.json.token_endpoint, `${base}/token`);
    assert.deepStrictEqual(r.json.grant_types_supported, ['authorization_code']);
    assert.deepStrictEqual(r.json.response_types_supported, ['code']);
    assert.deepStrictEqual(r.json.code_challenge_methods_supported, ['S256']);
    for (const s of ['launch', 'launch/patient', 'openid', 'fhirUser', 'patient/*.rs', 'user/*.rs', 'patient/*.cruds']) {
      assert.ok(r.json.scopes_supported.includes(s), `scopes_supported lacks ${s}`);
    }
    for (const c of ['launch-ehr', 'launch-standalone', 'client-public', 'context-ehr-patient', 'context-standalone-patient',
      'permission-patient', 'permission-user', 'permission-v2', 'sso-openid-connect']) {
      assert.ok(r.json.capabilities.includes(c), `capabilities lacks ${c}`);
    }
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);

    check('POST /launches');
    const fhirContext = [{ reference: 'Coverage/1' }, { reference: 'ServiceRequest/sr-1' }];
    r = await postJson(`${base}/launches`, { patient: 'p1', fhirContext, appContext: '{"a":1}' });
    assert.strictEqual(r.status, 201, r.text);
    const launch = r.json.launch;
    assert.ok(typeof launch === 'string' && launch.length >= 16, r.text);
    secrets.push(launch);
    r = await postJson(`${base}/launches`, { fhirContext });
    assert.strictEqual(r.status, 400, 'a launch without patient is refused');

    const scope = 'launch openid fhirUser patient/*.rs user/*.rs';
    const authorizeWith = async (overrides = {}) => {
      const p = pkce();
      const state = b64url(crypto.randomBytes(32));
      secrets.push(state);
      const params = {
        response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, launch, scope, state, aud: iss,
        code_challenge: p.challenge, code_challenge_method: 'S256', ...overrides,
      };
      const resp = await request(authorizeUrl(base, params));
      const location = resp.headers.location ? new URL(resp.headers.location) : null;
      if (location && location.searchParams.get('code')) secrets.push(location.searchParams.get('code'));
      return { resp, location, state, pkce: p };
    };
    const exchange = (code, verifier, extra = {}) =>
      postForm(`${base}/token`, {
        grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: verifier, ...extra,
      }, { Origin: ORIGIN });

    check('authorize (EHR launch, PKCE S256)');
    const a = await authorizeWith();
    assert.strictEqual(a.resp.status, 302, a.resp.text);
    assert.strictEqual(`${a.location.origin}${a.location.pathname}`, REDIRECT_URI);
    assert.strictEqual(a.location.searchParams.get('state'), a.state);
    const code = a.location.searchParams.get('code');
    assert.ok(code, a.location.href);

    check('token exchange');
    r = await exchange(code, a.pkce.verifier);
    assert.strictEqual(r.status, 200, r.text);
    assert.strictEqual(r.headers['cache-control'], 'no-store');
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);
    const token = r.json.access_token;
    secrets.push(token);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.strictEqual(r.json.token_type, 'Bearer');
    assert.strictEqual(r.json.expires_in, 3600);
    assert.strictEqual(r.json.scope, scope);
    assert.strictEqual(r.json.patient, 'p1');
    assert.deepStrictEqual(r.json.fhirContext, fhirContext);
    assert.strictEqual(r.json.appContext, '{"a":1}');
    assert.strictEqual(r.json.need_patient_banner, true);
    assert.ok(!('smart_style_url' in r.json));

    check('token endpoint CORS preflight');
    r = await request(`${base}/token`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
    assert.strictEqual(r.status, 204);
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);

    check('proxied GET Patient/p1 with the token');
    r = await request(`${iss}/Patient/p1`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json', Origin: ORIGIN } });
    assert.strictEqual(r.status, 200, r.text);
    assert.deepStrictEqual(r.json, { resourceType: 'Patient', id: 'p1' });
    assert.match(r.headers['content-type'], /^application\/fhir\+json/);
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);
    assert.strictEqual(r.headers.vary, 'Origin');
    assert.strictEqual(r.headers['access-control-expose-headers'], 'Location, ETag');
    assert.strictEqual(r.headers.etag, 'W/"1"');
    const upstream = fake.received.at(-1);
    assert.strictEqual(upstream.url, '/fhir/Patient/p1');
    assert.strictEqual(upstream.headers.accept, 'application/fhir+json');
    assert.ok(!upstream.headers.authorization, 'the EHR token is not passed to the FHIR server');

    check('proxied GET without a token / with a bad token -> 401');
    r = await request(`${iss}/Patient/p1`, { headers: { Origin: ORIGIN } });
    assert.strictEqual(r.status, 401, r.text);
    assert.strictEqual(r.json.resourceType, 'OperationOutcome');
    assert.match(r.headers['www-authenticate'], /^Bearer/);
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);
    r = await request(`${iss}/Patient/p1`, { headers: { Authorization: 'Bearer not-a-token' } });
    assert.strictEqual(r.status, 401);

    check('FHIR CORS preflight (no token needed)');
    r = await request(`${iss}/QuestionnaireResponse`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    assert.strictEqual(r.status, 204);
    assert.strictEqual(r.headers['access-control-allow-origin'], ORIGIN);
    assert.strictEqual(r.headers['access-control-allow-methods'], 'GET, POST, PUT, OPTIONS');
    assert.match(r.headers['access-control-allow-headers'], /^Authorization, Content-Type, Accept\b/);
    assert.strictEqual(r.headers['access-control-max-age'], '600');

    check('proxied 404 passes through');
    r = await request(`${iss}/Patient/nobody?_format=json`, { headers: { Authorization: `Bearer ${token}` } });
    assert.strictEqual(r.status, 404);
    assert.strictEqual(fake.received.at(-1).url, '/fhir/Patient/nobody?_format=json');

    check('code reuse -> 400 invalid_grant');
    r = await exchange(code, a.pkce.verifier);
    assert.strictEqual(r.status, 400, r.text);
    assert.strictEqual(r.json.error, 'invalid_grant');

    check('wrong code_verifier -> 400 invalid_grant');
    const b = await authorizeWith();
    assert.strictEqual(b.resp.status, 302);
    r = await exchange(b.location.searchParams.get('code'), pkce().verifier);
    assert.strictEqual(r.status, 400, r.text);
    assert.strictEqual(r.json.error, 'invalid_grant');
    check('redirect_uri mismatch at /token -> 400 invalid_grant');
    r = await exchange(b.location.searchParams.get('code'), b.pkce.verifier, { redirect_uri: 'http://127.0.0.1:9/other' });
    assert.strictEqual(r.status, 400, r.text);
    assert.strictEqual(r.json.error, 'invalid_grant');
    check('missing code_verifier -> 400 invalid_request');
    r = await exchange(b.location.searchParams.get('code'), '');
    assert.strictEqual(r.status, 400, r.text);
    assert.strictEqual(r.json.error, 'invalid_request');

    check('aud mismatch -> redirect with error');
    let c = await authorizeWith({ aud: `${iss}/` });
    assert.strictEqual(c.resp.status, 302);
    assert.strictEqual(c.location.searchParams.get('error'), 'invalid_request');
    assert.ok(c.location.searchParams.get('error_description'));
    assert.strictEqual(c.location.searchParams.get('state'), c.state);
    assert.ok(!c.location.searchParams.has('code'));

    check('other /authorize refusals');
    for (const [name, overrides] of [
      ['plain PKCE', { code_challenge_method: 'plain' }],
      ['short challenge', { code_challenge: 'abc' }],
      ['no launch scope', { scope: 'openid patient/*.rs' }],
      ['unknown launch', { launch: 'nope' }],
      ['response_type token', { response_type: 'token' }],
      ['no state', { state: '' }],
      ['standalone without standalonePatient', { launch: undefined, scope: 'launch/patient openid' }],
    ]) {
      c = await authorizeWith(overrides);
      assert.strictEqual(c.resp.status, 302, name);
      assert.strictEqual(c.location.searchParams.get('error'), 'invalid_request', name);
    }
    c = await authorizeWith({ redirect_uri: 'not a url' });
    assert.strictEqual(c.resp.status, 400, 'a bad redirect_uri gets a 400 page');
    assert.ok(!c.resp.headers.location);
    c = await authorizeWith({ client_id: 'someone-else' });
    assert.strictEqual(c.resp.status, 400, 'an unknown client gets a 400 page');

    check('control authorizeError (one-shot)');
    r = await postJson(`${base}/control`, { authorizeError: 'access_denied' });
    assert.strictEqual(r.status, 200);
    c = await authorizeWith();
    assert.strictEqual(c.resp.status, 302);
    assert.strictEqual(c.location.searchParams.get('error'), 'access_denied');
    assert.ok(c.location.searchParams.get('error_description'));
    assert.strictEqual(c.location.searchParams.get('state'), c.state);
    c = await authorizeWith();
    assert.ok(c.location.searchParams.get('code'), 'the flag is cleared after one use');

    check('control tokenError (one-shot)');
    await postJson(`${base}/control`, { tokenError: 'invalid_grant' });
    r = await exchange(c.location.searchParams.get('code'), c.pkce.verifier);
    assert.strictEqual(r.status, 400);
    assert.strictEqual(r.json.error, 'invalid_grant');
    assert.ok(r.json.error_description);
    r = await exchange(c.location.searchParams.get('code'), c.pkce.verifier);
    assert.strictEqual(r.status, 200, 'the flag is cleared after one use');
    secrets.push(r.json.access_token);

    check('standalone launch with standalonePatient');
    await postJson(`${base}/control`, { standalonePatient: 'p-sa' });
    c = await authorizeWith({ launch: undefined, scope: 'launch/patient openid fhirUser patient/*.rs' });
    assert.ok(c.location.searchParams.get('code'), c.location.href);
    r = await exchange(c.location.searchParams.get('code'), c.pkce.verifier);
    assert.strictEqual(r.status, 200, r.text);
    secrets.push(r.json.access_token);
    assert.strictEqual(r.json.patient, 'p-sa');
    assert.strictEqual(r.json.scope, 'launch/patient openid fhirUser patient/*.rs');
    assert.ok(!('appContext' in r.json));

    check('control smartConfigStatus');
    await postJson(`${base}/control`, { smartConfigStatus: 503 });
    r = await request(`${iss}/.well-known/smart-configuration`);
    assert.strictEqual(r.status, 503);
    await postJson(`${base}/control`, { smartConfigStatus: null });
    r = await request(`${iss}/.well-known/smart-configuration`);
    assert.strictEqual(r.status, 200);

    check('GET / lists the launch');
    r = await request(`${base}/`);
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.ok(r.text.includes(launch));

    check('GET /log: summaries without secrets');
    r = await request(`${base}/log`);
    assert.strictEqual(r.status, 200);
    const log = r.json;
    const tokenCall = log.find((e) => e.path === '/token' && e.method === 'POST');
    assert.deepStrictEqual(tokenCall.formFields, ['grant_type', 'code', 'redirect_uri', 'client_id', 'code_verifier']);
    const authCall = log.find((e) => e.path === '/authorize');
    assert.strictEqual(authCall.query.response_type, 'code');
    assert.strictEqual(authCall.query.client_id, CLIENT_ID);
    assert.strictEqual(authCall.query.redirect_uri, REDIRECT_URI);
    assert.strictEqual(authCall.query.aud, iss);
    assert.strictEqual(authCall.query.code_challenge_method, 'S256');
    assert.strictEqual(authCall.query.state, true);
    assert.strictEqual(authCall.query.launch, true);
    assert.strictEqual(authCall.status, 302);
    assert.ok(log.some((e) => e.path === '/fhir/Patient/p1' && e.hasBearer === true && e.status === 200));
    assert.ok(log.some((e) => e.path === '/fhir/Patient/p1' && e.hasBearer === false && e.status === 401));
    const logText = JSON.stringify(log);
    for (const s of secrets) assert.ok(!logText.includes(s), 'GET /log contains a secret value');

    check('stderr: one line per request, no secrets');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { stdout, stderr } = ehr.output();
    assert.strictEqual(stdout, `${line}\n`, 'exactly one line on stdout');
    for (const s of secrets) assert.ok(!stderr.includes(s), 'stderr contains a secret value');
    assert.match(stderr, /^GET \/fhir\/Patient\/p1 200$/m);
    assert.match(stderr, /^GET \/authorize 302$/m);
    assert.match(stderr, /^POST \/token 400$/m);
  } catch (err) {
    err.message = `step "${step}": ${err.message}`;
    throw err;
  }
}

main().then(
  () => {
    process.stdout.write('mock-ehr check: all passed\n');
    process.exit(0);
  },
  (err) => {
    process.stderr.write(`mock-ehr check FAILED: ${err.message}\n`);
    process.exit(1);
  },
);
