/**
 * The 离线阅读 panel's actions (src/components/OfflineSave.astro): asks the
 * service worker (src/scripts/offline-worker.ts) to save or remove, and says
 * what is saved. On /offline/ it also lists the saved pages, and when that
 * page stands in for one not saved, says the reader is offline.
 */
import { describeStatus, formatBytes, type OfflineStatus, type PageLink } from '../../lib/offline.ts';
import { editionPath, pageText } from '../hant-text.ts';

/** The panel's words in the page's script: Traditional on a 繁體 page (set before anything is written). */
let text = (written: string): string => written;

interface Reply {
  ok: boolean;
  status: OfflineStatus;
}

/** Said before the status line, which itself says what was saved. */
const DONE: Record<string, string> = { remove: '离线内容已删除。' };
const BUSY: Record<string, string> = { save: '正在保存本期…', 'save-search': '正在保存本期和搜索索引…', remove: '正在删除…' };

async function ask(type: string): Promise<Reply> {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Reply>) => resolve(event.data);
    registration.active!.postMessage({ type }, [channel.port2]);
  });
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

function render(status: OfflineStatus, note = ''): void {
  $('[data-offline-status]')!.textContent = text(`${note}${describeStatus(status)}`);
  const saved = status.edition.saved || status.search.saved || status.visited.length > 0;
  $('[data-offline="remove"]')!.hidden = !saved;
  const search = $<HTMLButtonElement>('[data-offline="save-search"]')!;
  search.hidden = status.search.saved;
  search.textContent = text(`同时保存搜索（${formatBytes(status.search.bytes)}）`);
  const list = $('[data-offline-list]');
  if (list) renderList(list, status);
}

/** The saved pages as lists of links (text set as text: titles never become markup). */
function renderList(list: HTMLElement, status: OfflineStatus): void {
  // The saved edition and search hold both scripts: a 繁體 reader's links lead to the 繁體 twins. Visited pages are listed as visited.
  const inEdition = (links: PageLink[]) => links.map((link) => ({ ...link, url: editionPath(link.url) }));
  const groups: [string, PageLink[]][] = [
    ['本期版面', status.edition.saved ? inEdition([{ url: '/', title: `首页（${status.edition.name}）` }, ...status.edition.pages]) : []],
    ['本期文章', status.edition.saved ? inEdition(status.edition.articles) : []],
    ['搜索', status.search.saved ? inEdition([{ url: '/search/', title: '搜索全部文章' }]) : []],
    ['浏览过的页面', status.visited],
  ];
  list.replaceChildren();
  for (const [heading, links] of groups.filter(([, links]) => links.length > 0)) {
    const title = document.createElement('h2');
    title.textContent = text(heading);
    const items = document.createElement('ul');
    for (const link of links) {
      const anchor = document.createElement('a');
      anchor.href = link.url;
      anchor.textContent = text(link.title) || link.url;
      const item = document.createElement('li');
      item.append(anchor);
      items.append(item);
    }
    list.append(title, items);
  }
  if (!list.firstChild) {
    const none = document.createElement('p');
    none.textContent = text('还没有保存任何页面。');
    list.append(none);
  }
  list.hidden = false;
}

/** Shows what is saved; on the offline page standing in for a page not saved, says so first. */
export async function show(): Promise<void> {
  text = await pageText();
  const offlinePage = $('[data-offline-note]');
  if (offlinePage && (!/^(\/zh-hant)?\/offline\/$/u.test(location.pathname) || !navigator.onLine)) {
    $('[data-offline-title]')!.textContent = text('你现在处于离线状态');
    offlinePage.hidden = false;
  }
  render((await ask('status')).status);
}

export async function act(button: HTMLButtonElement): Promise<void> {
  const type = button.dataset.offline!;
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true');
  text = await pageText();
  $('[data-offline-status]')!.textContent = text(BUSY[type] ?? '');
  const { ok, status } = await ask(type);
  button.removeAttribute('aria-disabled');
  render(status, ok ? (DONE[type] ?? '') : '没有完成：网络不通，或本机的存储空间不够。');
  // The button pressed may now be hidden (删除, 保存搜索): keep the keyboard's place.
  if (button.hidden) $<HTMLButtonElement>('[data-offline="save"]')!.focus();
}
