/**
 * Draws the cards the cache lacks on every core: one worker thread per core
 * (Satori and resvg keep one thread busy each), each taking the next card as
 * soon as it is done with one. Cards already in the cache cost nothing.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardText } from './card.ts';
import type { CardCache } from './cache.ts';
import type { CardJob, CardReply } from './render-worker.ts';

export interface DrawReport {
  /** Cards asked for (distinct texts). */
  cards: number;
  /** Of them, drawn now; the rest came from the cache. */
  drawn: number;
  workers: number;
  ms: number;
}

export async function drawMissingCards(cache: CardCache, texts: readonly CardText[], options: { projectRoot: string; cacheRoot: string; workers?: number }): Promise<DrawReport> {
  const started = performance.now();
  const distinct = new Map(texts.map((text) => [cache.pathFor(text), text]));
  const missing = [...distinct.values()].filter((text) => !cache.has(text));
  const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism(), missing.length));
  if (workerCount === 0) return { cards: distinct.size, drawn: 0, workers: 0, ms: performance.now() - started };

  const script = join(options.projectRoot, 'src/lib/og/render-worker.ts');
  const workers = Array.from({ length: workerCount }, () => new Worker(script, { workerData: { projectRoot: options.projectRoot, cacheRoot: options.cacheRoot } }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= missing.length) return resolve();
              const job: CardJob = { id: next, text: missing[next]! };
              next++;
              worker.postMessage(job);
            };
            worker.on('message', (reply: CardReply) => {
              if (!reply.ok) return reject(new Error(`preview card “${missing[reply.id]!.headline}” could not be drawn: ${reply.error}`));
              give();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (next < missing.length || code !== 0) reject(new Error(`a preview-card worker stopped (exit code ${code})`));
            });
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { cards: distinct.size, drawn: missing.length, workers: workerCount, ms: performance.now() - started };
}
