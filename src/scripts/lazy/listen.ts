/**
 * 听新闻: reads the article aloud with the browser's own speech synthesis.
 * Loaded by the reader tools when the reader first presses 听新闻 (the page
 * script shows that button only when the browser lists a Chinese voice), with
 * its styles (listen.css). What is read and in which voice:
 * src/lib/listen/plan.ts; how numbers and abbreviations are said:
 * src/lib/listen/speakable.ts.
 *
 * A player bar at the foot of the window: 停止 beside the status, then 上一段,
 * 暂停/继续, 下一段 and 语速, all buttons and a select, so keyboards and screen readers use them as
 * they are. The paragraph being read is marked and kept in view; a tap on
 * another paragraph (or subhead, or headline) continues from there.
 *
 * Each paragraph is spoken a sentence at a time (some voices stop after about
 * 15 seconds of one utterance). Pausing cancels the sentence and resuming
 * says it again from its start: speechSynthesis.pause() does not pause on
 * Android and with some network voices, and cancel() works everywhere. Every
 * utterance carries the number of the run it belongs to, so the events a
 * cancelled one still fires (end in Safari, error "interrupted" in Chrome)
 * are ignored.
 */
import { chooseVoice, isTraditional, readingPlan, sentences, type ReadItem } from '../../lib/listen/plan.ts';
import { speakable } from '../../lib/listen/speakable.ts';
import { announce } from '../announce.ts';
import { pageText } from '../hant-text.ts';
import { lazyStylesheet } from '../lazy-styles.ts';

/** The player's words in the page's script: Traditional on a 繁體 page (set when the player first opens). */
let text = (written: string): string => written;

const RATES = ['0.75', '1', '1.25', '1.5', '2'];
const RATE_KEY = 'listen-rate';
const CURRENT = 'listen-current';

type State = 'playing' | 'paused' | 'ended';

interface Player {
  items: ReadItem[];
  voice: SpeechSynthesisVoice;
  traditional: boolean;
  index: number;
  chunks: string[];
  chunk: number;
  state: State;
  rate: number;
  /** The run the utterances now spoken belong to; bumped to silence older ones. */
  run: number;
  /** Kept referenced: Chrome drops the events of an utterance nothing holds. */
  utterance?: SpeechSynthesisUtterance;
  bar: HTMLElement;
  opener: HTMLElement;
}

let player: Player | undefined;

/**
 * Starts reading from the top, or, when the player is already open, puts
 * the keyboard on it. Returns what to tell the reader when speech cannot
 * work here (no speech synthesis, no Chinese voice, nothing to read).
 */
export async function listen(opener: HTMLElement): Promise<string | undefined> {
  if (player) {
    player.bar.querySelector<HTMLElement>('[data-listen="toggle"]')!.focus();
    return undefined;
  }
  const speech = 'speechSynthesis' in globalThis ? speechSynthesis : undefined;
  const voice = speech && chooseVoice(speech.getVoices(), document.documentElement.lang);
  if (!voice) return '无法朗读：这个浏览器没有中文语音。可以在系统的语音设置中添加中文语音后再试。';
  const items = readingPlan(document);
  if (items.length === 0) return '无法朗读：本页没有可朗读的正文。';
  [, text] = await Promise.all([lazyStylesheet('listen.css'), pageText('ui')]);
  // A second press while the styles loaded: the first one starts the player.
  if (player) return undefined;
  player = {
    items,
    voice,
    traditional: isTraditional(document.documentElement.lang),
    index: 0,
    chunks: [],
    chunk: 0,
    state: 'playing',
    rate: savedRate(),
    run: 0,
    bar: buildBar(),
    opener,
  };
  document.body.append(player.bar);
  document.documentElement.classList.add('listening');
  opener.setAttribute('aria-expanded', 'true');
  speechSynthesis.cancel();
  play(0);
  player.bar.querySelector<HTMLElement>('[data-listen="toggle"]')!.focus();
  return undefined;
}

function savedRate(): number {
  try {
    const saved = localStorage.getItem(RATE_KEY);
    if (saved && RATES.includes(saved)) return Number(saved);
  } catch {
    // Storage blocked: the normal speed.
  }
  return 1;
}

/** The player bar: status, position, and the five controls. */
function buildBar(): HTMLElement {
  const bar = document.createElement('section');
  bar.className = 'listen-player';
  bar.setAttribute('aria-label', text('听新闻'));
  const status = document.createElement('p');
  status.className = 'listen-status';
  status.setAttribute('role', 'status');
  const where = document.createElement('span');
  where.className = 'listen-where';
  const controls = document.createElement('div');
  controls.className = 'listen-controls';
  const button = (action: string, label: string) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.dataset.listen = action;
    element.textContent = text(label);
    return element;
  };
  const label = document.createElement('label');
  const select = document.createElement('select');
  select.dataset.listen = 'rate';
  for (const rate of RATES) select.add(new Option(`${rate}×`, rate, false, Number(rate) === savedRate()));
  label.append(text('语速'), select);
  controls.append(button('previous', '上一段'), button('toggle', '暂停'), button('next', '下一段'), label);
  // 停止 beside the status, so on a phone the four controls keep a row of their own.
  bar.append(status, where, button('stop', '停止'), controls);
  bar.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('button[data-listen]')?.dataset.listen;
    if (action === 'previous') play(Math.max(0, player!.index - 1));
    else if (action === 'next') play(Math.min(player!.items.length - 1, player!.index + 1));
    else if (action === 'toggle') toggle();
    else if (action === 'stop') stop();
  });
  select.addEventListener('change', () => setRate(select.value));
  return bar;
}

