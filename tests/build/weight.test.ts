/**
 * What a reader's phone downloads for an article before doing anything: the
 * HTML, with its styles and scripts inline (no other request; the browser
 * visit in tests/browser and `npm run bench` check that). Sized as the bench
 * sizes it: Node's gzip at level 9. A budget, so a change that adds weight to
 * every article says so here and in the README's figures.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileForPath, loadPage } from '../support/dist.ts';

const ARTICLE = '/articles/gong-shu-kai-ju/';
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

describe('article weight before interaction', () => {
  it('is at most 11,750 bytes gzip for the first article (11,766 before the head script was cut to 1 KiB; README explains why 9 KiB is out of reach)', () => {
    expect(gzip(readFileSync(fileForPath(ARTICLE)))).toBeLessThanOrEqual(11_750);
  });

  it('carries no external stylesheet or script before interaction', () => {
    const doc = loadPage(ARTICLE);
    expect(doc.querySelectorAll('link[rel="stylesheet"], script[src], link[rel="modulepreload"]')).toHaveLength(0);
  });
});
