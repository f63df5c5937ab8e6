// Prints what one embed costs the host page, in gzip bytes: the loader, the iframe's HTML,
// its CSS and its JavaScript (the chart's stepper and d3), per chart and language.
// Usage: npm run build && npm run bench:embed
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, kib, pageWeight } from './asset-weight.mjs';

const dist = join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
// The target from the embeds issue: everything a host page pays for one chart.
const BUDGET = 40 * 1024;
const catalogue = JSON.parse(readFileSync(join(dist, 'charts.json'), 'utf8'));
const base = catalogue[0]?.embed.zh.replace(/zh\/embed\/.*$/, '') ?? '/';
const local = (path) => `/${path.slice(base.length)}`;
const loader = gz(join(dist, 'embed', 'loader.js'));
const favicon = gz(join(dist, 'favicon.svg'));

const rows = catalogue.flatMap((entry) =>
  ['zh', 'en'].map((lang) => {
    const weight = pageWeight(dist, local(entry.embed[lang]));
    const total = loader + weight.html + weight.css + weight.js + favicon;
    return {
      embed: `${entry.id} (${lang})`,
      loader: kib(loader),
      html: kib(weight.html),
      css: kib(weight.css),
      js: kib(weight.js),
      favicon: kib(favicon),
      total: kib(total),
      'within 40 KiB': total <= BUDGET ? 'yes' : 'NO',
      bytes: total,
    };
  }),
);
console.table(rows.map(({ bytes: _bytes, ...row }) => row));
const worst = Math.max(...rows.map((r) => r.bytes));
console.log(
  `Heaviest embed: ${kib(worst)} gzip (budget ${kib(BUDGET)}). Loader alone: ${loader} bytes gzip, ${readFileSync(join(dist, 'embed', 'loader.js')).length} bytes raw.`,
);
process.exitCode = worst <= BUDGET ? 0 : 1;
