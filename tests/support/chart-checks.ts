import type { Page } from 'playwright-core';

/** What one chart shows at one step, read in the page: the facts the step tests judge. */
export interface StepReading {
  /** Highlighted marks and chart labels that something else paints over (elementsFromPoint). */
  covered: string[];
  /** The active card's box and the viewport's usable band (under the sticky header). */
  card: { top: number; bottom: number } | undefined;
  band: { top: number; bottom: number };
  /** Each panel's tick positions, and how many tick lines it has against labels. */
  ticks: { xs: number[]; lines: number; labels: number }[];
  /** Lines of SVG text that start with closing punctuation or end with opening punctuation. */
  kinsoku: string[];
  /** Geometry of every keyed mark: key → "x y width height opacity". */
  geometry: Record<string, string>;
  /** Fill colours of highlighted and context marks, and of the chart's ground. */
  colours: { on: string[]; off: string[]; ground: string };
  /** The pinned graphic's box, its drawing's box and its title's box. */
  graphic: { top: number; height: number; svgHeight: number; titleBottom: number; contentTop: number; contentBottom: number };
}

/** Reads a chart at its current step. */
export function readStep(page: Page, chart: string): Promise<StepReading> {
  return page.evaluate((id) => {
    const figure = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
    if (!figure) throw new Error(`no chart ${id}`);
    const graphic = figure.querySelector<HTMLElement>('.scrolly-graphic');
    const svg = graphic?.querySelector<SVGSVGElement>('svg.chart-svg');
    if (!graphic || !svg) throw new Error(`no graphic in ${id}`);
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const band = {
      top: header && getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0,
      bottom: innerHeight,
    };
    // What a reader must see: highlighted marks and every label of the drawing.
    const covered: string[] = [];
    const targets = [
      ...svg.querySelectorAll('.mark.is-on rect, .is-on.unit, rect.unit[opacity="1"], .symbol'),
      ...svg.querySelectorAll('text'),
    ];
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
      const top = document.elementsFromPoint(x, y)[0];
      if (top && !svg.contains(top) && top !== svg)
        covered.push(
          `${el.tagName}.${el.getAttribute('class') ?? ''} “${el.textContent?.slice(0, 30) ?? ''}” under ${top.tagName}.${top.className}`,
        );
    }
    const active = figure.querySelector<HTMLElement>('.scrolly-step.is-active')?.getBoundingClientRect();
    const ticks = [
      ...new Set([...svg.querySelectorAll('[data-key^="tick-label-"]')].map((t) => t.getAttribute('data-key')?.split('-')[2])),
    ].map((panel) => {
      const labels = [...svg.querySelectorAll(`[data-key^="tick-label-${panel}-"]`)];
      return {
        xs: labels.map((t) => Number(t.getAttribute('x'))),
        labels: labels.length,
        lines: svg.querySelectorAll(`line[data-key^="tick-${panel}-"]`).length,
      };
    });
    // Closing punctuation may not start a line, opening punctuation may not end one (禁则).
    const closing = /^[，。、；：？！）》」』”’…%,.;:?!)\]}]/;
    const opening = /[（《「『“‘([{]$/;
    const kinsoku: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      lines.forEach((line, i) => {
        if (i > 0 && closing.test(line)) kinsoku.push(`line starts with closing punctuation: “${lines[i - 1]}” / “${line}”`);
        if (i < lines.length - 1 && opening.test(line)) kinsoku.push(`line ends with opening punctuation: “${line}” / “${lines[i + 1]}”`);
      });
    }
    const geometry: Record<string, string> = {};
    for (const el of svg.querySelectorAll('[data-key]')) {
      if (el.tagName === 'text' || el.tagName === 'g') continue;
      geometry[el.getAttribute('data-key') ?? ''] = ['x', 'y', 'width', 'height', 'opacity'].map((a) => el.getAttribute(a) ?? '').join(' ');
    }
    // An outline (a bound such as 不足3) is seen by its stroke, a solid mark by its fill.
    const paint = (el: Element) => (el.classList.contains('is-under') ? getComputedStyle(el).stroke : getComputedStyle(el).fill);
    const marks = (selector: string) => [...new Set([...svg.querySelectorAll(selector)].map(paint).filter((f) => f !== 'none'))];
    let ground = 'rgb(255, 255, 255)';
    for (let node: Element | null = graphic; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0')) {
        ground = bg;
        break;
      }
    }
    const g = graphic.getBoundingClientRect();
    const title = graphic.querySelector('.chart-title')?.getBoundingClientRect();
    const head = graphic.querySelector('.chart-header')?.getBoundingClientRect();
    const drawing = svg.getBoundingClientRect();
    return {
      covered,
      card: active ? { top: active.top, bottom: active.bottom } : undefined,
      band,
      ticks,
      kinsoku,
      geometry,
      colours: {
        // A part's bar or squares carry their own state; an outline (a bound) is judged by its stroke elsewhere.
        on: marks(
          '.mark.is-on > .bar:not(.part), .bar.part.is-on, rect.unit.is-on[opacity="1"], rect.unit.is-on:not([opacity]), .mark.is-on .symbol',
        ),
        off: marks(
          '.mark.is-off > .bar:not(.part):not(.is-under), .bar.part.is-off, rect.unit.is-off[opacity="1"], rect.unit.is-off:not([opacity]), .mark.is-off .symbol',
        ),
        ground,
      },
      graphic: {
        top: g.top,
        height: g.height,
        svgHeight: drawing.height,
        titleBottom: title?.bottom ?? -1,
        contentTop: head?.top ?? drawing.top,
        contentBottom: drawing.bottom,
      },
    };
  }, chart);
}

/** How many keyed marks moved, grew or appeared between two readings. */
export function geometryChanges(before: Record<string, string>, after: Record<string, string>): number {
  return Object.keys(after).filter((key) => before[key] !== after[key]).length;
}
