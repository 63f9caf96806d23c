// Disclosures marked <details data-print-open> (a week in words, the sources) are open on paper: a closed one would
// print only its summary line. Opened just before printing and closed again after, so the screen is left as it was.
// global.css opens them for print too where the browser can (::details-content), which covers printing without JS.

/** Open every closed <details data-print-open> under `root`; returns a function that closes those again. */
export function openForPrint(root: ParentNode): () => void {
  const opened = [...root.querySelectorAll('details[data-print-open]:not([open])')];
  for (const d of opened) d.toggleAttribute('open', true);
  return () => {
    for (const d of opened) d.toggleAttribute('open', false);
  };
}

/** Open the marked disclosures on `beforeprint` and restore them on `afterprint` (Chromium's page.pdf fires both). */
export function openDetailsWhenPrinting(win: Window): void {
  let restore: (() => void) | undefined;
  win.addEventListener('beforeprint', () => {
    restore?.();
    restore = openForPrint(win.document);
  });
  win.addEventListener('afterprint', () => {
    restore?.();
    restore = undefined;
  });
}
