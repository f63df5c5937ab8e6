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
这是《奋斗的礼赞》专题网站的完整离线版，包含中文原文（简体，另有繁體版）和英文译文、全部图表、“数说”数据（figures.csv、figures.json）和离线搜索。
打开方法：解压整个压缩包，然后双击 index.html，在浏览器中阅读。无需联网，也无需网络服务器。
版本：${version}，生成于 ${builtAt}
网址：${siteUrl}
来源：山东省总工会；□刘磊 冯路。中文页面逐字转载原文，英文为本站翻译。
校验：SHA256SUMS 列出每个文件的 SHA-256 校验值（manifest.json 另供程序读取）。在本文件夹中运行：
  Linux：sha256sum -c SHA256SUMS
  macOS：shasum -a 256 -c SHA256SUMS
  Windows（PowerShell，无输出即全部相符）：
  Get-Content SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash $f -Algorithm SHA256).Hash -ne $h) { "FAILED: $f" } }

[English]
This is the complete offline edition of the "In Praise of Striving" microsite: the Chinese original (in simplified characters, and converted to traditional), the English translation, every chart, the figures ledger (figures.csv, figures.json) and an offline search.
To open it: unzip the whole archive, then double-click index.html to read it in your browser. No network or web server is needed.
Version: ${version}, built ${builtAt}
Online: ${siteUrl}
Source: Shandong Federation of Trade Unions; by Liu Lei and Feng Lu. The Chinese pages reproduce the original verbatim; the English is this site's translation.
Checksums: SHA256SUMS lists every file with its SHA-256 checksum (manifest.json gives the same for programs). In this folder, run:
  Linux: sha256sum -c SHA256SUMS
  macOS: shasum -a 256 -c SHA256SUMS
  Windows (PowerShell; no output means every file matches):
  Get-Content SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash $f -Algorithm SHA256).Hash -ne $h) { "FAILED: $f" } }
`;
}

/**
 * Checksums in the format of GNU sha256sum and shasum (hash, two spaces, path), so that
 * `sha256sum -c SHA256SUMS` or `shasum -a 256 -c SHA256SUMS` checks every file listed.
 */
export function formatSha256Sums(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

/** The checksum files of a folder: what programs read and what a person checks with one command. */
const checksumFiles = new Set(['manifest.json', 'SHA256SUMS']);

/**
 * Writes manifest.json (every other file with its SHA-256, for programs) and SHA256SUMS (every
 * file, manifest.json included, for sha256sum -c), and returns the zipped folder.
 */
export function packFolder(dir: string, version: string, builtAt: string, folder: string): Uint8Array {
  const files = listFiles(dir).filter((f) => !checksumFiles.has(f));
  const entries = files.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, bytes: bytes.length, sha256: sha256(bytes) };
  });
  const manifest = `${JSON.stringify({ name: 'striving', version, builtAt, files: entries }, null, 2)}\n`;
  writeFileSync(join(dir, 'manifest.json'), manifest);
  writeFileSync(join(dir, 'SHA256SUMS'), formatSha256Sums([...entries, { path: 'manifest.json', sha256: sha256(Buffer.from(manifest)) }]));
  const tree: Zippable = {};
  // A top folder keeps the unzipped files together instead of spilling into the reader's Downloads.
  for (const path of [...files, 'manifest.json', 'SHA256SUMS']) tree[`${folder}/${path}`] = readFileSync(join(dir, path));
  // Every entry dated with the build time; level 9 because the zip is built once and downloaded often.
  return zipSync(tree, { level: 9, mtime: new Date(builtAt) });
}
