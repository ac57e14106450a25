/**
 * The search page: reads ?q=, searches as the reader types, shows ranked
 * results. Every piece of text the reader or the index supplies is inserted
 * as text, never as HTML.
 */
import { excerptParts, type ExcerptPart } from '../lib/search/excerpt.ts';
import { pagefindPhrase, parseQuery, type CharMap, type Query } from '../lib/search/normalize.ts';
import { holdsEvery, rankMatches, readerText, type Located, type Ranked, type TermMatches } from '../lib/search/rank.ts';
import { primaryIndexPath, type SearchVolume } from '../lib/search/volumes.ts';
import { isMerged, loadPagefind, mergeVolume, usePrimaryIndex, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { phraseWindow } from '../lib/search/window.ts';
import { HAN } from '../lib/search/han.ts';
import { searchOrder } from './search-route.ts';
import { currentFilters, onFiltersChange, searchOptions, showFilters } from './search-filters.ts';
import { showNote } from './search-note.ts';
import { editionPath, isHantPage, pageText } from './hant-text.ts';
import { indexChecks, loadedHold, planQuery, preloadPinyin } from './search-plan.ts';
import { readFilters, searchHref, volumeInRange } from '../lib/search/filters.ts';

/** Results shown at a time; each is loaded (its text, for the excerpt) only when shown. */
const PAGE_SIZE = 10;
/** Older volumes that can hold the query are searched until it has this many results (or none are left). */
const ENOUGH = 20;
const DEBOUNCE_MS = 180;
/** A query this long (Han characters) that a headline holds is taken as that article's headline. */
const TITLE_QUERY_HAN = 6;

/** The site's name, as the page's title ends (搜索 | 读报): not src/site.ts, whose whole object would ride along in this script. */
const siteName = document.title.split(' | ').at(-1) ?? '';
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const earlier = document.querySelector<HTMLButtonElement>('#search-earlier')!;
const t2s = JSON.parse(document.querySelector('#search-t2s')?.textContent ?? '{}') as CharMap;
/** The index volumes, newest first (see src/lib/search/volumes.ts). */
const volumeList = document.querySelector('#search-volumes');
const volumes = JSON.parse(volumeList?.textContent ?? '[]') as SearchVolume[];
usePrimaryIndex(primaryIndexPath(volumes), volumeList?.getAttribute('data-meta-tag') ?? undefined);
/** How many shard files the volume router is cut into (src/lib/search/route.ts). */
const routeShards = Number(volumeList?.getAttribute('data-route-shards'));
/** The text's most frequent characters, which a long term's index lookup avoids (src/lib/search/window.ts). */
const commonCharacters = new Set(volumeList?.getAttribute('data-common-characters') ?? '');

interface Answer {
  ticket: number;
  query: Query;
  /** The volumes that can hold the query, newest first: the router's answer. */
  candidates: SearchVolume[];
  ranked: Ranked[];
  results: Map<string, PagefindResult>;
  shown: number;
}

/**
 * What the page writes, in its script: on the 繁體 edition's search page
 * (/zh-hant/search/) Traditional, converted from the index's Simplified text
 * once the dictionary is in (hant-text.ts); elsewhere the text itself.
 */
let text = (written: string): string => written;
let textReady: Promise<void> | undefined;
const hantReady = (): Promise<void> => (textReady ??= pageText().then((convert) => void (text = convert)));

/** Each search takes a ticket; a result that arrives after a newer search started is dropped. */
let latest = 0;
let current: Answer | undefined;

async function run(raw: string): Promise<void> {
  const ticket = ++latest;
  // On the 繁體 page the dictionary comes while the query is read: nothing is written before it is in.
  const ready = hantReady();
  if (raw.trim() !== '') void ready.then(() => ticket === latest && (status.textContent = text('正在搜索…')));
  // Pinyin read as Chinese, words run together split where no page holds them as typed (search-plan.ts).
  const [, query] = await Promise.all([ready, planQuery(parseQuery(raw, t2s), indexChecks(volumes, routeShards, { commonCharacters, t2s }))]);
  if (ticket !== latest) return;
  // Only when it says something new: a page opened from /search/?q=… already does, as the reader wrote it
  // (繁體 too), and Chrome fetches the page's icon again on every change of URL, even a re-encoding (%20 → +).
  const inUrl = new URLSearchParams(location.search);
  const urlSaysIt = parseQuery(inUrl.get('q') ?? '', t2s).display === query.display && searchHref('', '', readFilters(inUrl)) === searchHref('', '', currentFilters());
  if (!urlSaysIt) history.replaceState(history.state, '', searchHref(location.pathname, query.display, currentFilters()));
  if (query.terms.every((term) => pagefindPhrase(term) === '')) {
    await answer({ ticket, query, candidates: [], ranked: [], results: new Map(), shown: 0 });
    return;
  }
  status.textContent = text('正在搜索…');
  // Only volumes that hold every key of the query are loaded: a word no article holds loads none.
  // A date range rules out the volumes outside it too (filters.ts).
  const { candidates, inTitles, order } = await searchOrder(query.terms, volumes, routeShards, (volume) => volumeInRange(volume.id, currentFilters()));
  if (ticket !== latest) return;
  let found: Pick<Answer, 'ranked' | 'results' | 'query'> = { ranked: [], results: new Map(), query };
  if (order.length > 0) {
    await mergeVolume(order[0]!);
    found = await searchLoaded(query);
  }
  // Too few results: more candidates, 1, then 2, then 4… at a time, each batch fetched in parallel;
  // unless a long query is already answered by a headline, which is the article the reader typed.
  for (let batch = 1; found.ranked.length < ENOUGH && !answeredByTitle(found.query, inTitles, found.ranked); batch *= 2) {
    const next = unsearched(order).slice(0, batch);
    if (next.length === 0) break;
    await Promise.all(next.map((volume) => mergeVolume(volume)));
    found = await searchLoaded(query);
  }
  if (ticket !== latest) return;
  await answer({ ticket, candidates, ...found, shown: 0 });
}

/**
 * Searches the volumes loaded so far. A query split into words (search-plan.ts)
 * is first asked as typed: the plan checked only the newest volumes that could
 * hold it, and a page in an older one that holds it exactly is an exact match,
 * shown as such. Its characters are the words', so this costs no download.
 */
async function searchLoaded(query: Query): Promise<Pick<Answer, 'ranked' | 'results' | 'query'>> {
  // The whole terms: a long term's window (window.ts) is checked on the best matches' text.
  if (query.asTyped && (await loadedHold(await loadPagefind(), query.asTyped.terms, { commonCharacters, t2s }, searchOptions(volumes.map((volume) => volume.id))))) {
    return { ...(await searchVolumes(query.asTyped)), query: query.asTyped };
  }
  return { ...(await searchVolumes(query)), query };
}

const unsearched = (candidates: readonly SearchVolume[]): SearchVolume[] => candidates.filter((volume) => !isMerged(volume.path));

/**
 * What a search covered of the volumes that can hold its query (newest
 * first): those left, and whether the searched ones are the newest (then
 * every volume since `searchedSince` was searched) or a title's volume was
 * searched ahead of newer ones (run()). Volumes the router ruled out cannot
 * hold the query, so only unsearched candidates limit what was searched.
 */
function searchScope(candidates: readonly SearchVolume[]): { rest: SearchVolume[]; newestFirst: boolean; searchedSince: SearchVolume | undefined } {
  const rest = unsearched(candidates);
  const firstLeft = rest[0] ? candidates.indexOf(rest[0]) : candidates.length;
  const newestFirst = firstLeft > 0 && rest.length === candidates.length - firstLeft;
  return { rest, newestFirst, searchedSince: newestFirst ? candidates[firstLeft - 1] : undefined };
}

/**
 * A query of at least {@link TITLE_QUERY_HAN} Han characters whose best result
 * holds it in the headline or kicker: the reader has the article they typed,
 * and older volumes are searched only when they ask (搜索其余…).
 */
function answeredByTitle(query: Query, inTitles: readonly SearchVolume[], ranked: readonly Ranked[]): boolean {
  const han = query.terms.reduce((sum, term) => sum + (term.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  return inTitles.length > 0 && han >= TITLE_QUERY_HAN && ranked[0] !== undefined && ranked[0].tier <= 1;
}

/**
 * Asks the volumes searched so far for every term twice: as a phrase (which
 * pages hold it exactly) and as its words (where, and in which part of the
 * page). Both read the same index chunks, so the second costs no download.
 */
async function searchVolumes(query: Query): Promise<Pick<Answer, 'ranked' | 'results'>> {
  const pagefind = await loadPagefind();
  const results = new Map<string, PagefindResult>();
  const terms: TermMatches[] = await Promise.all(
    query.terms
      .map((term) => ({ phrase: pagefindPhrase(term), group: term.group }))
      .filter(({ phrase }) => phrase !== '')
      .map(async ({ phrase: whole, group }) => {
        // A long term asks the index for six of its words; its text is checked for the whole term when shown.
        const phrase = phraseWindow(whole, commonCharacters);
        const words = phrase.slice(1, -1);
        // The reader's filters and sort are Pagefind's own (search-filters.ts): only matching pages come back.
        const options = searchOptions(volumes.map((volume) => volume.id));
        const [exact, loose] = await Promise.all([pagefind.search(phrase, options), pagefind.search(words, options)]);
        for (const result of exact?.results ?? []) results.set(result.id, result);
        const located = new Map<string, Located[]>((loose?.results ?? []).map((r) => [r.id, r.weighted_locations ?? r.words.map((location) => ({ location, weight: 1 }))]));
        return { words: words.split(' ').length, exact: (exact?.results ?? []).map((r) => r.id), located, group };
      }),
  );
  return { ranked: rankMatches(terms, { byDate: currentFilters().sort === 'date' }), results };
}

/** Shows the answer's next results: loads just their text, checks each holds the query as the reader sees it. */
async function answer(next: Answer): Promise<void> {
  if (next.ticket !== latest) return;
  if (current?.ticket !== next.ticket) list.replaceChildren();
  current = next;
  const shown: HTMLLIElement[] = [];
  while (shown.length < PAGE_SIZE && next.shown < next.ranked.length) {
    const batch = next.ranked.slice(next.shown, next.shown + PAGE_SIZE - shown.length);
    next.shown += batch.length;
    const loaded = await Promise.all(batch.map((ranked) => next.results.get(ranked.id)!.data()));
    if (next.ticket !== latest) return;
    loaded.forEach((data, index) => {
      if (holdsEvery(data.content, next.query.terms, t2s)) shown.push(renderResult(data, next.query));
      else {
        // A phrase Pagefind matched across punctuation: not what the reader asked for.
        next.ranked.splice(next.ranked.indexOf(batch[index]!), 1);
        next.shown--;
      }
    });
  }
  list.append(...shown);
  describe(next);
}

function describe(answer: Answer): void {
  const { query, ranked, shown, candidates } = answer;
  const { rest, newestFirst, searchedSince } = searchScope(candidates);
  more.hidden = shown >= ranked.length;
  earlier.hidden = query.display === '' || rest.length === 0;
  if (rest[0]) earlier.textContent = text(newestFirst ? `搜索更早的版面（${rest[0].label}及以前）` : `搜索其余可能包含的版面（${rest.length} 旬）`);
  empty.hidden = query.display === '' || ranked.length > 0;
  const scope = rest.length === 0 ? '' : newestFirst ? `（已搜索${searchedSince!.label}以来的版面）` : `（已搜索可能包含的 ${candidates.length - rest.length} 旬版面，其余 ${rest.length} 旬未搜索）`;
  if (query.display === '') status.textContent = '';
  else if (ranked.length === 0) status.textContent = text(`没有找到包含“${query.display}”的文章${scope}。`);
  else status.textContent = text(`找到 ${ranked.length} 篇包含${query.matchedAs ?? `“${query.display}”`}的文章${scope}${shown < ranked.length ? `，先列出最相关的 ${Math.min(shown, ranked.length)} 篇` : ''}。`);
  showNote(query, ranked.length > 0, currentFilters(), text);
  document.title = text(query.display === '' ? `搜索 | ${siteName}` : `${query.display} - 搜索 | ${siteName}`);
  // How many searches have been answered: lets tests and the benchmark wait for this one.
  list.dataset.answered = String(answer.ticket);
}

more.addEventListener('click', () => {
  if (current) void answer(current);
});

earlier.addEventListener('click', () => {
  if (!current) return;
  const { rest, newestFirst } = searchScope(current.candidates);
  const { query } = current;
  // Newest first: the next older volume (run() then goes on while results are few). Else every one left.
  void Promise.all((newestFirst ? rest.slice(0, 1) : rest).map((volume) => mergeVolume(volume))).then(() => run(query.display));
});

/**
 * A link to a result that asks the article page to mark the matched words:
 * on the 繁體 edition, its twin under /zh-hant/, the words as that page prints them.
 */
function resultHref(url: string, query: Query): string {
  const [path, anchor] = url.split('#');
  const params = new URLSearchParams(query.terms.map((term) => ['hl', text(term.text)]));
  return `${editionPath(path!)}?${params}${anchor ? `#${anchor}` : ''}`;
}

/**
 * An excerpt's parts in the page's script. Converted whole, so a phrase across
 * a highlight's edge converts as on the page; then cut at the same places,
 * which is right only when the conversion keeps the length (Simplified →
 * Traditional does, character for character, on this site's text: a unit
 * test checks it); otherwise part by part.
 */
function inPageScript(parts: ExcerptPart[]): ExcerptPart[] {
  const whole = parts.map((part) => part.text).join('');
  const converted = text(whole);
  if (converted.length !== whole.length) return parts.map((part) => ({ ...part, text: text(part.text) }));
  let at = 0;
  return parts.map((part) => ({ ...part, text: converted.slice(at, (at += part.text.length)) }));
}

function marked(parts: ExcerptPart[]): Node[] {
  return inPageScript(parts).map((part) => {
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

function renderResult(data: PagefindResultData, query: Query): HTMLLIElement {
  const headline = readerText(data.meta.title ?? '');
  const link = element('a', 'result-link');
  link.href = resultHref(data.url, query);
  if (data.meta.kicker) link.append(element('span', 'kicker', [text(readerText(data.meta.kicker))]));
  link.append(element('span', 'result-headline', marked(excerptParts(headline, query.terms, headline.length + 1, t2s))));
  const item = element('li', 'result', [
    link,
    // Where and when it was printed (paper, date, page and section), then who wrote it.
    element('p', 'meta', [text([data.meta.place ?? data.meta.edition, data.meta.byline].filter(Boolean).join(' · '))]),
    element('p', 'excerpt', marked(excerptParts(bodyText(data), query.terms, 90, t2s))),
  ]);
  const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.locations.length > 0);
  if (sections.length > 0) {
    const subList = element('ul', 'sub-results');
    subList.setAttribute('aria-label', text(`“${headline}”中的相关小节`));
    for (const sub of sections) {
      const subLink = element('a', 'sub-result-link', [text(readerText(sub.title).trim())]);
      subLink.href = resultHref(sub.url, query);
      subList.append(element('li', 'sub-result', [subLink, element('span', 'excerpt', marked(excerptParts(readerText(sub.plain_excerpt), query.terms, 60, t2s)))]));
    }
    item.append(subList);
  }
  return item;
}

/** The indexed text after the kicker, headline and byline that open it. */
function bodyText(data: PagefindResultData): string {
  const text = readerText(data.content);
  const byline = data.meta.byline;
  const at = byline ? text.indexOf(byline) : -1;
  return at === -1 ? text : text.slice(at + byline!.length).replace(/^[.\s]+/u, '');
}

/**
 * Fetches, while the query is read, what its search will need: the pinyin
 * map's file, the routers' shards, then the first volume the search will
 * load and the index words of every Chinese term, all at once (one round
 * trip, not one a term). Pinyin is left to the plan, which reads it first.
 */
function preloadQuery(raw: string): void {
  const typed = parseQuery(raw, t2s);
  preloadPinyin(typed);
  // A long term's window, as the search will ask for it (window.ts).
  const phrases = typed.terms.filter((term) => HAN.test(term.text)).map((term) => phraseWindow(pagefindPhrase(term), commonCharacters));
  if (phrases.length === 0) return;
  void searchOrder(typed.terms, volumes, routeShards, (volume) => volumeInRange(volume.id, currentFilters())).then(async ({ order: [first] }) => {
    if (!first) return;
    await mergeVolume(first);
    const pagefind = await loadPagefind();
    await Promise.all(phrases.map((phrase) => pagefind.preload(phrase)));
  });
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // On the 繁體 page, the dictionary comes while the query is read.
  void hantReady();
  preloadQuery(input.value);
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

const urlFilters = readFilters(new URLSearchParams(location.search));
showFilters(urlFilters);
// On the 繁體 page an author from the URL (the index's Simplified name) is shown in Traditional;
// the filter reads it back to the index's name (search-filters.ts), so the URL keeps that.
const authorField = document.querySelector<HTMLInputElement>('#search-filters input[name="author"]');
if (urlFilters.author && authorField && isHantPage()) void hantReady().then(() => authorField.value === urlFilters.author && (authorField.value = text(authorField.value)));
onFiltersChange(() => void run(input.value));

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial !== '') {
  input.value = initial;
  // Pagefind's start (its index metadata, compiling the WebAssembly) and the index words of every term
  // are fetched while the query is read: reading it (word segmentation, pinyin) need not wait for the network.
  void loadPagefind();
  void hantReady();
  preloadQuery(initial);
  void run(initial);
}
