import type { ComponentsOf } from '../../lib/content/components';
import Caption from './Caption.astro';
import Chart from '../charts/Chart.astro';
import Fig from './Fig.astro';
import KeyFigures from './KeyFigures.astro';
import Notes from './Notes.astro';
import ParaSwitch from './ParaSwitch.astro';
import Story from './Story.astro';
import Term from './Term.astro';

/**
 * The components of a section page's MDX, without an import: the names are declared once in
 * src/lib/content/components.ts, and the type makes this map name exactly those.
 */
export const mdxComponents: Record<ComponentsOf<'sections'>, unknown> = { Caption, Chart, Fig, KeyFigures, Notes, ParaSwitch, Story, Term };
