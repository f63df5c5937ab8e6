import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { poll } from './poll';
import { harvestProbe } from './probe';
import type { Engine, EnginePage, Key, LogEntry, PageFunction, PageOptions } from './types';

export const webkitDriverPath = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
/** Debian ships MiniBrowser in the multiarch folder of libwebkit2gtk-4.1-0. */
function findMiniBrowser(): string {
  for (const lib of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const path = join('/usr/lib', lib, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(path)) return path;
  }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}
export const miniBrowserPath = process.env['MINIBROWSER_PATH'] ?? findMiniBrowser();
export const xvfbPath = process.env['XVFB_PATH'] ?? '/usr/bin/Xvfb';

// MiniBrowser's toolbar keeps its window at least 447 px wide. This user stylesheet shrinks
// only the GTK chrome around the web view, so a 390 px viewport is a real 390 px.
const gtkCss =
  'headerbar, headerbar *, toolbar, toolbar *, entry, button, box, label, image { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; -gtk-icon-transform: scale(0.01); }\n';

const keys: Record<Key, string> = {
  Escape: SeleniumKey.ESCAPE,
  Enter: SeleniumKey.ENTER,
  Tab: SeleniumKey.TAB,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  ArrowUp: SeleniumKey.ARROW_UP,
  ArrowRight: SeleniumKey.ARROW_RIGHT,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Wraps a page function for WebDriver's async script: awaits it, and carries errors back as values. */
function asyncScript(fn: PageFunction<unknown[], unknown>): string {
  return `var done = arguments[arguments.length - 1], args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(function () { return (${fn.toString()}).apply(null, args); })
  .then(function (value) { done({ ok: true, value: value === undefined ? null : value }); },
        function (error) { done({ ok: false, error: String((error && error.stack) || error) }); });`;
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;
  readonly #entries: LogEntry[] = [];
  constructor(readonly driver: WebDriver) {}

  async #run<R>(fn: PageFunction<unknown[], unknown>, args: unknown[]): Promise<R> {
    const result = (await this.driver.executeAsyncScript(asyncScript(fn), ...args)) as { ok: boolean; value?: R; error?: string };
    if (!result.ok) throw new Error(result.error);
    return result.value as R;
  }

  /** Moves what the probe recorded in the current document (and its iframes) into this page's log. */
  async #harvest() {
    try {
      // A clean log means nothing only if the probe ran: a page without it is itself a failure.
      const missing = await this.#run<string | null>(
        () => (/^(https?|file):/.test(location.href) && !('__engineProbe' in window) ? location.href : null),
        [],
      );
      if (missing)
        this.#entries.push({ kind: 'error', text: `the WebKit probe is not in ${missing}: errors there cannot be seen`, url: missing });
      this.#entries.push(...(await this.#run<LogEntry[]>(harvestProbe, [])));
      const frames = await this.driver.findElements(By.css('iframe'));
      for (const frame of frames) {
        try {
          await this.driver.switchTo().frame(frame);
          this.#entries.push(...(await this.#run<LogEntry[]>(harvestProbe, [])));
        } catch {
          // A frame that is gone or still blank has nothing to hand over.
        } finally {
          await this.driver.switchTo().defaultContent();
        }
      }
    } catch {
      // No document yet (about:blank at start) or one that is going away.
    }
  }

  async goto(url: string) {
    await this.#harvest();
    await this.driver.get(url);
  }

  async url() {
    return this.driver.getCurrentUrl();
  }

  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return this.#run<R>(fn as PageFunction<unknown[], unknown>, args);
  }

  async evaluateInFrame<A extends unknown[], R>(iframe: string, fn: PageFunction<A, R>, ...args: A): Promise<R> {
    const element = await this.driver.findElement(By.css(iframe));
    await this.driver.switchTo().frame(element);
    try {
      return await this.#run<R>(fn as PageFunction<unknown[], unknown>, args);
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }

  async click(selector: string) {
    await this.#harvest();
    const element = await this.driver.findElement(By.css(selector));
    // WebKitWebDriver's own scroll-into-view misses elements below the fold of a wide window
    // (ElementNotInteractable at 1280 px); a reader scrolls the link into view before tapping it.
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
    await element.click();
  }

  async press(key: Key) {
    await this.#harvest();
    await this.driver.actions().keyDown(keys[key]).keyUp(keys[key]).perform();
  }

  async type(text: string) {
    await this.driver.actions().sendKeys(text).perform();
  }

  waitFor<A extends unknown[], R>(
    fn: PageFunction<A, R>,
    options: { timeout?: number; message?: string },
    ...args: A
  ): Promise<NonNullable<R>> {
    return poll(() => this.evaluate(fn, ...args), options);
  }

  /** Sizes the window so the web view (the window less its chrome) has the size asked for. */
  async setViewport(width: number, height: number) {
    const win = this.driver.manage().window();
    let outer = { width, height };
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await win.setRect(outer);
      const inner = await this.#run<[number, number]>(() => [window.innerWidth, window.innerHeight], []);
      if (inner[0] === width && inner[1] === height) return;
      outer = { width: outer.width + width - inner[0], height: outer.height + height - inner[1] };
    }
    const inner = await this.#run<[number, number]>(() => [window.innerWidth, window.innerHeight], []);
    throw new Error(
      `WebKit viewport is ${inner[0]}×${inner[1]}, not ${width}×${height} (is the gtk.css that shrinks MiniBrowser's toolbar read?)`,
    );
  }

  async logs() {
    await this.#harvest();
    return [...this.#entries];
  }

  async close() {
    await this.driver.quit();
  }
}

class WebKitEngine implements Engine {
  readonly name = 'webkit' as const;
  version = '';
  constructor(
    readonly server: string,
    readonly stop: () => Promise<void>,
  ) {}

  async newPage({ width, height = 844 }: PageOptions) {
    const driver = await new Builder()
      .usingServer(this.server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      })
      .build();
    if (!this.version) this.version = String((await driver.getCapabilities()).get('browserVersion'));
    const page = new WebKitPage(driver);
    try {
      await page.setViewport(width, height);
    } catch (error) {
      await driver.quit();
      throw error;
    }
    return page;
  }

  close() {
    return this.stop();
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver. MiniBrowser has no headless mode, so
 * this starts its own Xvfb on a free display, and the driver on a free loopback port.
 */
export async function launchWebKit(): Promise<Engine> {
  for (const [path, pkg] of [
    [webkitDriverPath, 'webkit2gtk-driver'],
    [miniBrowserPath, 'webkit2gtk-driver'],
    [xvfbPath, 'xvfb'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: install the Debian package ${pkg} (apt-get install ${pkg})`);
  }
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), gtkCss);

  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let err = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => {
      err += String(chunk);
    });
    xvfb.stdio[3]?.once('data', (chunk: Buffer) => resolve(String(chunk).trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.slice(-500)}`)));
  });
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: `:${display}`, XDG_CONFIG_HOME: home, GDK_BACKEND: 'x11', NO_AT_BRIDGE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    await stopProcess(driver);
    await stopProcess(xvfb);
    rmSync(home, { recursive: true, force: true });
  };
  const server = `http://127.0.0.1:${port}`;
  try {
    await poll(async () => (await fetch(`${server}/status`)).ok, { timeout: 10_000, message: 'WebKitWebDriver to answer /status' });
  } catch (error) {
    await stop();
    throw error;
  }
  return new WebKitEngine(server, stop);
}
