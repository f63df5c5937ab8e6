// The Debian packages the tests need, named once: `npm test` and `.ci/run` both use this list.
//   node scripts/system-packages.mjs            installs what is missing where it may (as root,
//                                               with apt-get), else says in one line what to install
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each package with the file that shows it is there, and why the tests need it. */
export const packages = [
  { name: 'chromium', has: () => existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'), why: 'browser tests' },
  { name: 'fonts-noto-cjk', has: () => hasFont('Noto Sans CJK'), why: 'Chinese text in the browser tests' },
  { name: 'firefox-esr', has: () => existsSync('/usr/bin/firefox-esr'), why: 'the Firefox engine suite' },
  { name: 'webkit2gtk-driver', has: () => existsSync('/usr/bin/WebKitWebDriver'), why: 'the WebKit engine suite' },
  { name: 'xvfb', has: () => existsSync('/usr/bin/Xvfb'), why: 'the WebKit engine suite (MiniBrowser has no headless mode)' },
  { name: 'nginx', has: () => existsSync('/usr/sbin/nginx'), why: 'the deploy test of deploy/nginx.conf' },
  { name: 'epubcheck', has: () => existsSync('/usr/share/java/epubcheck.jar'), why: 'validating the EPUB editions' },
];

function hasFont(family) {
  try {
    return execFileSync('fc-list', [], { encoding: 'utf8' }).includes(family);
  } catch {
    return false;
  }
}

/** The packages not yet installed. */
export const missingPackages = () => packages.filter((p) => !p.has()).map((p) => p.name);

/**
 * Installs the missing packages with apt-get when this process may (root on a Debian-like
 * system). Returns the names still missing afterwards, with one line saying how to get them.
 */
export function ensurePackages() {
  const missing = missingPackages();
  if (missing.length === 0) return [];
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
  }
  const still = missingPackages();
  if (still.length > 0) console.log(`Missing system packages: run \`sudo apt-get install ${still.join(' ')}\` (see README, Prerequisites)`);
  return still;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensurePackages().length === 0 ? 0 : 1);
