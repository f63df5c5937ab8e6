/** Facts about the offline archive zip, measured by the archive pass before the site renders. */
export interface ArchiveInfo {
  version: string;
  /** The zip's file name under /downloads/. */
  file: string;
  bytes: number;
  sha256: string;
  /** ISO date and time of the archive build. */
  builtAt: string;
}

/** True while rendering the offline archive: no service worker, relative links, offline search. */
export const isArchive = process.env['ARCHIVE_PASS'] === '1';

/** The archive's facts in a hosted build; undefined in dev and inside the archive itself. */
export function archiveInfo(): ArchiveInfo | undefined {
  const raw = process.env['STRIVING_ARCHIVE'];
  return raw ? (JSON.parse(raw) as ArchiveInfo) : undefined;
}

/** Changes with every hosted build, so the service worker's caches are replaced on each deploy. */
export function buildId(): string {
  return process.env['STRIVING_BUILD_ID'] ?? 'dev';
}
