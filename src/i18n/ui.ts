import { z } from 'astro/zod';
import en from './en.json';
import zh from './zh.json';
import type { Lang } from './locales';

/** A UI string key, e.g. `share.copy`. The English file defines the key set. */
export type UiKey = keyof typeof en;

const keys = Object.keys(en) as UiKey[];

/** Every language must define exactly the same keys, each a non-empty string. */
export const uiSchema = z.object(Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>).strict();

/** Validates one language's strings; the error names the file and the offending keys. */
export function parseUi(lang: Lang, raw: unknown): Record<UiKey, string> {
  const result = uiSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || (issue as { keys?: string[] }).keys?.join(', ')}: ${issue.message}`)
      .join('; ');
    throw new Error(`src/i18n/${lang}.json: ${problems}`);
  }
  return result.data as Record<UiKey, string>;
}

const strings: Record<Lang, Record<UiKey, string>> = { zh: parseUi('zh', zh), en: parseUi('en', en) };

/** Returns the UI string for a key in a language, filling `{name}` placeholders. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
