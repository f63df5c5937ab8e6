import { describe, expect, it } from 'vitest';
import { computeAnchors, sourceLineOf } from '../../../src/lib/content/anchors';
import { findTerms } from '../../../src/lib/content/terms';

const source = ['', '标题', '', '第一段。', '女职工……成', '', '功牵手4349对。', '第一段。'];

describe('sourceLineOf', () => {
  it('finds the line a paragraph reproduces, and joins a line broken for layout', () => {
    expect(sourceLineOf('第一段。', source)).toBe(4);
    expect(sourceLineOf('女职工……成功牵手4349对。', source)).toBe(5);
    expect(sourceLineOf('不在原文', source)).toBeUndefined();
  });
});

describe('computeAnchors', () => {
  it('names blocks after their source line, skips placed stories, and numbers text not from the source', () => {
    expect(computeAnchors(['标题', undefined, '女职工……成功牵手4349对。', '本站说明'], source, 'about')).toEqual([
      'p2',
      undefined,
      'p5',
      'about-3',
    ]);
  });
  it('keeps ids unique when a line repeats', () => {
    expect(computeAnchors(['第一段。', '第一段。'], source, 'x')).toEqual(['p4', 'p4-2']);
  });
});

describe('findTerms', () => {
  it('matches the longest form first and masks it', () => {
    const terms = [
      { id: 'fed', text: '省总工会' },
      { id: 'shandong-fed', text: '山东省总工会' },
    ];
    expect(findTerms('山东省总工会和省总工会', terms).map((t) => t.id)).toEqual(['shandong-fed', 'fed']);
  });
  it('ignores case and curly apostrophes, and matches Latin terms as whole words', () => {
    const terms = [
      { id: 'fq', text: 'Fengqiao model' },
      { id: 'lu', text: 'Lu' },
    ];
    expect(findTerms('the fengqiao model and Lunar Lu’s', terms).map((t) => [t.id, t.start])).toEqual([
      ['fq', 4],
      ['lu', 29],
    ]);
  });
});
