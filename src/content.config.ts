import { defineCollection } from 'astro:content';
import { bilingualMdx } from './loaders/bilingual-mdx';
import { contentJson } from './loaders/content-json';
import { chartSchema } from './schemas/chart';
import { figureSchema } from './schemas/figure';
import { glossarySchema } from './schemas/glossary';
import { pageSchema, sectionSchema, storySchema } from './schemas/pages';
import { topicSchema } from './schemas/topic';
import { contentDir } from './utils/content-index';

// CONTENT_DIR lets the tests build a deliberately broken copy of the content.
const dir = contentDir();

export const collections = {
  figures: defineCollection({ loader: contentJson('figures'), schema: figureSchema }),
  charts: defineCollection({ loader: contentJson('charts'), schema: chartSchema }),
  glossary: defineCollection({ loader: contentJson('glossary'), schema: glossarySchema }),
  topics: defineCollection({ loader: contentJson('topics'), schema: topicSchema }),
  sections: defineCollection({ loader: bilingualMdx(dir, 'sections'), schema: sectionSchema }),
  stories: defineCollection({ loader: bilingualMdx(dir, 'stories'), schema: storySchema }),
  pages: defineCollection({ loader: bilingualMdx(dir, 'pages'), schema: pageSchema }),
};
