import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../src/lib/content/headline';

describe('splitHeadline', () => {
  it('sets a couplet heading as title and deck, in the article’s own words', () => {
    expect(splitHeadline('加强思想政治引领 广大职工政治信念更加坚定', 'zh')).toEqual({
      head: '加强思想政治引领',
      deck: '广大职工政治信念更加坚定',
    });
    expect(splitHeadline('Stronger guidance: workers’ convictions grow firmer', 'en')).toEqual({
      head: 'Stronger guidance',
      deck: 'Workers’ convictions grow firmer',
    });
  });
  it('leaves a heading without a break whole, including the space the article puts after a 、', () => {
    expect(splitHeadline('奋斗的礼赞', 'zh')).toEqual({ head: '奋斗的礼赞' });
    expect(splitHeadline('In Praise of Striving', 'en')).toEqual({ head: 'In Praise of Striving' });
    expect(splitHeadline('唱响建功立业、 创新创造的职工之歌', 'zh')).toEqual({ head: '唱响建功立业、 创新创造的职工之歌' });
  });
});
