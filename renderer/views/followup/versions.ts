// The adopted versions the views list, and the one dialog that adopts a new one (opened from
// the menu, Översikt or Uppföljning).
import type { VersionInfo } from '../../../shared/domain/types';
import { useCallData } from '../../api/useCallData';
import { createStore, useStore } from '../../lib/store';

/** The plan's versions, oldest first (fetched again after every change of the plan). */
export function useVersions(): VersionInfo[] | undefined {
  return useCallData('versions.list', {}).data;
}

const adopting = createStore(false);

export function openAdoptDialog(): void {
  adopting.set(true);
}

export function closeAdoptDialog(): void {
  adopting.set(false);
}

export function useAdoptDialogOpen(): boolean {
  return useStore(adopting);
}

/** Today as YYYY-MM-DD in the computer's time zone (the date a council decision is dated). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
