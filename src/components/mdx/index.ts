import Caption from './Caption.astro';
import Chart from '../charts/Chart.astro';
import Fig from './Fig.astro';
import KeyFigures from './KeyFigures.astro';
import Story from './Story.astro';

/** Components available to every MDX page without an import. */
export const mdxComponents = { Caption, Chart, Fig, KeyFigures, Story };
