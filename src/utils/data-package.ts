import { version } from '../../package.json';

import { t, type UiKey } from '../i18n/ui';
import { formatSha256Sums, sha256 } from '../integrations/archive/package';
import { parseCsv } from '../lib/csv';
import { dataPackageDescriptor, tableFields, type Code, type DescriptorInput } from '../lib/data-package/descriptor';
import { dataPackageName, formatCitationCff, formatReadme, zipPackage, type PackageFacts } from '../lib/data-package/files';
import { validateTable } from '../lib/data-package/validate';
import { figuresCsv } from '../lib/figures-csv';
import { periods } from '../lib/figures';
import { figureSchema } from '../schemas/figure';
import { baseId, getSections } from './content';
import { getContentIndex, getEdition } from './content-index';
import { absoluteUrl } from './site';

/** The qualifier codes, with the character the article prints for each. */
const qualifiers: Code[] = [
  { value: 'exact', label: 'as printed, unqualified / 原文无限定词' },
  { value: 'more-than', label: 'more than: a floor (余) / 余（下限）' },
  { value: 'over', label: 'over: a floor (超) / 超（下限）' },
  { value: 'nearly', label: 'nearly: a ceiling (近) / 近（上限）' },
  { value: 'fewer-than', label: 'fewer than: a ceiling (不足) / 不足（上限）' },
];

const both = (key: UiKey) => `${t('en', key)} / ${t('zh', key)}`;

async function descriptorInput(): Promise<DescriptorInput> {
  const zh = await getSections('zh');
  const en = await getSections('en');
  return {
    version,
    released: getEdition().released,
    homepage: absoluteUrl('/en/numbers/'),
    units: figureSchema.shape.unit.options.map((unit) => ({ value: unit, label: both(`unit.${unit}` as UiKey) })),
    qualifiers,
    periods: periods.map((period) => ({
      value: period,
      label:
        period === 'fyp14'
          ? `${t('en', 'chart.period.fyp14')} (2021–2025) / ${t('zh', 'chart.period.fyp14')}`
          : both(`chart.period.${period}` as UiKey),
    })),
    sections: zh.map((section) => ({
      value: baseId(section),
      label: `${en.find((e) => baseId(e) === baseId(section))?.data.navTitle ?? ''} / ${section.data.navTitle}`,
    })),
  };
}

let built: { file: string; zip: Uint8Array; sha256: string } | undefined;

/**
 * The data package zip, made and checked once per build: its CSV must hold to its own Table
 * Schema, or the build stops naming the row and field.
 */
export async function dataPackage(): Promise<{ file: string; zip: Uint8Array; sha256: string }> {
  if (built) return built;
  const input = await descriptorInput();
  const figures = getContentIndex().figures;
  const csv = figuresCsv(figures);
  const problems = validateTable(tableFields(input), ['id'], parseCsv(csv));
  if (problems.length) throw new Error(`data package: figures.csv does not match its schema:\n${problems.join('\n')}`);
  const name = dataPackageName(version);
  const facts: PackageFacts = {
    version,
    released: input.released,
    numbersUrl: { zh: absoluteUrl('/zh/numbers/'), en: absoluteUrl('/en/numbers/') },
    zipUrl: absoluteUrl(`/downloads/${name}.zip`),
    figures: figures.length,
  };
  const files: Record<string, string> = {
    'figures.csv': csv,
    'datapackage.json': `${JSON.stringify(dataPackageDescriptor(input), null, 2)}\n`,
    'README.md': formatReadme(facts),
    'CITATION.cff': formatCitationCff(facts),
  };
  const encoder = new TextEncoder();
  files['SHA256SUMS'] = formatSha256Sums(
    Object.keys(files)
      .sort()
      .map((path) => ({ path, sha256: sha256(encoder.encode(files[path] ?? '')) })),
  );
  const zip = zipPackage(name, files, input.released);
  built = { file: `${name}.zip`, zip, sha256: sha256(zip) };
  return built;
}
