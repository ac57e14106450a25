/** How the benchmarks print sizes and targets. */
export const KiB = 1024;
export const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
export const mark = (ok: boolean) => (ok ? '✓' : '✗ over target');
