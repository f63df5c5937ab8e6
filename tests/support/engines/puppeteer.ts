import puppeteer, { type Browser, type BrowserContext, type KeyInput, type Page } from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../chromium';
import { poll } from './poll';
import type { Engine, EngineName, EnginePage, Key, LogEntry, PageFunction, PageOptions } from './types';

export const firefoxPath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/**
 * Runs in every frame before the page's own scripts. CDP does not report uncaught errors
 * from out-of-process iframes (a cross-site embed) as page errors, and Firefox's BiDi log
 * reports no CSP violation as such, so this turns each into a console.error the driver sees.
 */
function preload() {
  const where = () => location.href;
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) console.error(`[probe] uncaught at ${where()}: ${event.message}`);
  });
  addEventListener('unhandledrejection', (event) =>
    console.error(`[probe] unhandled rejection at ${where()}: ${String((event as PromiseRejectionEvent).reason)}`),
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) => console.error(`[probe] CSP at ${where()}: ${event.violatedDirective} blocked ${event.blockedURI}`),
    true,
  );
}

const kindOf = (type: string): LogEntry['kind'] | null => {
  if (type === 'error' || type === 'assert') return 'error';
  if (type === 'warn' || type === 'warning') return 'warning';
  return null;
};

class PuppeteerPage implements EnginePage {
  readonly #entries: LogEntry[] = [];
  constructor(
    readonly engine: EngineName,
    readonly page: Page,
    readonly context: BrowserContext,
  ) {
    page.on('console', (message) => {
      const kind = kindOf(message.type());
      if (!kind) return;
      const text = message.text();
      const url = message.location().url;
      this.#entries.push({ kind: text.startsWith('[probe] CSP') ? 'csp' : kind, text, ...(url ? { url } : {}) });
    });
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? error.message : String(error);
      this.#entries.push({ kind: /Content-Security-Policy/.test(text) ? 'csp' : 'uncaught', text });
    });
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async url() {
    return this.page.evaluate(() => location.href);
  }

  async evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return (await this.page.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as R;
  }

  async evaluateInFrame<A extends unknown[], R>(iframe: string, fn: PageFunction<A, R>, ...args: A): Promise<R> {
    const handle = await this.page.$(iframe);
    const frame = await handle?.contentFrame();
    await handle?.dispose();
    if (!frame) throw new Error(`no frame for ${iframe}`);
    return (await frame.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as R;
  }

  async click(selector: string) {
    await this.page.click(selector);
  }

  async press(key: Key) {
    await this.page.keyboard.press(key as KeyInput);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async waitFor<A extends unknown[], R>(
    fn: PageFunction<A, R>,
    options: { timeout?: number; message?: string },
    ...args: A
  ): Promise<NonNullable<R>> {
    return poll(() => this.evaluate(fn, ...args), options);
  }

  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }

  async logs() {
    return [...this.#entries];
  }

  async close() {
    await this.context.close();
  }
}

class PuppeteerEngine implements Engine {
  constructor(
    readonly name: EngineName,
    readonly browser: Browser,
    readonly version: string,
  ) {}

  async newPage({ width, height = 844 }: PageOptions) {
    const context = await this.browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(preload);
    const wrapped = new PuppeteerPage(this.name, page, context);
    await wrapped.setViewport(width, height);
    return wrapped;
  }

  async close() {
    await this.browser.close();
  }
}

/** Chromium over CDP, headless. */
export async function launchChromium(): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'chrome', executablePath: chromiumPath, headless: true, args: chromiumFlags });
  return new PuppeteerEngine('chromium', browser, await browser.version());
}

/** Firefox ESR over WebDriver BiDi, headless. Puppeteer gives it a fresh profile that turns off updates and telemetry. */
export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  return new PuppeteerEngine('firefox', browser, await browser.version());
}
