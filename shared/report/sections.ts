// The sections of the council report, in the order they are printed. The user picks which to
// include; the cover page with the table of contents is always there.

export const REPORT_SECTIONS = [
  'summary',
  'emissions',
  'scenarios',
  'uncertainty',
  'macc',
  'actions',
  'investment',
  'financing',
  'coBenefits',
  'commitments',
  'method',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Headings in the report (Swedish) and the names of the choices in the app (both languages). */
export const SECTION_TITLES: Record<ReportSectionId, { sv: string; en: string }> = {
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  emissions: { sv: 'Utsläppsbana och sektorer', en: 'Emissions trajectory and sectors' },
  scenarios: { sv: 'Jämförelse av scenarier', en: 'Scenario comparison' },
  uncertainty: { sv: 'Osäkerhet', en: 'Uncertainty' },
  macc: { sv: 'Åtgärdskostnadskurva', en: 'Abatement cost curve' },
  actions: { sv: 'Åtgärdslista', en: 'Action list' },
  investment: { sv: 'Investeringar per år och kostnadsbärare', en: 'Investment per year and cost bearer' },
  financing: { sv: 'Finansiering', en: 'Financing' },
  coBenefits: { sv: 'Multipla nyttor', en: 'Co-benefits' },
  commitments: { sv: 'Klimatkontraktets åtaganden', en: 'Climate City Contract commitments' },
  method: { sv: 'Metodbilaga: så räknar planen', en: 'Method appendix: how the plan calculates' },
};

/** The id a section's heading carries in the page: the table of contents links to it, and
 * Chromium turns each into a named destination of the PDF, which is how Node learns the page
 * every section starts on. */
export function sectionAnchor(id: string): string {
  return `section-${id}`;
}

/** The sections in report order, without repeats. */
export function inReportOrder(ids: readonly ReportSectionId[]): ReportSectionId[] {
  const wanted = new Set(ids);
  return REPORT_SECTIONS.filter((s) => wanted.has(s));
}
