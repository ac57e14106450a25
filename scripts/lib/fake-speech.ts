/**
 * A stand-in for the Web Speech API's synthesis, for browser tests and the
 * 听新闻 screenshot (scripts/screenshots.ts): headless
 * Chromium lists no voices, so 听新闻 could not be tried. Installed with
 * `page.addInitScript(installFakeSpeech, options)`; it behaves as the
 * specification and Chrome do where the player depends on it:
 *
 * - getVoices() is empty until the voices "load" (after `voicesAfterMs`),
 *   then `voiceschanged` fires, as in Chrome;
 * - speak() queues; the queue is spoken in order, each utterance firing
 *   start, a boundary per word-sized step and end, taking `msPerChar` a
 *   character divided by its rate;
 * - pause() and resume() stop and continue the clock (pause and resume
 *   events); cancel() empties the queue, fires error "interrupted" on the
 *   utterance being spoken and "canceled" on those not begun, and does not
 *   change the paused state;
 * - events go to both addEventListener listeners and on… handlers.
 *
 * Everything spoken is logged in `window.__speech.log` for the test to read.
 */
export interface FakeSpeechOptions {
  voices: { name: string; lang: string; localService?: boolean; default?: boolean }[];
  voicesAfterMs?: number;
  msPerChar?: number;
  /** An utterance holding this text fails with error "synthesis-failed" once started, as a broken voice does. */
  failOn?: string;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | undefined;
  rate: number;
  /** How it ended: spoken to its end, or cut off by cancel(). */
  outcome: 'speaking' | 'end' | 'interrupted' | 'canceled' | 'synthesis-failed';
}

export function installFakeSpeech({ voices, voicesAfterMs = 50, msPerChar = 4, failOn }: FakeSpeechOptions): void {
  const voiceList = voices.map((v) => ({ voiceURI: v.name, name: v.name, lang: v.lang, localService: v.localService ?? true, default: v.default ?? false }));
  let loaded = false;
  const log: SpokenUtterance[] = [];

  type Handler = ((event: Event) => void) | null;
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    voice: (typeof voiceList)[number] | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }

  const fire = (target: EventTarget, type: string, fields: Record<string, unknown> = {}) => {
    const event = new Event(type);
    for (const [key, value] of Object.entries(fields)) Object.defineProperty(event, key, { value });
    target.dispatchEvent(event);
    (target as unknown as Record<string, Handler>)[`on${type}`]?.call(target, event);
  };

  class Synthesis extends EventTarget {
    onvoiceschanged: Handler = null;
    paused = false;
    private queue: { utterance: Utterance; entry: SpokenUtterance }[] = [];
    private current: { utterance: Utterance; entry: SpokenUtterance; spokenMs: number; startedAt: number; timer?: number; boundary?: number } | undefined;

    get speaking(): boolean {
      return this.current !== undefined;
    }
    get pending(): boolean {
      return this.queue.length > 0;
    }
    getVoices() {
      return loaded ? [...voiceList] : [];
    }
    speak(utterance: Utterance): void {
      const entry: SpokenUtterance = { text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name, rate: utterance.rate, outcome: 'speaking' };
      this.queue.push({ utterance, entry });
      if (!this.current && !this.paused) setTimeout(() => this.next(), 0);
    }
    cancel(): void {
      const current = this.current;
      const queued = this.queue;
      this.queue = [];
      this.current = undefined;
      if (current) {
        clearTimeout(current.timer);
        clearInterval(current.boundary);
        current.entry.outcome = 'interrupted';
        setTimeout(() => fire(current.utterance, 'error', { error: 'interrupted', utterance: current.utterance, charIndex: 0, elapsedTime: 0 }), 0);
      }
      for (const { utterance, entry } of queued) {
        entry.outcome = 'canceled';
        setTimeout(() => fire(utterance, 'error', { error: 'canceled', utterance, charIndex: 0, elapsedTime: 0 }), 0);
      }
    }
    pause(): void {
      if (this.paused) return;
      this.paused = true;
      const current = this.current;
      if (current) {
        clearTimeout(current.timer);
        clearInterval(current.boundary);
        current.spokenMs += performance.now() - current.startedAt;
        fire(current.utterance, 'pause', { utterance: current.utterance, charIndex: 0, elapsedTime: current.spokenMs });
      }
    }
    resume(): void {
      if (!this.paused) return;
      this.paused = false;
      if (this.current) {
        fire(this.current.utterance, 'resume', { utterance: this.current.utterance, charIndex: 0, elapsedTime: this.current.spokenMs });
        this.run();
      } else if (this.queue.length > 0) this.next();
    }
    private next(): void {
      if (this.current || this.paused) return;
      const item = this.queue.shift();
      if (!item) return;
      this.current = { ...item, spokenMs: 0, startedAt: performance.now() };
      log.push(item.entry);
      fire(item.utterance, 'start', { utterance: item.utterance, charIndex: 0, elapsedTime: 0 });
      if (failOn !== undefined && item.utterance.text.includes(failOn)) {
        this.current = undefined;
        item.entry.outcome = 'synthesis-failed';
        fire(item.utterance, 'error', { error: 'synthesis-failed', utterance: item.utterance, charIndex: 0, elapsedTime: 0 });
        this.next();
        return;
      }
      this.run();
    }
    private run(): void {
      const current = this.current!;
      const total = (current.utterance.text.length * msPerChar) / current.utterance.rate;
      current.startedAt = performance.now();
      const step = Math.max(1, 4 * msPerChar);
      current.boundary = window.setInterval(() => {
        const elapsed = current.spokenMs + performance.now() - current.startedAt;
        fire(current.utterance, 'boundary', { name: 'word', utterance: current.utterance, charIndex: Math.min(current.utterance.text.length - 1, Math.floor((elapsed * current.utterance.rate) / msPerChar)), elapsedTime: elapsed });
      }, step);
      current.timer = window.setTimeout(() => {
        clearInterval(current.boundary);
        if (this.current !== current) return;
        this.current = undefined;
        current.entry.outcome = 'end';
        fire(current.utterance, 'end', { utterance: current.utterance, charIndex: current.utterance.text.length, elapsedTime: total });
        this.next();
      }, Math.max(0, total - current.spokenMs));
    }
  }

  const synthesis = new Synthesis();
  setTimeout(() => {
    loaded = true;
    fire(synthesis, 'voiceschanged');
  }, voicesAfterMs);
  for (const [name, value] of [
    ['speechSynthesis', synthesis],
    ['SpeechSynthesisUtterance', Utterance],
  ] as const) {
    Object.defineProperty(window, name, { value, configurable: true, writable: true });
  }
  Object.defineProperty(window, '__speech', { value: { log, synthesis } });
}

declare global {
  interface Window {
    __speech: { log: SpokenUtterance[]; synthesis: SpeechSynthesis };
  }
}
