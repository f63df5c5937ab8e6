import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium';

/** Launches the system Chromium (CHROME_PATH overrides), with flags that keep it off the network. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * A page that records console errors, every request to another origin and every font it fetches.
 * Its service worker is blocked unless the options allow it: installing one on every page load
 * costs each test time and CPU for what only the offline tests examine (offline.test.ts and
 * archive.test.ts open their own contexts).
 */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  // The site promises system fonts only: any font download is a regression.
  const fonts: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    if (req.resourceType() === 'font') fonts.push(url);
  });
  return { context, page, errors, foreign, fonts };
}
