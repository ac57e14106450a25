/**
 * The reader's tools: copy a link, share, change text size or theme, and
 * start 听新闻 (its player is a module of its own, listen.ts, loaded only
 * then). Loaded on first use by the page script
 * (src/lib/theme-init.ts), with its styles (reader-tools.css,
 * built beside it by src/integrations/lazy-scripts.ts).
 */
import { READING_FROM, SCRIPT_KEY } from '../../lib/hant/paths.ts';
import { readerSettings } from '../../lib/reader-settings.ts';
import { announce as say } from '../announce.ts';
import { pageText } from '../hant-text.ts';
import { lazyStylesheet } from '../lazy-styles.ts';
import type * as Listen from './listen.ts';

const loadStyles = () => lazyStylesheet('reader-tools.css');
/** Beside this module in /_lazy/; a URL esbuild leaves alone, so the player stays out of this bundle. */
const listenUrl = new URL('listen.js', import.meta.url).href;

/** The page's canonical URL: links copied or shared never carry search or tracking parameters. */
function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split(/[?#]/u)[0]!;
}

/** Says something briefly in the page's live region, once its styles apply (in Traditional on a 繁體 page). */
async function announce(message: string, seconds?: number): Promise<void> {
  const [text] = await Promise.all([pageText('ui'), loadStyles()]);
  say(text(message), seconds);
}

async function copy(url: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    await announce(`已复制${what}的链接`);
  } catch {
    await announce(`无法自动复制，请手动复制：${url}`);
  }
}

/** Handles what the page script passes on: a click on a control, a change or opening of the settings. */
export function handle(event: Event): void {
  const target = event.target as HTMLElement;
  if (event.type === 'click') void act(target.closest<HTMLElement>('[data-action], .self-link')!);
  else if (event.type === 'change') choose(target as HTMLInputElement);
  else if ((target as HTMLDetailsElement).open) void openSettings(target as HTMLDetailsElement);
}

/** On opening: the panel, built the first time, ticked with what is in force; Esc and outside clicks close it. */
async function openSettings(details: HTMLDetailsElement): Promise<void> {
  const [text] = await Promise.all([pageText('ui'), loadStyles()]);
  if (!details.querySelector('.reader-settings-panel')) details.append(buildPanel(text));
  showSettings();
  closeSettingsOnEscapeOrOutside();
}

/** The settings as radio groups, one fieldset each (the HTML carries only the button). */
function buildPanel(text: (written: string) => string): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'reader-settings-panel';
  for (const { legend, name, options } of readerSettings) {
    const fieldset = document.createElement('fieldset');
    const title = document.createElement('legend');
    title.textContent = text(legend);
    fieldset.append(title);
    for (const [value, label] of options) {
      const option = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = value;
      option.append(input, text(label));
      fieldset.append(option);
    }
    panel.append(fieldset);
  }
  return panel;
}

/** Runs the action a control names in its data-action attribute. */
async function act(control: HTMLElement): Promise<void> {
  const base = canonicalUrl();
  // A paragraph's or subhead's mark is known by its class: on every paragraph, an attribute more would cost.
  switch (control.classList.contains('self-link') ? 'copy-paragraph' : control.dataset.action) {
    case 'copy-link':
      await copy(base, '本文');
      break;
    case 'copy-paragraph': {
      const id = control.getAttribute('href')!.slice(1);
      history.replaceState(history.state, '', `#${id}`);
      await copy(`${base}#${id}`, id.startsWith('p-') ? `第 ${id.slice(2)} 段` : '本节');
      break;
    }
    case 'listen': {
      const problem = await (import(/* @vite-ignore */ listenUrl) as Promise<typeof Listen>).then((module) => module.listen(control));
      if (problem) await announce(problem, 12);
      break;
    }
    case 'script':
      switchScript(control as HTMLAnchorElement);
      break;
    case 'share':
      try {
        await navigator.share({ title: document.querySelector('h1')?.textContent ?? document.title, url: base });
      } catch {
        // The reader closed the share sheet: nothing to say.
      }
      break;
  }
}

/**
 * The header's 简/繁 switch, with script: the twin page at the paragraph or
 * subhead the reader is at (its id as the hash), with the same query (a
 * search), and the choice remembered, so every page opens in that script
 * (the head script sends the reader there before the first paint). The
 * paragraph is the one at the top of the window, or, when the window is at
 * the page's head (the reader scrolled back up to the switch), at the top of
 * the window where the reader last stopped scrolling (`self.y`, noted by the
 * head script). Without script the switch is a plain link to the twin.
 */
function switchScript(link: HTMLAnchorElement): void {
  try {
    localStorage.setItem(SCRIPT_KEY, link.hreflang);
  } catch {
    // Storage blocked: this page still switches, the next opens in the default script.
  }
  const top = scrollY > READING_FROM ? scrollY : ((self as typeof self & { y?: number }).y ?? 0);
  // Each paragraph and subhead holds a link to itself; the first whose bottom is below that top (by more than rounding).
  const place = top > 0 ? [...document.querySelectorAll('.self-link')].map((link) => link.parentElement!).find((block) => block.getBoundingClientRect().bottom + scrollY > top + 1) : undefined;
  location.assign(`${link.pathname}${location.search}${place?.id ? `#${place.id}` : location.hash}`);
}

/** Applies and remembers a reading setting chosen with a radio button (other inputs are ignored). */
function choose(input: HTMLInputElement): void {
  const setting = readerSettings.find(({ name }) => name === input.name);
  if (!setting) return;
  const root = document.documentElement;
  if (input.value === setting.fallback) root.removeAttribute(`data-${setting.name}`);
  else root.setAttribute(`data-${setting.name}`, input.value);
  try {
    if (input.value === setting.fallback) localStorage.removeItem(input.name);
    else localStorage.setItem(input.name, input.value);
  } catch {
    void announce('浏览器不允许保存设置，本次浏览仍然有效');
  }
}

/** Shows, in the settings, what is in force (the head script applied it before the first paint). */
function showSettings(): void {
  const root = document.documentElement;
  for (const { name, fallback } of readerSettings) {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${root.getAttribute(`data-${name}`) ?? fallback}"]`);
    if (input) input.checked = true;
  }
}

let closing = false;

/**
 * The settings panel closes as a menu does: Esc (focus back on its button)
 * or a click anywhere outside it. Listeners are added once, when the panel is
 * first opened.
 */
function closeSettingsOnEscapeOrOutside(): void {
  if (closing) return;
  closing = true;
  const panel = () => document.querySelector<HTMLDetailsElement>('details.reader-settings[open]');
  addEventListener('keydown', (event) => {
    const open = panel();
    if (event.key !== 'Escape' || !open) return;
    open.open = false;
    open.querySelector('summary')?.focus();
  });
  addEventListener('click', (event) => {
    const open = panel();
    if (open && !open.contains(event.target as Node)) open.open = false;
  });
}
