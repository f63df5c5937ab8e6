import { describe, expect, it } from 'vitest';
import { attribution, openingQuote } from '../../../src/lib/content/pull-quote';

describe('openingQuote', () => {
  it('takes the words a story opens with, nested quotes and all', () => {
    expect(openingQuote('“非常感谢区总工会开展的‘逢七送岗’活动。”1月25日，程师傅说道。')).toBe('非常感谢区总工会开展的‘逢七送岗’活动。');
    expect(openingQuote('“Thanks to the “Jobs” drive, I found work,” said Mr Cheng.')).toBe('Thanks to the “Jobs” drive, I found work');
  });
  it('finds none where the story does not open with a quote, or the quote never closes', () => {
    expect(openingQuote('新就业形态劳动者分布散。')).toBeUndefined();
    expect(openingQuote('“未闭合')).toBeUndefined();
  });
});

describe('attribution', () => {
  it('sets a Chinese attribution with the two-em dash, an English one with one em dash', () => {
    expect(attribution('张军', 'zh')).toBe('——张军');
    expect(attribution('Zhang Jun', 'en')).toBe('— Zhang Jun');
  });
});
