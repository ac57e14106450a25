import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental builds: a hash of everything the
 * page shows that does not come from its route's code. Astro re-renders a
 * page when its key or its code changes and copies the last output otherwise,
 * so a key must name every value the page prints (a missing one would leave
 * the page stale); undefined and absent values hash alike.
 */
export function pageKey(...values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 32);
}
