// crd-server questionnaire app (Da Vinci DTR, SMART on FHIR).
//
// Flow: the callback page hands over the EHR access token (a data block, never a URL) -> kept in this tab's
// sessionStorage -> read the launch context from crd-server (/smart/api/session) -> read the Coverage and orders
// from the EHR's FHIR server with the token -> $questionnaire-package from crd-server -> render the Questionnaire
// with its prefilled QuestionnaireResponse in LHC-Forms -> the clinician completes it -> required items checked ->
// the QuestionnaireResponse is saved to the EHR's FHIR server (with the token) and submitted to crd-server ->
// the updated coverage decision is shown.
'use strict';

(function () {
  const STORAGE_KEY = 'crd-smart-launch';
  const DTR = 'http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/';
  const ORIGIN = DTR + 'information-origin';
  const $ = (id) => document.getElementById(id);

  function setStatus(state, text) {
    const status = $('status');
    status.dataset.state = state;
    $('status-text').textContent = text;
  }

  function fail(message) {
    setStatus('error', message);
    const save = $('save');
    if (save) save.disabled = false;
  }

  function showErrors(title, lines, focus = true) {
    const box = $('errors');
    box.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = title;
    const ul = document.createElement('ul');
    for (const line of lines) {
      const li = document.createElement('li');
      li.textContent = line;
      ul.appendChild(li);
    }
    box.append(h, ul);
    box.hidden = false;
    if (focus) box.focus();
  }

  // The token from the callback page, moved into sessionStorage; the address bar loses the code and state.
  function takeHandoff() {
    const block = $('handoff');
    if (block) {
      sessionStorage.setItem(STORAGE_KEY, block.textContent);
      block.remove();
      history.replaceState(null, '', '/smart/app');
    }
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? JSON.parse(text) : null;
  }

  async function crd(path, body) {
    const response = await fetch(path, {
      method: body ? 'POST' : 'GET',
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/fhir+json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(outcomeText(json) || `crd-server answered HTTP ${response.status}`);
    return json;
  }

  async function ehr(launch, path, init) {
    const response = await fetch(`${launch.iss}/${path}`, {
      ...init,
      headers: { Accept: 'application/fhir+json', Authorization: `Bearer ${launch.accessToken}`, ...(init && init.headers) },
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(outcomeText(json) || `the EHR's FHIR server answered HTTP ${response.status} for ${path.split('?')[0]}`);
    return { json, response };
  }

  function outcomeText(json) {
    if (!json || json.resourceType !== 'OperationOutcome') return null;
    return (json.issue || []).map((i) => i.diagnostics || (i.details && i.details.text) || i.code).join('; ');
  }

  // #16 9b: the EHR launched the app with neither an order nor a coverage decision (no fhirContext, no
  // appContext): crd-server's open decisions for this patient (this EHR's only) are listed and the clinician picks
  // one; it resolves to that decision, or null when there is none.
  async function chooseDecision() {
    const open = ((await crd('/smart/api/decisions')).decisions) || [];
    if (open.length === 0) return null;
    const list = $('decisions-list');
    list.replaceChildren();
    return new Promise((resolve) => {
      for (const d of open) {
        const li = document.createElement('li');
        const what = document.createElement('span');
        const policy = d.policy ? `${d.policy.payer}, medical policy ${d.policy.number}` : 'the payer\'s policy';
        what.textContent = `${d.orders.join(', ')} under ${policy}, decided ${d.decidedOn}`;
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `Document ${d.orders.join(', ')}`;
        button.dataset.assertion = d.coverageAssertionId;
        button.addEventListener('click', () => {
          $('decisions').hidden = true;
          resolve(d);
        });
        li.append(what, button);
        list.appendChild(li);
      }
      $('decisions').hidden = false;
      setStatus('ready', 'Choose the coverage decision to document.');
      $('decisions-h').focus();
    });
  }

  // Reads what it can of `refs`; an order not on the EHR's FHIR server (an unsigned draft) is left out.
  async function readSome(launch, refs) {
    const out = [];
    for (const r of refs) {
      try {
        out.push((await ehr(launch, r)).json);
      } catch (e) {
        // Not readable: the coverage assertion (the package's context) stands for it.
      }
    }
    return out;
  }

  // Coverage and orders from the launch context, or from the open decision the clinician picked; a launch with
  // neither searches the patient's active ones.
  async function contextResources(launch, context, picked) {
    const read = async (refs) => Promise.all(refs.map(async (r) => (await ehr(launch, r)).json));
    let coverage = picked ? await readSome(launch, [picked.coverage]) : await read(context.coverage);
    if (coverage.length === 0) {
      const found = (await ehr(launch, `Coverage?patient=${encodeURIComponent(context.patient)}&status=active`)).json;
      coverage = (found.entry || []).map((e) => e.resource);
    }
    let orders = picked ? await readSome(launch, picked.orders) : await read(context.orders);
    if (orders.length === 0 && !context.coverageAssertionId) {
      for (const type of ['ServiceRequest', 'DeviceRequest', 'MedicationRequest']) {
        const found = (await ehr(launch, `${type}?patient=${encodeURIComponent(context.patient)}&status=active,draft`)).json;
        orders.push(...(found.entry || []).map((e) => e.resource));
      }
    }
    if (coverage.length === 0) throw new Error('The EHR has no active coverage for this patient, so no payer can be asked.');
    return { coverage: coverage[0], orders };
  }

  function packageParameters(context, resources) {
    const parameter = [{ name: 'coverage', resource: resources.coverage }];
    for (const order of resources.orders) parameter.push({ name: 'order', resource: order });
    for (const q of context.questionnaires) parameter.push({ name: 'questionnaire', valueCanonical: q });
    if (context.coverageAssertionId) parameter.push({ name: 'context', valueString: context.coverageAssertionId });
    return { resourceType: 'Parameters', parameter };
  }

  // answerValueSet -> answerOption from the package's ValueSets, so LHC-Forms needs no terminology server.
  function inlineValueSets(questionnaire, valueSets) {
    const byCanonical = new Map();
    for (const vs of valueSets) {
      const codes = (vs.expansion && vs.expansion.contains) ||
        (vs.compose && vs.compose.include || []).flatMap((inc) => (inc.concept || []).map((c) => ({ system: inc.system, ...c })));
      byCanonical.set(vs.url, codes);
      if (vs.version) byCanonical.set(`${vs.url}|${vs.version}`, codes);
    }
    const walk = (items) => {
      for (const item of items || []) {
        if (item.answerValueSet && byCanonical.has(item.answerValueSet)) {
          item.answerOption = byCanonical.get(item.answerValueSet)
            .map((c) => ({ valueCoding: { system: c.system, code: c.code, display: c.display } }));
          delete item.answerValueSet;
        }
        walk(item.item);
      }
    };
    walk(questionnaire.item);
    return questionnaire;
  }

  // linkId -> answers, for every item of a QuestionnaireResponse.
  function answersByLink(items, into = new Map()) {
    for (const item of items || []) {
      if (item.answer) into.set(item.linkId, item.answer);
      answersByLink(item.item, into);
      for (const a of item.answer || []) answersByLink(a.item, into);
    }
    return into;
  }

  function textsByLink(items, into = new Map()) {
    for (const item of items || []) {
      into.set(item.linkId, item.text || item.linkId);
      textsByLink(item.item, into);
    }
    return into;
  }

  function fromServer(answer) {
    return (answer.extension || []).some((e) => e.url === ORIGIN &&
      (e.extension || []).some((s) => s.url === 'source' && s.valueCode === 'auto-server'));
  }

  // What an answer says, whatever its spelling (a dateTime's offset form, a coding's display).
  function valueKey(answer) {
    for (const [key, value] of Object.entries(answer)) {
      if (!key.startsWith('value')) continue;
      if (key === 'valueDateTime' || key === 'valueInstant') {
        const time = Date.parse(value);
        return `${key}:${Number.isNaN(time) ? value : time}`;
      }
      if (key === 'valueCoding') return `${key}:${value.system}|${value.code}`;
      return `${key}:${JSON.stringify(value)}`;
    }
    return '';
  }

  // DTR dtrx-1: override and manual answers name their author (the practitioner from the id_token's fhirUser,
  // else a role); auto-server answers must not.
  function originExtension(source, fhirUser) {
    const extension = [{ url: 'source', valueCode: source }];
    if (source === 'override' || source === 'manual') {
      const who = /^(Practitioner|PractitionerRole)\//.test(fhirUser || '')
        ? { url: 'practitioner', valueReference: { reference: fhirUser } }
        : { url: 'role', valueCodeableConcept: { text: 'Clinician using the EHR' } };
      extension.push({ url: 'author', extension: [who] });
    }
    return { url: ORIGIN, extension };
  }

  // DTR information-origin on every answer: auto-server where the chart's answer stands, override where the
  // clinician changed it, manual where the clinician gave it.
  function markOrigins(items, draft, fhirUser) {
    for (const item of items || []) {
      const before = draft.get(item.linkId);
      for (const answer of item.answer || []) {
        const prior = (before || []).find((b) => valueKey(b) === valueKey(answer));
        const source = prior ? (fromServer(prior) ? 'auto-server' : 'manual') : (before && before.some(fromServer) ? 'override' : 'manual');
        answer.extension = (answer.extension || []).filter((e) => e.url !== ORIGIN)
          .concat([originExtension(source, fhirUser)]);
        markOrigins(answer.item, draft, fhirUser);
      }
      markOrigins(item.item, draft, fhirUser);
    }
  }

  function showPrefilled(draftAnswers, texts) {
    const list = $('prefilled-list');
    list.replaceChildren();
    let count = 0;
    for (const [link, answers] of draftAnswers) {
      if (!answers.some(fromServer)) continue;
      count += 1;
      const li = document.createElement('li');
      li.textContent = `${texts.get(link) || link}: ${answers.map(display).join(', ')}`;
      li.dataset.linkId = link;
      list.appendChild(li);
    }
    $('prefilled-count').textContent = String(count);
    $('prefilled').hidden = count === 0;
  }

  function display(answer) {
    if ('valueBoolean' in answer) return answer.valueBoolean ? 'Yes' : 'No';
    if (answer.valueCoding) return answer.valueCoding.display || answer.valueCoding.code;
    for (const key of ['valueDate', 'valueDateTime', 'valueInteger', 'valueDecimal', 'valueString']) {
      if (key in answer) return String(answer[key]);
    }
    return 'answered';
  }

  // Marks the rendered items whose answer came from the chart (LHC-Forms ids: `item-{linkId}/{path}`).
  function markChartItems(container, draftAnswers) {
    for (const [link, answers] of draftAnswers) {
      if (!answers.some(fromServer)) continue;
      for (const row of container.querySelectorAll(`lhc-item[id^="${CSS.escape('item-' + link + '/')}"]`)) {
        if (row.classList.contains('from-chart')) continue;
        row.classList.add('from-chart');
        const label = row.querySelector(`label[id^="${CSS.escape('label-' + link + '/')}"]`);
        if (label) {
          const badge = document.createElement('span');
          badge.className = 'chart-badge';
          badge.textContent = 'from chart';
          label.appendChild(badge);
        }
      }
    }
  }

  // The Questionnaire's FHIRPath (launch context `patient`, x-fhir-query variables) runs in LHC-Forms against the
  // EHR through this client; answers the server already prefilled are kept.
  async function fhirContext(launch, patientId) {
    const client = {
      patient: { id: patientId },
      getFhirVersion: () => Promise.resolve('4.0.1'),
      request: async (options) => {
        const path = typeof options === 'string' ? options : options.url;
        return (await ehr(launch, path.replace(/^\//, ''))).json;
      },
    };
    const patient = (await ehr(launch, `Patient/${encodeURIComponent(patientId)}`)).json;
    LForms.Util.setFHIRContext(client, { patient });
  }

  function showDecision(result) {
    const body = $('decision-body');
    body.replaceChildren();
    const words = { covered: 'Covered', 'not-covered': 'Not covered', conditional: 'Still needs documentation' };
    for (const order of result.orders) {
      const div = document.createElement('div');
      div.className = `decision ${order.outcome}`;
      div.dataset.outcome = order.outcome;
      const strong = document.createElement('strong');
      strong.className = 'outcome';
      strong.textContent = words[order.outcome] || order.outcome;
      const what = document.createElement('p');
      const policy = order.policy ? `${order.policy.payer}, medical policy ${order.policy.number}` : 'the payer\'s policy';
      what.textContent = `${order.order} under ${policy}` + (order.indication ? ` (${order.indication})` : '');
      div.append(strong, what);
      if (order.reasons && order.reasons.length) {
        const ul = document.createElement('ul');
        for (const reason of order.reasons) {
          const li = document.createElement('li');
          li.textContent = reason;
          ul.appendChild(li);
        }
        div.appendChild(ul);
      }
      body.appendChild(div);
    }
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = `Coverage assertion ${result.coverageAssertionId}. Signing the order in the EHR now shows this decision.`;
    body.appendChild(note);
    $('decision').hidden = false;
    $('decision').scrollIntoView({ block: 'start' });
    $('decision-h').focus();
  }

  // Once the missing answers are listed, the list follows the clinician's answers.
  function revalidateOnChange(form) {
    const update = () => {
      if ($('errors').hidden) return;
      const problems = LForms.Util.checkValidity(form);
      if (problems && problems.length) showErrors('Please complete the form', problems, false);
      else $('errors').hidden = true;
    };
    // Capture phase: the form's widgets stop some events from bubbling; the model settles after the event.
    for (const type of ['click', 'change', 'keyup']) form.addEventListener(type, () => setTimeout(update, 50), true);
  }

  async function save(launch, context, bundle) {
    const form = $('form');
    const problems = LForms.Util.checkValidity(form);
    if (problems && problems.length) {
      showErrors('Please complete the form', problems);
      setStatus('ready', 'Some required answers are missing.');
      return;
    }
    $('errors').hidden = true;
    $('save').disabled = true;
    setStatus('saving', 'Saving the answers to the EHR…');
    try {
      const qr = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', form);
      const draft = bundle.draft;
      for (const key of ['extension', 'meta', 'contained']) if (draft[key]) qr[key] = draft[key];
      qr.questionnaire = draft.questionnaire || bundle.canonical;
      qr.subject = { reference: `Patient/${context.patient}` };
      qr.status = 'completed';
      qr.authored = new Date().toISOString();
      delete qr.id;
      if (context.fhirUser) qr.author = { reference: context.fhirUser };
      markOrigins(qr.item, answersByLink(draft.item), context.fhirUser);
      const saved = await ehr(launch, 'QuestionnaireResponse', {
        method: 'POST',
        headers: { 'Content-Type': 'application/fhir+json', Prefer: 'return=representation' },
        body: JSON.stringify(qr),
      });
      const ehrId = (saved.json && saved.json.id) || '';
      setStatus('saving', 'Sending the answers to the payer…');
      const result = await crd('/smart/api/QuestionnaireResponse', qr);
      showDecision(result);
      $('form-section').dataset.savedId = ehrId;
      setStatus('done', `Saved to the EHR (QuestionnaireResponse/${ehrId}) and sent to the payer.`);
    } catch (e) {
      fail(`Saving failed: ${e.message}`);
    }
  }

  async function main() {
    let launch;
    try {
      launch = takeHandoff();
    } catch (e) {
      launch = null;
    }
    if (!launch || !launch.accessToken) {
      fail('This tab has no EHR sign-in. Launch the documentation again from the EHR.');
      return;
    }
    try {
      setStatus('loading', 'Reading the launch context…');
      const context = await crd('/smart/api/session');
      $('patient-banner').textContent = `Patient ${context.patient}`;
      let picked = null;
      if (!context.coverageAssertionId && context.orders.length === 0 && context.questionnaires.length === 0) {
        setStatus('loading', 'Reading this patient\'s open coverage decisions…');
        picked = await chooseDecision();
        if (picked) context.coverageAssertionId = picked.coverageAssertionId;
      }
      setStatus('loading', 'Reading the coverage and orders from the EHR…');
      const resources = await contextResources(launch, context, picked);
      // Never a package call with neither an order nor a coverage decision (nor a named questionnaire).
      if (resources.orders.length === 0 && !context.coverageAssertionId && context.questionnaires.length === 0) {
        setStatus('done', 'The EHR named no order, none was found on its FHIR server, and this patient has no ' +
          'coverage decision that still needs documentation. Start the documentation from the coverage card in the EHR.');
        return;
      }
      setStatus('loading', 'Asking the payer for its questionnaire…');
      const out = await crd('/smart/api/questionnaire-package', packageParameters(context, resources));
      const bundles = (out.parameter || [])
        .filter((p) => p.name === 'packagebundle' || p.name === 'PackageBundle')
        .map((p) => p.resource);
      const notes = (out.parameter || []).filter((p) => p.name === 'outcome').map((p) => outcomeText(p.resource)).filter(Boolean);
      if (bundles.length === 0) {
        setStatus('done', notes.join(' ') || 'The payer needs no documentation for these orders.');
        return;
      }
      // One questionnaire at a time: the first package; the others are listed.
      const entries = (bundles[0].entry || []).map((e) => e.resource);
      const questionnaire = entries.find((r) => r.resourceType === 'Questionnaire');
      const draft = entries.find((r) => r.resourceType === 'QuestionnaireResponse') ||
        { resourceType: 'QuestionnaireResponse', status: 'in-progress' };
      const valueSets = entries.filter((r) => r.resourceType === 'ValueSet');
      const bundle = { draft, canonical: `${questionnaire.url}|${questionnaire.version}` };
      $('form-title').textContent = questionnaire.title || questionnaire.name || 'Questionnaire';
      if (bundles.length > 1) {
        $('more').textContent = `${bundles.length - 1} more questionnaire(s) from this payer follow after this one.`;
      }
      setStatus('loading', 'Preparing the form…');
      const draftAnswers = answersByLink(draft.item);
      showPrefilled(draftAnswers, textsByLink(questionnaire.item));
      $('form-section').hidden = false;
      await fhirContext(launch, context.patient);
      await LForms.Util.addFormToPage(inlineValueSets(questionnaire, valueSets), $('form'), {
        questionnaireResponse: draft,
        fhirVersion: 'R4',
        prepopulate: false,
      });
      markChartItems($('form'), draftAnswers);
      revalidateOnChange($('form'));
      $('save').addEventListener('click', () => save(launch, context, bundle));
      setStatus('ready', 'Complete the open questions, then save.');
    } catch (e) {
      fail(e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', main);
})();
