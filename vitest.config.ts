import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
          // Two files at a time on two cores: a page's renderer keeps one core busy while the
          // test process mostly waits. Tests wait for conditions, never for time.
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
