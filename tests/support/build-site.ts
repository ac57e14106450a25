/**
 * Vitest global setup: builds the site once into dist/ before the build and
 * browser tests read it. Both projects list this file; the second call in the
 * same run finds the build done and returns.
 */
import { astroBuild } from './astro.ts';
import { projectRoot } from './paths.ts';

export default function setup(): void {
  if (process.env.NEWS_SITE_BUILT === '1') return;
  const result = astroBuild(projectRoot);
  if (!result.ok) throw new Error(`astro build failed:\n${result.output}`);
  process.env.NEWS_SITE_BUILT = '1';
}
