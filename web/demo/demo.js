// The demo EHR page's one script: signs the order form through crd-server's CDS Hooks endpoint and shows the
// answer the way an EHR shows CDS cards (indicator, summary, detail, links, the SMART "Launch" button) with the
// coverage-information of each order. The request is built and its JWT signed by the demo EHR's back end
// (POST /demo/api/prepare); this page sends it to /cds-services/order-sign-crd like an EHR would.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const COVERAGE_INFO = 'http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information';
  const INDICATOR = { info: 'Information', warning: 'Warning', critical: 'Critical', hard: 'Critical' };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'href' ||
        key === 'target' || key === 'rel' || key === 'type' || key === 'scope') node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function setStatus(kind, text) {
    const box = $('status');
    box.className = `status ${kind}`;
    box.textContent = text;
  }

  // CDS Hooks card detail is GitHub-flavoured markdown; this shows paragraphs, "- " lists and **bold** as text
  // nodes (never as HTML), which is all crd-server's cards use.
  function inline(text) {
    const parts = text.split(/\*\*(.+?)\*\*/g);
    return parts.map((part, i) => (i % 2 === 1 ? el('strong', {}, part) : part));
  }
  function markdown(text) {
    const box = el('div', { class: 'detail' });
    for (const block of String(text || '').split(/\n\s*\n/)) {
      // Consecutive "- " lines make a list; other lines a paragraph.
      let list = null;
      let para = null;
      for (const line of block.split('\n').filter((l) => l.trim() !== '')) {
        const item = line.match(/^\s*[-*] (.*)$/);
        if (item) {
          para = null;
          if (!list) box.append(list = el('ul'));
          list.append(el('li', {}, inline(item[1])));
        } else {
          list = null;
          if (!para) box.append(para = el('p'));
          else para.append(' ');
          para.append(...inline(line));
        }
      }
    }
    return box;
  }

  async function postJson(path, body, headers) {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(headers || {}) },
      body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => null);
    return { response, json };
  }

  function problem(json, response) {
    if (json && json.resourceType === 'OperationOutcome') {
      return (json.issue || []).map((i) => i.diagnostics || (i.details && i.details.text) || i.code).join('; ');
    }
    if (json && json.error) return json.error_description || json.error;
    return `HTTP ${response.status}`;
  }

  async function launch(form, link, button) {
    // Opened now, inside the click, so that no popup blocker stops it; pointed at the app once the launch exists.
    const win = window.open('about:blank', '_blank');
    button.disabled = true;
    try {
      const { response, json } = await postJson('/demo/api/launch', {
        patient: form.dataset.patient, url: link.url, appContext: link.appContext,
      });
      if (!response.ok) throw new Error(problem(json, response));
      if (win) win.location.href = json.url; else window.location.href = json.url;
      setStatus('ok', 'The questionnaire app opened in a new tab (demo EHR launch).');
    } catch (error) {
      if (win) win.close();
      setStatus('error', `Launch failed: ${error.message}`);
    } finally {
      button.disabled = false;
    }
  }

  function card(form, c) {
    const indicator = c.indicator || 'info';
    const links = (c.links || []).map((link) => {
      if (link.type === 'smart') {
        const button = el('button', { type: 'button', class: 'launch', 'data-url': link.url }, `Launch: ${link.label}`);
        button.addEventListener('click', () => launch(form, link, button));
        return el('li', {}, button);
      }
      return el('li', {}, el('a', { href: link.url, target: '_blank', rel: 'noopener' }, link.label));
    });
    const suggestions = (c.suggestions || []).map((s) => el('li', {}, s.label));
    return el('article', { class: `card card-${indicator}`, 'data-indicator': indicator },
      el('p', { class: 'source' }, el('span', { class: 'indicator' }, INDICATOR[indicator] || indicator),
        ' ', (c.source && c.source.label) || ''),
      el('h3', { class: 'summary' }, c.summary || ''),
      c.detail ? markdown(c.detail) : null,
      links.length ? el('ul', { class: 'links' }, links) : null,
      suggestions.length ? el('div', {}, el('p', { class: 'muted' }, 'Suggestions:'), el('ul', {}, suggestions)) : null);
  }

  function sub(ext, url) {
    const found = (ext.extension || []).find((e) => e.url === url);
    if (!found) return '';
    for (const [key, value] of Object.entries(found)) {
      if (!key.startsWith('value')) continue;
      if (typeof value !== 'object') return String(value);
      return value.text || value.reference || value.code || JSON.stringify(value);
    }
    return '';
  }
  function subs(ext, url) {
    return (ext.extension || []).filter((e) => e.url === url)
      .map((e) => (e.valueCodeableConcept && (e.valueCodeableConcept.text ||
        (e.valueCodeableConcept.coding || []).map((c) => c.display || c.code).join(', '))) ||
        e.valueString || e.valueCanonical || '');
  }

  // The Questionnaire's canonical (url|version) as its id, linked to this server's copy.
  function questionnaireLink(canonical) {
    if (!canonical) return '—';
    const id = canonical.split('|')[0].split('/Questionnaire/')[1];
    return id ? el('a', { href: `/fhir/Questionnaire/${encodeURIComponent(id)}`, title: canonical }, id) : canonical;
  }

  // DTR is launched from the coverage-information (CRD 2.0.1/2.2: doc-needed + questionnaire), as an EHR does:
  // the app gets the order and the coverage as fhirContext and the assertion and questionnaire as appContext.
  function documentButton(form, resource, ext) {
    if (!sub(ext, 'doc-needed') || !sub(ext, 'questionnaire')) return null;
    const order = `${resource.resourceType}/${resource.id}`;
    const link = {
      url: form.dataset.launchUrl,
      appContext: JSON.stringify({
        coverageAssertionId: sub(ext, 'coverage-assertion-id'),
        questionnaire: subs(ext, 'questionnaire'),
        order: [order],
        coverage: sub(ext, 'coverage'),
      }),
    };
    const button = el('button', { type: 'button', class: 'launch', 'data-order': order },
      `Complete documentation (${sub(ext, 'doc-needed')})`);
    button.addEventListener('click', () => launch(form, link, button));
    return button;
  }

  function coverageTable(form, actions) {
    const rows = [];
    for (const action of actions || []) {
      const r = action.resource;
      if (!r) continue;
      const coding = ((r.code || r.codeCodeableConcept || r.medicationCodeableConcept || {}).coding || [])[0] || {};
      for (const ext of (r.extension || []).filter((e) => e.url === COVERAGE_INFO)) {
        const covered = sub(ext, 'covered');
        const reasons = subs(ext, 'reason');
        rows.push(el('tr', { 'data-order': `${r.resourceType}/${r.id}`, 'data-covered': covered },
          el('th', { scope: 'row' }, `${r.resourceType}/${r.id}`, el('br'), el('span', { class: 'muted' },
            `${coding.code || ''} ${coding.display || ''}`)),
          el('td', {}, el('span', { class: `badge badge-${covered}` }, covered || '—')),
          el('td', {}, sub(ext, 'pa-needed') || '—'),
          el('td', {}, sub(ext, 'doc-needed') || '—'),
          el('td', {}, reasons[0] || '—'),
          el('td', {}, questionnaireLink(sub(ext, 'questionnaire')),
            ...(sub(ext, 'doc-needed') ? [el('br'), documentButton(form, r, ext)] : [])),
          el('td', {}, el('code', { title: sub(ext, 'coverage-assertion-id') }, sub(ext, 'coverage-assertion-id').slice(0, 8)))));
        // Every further reason the coverage information gives (a denial's each reason, or why each open
        // criterion could not be settled from the chart), one line each under the order's row.
        if (reasons.length > 1) {
          rows.push(el('tr', { class: 'reasons' }, el('td', { colSpan: 7 },
            el('details', {}, el('summary', {}, `${reasons.length - 1} more reason${reasons.length === 2 ? '' : 's'}`),
              el('ul', {}, reasons.slice(1).map((t) => el('li', {}, t)))))));
        }
      }
    }
    if (rows.length === 0) return el('p', { class: 'muted' }, 'No coverage information in the answer.');
    return el('table', {},
      el('thead', {}, el('tr', {}, ['Order', 'Covered', 'Prior auth', 'Documentation', 'Why', 'Questionnaire', 'Assertion']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows));
  }

  function formOrders(form) {
    return Array.from(form.querySelectorAll('fieldset.order'))
      .filter((f) => f.querySelector('[name=include]').checked)
      .map((f) => {
        const v = (name) => f.querySelector(`[name=${name}]`).value.trim();
        return { id: v('id'), kind: v('kind'), system: v('system'), code: v('code'), display: v('display'),
          route: v('route'), reason: v('reason') };
      });
  }

  async function sign(form) {
    const button = $('sign');
    button.disabled = true;
    $('answer').hidden = true;
    setStatus('busy', 'Signing: sending order-sign to crd-server…');
    try {
      const prepared = await postJson('/demo/api/prepare', { sample: form.dataset.sample, orders: formOrders(form) });
      if (!prepared.response.ok) throw new Error(problem(prepared.json, prepared.response));
      const { url, authorization, request } = prepared.json;
      $('raw-request').querySelector('pre').textContent =
        `POST ${url}\nAuthorization: Bearer <signed JWT, ES384, demo EHR key>\n\n${JSON.stringify(request, null, 2)}`;
      const started = performance.now();
      const { response, json } = await postJson(url, request, { Authorization: authorization });
      const took = Math.round(performance.now() - started);
      $('raw-response').querySelector('pre').textContent =
        `HTTP ${response.status}\n\n${JSON.stringify(json, null, 2)}`;
      if (!response.ok) throw new Error(`crd-server refused the hook: ${problem(json, response)}`);
      const cards = json.cards || [];
      $('cards').replaceChildren(...(cards.length ? cards.map((c) => card(form, c))
        : [el('p', { class: 'muted' }, 'No cards.')]));
      $('coverage').replaceChildren(coverageTable(form, json.systemActions));
      $('answer').hidden = false;
      setStatus('ok', `crd-server answered in ${took} ms with ${cards.length} card${cards.length === 1 ? '' : 's'}.`);
      $('answer-h').focus();
    } catch (error) {
      setStatus('error', error.message);
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = $('sign-form');
    if (form) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sign(form);
      });
    }
    const heading = $('answer-h');
    if (heading) heading.tabIndex = -1;
  });
})();
