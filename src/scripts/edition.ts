import type { Edition } from '../i18n/locales';

/**
 * The edition of the page a script runs on. The 繁體 pages are the 简体 ones converted after
 * the build, so what Astro rendered into them says "zh"; their <html lang> says zh-Hant.
 */
export function pageEdition(doc: Document, lang: 'zh' | 'en'): Edition {
  return lang === 'zh' && doc.documentElement.lang === 'zh-Hant' ? 'zh-hant' : lang;
}
