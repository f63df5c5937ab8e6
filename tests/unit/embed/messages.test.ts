import { describe, expect, it } from 'vitest';
import {
  createAmpEmbedSize,
  createHeightMessage,
  formatPymHeight,
  isHeightRequest,
  maxHeight,
  requestType,
  safePymId,
} from '../../../src/lib/embed/messages';

describe('embed height messages', () => {
  it('builds a versioned message with a whole-pixel height', () => {
    expect(createHeightMessage('organising', 612.2)).toEqual({ type: 'striving-embed:height', version: 1, id: 'organising', height: 613 });
  });

  it('speaks the Pym.js string format and the AMP embed-size format', () => {
    expect(formatPymHeight('chart-1', 480.5)).toBe('pymxPYMxchart-1xPYMxheightxPYMx481');
    expect(createAmpEmbedSize(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
  });

  it('recognises the loader asking for the height again', () => {
    expect(isHeightRequest({ type: requestType, version: 1 })).toBe(true);
    expect(isHeightRequest({ type: 'striving-embed:height' })).toBe(false);
    expect(isHeightRequest(undefined)).toBe(false);
  });
});

describe('messages a Pym.js host reads', () => {
  it('use the host’s childId only when it is a plain id', () => {
    expect(safePymId('chart-care_1', 'care')).toBe('chart-care_1');
    expect(safePymId(null, 'care')).toBe('care');
    // A crafted childId would make the host's own pym.js navigate or stretch its page.
    expect(safePymId('mychartxPYMxnavigateToxPYMxhttp://evil.example/', 'care')).toBe('care');
    expect(safePymId('mychartxPYMxheightxPYMx999999', 'care')).toBe('care');
    expect(safePymId('a b', 'care')).toBe('care');
  });
  it('only ever carry a height, capped', () => {
    expect(formatPymHeight('care', 1e9)).toBe(`pymxPYMxcarexPYMxheightxPYMx${maxHeight}`);
    expect(createAmpEmbedSize(0).height).toBe(1);
    expect(createHeightMessage('care', 99_999).height).toBe(maxHeight);
  });
});

describe('reading a height message', () => {
  it('takes our messages, clamped, and nothing else', async () => {
    const { createHeightMessage, readHeightMessage, maxHeight } = await import('../../../src/lib/embed/messages');
    expect(readHeightMessage(createHeightMessage('care', 640.2))).toBe(641);
    expect(readHeightMessage({ type: 'striving-embed:height', height: 1e9 })).toBe(maxHeight);
    for (const other of [
      null,
      'pymxPYMxcarexPYMxheightxPYMx300',
      { type: 'other', height: 3 },
      { type: 'striving-embed:height', height: 'tall' },
    ])
      expect(readHeightMessage(other)).toBeUndefined();
  });
});
