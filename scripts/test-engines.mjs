// The cross-engine smoke suite (tests/engines): the same checks in Firefox ESR, WebKitGTK and
// Chromium, one vitest run per engine with ENGINE set. Prints per-engine counts and times,
// and ends with the plain "N passed, N failed" line. Run after `astro build` (it reads dist/).
//   node scripts/test-engines.mjs [firefox|webkit|chromium ...] [--summary file.json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const all = ['firefox', 'webkit', 'chromium'];
const args = process.argv.slice(2);
const summaryAt = args.includes('--summary') ? args[args.indexOf('--summary') + 1] : null;
const asked = args.filter((a, i) => all.includes(a) && args[i - 1] !== '--summary');
const engines = asked.length ? asked : (process.env.ENGINES?.split(',').filter(Boolean) ?? all);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

mkdirSync('test-results', { recursive: true });
const results = [];
for (const engine of engines) {
  console.log(`\n▶ engines: ${engine}`);
  const report = `test-results/engines-${engine}.json`;
  // A report left by an earlier run must never be counted for this one.
  rmSync(report, { force: true });
  const started = Date.now();
  const { status } = spawnSync(
    npx,
    ['vitest', 'run', '--project', 'engines', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
      env: { ...process.env, ENGINE: engine },
    },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  let passed = 0;
  let failed = 0;
  try {
    if (!existsSync(report)) throw new Error('no report written');
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    // A file that fails to load (or whose engine did not start) has no results of its own: one failure each.
    const broken = json.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
    ).length;
    failed = json.numFailedTests + broken + (json.numTotalTests === 0 ? 1 : 0);
    // Exited non-zero with no failed test: an unhandled error, which counts as a failure.
    if (status !== 0 && failed === 0) failed = 1;
  } catch (error) {
    console.error(`engines: ${engine} wrote no usable report (${error.message})`);
    failed = 1;
  }
  results.push({ engine, passed, failed, seconds });
}

console.log('\nengine     passed  failed  time');
for (const r of results)
  console.log(`${r.engine.padEnd(10)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (summaryAt) writeFileSync(summaryAt, JSON.stringify({ passed, failed, engines: results }, null, 2));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
