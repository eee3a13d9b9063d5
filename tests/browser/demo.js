// Drives the demo EHR in headless Chromium the way someone trying crd-server would: opens /demo, picks a sample
// patient by its label, signs the default order with the Sign button, and reports the cards and the coverage
// information the page shows; for an order whose coverage information needs documentation it presses "Complete documentation" and reports what the questionnaire
// app opened in the new tab. Screenshots of each step.
//
//   node tests/browser/demo.js <base URL> <patient label text> <screenshot prefix> [launch]
'use strict';

const chromium = require('./chromium');
const axe = require('./axe');

const [base, label, shots, launch] = process.argv.slice(2);
const TIMEOUT = 30000;

(async () => {
  const browser = await chromium.launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`); });
    await page.goto(`${base}/demo`);
    // Choose the patient, then "Open chart" (the list does not navigate by itself: keyboard users move through it).
    const picker = page.getByLabel('Sample patient');
    const value = await picker.locator('option', { hasText: label }).first().getAttribute('value');
    await picker.selectOption(value);
    await Promise.all([page.waitForURL(new RegExp(`sample=${value}`)),
      page.getByRole('button', { name: 'Open chart' }).click()]);
    const chart = {
      payer: await page.locator('[data-payer]').innerText(),
      problems: await page.locator('section.chart h3:text-is("Problems") + table tbody tr').count(),
      painPoints: await page.locator('svg.pain circle').count(),
      painLabel: await page.locator('svg.pain').getAttribute('aria-label').catch(() => null),
    };
    const orders = await page.locator('fieldset.order').evaluateAll((sets) => sets
      .filter((f) => f.querySelector('[name=include]').checked)
      .map((f) => `${f.querySelector('[name=kind]').value} ${f.querySelector('[name=code]').value}`));
    // Signed from the keyboard: focus the button, press Enter.
    await page.getByRole('button', { name: 'Sign', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#answer:not([hidden]), #status.error', { timeout: TIMEOUT });
    const status = await page.locator('#status').innerText();
    const cards = await page.locator('#cards article.card').evaluateAll((els) => els.map((c) => ({
      indicator: c.dataset.indicator,
      summary: c.querySelector('.summary').textContent,
      links: Array.from(c.querySelectorAll('.links a, .links button')).map((l) => l.textContent),
    })));
    const coverage = await page.locator('#coverage tr[data-order]').evaluateAll((rows) => rows.map((r) => ({
      order: r.dataset.order, covered: r.dataset.covered, why: r.querySelectorAll('td')[3].textContent,
      documentation: r.querySelector('button.launch') !== null,
      moreReasons: r.nextElementSibling && r.nextElementSibling.classList.contains('reasons')
        ? r.nextElementSibling.querySelectorAll('li').length : 0,
    })));
    await page.screenshot({ path: `${shots}-answer.png`, fullPage: true });
    const accessibility = await axe.violations(page);
    // The raw JSON is one click away.
    await page.locator('#raw-request summary').click();
    await page.locator('#raw-response summary').click();
    const request = await page.locator('#raw-request pre').innerText();
    const response = await page.locator('#raw-response pre').innerText();
    const raw = {
      requestHook: JSON.parse(request.slice(request.indexOf('{'))).hook,
      prefetchKeys: Object.keys(JSON.parse(request.slice(request.indexOf('{'))).prefetch || {}),
      responseCards: (JSON.parse(response.slice(response.indexOf('{'))).cards || []).length,
    };
    let app = null;
    if (launch) {
      // DTR is launched from the coverage information (doc-needed + questionnaire), not from a card.
      const button = page.locator('#coverage button.launch').first();
      const [popup] = await Promise.all([context.waitForEvent('page'), button.click()]);
      await popup.waitForSelector('#status[data-state="ready"], #status[data-state="error"]', { timeout: TIMEOUT });
      app = {
        state: await popup.locator('#status').getAttribute('data-state'),
        status: await popup.locator('#status').innerText(),
        path: new URL(popup.url()).pathname,
        prefilled: await popup.locator('#prefilled-list li').count(),
      };
      await popup.screenshot({ path: `${shots}-app.png`, fullPage: false });
    }
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(JSON.stringify({ chart, orders, status, cards, coverage, raw, app, accessibility }));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
