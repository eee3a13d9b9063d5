// #16 9b: the questionnaire app opened by an EHR launch that names no order and no coverage decision (no
// fhirContext, no appContext). Headless Chromium opens the launch URL; when the app lists the patient's open
// coverage decisions it runs the accessibility check (axe-core, WCAG 2.1 A/AA) on that list, picks the first with
// the keyboard, and waits for the form (or the app's last word).
//
//   node tests/browser/dtr-pick.js <launch URL> <screenshot.png>
//
// Prints one JSON line last: { listed: [coverage assertion id per listed decision], accessibility: [violations],
// state: the status' data-state at the end, status: its text, title: the form's title, packageContext: the
// `context` of the package call the page made (null if none), packageOrders: how many `order`s it sent }.
// Used by tests/api/smart.rs.
'use strict';

const chromium = require('./chromium');
const axe = require('./axe');

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node dtr-pick.js <launch URL> <screenshot.png>');
  process.exit(2);
}
const TIMEOUT = 60000;

async function main() {
  const browser = await chromium.launch();
  try {
    // bypassCSP: axe-core is injected into the page (the page's own CSP allows only its scripts).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const packages = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/smart/api/questionnaire-package')) packages.push(JSON.parse(r.postData() || '{}'));
    });
    await page.goto(url, { timeout: TIMEOUT });
    const settled = '#status[data-state="ready"], #status[data-state="error"], #status[data-state="done"]';
    await page.waitForSelector(`#decisions:not([hidden]), ${settled}`, { timeout: TIMEOUT });
    let listed = [];
    let accessibility = [];
    if (await page.locator('#decisions:not([hidden])').count()) {
      listed = await page.locator('#decisions-list button').evaluateAll((bs) => bs.map((b) => b.dataset.assertion));
      accessibility = await axe.violations(page);
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-list.png'), fullPage: true });
      // Chosen from the keyboard: focus the first decision's button, press Enter.
      await page.locator('#decisions-list button').first().focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector(settled, { timeout: TIMEOUT });
    const status = page.locator('#status');
    const state = await status.getAttribute('data-state');
    const title = (await page.locator('#form-section:not([hidden]) #form-title').count())
      ? await page.locator('#form-title').innerText()
      : null;
    await page.screenshot({ path: screenshot, fullPage: false });
    if (problems.length) throw new Error(problems.join('\n'));
    const parameters = packages.length ? packages[0].parameter || [] : [];
    const ctx = parameters.find((p) => p.name === 'context');
    console.log(JSON.stringify({
      listed,
      accessibility,
      state,
      status: await status.innerText(),
      title,
      packageCalls: packages.length,
      packageContext: ctx ? ctx.valueString : null,
      packageOrders: parameters.filter((p) => p.name === 'order').length,
    }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
