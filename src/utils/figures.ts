import type { Lang } from '../i18n/locales';
import { t } from '../i18n/ui';
import type { ConflictStrings } from '../lib/figures';

/** The UI strings a discrepancy note is built from, in one language. */
export function conflictStrings(lang: Lang): ConflictStrings {
  return {
    note: t(lang, 'figure.conflict.note'),
    item: t(lang, 'figure.conflict.item'),
    places: { box: t(lang, 'figure.place.box'), body: t(lang, 'figure.place.body') },
  };
}
