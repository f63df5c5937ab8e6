// The system Chromium (CHROME_PATH overrides) and its flags, for the e2e suite (Playwright) and
// the engine suite (Puppeteer): no sandbox (root in CI), and nothing that calls home.
export const chromiumPath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
