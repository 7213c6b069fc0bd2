// The in-page half of viewOpen.mjs, run in the workbench with page.evaluate: it records, with
// the page's performance.now(), the mousedown of the click that opens the view (captured before
// the workbench handles it), when the view's list appeared (the list whose aria-label is the
// view's name: the pane is shown) and when its first row was in the DOM, and the first animation
// frame after that row: the rows drawn. A MutationObserver sees each change of the page.
/** Runs in the page: records the click and the first rows of the list labelled `listLabel`. */
export function installProbe(listLabel) {
  const { performance, MutationObserver, requestAnimationFrame } = globalThis;
  const probe = {};
  globalThis.__agenthumanViewOpen = probe;
  const selector = `.sidebar .monaco-list[aria-label="${listLabel}"]`;
  if (globalThis.document.querySelector(selector)) throw new Error(`the view ${listLabel} is open before the click`);
  globalThis.document.addEventListener('mousedown', () => (probe.click ??= performance.now()), { capture: true, once: true });
  let list;
  const observer = new MutationObserver(() => {
    list ??= globalThis.document.querySelector(selector) ?? undefined;
    if (!list) return;
    probe.pane ??= performance.now();
    const row = list.querySelector('.monaco-list-row');
    if (!row) return;
    probe.rowsInDom = performance.now();
    probe.setSize = Number(row.getAttribute('aria-setsize'));
    probe.firstRow = row.getAttribute('aria-label');
    observer.disconnect();
    requestAnimationFrame(() => (probe.rowsDrawn = performance.now()));
  });
  observer.observe(globalThis.document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}
