/**
 * A stylesheet built beside the on-demand modules in /_lazy/
 * (src/integrations/lazy-scripts.ts), added to the page once. Bundled into
 * each module that uses it; `import.meta.url` is then that module's URL in
 * /_lazy/, so the name resolves beside it.
 */
const added = new Map<string, Promise<void>>();

/** Adds /_lazy/<name> once; resolves when it applies (or failed: the controls work unstyled). */
export function lazyStylesheet(name: string): Promise<void> {
  let loaded = added.get(name);
  if (!loaded) {
    loaded = new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, import.meta.url).href;
      link.onload = link.onerror = () => done();
      document.head.append(link);
    });
    added.set(name, loaded);
  }
  return loaded;
}
