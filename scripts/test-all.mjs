// The one test command: the system packages the tests need, dependency audit, type-check, lint
// and format check, build, then unit, content, browser (Chromium) and deploy tests, then the
// cross-engine smoke suite (Firefox, WebKit). Ends with a table of each stage's seconds, so the
// next slowdown is visible, and the plain "N passed, N failed" line CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensurePackages } from './system-packages.mjs';

// Every build in the tests is a local one; a deploy sets its own SITE_URL.
process.env.SITE_URL ??= 'http://localhost:4321';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const begun = Date.now();
const timings = [];
let passed = 0;
let failed = 0;
/** The failed tests by name, printed again at the end so the tail of a long log says what broke. */
const failures = [];

/** Runs one stage, timing it; returns its exit status. */
const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  timings.push({ label, seconds: (Date.now() - started) / 1000 });
  return result.status ?? 1;
};

/**
 * Runs single-threaded stages side by side (one core each), each counting as one test; their
 * output is printed whole when each ends, so the log stays readable.
 */
const together = (stages) =>
  Promise.all(
    stages.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { env: process.env });
          let output = '';
          child.stdout.on('data', (d) => (output += d));
          child.stderr.on('data', (d) => (output += d));
          child.on('close', (status) => {
            console.log(`\n▶ ${label}\n${output}`);
            timings.push({ label, seconds: (Date.now() - started) / 1000 });
            if (status === 0) passed += 1;
            else {
              failed += 1;
              failures.push(label);
            }
            resolve(status);
          });
        }),
    ),
  );

/** A stage that counts as one test. */
const step = (label, command, args) => {
  const status = run(label, command, args);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return status;
};

/**
 * Counts a vitest JSON report; a file that fails to load has no results of its own, so it counts
 * as one failure, and so does a run that exited non-zero with no failed test (an unhandled error).
 */
const countReport = (file, status) => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((t) => t.status !== 'failed')).length;
    const counted = report.numFailedTests + broken + (report.numTotalTests === 0 ? 1 : 0);
    passed += report.numPassedTests;
    for (const f of report.testResults) {
      const named = f.assertionResults.filter((t) => t.status === 'failed');
      for (const t of named) failures.push(`${file}: ${t.fullName}`);
      if (f.status === 'failed' && named.length === 0) failures.push(`${file}: ${f.name}: ${f.message ?? 'failed to load'}`);
    }
    failed += counted + (status !== 0 && counted === 0 ? 1 : 0);
  } catch (error) {
    console.error(`${file}: no usable report (${error.message})`);
    failed += 1;
  }
};

/** Runs one vitest project with its JSON report (an earlier run's report is deleted first, never counted). */
const vitest = (project, workers) => {
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  const status = run(`vitest: ${project}`, npx, [
    'vitest',
    'run',
    '--project',
    project,
    `--maxWorkers=${workers}`,
    '--minWorkers=1',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  countReport(report, status);
};

const finish = () => {
  const total = (Date.now() - begun) / 1000;
  console.log('\nstage                                      seconds');
  for (const t of [...timings, { label: 'total', seconds: total }])
    console.log(`${t.label.padEnd(42)} ${t.seconds.toFixed(1).padStart(7)}`);
  if (failures.length > 0) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
};

const started = Date.now();
const missing = ensurePackages();
timings.push({ label: 'system packages', seconds: (Date.now() - started) / 1000 });
if (missing.length > 0) {
  failed += 1;
  finish();
}

// Known high or critical advisories in what ships fail the run. Where the registry refuses
// the advisory endpoint the audit cannot run: it is reported and not counted, unless
// AUDIT_REQUIRED=1 asks for that to fail too.
const audit = run('npm audit --omit=dev --audit-level=high', process.execPath, ['scripts/audit.mjs']);
if (audit === 0) passed += 1;
else if (audit === 2 && process.env.AUDIT_REQUIRED !== '1')
  console.log('npm audit: not run here (advisory service unreachable), not counted');
else failed += 1;

// The type-check and the linters each use one core, so they run side by side (one after another
// they took 35 + 15 + 12 s here).
await together([
  ['astro check', npx, ['astro', 'check']],
  ['eslint (zero warnings)', npx, ['eslint', '--max-warnings=0', '.']],
  ['prettier --check', npx, ['prettier', '--check', '.']],
]);
if (step('astro build', npx, ['astro', 'build']) !== 0) finish();

mkdirSync('test-results', { recursive: true });
// Unit files two at a time (two cores). Content files one at a time: three of them build the
// site into folders of their own. Browser files two at a time, slowest first (a page's renderer
// keeps one core busy while its test process waits; measured here, e2e took 642 s with two
// workers in Vitest's own order and 557 s with three, whose contention more than doubled the axe
// file and made a focus check flaky). Running stages side by side (astro check beside the unit
// tests, the content tests beside the engines) made each slower and the whole no faster.
vitest('unit', 2);
vitest('content', 1);
vitest('e2e', 2);
vitest('deploy', 1);

// The cross-engine smoke suite in Firefox ESR and WebKitGTK. Its Chromium run repeats checks the
// browser tests above make in Chromium, so it is left to `npm run test:engines`.
rmSync('test-results/engines.json', { force: true });
run('engines (Firefox, WebKit)', process.execPath, [
  'scripts/test-engines.mjs',
  'firefox',
  'webkit',
  '--summary',
  'test-results/engines.json',
]);
try {
  const engines = JSON.parse(readFileSync('test-results/engines.json', 'utf8'));
  passed += engines.passed;
  failed += engines.failed;
  if (engines.failed > 0) failures.push(`engines: ${engines.failed} failed (see test-results/engines-*.json)`);
  for (const e of engines.engines) timings.push({ label: `  of which ${e.engine}`, seconds: e.seconds, part: true });
} catch (error) {
  console.error('the engine suite wrote no summary:', error.message);
  failed += 1;
}

finish();
