import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The slowest files first, so that the parallel workers finish together (longest job first):
 * a fresh checkout has no timings cached, and Vitest's own order then left a 3-minute file to
 * start last. Measured with two workers on this 2-core machine (seconds): pages (then two files)
 * about 550, scrolly-layout 280, scrolly 262, documentary 180, traditional 167, embed 162,
 * a11y-manual 134; the rest under 70.
 */
const slowFirst = [
  'pages.test',
  'scrolly-layout',
  'scrolly.test',
  'documentary',
  'traditional.test',
  'embed.test',
  'a11y-manual',
  'search-relevance',
];
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = slowFirst.findIndex((name) => file.moduleId.includes(`/${name}`));
      return at < 0 ? slowFirst.length : at;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirst },
    projects: [
      // Pure logic: files run in parallel, one worker per core.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Content tests read the built site in dist/, so `npm test` builds first.
      {
        test: {
          name: 'content',
          // One file at a time: browsers and fixture builds would fight over two cores.
          poolOptions: { forks: { singleFork: true } },
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // Two files at a time on two cores (npm test sets --maxWorkers): a page's renderer keeps
          // one core busy while its test process waits. Three were slower: axe alone went from
          // about 190 s to 480 s. Tests wait for conditions, never for time.
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // deploy/nginx.conf in Debian's nginx, against the built dist/.
      {
        test: {
          name: 'deploy',
          // One file at a time: browsers and fixture builds would fight over two cores.
          poolOptions: { forks: { singleFork: true } },
          include: ['tests/deploy/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // The cross-engine smoke suite runs once per engine: scripts/test-engines.mjs sets ENGINE.
      ...(process.env['ENGINE']
        ? [
            {
              test: {
                name: 'engines',
                // One file at a time: browsers would fight over two cores.
                poolOptions: { forks: { singleFork: true } },
                include: ['tests/engines/**/*.test.ts'],
                globalSetup: ['tests/engines/global-setup.ts'],
                testTimeout: 120_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
