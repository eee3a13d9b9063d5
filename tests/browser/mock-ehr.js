#!/usr/bin/env node
// Mock EHR: a SMART App Launch 2 authorization server plus a token-checking FHIR proxy, for tests and for trying
// the SMART app by hand. Node.js 20, standard library only.
//
// Run:
//   node tests/browser/mock-ehr.js --fhir http://127.0.0.1:8080/fhir [--port 0] [--client-id crd-server-dtr] \
//        [--host 127.0.0.1]
//
// On listening it prints exactly one JSON line to stdout, e.g.
//   {"iss":"http://127.0.0.1:41234/fhir","port":41234}
// and nothing else to stdout. Each request is then logged to stderr as one line: method, path (without the query
// string), status. Tokens, codes, states and verifiers are never logged.
//
// The EHR's FHIR base (the SMART `iss`) is http://<host>:<port>/fhir.
//   GET  /fhir/.well-known/smart-configuration   SMART configuration (authorization + token endpoints, PKCE S256)
//   GET  /authorize                              authorization endpoint (redirects with ?code=&state= or ?error=)
//   POST /token                                  token endpoint (authorization_code + PKCE, public client)
//   *    /fhir/...                               FHIR proxy to --fhir; needs `Authorization: Bearer <issued token>`
//   POST /launches                               test control: register an EHR launch -> 201 {"launch": id}
//   POST /control                                test control: merge flags (authorizeError, tokenError,
//                                                smartConfigStatus, standalonePatient; null clears a flag)
//   GET  /control                                the current flags
//   GET  /log                                    recorded request summaries (no secret values); DELETE /log clears
//   GET  /                                       a short HTML page listing the registered launches
//
// Try it by hand:
//   curl -s -X POST localhost:PORT/launches -d '{"patient":"p1","fhirContext":[{"reference":"Coverage/1"}]}'
//   then open   <your app's launch URL>?iss=http://127.0.0.1:PORT/fhir&launch=<launch id>
//
// Deliberately simple: everything is in memory, there is no login or consent screen (every valid authorization
// request is granted the scopes it asked for), and the proxy does not restrict reads to the token's patient or
// scopes — a real EHR would.

'use strict';

const crypto = require('crypto');
const http = require('http');
const https = require('https');
const { URL } = require('url');

// ---------------------------------------------------------------------------------------------------------------
// Command line