/** Reads item `index` from its first sentence, marking it and keeping it in view. */
function play(index: number): void {
  const p = player!;
  p.items[p.index]?.element.classList.remove(CURRENT);
  p.index = index;
  const { element, text } = p.items[index]!;
  element.classList.add(CURRENT);
  keepInView(element, p.bar);
  p.chunks = sentences(speakable(text, { traditional: p.traditional }));
  p.chunk = 0;
  setState('playing');
  speakChunk();
}

/**
 * Scrolls the item being read into view above the player bar, unless the
 * reader already sees its beginning: all of it when it fits, else from its
 * first line. Smoothly, unless the reader asked for reduced motion.
 */
function keepInView(element: Element, bar: Element): void {
  const { top, bottom } = element.getBoundingClientRect();
  const room = bar.getBoundingClientRect().top;
  if (top >= 0 && (bottom <= room || top < room / 2)) return;
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  element.scrollIntoView({ block: bottom - top > room ? 'start' : 'nearest', behavior });
}

/** Says the current sentence; on its end, the next one, then the next item. */
function speakChunk(): void {
  const p = player!;
  const run = ++p.run;
  // Cut off what is being said (a skip, a tap, a new speed); the new sentence
  // then waits a turn, since some engines drop a speak() that follows cancel() at once.
  const busy = speechSynthesis.speaking || speechSynthesis.pending;
  if (busy) speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(p.chunks[p.chunk]);
  utterance.voice = p.voice;
  utterance.lang = p.voice.lang;
  utterance.rate = p.rate;
  utterance.onend = () => {
    if (player !== p || run !== p.run) return;
    if (++p.chunk < p.chunks.length) speakChunk();
    else if (p.index + 1 < p.items.length) play(p.index + 1);
    else setState('ended');
  };
  utterance.onerror = (event) => {
    if (player !== p || run !== p.run || event.error === 'interrupted' || event.error === 'canceled') return;
    stop(event.error === 'not-allowed' ? '浏览器没有允许朗读，请再按一次“听新闻”。' : `朗读中断（${event.error}），已停止。`);
  };
  p.utterance = utterance;
  if (!busy) speechSynthesis.speak(utterance);
  else
    setTimeout(() => {
      if (player === p && run === p.run) speechSynthesis.speak(utterance);
    }, 0);
}

/** 暂停 / 继续; after the end, 重听 from the top. */
function toggle(): void {
  const p = player!;
  if (p.state === 'playing') {
    p.run++;
    speechSynthesis.cancel();
    setState('paused');
  } else if (p.state === 'paused') {
    setState('playing');
    speakChunk();
  } else {
    play(0);
  }
}

function setRate(value: string): void {
  const p = player!;
  p.rate = Number(value);
  try {
    localStorage.setItem(RATE_KEY, value);
  } catch {
    // Kept for this page only.
  }
  // The sentence being said starts again at the new speed.
  if (p.state === 'playing') speakChunk();
}

const STATUS: Record<State, string> = { playing: '正在朗读', paused: '已暂停', ended: '全文读完' };
const TOGGLE: Record<State, string> = { playing: '暂停', paused: '继续', ended: '重听' };

function setState(state: State): void {
  const p = player!;
  const status = p.bar.querySelector('.listen-status')!;
  // Only a change is announced: the live region stays quiet from paragraph to paragraph.
  if (p.state !== state || status.textContent === '') status.textContent = text(STATUS[state]);
  p.state = state;
  p.bar.querySelector('[data-listen="toggle"]')!.textContent = text(TOGGLE[state]);
  p.bar.querySelector('.listen-where')!.textContent = `${p.index + 1} / ${p.items.length}`;
}

/** Silences the voice, takes the player and the mark away, and gives the keyboard back to 听新闻. */
function stop(message?: string): void {
  const p = player;
  if (!p) return;
  player = undefined;
  p.run++;
  speechSynthesis.cancel();
  p.items[p.index]?.element.classList.remove(CURRENT);
  p.bar.remove();
  document.documentElement.classList.remove('listening');
  p.opener.setAttribute('aria-expanded', 'false');
  p.opener.focus();
  announce(text(message ?? '已停止朗读'));
}

// A tap on a paragraph, subhead or headline while the player is open continues from there
// (not a tap on a link in it, and not the end of selecting text).
addEventListener('click', (event) => {
  const target = event.target as Element;
  if (!player || target.closest('a[href], button, select, label, .listen-player') || String(getSelection() ?? '') !== '') return;
  const index = player.items.findIndex((item) => item.element.contains(target));
  if (index !== -1) play(index);
});
// Leaving the page silences it (some browsers would go on reading the old page).
addEventListener('pagehide', () => stop());
