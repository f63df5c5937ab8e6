import type { Palette } from './palette';

/** CSS properties; a colour is written as a palette token in braces: `{chart-1}`. */
export type StyleProps = Readonly<Record<string, string>>;

/**
 * One rule for a chart's marks, declared once and rendered twice: as the page's CSS (theme
 * variables, so dark mode follows, and step states) and as a downloaded file's inline styles
 * (light palette, every figure highlighted, so no state classes).
 */
export interface StyleRule {
  /** Selectors inside the chart's <svg> on a page; may use the step states .is-on, .is-off, .is-compare. */
  page: string;
  props: StyleProps;
  /** Selectors in a download, where every figure is drawn as highlighted; leave out for a page-only rule. */
  download?: string;
}

/** What every chart type draws: text, panel headings, axes and value labels. */
export const commonStyles: readonly StyleRule[] = [
  { page: 'text', download: 'text', props: { fill: '{ink}', 'font-size': '14px' } },
  { page: '.panel-heading', download: '.panel-heading', props: { fill: '{ink-2}', 'font-weight': '700' } },
  { page: '.tick', download: '.tick', props: { stroke: '{rule}', 'stroke-width': '1' } },
  { page: '.tick-label', download: '.tick-label', props: { fill: '{ink-2}' } },
  { page: '.track', download: '.track', props: { stroke: '{rule}', 'stroke-width': '1' } },
  { page: '.value', download: '.value', props: { 'font-weight': '700', 'font-variant-numeric': 'tabular-nums' } },
  // Callouts: ink on the marks' ground, with a halo so a gridline never runs through a word.
  {
    page: '.callout-text',
    props: {
      fill: '{ink}',
      'font-weight': '700',
      stroke: '{paper}',
      'stroke-width': '4',
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
    },
  },
  { page: '.callout-line', props: { fill: 'none', stroke: '{ink}', 'stroke-width': '1.5' } },
  { page: '.callout-line.is-open', props: { 'stroke-dasharray': '3 2' } },
  {
    page: '.tick-label, .row-label, .value',
    props: { stroke: '{paper}', 'stroke-width': '3', 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
  },
];

const token = /\{([a-z0-9-]+)\}/g;
const declarations = (props: StyleProps, colour: (name: string) => string) =>
  Object.entries(props)
    .map(([name, value]) => `${name}:${value.replace(token, (_, t: string) => colour(t))}`)
    .join(';');
const scoped = (selectors: string, scope: string) =>
  selectors
    .split(',')
    .map((s) => `${scope} ${s.trim()}`)
    .join(',');

/** The page's CSS for chart marks: colours are theme variables, selectors scoped to `.chart-svg`. */
export function pageCss(rules: readonly StyleRule[]): string {
  return rules.map((rule) => `${scoped(rule.page, '.chart-svg')}{${declarations(rule.props, (t) => `var(--color-${t})`)}}`).join('\n');
}

/**
 * A download's inline styles: the light palette's colours, the highlighted state only.
 * @param scope a selector the rules are scoped to (a chart placed in a social card)
 */
export function downloadCss(rules: readonly StyleRule[], palette: Palette, scope?: string): string {
  return rules
    .filter((rule) => rule.download !== undefined)
    .map(
      (rule) =>
        `${scope ? scoped(rule.download ?? '', scope) : rule.download}{${declarations(rule.props, (t) => palette[t as keyof Palette] ?? t)}}`,
    )
    .join('');
}

/** Every class a set of rules styles, for the tests that check each one is drawn and contrasted. */
export function styledClasses(rules: readonly StyleRule[]): Set<string> {
  return new Set(
    rules.flatMap((rule) => [...`${rule.page},${rule.download ?? ''}`.matchAll(/\.([a-z][a-z0-9-]*)/g)].map((m) => m[1] ?? '')),
  );
}
