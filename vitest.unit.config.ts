/**
 * The `unit` project of vitest.config.ts alone, for `npm run mutate`: Stryker's
 * Vitest runner runs every project of the config it is given, and the `build`
 * and `browser` projects build the site and drive chromium.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

const projects = (base.test?.projects ?? []).filter(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (projects.length !== 1) throw new Error('vitest.unit.config.ts: vitest.config.ts has no project named "unit"');

export default defineConfig({ test: { projects } });
