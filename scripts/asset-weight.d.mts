export declare const kib: (n: number) => string;
export declare const gz: (path: string) => number;
export declare function pageWeight(dist: string, url: string): { html: number; css: number; js: number; onDemand: number };
