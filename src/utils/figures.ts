import type { Lang } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import type { ConflictStrings, Period } from '../lib/figures';

/** The UI strings a discrepancy note is built from, in one language. */
export function conflictStrings(lang: Lang): ConflictStrings {
  return {
    note: t(lang, 'figure.conflict.note'),
    item: t(lang, 'figure.conflict.item'),
    places: { box: t(lang, 'figure.place.box'), body: t(lang, 'figure.place.body') },
  };
}

const periodKeys = {
  fyp14: 'chart.period.fyp14',
  y2025: 'chart.period.y2025',
  'to-date': 'chart.period.to-date',
  event: 'chart.period.event',
  mixed: 'chart.period.mixed',
} as const satisfies Record<Period | 'mixed', UiKey>;

/** The name of a period in a language; typed, so a new period without a UI string fails to compile. */
export function periodName(lang: Lang, period: Period | 'mixed'): string {
  return t(lang, periodKeys[period]);
}