function usage(message) {
  if (message) process.stderr.write(`mock-ehr: ${message}\n`);
  process.stderr.write(
    'usage: node tests/browser/mock-ehr.js --fhir <FHIR base URL> [--port 0] [--client-id crd-server-dtr] ' +
      '[--host 127.0.0.1]\n',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = { fhir: null, port: 0, clientId: 'crd-server-dtr', host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = () => {
      if (inline !== null) return inline;
      if (i + 1 >= argv.length) usage(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '--fhir': options.fhir = value(); break;
      case '--port': options.port = Number(value()); break;
      case '--client-id': options.clientId = value(); break;
      case '--host': options.host = value(); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (!options.fhir) usage('--fhir is required');
  let fhir;
  try {
    fhir = new URL(options.fhir);
  } catch {
    usage(`--fhir is not an absolute URL: ${options.fhir}`);
  }
  if (fhir.protocol !== 'http:' && fhir.protocol !== 'https:') usage('--fhir must be an http(s) URL');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) usage('--port must be 0..65535');
  if (!options.clientId) usage('--client-id must not be empty');
  options.fhir = options.fhir.replace(/\/+$/, '');
  return options;
}

const options = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------------------------
// State (all in memory)

const LAUNCH_TTL_MS = 10 * 60 * 1000;
const CODE_TTL_MS = 60 * 1000;
const TOKEN_TTL_S = 3600;
const MAX_LOG = 2000;
const MAX_BODY = 20 * 1024 * 1024;

let iss = null; // http://host:port/fhir, set once listening
let base = null; // http://host:port

const launches = new Map(); // launch id -> { patient, fhirContext, appContext, expiresAt, createdAt }
const codes = new Map(); // code -> { clientId, redirectUri, codeChallenge, scope, context, expiresAt, used }
const tokens = new Map(); // access token -> { patient, scope, expiresAt }
const control = {}; // authorizeError, tokenError (one-shot), smartConfigStatus, standalonePatient
const requestLog = []; // summaries, no secret values

const SMART_SCOPES = ['launch', 'launch/patient', 'openid', 'fhirUser', 'patient/*.rs', 'user/*.rs', 'patient/*.cruds'];
const SMART_CAPABILITIES = [
  'launch-ehr',
  'launch-standalone',
  'client-public',
  'context-ehr-patient',
  'context-standalone-patient',
  'permission-patient',
  'permission-user',
  'permission-v2',
  'sso-openid-connect',
];

// Query/form parameters whose values are secrets (or single-use handles): recorded as `true` (present) only.
const SECRET_PARAMS = new Set([
  'code',
  'code_verifier',
  'code_challenge',
  'state',
  'launch',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'client_assertion',
  'assertion',
]);

const randomId = (bytes = 16) => crypto.randomBytes(bytes).toString('base64url');
const sha256b64url = (text) => crypto.createHash('sha256').update(text, 'ascii').digest('base64url');

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

// Forget expired launches, codes and tokens once a minute (unref: this timer never keeps the process alive).
setInterval(() => {
  const now = Date.now();
  for (const [k, v] of launches) if (v.expiresAt <= now) launches.delete(k);
  for (const [k, v] of codes) if (v.expiresAt <= now) codes.delete(k);
  for (const [k, v] of tokens) if (v.expiresAt <= now) tokens.delete(k);
}, 60 * 1000).unref();

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function readBody(req, limit = MAX_BODY) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res, status, body, headers = {}) {
  const isBuffer = Buffer.isBuffer(body);
  const text = body === undefined || body === null ? '' : isBuffer || typeof body === 'string' ? body : JSON.stringify(body);
  const contentType =
    body === undefined || body === null ? undefined : isBuffer || typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  const all = { ...(contentType ? { 'Content-Type': contentType } : {}), ...headers };
  all['Content-Length'] = Buffer.byteLength(text);
  res.writeHead(status, all);
  res.end(text);
}

function operationOutcome(code, diagnostics) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// CORS headers for /fhir and /token: the request's Origin is allowed (a test EHR trusts every app).
function corsHeaders(req) {
  const headers = { Vary: 'Origin', 'Access-Control-Expose-Headers': 'Location, ETag' };
  if (req.headers.origin) headers['Access-Control-Allow-Origin'] = req.headers.origin;
  return headers;
}

function preflight(req, res, methods) {
  send(res, 204, null, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': methods,
    // Prefer/If-* are what FHIR clients send (the DTR app POSTs with `Prefer: return=representation`).
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, Prefer, If-Match, If-None-Match, If-None-Exist',
    'Access-Control-Max-Age': '600',
  });
}

function bearerToken(req) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization || '');
  return match ? match[1] : null;
}

// A summary of the request for GET /log: no token, code, state or verifier values.
function summarize(req, url, formFields) {
  const query = {};
  for (const [key, value] of url.searchParams) query[key] = SECRET_PARAMS.has(key) ? true : value;
  if (url.pathname === '/authorize') {
    for (const key of ['state', 'launch', 'code_challenge']) query[key] = url.searchParams.has(key);
  }
  const entry = { time: new Date().toISOString(), method: req.method, path: url.pathname, query };
  if (formFields) entry.formFields = formFields;
  entry.hasBearer = bearerToken(req) !== null;
  if (req.headers.origin) entry.origin = req.headers.origin;
  return entry;
}

function record(entry) {
  requestLog.push(entry);
  if (requestLog.length > MAX_LOG) requestLog.splice(0, requestLog.length - MAX_LOG);
}

// ---------------------------------------------------------------------------------------------------------------
// SMART configuration

