// Accessibility check of the page as it is now: axe-core (npm, Deque's WCAG rules engine) run inside the page for
// the WCAG 2.1 A and AA rules (labels, names, contrast, landmarks, ...). The page's CSP allows only its own
// scripts, so the context that uses this must be made with `bypassCSP: true`.
'use strict';

exports.violations = async (page) => {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
};
