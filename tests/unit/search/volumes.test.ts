import { describe, expect, it } from 'vitest';
import { exposeLocationWeights } from '../../../src/lib/search/pagefind-patch.ts';
import { UNDATED_VOLUME, searchVolumes, volumeOf, volumePath } from '../../../src/lib/search/volumes.ts';

describe('search volumes', () => {
  it('puts an article in the 旬 of its edition’s date, or in the undated volume', () => {
    expect(['2026-03-01', '2026-03-10', '2026-03-11', '2026-03-20', '2026-03-21', '2026-03-31'].map(volumeOf)).toEqual(['2026-03-1', '2026-03-1', '2026-03-2', '2026-03-2', '2026-03-3', '2026-03-3']);
    expect(volumeOf(undefined)).toBe(UNDATED_VOLUME);
    expect(volumePath('2026-03-1')).toBe('/pagefind/v/2026-03-1/');
  });

  it('lists volumes newest first, undated last, with their article counts and names', () => {
    expect(searchVolumes(['2025-12-31', undefined, '2026-03-05', '2026-01-12', '2026-03-01'])).toEqual([
      { id: '2026-03-1', label: '2026年3月上旬', path: '/pagefind/v/2026-03-1/', articles: 2 },
      { id: '2026-01-2', label: '2026年1月中旬', path: '/pagefind/v/2026-01-2/', articles: 1 },
      { id: '2025-12-3', label: '2025年12月下旬', path: '/pagefind/v/2025-12-3/', articles: 1 },
      { id: 'undated', label: '未注明日期的版面', path: '/pagefind/v/undated/', articles: 1 },
    ]);
  });
});

describe('exposeLocationWeights', () => {
  it('adds the weighted locations to Pagefind’s result object', () => {
    expect(exposeLocationWeights('let res={id:result2.p,words:locations,data:async()=>x}')).toBe('let res={id:result2.p,words:locations,weighted_locations,data:async()=>x}');
  });

  it('refuses a pagefind.js whose result code changed, naming the file to update', () => {
    expect(() => exposeLocationWeights('let res={id,words:locs,data:async()=>x}')).toThrow(/pagefind-patch\.ts/u);
    expect(() => exposeLocationWeights('words:locations,data:async()=>a;words:locations,data:async()=>b')).toThrow(/exactly once/u);
  });
});
