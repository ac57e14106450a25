import { defineConfig } from 'vitest/config';

/** Each test file's own temporary folder, removed after it (tests/support/temp-dir.ts). */
const setupFiles = ['tests/support/temp-dir.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles },
      },
      {
        // Reads the built site in dist/, built once by the global setup.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          setupFiles,
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
          setupFiles,
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
