import { existsSync } from 'node:fs';
import { chromiumPath } from '../chromium';
import { firefoxPath, launchChromium, launchFirefox } from './puppeteer';
import type { Engine, EngineName } from './types';
import { launchWebKit } from './webkit';

export type { Engine, EngineName, EnginePage, LogEntry } from './types';

export const engineNames: EngineName[] = ['firefox', 'webkit', 'chromium'];

/** The engine this run is for: ENGINE=firefox|webkit|chromium (the runner sets it). */
export function currentEngine(): EngineName {
  const name = process.env['ENGINE'];
  if (!engineNames.includes(name as EngineName)) throw new Error(`ENGINE must be one of ${engineNames.join(', ')}, not ${String(name)}`);
  return name as EngineName;
}

/** Starts an engine; a missing browser is an error that says what to install, never a skip. */
export function launchEngine(name: EngineName): Promise<Engine> {
  if (name === 'webkit') return launchWebKit();
  const [path, pkg] = name === 'firefox' ? [firefoxPath, 'firefox-esr'] : [chromiumPath, 'chromium'];
  if (!existsSync(path)) throw new Error(`${path} is missing: install the Debian package ${pkg} (apt-get install ${pkg})`);
  return name === 'firefox' ? launchFirefox() : launchChromium();
}

/** Whether the test server must put the probe into pages: WebKit has no console API to read. */
export const needsProbe = (name: EngineName) => name === 'webkit';
