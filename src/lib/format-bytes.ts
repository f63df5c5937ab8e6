/** A file size as readers compare them: "367 KB", "1.4 MB" (1 KB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** A build date in the reader's language, pinned to UTC so every build machine prints the same. */
export function formatBuildDate(iso: string, lang: 'zh' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
