/** Vitest global setup for the browser tests: serves the built dist/ on 127.0.0.1 while they run. */
import type { TestProject } from 'vitest/node';
import { distDir } from './paths.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveStatic(distDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
