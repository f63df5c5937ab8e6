/** The site's languages, declared once. `slug` is the URL segment, `tag` the BCP 47 tag for <html lang>. */
export const locales = {
  zh: { slug: 'zh', tag: 'zh-CN', ogLocale: 'zh_CN', name: '中文' },
  en: { slug: 'en', tag: 'en', ogLocale: 'en_GB', name: 'English' },
} as const;

export type Lang = keyof typeof locales;

export const langs = Object.keys(locales) as Lang[];

/** True when a string is one of the site's language slugs. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && value in locales;
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * The site's three editions: the two languages Astro builds, and 繁體, made after the build
 * from the simplified pages (src/integrations/traditional-edition.ts). `label` is the switch's
 * visible text and `name` its accessible name, each in the edition's own script.
 */
export const editions = {
  zh: { slug: 'zh', tag: 'zh-CN', ogLocale: 'zh_CN', label: '简', name: '简体中文' },
  'zh-hant': { slug: 'zh-hant', tag: 'zh-Hant', ogLocale: 'zh_TW', label: '繁', name: '繁體中文' },
  en: { slug: 'en', tag: 'en', ogLocale: 'en_GB', label: 'EN', name: 'English' },
} as const;

export type Edition = keyof typeof editions;

export const editionList = Object.keys(editions) as Edition[];

/** True when a string is one of the editions' slugs. */
export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && value in editions;
}
