import type { Server } from 'node:http';
export declare function serveStatic(dir: string, port?: number, options?: { gzip?: boolean }): Promise<{ server: Server; origin: string }>;
export declare const types: Record<string, string>;
export declare function resolveFile(root: string, pathname: string): { status: number; file: string | undefined; type: string };
