import type { Lang } from '../i18n/locales';
import { t } from '../i18n/ui';
import { searchKinds } from '../lib/search/meta';

/**
 * The UI strings a search result list needs (counts, the partial-match note, the kind labels),
 * passed to its client script as data: the hosted search form and the archive's share them.
 */
export function searchStrings(lang: Lang): Record<string, string> {
  return {
    results: t(lang, 'search.results'),
    none: t(lang, 'search.none'),
    loading: t(lang, 'search.loading'),
    error: t(lang, 'search.error'),
    partial: t(lang, 'search.partial'),
    ...Object.fromEntries(searchKinds.map((kind) => [kind, t(lang, `search.kind.${kind}`)])),
  };
}
