/**
 * Starts fetching a file the way a later fetch() asks for it (CORS mode,
 * credentials same-origin), so that request is served from this one: for a
 * file a script will fetch only after something else has loaded. Once per file.
 */
export function preloadFetch(href: string): void {
  if (document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
