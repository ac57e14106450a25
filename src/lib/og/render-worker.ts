/**
 * A worker thread that draws preview cards (see pool.ts): each message is a
 * card's text and the cache file to write; the reply says it is written.
 * Run by Node directly from src/, outside Astro's bundle.
 */
import { parentPort } from 'node:worker_threads';
import { openCardCache } from './cache.ts';
import { renderCard } from './render.ts';
import type { CardText } from './card.ts';

export interface CardJob {
  id: number;
  text: CardText;
}

export type CardReply = { id: number; ok: true } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');
const { projectRoot, cacheRoot } = (await import('node:worker_threads')).workerData as { projectRoot: string; cacheRoot: string };
const cache = openCardCache(projectRoot, cacheRoot);

port.on('message', (job: CardJob) => {
  renderCard(job.text)
    .then((png) => {
      cache.put(job.text, png);
      port.postMessage({ id: job.id, ok: true } satisfies CardReply);
    })
    .catch((error: unknown) => port.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies CardReply));
});
