import { dump } from 'js-yaml';
import { zipSync } from 'fflate';

/** What the data package's README and CITATION.cff say of this edition. */
export interface PackageFacts {
  version: string;
  /** YYYY-MM-DD */
  released: string;
  /** The numbers page in each language, absolute. */
  numbersUrl: { zh: string; en: string };
  /** Where the zip is served, absolute. */
  zipUrl: string;
  figures: number;
}

/** The zip's name: one per version, so a citation's file never changes under it. */
export const dataPackageName = (version: string) => `striving-data-${version}`;

/**
 * README.md, in Chinese then English. The terms say only what is true: the figures and quotes
 * are the article's, and the site holds and grants no rights in them; what the site made (ids,
 * labels, translations, this arrangement) it offers for reuse with credit.
 */
export function formatReadme(facts: PackageFacts): string {
  return `# 奋斗的礼赞 · In Praise of Striving — 数据包 / data package ${facts.version}

## 中文

本数据包收录刘磊、冯路《奋斗的礼赞》（山东省总工会2025年暨“十四五”时期工作回顾）一文中的全部 ${facts.figures} 个数字，每个数字均附原文语句。

- \`figures.csv\`：每行一个数字（UTF-8，带 BOM，用 Excel 打开中文不乱码）。
- \`datapackage.json\`：Frictionless Data Package 2.0 描述文件，说明每一列的含义、单位和代码（如 \`fyp14\` 指“十四五”时期，\`more-than\` 指原文的“余”）。
- \`CITATION.cff\`：引用信息。
- \`SHA256SUMS\`：各文件的 SHA-256 校验值，可用 \`sha256sum -c SHA256SUMS\` 核对。

读数须知：\`value\` 为原文所载数字，未必是确切数，请结合 \`qualifier\` 列理解。带“余”“超”的数字是下限，带“近”“不足”的是上限，见 \`qualifier\` 列。原文对同一事项前后给出不同数字时，两者都保留，见 \`conflicts_with\` 列。

使用条款：数字和原文语句出自上述文章，本站不享有、也不授予其任何权利；转载原文较长段落前，请查明原文发布方的条款。编号、标签、英文翻译和本数据包的编排由本站制作，可自由使用，请注明出处。

在线查看：${facts.numbersUrl.zh}
版本 ${facts.version}，发布于 ${facts.released}。

## English

This package holds all ${facts.figures} numbers printed in “奋斗的礼赞” (In Praise of Striving), the Shandong Federation of Trade Unions’ review of 2025 and of the 14th Five-Year Plan period, by Liu Lei and Feng Lu. Each number comes with the sentence it appears in.

- \`figures.csv\`: one row per figure (UTF-8 with a byte-order mark, so Excel shows the Chinese correctly).
- \`datapackage.json\`: a Frictionless Data Package 2.0 descriptor. It documents every column, unit and code (\`fyp14\` is the 14th Five-Year Plan period, 2021–2025; \`more-than\` is the article’s 余).
- \`CITATION.cff\`: how to cite it.
- \`SHA256SUMS\`: each file’s SHA-256; check with \`sha256sum -c SHA256SUMS\`.

Reading the numbers: \`value\` is the number as the article prints it; it may be approximate. A figure printed with 余 (more than) or 超 (over) is a floor; with 近 (nearly) or 不足 (fewer than), a ceiling: see \`qualifier\`. Where the article gives one thing two different numbers, both are kept: see \`conflicts_with\`.

Terms: the numbers and quoted words are the article’s. This site holds no rights in them and grants none; check the publisher’s terms before republishing long passages of the source. The ids, labels, English translations and this arrangement were made by this site: reuse them freely, with credit.

Online: ${facts.numbersUrl.en}
Version ${facts.version}, released ${facts.released}.
`;
}

/** CITATION.cff (Citation File Format 1.2.0): the figures as a dataset by the article's authors. */
export function formatCitationCff(facts: PackageFacts): string {
  const authors = [
    { name: '山东省总工会 (Shandong Federation of Trade Unions)' },
    { 'family-names': '刘', 'given-names': '磊' },
    { 'family-names': '冯', 'given-names': '路' },
  ];
  return dump(
    {
      'cff-version': '1.2.0',
      message: 'If you use these figures, please cite them as below, and the source article they come from.',
      type: 'dataset',
      title: '奋斗的礼赞 · In Praise of Striving: every figure of the article',
      version: facts.version,
      'date-released': facts.released,
      url: facts.numbersUrl.en,
      'repository-artifact': facts.zipUrl,
      authors,
      references: [{ type: 'article', title: '奋斗的礼赞', authors, languages: ['zh'] }],
    },
    { lineWidth: -1 },
  );
}

/**
 * The zip, the same bytes for the same files: one folder named for the version, entries in a
 * fixed order, dated the release day, so the download page can print its size and SHA-256
 * before the file is written.
 */
export function zipPackage(folder: string, files: Record<string, string>, released: string): Uint8Array {
  const encoder = new TextEncoder();
  const entries = Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => [name, encoder.encode(files[name] ?? '')]),
  );
  return zipSync({ [folder]: entries }, { level: 9, mtime: new Date(`${released}T00:00:00Z`) });
}
