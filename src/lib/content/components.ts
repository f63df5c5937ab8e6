/**
 * What MDX content may contain, declared once: the components authors write (each with the one
 * attribute it must carry), where each may be placed and why not elsewhere, and the components
 * the MDX plugin adds. The content index checks files against it, and src/components/mdx maps
 * every name here to its component, so a name added here without a component fails the type check.
 */
export const authorComponents = {
  Fig: 'id',
  Story: 'id',
  Chart: 'id',
  Caption: undefined,
  KeyFigures: 'title',
} as const;

export type AuthorComponent = keyof typeof authorComponents;

/** Placed by the MDX plugin (src/lib/content/remark-article.ts), never by authors. */
export const pluginComponents = ['Notes', 'ParaSwitch', 'Term'] as const;
export type PluginComponent = (typeof pluginComponents)[number];

/** The content folders that hold MDX. */
export type MdxFolder = 'sections' | 'stories' | 'pages';

/** The author components each folder's MDX may use. */
export const allowedIn = {
  sections: ['Fig', 'Story', 'Chart', 'Caption', 'KeyFigures'],
  stories: ['Fig', 'Caption'],
  pages: ['Fig', 'Caption'],
} as const satisfies Record<MdxFolder, readonly AuthorComponent[]>;

/** Every component a folder's compiled MDX renders: what its authors may write, and what the plugin adds. */
export type ComponentsOf<F extends MdxFolder> = (typeof allowedIn)[F][number] | PluginComponent;

/** Why a component is refused in a folder, where a reason helps more than "not allowed". */
export const refusedIn: Record<MdxFolder, Partial<Record<AuthorComponent, string>>> = {
  sections: {},
  stories: {
    Chart: 'cannot be placed in a story: a story is also printed inside its section, so place the chart in the section file instead',
    Story: 'cannot be placed in a story: stories are placed by sections',
    KeyFigures: 'belongs to the introduction section only',
  },
  pages: { Chart: 'is placed in section files only', Story: 'is placed in section files only' },
};
