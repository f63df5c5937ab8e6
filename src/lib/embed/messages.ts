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
  return { type: heightType, version: 1, id, height: clampHeight(height) };
}

/** True for the loader's request to report the height again. */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['type'] === requestType;
}

/** A height a host may be asked to set: whole pixels, at least 1, never above the cap. */
export const clampHeight = (height: number): number => Math.min(maxHeight, Math.max(1, Math.ceil(height)));

/**
 * The id a Pym.js host gave its container (?childId=), or the fallback when it is not a plain
 * id. Pym splits its messages at "xPYMx", so an id holding that (or anything but letters,
 * digits, - and _) could forge a "navigateTo" or an unbounded height on the host page.
 */
export function safePymId(childId: string | null, fallback: string): string {
  return childId && /^[A-Za-z0-9_-]{1,64}$/.test(childId) && !childId.includes('xPYMx') ? childId : fallback;
}

/** The height message in Pym.js's string format, which many CMSs already listen for; only ever a height. */
export function formatPymHeight(id: string, height: number): string {
  return `pymxPYMx${id}xPYMxheightxPYMx${clampHeight(height)}`;
}

/** The AMP amp-iframe resize request. */
export function createAmpEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: clampHeight(height) };
}

/** The height in one of our height messages, or undefined for anything else. */
export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  return message['type'] === heightType && typeof message['height'] === 'number' && Number.isFinite(message['height'])
    ? clampHeight(message['height'])
    : undefined;
}
