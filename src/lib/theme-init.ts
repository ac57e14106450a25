/**
 * The one script that must run before the first paint: it applies the reader's
 * saved theme and text size, so the page never flashes the wrong ones, and
 * marks that script runs so script-only controls show.
 *
 * Kept as plain text because it is rendered `is:inline`: a script Astro
 * processes becomes `type="module"`, and module scripts run only after the
 * whole page is parsed, by which time a first frame may already be painted.
 * The CSP allows it by the hash of exactly this text (see astro.config.ts).
 */
export const themeInitScript =
  "{const root=document.documentElement;root.classList.add('js');" +
  "try{const theme=localStorage.getItem('theme'),size=localStorage.getItem('text-size');" +
  "if(theme==='light'||theme==='dark')root.dataset.theme=theme;" +
  "if(size==='s'||size==='l'||size==='xl')root.dataset.textSize=size}" +
  // Storage can be blocked; the defaults (system theme, medium text) then stand.
  'catch{}}';
