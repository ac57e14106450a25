import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Reads the built site in dist/, built once by the global setup.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Drives Debian's chromium against the built site, served on 127.0.0.1.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts', 'tests/support/serve-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
