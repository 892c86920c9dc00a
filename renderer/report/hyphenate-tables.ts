// Soft hyphens in the words of the report's tables (shared/report/hyphenate.ts), where the
// columns are narrow: a long name then breaks between syllables with a hyphen instead of
// letting Chromium cut it anywhere. Numbers are left alone; a text that already has a soft
// hyphen (a column header written with one) is taken as it is. Run after every render.
import { hyphenate, SHY } from '../../shared/report/hyphenate';

export function hyphenateTables(root: HTMLElement): void {
  for (const cell of root.querySelectorAll<HTMLElement>('.report-table td, .report-table th')) {
    if (cell.classList.contains('num')) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue;
      if (!text || text.includes(SHY)) continue;
      const done = hyphenate(text);
      if (done !== text) node.nodeValue = done;
    }
  }
}
