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

/** Cards a worker draws before it is replaced by a fresh one. */
export const CARDS_PER_WORKER = 400;

export interface DrawReport {
  /** Cards asked for (distinct texts). */
  cards: number;
  /** Of them, drawn now; the rest came from the cache. */
  drawn: number;
  workers: number;
  /** Worker threads started, replacements included. */
  started: number;
  ms: number;
}

export async function drawMissingCards(cache: CardCache, texts: readonly CardText[], options: { projectRoot: string; cacheRoot: string; workers?: number; cardsPerWorker?: number }): Promise<DrawReport> {
  const begun = performance.now();
  const distinct = new Map(texts.map((text) => [cache.pathFor(text), text]));
  const missing = [...distinct.values()].filter((text) => !cache.has(text));
  const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism(), missing.length));
  if (workerCount === 0) return { cards: distinct.size, drawn: 0, workers: 0, started: 0, ms: performance.now() - begun };

  const script = join(options.projectRoot, 'src/lib/og/render-worker.ts');
  const start = () => new Worker(script, { workerData: { projectRoot: options.projectRoot, cacheRoot: options.cacheRoot } });
  const running = new Set<Worker>();
  let started = 0;
  let next = 0;
  try {
    await Promise.all(
      Array.from(
        { length: workerCount },
        () =>
          new Promise<void>((resolve, reject) => {
            let worker: Worker;
            let drawn = 0;
            const give = () => {
              if (next >= missing.length) return resolve();
              // A worker keeps every font subset it has parsed: a fresh one every so often keeps memory flat on a large archive.
              if (drawn === (options.cardsPerWorker ?? CARDS_PER_WORKER)) {
                running.delete(worker);
                void worker.terminate();
                hire();
              }
              const job: CardJob = { id: next, text: missing[next]! };
              next++;
              drawn++;
              worker.postMessage(job);
            };
            const hire = () => {
              worker = start();
              started++;
              drawn = 0;
              running.add(worker);
              const current = worker;
              worker.on('message', (reply: CardReply) => {
                if (!reply.ok) return reject(new Error(`preview card “${missing[reply.id]!.headline}” could not be drawn: ${reply.error}`));
                give();
              });
              worker.once('error', reject);
              worker.once('exit', (code) => {
                if (running.has(current) && (next < missing.length || code !== 0)) reject(new Error(`a preview-card worker stopped (exit code ${code})`));
              });
            };
            hire();
            give();
          }),
      ),
    );
  } finally {
    await Promise.all([...running].map((worker) => worker.terminate()));
  }
  return { cards: distinct.size, drawn: missing.length, workers: workerCount, started, ms: performance.now() - begun };
}

/** The build log's line for a drawing run. */
export function describeDraw(report: DrawReport, cache: CardCache): string {
  return `${report.cards} preview cards: ${report.cards - report.drawn} from the cache in ${cache.dir}, ${report.drawn} drawn in ${(report.ms / 1000).toFixed(1)} s on ${report.workers} threads`;
}
