import type { APIRoute, GetStaticPaths } from 'astro';
import { dataPackage } from '../../utils/data-package';

/** The figures as a Frictionless data package (src/utils/data-package.ts); SHA256SUMS beside it lists it. */
export const getStaticPaths = (async () => [{ params: { file: (await dataPackage()).file } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await dataPackage()).zip.slice(), { headers: { 'Content-Type': 'application/zip' } });
