// Headless Chromium for the browser tests: Debian's /usr/bin/chromium (or $CHROMIUM) through playwright-core.
// This machine's network is closed: no background connections; no sandbox (CI runs as root).
'use strict';

const { chromium } = require('playwright-core');

exports.launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
