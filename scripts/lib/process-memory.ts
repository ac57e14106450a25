/**
 * Peak memory of a process and everything it started (Astro's worker
 * threads count in its own RSS; Pagefind's indexer is a child process), read
 * from /proc every 200 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';

function treeRss(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may hold spaces, so read after its ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kib = 0;
  for (const pid of tree) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return kib * 1024;
}

/** Starts watching; `stop()` returns the highest total RSS seen, in bytes, and when it was seen (performance.now()). */
export function watchPeakMemory(pid: number): { stop(): number; peakAt(): number } {
  let peak = 0;
  let at = 0;
  const timer = setInterval(() => {
    const rss = treeRss(pid);
    if (rss > peak) {
      peak = rss;
      at = performance.now();
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
    peakAt: () => at,
  };
}
