/**
 * Says something briefly in the page's live region (#tool-status, in
 * src/layouts/Base.astro): shown as a note at the foot of the window by
 * reader-tools.css, heard by screen readers. Bundled into the on-demand
 * modules that use it.
 */
export function announce(message: string, seconds = 4): void {
  const status = document.querySelector<HTMLElement>('#tool-status');
  if (!status) return;
  status.textContent = message;
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ''), seconds * 1000));
}
