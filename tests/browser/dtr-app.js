// Drives crd-server's questionnaire app in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM) the way a
// clinician would: opens the EHR's launch URL, waits for the form, tries to save before answering (the app must
// refuse and list what is missing), answers each open item by clicking (booleans, choices) or typing (text,
// numbers; `{"choose": text}` types into a choice and picks the matching answer), takes a screenshot of the filled form, saves, and waits for the coverage decision.
//
//   node tests/browser/dtr-app.js <launch URL> '<JSON {linkId: answer}>' <screenshot.png>
//
// Prints one JSON line last: { decision: [outcome per order], prefilled, ehrQuestionnaireResponse, status }.
// Used by tests/api/smart.rs; exits non-zero with the page's status text when the session fails.
'use strict';

const chromium = require('./chromium');

const [url, planText, screenshot] = process.argv.slice(2);
if (!url || !planText || !screenshot) {
  console.error('usage: node dtr-app.js <launch URL> <answers JSON> <screenshot.png>');
  process.exit(2);
}
const plan = JSON.parse(planText);
const TIMEOUT = 60000;

async function main() {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) problems.push(`CSP: ${m.text()}`);
    });
    await page.goto(url, { timeout: TIMEOUT });
    const status = page.locator('#status');
    await page.waitForSelector('#status[data-state="ready"], #status[data-state="error"], #status[data-state="done"]',
      { timeout: TIMEOUT });
    if ((await status.getAttribute('data-state')) !== 'ready') {
      throw new Error(`the form did not load: ${await status.innerText()}`);
    }
    // After the callback the address bar carries neither the code nor the state, and the page no token.
    const address = page.url();
    if (!address.endsWith('/smart/app') || /code=|state=|token/.test(address)) {
      throw new Error(`the app's address still carries launch data: ${address}`);
    }
    if ((await page.locator('#handoff').count()) !== 0) throw new Error('the token hand-off block is still in the page');
    // The token lives in this tab's sessionStorage (the test hands it to the log scan, which checks no log has it).
    const accessToken = await page.evaluate(() => JSON.parse(sessionStorage.getItem('crd-smart-launch')).accessToken);
    const prefilled = await page.locator('#prefilled-list li').count();

    // Saving with required items open: refused, with the list of what is missing.
    await page.click('#save');
    await page.waitForSelector('#errors:not([hidden])', { timeout: TIMEOUT });
    const missing = await page.locator('#errors li').count();
    if (missing === 0) throw new Error('saving an incomplete form was not refused with a list');

    for (const [linkId, answer] of Object.entries(plan)) {
      if (typeof answer === 'boolean') {
        // LHC-Forms renders a boolean as a Yes/No/unanswered radio group, labels `{linkId}/{path}|true`.
        const radio = page.locator(`label[id^="${linkId}/"][id$="|${answer}"]`).first();
        await radio.scrollIntoViewIfNeeded();
        await radio.click();
      } else if (answer && typeof answer === 'object' && answer.choose) {
        // A choice is an autocomplete field: type part of the answer, pick it from the list.
        const input = page.locator(`input[id^="${linkId}/"]`).first();
        await input.scrollIntoViewIfNeeded();
        await input.click();
        await input.fill(answer.choose);
        await page.locator('#lhc-tools-searchResults li', { hasText: answer.choose }).first().click();
      } else {
        const input = page.locator(`input[id^="${linkId}/"]`).first();
        await input.scrollIntoViewIfNeeded();
        await input.fill('');
        await input.pressSequentially(String(answer));
        await input.press('Tab');
      }
    }
    // Every required answer given: the list of missing answers goes away before saving.
    await page.waitForSelector('#errors', { state: 'hidden', timeout: TIMEOUT });
    await page.screenshot({ path: screenshot, fullPage: true });

    await page.click('#save');
    await page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: TIMEOUT });
    if ((await status.getAttribute('data-state')) !== 'done') {
      throw new Error(`saving failed: ${await status.innerText()}`);
    }
    const decision = await page.locator('#decision .decision').evaluateAll((els) => els.map((e) => e.dataset.outcome));
    const ehrQuestionnaireResponse = await page.locator('#form-section').getAttribute('data-saved-id');
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-decision.png'), fullPage: false });
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(JSON.stringify({
      decision, prefilled, missing, ehrQuestionnaireResponse, accessToken, status: await status.innerText(),
    }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
