import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { parseUi, t } from '../../src/i18n/ui';
import { isLang, otherLang } from '../../src/i18n/locales';
import { pickLanguage, rememberedEdition } from '../../src/lib/pick-language';
import { straightQuoteProblem } from '../../src/lib/content/straight-quotes';

/** Every source file that may look up a UI string. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(astro|ts|mjs)$/.test(f.name))
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
    .join('\n');
}

describe('UI strings', () => {
  it('are each used by the site, so translators keep no dead strings', () => {
    const code = sourceText(join(import.meta.dirname, '..', '..', 'src'));
    // Keys looked up by a template such as `unit.${unit}` count through their prefix.
    const prefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1] ?? '');
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
  it('are set with curly quotes in English, as the content is (see src/lib/content/straight-quotes.ts)', () => {
    const problems = Object.entries(en).flatMap(([key, text]) => {
      const problem = straightQuoteProblem(text);
      return problem ? [`src/i18n/en.json: "${key}": ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
  it('define the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('fail with the file and key when a string is missing', () => {
    const { ['share.copy']: _omitted, ...broken } = zh;
    expect(() => parseUi('zh', broken)).toThrow(/src\/i18n\/zh\.json: share\.copy/);
  });
  it('fail on an unknown key', () => {
    expect(() => parseUi('en', { ...en, 'share.bogus': 'x' })).toThrow(/share\.bogus/);
  });
  it('fill placeholders', () => {
    expect(t('zh', 'section.part', { n: 2 })).toBe('第2部分');
    expect(t('en', 'section.part', { n: 3 })).toBe('Part 3');
  });
});

describe('languages', () => {
  it('recognises the two slugs only', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(otherLang('zh')).toBe('en');
  });
  it('suggests 繁體 for traditional-character locales, 简体 for other Chinese and English otherwise', () => {
    expect(pickLanguage(['zh-TW', 'en'])).toBe('zh-hant');
    expect(pickLanguage(['zh-HK'])).toBe('zh-hant');
    expect(pickLanguage(['zh-Hant-SG'])).toBe('zh-hant');
    expect(pickLanguage(['zh-Hans-HK'])).toBe('zh');
    expect(pickLanguage(['zh-CN', 'zh-TW'])).toBe('zh');
    expect(pickLanguage(['zh'])).toBe('zh');
    expect(rememberedEdition('zh-hant')).toBe('zh-hant');
    expect(rememberedEdition('fr')).toBeUndefined();
    expect(rememberedEdition(null)).toBeUndefined();
    expect(pickLanguage(['fr-FR', 'en-US'])).toBe('en');
    expect(pickLanguage(['de'])).toBe('en');
  });
});
