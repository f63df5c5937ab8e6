/**
 * JSON to put inside an inline <script> element: "<" is written \u003c, so no string in
 * it can close the element ("</script>") or open a comment, whatever an author typed.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * safeJson with every character outside ASCII written as a \u escape. For data the 繁體 edition
 * must not convert (src/lib/traditional/page.ts converts Chinese text in data blocks): the
 * Embed panel's titles of all three editions stay each in its own script.
 */
export function asciiJson(value: unknown): string {
  return safeJson(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
