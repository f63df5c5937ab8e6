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
