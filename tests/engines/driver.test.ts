import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsProbe } from '../support/engines';
import { injectProbe } from '../support/engines/probe';
import { startHostServer } from '../support/host-page';
import { engineName, inPage, phone, useEngine } from './harness';

// The other checks trust "no errors were logged". This shows the driver of this engine does
// see each kind of error, so a clean log means a clean page and not a deaf driver.
const engine = useEngine();
let host: Awaited<ReturnType<typeof startHostServer>>;
beforeAll(async () => {
  host = await startHostServer();
});
afterAll(async () => {
  await host.close();
});

const planted = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="img-src 'none'"><title>planted</title></head>
<body><img src="/blocked.png" alt=""><iframe></iframe><script>
console.error('planted console.error');
console.warn('planted console.warn');
Promise.reject(new Error('planted rejection'));
setTimeout(function () { throw new Error('planted uncaught'); });
document.querySelector('iframe').contentWindow.postMessage('hello', 'http://localhost:1');
</script></body></html>`;

describe(`${engineName}: the test driver`, () => {
  it('reports console errors and warnings, uncaught errors, rejections, CSP violations and refused posts', async () => {
    const url = host.page('/planted/', needsProbe(engineName) ? injectProbe(planted) : planted);
    await inPage(engine(), phone, async (page) => {
      await page.goto(url);
      const seen = (pattern: RegExp) => page.logs().then((logs) => logs.some((entry) => pattern.test(entry.text)));
      for (const pattern of [
        /planted console\.error/,
        /planted console\.warn/,
        /planted rejection/,
        /planted uncaught/,
        /img-src/,
        /post ?message/i,
      ]) {
        await expect.poll(() => seen(pattern), { timeout: 5_000, message: `${engineName} driver saw ${String(pattern)}` }).toBe(true);
      }
      const logs = await page.logs();
      expect(logs.find((entry) => /planted console\.warn/.test(entry.text))?.kind).toBe('warning');
      expect(logs.find((entry) => /planted console\.error/.test(entry.text))?.kind).toBe('error');
    });
  });
});
