import { SCRIPT_KEY } from './hant/paths.ts';
import { CHINESE_VOICE } from './listen/plan.ts';
import { readerSettings } from './reader-settings.ts';

/** For each setting: where it is stored, where it goes on <html>, and the values that change anything. */
const savedValues = readerSettings.map(({ name, attribute, fallback, options }) => [
  name,
  attribute,
  options.map(([value]) => value).filter((value) => value !== fallback),
]);

/**
 * The one script that must run before the first paint: it applies the reader's
 * saved theme and text size, so the page never flashes the wrong ones, and
 * marks that script runs so script-only controls show; `can-listen` once the
 * browser lists a Chinese voice, which shows 听新闻 (Chrome lists its voices
 * only after `voiceschanged`); `can-share` where the browser can share, which
 * shows 分享… It is here, beside `root`, because it costs the
 * fewest bytes here. And it sends a reader who chose the other script (简/繁,
 * stored by the header's switch) to this page's twin, named by the hreflang
 * alternate above it, with `location.replace` before anything is painted;
 * query and paragraph (`#p-3`) kept. A page with no alternates (404,
 * offline) stays.
 *
 * Kept as plain text because it is rendered `is:inline`: a script Astro
 * processes becomes `type="module"`, and module scripts run only after the
 * whole page is parsed, by which time a first frame may already be painted.
 * The CSP allows it by the hash of exactly this text (see astro.config.ts).
 * If storage is blocked, `catch` leaves the defaults (system theme, medium text).
 */
export const themeInitScript =
  // One-letter names: r the root, k a storage key, a its data attribute, o the values it may take, v a value; s speech, c its check.
  "{const r=document.documentElement;r.classList.add('js');" +
  `try{for(const[k,a,o]of${JSON.stringify(savedValues)}){` +
  'const v=localStorage.getItem(k);if(o.includes(v))r.dataset[a]=v}' +
  // l the chosen script's alternate link, p its path.
  // The first element with that hreflang is the alternate in <head>: the body is not parsed yet.
  `const l=document.querySelector('[hreflang='+localStorage.${SCRIPT_KEY}+']'),p=l&&new URL(l.href).pathname;p&&p!=location.pathname&&location.replace(p+location.search+location.hash)}catch{}` +
  `const s=self.speechSynthesis,c=()=>s.getVoices().some(v=>${CHINESE_VOICE}.test(v.lang))&&r.classList.add('can-listen');s&&c(s.onvoiceschanged=c);` +
  "'share'in navigator&&r.classList.add('can-share')}";
