import { select } from 'd3-selection';
import 'd3-transition';

const SVG_NS = 'http://www.w3.org/2000/svg';
const geometry = ['x', 'y', 'cx', 'cy', 'width', 'height', 'r', 'opacity'] as const;

/** Parses chart markup (from the same renderer the build used) into SVG nodes. */
function parseSvg(markup: string): Element[] {
  const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}">${markup}</svg>`, 'image/svg+xml');
  return [...doc.documentElement.children].map((el) => document.importNode(el, true));
}

const firstY = (el: Element) => Number((el.querySelector('tspan') ?? el).getAttribute('y') ?? 0);

/**
 * Replaces a chart's drawing with a new state's markup and animates the change: every element
 * with a data-key that existed before starts where it was and moves to its new place (squares
 * regroup, labels slide); new elements fade in. Colour changes follow the CSS transitions on
 * their classes. With duration 0 the new state simply appears. Resolves when the movement ends.
 */
export function morph(body: Element, markup: string, duration: number): Promise<void> {
  const before = new Map<string, Element>();
  for (const el of body.querySelectorAll('[data-key]')) before.set(el.getAttribute('data-key') ?? '', el);
  const next = parseSvg(markup);
  body.replaceChildren(...next);
  if (duration <= 0) return Promise.resolve();
  const moves: Promise<void>[] = [];
  for (const el of body.querySelectorAll('[data-key]')) {
    const old = before.get(el.getAttribute('data-key') ?? '');
    const node = select(el);
    if (!old || old.tagName !== el.tagName) {
      const opacity = el.getAttribute('opacity') ?? '1';
      moves.push(node.attr('opacity', 0).transition().duration(duration).attr('opacity', opacity).end());
      continue;
    }
    const changes = geometry.filter((a) => old.hasAttribute(a) && el.hasAttribute(a) && old.getAttribute(a) !== el.getAttribute(a));
    if (el.tagName === 'text') {
      const dy = firstY(old) - firstY(el);
      if (dy)
        moves.push(node.attr('transform', `translate(0 ${dy})`).transition().duration(duration).attr('transform', 'translate(0 0)').end());
    }
    if (!changes.length) continue;
    const target = Object.fromEntries(changes.map((a) => [a, el.getAttribute(a) ?? '']));
    for (const a of changes) node.attr(a, old.getAttribute(a));
    const moving = node.transition().duration(duration);
    for (const a of changes) moving.attr(a, target[a] ?? '');
    moves.push(moving.end());
  }
  // A transition cut short by the next state rejects; either way this one is over.
  return Promise.allSettled(moves).then(() => {});
}
