/**
 * Run by Node as a process of its own: draws the preview cards a content
 * folder's articles lack in the card cache, on every core, then exits and
 * gives its memory back. Arguments: the project root and the content folder.
 * Prints one line for the build's log.
 */
import { openCardCache } from './cache.ts';
import { cardTextsFromContent } from './from-content.ts';
import { describeDraw, drawMissingCards } from './pool.ts';

const [projectRoot, contentDir] = process.argv.slice(2);
if (!projectRoot || !contentDir) throw new Error('usage: node src/lib/og/draw-content-cards.ts <project root> <content folder>');
const cache = openCardCache(projectRoot);
const report = await drawMissingCards(cache, cardTextsFromContent(contentDir), { projectRoot, cacheRoot: cache.root });
console.log(describeDraw(report, cache));
