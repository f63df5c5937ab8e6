/** The message an embed page posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: typeof heightType;
  version: 1;
  id: string;
  height: number;
}

export const heightType = 'striving-embed:height';
/** The loader sends this to an iframe it finds after the first height messages were missed. */
export const requestType = 'striving-embed:request-height';

// No real chart page is this tall; a bigger number is a bug or an attack on the host layout.
export const maxHeight = 20_000;

/** Builds the versioned height message. */
export function createHeightMessage(id: string, height: number): HeightMessage {
  return { type: heightType, version: 1, id, height: Math.ceil(height) };
}

/** True only for a well-formed version-1 height message with a sane height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m['type'] === heightType && m['version'] === 1 && typeof m['id'] === 'string' && m['id'] !== ''
    && typeof m['height'] === 'number' && Number.isFinite(m['height']) && m['height'] > 0 && m['height'] <= maxHeight;
}

/** True for the loader's request to report the height again. */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['type'] === requestType;
}

/** The height message in Pym.js's string format, which many CMSs already listen for. */
export function formatPymHeight(id: string, height: number): string {
  return `pymxPYMx${id}xPYMxheightxPYMx${Math.ceil(height)}`;
}

/** The AMP amp-iframe resize request. */
export function createAmpEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}
