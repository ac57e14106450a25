/**
 * The reader's tools: copy a link, share, change text size or theme. Loaded
 * on first use by the page script (src/components/PageScript.astro).
 */
import { readerSettings } from '../../lib/reader-settings.ts';

/** The page's canonical URL: links copied or shared never carry search or tracking parameters. */
function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split(/[?#]/u)[0]!;
}

/** Says something briefly in the page's live region (screen readers hear it too). */
function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('#tool-status');
  if (!status) return;
  status.textContent = message;
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 4000));
}

async function copy(url: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    announce(`已复制${what}的链接`);
  } catch {
    announce(`无法自动复制，请手动复制：${url}`);
  }
}

/** Handles what the page script passes on: a click on a control, a change or opening of the settings. */
export function handle(event: Event): void {
  const target = event.target as HTMLElement;
  if (event.type === 'click') void act(target.closest<HTMLElement>('[data-action]')!);
  else if (event.type === 'change') choose(target as HTMLInputElement);
  else {
    showSettings();
    closeSettingsOnEscapeOrOutside();
  }
}

/** Runs the action a control names in its data-action attribute. */
async function act(control: HTMLElement): Promise<void> {
  const base = canonicalUrl();
  switch (control.dataset.action) {
    case 'copy-link':
      await copy(base, '本文');
      break;
    case 'copy-paragraph': {
      const id = control.getAttribute('href')!.slice(1);
      history.replaceState(history.state, '', `#${id}`);
      await copy(`${base}#${id}`, id.startsWith('p-') ? `第 ${id.slice(2)} 段` : '本节');
      break;
    }
    case 'share':
      try {
        await navigator.share({ title: document.querySelector('h1')?.textContent ?? document.title, url: base });
      } catch {
        // The reader closed the share sheet: nothing to say.
      }
      break;
  }
}

/** Applies and remembers a reading setting chosen with a radio button (other inputs are ignored). */
function choose(input: HTMLInputElement): void {
  const setting = readerSettings.find(({ name }) => name === input.name);
  if (!setting) return;
  const root = document.documentElement;
  if (input.value === setting.fallback) delete root.dataset[setting.attribute];
  else root.dataset[setting.attribute] = input.value;
  try {
    if (input.value === setting.fallback) localStorage.removeItem(input.name);
    else localStorage.setItem(input.name, input.value);
  } catch {
    announce('浏览器不允许保存设置，本次浏览仍然有效');
  }
}

/** Shows, in the settings, what is in force (ThemeInit applied it before the first paint). */
function showSettings(): void {
  const root = document.documentElement;
  for (const { name, attribute, fallback } of readerSettings) {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${root.dataset[attribute] ?? fallback}"]`);
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
