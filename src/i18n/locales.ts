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
