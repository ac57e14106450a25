/** A worker thread of the Traditional edition's build (see hant-edition.ts): converts the batches it is sent. */
import { parentPort } from 'node:worker_threads';
import { convertFiles, type HantJob } from './hant-pages.ts';

parentPort!.on('message', (job: HantJob) => {
  parentPort!.postMessage(convertFiles(job));
});
