import { describe, expect, it } from 'vitest';
import { archiveUrl } from '../../../src/integrations/archive/search-index';

describe('archiveUrl', () => {
  it('names the file, keeping the words to mark and the anchor', () => {
    expect(archiveUrl('/zh/union-reform/#p110')).toBe('zh/union-reform/index.html#p110');
    expect(archiveUrl('/zh/union-reform/?hl=489.4%E4%B8%87#p110')).toBe('zh/union-reform/index.html?hl=489.4%E4%B8%87#p110');
    expect(archiveUrl('/en/stories/zhang-jun/')).toBe('en/stories/zhang-jun/index.html');
  });
});
