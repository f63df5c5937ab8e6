import { describe, expect, it } from 'vitest';
import { activeStep, readingLine } from '../../../src/lib/charts/scroll-position';

describe('activeStep', () => {
  it('is the last step whose top has passed the reading line', () => {
    expect(activeStep([100, 500, 900], 400)).toBe(0);
    expect(activeStep([-300, 100, 500], 400)).toBe(1);
    expect(activeStep([-900, -500, -100], 400)).toBe(2);
  });
  it('is the first step before any has reached the line', () => {
    expect(activeStep([600, 1000], 400)).toBe(0);
  });
  it('jumps straight to the step at the line, however far the reader moved', () => {
    // One frame to the next the reader went from before step 1 to past step 3 (End, a link).
    expect(activeStep([2000, 2400, 2800, 3200], 400)).toBe(0);
    expect(activeStep([-2000, -1600, -1200, 300], 400)).toBe(3);
  });
  it('counts a step whose top is exactly on the line', () => {
    expect(activeStep([0, 400], 400)).toBe(1);
  });
});

describe('readingLine', () => {
  it('is mid-screen beside the graphic', () => {
    expect(readingLine(800, { stacked: false, pinned: true, graphicBottom: 600 })).toBe(400);
  });
  it('is just under a pinned graphic on a phone, within the screen', () => {
    expect(readingLine(800, { stacked: true, pinned: true, graphicBottom: 420 })).toBe(436);
    expect(readingLine(800, { stacked: true, pinned: true, graphicBottom: 760 })).toBe(680);
    expect(readingLine(800, { stacked: true, pinned: true, graphicBottom: 50 })).toBe(240);
  });
  it('is mid-screen when the graphic is too tall to pin', () => {
    expect(readingLine(800, { stacked: true, pinned: false, graphicBottom: -200 })).toBe(400);
  });
});

describe('fitsPinned', () => {
  it('pins on wide screens, and on a phone only with room for the tallest card under the graphic', async () => {
    const { fitsPinned } = await import('../../../src/lib/charts/scroll-position');
    const phone = { wide: false, viewport: 800, chartHeight: 300, headerHeight: 80, stickyTop: 56, cardHeight: 150 };
    expect(fitsPinned(phone)).toBe(true);
    expect(fitsPinned({ ...phone, cardHeight: 400 })).toBe(false);
    expect(fitsPinned({ ...phone, chartHeight: 500 })).toBe(false);
    expect(fitsPinned({ ...phone, chartHeight: 500, wide: true })).toBe(true);
  });
});
