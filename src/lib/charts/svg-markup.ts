import type { RowsLayout } from './rows';
import type { UnitLayout } from './unit-grid';

/** Escapes text for SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The inner markup of a dot or bar chart. Marks carry data-fig so a step can highlight them;
 * `on` lists the figures highlighted in the state being drawn.
 */
export function rowsMarkup(layout: RowsLayout, on: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const tick of layout.ticks) {
    parts.push(`<line class="tick" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${layout.axisY + 4}" y2="${r(layout.height - 10)}"/>`);
    if (tick.showLabel) parts.push(`<text class="tick-label" x="${r(tick.x)}" y="${layout.axisY}" text-anchor="middle">${escapeXml(tick.label)}</text>`);
  }
  for (const row of layout.rows) {
    const label = row.labelLines
      .map((line, i) => `<tspan x="${layout.x0}" y="${r(row.labelY + i * layout.lineHeight)}">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(`<text class="row-label">${label}</text>`);
    for (const mark of row.marks) {
      const state = on.has(mark.id) ? 'is-on' : 'is-off';
      const kind = mark.tag && mark !== row.marks[0] ? ' is-compare' : '';
      parts.push(`<g class="mark ${state}${kind}" data-fig="${escapeXml(mark.id)}">`);
      if (layout.mark === 'dot') {
        parts.push(`<line class="track" x1="${layout.x0}" x2="${layout.x1}" y1="${r(mark.y)}" y2="${r(mark.y)}"/>`);
        parts.push(`<circle class="dot" cx="${r(mark.x)}" cy="${r(mark.y)}" r="6"/>`);
      } else {
        parts.push(`<rect class="bar" x="${layout.x0}" y="${r(mark.y - 8)}" width="${r(Math.max(2, mark.x - layout.x0))}" height="16"/>`);
      }
      parts.push(`<text class="value" x="${r(mark.valueX)}" y="${r(mark.y + 5)}" text-anchor="${mark.valueAnchor}">${escapeXml(mark.valueText)}</text></g>`);
    }
  }
  return parts.join('');
}

/** The inner markup of a unit chart; squares are keyed so transitions can move them. */
export function unitMarkup(layout: UnitLayout): string {
  const labels = layout.labels
    .map((l) => `<text class="unit-label" data-group="${l.group}" x="${l.x}" y="${l.y}">${escapeXml(l.text)}</text>`)
    .join('');
  const marks = layout.marks
    .map((m) => `<rect class="unit" data-key="${m.key}" data-group="${m.group}" x="${m.x}" y="${m.y}" width="${r(m.width)}" height="${m.size}" opacity="${m.opacity}"/>`)
    .join('');
  return `<g class="unit-labels">${labels}</g><g class="units">${marks}</g>`;
}
