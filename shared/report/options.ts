// What the user chooses for a report (the scenario and the sections), checked in Node with this
// schema whatever asks for it (the app, the CLI), and what Node hands the report page: the plan
// snapshot with those choices and the date to print.
import { z } from 'zod';
import type { Plan } from '../domain/types';
import type { FollowUpPayload } from './followup';
import { id } from '../schema/primitives';
import { REPORT_SECTIONS, inReportOrder, type ReportSectionId } from './sections';

const SECTIONS_TEXT = REPORT_SECTIONS.join(', ');

const sectionId = z.enum(REPORT_SECTIONS, { error: (iss) => `Okänt avsnitt ${JSON.stringify(iss.input)}; avsnitten heter ${SECTIONS_TEXT}.` });

export const reportChoices = {
  scenarioId: id('scenarioId'),
  sections: z
    .array(sectionId, { error: `Avsnitten måste vara en lista av ${SECTIONS_TEXT}.` })
    .min(1, { error: 'Välj minst ett avsnitt till rapporten.' })
    .max(REPORT_SECTIONS.length * 2, { error: 'För många avsnitt i listan.' }),
};

export const reportChoicesSchema = z.strictObject(reportChoices);
export type ReportChoices = z.output<typeof reportChoicesSchema>;

/** What the report page is given: everything it prints comes from here. */
export interface ReportPayload {
  plan: Plan;
  scenarioId: string;
  /** In report order, without repeats. */
  sections: ReportSectionId[];
  /** The date printed on the cover and on every page, `YYYY-MM-DD` in local time. */
  date: string;
  /** Present for the follow-up report (DESIGN §8): the page prints it instead of the council report. */
  followUp?: FollowUpPayload;
}

/** `YYYY-MM-DD` of a date in local time (the day the officer makes the report). */
export function localDay(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export type PayloadResult = { ok: true; payload: ReportPayload } | { ok: false; message: string; path: 'scenarioId' | 'sections' };

/** The payload for a plan and the user's choices, or why it cannot be made (in Swedish). */
export function reportPayload(plan: Plan, choices: { scenarioId?: string; sections?: readonly ReportSectionId[] }, date: Date): PayloadResult {
  if (plan.scenarios.length === 0) {
    return { ok: false, path: 'scenarioId', message: 'Planen har inga scenarier; lägg till ett under Scenarier innan rapporten tas fram.' };
  }
  const scenarioId = choices.scenarioId ?? plan.scenarios[0].id;
  if (!plan.scenarios.some((s) => s.id === scenarioId)) {
    return {
      ok: false,
      path: 'scenarioId',
      message: `Scenariot "${scenarioId}" finns inte i planen; planens scenarier är: ${plan.scenarios.map((s) => s.id).join(', ')}.`,
    };
  }
  const sections = inReportOrder(choices.sections ?? REPORT_SECTIONS);
  if (sections.length === 0) return { ok: false, path: 'sections', message: 'Välj minst ett avsnitt till rapporten.' };
  return { ok: true, payload: { plan, scenarioId, sections, date: localDay(date) } };
}

/** The CLI's `--sections summary,actions,method`: the ids, or why not. */
export function parseSectionList(text: string): { ok: true; sections: ReportSectionId[] } | { ok: false; message: string } {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0)
    return { ok: false, message: `Ange minst ett avsnitt med --sections, t.ex. --sections summary,actions; avsnitten heter ${SECTIONS_TEXT}.` };
  const known = new Set<string>(REPORT_SECTIONS);
  const unknown = parts.filter((p) => !known.has(p));
  if (unknown.length) return { ok: false, message: `Okänt avsnitt ${unknown.map((u) => `"${u}"`).join(', ')}; avsnitten heter ${SECTIONS_TEXT}.` };
  return { ok: true, sections: inReportOrder(parts as ReportSectionId[]) };
}
