import Caption from './Caption.astro';
import Chart from '../charts/Chart.astro';
import Fig from './Fig.astro';
import KeyFigures from './KeyFigures.astro';
import Notes from './Notes.astro';
import ParaSwitch from './ParaSwitch.astro';
import Story from './Story.astro';
import Term from './Term.astro';

/**
 * Components available to every MDX page without an import. Notes, ParaSwitch and Term are placed by the
 * MDX plugin (src/lib/content/remark-article.ts), never by authors.
 */
export const mdxComponents = { Caption, Chart, Fig, KeyFigures, Notes, ParaSwitch, Story, Term };
