// The one test command: dependency audit, type-check, lint and format check, build, then unit, content and browser tests
// (Chromium), then the cross-engine smoke suite (Firefox, WebKit, Chromium),
// ending with the plain "N passed, N failed" line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

// Every build in the tests is a local one; a deploy sets its own SITE_URL.
process.env.SITE_URL ??= 'http://localhost:4321';

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

let passed = 0;
let failed = 0;
const step = (label, command, args) => {
  const status = run(label, command, args);
  if (status === 0) passed += 1;
  else failed += 1;
  return status;
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// Known high or critical advisories in what ships fail the run. Where the registry refuses
// the advisory endpoint the audit cannot run: it is reported and not counted, unless
// AUDIT_REQUIRED=1 asks for that to fail too.
const audit = run('npm audit --omit=dev --audit-level=high', process.execPath, ['scripts/audit.mjs']);
if (audit === 0) passed += 1;
else if (audit === 2 && process.env.AUDIT_REQUIRED !== '1')
  console.log('npm audit: not run here (advisory service unreachable), not counted');
else failed += 1;

step('astro check', npx, ['astro', 'check']);
step('eslint (zero warnings)', npx, ['eslint', '--max-warnings=0', '.']);
step('prettier --check', npx, ['prettier', '--check', '.']);
if (step('astro build', npx, ['astro', 'build']) !== 0) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
run('vitest (unit, content, browser)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  // A file that fails to load has no test results of its own; count it as one failure.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed += report.numFailedTests + brokenFiles;
  if (report.numTotalTests === 0) failed += 1;
} catch (error) {
  console.error('vitest wrote no report:', error.message);
  failed += 1;
}

// The cross-engine smoke suite: the same checks in Firefox ESR, WebKitGTK and Chromium.
run('engines (Firefox, WebKit, Chromium)', process.execPath, ['scripts/test-engines.mjs', '--summary', 'test-results/engines.json']);
try {
  const engines = JSON.parse(readFileSync('test-results/engines.json', 'utf8'));
  passed += engines.passed;
  failed += engines.failed;
} catch (error) {
  console.error('the engine suite wrote no summary:', error.message);
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
