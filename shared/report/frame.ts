// The running header and footer of every page, and the page margins they sit in. Chromium
// prints them from these templates (`displayHeaderFooter`), the same in Electron's printToPDF
// and in playwright's page.pdf; it fills the elements of class pageNumber and totalPages itself.
// The templates are drawn in a document of their own, so they carry their own font and size.

/** Page margins in millimetres; the header and footer are drawn inside the top and bottom ones. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 18, left: 16, right: 16 } as const;

/** The report's fonts: Segoe UI on Windows, Arial or its metric twin Liberation Sans elsewhere. */
export const REPORT_FONT = "'Segoe UI', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const BOX = `font-family: ${REPORT_FONT}; font-size: 8pt; color: #333; width: 100%; margin: 0 ${PAGE_MARGINS_MM.left}mm; display: flex; justify-content: space-between; gap: 8mm;`;

export interface FrameText {
  municipality: string;
  title: string;
  scenarioName: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Said at the foot instead of the scenario (the follow-up report: what it follows up against). */
  label?: string;
}

/** Top of every page: the municipality and the plan's title on the left, the date on the right. */
export function headerTemplate(f: FrameText): string {
  const left = f.title ? `${f.municipality} · ${f.title}` : f.municipality;
  return `<div style="${BOX} border-bottom: 0.5pt solid #999; padding-bottom: 1.5mm;"><span>${escapeHtml(left)}</span><span style="white-space: nowrap;">${escapeHtml(f.date)}</span></div>`;
}

/** Foot of every page: the scenario on the left, "Sida 3 av 17" on the right. */
export function footerTemplate(f: FrameText): string {
  return `<div style="${BOX}"><span>${escapeHtml(f.label ?? `Scenario: ${f.scenarioName}`)}</span><span style="white-space: nowrap;">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`;
}
