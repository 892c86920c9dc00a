// After ag-grid has scrolled a row into view: where the browser's scroll bars are drawn over the
// content (headless, macOS, touch), ag-grid's own sideways bar lies over the bottom of the
// viewport, and a row it scrolled to the bottom edge is half under it. This scrolls on by what
// is covered, so the row (a new one, the last one) is whole and clickable.
export function revealRow(wrapper: HTMLElement | null, rowIndex: number): void {
  requestAnimationFrame(() => {
    const row = wrapper?.querySelector<HTMLElement>(`.ag-grid-scrolling-container .ag-row[row-index="${rowIndex}"]`);
    const viewport = wrapper?.querySelector<HTMLElement>('.ag-grid-viewport');
    if (!wrapper || !row || !viewport) return;
    const bottom = row.getBoundingClientRect().bottom;
    let limit = Infinity;
    const bar = wrapper.querySelector<HTMLElement>('.ag-body-horizontal-scroll:not(.ag-hidden)');
    if (bar && bar.offsetHeight > 0) limit = Math.min(limit, bar.getBoundingClientRect().top);
    const pinned = wrapper.querySelector<HTMLElement>('.ag-grid-pinned-bottom-rows');
    if (pinned && pinned.offsetHeight > 0) limit = Math.min(limit, pinned.getBoundingClientRect().top);
    if (bottom > limit) viewport.scrollTop += Math.ceil(bottom - limit);
  });
}
