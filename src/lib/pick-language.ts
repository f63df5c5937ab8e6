import { isEdition, type Edition } from '../i18n/locales';

/** Chinese tags that mean traditional characters: a Hant script, or a region that writes them. */
const hant = /^zh-(hant\b|tw\b|hk\b|mo\b)/;

/**
 * The edition that best fits a browser's language list: Chinese in traditional characters
 * (zh-TW, zh-HK, zh-MO, zh-Hant…) picks 繁體, other Chinese picks 简体, English picks English;
 * a list with neither picks English.
 */
export function pickLanguage(preferred: readonly string[]): Edition {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (hant.test(lower)) return 'zh-hant';
    if (lower.split('-')[0] === 'zh') return 'zh';
    if (lower.split('-')[0] === 'en') return 'en';
  }
  return 'en';
}

/** The edition the reader chose last (kept by the edition links), if it is one. */
export function rememberedEdition(stored: string | null | undefined): Edition | undefined {
  return isEdition(stored) ? stored : undefined;
}
