// An adopted version on view (DESIGN §8): every view shows its plan, read-only, under a banner,
// until the user goes back to the plan. Versions never change, so each one's plan is fetched
// once per open document and kept.
import type { Plan, Version, VersionInfo } from '../../shared/domain/types';
import { normalizePlan } from '../../shared/domain/normalize';
import { client } from '../api/client';
import { onFrame } from '../api/observe';
import { setFrozenView } from '../document/document-store';
import { createStore, useStore } from '../lib/store';

export interface VersionOnView {
  info: VersionInfo;
  plan: Plan;
}

export const versionView = createStore<VersionOnView | null>(null);

const plans = new Map<string, Promise<Version | null>>();

/** The plan of version `id`, as adopted (fetched once). */
export function versionPlan(id: string): Promise<Version | null> {
  let p = plans.get(id);
  if (!p) {
    p = client.call('versions.get', { id }).then((r) => (r.ok ? { ...r.value, plan: { ...r.value.plan, ...normalizePlan(r.value.plan) } } : null));
    plans.set(id, p);
    // A refused fetch (a version gone since) is asked again next time.
    void p.then((v) => v === null && plans.delete(id));
  }
  return p;
}

export async function showVersion(info: VersionInfo): Promise<boolean> {
  const v = await versionPlan(info.id);
  if (!v) return false;
  const { format: _f, formatVersion: _v, ...plan } = v.plan;
  versionView.set({ info, plan });
  setFrozenView(true);
  return true;
}

export function leaveVersion(): void {
  if (!versionView.get()) return;
  versionView.set(null);
  setFrozenView(false);
}

export function useVersionOnView(): VersionOnView | null {
  return useStore(versionView);
}

onFrame((frame, name) => {
  // Another document (or none) is open: its versions are other ones.
  if (frame.change?.replaced) {
    plans.clear();
    leaveVersion();
    return;
  }
  if (!('result' in frame) || !frame.result.ok) return;
  if (name === 'versions.delete') {
    const gone = (frame.result.value as { id: string }).id;
    if (versionView.get()?.info.id === gone) leaveVersion();
  } else if (name === 'versions.update') {
    const info = frame.result.value as VersionInfo;
    const on = versionView.get();
    if (on?.info.id === info.id) versionView.set({ ...on, info });
  }
});
