import { READING_FROM, SCRIPT_KEY } from './hant/paths.ts';
import { CHINESE_VOICE } from './listen/plan.ts';
import { readerSettings } from './reader-settings.ts';

/** For each setting: its storage key, which also names its attribute on <html> (data-{key}), and the values that change anything. */
const savedValues = readerSettings.map(({ name, fallback, options }) => [name, options.map(([value]) => value).filter((value) => value !== fallback)]);

/** Where the on-demand modules land (src/integrations/lazy-scripts.ts builds src/scripts/lazy/ there). */
const readerToolsUrl = '/_lazy/reader-tools.js';
const highlightUrl = '/_lazy/highlight.js';

/**
 * Every page's one script before interaction, parser-blocking in <head>.
 *
 * First, what must run before the first paint: it applies the reader's saved
 * theme and text size, so the page never flashes the wrong ones, and marks
 * that script runs so script-only controls show; `can-listen` once the
 * browser lists a Chinese voice, which shows 听新闻 (Chrome lists its voices
 * only after `voiceschanged`); `can-share` where the browser can share, which
 * shows 分享…; and it sends a reader who chose the other script (简/繁,
 * stored by the header's switch) to this page's twin, named by the hreflang
 * alternate above the script, with `location.replace` before anything is
 * painted, query and paragraph (`#p-3`) kept (a page with no alternates, 404
 * and offline, stays); and it notes where the reader last stopped scrolling
 * (`self.y`), which the switch turns into the paragraph they were at.
 *
 * Then the page's listeners, which need no DOM: `/` or Ctrl+K (⌘K) puts the
 * cursor in the search box, never while typing in a field; a click on a tool
 * (data-action, a paragraph's self-link) or a change in the settings panel
 * loads the reader tools (src/scripts/lazy/reader-tools.ts, whose `handle`
 * takes the event; the default is prevented, which only a click has),
 * captured since `toggle` does not bubble; a page opened from a search result
 * (?hl=) imports the highlighter, which waits for the DOM itself.
 * They share this script rather than a module of their own: one script
 * costs one CSP hash and one tag, and the article page has a byte budget.
 * So has the script: at most 1 KiB before interaction (issue 7's target,
 * held by tests/unit/theme-init.test.ts), hence the one-letter names.
 *
 * Kept as plain text because it is rendered `is:inline`: a script Astro
 * processes becomes `type="module"`, and module scripts run only after the
 * whole page is parsed, by which time a first frame may already be painted.
 * The CSP allows it by the hash of exactly this text (see astro.config.ts).
 * If storage is blocked, `catch` leaves the defaults (system theme, medium text).
 */
export const headScript =
  // One-letter names: d the document, r its root, C the root's classes, l the location, A addEventListener (called
  // bare, it acts on the window); k a storage key (also the data-* attribute it sets), o the values it may take, v a value;
  // s speech, c its check; e an event, t an event type, m a module.
  "{const d=document,r=d.documentElement,C=r.classList,l=location,A=addEventListener;C.add('js');" +
  `try{for(const[k,o]of${JSON.stringify(savedValues)}){` +
  "const v=localStorage[k];o.includes(v)&&r.setAttribute('data-'+k,v)}" +
  // p the path of the chosen script's alternate: the first element with that hreflang is the one in <head>
  // (the body is not parsed yet); none (no choice, no alternates) throws, and catch leaves the page as it is.
  `const p=new URL(d.querySelector(\`[hreflang=\${localStorage.${SCRIPT_KEY}}]\`).href).pathname;p!=l.pathname&&l.replace(p+l.search+l.hash)}catch{}` +
  `const s=self.speechSynthesis,c=()=>s.getVoices().some(v=>${CHINESE_VOICE}.test(v.lang))&&C.add('can-listen');s&&c(s.onvoiceschanged=c);` +
  "navigator.share&&C.add('can-share');" +
  // Where the reader stopped scrolling, below the header: the 简/繁 switch is in the header, so by the time
  // it is pressed the reader has scrolled back up; reader-tools.ts sends them to the paragraph they were at.
  `A('scrollend',()=>scrollY>${READING_FROM}&&(self.y=scrollY));` +
  // Every page's header has the search box (name=q); `?.` keeps a page without one from throwing.
  "A('keydown',e=>!e.target.matches('input,textarea,select')&&(e.key=='/'||e.key=='k'&&(e.ctrlKey||e.metaKey))&&(e.preventDefault(),d.querySelector('[name=q]')?.focus()));" +
  `for(const t of['click','change','toggle'])A(t,e=>e.target.closest(t=='click'?'[data-action],.self-link':'.reader-settings')&&(e.preventDefault(),import('${readerToolsUrl}').then(m=>m.handle(e))),!0);` +
  // The highlighter waits for the DOM itself (src/scripts/lazy/highlight.ts).
  `/[?&]hl=/.test(l.search)&&import('${highlightUrl}')}`;
