/// <reference types="astro/client" />

/** The page CSS of chart marks, made by src/integrations/chart-styles.ts. */
declare module 'virtual:chart-marks.css';

declare namespace App {
  interface Locals {
    /** The page's language, read once from its URL by src/middleware.ts. */
    lang: import('./i18n/locales').Lang;
    /** The page's numbered notes, set by src/middleware.ts for pages that render article MDX. */
    notes?: import('./lib/content/notes').PageNotes;
    /** True on a parallel view, which prints both languages' notes on one page (src/middleware.ts). */
    scopedNotes?: boolean;
  }
}
