import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { bilingualMdx } from './loaders/bilingual-mdx';
import { checkedCharts } from './loaders/charts';
import { ledger } from './loaders/ledger';
import { chartSchema } from './schemas/chart';
import { figureSchema } from './schemas/figure';
import { glossarySchema } from './schemas/glossary';
import { pageSchema, sectionSchema, storySchema } from './schemas/pages';

// CONTENT_DIR lets the tests build a deliberately broken copy of the content.
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

export const collections = {
  figures: defineCollection({ loader: ledger(contentDir), schema: figureSchema }),
  charts: defineCollection({ loader: checkedCharts(contentDir), schema: chartSchema }),
  glossary: defineCollection({ loader: file(resolve(contentDir, 'glossary.json')), schema: glossarySchema }),
  sections: defineCollection({ loader: bilingualMdx(contentDir, 'sections'), schema: sectionSchema }),
  stories: defineCollection({ loader: bilingualMdx(contentDir, 'stories'), schema: storySchema }),
  pages: defineCollection({ loader: bilingualMdx(contentDir, 'pages'), schema: pageSchema }),
};
