import type { Server } from 'node:http';
export declare function serveStatic(dir: string, port?: number): Promise<{ server: Server; origin: string }>;
