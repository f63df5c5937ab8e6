import type { Lang } from '../i18n/locales';

/** The site language that best fits a browser's language list; Chinese variants pick zh, else en. */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
