/** Fills {figure-id} placeholders in chart text; unknown ids are reported, never printed. */
export function fillTemplate(text: string, resolve: (id: string) => string | undefined): string {
  return text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => {
    const value = resolve(id);
    if (value === undefined) throw new Error(`chart text names unknown figure {${id}}`);
    return value;
  });
}

/** The figure ids a chart text refers to. */
export function templateIds(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1] ?? '');
}
