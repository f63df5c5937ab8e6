/**
 * A release date (YYYY-MM-DD, validated by src/schemas/edition.ts) as a reader sees it:
 * 2026年12月7日 in Chinese, 7 December 2026 in English. Written out by hand, not by Intl, so
 * the build prints the same text on every machine.
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${months[m - 1] ?? ''} ${y}`;
}
