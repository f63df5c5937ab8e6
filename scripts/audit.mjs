// `npm audit --omit=dev --audit-level=high`, read as JSON so that three outcomes stay apart:
// clean (exit 0), vulnerable (exit 1, lists them) and "could not ask" (exit 2), which
// happens when the registry in use refuses the advisory endpoint. A check that could not
// run is never reported as passed.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error('npm audit printed no JSON report:', result.stderr.trim());
  process.exit(2);
}
if (!report.metadata) {
  console.error(`npm audit could not reach the advisory service: ${report.message ?? report.error?.summary ?? 'no metadata'}`);
  process.exit(2);
}
const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(
  `npm audit (production dependencies): ${Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
for (const [name, v] of serious) console.log(`  ${v.severity}: ${name} ${v.range}`);
process.exit(serious.length ? 1 : 0);
