// What Uppföljning shows: the reference (an adopted version, or the plan now and a scenario), the
// follow-up year, and the follow-up itself, computed in the page from the snapshot (shared/followup)
// so that it follows every actual typed.
import { useEffect, useMemo, useState } from 'react';
import type { Plan, Version, VersionInfo } from '../../../shared/domain/types';
import {
  chooseReference,
  defaultFollowUpYear,
  followUp,
  observedTotals,
  type FollowUpReference,
  type FollowUpResult,
  type ObservedTotals,
} from '../../../shared/followup';
import { versionPlan } from '../../plan/version-view';

/** `v:<version id>` or `s:<scenario id>` (the plan now). */
export type ReferenceKey = string;

const REMEMBERED = 'klimat.followup.reference';

function remembered(): string | null {
  try {
    return localStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

/** The reference the user chose, else the newest version, else the plan now with the scenario shown elsewhere. */
export function useReferenceKey(
  plan: Plan | null,
  versions: readonly VersionInfo[] | undefined,
  shownScenario: string | null,
): [ReferenceKey | null, (k: ReferenceKey) => void] {
  const [chosen, setChosen] = useState<string | null>(remembered);
  const key = useMemo(() => {
    if (!plan || !versions) return null;
    const valid = (k: string | null) =>
      !!k && ((k.startsWith('v:') && versions.some((v) => v.id === k.slice(2))) || (k.startsWith('s:') && plan.scenarios.some((s) => s.id === k.slice(2))));
    if (valid(chosen)) return chosen;
    if (versions.length) return `v:${versions[versions.length - 1].id}`;
    const s = shownScenario ?? plan.scenarios[0]?.id;
    return s ? `s:${s}` : null;
  }, [plan, versions, chosen, shownScenario]);
  const choose = (k: ReferenceKey) => {
    setChosen(k);
    try {
      localStorage.setItem(REMEMBERED, k);
    } catch {
      // private mode: the choice lasts for this session
    }
  };
  return [key, choose];
}

/** The adopted version a reference key names, once its plan has arrived. */
export function useVersionOf(key: ReferenceKey | null): { version: Version | null; loading: boolean } {
  const id = key?.startsWith('v:') ? key.slice(2) : null;
  const [state, setState] = useState<{ id: string | null; version: Version | null }>({ id: null, version: null });
  useEffect(() => {
    if (!id) return;
    let current = true;
    void versionPlan(id).then((v) => current && setState({ id, version: v }));
    return () => {
      current = false;
    };
  }, [id]);
  if (!id) return { version: null, loading: false };
  return state.id === id ? { version: state.version, loading: false } : { version: null, loading: true };
}

export interface FollowUpState {
  reference: FollowUpReference;
  result: FollowUpResult;
  observed: ObservedTotals;
  /** The years the user may follow up: the plan's years up to this one. */
  years: number[];
}

export function useFollowUp(plan: Plan | null, key: ReferenceKey | null, version: Version | null, year: number | null): FollowUpState | null {
  const currentYear = new Date().getFullYear();
  return useMemo(() => {
    if (!plan || !key) return null;
    const choice = key.startsWith('v:') ? (version ? chooseReference(plan, version) : null) : chooseReference(plan, null, key.slice(2));
    if (!choice?.ok) return null;
    const years: number[] = [];
    for (let y = plan.plan.startYear; y <= Math.min(plan.plan.endYear, currentYear); y++) years.push(y);
    const fallback = defaultFollowUpYear(plan, currentYear);
    const result = followUp(plan, choice.reference, { year: year ?? fallback, currentYear });
    return { reference: choice.reference, result, observed: observedTotals(plan.observedEmissions, plan.sectors), years };
  }, [plan, key, version, year, currentYear]);
}
