// citation-js ships no types; these are the calls src/lib/cite/format.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The parsed items as CSL-JSON. */
    data: unknown[];
    format(format: 'bibliography', options: { template: string; lang: string; format: 'text' | 'html' }): string;
    format(format: 'bibtex' | 'ris'): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void };
      };
      get(name: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
