export declare function normaliseBase(base: string): string;
