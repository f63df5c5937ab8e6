import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every file under a folder, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string, from = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, from) : [relative(from, path).split(sep).join('/')];
    })
    .sort();
}

/** The hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The README every archive carries, in both languages. */
export function formatReadme(version: string, builtAt: string, siteUrl: string): string {
  return `奋斗的礼赞 · In Praise of Striving
离线版 / Offline edition ${version} (${builtAt.slice(0, 10)})

【中文】
这是《奋斗的礼赞》专题网站的完整离线版，包含中文原文和英文译文、全部图表、“数说”数据（figures.csv、figures.json）和离线搜索。
打开方法：解压整个压缩包，然后双击 index.html，在浏览器中阅读。无需联网，也无需网络服务器。
版本：${version}，生成于 ${builtAt}
网址：${siteUrl}
来源：山东省总工会；□刘磊 冯路。中文页面逐字转载原文，英文为本站翻译。
校验：manifest.json 列出每个文件的 SHA-256 校验值。

[English]
This is the complete offline edition of the "In Praise of Striving" microsite: the Chinese original and the English translation, every chart, the figures ledger (figures.csv, figures.json) and an offline search.
To open it: unzip the whole archive, then double-click index.html to read it in your browser. No network or web server is needed.
Version: ${version}, built ${builtAt}
Online: ${siteUrl}
Source: Shandong Federation of Trade Unions; by Liu Lei and Feng Lu. The Chinese pages reproduce the original verbatim; the English is this site's translation.
Checksums: manifest.json lists every file with its SHA-256 checksum.
`;
}

/** Writes manifest.json (every other file with its SHA-256) and returns the zipped folder. */
export function packFolder(dir: string, version: string, builtAt: string, folder: string): Uint8Array {
  const files = listFiles(dir).filter((f) => f !== 'manifest.json');
  const entries = files.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, bytes: bytes.length, sha256: sha256(bytes) };
  });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ name: 'striving', version, builtAt, files: entries }, null, 2)}\n`);
  const tree: Zippable = {};
  // A top folder keeps the unzipped files together instead of spilling into the reader's Downloads.
  for (const path of [...files, 'manifest.json']) tree[`${folder}/${path}`] = readFileSync(join(dir, path));
  // Every entry dated with the build time; level 9 because the zip is built once and downloaded often.
  return zipSync(tree, { level: 9, mtime: new Date(builtAt) });
}
