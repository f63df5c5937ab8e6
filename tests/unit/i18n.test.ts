import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { parseUi, t } from '../../src/i18n/ui';
import { isLang, otherLang } from '../../src/i18n/locales';
import { pickLanguage } from '../../src/lib/pick-language';

describe('UI strings', () => {
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
  it('suggests Chinese for any Chinese browser locale and English otherwise', () => {
    expect(pickLanguage(['zh-TW', 'en'])).toBe('zh');
    expect(pickLanguage(['fr-FR', 'en-US'])).toBe('en');
    expect(pickLanguage(['de'])).toBe('en');
  });
});
