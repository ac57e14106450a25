/**
 * The search page: reads ?q=, searches as the reader types, shows ranked
 * results. Every piece of text the reader or the index supplies is inserted
 * as text, never as HTML.
 */
import { excerptParts, type ExcerptPart } from '../lib/search/excerpt.ts';
import { pagefindPhrase, parseQuery, type CharMap, type Query } from '../lib/search/normalize.ts';
import { rankCandidates, readerText, type Candidate } from '../lib/search/rank.ts';
import { site } from '../site.ts';
import { loadPagefind, type PagefindResultData } from './pagefind-api.ts';

/** Most results whose data is loaded and ranked for one query. */
const MAX_RANKED = 50;
const DEBOUNCE_MS = 180;

const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const t2s = JSON.parse(document.querySelector('#search-t2s')?.textContent ?? '{}') as CharMap;

interface Loaded extends Candidate {
  data: PagefindResultData;
}

/** Each search takes a ticket; a result that arrives after a newer search started is dropped. */
let latest = 0;

async function run(raw: string): Promise<void> {
  const ticket = ++latest;
  const query = parseQuery(raw, t2s);
  history.replaceState(history.state, '', query.display === '' ? location.pathname : `${location.pathname}?q=${encodeURIComponent(query.display)}`);
  const phrases = query.terms.map(pagefindPhrase).filter((phrase) => phrase !== '');
  if (phrases.length === 0) {
    show(ticket, query, [], 0);
    return;
  }
  status.textContent = '正在搜索…';
  const pagefind = await loadPagefind();
  const searches = await Promise.all(phrases.map((phrase) => pagefind.search(phrase)));
  if (ticket !== latest) return;
  // Every term must be present: keep the pages that each term's search found.
  const [first = [], ...others] = searches.map((search) => search?.results ?? []);
  const matching = first.filter((result) => others.every((results) => results.some((r) => r.id === result.id)));
  const loaded: Loaded[] = await Promise.all(
    matching.slice(0, MAX_RANKED).map(async (result) => {
      const data = await result.data();
      return { url: data.url, headline: data.meta.title ?? '', kicker: data.meta.kicker, content: data.content, order: Number(data.meta.order ?? 0), data };
    }),
  );
  show(ticket, query, rankCandidates(loaded, query.terms, t2s).map((ranked) => ranked.candidate), matching.length);
}

function show(ticket: number, query: Query, results: Loaded[], found: number): void {
  if (ticket !== latest) return;
  list.replaceChildren(...results.map((result) => renderResult(result, query)));
  empty.hidden = query.display === '' || results.length > 0;
  if (query.display === '') status.textContent = '';
  else if (results.length === 0) status.textContent = `没有找到包含“${query.display}”的文章。`;
  else status.textContent = `找到 ${results.length} 篇包含“${query.display}”的文章${found > MAX_RANKED ? `（只列出前 ${MAX_RANKED} 篇）` : ''}。`;
  document.title = query.display === '' ? `搜索 | ${site.name}` : `${query.display} - 搜索 | ${site.name}`;
  // How many searches have been answered: lets tests and the benchmark wait for this one.
  list.dataset.answered = String(ticket);
}

/** A link to a result that asks the article page to mark the matched words. */
function resultHref(url: string, query: Query): string {
  const [path, anchor] = url.split('#');
  const params = new URLSearchParams(query.terms.map((term) => ['hl', term.text]));
  return `${path}?${params}${anchor ? `#${anchor}` : ''}`;
}

function marked(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.hit) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function renderResult(result: Loaded, query: Query): HTMLLIElement {
  const { data } = result;
  const headline = readerText(result.headline);
  const link = element('a', 'result-link');
  link.href = resultHref(data.url, query);
  if (result.kicker) link.append(element('span', 'kicker', [readerText(result.kicker)]));
  link.append(element('span', 'result-headline', marked(excerptParts(headline, query.terms, headline.length + 1, t2s))));
  const item = element('li', 'result', [
    link,
    element('p', 'meta', [[data.meta.byline, data.meta.edition].filter(Boolean).join(' · ')]),
    element('p', 'excerpt', marked(excerptParts(bodyText(data.content, result), query.terms, 90, t2s))),
  ]);
  const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.locations.length > 0);
  if (sections.length > 0) {
    const subList = element('ul', 'sub-results');
    subList.setAttribute('aria-label', `“${headline}”中的相关小节`);
    for (const sub of sections) {
      const subLink = element('a', 'sub-result-link', [readerText(sub.title)]);
      subLink.href = resultHref(sub.url, query);
      subList.append(element('li', 'sub-result', [subLink, element('span', 'excerpt', marked(excerptParts(readerText(sub.plain_excerpt), query.terms, 60, t2s)))]));
    }
    item.append(subList);
  }
  return item;
}

/** The indexed text after the kicker, headline and byline that open it. */
function bodyText(content: string, result: Loaded): string {
  const text = readerText(content);
  const byline = result.data.meta.byline;
  const at = byline ? text.indexOf(byline) : -1;
  return at === -1 ? text : text.slice(at + byline!.length).replace(/^[.\s]+/u, '');
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  const first = parseQuery(input.value, t2s).terms[0];
  const phrase = first ? pagefindPhrase(first) : '';
  if (phrase !== '') void loadPagefind().then((pagefind) => pagefind.preload(phrase));
  timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
});

input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(input.value);
});

// Arrow keys move between the box and the result links; Enter follows a link as usual.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('a')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = at === -1 ? undefined : stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial !== '') {
  input.value = initial;
  void run(initial);
}
