/** The no-flash snippet: applies exactly the saved settings the panel offers, and survives blocked storage. */
import { describe, expect, it } from 'vitest';
import { readerSettings } from '../../src/lib/reader-settings.ts';
import { READING_FROM } from '../../src/lib/hant/paths.ts';
import { headScript } from '../../src/lib/theme-init.ts';

/** A root element that records the classes and attributes the snippet sets. */
function fakeRoot() {
  const classes = new Set<string>();
  const attributes: Record<string, string> = {};
  return { classes, attributes, documentElement: { classList: { add: (name: string) => classes.add(name) }, setAttribute: (name: string, value: string) => (attributes[name] = value) } };
}

/** Runs the snippet over `storage`, read as a page reads localStorage (by key). */
function runSnippet(storage: object) {
  const { classes, attributes, documentElement } = fakeRoot();
  new Function('document', 'localStorage', 'self', 'addEventListener', 'location', headScript)({ documentElement }, storage, {}, () => {}, { search: '' });
  return { classes: [...classes], attributes };
}

describe('the no-flash snippet', () => {
  it('applies every saved value the settings panel offers, other than the default', () => {
    for (const { name, fallback, options } of readerSettings) {
      for (const [value] of options) {
        const { attributes } = runSnippet({ [name]: value });
        expect(attributes, `${name}=${value}`).toEqual(value === fallback ? {} : { [`data-${name}`]: value });
      }
    }
  });

  it('ignores values it does not know, and marks that script runs', () => {
    expect(runSnippet({ 'text-size': 'x" onload="alert(1)', theme: 'sepia' })).toEqual({ classes: ['js'], attributes: {} });
  });

  it('keeps the defaults when storage is blocked', () => {
    const blocked = new Proxy(
      {},
      {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    );
    expect(runSnippet(blocked)).toEqual({ classes: ['js'], attributes: {} });
  });

  it('is at most 1 KiB, the budget for script before interaction', () => {
    expect(new TextEncoder().encode(headScript).length).toBeLessThanOrEqual(1024);
  });
});

describe('听新闻 in the no-flash snippet', () => {
  /** Runs the snippet with a speechSynthesis whose voices arrive later, as Chrome's do. */
  function withVoices(first: string[], later?: string[]) {
    const classes = new Set<string>();
    const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
    let voices = first;
    const speech: { getVoices: () => { lang: string }[]; onvoiceschanged?: () => void } = { getVoices: () => voices.map((lang) => ({ lang })) };
    new Function('document', 'localStorage', 'self', 'addEventListener', 'location', headScript)(document, {}, { speechSynthesis: speech }, () => {}, { search: '' });
    if (later) {
      voices = later;
      speech.onvoiceschanged?.();
    }
    return [...classes];
  }

  it('marks can-listen when the browser lists a Chinese voice, at once or on voiceschanged', () => {
    expect(withVoices(['en-US', 'zh-CN'])).toEqual(['js', 'can-listen']);
    expect(withVoices([], ['en-GB', 'zh_TW'])).toEqual(['js', 'can-listen']);
    expect(withVoices(['cmn-Hans-CN'])).toEqual(['js', 'can-listen']);
  });

  it('does not without one, nor without speech synthesis', () => {
    expect(withVoices(['en-US'], ['en-US', 'ja-JP'])).toEqual(['js']);
    expect(runSnippet({}).classes).toEqual(['js']);
  });
});

describe('the page listeners in the head script', () => {
  /** The listeners the script adds and the modules it imports at once; `import(` is routed to a recorder, Node could not load the site's paths. */
  function startFor(search: string) {
    const listeners: [string, boolean][] = [];
    const imported: string[] = [];
    const document = { documentElement: { classList: { add: () => {} } } };
    const listen = (type: string, _handler: unknown, capture?: boolean) => listeners.push([type, capture === true]);
    const load = (url: string) => imported.push(url);
    new Function('document', 'localStorage', 'self', 'addEventListener', 'location', 'load', headScript.replaceAll('import(', 'load('))(document, {}, {}, listen, { search }, load);
    return { listeners, imported };
  }

  it('notes where scrolling stops, listens for the search shortcut and, captured, for the tools; imports the highlighter only on a page opened from a result', () => {
    const tools: [string, boolean][] = [['scrollend', false], ['keydown', false], ['click', true], ['change', true], ['toggle', true]];
    expect(startFor('')).toEqual({ listeners: tools, imported: [] });
    expect(startFor('?hl=%E6%8B%B1%E5%A2%85')).toEqual({ listeners: tools, imported: ['/_lazy/highlight.js'] });
    expect(startFor('?shl=1')).toEqual({ listeners: tools, imported: [] });
  });
});

describe('the chosen script in the no-flash snippet', () => {
  const origin = 'https://dubao.example.cn';
  /** Runs the snippet on a page at `path` whose head has these hreflang alternates, with `chosen` stored. */
  function visit(path: string, alternates: Record<string, string>, chosen: string | undefined, search = '', hash = '') {
    const replaced: string[] = [];
    const document = {
      documentElement: { classList: { add: () => undefined } },
      querySelector: (selector: string) => {
        const lang = /^\[hreflang=(.*)\]$/u.exec(selector)?.[1];
        return lang && alternates[lang] ? { href: `${origin}${alternates[lang]}` } : null;
      },
    };
    const storage = chosen ? { script: chosen } : {};
    const location = { pathname: path, search, hash, replace: (url: string) => replaced.push(url) };
    new Function('document', 'localStorage', 'self', 'addEventListener', 'location', headScript)(document, storage, {}, () => undefined, location);
    return replaced;
  }
  const both = (path: string) => ({ 'zh-Hans': path, 'zh-Hant': `/zh-hant${path}`, 'x-default': path });

  it('sends a reader who chose 繁 to the twin, with the query and the paragraph', () => {
    expect(visit('/articles/x/', both('/articles/x/'), 'zh-Hant', '', '#p-3')).toEqual(['/zh-hant/articles/x/#p-3']);
    expect(visit('/search/', both('/search/'), 'zh-Hant', '?q=%E5%8F%91')).toEqual(['/zh-hant/search/?q=%E5%8F%91']);
    expect(visit('/zh-hant/articles/x/', both('/articles/x/'), 'zh-Hans')).toEqual(['/articles/x/']);
  });

  it('notes where the reader stopped scrolling below the head of the page, and only there', () => {
    const scrolled = (scrollY: number) => {
      const listeners = new Map<string, () => void>();
      const self: { y?: number } = {};
      const document = { documentElement: { classList: { add: () => undefined } }, querySelector: () => null };
      const listen = (type: string, handler: () => void) => listeners.set(type, handler);
      new Function('document', 'localStorage', 'self', 'addEventListener', 'location', 'scrollY', headScript)(document, {}, self, listen, { search: '' }, scrollY);
      listeners.get('scrollend')!();
      return self.y;
    };
    expect(scrolled(1500)).toBe(1500);
    expect(scrolled(READING_FROM)).toBeUndefined();
  });

  it('stays on a page already in the chosen script, without a choice, or without alternates', () => {
    expect(visit('/zh-hant/articles/x/', both('/articles/x/'), 'zh-Hant')).toEqual([]);
    expect(visit('/articles/x/', both('/articles/x/'), 'zh-Hans')).toEqual([]);
    expect(visit('/articles/x/', both('/articles/x/'), undefined)).toEqual([]);
    expect(visit('/offline/', {}, 'zh-Hant')).toEqual([]);
    expect(visit('/articles/x/', both('/articles/x/'), 'x"]')).toEqual([]);
  });
});
