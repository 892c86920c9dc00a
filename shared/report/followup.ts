// The follow-up report (DESIGN §8): its sections, and what Node hands the report page for it —
// the plan as it is now (with its actuals and observed emissions), the reference plan (an adopted
// version, or the same plan) and scenario, and the follow-up year. The page computes the
// follow-up itself with shared/followup, as the app does.
import type { Plan, Version } from '../domain/types';
import { chooseReference, defaultFollowUpYear } from '../followup';
import { localDay, type ReportPayload } from './options';

export const FOLLOWUP_SECTIONS = [
  'followupSummary',
  'followupSpending',
  'followupEmissions',
  'followupChanges',
  'followupCommitments',
  'followupMethod',
] as const;
export type FollowUpSectionId = (typeof FOLLOWUP_SECTIONS)[number];

export const FOLLOWUP_SECTION_TITLES: Record<FollowUpSectionId, { sv: string; en: string }> = {
  followupSummary: { sv: 'Sammanfattning av uppföljningen', en: 'Follow-up summary' },
  followupSpending: { sv: 'Investeringar och drift mot plan', en: 'Spending against plan' },
  followupEmissions: { sv: 'Utsläpp, bana och takt mot målen', en: 'Emissions, trajectory and pace' },
  followupChanges: { sv: 'Statusändringar och ändringar sedan versionen', en: 'Status changes and changes since the version' },
  followupCommitments: { sv: 'De gemensamma åtagandena', en: 'The joint commitments' },
  followupMethod: { sv: 'Så räknas uppföljningen', en: 'How the follow-up is calculated' },
};

export interface FollowUpPayload {
  /** The version followed up against, or null for the plan as it is now. */
  version: { id: string; name: string; adoptedOn: string; decisionRef?: string } | null;
  /** The version's plan, or the current plan again. */
  referencePlan: Plan;
  scenarioId: string;
  year: number;
  /** The calendar year the report is made in. */
  currentYear: number;
  sections: FollowUpSectionId[];
}

export type FollowUpPayloadResult = { ok: true; payload: ReportPayload & { followUp: FollowUpPayload } } | { ok: false; message: string; path: string };

/** The payload of a follow-up report for `plan` against `version` (or the plan and a scenario), or why not. */
export function followUpReportPayload(plan: Plan, version: Version | null, choices: { scenarioId?: string; year?: number }, date: Date): FollowUpPayloadResult {
  const choice = chooseReference(plan, version, choices.scenarioId);
  if (!choice.ok) return choice;
  const currentYear = date.getFullYear();
  const year = choices.year ?? defaultFollowUpYear(plan, currentYear);
  const { reference } = choice;
  const followUp: FollowUpPayload = {
    version: version
      ? { id: version.id, name: version.name, adoptedOn: version.adoptedOn, ...(version.decisionRef ? { decisionRef: version.decisionRef } : {}) }
      : null,
    referencePlan: reference.plan,
    scenarioId: reference.scenarioId,
    year,
    currentYear,
    sections: [...FOLLOWUP_SECTIONS],
  };
  // The plan's own scenario list may lack a version's scenario: the frame names the reference instead.
  const scenarioId = plan.scenarios.some((s) => s.id === reference.scenarioId) ? reference.scenarioId : (plan.scenarios[0]?.id ?? reference.scenarioId);
  return { ok: true, payload: { plan, scenarioId, sections: [], date: localDay(date), followUp } };
}

/** "Uppföljning 2025 mot Antagen av KF 2026-06-15": the report's running footer and cover line. */
export function followUpLabel(f: FollowUpPayload): string {
  const scenario = f.referencePlan.scenarios.find((s) => s.id === f.scenarioId)?.name ?? f.scenarioId;
  return f.version ? `Uppföljning ${f.year} mot ${f.version.name}` : `Uppföljning ${f.year} mot planen: ${scenario}`;
}
