// Drives the policy explorer in headless Chromium: opens /policies, types a code into the search box, submits
// with the keyboard, and reports which policies the page shows. Screenshot of the result page.
//
//   node tests/browser/policies.js <base URL> <code> <screenshot.png>
'use strict';

const chromium = require('./chromium');
const axe = require('./axe');

const [base, code, screenshot] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(`${base}/policies`);
    const all = await page.locator('section.policy').count();
    await page.getByLabel(/Search by code/).fill(code);
    await page.keyboard.press('Enter');
    await page.waitForURL(/code=/);
    const shown = await page.locator('section.policy').evaluateAll((els) => els.map((e) => e.dataset.policyId));
    const summary = await page.locator('#summary').innerText();
    await page.screenshot({ path: screenshot, fullPage: false });
    const accessibility = await axe.violations(page);
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(JSON.stringify({ all, shown, summary, accessibility }));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