function smartConfiguration(req, res) {
  const cors = corsHeaders(req);
  if (control.smartConfigStatus) {
    let status = Number(control.smartConfigStatus);
    if (!Number.isInteger(status) || status < 200 || status > 599) status = 500;
    return send(res, status, { error: 'mock_ehr_control', error_description: `smartConfigStatus is ${status}` }, cors);
  }
  send(
    res,
    200,
    {
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/token`,
      grant_types_supported: ['authorization_code'],
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: SMART_SCOPES,
      capabilities: SMART_CAPABILITIES,
    },
    cors,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Test control: launches, flags, log

async function createLaunch(req, res) {
  let body;
  try {
    body = JSON.parse((await readBody(req, 1024 * 1024)).toString('utf8') || '{}');
  } catch {
    return send(res, 400, { error: 'the body is not JSON' });
  }
  if (!body || typeof body !== 'object' || typeof body.patient !== 'string' || !body.patient) {
    return send(res, 400, { error: 'patient (a Patient id) is required' });
  }
  if (body.fhirContext !== undefined && !Array.isArray(body.fhirContext)) {
    return send(res, 400, { error: 'fhirContext must be an array' });
  }
  if (body.appContext !== undefined && body.appContext !== null && typeof body.appContext !== 'string') {
    return send(res, 400, { error: 'appContext must be a string' });
  }
  if (body.fhirUser !== undefined && typeof body.fhirUser !== 'string') {
    return send(res, 400, { error: 'fhirUser must be a reference string, e.g. Practitioner/1' });
  }
  const id = randomId();
  launches.set(id, {
    patient: body.patient,
    fhirUser: body.fhirUser || 'Practitioner/mock-clinician',
    fhirContext: body.fhirContext || [],
    appContext: typeof body.appContext === 'string' ? body.appContext : undefined,
    createdAt: new Date().toISOString(),
    expiresAt: Date.now() + LAUNCH_TTL_MS,
  });
  send(res, 201, { launch: id });
}

async function setControl(req, res) {
  let body;
  try {
    body = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}');
  } catch {
    return send(res, 400, { error: 'the body is not JSON' });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return send(res, 400, { error: 'a JSON object is expected' });
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined || value === false) delete control[key];
    else control[key] = value;
  }
  send(res, 200, control);
}

function homePage(req, res) {
  const now = Date.now();
  const rows = [...launches.entries()]
    .filter(([, l]) => l.expiresAt > now)
    .map(
      ([id, l]) =>
        `<tr><td><code>${escapeHtml(id)}</code></td><td>${escapeHtml(l.patient)}</td>` +
        `<td>${escapeHtml(l.fhirContext.map((c) => (c && (c.reference || c.canonical)) || JSON.stringify(c)).join(', '))}</td>` +
        `<td>${escapeHtml(new Date(l.expiresAt).toISOString())}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mock EHR</title></head>
<body style="font-family: sans-serif; max-width: 60em">
<h1>Mock EHR</h1>
<p>A test stand-in for an EHR: a SMART App Launch 2 authorization server (no login, every valid request is granted)
in front of the FHIR server <code>${escapeHtml(options.fhir)}</code>. Not for real patients.</p>
<p>FHIR base (<code>iss</code>): <code>${escapeHtml(iss)}</code><br>
Client id: <code>${escapeHtml(options.clientId)}</code></p>
<p>Register a launch: <code>curl -X POST ${escapeHtml(base)}/launches -d '{"patient":"p1","fhirContext":[{"reference":"Coverage/1"}]}'</code>,
then open <code>&lt;app launch URL&gt;?iss=${escapeHtml(encodeURIComponent(iss))}&amp;launch=&lt;launch id&gt;</code>.</p>
<h2>Launches</h2>
${rows ? `<table border="1" cellpadding="4"><tr><th>launch</th><th>patient</th><th>fhirContext</th><th>expires</th></tr>\n${rows}</table>` : '<p>None registered.</p>'}
</body></html>
`;
  send(res, 200, html, { 'Content-Type': 'text/html; charset=utf-8' });
}

// ---------------------------------------------------------------------------------------------------------------
// Authorization endpoint

function authorize(req, res, url) {
  const q = (name) => url.searchParams.get(name);

  // Without a usable redirect_uri (or for an unknown client, RFC 6749 §4.1.2.1) the error goes to the user agent.
  const redirectUri = q('redirect_uri');
  let redirect;
  try {
    redirect = new URL(redirectUri || '');
  } catch {
    redirect = null;
  }
  if (!redirect || (redirect.protocol !== 'http:' && redirect.protocol !== 'https:') || redirect.hash) {
    return send(res, 400, 'Mock EHR: redirect_uri is missing or not an absolute http(s) URL without a fragment.\n');
  }
  if (q('client_id') !== options.clientId) {
    return send(res, 400, `Mock EHR: unknown client_id (this EHR knows "${options.clientId}").\n`);
  }

  const state = q('state');
  const bounce = (params) => {
    const target = new URL(redirect.href);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    if (state !== null) target.searchParams.set('state', state);
    send(res, 302, null, { Location: target.href, 'Cache-Control': 'no-store' });
  };
  const refuse = (description) => bounce({ error: 'invalid_request', error_description: description });

  if (control.authorizeError) {
    const error = String(control.authorizeError);
    delete control.authorizeError;
    return bounce({ error, error_description: `The mock EHR was told to refuse this authorization (${error}).` });
  }

  if (q('response_type') !== 'code') return refuse('response_type must be code');
  if (!state) return refuse('state is required');
  if (q('aud') !== iss) return refuse(`aud must be the FHIR base URL ${iss}`);
  if (q('code_challenge_method') !== 'S256') return refuse('code_challenge_method must be S256 (PKCE is required)');
  const codeChallenge = q('code_challenge') || '';
  if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) return refuse('code_challenge must be a 43-character base64url SHA-256');
  const scope = q('scope') || '';
  const scopes = scope.split(' ').filter(Boolean);

  let context;
  const launchId = q('launch');
  if (launchId !== null) {
    if (!scopes.includes('launch')) return refuse('an EHR launch needs the launch scope');
    const launch = launches.get(launchId);
    if (!launch || launch.expiresAt <= Date.now()) return refuse('the launch is unknown or expired');
    context = { patient: launch.patient, fhirContext: launch.fhirContext, appContext: launch.appContext,
      fhirUser: launch.fhirUser };
  } else {
    if (!scopes.includes('launch/patient')) return refuse('a standalone launch needs the launch/patient scope');
    if (!control.standalonePatient) return refuse('no patient is selected for standalone launches (control flag standalonePatient)');
    context = { patient: String(control.standalonePatient), fhirUser: 'Practitioner/mock-clinician' };
  }

  const code = randomId(32);
  codes.set(code, {
    clientId: options.clientId,
    redirectUri,
    codeChallenge,
    scope,
    context,
    expiresAt: Date.now() + CODE_TTL_MS,
    used: false,
  });
  bounce({ code });
}

// ---------------------------------------------------------------------------------------------------------------
// Token endpoint

async function token(req, res, raw) {
  const cors = corsHeaders(req);
  const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  const fail = (status, error, description) =>
    send(res, status, { error, error_description: description }, { ...cors, ...noStore });

  const contentType = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    return fail(400, 'invalid_request', 'the token request must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(raw.toString('utf8'));
  const f = (name) => form.get(name);

  if (control.tokenError) {
    const error = String(control.tokenError);
    delete control.tokenError;
    return fail(400, error, `The mock EHR was told to refuse this token request (${error}).`);
  }

  if (f('grant_type') !== 'authorization_code') {
    return fail(400, f('grant_type') ? 'unsupported_grant_type' : 'invalid_request', 'grant_type must be authorization_code');
  }
  for (const name of ['code', 'redirect_uri', 'client_id', 'code_verifier']) {
    if (!f(name)) return fail(400, 'invalid_request', `${name} is required`);
  }
  const verifier = f('code_verifier');
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    return fail(400, 'invalid_request', 'code_verifier must be 43-128 characters of [A-Za-z0-9-._~] (RFC 7636)');
  }
  const grant = codes.get(f('code'));
  if (!grant) return fail(400, 'invalid_grant', 'the code is unknown or expired');
  if (grant.used) return fail(400, 'invalid_grant', 'the code was already used');
  if (grant.expiresAt <= Date.now()) {
    codes.delete(f('code'));
    return fail(400, 'invalid_grant', 'the code expired');
  }
  if (f('client_id') !== grant.clientId) return fail(400, 'invalid_grant', 'the code was issued to another client');
  if (f('redirect_uri') !== grant.redirectUri) {
    return fail(400, 'invalid_grant', 'redirect_uri differs from the one in the authorization request');
  }
  if (!safeEqual(sha256b64url(verifier), grant.codeChallenge)) {
    return fail(400, 'invalid_grant', 'code_verifier does not match the code_challenge (PKCE S256)');
  }
  // Single use: only a successful exchange spends the code (a failed attempt can be retried until it expires).
  grant.used = true;

  const accessToken = randomId(32);
  tokens.set(accessToken, {
    patient: grant.context.patient,
    scope: grant.scope,
    expiresAt: Date.now() + TOKEN_TTL_S * 1000,
  });
  const body = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: TOKEN_TTL_S,
    scope: grant.scope,
    patient: grant.context.patient,
  };
  if (grant.context.fhirContext) body.fhirContext = grant.context.fhirContext;
  if (grant.scope.split(' ').includes('openid')) body.id_token = idToken(grant);
  if (grant.context.appContext !== undefined) body.appContext = grant.context.appContext;
  body.need_patient_banner = true;
  send(res, 200, body, { ...cors, ...noStore });
}

// An OpenID Connect id_token naming the user (`fhirUser`, SMART App Launch 2). Signed HS256 with a per-process
// secret: the app receives it straight from the token endpoint, which OpenID Connect Core 3.1.3.7 lets a client
// trust without checking the signature; this mock publishes no keys.
const ID_TOKEN_SECRET = crypto.randomBytes(32);
function idToken(grant) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const fhirUser = grant.context.fhirUser || 'Practitioner/mock-clinician';
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64({ iss: `${base}/fhir`, sub: fhirUser, aud: grant.clientId, iat: now, exp: now + TOKEN_TTL_S, fhirUser });
  const sig = crypto.createHmac('sha256', ID_TOKEN_SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

// ---------------------------------------------------------------------------------------------------------------
// FHIR proxy

const FORWARD_REQUEST_HEADERS = ['content-type', 'accept', 'prefer', 'if-match', 'if-none-match', 'if-none-exist', 'if-modified-since'];
const FORWARD_RESPONSE_HEADERS = ['content-type', 'location', 'content-location', 'etag', 'last-modified'];

function fhirProxy(req, res, url, body) {
  const cors = corsHeaders(req);
  const unauthorized = (description) =>
    send(res, 401, operationOutcome('login', description), {
      ...cors,
      'Content-Type': 'application/fhir+json',
      'WWW-Authenticate': 'Bearer realm="mock-ehr", error="invalid_token"',
    });

  const presented = bearerToken(req);
  if (!presented) return unauthorized('An access token is required (Authorization: Bearer).');
  const grant = tokens.get(presented);
  if (!grant || grant.expiresAt <= Date.now()) return unauthorized('The access token is unknown or expired.');
  // A real EHR would also limit what the token reaches to its patient and scopes; this mock does not.

  const relative = url.pathname.slice('/fhir'.length); // '' or '/Type/id...'
  const target = new URL(options.fhir + relative + url.search);
  const headers = {};
  for (const name of FORWARD_REQUEST_HEADERS) if (req.headers[name]) headers[name] = req.headers[name];
  if (body.length > 0) headers['content-length'] = body.length;

  const client = target.protocol === 'https:' ? https : http;
  const upstream = client.request(target, { method: req.method, headers, timeout: 30000 }, (up) => {
    const chunks = [];
    up.on('data', (c) => chunks.push(c));
    up.on('end', () => {
      const out = { ...cors };
      for (const name of FORWARD_RESPONSE_HEADERS) {
        let value = up.headers[name];
        if (!value) continue;
        // Links to the real server are rewritten to this proxy's base (bodies are passed through unchanged).
        if ((name === 'location' || name === 'content-location') && value.startsWith(options.fhir)) {
          value = iss + value.slice(options.fhir.length);
        }
        out[name] = value;
      }
      const payload = Buffer.concat(chunks);
      out['Content-Length'] = payload.length;
      res.writeHead(up.statusCode || 502, out);
      res.end(payload);
    });
    up.on('error', () => {
      if (!res.headersSent) send(res, 502, operationOutcome('transient', 'The FHIR server connection failed.'), cors);
    });
  });
  upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
  upstream.on('error', () => {
    if (!res.headersSent) {
      send(res, 502, operationOutcome('transient', 'The FHIR server behind the mock EHR could not be reached.'), {
        ...cors,
        'Content-Type': 'application/fhir+json',
      });
    }
  });
  upstream.end(body);
}

// ---------------------------------------------------------------------------------------------------------------
// Router

async function route(req, res) {
  const url = new URL(req.url, base);
  const path = url.pathname;
  const method = req.method;
  const isFhir = path === '/fhir' || path.startsWith('/fhir/');

  // Read bodies of the form-encoded token request up front: the log records its field names.
  let raw = Buffer.alloc(0);
  if (method === 'POST' && path === '/token') raw = await readBody(req, 1024 * 1024);
  else if (isFhir && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') raw = await readBody(req);

  if (path !== '/log') {
    const formFields = path === '/token' && method === 'POST' ? [...new Set(new URLSearchParams(raw.toString('utf8')).keys())] : undefined;
    const entry = summarize(req, url, formFields);
    res.on('finish', () => (entry.status = res.statusCode));
    record(entry);
  }

  if (isFhir) {
    if (method === 'OPTIONS') return preflight(req, res, 'GET, POST, PUT, OPTIONS');
    if (path === '/fhir/.well-known/smart-configuration') {
      if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { ...corsHeaders(req), Allow: 'GET' });
      return smartConfiguration(req, res);
    }
    return fhirProxy(req, res, url, raw);
  }

  if (path === '/token') {
    if (method === 'OPTIONS') return preflight(req, res, 'POST, OPTIONS');
    if (method !== 'POST') return send(res, 405, 'Method not allowed\n', { ...corsHeaders(req), Allow: 'POST' });
    return token(req, res, raw);
  }
  if (path === '/authorize') {
    if (method !== 'GET') return send(res, 405, 'Method not allowed\n', { Allow: 'GET' });
    return authorize(req, res, url);
  }
  if (path === '/launches' && method === 'POST') return createLaunch(req, res);
  if (path === '/control' && method === 'POST') return setControl(req, res);
  if (path === '/control' && method === 'GET') return send(res, 200, control);
  if (path === '/log' && method === 'GET') return send(res, 200, requestLog);
  if (path === '/log' && method === 'DELETE') {
    requestLog.length = 0;
    return send(res, 204, null);
  }
  if (path === '/' && method === 'GET') return homePage(req, res);
  send(res, 404, 'Not found\n');
}

const server = http.createServer((req, res) => {
  const path = (req.url || '').split('?')[0];
  res.on('finish', () => process.stderr.write(`${req.method} ${path} ${res.statusCode}\n`));
  route(req, res).catch((err) => {
    if (!res.headersSent) send(res, err.status || 500, `Mock EHR error: ${err.status ? err.message : 'internal error'}\n`);
    else res.destroy();
    if (!err.status) process.stderr.write(`mock-ehr: internal error: ${err && err.stack ? err.stack : err}\n`);
  });
});

server.on('error', (err) => {
  process.stderr.write(`mock-ehr: cannot listen on ${options.host}:${options.port}: ${err.message}\n`);
  process.exit(1);
});

server.listen(options.port, options.host, () => {
  const port = server.address().port;
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  base = `http://${hostPart}:${port}`;
  iss = `${base}/fhir`;
  process.stdout.write(`${JSON.stringify({ iss, port })}\n`);
});

// A test harness kills us; shut down promptly and quietly on the usual signals.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
// If the parent closed our stdout pipe, later writes must not crash the process (we never write there again).
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
