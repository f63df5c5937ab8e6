import { describe, expect, it } from 'vitest';
import { createAmpEmbedSize, createHeightMessage, formatPymHeight, isHeightMessage, isHeightRequest, requestType } from '../../../src/lib/embed/messages';

describe('embed height messages', () => {
  it('builds a versioned message with a whole-pixel height', () => {
    expect(createHeightMessage('organising', 612.2)).toEqual({ type: 'striving-embed:height', version: 1, id: 'organising', height: 613 });
  });

  it('accepts only the exact version-1 shape with a sane height', () => {
    expect(isHeightMessage(createHeightMessage('care', 400))).toBe(true);
    for (const bad of [
      null, 'pymxPYMxcarexPYMxheightxPYMx400', { type: 'striving-embed:height', version: 2, id: 'care', height: 400 },
      { type: 'striving-embed:height', version: 1, id: '', height: 400 }, { type: 'striving-embed:height', version: 1, id: 'care', height: '400' },
      { type: 'striving-embed:height', version: 1, id: 'care', height: Number.NaN }, { type: 'striving-embed:height', version: 1, id: 'care', height: 0 },
      { type: 'striving-embed:height', version: 1, id: 'care', height: 1e9 }, { type: 'other', version: 1, id: 'care', height: 400 },
    ]) expect(isHeightMessage(bad), JSON.stringify(bad)).toBe(false);
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
